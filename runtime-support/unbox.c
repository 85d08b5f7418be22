/* Object -> primitive conversions at the dynamic -> static boundary, with Static Python's
 * errors (static_python.md §3.5, §10): the object must be an int (a bool is an int) whose
 * value fits the primitive, else TypeError "expected 'int', got 'str'" or OverflowError
 * "int overflow"; a double also accepts an int and converts it, as Static Python's
 * double(x) does; a cbool accepts only a bool.
 *
 * Integer results come back in a 64-bit register, sign- or zero-extended from their width
 * (the compiler's representation of every integer primitive).
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

static int check_int(PyObject *v)
{
    if (PyLong_Check(v))
        return 0;
    PyErr_Format(PyExc_TypeError, "expected 'int', got '%s'", Py_TYPE(v)->tp_name);
    return -1;
}

static void overflow(void)
{
    PyErr_SetString(PyExc_OverflowError, "int overflow");
}

/* Signed widths: the value as a long long, then the range of the width. */
static int64_t unbox_signed(PyObject *v, int64_t min, int64_t max)
{
    if (check_int(v) < 0)
        return -1;
    int over;
    long long r = PyLong_AsLongLongAndOverflow(v, &over);
    if (over || r < min || r > max) {
        overflow();
        return -1;
    }
    return r;
}

/* Unsigned widths: negative values and values past `max` overflow. */
static uint64_t unbox_unsigned(PyObject *v, uint64_t max)
{
    if (check_int(v) < 0)
        return (uint64_t)-1;
    unsigned long long r = PyLong_AsUnsignedLongLong(v);
    if (r == (unsigned long long)-1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError))
            return (uint64_t)-1;
        PyErr_Clear();
        overflow();
        return (uint64_t)-1;
    }
    if (r > max) {
        overflow();
        return (uint64_t)-1;
    }
    return r;
}

int64_t CSR_Unbox_Int8(PyObject *v) { return unbox_signed(v, INT8_MIN, INT8_MAX); }
int64_t CSR_Unbox_Int16(PyObject *v) { return unbox_signed(v, INT16_MIN, INT16_MAX); }
int64_t CSR_Unbox_Int32(PyObject *v) { return unbox_signed(v, INT32_MIN, INT32_MAX); }
int64_t CSR_Unbox_Int64(PyObject *v) { return unbox_signed(v, INT64_MIN, INT64_MAX); }
uint64_t CSR_Unbox_UInt8(PyObject *v) { return unbox_unsigned(v, UINT8_MAX); }
uint64_t CSR_Unbox_UInt16(PyObject *v) { return unbox_unsigned(v, UINT16_MAX); }
uint64_t CSR_Unbox_UInt32(PyObject *v) { return unbox_unsigned(v, UINT32_MAX); }
uint64_t CSR_Unbox_UInt64(PyObject *v) { return unbox_unsigned(v, UINT64_MAX); }

double CSR_Unbox_Double(PyObject *v)
{
    if (PyFloat_Check(v))
        return PyFloat_AS_DOUBLE(v);
    if (PyLong_Check(v))
        return PyLong_AsDouble(v); /* OverflowError "int too large to convert to float" */
    PyErr_Format(PyExc_TypeError, "expected 'float', got '%s'", Py_TYPE(v)->tp_name);
    return -1.0;
}

int64_t CSR_Unbox_CBool(PyObject *v)
{
    if (PyBool_Check(v))
        return v == Py_True;
    PyErr_Format(PyExc_TypeError, "expected 'bool', got '%s'", Py_TYPE(v)->tp_name);
    return -1;
}

/* (double) of a uint64: compiled code converts signed values inline (cvtsi2sd). */
double CSR_Prim_UInt64ToDouble(uint64_t v)
{
    return (double)v;
}
