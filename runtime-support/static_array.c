/* Array[T], Static Python's fixed-size array of primitives (cinderx's staticarray, which
 * stores int64 only; here every integer width, double and cbool):
 *
 *   >>> a = Array[int8](3); a[0] = 5; a
 *   Array[int8]([5, 0, 0])
 *   >>> a[1] = 300
 *   OverflowError: int overflow
 *   >>> Array[int64](range(3))        (an iterable initialises it, as in Cinder 3.10)
 *   Array[int64]([0, 1, 2])
 *
 * Elements are stored inline at their native width (CSR_ArrayObject in cinderc.h: length in
 * ob_size, data from offset 24), so compiled code indexes an Array with one load. Each
 * Array[T] is its own type whose tp_itemsize is T's width, so PyType_GenericAlloc sizes and
 * zero-fills instances. Stores from dynamic code unbox with Static Python's errors
 * (CSR_Unbox_*: "expected 'int', got 'str'", "int overflow"); indexes may be negative;
 * slicing is a TypeError (the compiler rejects it statically: "Static arrays cannot be
 * sliced"). The length is fixed: no append, concatenation or repetition.
 *
 * CPython 3.11 internals relied on: PyType_GenericAlloc zero-fills and sets ob_size;
 * _PyArg_CheckPositional, _PyType_Name (exported). */
#include "internal.h"

static PyTypeObject *array_def;

/* Array elements: every primitive but char. */
int64_t CSR_Array_ItemSize(int64_t code)
{
    return code == CSR_TYPED_CHAR ? 0 : CSR_Prim_Size(code);
}

/* Array[T]'s instance item size, refusing element types that are not Array primitives. */
static Py_ssize_t array_itemsize(const CSR_GenericArgs *args)
{
    const CSR_TypeParam *p = &args->params[0];
    int64_t size = p->optional ? 0 : CSR_Array_ItemSize(p->code);
    if (size == 0) {
        PyObject *name = CSR_Generic_ParamName(p);
        if (name != NULL)
            PyErr_Format(PyExc_TypeError, "Invalid Array element type: %U", name);
        Py_XDECREF(name);
        return -1;
    }
    return size;
}

static const CSR_Generic array_generic = {"__static__.Array[T]", 1, CSR_Array_Def, array_itemsize};

static int code_of(PyObject *a)
{
    return CSR_Generic_Args(Py_TYPE(a))->params[0].code;
}

static char *item(PyObject *a, Py_ssize_t i)
{
    return ((CSR_ArrayObject *)a)->data + i * CSR_Array_ItemSize(code_of(a));
}

static PyObject *box(PyObject *a, Py_ssize_t i)
{
    return CSR_Prim_Box(code_of(a), item(a, i));
}

/* a[i] = v from an object: unbox to the element type, with its range check. */
static int unbox_store(PyObject *a, Py_ssize_t i, PyObject *v)
{
    return CSR_Prim_Unbox(code_of(a), v, item(a, i));
}

/* The element index an index object names, or -1 with IndexError / TypeError. */
static Py_ssize_t index_of(PyObject *a, PyObject *item)
{
    if (PyIndex_Check(item)) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        return CSR_Array_Index(a, i);
    }
    if (PySlice_Check(item))
        PyErr_SetString(PyExc_TypeError, "Static arrays cannot be sliced");
    else
        PyErr_Format(PyExc_TypeError, "array indices must be integers, not %s", _PyType_Name(Py_TYPE(item)));
    return -1;
}

static PyObject *new_array(PyTypeObject *type, PyObject *length)
{
    size_t n = PyLong_AsSize_t(length); /* Cinder's errors for non-ints and negatives */
    if (n == (size_t)-1 && PyErr_Occurred())
        return NULL;
    if (n > (size_t)PY_SSIZE_T_MAX / 8)
        return PyErr_NoMemory();
    return type->tp_alloc(type, (Py_ssize_t)n);
}

/* Array[T](iterable), as Cinder 3.10's Array (an array.array) took an initializer: each
 * item unboxed with the element type's checks. */
static PyObject *from_iterable(PyTypeObject *type, PyObject *init)
{
    PyObject *items = PySequence_Fast(init, "an integer or an iterable is required");
    if (items == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(items);
    PyObject *a = type->tp_alloc(type, n);
    for (Py_ssize_t i = 0; a != NULL && i < n; i++) {
        if (unbox_store(a, i, PySequence_Fast_GET_ITEM(items, i)) < 0)
            Py_CLEAR(a);
    }
    Py_DECREF(items);
    return a;
}

static PyObject *array_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (CSR_Generic_Args(type) == NULL)
        return CSR_Generic_CannotCreate(&array_generic);
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "Array() takes no keyword arguments");
        return NULL;
    }
    if (!_PyArg_CheckPositional("Array", PyTuple_GET_SIZE(args), 1, 1))
        return NULL;
    PyObject *init = PyTuple_GET_ITEM(args, 0);
    int iterable = Py_TYPE(init)->tp_iter != NULL || PySequence_Check(init);
    if (PyLong_Check(init) || PyUnicode_Check(init) || PyBytes_Check(init) || !iterable)
        return new_array(type, init);
    return from_iterable(type, init);
}

