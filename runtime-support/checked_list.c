/* chklist, the type of CheckedList[T] (static_python.md §8): a list subclass whose every
 * insertion from dynamic code checks the element type:
 *
 *   >>> CheckedList[int]([1]).append("a")
 *   TypeError: bad value 'str' for chklist[int]
 *
 * Checked: l[i] = v, append, extend and += (atomic: the list is unchanged on failure), insert
 * (Cinder's "insert() argument 2 expected int"), the constructor, and slice assignment, which
 * as in Cinder takes only a list of the very same type ("Incompatible slice type 'list'
 * assigned to 'chklist[int]'"). As in Cinder, l + x, l * n and l[a:b] give plain lists and
 * copy() keeps the type. Static code reads ob_item directly or calls the unchecked
 * CSR_CheckedList_* functions (cinderc.h).
 *
 * CPython 3.11 internals relied on (all exported): _PyArg_CheckPositional, _PyType_Name;
 * list's tp_new (PyType_GenericNew) ignores its arguments. */
#include "internal.h"

static PyTypeObject *chklist_def;
static const CSR_Generic chklist_generic = {"__static__.chklist[T]", 1, CSR_CheckedList_Def, NULL};

static const CSR_TypeParam *param_of(PyObject *l)
{
    const CSR_GenericArgs *args = CSR_Generic_Args(Py_TYPE(l));
    if (args == NULL) {
        CSR_Generic_CannotCreate(&chklist_generic);
        return NULL;
    }
    return &args->params[0];
}

static int check_value(PyObject *l, PyObject *value)
{
    const CSR_TypeParam *p = param_of(l);
    if (p == NULL)
        return -1;
    if (!CSR_Generic_Accepts(p, value)) {
        CSR_Generic_BadElement("value", value, l);
        return -1;
    }
    return 0;
}

/* l.extend(iterable), checked and atomic: the values are gathered and checked first. */
static int extend_checked(PyObject *self, PyObject *iterable)
{
    PyObject *values = PySequence_List(iterable);
    if (values == NULL)
        return -1;
    int rc = 0;
    if (Py_TYPE(iterable) != Py_TYPE(self)) {
        for (Py_ssize_t i = 0; rc == 0 && i < PyList_GET_SIZE(values); i++)
            rc = check_value(self, PyList_GET_ITEM(values, i));
    }
    if (rc == 0)
        rc = PyList_SetSlice(self, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, values);
    Py_DECREF(values);
    return rc;
}

static PyObject *chklist_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (CSR_Generic_Args(type) == NULL)
        return CSR_Generic_CannotCreate(&chklist_generic);
    return PyList_Type.tp_new(type, args, kwargs);
}

static int chklist_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "chklist() takes no keyword arguments");
        return -1;
    }
    if (PyTuple_GET_SIZE(args) > 1) {
        PyErr_Format(PyExc_TypeError, "chklist expected at most 1 argument, got %zd", PyTuple_GET_SIZE(args));
        return -1;
    }
    /* As list.__init__: calling it again starts over. */
    if (PyList_SetSlice(self, 0, PY_SSIZE_T_MAX, NULL) < 0)
        return -1;
    return PyTuple_GET_SIZE(args) ? extend_checked(self, PyTuple_GET_ITEM(args, 0)) : 0;
}

