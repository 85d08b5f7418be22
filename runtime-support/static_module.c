/* The builtin `__static__` module of compiled programs (main.c registers it). It mirrors the
 * pure-Python twin in stdlib/__static__ for what a compiled program may still touch at run
 * time: the primitive types as plain subclasses of int and float (primitives.c; so
 * isinstance and calling them work), their aliases, the identity helpers, cast, clen, rand
 * and RAND_MAX, the checked containers and arrays (chkdict/CheckedDict, chklist/CheckedList,
 * Array, Vector: checked_dict.c, checked_list.c, static_array.c, static_vector.c), and the
 * enums (the twin's own _enum.py, embedded by scripts/build.mjs). The other names are not
 * here yet; the compiler resolves them statically, and dynamic code wanting them can use
 * the twin.
 *
 * Functions are built exactly like compiled ones (a CSR_FunctionDesc, CSR_Args_Bind), so
 * their argument errors read as the twin's Python functions' do.
 *
 * CPython 3.11 internals relied on: none. */
#include <stdlib.h>
#include "internal.h"

/* Names bound to an existing object of the module (the twin's aliases). */
static const struct {
    const char *name;
    const char *target;
} aliases[] = {
    {"ssize_t", "int64"},
    {"size_t", "uint64"},
    {"byte", "int8"},
};

/* The generic definitions, under their names and the twin's aliases. */
static const struct {
    const char *name;
    PyTypeObject *(*def)(void);
} generic_types[] = {
    {"chkdict", CSR_CheckedDict_Def},
    {"CheckedDict", CSR_CheckedDict_Def},
    {"chklist", CSR_CheckedList_Def},
    {"CheckedList", CSR_CheckedList_Def},
    {"Array", CSR_Array_Def},
    {"Vector", CSR_Vector_Def},
};

/* Names bound to builtins, as in the twin (`clen = len`). */
static const struct {
    const char *name;
    const char *builtin;
} builtin_aliases[] = {
    {"clen", "len"},
    {"crange", "range"},
    {"pydict", "dict"},
};

/* ---- functions ---- */

static PyObject *identity(const CSR_FunctionDesc *f, PyObject *const *args, Py_ssize_t nargs,
                          PyObject *kwnames)
{
    PyObject *arg;
    if (CSR_Args_Bind(f, NULL, args, nargs, kwnames, &arg) < 0)
        return NULL;
    return Py_NewRef(arg);
}

static const char *const o_param[] = {"o"};
static const char *const func_param[] = {"func"};
static const char *const klass_param[] = {"klass"};
static const char *const cls_param[] = {"cls"};
static const char *const f_param[] = {"f"};
static const char *const cast_params[] = {"typ", "val"};
static const char *const so_path_param[] = {"so_path"};

static CSR_FunctionDesc box_desc, unbox_desc, inline_desc, dynamic_return_desc,
    allow_weakrefs_desc, donotcompile_desc, final_desc, mixin_desc, cast_desc, rand_desc, native_desc;

static PyObject *box(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&box_desc, a, n, kw);
}
static PyObject *unbox(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&unbox_desc, a, n, kw);
}
static PyObject *inline_(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&inline_desc, a, n, kw);
}
static PyObject *dynamic_return(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&dynamic_return_desc, a, n, kw);
}
static PyObject *allow_weakrefs(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&allow_weakrefs_desc, a, n, kw);
}
static PyObject *donotcompile(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&donotcompile_desc, a, n, kw);
}
static PyObject *final(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&final_desc, a, n, kw);
}
static PyObject *mixin(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    return identity(&mixin_desc, a, n, kw);
}

/* native(so_path) returns an identity decorator. Compiled code never calls it: a @native def
 * is a C function (native.c); the import and dynamic uses need the name. */
static PyObject *native_declare(PyObject *m, PyObject *func)
{
    return Py_NewRef(func);
}
static PyMethodDef native_declare_def = {"declare", native_declare, METH_O, NULL};
static PyObject *native(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    PyObject *so_path;
    if (CSR_Args_Bind(&native_desc, NULL, a, n, kw, &so_path) < 0)
        return NULL;
    return PyCFunction_New(&native_declare_def, NULL);
}

/* The target of cast(T, v): T itself, or X for Optional[X] / X | None (*optional set). A
 * generic alias such as List[int] stands for its origin. NULL with ValueError otherwise. */
