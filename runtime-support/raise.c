/* Exceptions compiled code raises itself, worded as CPython 3.11 words them.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

PyObject *CSR_Raise_ZeroDivision(void)
{
    PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
    return NULL;
}

PyObject *CSR_Raise_UnboundLocal(const char *name)
{
    PyErr_Format(PyExc_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value",
                 name);
    return NULL;
}
