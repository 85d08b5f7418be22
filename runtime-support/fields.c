/* Primitive field values seen from dynamic code: boxing a raw 8-byte field of a given
 * Cinder type code, and unboxing a stored value into it with the same checks as a
 * primitive parameter (TypeError "expected 'int', got 'str'", OverflowError "int overflow").
 * Integer fields hold their value sign- or zero-extended to 64 bits, as compiled code keeps
 * primitives in registers.
 *
 * CPython 3.11 internals relied on: none. */
#include "internal.h"

PyObject *CSR_Field_Box(int64_t kind, const void *addr)
{
    switch (kind) {
    case CSR_TYPED_DOUBLE: return PyFloat_FromDouble(*(const double *)addr);
    case CSR_TYPED_BOOL: return PyBool_FromLong(*(const int64_t *)addr != 0);
    case CSR_TYPED_UINT8: case CSR_TYPED_UINT16: case CSR_TYPED_UINT32: case CSR_TYPED_UINT64:
        return PyLong_FromUnsignedLongLong(*(const uint64_t *)addr);
    default: return PyLong_FromLongLong(*(const int64_t *)addr);
    }
}

int CSR_Field_Unbox(int64_t kind, PyObject *v, void *addr, const char *name)
{
    const char *boxed = kind == CSR_TYPED_DOUBLE ? "float" : kind == CSR_TYPED_BOOL ? "bool" : "int";
    int ok = kind == CSR_TYPED_DOUBLE ? PyFloat_Check(v) || PyLong_Check(v)
           : kind == CSR_TYPED_BOOL ? PyBool_Check(v) : PyLong_Check(v);
    if (!ok) {
        PyErr_Format(PyExc_TypeError, "expected '%s', got '%s' for attribute '%s'", boxed, Py_TYPE(v)->tp_name, name);
        return -1;
    }
    if (kind == CSR_TYPED_DOUBLE) {
        double d = CSR_Unbox_Double(v);
        if (d == -1.0 && PyErr_Occurred())
            return -1;
        *(double *)addr = d;
        return 0;
    }
    int64_t x;
    switch (kind) {
    case CSR_TYPED_BOOL: x = CSR_Unbox_CBool(v); break;
    case CSR_TYPED_INT8: x = CSR_Unbox_Int8(v); break;
    case CSR_TYPED_INT16: x = CSR_Unbox_Int16(v); break;
    case CSR_TYPED_INT32: x = CSR_Unbox_Int32(v); break;
    case CSR_TYPED_UINT8: x = (int64_t)CSR_Unbox_UInt8(v); break;
    case CSR_TYPED_UINT16: x = (int64_t)CSR_Unbox_UInt16(v); break;
    case CSR_TYPED_UINT32: x = (int64_t)CSR_Unbox_UInt32(v); break;
    case CSR_TYPED_UINT64: x = (int64_t)CSR_Unbox_UInt64(v); break;
    default: x = CSR_Unbox_Int64(v); break;
    }
    if (x == -1 && PyErr_Occurred())
        return -1;
    *(int64_t *)addr = x;
    return 0;
}