static PyObject *cast_target(PyObject *typ, int *optional)
{
    *optional = 0;
    if (PyType_Check(typ))
        return Py_NewRef(typ);
    PyObject *origin = PyObject_GetAttrString(typ, "__origin__");
    if (origin != NULL && PyType_Check(origin))
        return origin;
    Py_XDECREF(origin);
    PyErr_Clear();
    PyObject *args = PyObject_GetAttrString(typ, "__args__");
    PyObject *target = NULL;
    if (args != NULL && PyTuple_Check(args) && PyTuple_GET_SIZE(args) == 2) {
        PyObject *none_type = (PyObject *)Py_TYPE(Py_None);
        if (PyTuple_GET_ITEM(args, 0) == none_type)
            target = PyTuple_GET_ITEM(args, 1);
        else if (PyTuple_GET_ITEM(args, 1) == none_type)
            target = PyTuple_GET_ITEM(args, 0);
    }
    Py_XINCREF(target);
    Py_XDECREF(args);
    if (target == NULL || !PyType_Check(target)) {
        Py_XDECREF(target);
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError, "cast expects type or Optional[T]");
        return NULL;
    }
    *optional = 1;
    return target;
}

/* The twin's cast: `val` if T is in type(val).__mro__, else TypeError "expected int, got str"
 * (unquoted, unlike the CAST compiled code performs). */
static PyObject *cast(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    PyObject *args[2];
    if (CSR_Args_Bind(&cast_desc, NULL, a, n, kw, args) < 0)
        return NULL;
    int optional;
    PyObject *target = cast_target(args[0], &optional);
    if (target == NULL)
        return NULL;
    PyObject *val = args[1];
    PyObject *result = NULL;
    if ((optional && val == Py_None) || PyType_IsSubtype(Py_TYPE(val), (PyTypeObject *)target)) {
        result = Py_NewRef(val);
    }
    else {
        PyObject *want = PyType_GetName((PyTypeObject *)target);
        PyObject *got = PyType_GetName(Py_TYPE(val));
        if (want != NULL && got != NULL)
            PyErr_Format(PyExc_TypeError, "expected %U, got %U", want, got);
        Py_XDECREF(want);
        Py_XDECREF(got);
    }
    Py_DECREF(target);
    return result;
}

static PyObject *rand_(PyObject *m, PyObject *const *a, Py_ssize_t n, PyObject *kw)
{
    if (CSR_Args_Bind(&rand_desc, NULL, a, n, kw, NULL) < 0)
        return NULL;
    return PyLong_FromLong(rand());
}

/* prod_assert(value, message=None): an assert that survives -O. */
static PyObject *prod_assert(PyObject *m, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"value", "message", NULL};
    PyObject *value, *message = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|O:prod_assert", kwlist, &value, &message))
        return NULL;
    int ok = PyObject_IsTrue(value);
    if (ok < 0)
        return NULL;
    if (ok)
        Py_RETURN_NONE;
    int has_message = PyObject_IsTrue(message);
    if (has_message < 0)
        return NULL;
    if (has_message)
        PyErr_SetObject(PyExc_AssertionError, message);
    else
        PyErr_SetNone(PyExc_AssertionError);
    return NULL;
}

