/* Parameterised types of the builtin __static__ module: chkdict[K, V], chklist[T], Array[T]
 * and Vector[T] are made here from their generic definitions (chkdict, chklist, Array,
 * Vector).
 *
 *   CheckedDict[int, str | None]  ->  the type __static__.chkdict[int, str | None],
 *                                     a subclass of chkdict, made once and cached
 *
 * A type argument is a type, Optional[T] / T | None (None is accepted too), or a generic
 * alias standing for its origin (list[int] is list). A primitive (int64, double, cbool)
 * stands for its boxed type in element checks but keeps its name. The cache is keyed by
 * the normalised arguments, so Optional[int] and int | None give the same type.
 *
 * The instances are made with PyType_FromSpecWithBases and have no Py_TPFLAGS_BASETYPE, so
 * CPython itself refuses subclasses; the definitions must be base types (to have instances
 * at all) and refuse subclasses in __init_subclass__, which PyType_FromSpec does not call.
 *
 * Each instance keeps its CSR_GenericArgs in a capsule in its own dict, __static_args__,
 * found through _PyType_Lookup (CPython's type attribute cache makes that a few loads); the
 * types are immutable, so it cannot be replaced from Python.
 *
 * CPython 3.11 internals relied on: tp_name of a spec-made type points at the spec's name,
 * which therefore lives as long as the type; _PyType_Lookup and _PyType_Name (exported). */
#include <string.h>
#include "internal.h"

static PyObject *cache; /* (definition, declared, optional, ...) -> instance type */

static void free_args(PyObject *capsule)
{
    CSR_GenericArgs *args = PyCapsule_GetPointer(capsule, "CSR_GenericArgs");
    for (int i = 0; i < args->nparams; i++)
        Py_DECREF(args->params[i].declared);
    PyMem_Free(args);
}

static PyObject *args_name; /* "__static_args__", interned */

const CSR_GenericArgs *CSR_Generic_Args(PyTypeObject *type)
{
    if (args_name == NULL && (args_name = PyUnicode_InternFromString("__static_args__")) == NULL) {
        PyErr_Clear(); /* out of memory at the first lookup: nothing is an instance yet */
        return NULL;
    }
    PyObject *capsule = _PyType_Lookup(type, args_name); /* borrowed, no exception */
    if (capsule == NULL || !PyCapsule_IsValid(capsule, "CSR_GenericArgs"))
        return NULL;
    return PyCapsule_GetPointer(capsule, "CSR_GenericArgs");
}

/* The X of Optional[X] / X | None / None | X (new reference), else NULL without an error. */
static PyObject *optional_member(PyObject *arg)
{
    PyObject *args = PyObject_GetAttrString(arg, "__args__");
    if (args == NULL) {
        PyErr_Clear();
        return NULL;
    }
    PyObject *member = NULL;
    PyObject *none_type = (PyObject *)Py_TYPE(Py_None);
    if (PyTuple_Check(args) && PyTuple_GET_SIZE(args) == 2) {
        if (PyTuple_GET_ITEM(args, 1) == none_type)
            member = PyTuple_GET_ITEM(args, 0);
        else if (PyTuple_GET_ITEM(args, 0) == none_type)
            member = PyTuple_GET_ITEM(args, 1);
    }
    member = member != NULL && PyType_Check(member) ? Py_NewRef(member) : NULL;
    Py_DECREF(args);
    return member;
}

/* Is `arg` a union (types.UnionType, or typing.Union[...] whose origin is named Union)? */
static int is_union(PyObject *arg)
{
    if (strcmp(Py_TYPE(arg)->tp_name, "types.UnionType") == 0)
        return 1;
    PyObject *origin = PyObject_GetAttrString(arg, "__origin__");
    if (origin == NULL) {
        PyErr_Clear();
        return 0;
    }
    PyObject *name = PyObject_GetAttrString(origin, "_name");
    Py_DECREF(origin);
    if (name == NULL) {
        PyErr_Clear();
        return 0;
    }
    int r = PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "Union") == 0;
    Py_DECREF(name);
    return r;
}

