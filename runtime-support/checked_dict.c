/* chkdict, the type of CheckedDict[K, V] (static_python.md §8): a dict subclass whose every
 * insertion from dynamic code checks the key and value types:
 *
 *   >>> d = CheckedDict[int, str]({1: "a"}); d["x"] = "b"
 *   TypeError: bad key 'str' for chkdict[int, str]
 *
 * Checked: d[k] = v, d[k] and del d[k] (the key only, as Cinder), update, the constructor,
 * |=, setdefault and fromkeys (with Cinder's own wordings for those two). Unchecked, as in
 * Cinder: get, pop, `in`. Merges are atomic: every pair is checked before any is stored.
 * `d | other` and slicing-like copies through dict's own methods give plain dicts; copy()
 * keeps the type. Static code uses PyDict_* directly (cinderc.h), skipping the checks.
 *
 * CPython 3.11 internals relied on (all exported): _PyArg_CheckPositional,
 * _PyObject_LookupAttr, _PyErr_SetKeyError, _PyType_Name; dict's tp_new ignores its
 * arguments (CSR_CheckedDict_New passes none). */
#include "internal.h"

static PyTypeObject *chkdict_def;
static const CSR_Generic chkdict_generic = {"__static__.chkdict[K, V]", 2, CSR_CheckedDict_Def, NULL};

/* The instance's parameters; NULL (with the definition's error) for anything else. */
static const CSR_GenericArgs *params_of(PyObject *d)
{
    const CSR_GenericArgs *args = CSR_Generic_Args(Py_TYPE(d));
    if (args == NULL)
        CSR_Generic_CannotCreate(&chkdict_generic);
    return args;
}

static int check_pair(PyObject *d, const CSR_GenericArgs *args, PyObject *key, PyObject *value)
{
    if (!CSR_Generic_Accepts(&args->params[0], key)) {
        CSR_Generic_BadElement("key", key, d);
        return -1;
    }
    if (value != NULL && !CSR_Generic_Accepts(&args->params[1], value)) {
        CSR_Generic_BadElement("value", value, d);
        return -1;
    }
    return 0;
}

/* dict.update(arg, **kwargs) semantics, checked and atomic: gather into a plain dict with
 * CPython's own merging (and its errors), check every pair, then store them all. */
static int update_checked(PyObject *self, PyObject *arg, PyObject *kwargs)
{
    const CSR_GenericArgs *args = params_of(self);
    if (args == NULL)
        return -1;
    PyObject *pairs = PyDict_New();
    if (pairs == NULL)
        return -1;
    int rc = 0;
    if (arg != NULL) {
        static PyObject *keys_name;
        PyObject *keys = NULL;
        if (keys_name == NULL && (keys_name = PyUnicode_InternFromString("keys")) == NULL)
            rc = -1;
        else if (!PyDict_Check(arg) && _PyObject_LookupAttr(arg, keys_name, &keys) < 0)
            rc = -1;
        else if (PyDict_Check(arg) || keys != NULL)
            rc = PyDict_Merge(pairs, arg, 1);
        else
            rc = PyDict_MergeFromSeq2(pairs, arg, 1);
        Py_XDECREF(keys);
    }
    if (rc == 0 && kwargs != NULL)
        rc = PyDict_Merge(pairs, kwargs, 1);
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (rc == 0 && PyDict_Next(pairs, &pos, &key, &value))
        rc = check_pair(self, args, key, value);
    if (rc == 0)
        rc = PyDict_Update(self, pairs);
    Py_DECREF(pairs);
    return rc;
}

static PyObject *chkdict_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    if (CSR_Generic_Args(type) == NULL)
        return CSR_Generic_CannotCreate(&chkdict_generic);
    return PyDict_Type.tp_new(type, args, kwargs);
}

static int chkdict_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) > 1) {
        PyErr_Format(PyExc_TypeError, "%s expected at most 1 argument, got %zd",
                     _PyType_Name(Py_TYPE(self)), PyTuple_GET_SIZE(args));
        return -1;
    }
    return update_checked(self, PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, 0) : NULL, kwargs);
}

static PyObject *chkdict_update(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) > 1) {
        PyErr_Format(PyExc_TypeError, "update expected at most 1 argument, got %zd", PyTuple_GET_SIZE(args));
        return NULL;
    }
    if (update_checked(self, PyTuple_GET_SIZE(args) ? PyTuple_GET_ITEM(args, 0) : NULL, kwargs) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *chkdict_inplace_or(PyObject *self, PyObject *other)
{
    if (update_checked(self, other, NULL) < 0)
        return NULL;
    return Py_NewRef(self);
}

static PyObject *chkdict_subscript(PyObject *self, PyObject *key)
{
    const CSR_GenericArgs *args = params_of(self);
    if (args == NULL || check_pair(self, args, key, NULL) < 0)
        return NULL;
    return PyDict_Type.tp_as_mapping->mp_subscript(self, key);
}

static int chkdict_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    const CSR_GenericArgs *args = params_of(self);
    if (args == NULL || check_pair(self, args, key, value) < 0)
        return -1;
    return value == NULL ? PyDict_DelItem(self, key) : PyDict_SetItem(self, key, value);
}

/* setdefault(key, default=None), with Cinder's typed-method errors
 * ("setdefault() argument 1 expected int"); an omitted default is checked when stored. */
