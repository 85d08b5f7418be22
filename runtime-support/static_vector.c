/* Vector[T], Static Python's resizable array of primitives (Cinder's `__static__.Vector`, an
 * array.array subclass; cinderx dropped it):
 *
 *   >>> v = Vector[int64](); v.append(3); v.append(4); v
 *   Vector[int64]('q', [3, 4])
 *   >>> Vector[int8](2), Vector[double]([0.5])      (a size zero-fills; an iterable copies)
 *   (Vector[int8]('b', [0, 0]), Vector[double]('d', [0.5]))
 *   >>> v[1:]                                        (a slice keeps the type)
 *   Vector[int64]('q', [4])
 *
 * Each Vector[T] is a subclass of array.array with T's typecode, so everything array does
 * (pop, extend, buffers, comparison, repr) is array's own, with array's messages; compiled code indexes the elements with two loads (CSR_VectorObject in
 * cinderc.h mirrors array's object, checked against array's size at start-up) and appends
 * in place while there is room.
 *
 * CPython 3.11 internals relied on: arraymodule.c's arrayobject layout (ob_item @24,
 * allocated @32, ob_exports @56; basicsize 64, checked), array's append method growing
 * ob_item; _PyArg_CheckPositional, _PyType_Name (exported). */
#include <string.h>
#include "internal.h"

static PyTypeObject *array_type; /* array.array */
static PyTypeObject *vector_def;

/* array.array's typecode of each Vector element type: every integer width and double. */
static char typecode(int code)
{
    switch (code) {
    case CSR_TYPED_INT8: return 'b';
    case CSR_TYPED_UINT8: return 'B';
    case CSR_TYPED_INT16: return 'h';
    case CSR_TYPED_UINT16: return 'H';
    case CSR_TYPED_INT32: return 'i';
    case CSR_TYPED_UINT32: return 'I';
    case CSR_TYPED_INT64: return 'q';
    case CSR_TYPED_UINT64: return 'Q';
    case CSR_TYPED_DOUBLE: return 'd';
    default: return 0;
    }
}

/* Validates Vector[T]'s argument (item size 0: the instance keeps array's layout). */
static Py_ssize_t vector_check(const CSR_GenericArgs *args)
{
    const CSR_TypeParam *p = &args->params[0];
    if (!p->optional && typecode(p->code) != 0)
        return 0;
    PyObject *name = CSR_Generic_ParamName(p);
    if (name != NULL)
        PyErr_Format(PyExc_TypeError, "Invalid Vector element type: %U", name);
    Py_XDECREF(name);
    return -1;
}

static const CSR_Generic vector_generic = {"__static__.Vector[T]", 1, CSR_Vector_Def, vector_check};

/* Vector[T](), Vector[T](n) (n zeros; a negative n gives none, as Cinder's `[0] * n`) or
 * Vector[T](iterable), made by array.array's constructor with T's typecode. */
static PyObject *vector_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    const CSR_GenericArgs *g = CSR_Generic_Args(type);
    if (g == NULL)
        return CSR_Generic_CannotCreate(&vector_generic);
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "Vector() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional("Vector", PyTuple_GET_SIZE(args), 0, 1))
        return NULL;
    int code = g->params[0].code;
    char tc = typecode(code);
    PyObject *init = PyTuple_GET_SIZE(args) ? Py_NewRef(PyTuple_GET_ITEM(args, 0)) : NULL;
    if (init != NULL && PyLong_Check(init)) {
        Py_ssize_t n = PyLong_AsSsize_t(init);
        Py_DECREF(init);
        if (n == -1 && PyErr_Occurred())
            return NULL;
        Py_ssize_t size = CSR_Prim_Size(code);
        if (n > PY_SSIZE_T_MAX / size)
            return PyErr_NoMemory();
        init = PyBytes_FromStringAndSize(NULL, n < 0 ? 0 : n * size); /* array(tc, bytes) */
        if (init == NULL)
            return NULL;
        memset(PyBytes_AS_STRING(init), 0, PyBytes_GET_SIZE(init));
    }
    PyObject *tcode = PyUnicode_FromStringAndSize(&tc, 1);
    PyObject *base_args = tcode == NULL ? NULL : init ? PyTuple_Pack(2, tcode, init) : PyTuple_Pack(1, tcode);
    PyObject *v = base_args ? array_type->tp_new(type, base_args, NULL) : NULL;
    Py_XDECREF(base_args);
    Py_XDECREF(tcode);
    Py_XDECREF(init);
    return v;
}

