/* Function objects for compiled functions: a builtin-function object (PyCFunction) over the
 * PyMethodDef embedded at the start of the compiler-emitted CSR_FunctionDesc. Its ml_meth is
 * the compiler's boxed entry (METH_FASTCALL | METH_KEYWORDS); CPython calls it through the
 * PyCFunction's vectorcall slot with the module as `self`, the positional arguments, their
 * count and the keyword names. The entry binds them with CSR_Args_Bind (args.c).
 *
 * Holding the module as `self` keeps the module, and so its globals, alive as long as any
 * of its functions is.
 *
 * CPython 3.11 internals relied on: none. Known difference from a Python function: a
 * PyCFunction whose self is a module reports ml_name as its __qualname__, and CPython gives
 * no cheap way to change that, so f->qualname is not used yet. */
#include "cinderc.h"

PyObject *CSR_Function_New(CSR_FunctionDesc *f, PyObject *module)
{
    PyObject *module_name = PyModule_GetNameObject(module);
    if (module_name == NULL)
        return NULL;
    PyObject *fn = PyCFunction_NewEx(&f->def, module, module_name);
    Py_DECREF(module_name);
    if (fn != NULL && f->func == NULL) {
        /* The descriptor keeps the first function object: static callers test it. */
        Py_INCREF(fn);
        f->func = fn;
    }
    return fn;
}
