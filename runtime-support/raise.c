/* Exceptions compiled code raises itself, worded as CPython 3.11 words them.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

PyObject *CSR_Raise_ZeroDivision(int64_t modulo)
{
    PyErr_SetString(PyExc_ZeroDivisionError,
                    modulo ? "integer modulo by zero" : "integer division or modulo by zero");
    return NULL;
}

PyObject *CSR_Raise_RecursionError(void)
{
    PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
    return NULL;
}

PyObject *CSR_Raise_NameError(const char *name)
{
    PyErr_Format(PyExc_NameError, "name '%s' is not defined", name);
    return NULL;
}

PyObject *CSR_Raise_UnboundLocal(const char *name)
{
    PyErr_Format(PyExc_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value",
                 name);
    return NULL;
}

/* `raise exc [from cause]`, as CPython's do_raise: a class is instantiated, anything else
 * must be an exception instance; `cause` (may be NULL: no `from`) must be an exception, a
 * class, or None. exc == NULL is a bare `raise`. */
PyObject *CSR_Raise(PyObject *exc, PyObject *cause)
{
    PyObject *value;
    if (exc == NULL) {
        PyObject *active = PyErr_GetHandledException();
        if (active == NULL || active == Py_None) {
            Py_XDECREF(active);
            PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
            return NULL;
        }
        PyErr_SetObject((PyObject *)Py_TYPE(active), active);
        Py_DECREF(active);
        return NULL;
    }
    if (PyExceptionClass_Check(exc)) {
        value = PyObject_CallNoArgs(exc);
        if (value == NULL)
            return NULL;
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %R",
                         exc, Py_TYPE(value));
            Py_DECREF(value);
            return NULL;
        }
    } else if (PyExceptionInstance_Check(exc)) {
        value = Py_NewRef(exc);
    } else {
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        return NULL;
    }
    if (cause != NULL) {
        PyObject *fixed;
        if (PyExceptionClass_Check(cause)) {
            fixed = PyObject_CallNoArgs(cause);
            if (fixed == NULL) {
                Py_DECREF(value);
                return NULL;
            }
            if (!PyExceptionInstance_Check(fixed)) {
                PyErr_Format(PyExc_TypeError,
                             "calling %R should have returned an instance of BaseException, not %R",
                             cause, Py_TYPE(fixed));
                Py_DECREF(fixed);
                Py_DECREF(value);
                return NULL;
            }
        } else if (PyExceptionInstance_Check(cause) || cause == Py_None) {
            fixed = Py_NewRef(cause);
        } else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            Py_DECREF(value);
            return NULL;
        }
        PyException_SetCause(value, fixed == Py_None ? (Py_DECREF(fixed), NULL) : fixed);
    }
    PyErr_SetObject((PyObject *)Py_TYPE(value), value);
    Py_DECREF(value);
    return NULL;
}

/* `assert` failing: AssertionError(msg), or AssertionError() when msg is NULL. */
PyObject *CSR_Raise_Assertion(PyObject *msg)
{
    if (msg == NULL)
        PyErr_SetNone(PyExc_AssertionError);
    else
        PyErr_SetObject(PyExc_AssertionError, msg);
    return NULL;
}

PyObject *CSR_Raise_MathDomain(void)
{
    PyErr_SetString(PyExc_ValueError, "math domain error");
    return NULL;
}
