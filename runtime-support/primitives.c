/* The primitive types of __static__ (int8 ... uint64, char, cbool, double, single), created
 * once per process: the builtin module exposes them, and the checked containers and Array
 * need them as type arguments (CheckedList[int64], Array[double]) even before or without an
 * `import __static__`, so they cannot belong to one module object.
 *
 * Each type is a subclass of int or float with no extra state; basicsize and itemsize 0
 * inherit the base's layout. Not subclassable (no Py_TPFLAGS_BASETYPE): primitives are final
 * in Static Python, and the twin refuses subclasses with the same error.
 *
 * CPython 3.11 internals relied on: none. */
#include "internal.h"

static PyType_Slot no_slots[] = {{0, NULL}};

static struct {
    int code;                   /* CSR_TYPED_* */
    PyTypeObject *base;         /* the boxed type; bool for cbool is checked specially */
    PyType_Spec spec;
    PyObject *type;             /* created by CSR_Primitive_Ready */
} primitives[] = {
    {CSR_TYPED_INT8, &PyLong_Type, {"__static__.int8", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_INT16, &PyLong_Type, {"__static__.int16", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_INT32, &PyLong_Type, {"__static__.int32", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_INT64, &PyLong_Type, {"__static__.int64", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_UINT8, &PyLong_Type, {"__static__.uint8", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_UINT16, &PyLong_Type, {"__static__.uint16", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_UINT32, &PyLong_Type, {"__static__.uint32", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_UINT64, &PyLong_Type, {"__static__.uint64", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_CHAR, &PyLong_Type, {"__static__.char", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_BOOL, &PyLong_Type, {"__static__.cbool", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_DOUBLE, &PyFloat_Type, {"__static__.double", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
    {CSR_TYPED_SINGLE, &PyFloat_Type, {"__static__.single", 0, 0, Py_TPFLAGS_DEFAULT, no_slots}, NULL},
};

enum { NPRIMITIVES = sizeof primitives / sizeof primitives[0] };

int CSR_Primitive_Ready(void)
{
    for (int i = 0; i < NPRIMITIVES; i++) {
        if (primitives[i].type != NULL)
            continue;
        primitives[i].type = PyType_FromSpecWithBases(&primitives[i].spec, (PyObject *)primitives[i].base);
        if (primitives[i].type == NULL)
            return -1;
    }
    return 0;
}

int CSR_Primitive_AddToModule(PyObject *module)
{
    if (CSR_Primitive_Ready() < 0)
        return -1;
    for (int i = 0; i < NPRIMITIVES; i++) {
        const char *name = primitives[i].spec.name + sizeof "__static__." - 1;
        if (PyModule_AddObjectRef(module, name, primitives[i].type) < 0)
            return -1;
    }
    return 0;
}

int CSR_Primitive_Code(PyObject *type)
{
    for (int i = 0; i < NPRIMITIVES; i++) {
        if (primitives[i].type != NULL && primitives[i].type == type)
            return primitives[i].code;
    }
    return -1;
}

PyObject *CSR_Primitive_Type(int code)
{
    if (CSR_Primitive_Ready() < 0)
        return NULL;
    for (int i = 0; i < NPRIMITIVES; i++) {
        if (primitives[i].code == code)
            return primitives[i].type;
    }
    PyErr_Format(PyExc_ValueError, "no primitive type with type code %d", code);
    return NULL;
}

PyTypeObject *CSR_Primitive_BoxedType(int code)
{
    switch (code) {
    case CSR_TYPED_BOOL:
        return &PyBool_Type;
    case CSR_TYPED_DOUBLE:
    case CSR_TYPED_SINGLE:
        return &PyFloat_Type;
    default:
        return &PyLong_Type;
    }
}
