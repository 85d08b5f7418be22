/* Import statements in compiled code, with the semantics and ImportError wording of
 * CPython 3.11's IMPORT_NAME and IMPORT_FROM:
 *
 *   import a.b            CSR_Import_Name(globals, "a.b", NULL, 0)
 *   from m import x       mod = CSR_Import_Name(globals, "m", ("x",), 0);
 *                         x = CSR_Import_From(mod, "x")
 *
 * CPython 3.11 internals relied on: none. The "partially initialized module" test reads
 * the module spec's `_initializing` flag, which importlib sets while a module executes. */
#include "internal.h"

PyObject *CSR_Import_Name(PyObject *globals, PyObject *name, PyObject *fromlist, int64_t level)
{
    PyObject *builtins = CSR_Builtins_Of(globals);
    if (builtins == NULL)
        return NULL;
    /* Looked up on every import, so that a replaced builtins.__import__ is honoured. */
    PyObject *import_func = PyMapping_GetItemString(builtins, "__import__");
    if (import_func == NULL) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    PyObject *level_obj = PyLong_FromLongLong(level);
    if (level_obj == NULL) {
        Py_DECREF(import_func);
        return NULL;
    }
    PyObject *args[5] = {name, globals, Py_None, fromlist ? fromlist : Py_None, level_obj};
    PyObject *module = PyObject_Vectorcall(import_func, args, 5, NULL);
    Py_DECREF(level_obj);
    Py_DECREF(import_func);
    return module;
}

/* Is `module` still executing (its spec's _initializing flag is set)? Errors count as no. */
static int is_initializing(PyObject *module)
{
    int result = 0;
    PyObject *spec = PyObject_GetAttrString(module, "__spec__");
    if (spec != NULL && spec != Py_None) {
        PyObject *flag = PyObject_GetAttrString(spec, "_initializing");
        if (flag != NULL)
            result = PyObject_IsTrue(flag) > 0;
        Py_XDECREF(flag);
    }
    Py_XDECREF(spec);
    PyErr_Clear();
    return result;
}

/* ImportError "cannot import name 'x' from 'm' (/path/m.py)". `pkgname` may be NULL. */
static PyObject *raise_cannot_import(PyObject *module, PyObject *name, PyObject *pkgname)
{
    PyObject *path = PyModule_Check(module) ? PyModule_GetFilenameObject(module) : NULL;
    PyObject *shown = pkgname;
    if (shown == NULL)
        shown = PyUnicode_FromString("<unknown module name>");
    else
        Py_INCREF(shown);
    PyObject *msg = NULL;
    if (shown != NULL) {
        if (path == NULL || !PyUnicode_Check(path)) {
            PyErr_Clear();
            Py_CLEAR(path);
            msg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name,
                                       shown);
        }
        else if (is_initializing(module)) {
            msg = PyUnicode_FromFormat("cannot import name %R from partially initialized module "
                                       "%R (most likely due to a circular import) (%S)",
                                       name, shown, path);
        }
        else {
            msg = PyUnicode_FromFormat("cannot import name %R from %R (%S)", name, shown, path);
        }
    }
    if (msg != NULL)
        PyErr_SetImportError(msg, pkgname, path);
    Py_XDECREF(msg);
    Py_XDECREF(shown);
    Py_XDECREF(path);
    return NULL;
}

PyObject *CSR_Import_From(PyObject *module, PyObject *name)
{
    PyObject *v = PyObject_GetAttr(module, name);
    if (v != NULL || !PyErr_ExceptionMatches(PyExc_AttributeError))
        return v;
    PyErr_Clear();
    /* A circular relative import may have put the submodule in sys.modules without binding
     * it in its package yet: look there, as CPython does. */
    PyObject *pkgname = PyObject_GetAttrString(module, "__name__");
    if (pkgname == NULL || !PyUnicode_Check(pkgname)) {
        PyErr_Clear();
        Py_CLEAR(pkgname);
        return raise_cannot_import(module, name, NULL);
    }
    PyObject *fullname = PyUnicode_FromFormat("%U.%U", pkgname, name);
    if (fullname == NULL) {
        Py_DECREF(pkgname);
        return NULL;
    }
    v = PyImport_GetModule(fullname);
    Py_DECREF(fullname);
    if (v == NULL && !PyErr_Occurred())
        raise_cannot_import(module, name, pkgname);
    Py_DECREF(pkgname);
    return v;
}