static CSR_FunctionDesc box_desc = {
    .def = {"box", _PyCFunction_CAST(box), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "box",
    .nparams = 1,
    .param_names = o_param,
};
static CSR_FunctionDesc unbox_desc = {
    .def = {"unbox", _PyCFunction_CAST(unbox), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "unbox",
    .nparams = 1,
    .param_names = o_param,
};
static CSR_FunctionDesc inline_desc = {
    .def = {"inline", _PyCFunction_CAST(inline_), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "inline",
    .nparams = 1,
    .param_names = func_param,
};
static CSR_FunctionDesc dynamic_return_desc = {
    .def = {"dynamic_return", _PyCFunction_CAST(dynamic_return),
            METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "dynamic_return",
    .nparams = 1,
    .param_names = func_param,
};
static CSR_FunctionDesc allow_weakrefs_desc = {
    .def = {"allow_weakrefs", _PyCFunction_CAST(allow_weakrefs),
            METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "allow_weakrefs",
    .nparams = 1,
    .param_names = klass_param,
};
static CSR_FunctionDesc donotcompile_desc = {
    .def = {"_donotcompile", _PyCFunction_CAST(donotcompile), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "_donotcompile",
    .nparams = 1,
    .param_names = func_param,
};
static CSR_FunctionDesc final_desc = {
    .def = {"final", _PyCFunction_CAST(final), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "final",
    .nparams = 1,
    .param_names = f_param,
};
static CSR_FunctionDesc mixin_desc = {
    .def = {"mixin", _PyCFunction_CAST(mixin), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "mixin",
    .nparams = 1,
    .param_names = cls_param,
};
static CSR_FunctionDesc cast_desc = {
    .def = {"cast", _PyCFunction_CAST(cast), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "cast",
    .nparams = 2,
    .param_names = cast_params,
};
static CSR_FunctionDesc rand_desc = {
    .def = {"rand", _PyCFunction_CAST(rand_), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "rand",
    .nparams = 0,
    .param_names = NULL,
};
static CSR_FunctionDesc native_desc = {
    .def = {"native", _PyCFunction_CAST(native), METH_FASTCALL | METH_KEYWORDS, NULL},
    .qualname = "native",
    .nparams = 1,
    .param_names = so_path_param,
};

static CSR_FunctionDesc *const functions[] = {
    &box_desc, &unbox_desc, &inline_desc, &dynamic_return_desc, &allow_weakrefs_desc,
    &donotcompile_desc, &final_desc, &mixin_desc, &cast_desc, &rand_desc, &native_desc,
};

static PyMethodDef plain_methods[] = {
    {"prod_assert", _PyCFunction_CAST(prod_assert), METH_VARARGS | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- enums ---- */

/* stdlib/__static__/_enum.py (a C string generated by scripts/build.mjs). */
extern const char CSR_StaticEnumSource[];

static const char *const enum_names[] = {"Enum", "IntEnum", "StringEnum"};

/* Run _enum.py in a namespace of its own (as the twin's submodule) and add its classes. */
static int add_enums(PyObject *module)
{
    PyObject *ns = Py_BuildValue("{ss}", "__name__", "__static__");
    if (ns == NULL || PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0) {
        Py_XDECREF(ns);
        return -1;
    }
    PyObject *code = Py_CompileString(CSR_StaticEnumSource, "__static__/_enum.py", Py_file_input);
    PyObject *done = code ? PyEval_EvalCode(code, ns, ns) : NULL;
    Py_XDECREF(code);
    int rc = done ? 0 : -1;
    Py_XDECREF(done);
    for (size_t i = 0; rc == 0 && i < sizeof enum_names / sizeof enum_names[0]; i++) {
        PyObject *cls = PyDict_GetItemString(ns, enum_names[i]); /* borrowed */
        rc = cls ? PyModule_AddObjectRef(module, enum_names[i], cls) : -1;
        if (cls == NULL)
            PyErr_Format(PyExc_SystemError, "__static__/_enum.py defines no %s", enum_names[i]);
    }
    Py_DECREF(ns);
    return rc;
}

/* ---- the module ---- */

static int static_exec(PyObject *module)
{
    if (CSR_Primitive_AddToModule(module) < 0)
        return -1;
    for (size_t i = 0; i < sizeof generic_types / sizeof generic_types[0]; i++) {
        PyTypeObject *type = generic_types[i].def();
        if (type == NULL || PyModule_AddObjectRef(module, generic_types[i].name, (PyObject *)type) < 0)
            return -1;
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        PyObject *target = PyObject_GetAttrString(module, aliases[i].target);
        if (target == NULL || PyModule_AddObject(module, aliases[i].name, target) < 0) {
            Py_XDECREF(target);
            return -1;
        }
    }
    PyObject *builtins = PyEval_GetBuiltins(); /* borrowed */
    for (size_t i = 0; i < sizeof builtin_aliases / sizeof builtin_aliases[0]; i++) {
        PyObject *b = PyDict_GetItemString(builtins, builtin_aliases[i].builtin);
        if (b == NULL || PyModule_AddObjectRef(module, builtin_aliases[i].name, b) < 0)
            return -1;
    }
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
        PyObject *fn = CSR_Function_New(functions[i], module, NULL, NULL);
        if (fn == NULL || PyModule_AddObject(module, functions[i]->def.ml_name, fn) < 0) {
            Py_XDECREF(fn);
            return -1;
        }
    }
    if (add_enums(module) < 0)
        return -1;
    return PyModule_AddIntConstant(module, "RAND_MAX", RAND_MAX);
}

static PyModuleDef_Slot static_slots[] = {
    {Py_mod_exec, static_exec},
    {0, NULL},
};

static PyModuleDef static_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "__static__",
    .m_doc = "Static Python's __static__ module, as seen by programs compiled by cinderc.",
    .m_size = 0,
    .m_methods = plain_methods,
    .m_slots = static_slots,
};

PyObject *CSR_StaticModule_Init(void)
{
    return PyModuleDef_Init(&static_def);
}
