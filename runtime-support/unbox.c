/* Object -> primitive conversions at the dynamic -> static boundary, with Static Python's
 * errors (static_python.md §3.5, §10): a bool is an int; a double also accepts an int and
 * converts it, as Static Python's double(x) does.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

int64_t CSR_Unbox_Int64(PyObject *v)
{
    if (!PyLong_Check(v)) {
        PyErr_Format(PyExc_TypeError, "expected 'int', got '%s'", Py_TYPE(v)->tp_name);
        return -1;
    }
    int overflow;
    long long r = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow) {
        PyErr_SetString(PyExc_OverflowError, "int overflow");
        return -1;
    }
    return r;
}

double CSR_Unbox_Double(PyObject *v)
{
    if (PyFloat_Check(v))
        return PyFloat_AS_DOUBLE(v);
    if (PyLong_Check(v))
        return PyLong_AsDouble(v); /* OverflowError "int too large to convert to float" */
    PyErr_Format(PyExc_TypeError, "expected 'float', got '%s'", Py_TYPE(v)->tp_name);
    return -1.0;
}
