/* Module globals: LOAD_GLOBAL for compiled code. The lookup order is CPython's: the module's
 * globals, then the builtins the module's frames would see, then NameError worded as
 * CPython 3.11 words it, with the exception's `name` attribute set so that the traceback
 * printer can offer "Did you mean" suggestions.
 *
 * CPython 3.11 internals relied on: none. */
#include "internal.h"

static PyObject *builtins_key; /* interned "__builtins__" */

PyObject *CSR_Builtins_Of(PyObject *globals)
{
    if (builtins_key == NULL) {
        builtins_key = PyUnicode_InternFromString("__builtins__");
        if (builtins_key == NULL)
            return NULL;
    }
    PyObject *b = PyDict_GetItemWithError(globals, builtins_key);
    if (b == NULL) {
        if (PyErr_Occurred())
            return NULL;
        return PyEval_GetBuiltins();
    }
    if (PyModule_Check(b))
        return PyModule_GetDict(b);
    return b;
}

static PyObject *raise_name_error(PyObject *name)
{
    PyObject *msg = PyUnicode_FromFormat("name '%U' is not defined", name);
    if (msg == NULL)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(PyExc_NameError, msg);
    Py_DECREF(msg);
    if (exc == NULL)
        return NULL;
    if (PyObject_SetAttrString(exc, "name", name) == 0)
        PyErr_SetObject(PyExc_NameError, exc);
    Py_DECREF(exc);
    return NULL;
}

PyObject *CSR_Global_Load(PyObject *globals, PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(globals, name);
    if (v != NULL)
        return Py_NewRef(v);
    if (PyErr_Occurred())
        return NULL;

    PyObject *builtins = CSR_Builtins_Of(globals);
    if (builtins == NULL)
        return NULL;
    if (PyDict_Check(builtins)) {
        v = PyDict_GetItemWithError(builtins, name);
        if (v != NULL)
            return Py_NewRef(v);
        if (PyErr_Occurred())
            return NULL;
    }
    else {
        v = PyObject_GetItem(builtins, name);
        if (v != NULL)
            return v;
        if (!PyErr_ExceptionMatches(PyExc_KeyError))
            return NULL;
        PyErr_Clear();
    }
    return raise_name_error(name);
}

/* `del name` at module level (or after `global`): NameError when it is not bound. */
int CSR_Global_Delete(PyObject *globals, PyObject *name)
{
    if (PyDict_DelItem(globals, name) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    }
    return -1;
}
