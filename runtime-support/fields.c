/* Primitive values in memory (fields of static classes, Array elements): each at its natural
 * width (cbool and char one byte), integers read back sign- or zero-extended to 64 bits as
 * compiled code keeps them in registers; boxing such a value for dynamic code, and unboxing
 * a stored value into it with the same checks as a primitive parameter (TypeError "expected
 * 'int', got 'str'", OverflowError "int overflow").
 *
 * CPython 3.11 internals relied on: none. */
#include "internal.h"

int64_t CSR_Prim_Size(int64_t code)
{
    switch (code) {
    case CSR_TYPED_INT8: case CSR_TYPED_UINT8: case CSR_TYPED_BOOL: case CSR_TYPED_CHAR:
        return 1;
    case CSR_TYPED_INT16: case CSR_TYPED_UINT16:
        return 2;
    case CSR_TYPED_INT32: case CSR_TYPED_UINT32:
        return 4;
    case CSR_TYPED_INT64: case CSR_TYPED_UINT64: case CSR_TYPED_DOUBLE:
        return 8;
    default:
        return 0;
    }
}

int64_t CSR_Prim_Load(int64_t code, const void *addr)
{
    switch (code) {
    case CSR_TYPED_INT8: case CSR_TYPED_CHAR: return *(const int8_t *)addr;
    case CSR_TYPED_UINT8: case CSR_TYPED_BOOL: return *(const uint8_t *)addr;
    case CSR_TYPED_INT16: return *(const int16_t *)addr;
    case CSR_TYPED_UINT16: return *(const uint16_t *)addr;
    case CSR_TYPED_INT32: return *(const int32_t *)addr;
    case CSR_TYPED_UINT32: return *(const uint32_t *)addr;
    default: return *(const int64_t *)addr; /* int64, uint64 (same bits) */
    }
}

void CSR_Prim_Store(int64_t code, void *addr, int64_t v)
{
    switch (CSR_Prim_Size(code)) {
    case 1: *(uint8_t *)addr = (uint8_t)v; break;
    case 2: *(uint16_t *)addr = (uint16_t)v; break;
    case 4: *(uint32_t *)addr = (uint32_t)v; break;
    default: *(int64_t *)addr = v; break;
    }
}

PyObject *CSR_Prim_Box(int64_t kind, const void *addr)
{
    switch (kind) {
    case CSR_TYPED_DOUBLE: return PyFloat_FromDouble(*(const double *)addr);
    case CSR_TYPED_BOOL: return PyBool_FromLong(CSR_Prim_Load(kind, addr) != 0);
    case CSR_TYPED_UINT64: return PyLong_FromUnsignedLongLong((uint64_t)CSR_Prim_Load(kind, addr));
    default: return PyLong_FromLongLong(CSR_Prim_Load(kind, addr));
    }
}

int CSR_Prim_Unbox(int64_t kind, PyObject *v, void *addr)
{
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
    CSR_Prim_Store(kind, addr, x);
    return 0;
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
    return CSR_Prim_Unbox(kind, v, addr);
}
