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
