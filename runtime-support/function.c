/* Function objects for compiled functions: a small type of our own, named `function` like
 * CPython's, called through vectorcall. Its vectorcall counts the call against CPython's
 * recursion limit (as a Python function call does, with the same message) and calls the
 * compiler's boxed entry (the PyMethodDef's ml_meth in the CSR_FunctionDesc, with the
 * METH_FASTCALL | METH_KEYWORDS signature), which binds the arguments with CSR_Args_Bind.
 *
 * The object holds strings and its defaults (no module, no globals: the module descriptor
 * owns the globals dict). Defaults could in principle refer back to the function; like a
 * C extension's function objects these are not GC-tracked, so such a cycle is never freed.
 *
 * Known differences from a Python function: isinstance(f, types.FunctionType) is False,
 * and there is no __code__, __globals__ or __defaults__.
 *
 * CPython 3.11 internals relied on: none (vectorcall via tp_vectorcall_offset, public API). */
#include <stddef.h>
#include "cinderc.h"
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    CSR_FunctionDesc *desc;
    PyObject *name;
    PyObject *qualname;
    PyObject *module;           /* the module's name, for __module__ */
    PyObject *defaults;         /* tuple or NULL */
    PyObject *kwdefaults;       /* dict or NULL */
} CSR_FunctionObject;

typedef PyObject *(*BoxedEntry)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);

static PyObject *function_vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                                     PyObject *kwnames)
{
    CSR_FunctionObject *f = (CSR_FunctionObject *)callable;
    if (Py_EnterRecursiveCall(""))
        return NULL;
    BoxedEntry entry = (BoxedEntry)(void (*)(void))f->desc->def.ml_meth;
    PyObject *result = entry(callable, args, PyVectorcall_NARGS(nargsf), kwnames);
    Py_LeaveRecursiveCall();
    return result;
}

static void function_dealloc(PyObject *self)
{
    CSR_FunctionObject *f = (CSR_FunctionObject *)self;
    Py_XDECREF(f->name);
    Py_XDECREF(f->qualname);
    Py_XDECREF(f->module);
    Py_XDECREF(f->defaults);
    Py_XDECREF(f->kwdefaults);
    PyObject_Free(self);
}

static PyObject *function_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<function %U at %p>", ((CSR_FunctionObject *)self)->qualname, self);
}

/* Functions are descriptors: looked up on an instance they bind it, like Python functions. */
static PyObject *function_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == Py_None || obj == NULL)
        return Py_NewRef(self);
    return PyMethod_New(self, obj);
}

static PyObject *function_get_doc(PyObject *self, void *closure)
{
    Py_RETURN_NONE;
}

static PyMemberDef function_members[] = {
    {"__name__", T_OBJECT, offsetof(CSR_FunctionObject, name), READONLY, NULL},
    {"__qualname__", T_OBJECT, offsetof(CSR_FunctionObject, qualname), READONLY, NULL},
    {"__module__", T_OBJECT, offsetof(CSR_FunctionObject, module), READONLY, NULL},
    {"__defaults__", T_OBJECT, offsetof(CSR_FunctionObject, defaults), READONLY, NULL},
    {"__kwdefaults__", T_OBJECT, offsetof(CSR_FunctionObject, kwdefaults), READONLY, NULL},
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(CSR_FunctionObject, vectorcall), READONLY, NULL},
    {NULL},
};

static PyGetSetDef function_getset[] = {
    {"__doc__", function_get_doc, NULL, NULL, NULL},
    {NULL},
};

static PyType_Slot function_slots[] = {
    {Py_tp_dealloc, function_dealloc},
    {Py_tp_repr, function_repr},
    {Py_tp_call, PyVectorcall_Call},
    {Py_tp_descr_get, function_descr_get},
    {Py_tp_members, function_members},
    {Py_tp_getset, function_getset},
    {0, NULL},
};

static PyType_Spec function_spec = {
    .name = "function",
    .basicsize = sizeof(CSR_FunctionObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR |
             Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .slots = function_slots,
};

static PyTypeObject *function_type;

CSR_FunctionDesc *CSR_Function_Desc(PyObject *o)
{
    return function_type != NULL && Py_IS_TYPE(o, function_type) ? ((CSR_FunctionObject *)o)->desc : NULL;
}

PyObject *CSR_Function_Defaults(PyObject *func)
{
    return ((CSR_FunctionObject *)func)->defaults;
}

PyObject *CSR_Function_KwDefaults(PyObject *func)
{
    return ((CSR_FunctionObject *)func)->kwdefaults;
}

PyObject *CSR_Function_New(CSR_FunctionDesc *desc, PyObject *module, PyObject *defaults,
                           PyObject *kwdefaults)
{
    if (function_type == NULL) {
        function_type = (PyTypeObject *)PyType_FromSpec(&function_spec);
        if (function_type == NULL)
            return NULL;
        /* `function` lives in builtins, as CPython's type does. */
        if (PyObject_SetAttrString((PyObject *)function_type, "__module__", PyUnicode_FromString("builtins")) < 0) {
            PyErr_Clear();
        }
    }
    PyObject *module_name = PyModule_GetNameObject(module);
    if (module_name == NULL)
        return NULL;
    CSR_FunctionObject *f = PyObject_New(CSR_FunctionObject, function_type);
    if (f == NULL) {
        Py_DECREF(module_name);
        return NULL;
    }
    f->vectorcall = function_vectorcall;
    f->desc = desc;
    f->module = module_name;
    f->defaults = Py_XNewRef(defaults);
    f->kwdefaults = Py_XNewRef(kwdefaults);
    f->name = PyUnicode_FromString(desc->def.ml_name);
    f->qualname = PyUnicode_FromString(desc->qualname);
    if (f->name == NULL || f->qualname == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    if (desc->func == NULL)
        desc->func = Py_NewRef((PyObject *)f);  /* static callers test it: the def has run */
    return (PyObject *)f;
}