static PyObject *chklist_append(PyObject *self, PyObject *value)
{
    if (check_value(self, value) < 0 || PyList_Append(self, value) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *chklist_extend(PyObject *self, PyObject *iterable)
{
    if (extend_checked(self, iterable) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *chklist_inplace_concat(PyObject *self, PyObject *other)
{
    if (extend_checked(self, other) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *chklist_insert(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("insert", nargs, 2, 2))
        return NULL;
    Py_ssize_t index = PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
    if (index == -1 && PyErr_Occurred())
        return NULL;
    const CSR_TypeParam *p = param_of(self);
    if (p == NULL)
        return NULL;
    if (!CSR_Generic_Accepts(p, args[1]))
        return CSR_Generic_BadArgument("insert", 2, p);
    if (PyList_Insert(self, index, args[1]) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static int chklist_ass_subscript(PyObject *self, PyObject *item, PyObject *value)
{
    if (value != NULL && PySlice_Check(item) && Py_TYPE(value) != Py_TYPE(self)) {
        PyErr_Format(PyExc_TypeError, "Incompatible slice type '%s' assigned to '%s'",
                     _PyType_Name(Py_TYPE(value)), _PyType_Name(Py_TYPE(self)));
        return -1;
    }
    if (value != NULL && !PySlice_Check(item) && check_value(self, value) < 0)
        return -1;
    return PyList_Type.tp_as_mapping->mp_ass_subscript(self, item, value);
}

/* PySequence_SetItem's way in, which skips the mapping slot. */
static int chklist_ass_item(PyObject *self, Py_ssize_t i, PyObject *value)
{
    if (value != NULL && check_value(self, value) < 0)
        return -1;
    return PyList_Type.tp_as_sequence->sq_ass_item(self, i, value);
}

static PyObject *chklist_copy(PyObject *self, PyObject *unused)
{
    PyObject *copy = CSR_CheckedList_New((PyObject *)Py_TYPE(self), 0);
    if (copy != NULL && PyList_SetSlice(copy, 0, 0, self) < 0)
        Py_CLEAR(copy);
    return copy;
}

static PyObject *chklist_class_getitem(PyObject *cls, PyObject *params)
{
    return CSR_Generic_ClassGetItem(&chklist_generic, cls, params);
}

static PyObject *chklist_init_subclass(PyObject *cls, PyObject *args, PyObject *kwargs)
{
    return CSR_Generic_RefuseSubclass(chklist_def);
}

static PyMethodDef chklist_methods[] = {
    {"append", chklist_append, METH_O, NULL},
    {"extend", chklist_extend, METH_O, NULL},
    {"insert", _PyCFunction_CAST(chklist_insert), METH_FASTCALL, NULL},
    {"copy", chklist_copy, METH_NOARGS, NULL},
    {"__class_getitem__", chklist_class_getitem, METH_O | METH_CLASS, NULL},
    {"__init_subclass__", _PyCFunction_CAST(chklist_init_subclass),
     METH_VARARGS | METH_KEYWORDS | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot chklist_slots[] = {
    {Py_tp_new, chklist_new},
    {Py_tp_init, chklist_init},
    {Py_tp_methods, chklist_methods},
    {Py_mp_ass_subscript, chklist_ass_subscript},
    {Py_sq_ass_item, chklist_ass_item},
    {Py_sq_inplace_concat, chklist_inplace_concat},
    {Py_tp_doc, "CheckedList[T]: a list checking the type of every element stored in it."},
    {0, NULL},
};

static PyType_Spec chklist_spec = {
    "__static__.chklist", 0, 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE, chklist_slots,
};

PyTypeObject *CSR_CheckedList_Def(void)
{
    if (chklist_def == NULL) {
        chklist_def = (PyTypeObject *)PyType_FromSpecWithBases(&chklist_spec, (PyObject *)&PyList_Type);
        if (chklist_def != NULL)
            CSR_Object_Immortalize((PyObject *)chklist_def);
    }
    return chklist_def;
}

/* ---- the C API of compiled code (cinderc.h) ---- */

PyObject *CSR_CheckedList_Type(PyObject *elem_type)
{
    PyObject *params = PyTuple_Pack(1, elem_type);
    if (params == NULL)
        return NULL;
    PyObject *type = CSR_Generic_Instantiate(&chklist_generic, params);
    Py_DECREF(params);
    return type;
}

PyObject *CSR_CheckedList_New(PyObject *type, int64_t size)
{
    if (size < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyListObject *l = (PyListObject *)PyList_Type.tp_new((PyTypeObject *)type, NULL, NULL);
    if (l == NULL || size == 0)
        return (PyObject *)l;
    l->ob_item = PyMem_Calloc((size_t)size, sizeof(PyObject *));
    if (l->ob_item == NULL) {
        Py_DECREF(l);
        return PyErr_NoMemory();
    }
    l->allocated = size;
    Py_SET_SIZE(l, size);
    return (PyObject *)l;
}

PyObject *CSR_CheckedList_GetItem(PyObject *l, int64_t i)
{
    Py_ssize_t n = PyList_GET_SIZE(l);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    return Py_NewRef(PyList_GET_ITEM(l, i));
}

int CSR_CheckedList_SetItem(PyObject *l, int64_t i, PyObject *v)
{
    Py_ssize_t n = PyList_GET_SIZE(l);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n) {
        PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
        return -1;
    }
    PyObject *old = PyList_GET_ITEM(l, i);
    PyList_SET_ITEM(l, i, Py_NewRef(v));
    Py_DECREF(old);
    return 0;
}

int CSR_CheckedList_Append(PyObject *l, PyObject *v)
{
    return PyList_Append(l, v);
}