static PyObject *chkdict_setdefault(PyObject *self, PyObject *const *argv, Py_ssize_t nargs)
{
    const CSR_GenericArgs *args = params_of(self);
    if (args == NULL || !_PyArg_CheckPositional("setdefault", nargs, 1, 2))
        return NULL;
    PyObject *key = argv[0], *value = nargs > 1 ? argv[1] : Py_None;
    if (!CSR_Generic_Accepts(&args->params[0], key))
        return CSR_Generic_BadArgument("setdefault", 1, &args->params[0]);
    if (!CSR_Generic_Accepts(&args->params[1], value)) {
        int present = nargs > 1 ? 0 : PyDict_Contains(self, key);
        if (present < 0)
            return NULL;
        if (!present)
            return CSR_Generic_BadArgument("setdefault", 2, &args->params[1]);
    }
    return Py_XNewRef(PyDict_SetDefault(self, key, value));
}

/* fromkeys(iterable, value=None): Cinder's wordings "bad value type" / "bad key type". */
static PyObject *chkdict_fromkeys(PyObject *cls, PyObject *const *argv, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("fromkeys", nargs, 1, 2))
        return NULL;
    PyObject *value = nargs > 1 ? argv[1] : Py_None;
    PyObject *d = PyObject_CallNoArgs(cls);
    if (d == NULL)
        return NULL;
    const CSR_GenericArgs *args = params_of(d);
    if (args == NULL)
        goto fail;
    if (!CSR_Generic_Accepts(&args->params[1], value)) {
        PyErr_SetString(PyExc_TypeError, "bad value type");
        goto fail;
    }
    PyObject *it = PyObject_GetIter(argv[0]);
    if (it == NULL)
        goto fail;
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int rc = -1;
        if (!CSR_Generic_Accepts(&args->params[0], key))
            PyErr_SetString(PyExc_TypeError, "bad key type");
        else
            rc = PyDict_SetItem(d, key, value);
        Py_DECREF(key);
        if (rc < 0)
            break;
    }
    Py_DECREF(it);
    if (!PyErr_Occurred())
        return d;
fail:
    Py_DECREF(d);
    return NULL;
}

static PyObject *chkdict_copy(PyObject *self, PyObject *unused)
{
    PyObject *copy = CSR_CheckedDict_New((PyObject *)Py_TYPE(self));
    if (copy != NULL && PyDict_Update(copy, self) < 0)
        Py_CLEAR(copy);
    return copy;
}

static PyObject *chkdict_class_getitem(PyObject *cls, PyObject *params)
{
    return CSR_Generic_ClassGetItem(&chkdict_generic, cls, params);
}

static PyObject *chkdict_init_subclass(PyObject *cls, PyObject *args, PyObject *kwargs)
{
    return CSR_Generic_RefuseSubclass(chkdict_def);
}

static PyMethodDef chkdict_methods[] = {
    {"update", _PyCFunction_CAST(chkdict_update), METH_VARARGS | METH_KEYWORDS, NULL},
    {"setdefault", _PyCFunction_CAST(chkdict_setdefault), METH_FASTCALL, NULL},
    {"fromkeys", _PyCFunction_CAST(chkdict_fromkeys), METH_FASTCALL | METH_CLASS, NULL},
    {"copy", chkdict_copy, METH_NOARGS, NULL},
    {"__class_getitem__", chkdict_class_getitem, METH_O | METH_CLASS, NULL},
    {"__init_subclass__", _PyCFunction_CAST(chkdict_init_subclass),
     METH_VARARGS | METH_KEYWORDS | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot chkdict_slots[] = {
    {Py_tp_new, chkdict_new},
    {Py_tp_init, chkdict_init},
    {Py_tp_methods, chkdict_methods},
    {Py_mp_subscript, chkdict_subscript},
    {Py_mp_ass_subscript, chkdict_ass_subscript},
    {Py_nb_inplace_or, chkdict_inplace_or},
    {Py_tp_doc, "CheckedDict[K, V]: a dict checking the types of the keys and values stored in it."},
    {0, NULL},
};

static PyType_Spec chkdict_spec = {
    "__static__.chkdict", 0, 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE, chkdict_slots,
};

PyTypeObject *CSR_CheckedDict_Def(void)
{
    if (chkdict_def == NULL) {
        chkdict_def = (PyTypeObject *)PyType_FromSpecWithBases(&chkdict_spec, (PyObject *)&PyDict_Type);
        if (chkdict_def != NULL)
            CSR_Object_Immortalize((PyObject *)chkdict_def);
    }
    return chkdict_def;
}

/* ---- the C API of compiled code (cinderc.h) ---- */

PyObject *CSR_CheckedDict_Type(PyObject *key_type, PyObject *value_type)
{
    PyObject *params = PyTuple_Pack(2, key_type, value_type);
    if (params == NULL)
        return NULL;
    PyObject *type = CSR_Generic_Instantiate(&chkdict_generic, params);
    Py_DECREF(params);
    return type;
}

PyObject *CSR_CheckedDict_New(PyObject *type)
{
    return PyDict_Type.tp_new((PyTypeObject *)type, NULL, NULL);
}

PyObject *CSR_CheckedDict_GetItem(PyObject *d, PyObject *key)
{
    PyObject *v = PyDict_GetItemWithError(d, key);
    if (v == NULL && !PyErr_Occurred())
        _PyErr_SetKeyError(key);
    return Py_XNewRef(v);
}

int CSR_CheckedDict_SetItem(PyObject *d, PyObject *key, PyObject *value)
{
    return PyDict_SetItem(d, key, value);
}