static void array_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    type->tp_free(self);
    Py_DECREF(type);
}

static Py_ssize_t array_length(PyObject *self)
{
    return Py_SIZE(self);
}

/* sq_item: iteration (CPython's sequence iterator stops at IndexError). */
static PyObject *array_item(PyObject *self, Py_ssize_t i)
{
    Py_ssize_t index = CSR_Array_Index(self, i);
    return index < 0 ? NULL : box(self, index);
}

static PyObject *array_subscript(PyObject *self, PyObject *item)
{
    Py_ssize_t index = index_of(self, item);
    return index < 0 ? NULL : box(self, index);
}

static int array_ass_subscript(PyObject *self, PyObject *item, PyObject *value)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Array elements cannot be deleted");
        return -1;
    }
    Py_ssize_t index = index_of(self, item);
    return index < 0 ? -1 : unbox_store(self, index, value);
}

/* "Array[int64]([0, 0, 0])" */
static PyObject *array_repr(PyObject *self)
{
    PyObject *items = PySequence_List(self);
    if (items == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("%s(%R)", _PyType_Name(Py_TYPE(self)), items);
    Py_DECREF(items);
    return r;
}

static PyObject *array_class_getitem(PyObject *cls, PyObject *params)
{
    return CSR_Generic_ClassGetItem(&array_generic, cls, params);
}

static PyObject *array_init_subclass(PyObject *cls, PyObject *args, PyObject *kwargs)
{
    return CSR_Generic_RefuseSubclass(array_def);
}

static PyMethodDef array_methods[] = {
    {"__class_getitem__", array_class_getitem, METH_O | METH_CLASS, NULL},
    {"__init_subclass__", _PyCFunction_CAST(array_init_subclass),
     METH_VARARGS | METH_KEYWORDS | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot array_slots[] = {
    {Py_tp_new, array_new},
    {Py_tp_dealloc, array_dealloc},
    {Py_tp_repr, array_repr},
    {Py_tp_methods, array_methods},
    {Py_sq_length, array_length},
    {Py_sq_item, array_item},
    {Py_mp_length, array_length},
    {Py_mp_subscript, array_subscript},
    {Py_mp_ass_subscript, array_ass_subscript},
    {Py_tp_doc, "Array[T](n): n primitives of type T, zero-filled."},
    {0, NULL},
};

static PyType_Spec array_spec = {
    "__static__.Array", sizeof(CSR_ArrayObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE, array_slots,
};

PyTypeObject *CSR_Array_Def(void)
{
    if (array_def == NULL) {
        array_def = (PyTypeObject *)PyType_FromSpec(&array_spec);
        if (array_def != NULL)
            CSR_Object_Immortalize((PyObject *)array_def);
    }
    return array_def;
}

/* ---- the C API of compiled code (cinderc.h) ---- */

PyObject *CSR_Array_Type(int64_t code)
{
    PyObject *elem = CSR_Primitive_Type((int)code);
    return elem == NULL ? NULL : CSR_Generic_Instantiate(&array_generic, elem);
}

PyObject *CSR_Array_New(PyObject *type, int64_t n)
{
    PyObject *length = PyLong_FromLongLong(n);
    if (length == NULL)
        return NULL;
    PyObject *a = new_array((PyTypeObject *)type, length);
    Py_DECREF(length);
    return a;
}

int64_t CSR_Array_Index(PyObject *a, int64_t i)
{
    Py_ssize_t n = Py_SIZE(a);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n) {
        PyErr_SetString(PyExc_IndexError, "array index out of range");
        return -1;
    }
    return i;
}

int64_t CSR_Array_GetInt(PyObject *a, int64_t i)
{
    int64_t index = CSR_Array_Index(a, i);
    return index < 0 ? -1 : CSR_Prim_Load(code_of(a), item(a, index));
}

int CSR_Array_SetInt(PyObject *a, int64_t i, int64_t v)
{
    int64_t index = CSR_Array_Index(a, i);
    if (index < 0)
        return -1;
    CSR_Prim_Store(code_of(a), item(a, index), v);
    return 0;
}

double CSR_Array_GetDouble(PyObject *a, int64_t i)
{
    int64_t index = CSR_Array_Index(a, i);
    return index < 0 ? -1.0 : ((double *)((CSR_ArrayObject *)a)->data)[index];
}

int CSR_Array_SetDouble(PyObject *a, int64_t i, double v)
{
    int64_t index = CSR_Array_Index(a, i);
    if (index < 0)
        return -1;
    ((double *)((CSR_ArrayObject *)a)->data)[index] = v;
    return 0;
}