/* v[i] as array's; v[a:b] rewrapped as v's own type (array.array's slices are arrays). */
static PyObject *vector_subscript(PyObject *self, PyObject *item)
{
    PyObject *r = array_type->tp_as_mapping->mp_subscript(self, item);
    if (r == NULL || !PySlice_Check(item))
        return r;
    PyObject *v = PyObject_CallOneArg((PyObject *)Py_TYPE(self), r);
    Py_DECREF(r);
    return v;
}

/* copy.deepcopy(v) keeps the type (Cinder's __deepcopy__; copy.copy is array's). */
static PyObject *vector_deepcopy(PyObject *self, PyObject *memo)
{
    return PyObject_CallOneArg((PyObject *)Py_TYPE(self), self);
}

static PyObject *vector_class_getitem(PyObject *cls, PyObject *params)
{
    return CSR_Generic_ClassGetItem(&vector_generic, cls, params);
}

static PyObject *vector_init_subclass(PyObject *cls, PyObject *args, PyObject *kwargs)
{
    return CSR_Generic_RefuseSubclass(vector_def);
}

static PyMethodDef vector_methods[] = {
    {"__class_getitem__", vector_class_getitem, METH_O | METH_CLASS, NULL},
    {"__init_subclass__", _PyCFunction_CAST(vector_init_subclass),
     METH_VARARGS | METH_KEYWORDS | METH_CLASS, NULL},
    {"__deepcopy__", vector_deepcopy, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot vector_slots[] = {
    {Py_tp_new, vector_new},
    {Py_tp_methods, vector_methods},
    {Py_mp_subscript, vector_subscript},
    {Py_tp_doc, "Vector[T]([n | iterable]): a resizable array of primitives of type T."},
    {0, NULL},
};

static PyType_Spec vector_spec = {
    "__static__.Vector", 0, 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE, vector_slots,
};

PyTypeObject *CSR_Vector_Def(void)
{
    if (vector_def != NULL)
        return vector_def;
    PyObject *module = PyImport_ImportModule("array");
    PyObject *base = module ? PyObject_GetAttrString(module, "array") : NULL;
    Py_XDECREF(module);
    if (base == NULL)
        return NULL;
    if (!PyType_Check(base) || ((PyTypeObject *)base)->tp_basicsize != sizeof(CSR_VectorObject)) {
        PyErr_SetString(PyExc_SystemError, "array.array's layout is not the one cinderc's Vector knows");
        Py_DECREF(base);
        return NULL;
    }
    array_type = (PyTypeObject *)base; /* kept for the life of the process */
    vector_def = (PyTypeObject *)PyType_FromSpecWithBases(&vector_spec, base);
    if (vector_def != NULL)
        CSR_Object_Immortalize((PyObject *)vector_def);
    return vector_def;
}

/* ---- the C API of compiled code (cinderc.h) ---- */

PyObject *CSR_Vector_Type(int64_t code)
{
    PyObject *elem = CSR_Primitive_Type((int)code);
    return elem == NULL ? NULL : CSR_Generic_Instantiate(&vector_generic, elem);
}

static int64_t index_of(PyObject *v, int64_t i, const char *message)
{
    Py_ssize_t n = Py_SIZE(v);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n) {
        PyErr_SetString(PyExc_IndexError, message);
        return -1;
    }
    return i;
}

int64_t CSR_Vector_Index(PyObject *v, int64_t i)
{
    return index_of(v, i, "array index out of range");
}

int64_t CSR_Vector_SetIndex(PyObject *v, int64_t i)
{
    return index_of(v, i, "array assignment index out of range");
}

/* In place while there is room and no buffer is exported (array refuses to resize one);
 * otherwise array's own append grows the storage. */
static int append(PyObject *v, const void *x, int64_t code)
{
    CSR_VectorObject *a = (CSR_VectorObject *)v;
    Py_ssize_t n = Py_SIZE(a);
    if (n < a->allocated && a->exports == 0) {
        memcpy(a->data + n * CSR_Prim_Size(code), x, CSR_Prim_Size(code));
        Py_SET_SIZE(a, n + 1);
        return 0;
    }
    PyObject *boxed = CSR_Prim_Box(code, x);
    PyObject *name = boxed ? PyUnicode_FromString("append") : NULL;
    PyObject *r = name ? PyObject_CallMethodOneArg(v, name, boxed) : NULL;
    Py_XDECREF(name);
    Py_XDECREF(boxed);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

int CSR_Vector_AppendInt(PyObject *v, int64_t x, int64_t code)
{
    /* x's low bytes are the element (little-endian), already in T's range. */
    return append(v, &x, code);
}

int CSR_Vector_AppendDouble(PyObject *v, double x)
{
    return append(v, &x, CSR_TYPED_DOUBLE);
}