/* Fill *p (declared: new reference) from one type argument. 0, or -1 with TypeError. */
static int parse_arg(PyObject *arg, CSR_TypeParam *p)
{
    PyObject *declared = NULL;
    p->optional = 0;
    if (PyType_Check(arg)) {
        declared = Py_NewRef(arg);
    }
    else if (is_union(arg)) {
        declared = optional_member(arg);
        p->optional = 1;
    }
    else {
        declared = PyObject_GetAttrString(arg, "__origin__");
        if (declared == NULL)
            PyErr_Clear();
        else if (!PyType_Check(declared))
            Py_CLEAR(declared);
    }
    if (declared == NULL) {
        PyErr_SetString(PyExc_TypeError, "expected type or Optional[T] for generic argument");
        return -1;
    }
    p->declared = declared;
    p->code = CSR_Primitive_Code(declared);
    p->check = p->code >= 0 ? CSR_Primitive_BoxedType(p->code) : (PyTypeObject *)declared;
    return 0;
}

PyObject *CSR_Generic_ParamName(const CSR_TypeParam *p)
{
    const char *name = _PyType_Name((PyTypeObject *)p->declared);
    return p->optional ? PyUnicode_FromFormat("%s | None", name) : PyUnicode_FromString(name);
}

/* "chkdict[int, str | None]" */
static PyObject *instance_name(const CSR_Generic *g, const CSR_GenericArgs *args)
{
    PyObject *parts = PyList_New(0);
    if (parts == NULL)
        return NULL;
    for (int i = 0; i < args->nparams; i++) {
        PyObject *name = CSR_Generic_ParamName(&args->params[i]);
        if (name == NULL || PyList_Append(parts, name) < 0) {
            Py_XDECREF(name);
            Py_DECREF(parts);
            return NULL;
        }
        Py_DECREF(name);
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = sep ? PyUnicode_Join(sep, parts) : NULL;
    Py_XDECREF(sep);
    Py_DECREF(parts);
    if (joined == NULL)
        return NULL;
    PyObject *name = PyUnicode_FromFormat("%s[%U]", _PyType_Name(g->def()), joined);
    Py_DECREF(joined);
    return name;
}

static PyObject *make_instance(const CSR_Generic *g, CSR_GenericArgs *args, PyObject *params)
{
    Py_ssize_t itemsize = 0;
    if (g->itemsize != NULL && (itemsize = g->itemsize(args)) < 0)
        return NULL;
    PyObject *name = instance_name(g, args);
    if (name == NULL)
        return NULL;
    PyObject *full = PyUnicode_FromFormat("__static__.%U", name);
    Py_DECREF(name);
    const char *utf8 = full ? PyUnicode_AsUTF8(full) : NULL;
    /* tp_name keeps pointing at the spec's name: never freed, like the cached type. */
    char *spec_name = utf8 ? PyMem_RawMalloc(strlen(utf8) + 1) : NULL;
    if (spec_name == NULL) {
        Py_XDECREF(full);
        return utf8 ? PyErr_NoMemory() : NULL;
    }
    strcpy(spec_name, utf8);
    Py_DECREF(full);

    /* No Py_TPFLAGS_HAVE_GC: PyType_Ready inherits it with traverse and clear from dict,
     * list and array. Immortal, as cached forever: instances may then skip dropping their
     * reference to the type, so the definitions inherit dict's and list's deallocators. */
    PyType_Slot slots[] = {{0, NULL}};
    PyType_Spec spec = {spec_name, 0, (int)itemsize, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, slots};
    PyTypeObject *type = (PyTypeObject *)PyType_FromSpecWithBases(&spec, (PyObject *)g->def());
    if (type == NULL)
        return NULL;
    CSR_Object_Immortalize((PyObject *)type);
    CSR_GenericArgs *copy = PyMem_Malloc(sizeof *copy);
    PyObject *capsule = copy ? PyCapsule_New(copy, "CSR_GenericArgs", free_args) : NULL;
    if (capsule == NULL) {
        PyMem_Free(copy);
        Py_DECREF(type);
        return copy ? NULL : PyErr_NoMemory();
    }
    *copy = *args;
    for (int i = 0; i < args->nparams; i++)
        Py_INCREF(copy->params[i].declared);
    int rc = PyDict_SetItemString(type->tp_dict, "__static_args__", capsule);
    Py_DECREF(capsule);
    if (rc < 0 || PyDict_SetItemString(type->tp_dict, "__args__", params) < 0) {
        Py_DECREF(type);
        return NULL;
    }
    PyType_Modified(type);
    return (PyObject *)type;
}

static PyObject *cache_key(PyTypeObject *def, const CSR_GenericArgs *args)
{
    PyObject *key = PyTuple_New(1 + 2 * args->nparams);
    if (key == NULL)
        return NULL;
    PyTuple_SET_ITEM(key, 0, Py_NewRef(def));
    for (int i = 0; i < args->nparams; i++) {
        PyTuple_SET_ITEM(key, 1 + 2 * i, Py_NewRef(args->params[i].declared));
        PyTuple_SET_ITEM(key, 2 + 2 * i, PyBool_FromLong(args->params[i].optional));
    }
    return key;
}

PyObject *CSR_Generic_Instantiate(const CSR_Generic *g, PyObject *params)
{
    PyTypeObject *def = g->def();
    if (def == NULL)
        return NULL;
    if (cache == NULL && (cache = PyDict_New()) == NULL)
        return NULL;
    PyObject *tuple = PyTuple_Check(params) ? Py_NewRef(params) : PyTuple_Pack(1, params);
    if (tuple == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(tuple);
    if (n != g->nparams) {
        PyErr_Format(PyExc_TypeError, "%s expected %d generic arguments, got %zd", g->name, g->nparams, n);
        Py_DECREF(tuple);
        return NULL;
    }
    CSR_GenericArgs args = {.nparams = g->nparams};
    PyObject *result = NULL, *key = NULL;
    int parsed = 0;
    for (; parsed < n; parsed++) {
        if (parse_arg(PyTuple_GET_ITEM(tuple, parsed), &args.params[parsed]) < 0)
            goto done;
    }
    key = cache_key(def, &args);
    if (key == NULL)
        goto done;
    result = PyDict_GetItemWithError(cache, key);
    if (result == NULL && !PyErr_Occurred()) {
        PyObject *type = make_instance(g, &args, tuple);
        if (type != NULL && PyDict_SetItem(cache, key, type) == 0)
            result = type;
        Py_XDECREF(type); /* the cache holds it */
    }
done:
    for (int i = 0; i < parsed; i++)
        Py_DECREF(args.params[i].declared);
    Py_XDECREF(key);
    Py_DECREF(tuple);
    return result;
}

PyObject *CSR_Generic_ClassGetItem(const CSR_Generic *g, PyObject *cls, PyObject *params)
{
    if (cls != (PyObject *)g->def()) {
        PyErr_Format(PyExc_TypeError, "'%s' is not a generic class", _PyType_Name((PyTypeObject *)cls));
        return NULL;
    }
    return Py_XNewRef(CSR_Generic_Instantiate(g, params));
}

PyObject *CSR_Generic_RefuseSubclass(PyTypeObject *def)
{
    PyErr_Format(PyExc_TypeError, "type '%s' is not an acceptable base type", def->tp_name);
    return NULL;
}

PyObject *CSR_Generic_CannotCreate(const CSR_Generic *g)
{
    PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", g->name);
    return NULL;
}

PyObject *CSR_Generic_BadElement(const char *what, PyObject *value, PyObject *container)
{
    PyErr_Format(PyExc_TypeError, "bad %s '%s' for %s", what, _PyType_Name(Py_TYPE(value)),
                 _PyType_Name(Py_TYPE(container)));
    return NULL;
}

PyObject *CSR_Generic_BadArgument(const char *method, int position, const CSR_TypeParam *p)
{
    PyErr_Format(PyExc_TypeError, "%s() argument %d expected %s", method, position,
                 _PyType_Name((PyTypeObject *)p->declared));
    return NULL;
}
