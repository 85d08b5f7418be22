/* Tuple unpacking (`a, b = value`): CPython's UNPACK_SEQUENCE, with its error messages.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

int CSR_Unpack(PyObject *seq, int64_t n, PyObject **out)
{
    if (PyTuple_CheckExact(seq) || PyList_CheckExact(seq)) {
        Py_ssize_t size = Py_SIZE(seq);
        if (size == n) {
            PyObject **items = PyTuple_CheckExact(seq) ? ((PyTupleObject *)seq)->ob_item
                                                       : ((PyListObject *)seq)->ob_item;
            for (Py_ssize_t i = 0; i < n; i++)
                out[i] = Py_NewRef(items[i]);
            return 0;
        }
        if (size < n)
            PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %zd, got %zd)",
                         (Py_ssize_t)n, size);
        else
            PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", (Py_ssize_t)n);
        return -1;
    }
    PyObject *it = PyObject_GetIter(seq);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && Py_TYPE(seq)->tp_iter == NULL &&
            !PySequence_Check(seq)) {
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Py_TYPE(seq)->tp_name);
        }
        return -1;
    }
    Py_ssize_t i = 0;
    for (; i < n; i++) {
        PyObject *item = PyIter_Next(it);
        if (item == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %zd, got %zd)",
                             (Py_ssize_t)n, i);
            goto fail;
        }
        out[i] = item;
    }
    PyObject *extra = PyIter_Next(it);
    if (extra != NULL) {
        Py_DECREF(extra);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", (Py_ssize_t)n);
        goto fail;
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    return 0;
fail:
    for (Py_ssize_t k = 0; k < i; k++)
        Py_DECREF(out[k]);
    Py_DECREF(it);
    return -1;
}
