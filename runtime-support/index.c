/* Indexing by a primitive int64 when compiled code's inline path does not apply (not an
 * exact list, or the index is negative or out of range): the generic protocol with the
 * index boxed, so errors and negative indexes behave exactly as `seq[i]` in Python.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

PyObject *CSR_Index_Get(PyObject *seq, int64_t i)
{
    PyObject *key = PyLong_FromLongLong(i);
    if (key == NULL)
        return NULL;
    PyObject *v = PyObject_GetItem(seq, key);
    Py_DECREF(key);
    return v;
}

int CSR_Index_Set(PyObject *seq, int64_t i, PyObject *v)
{
    PyObject *key = PyLong_FromLongLong(i);
    if (key == NULL)
        return -1;
    int rc = PyObject_SetItem(seq, key, v);
    Py_DECREF(key);
    return rc;
}
