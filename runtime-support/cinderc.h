/* cinderc runtime support: what compiled Static Python modules link against.
 *
 * Naming legend: every export is CSR_<Area>_<Action>.
 *   CSR_Module_*   module descriptors, PyInit and module execution
 *   CSR_Program_*  the executable's start-up (main.c)
 *   CSR_Function_* function objects wrapping compiled code
 *   CSR_Args_*     argument binding and CHECK_ARGS at the dynamic -> static boundary
 *   CSR_Cast_*     CAST of dynamic values into checked types
 *   CSR_Unbox_*    object -> primitive conversions (with Static Python's errors)
 *   CSR_Global_*   module globals
 *   CSR_Import_*   import statements
 *   CSR_Raise_*    raising exceptions from compiled code
 *   CSR_Traceback_* traceback entries naming the Python source line
 *   CSR_Object_*   object helpers (immortality)
 *   CSR_StaticModule_* the builtin __static__ module of executables (static_module.c)
 *
 * Which file implements what: immortal.c (CSR_Object_*), consts.c and module.c (constants,
 * CSR_Module_*), function.c, args.c (CSR_Args_*, CSR_Cast_*), unbox.c, globals.c, import.c,
 * raise.c, traceback.c, static_module.c, and main.c (main(), reading cinderc_program).
 *
 * The compiler's side of this ABI is compiler/runtime.ts (one table of every symbol and
 * its signature) and compiler/emit/ (which lays out the descriptor structs below in the
 * object file's data). The two must agree field by field; test/runtime checks offsets.
 *
 * CPython 3.11 internals relied on: PyObject.ob_refcnt at offset 0 (immortality bit 60).
 * Each .c file lists what it relies on at its top.
 */
#ifndef CINDERC_H
#define CINDERC_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Immortal objects: a count in [2^60, 2^61) has bit 60 set. Compiled code skips refcount
 * writes when bit 60 is set; libpython (3.11 has no immortality) may still move the count
 * by less than 2^59 either way without clearing the bit, so start in the middle. */
#define CSR_IMMORTAL_REFCNT ((Py_ssize_t)3 << 59)
void CSR_Object_Immortalize(PyObject *o);

/* ---- constants (emitted by the compiler in .rodata, materialised at module init) ---- */
enum {
    CSR_CONST_STR = 1,   /* data: UTF-8 bytes, len bytes (lone surrogates encoded as by
                            "surrogatepass"); interned */
    CSR_CONST_INT = 2,   /* data: ASCII decimal digits with optional leading '-', len bytes */
    CSR_CONST_FLOAT = 3, /* data: one IEEE double (8 bytes) */
    CSR_CONST_TUPLE = 4, /* data: len int64 indices of earlier constants */
    CSR_CONST_BYTES = 5, /* data: len raw bytes */
};

typedef struct {            /* 24 bytes */
    int64_t kind;           /* @0 */
    int64_t len;            /* @8 */
    const void *data;       /* @16 */
} CSR_ConstDesc;

/* ---- functions ---- */
typedef struct {                        /* emitted in .data */
    PyMethodDef def;                    /* @0: ml_name, ml_meth = boxed entry
                                           (METH_FASTCALL | METH_KEYWORDS), ml_flags, ml_doc */
    const char *qualname;               /* @32 */
    int64_t nparams;                    /* @40 all parameters */
    const char *const *param_names;     /* @48 nparams C strings */
    PyObject *func;                     /* @56 the function object once its `def` ran, else
                                           NULL: static callers check it (NameError before) */
    int64_t nkwonly;                    /* @64 the last nkwonly parameters are keyword-only */
} CSR_FunctionDesc;                     /* 72 bytes */

/* A new function object for `f` (its __module__ is `module`'s name) with the values of its
 * parameter defaults, evaluated when the `def` ran: a tuple for the trailing positional
 * parameters and a dict for keyword-only ones (either may be NULL: none). Calling it calls
 * f->def.ml_meth as (PyObject *function, PyObject *const *args, Py_ssize_t nargs,
 * PyObject *kwnames). */
PyObject *CSR_Function_New(CSR_FunctionDesc *f, PyObject *module, PyObject *defaults, PyObject *kwdefaults);
/* A function object's defaults (borrowed; NULL when it has none). */
PyObject *CSR_Function_Defaults(PyObject *func);
PyObject *CSR_Function_KwDefaults(PyObject *func);

/* Bind vectorcall arguments to f's parameters: out[i] = borrowed reference for parameter i,
 * missing ones from the defaults of `self` (the function object; NULL: none). Raises
 * CPython's TypeErrors ("f() missing 1 required positional argument: 'x'", ...).
 * Returns 0, or -1 with an exception set. */
int CSR_Args_Bind(const CSR_FunctionDesc *f, PyObject *self, PyObject *const *args,
                  Py_ssize_t nargsf, PyObject *kwnames, PyObject **out);

/* CHECK_ARGS: `v` must be an instance of `t` (subclasses allowed), else
 * TypeError "f expected 'int' for argument x, got 'str'". Returns 0 or -1. */
int CSR_Args_Check(PyObject *v, PyTypeObject *t, const CSR_FunctionDesc *f, int64_t index);

/* CAST: `v` must be an instance of `t`, else TypeError "expected 'int', got 'str'".
 * Returns 0 or -1. */
int CSR_Cast_Check(PyObject *v, PyTypeObject *t);

/* Unboxing with Static Python's errors: TypeError "expected 'int', got 'str'",
 * OverflowError "int overflow". Return -1 / -1.0 with an exception set on error. */
int64_t CSR_Unbox_Int64(PyObject *v);
double CSR_Unbox_Double(PyObject *v);   /* accepts float and int */

/* ---- modules ---- */
typedef struct {
    const char *name;                   /* @0 module name (the file stem) */
    const char *filename;               /* @8 source path as given to cinderc */
    PyObject *(*body)(PyObject *module);/* @16 compiled module body: None, or NULL on error */
    const CSR_ConstDesc *const_descs;   /* @24 */
    PyObject **consts;                  /* @32 nconsts cells, filled before body runs */
    int64_t nconsts;                    /* @40 */
    PyObject *globals;                  /* @48 the module's __dict__, set before body runs */
    PyModuleDef def;                    /* @56 (104 bytes) zeroed by the compiler; filled here */
} CSR_ModuleDesc;                       /* 160 bytes */

/* PyInit_<name> of a compiled module tail-calls this: multi-phase init whose exec slot
 * materialises the constants, sets d->globals to the module's dict, sets __file__ (and
 * __builtins__ if missing, as exec() does) and runs the body. */
PyObject *CSR_Module_Init(CSR_ModuleDesc *d);

/* Run a compiled module as __main__ (in the existing __main__ module). 0 or -1. */
int CSR_Module_RunMain(CSR_ModuleDesc *d);

/* ---- executables ---- */
typedef struct {
    const char *name;                   /* @0 */
    PyObject *(*init)(void);            /* @8 its PyInit_<name> */
} CSR_ProgramModule;                    /* 16 bytes */

typedef struct {
    CSR_ModuleDesc *main;               /* @0 runs as __main__ */
    int64_t nmodules;                   /* @8 */
    const CSR_ProgramModule *modules;   /* @16 importable by name, registered before init */
} CSR_Program;                          /* 24 bytes */

/* Emitted by `cinderc --exe` in the program object; read by main.c. */
extern const CSR_Program cinderc_program;

/* PyInit function of the builtin `__static__` module; main.c registers it as "__static__". */
PyObject *CSR_StaticModule_Init(void);

/* ---- globals, imports ---- */
/* globals[name], else builtins[name], else NameError "name 'x' is not defined". New ref. */
PyObject *CSR_Global_Load(PyObject *globals, PyObject *name);
/* `del name` of a global: NameError "name 'x' is not defined" if unbound. 0 or -1. */
int CSR_Global_Delete(PyObject *globals, PyObject *name);
/* __import__(name, globals, None, fromlist, level). New ref. */
PyObject *CSR_Import_Name(PyObject *globals, PyObject *name, PyObject *fromlist, int64_t level);
/* getattr(module, name) or ImportError "cannot import name 'x' from 'm' (path)". New ref. */
PyObject *CSR_Import_From(PyObject *module, PyObject *name);

/* ---- unpacking ---- */
/* `a, b, ... = seq`: out[0..n) = new references, or -1 with CPython's ValueError/TypeError. */
int CSR_Unpack(PyObject *seq, int64_t n, PyObject **out);

/* ---- raising ---- */
/* ZeroDivisionError as CPython words it for ints: "integer modulo by zero" when `modulo`,
 * else "integer division or modulo by zero". Always returns NULL. */
PyObject *CSR_Raise_ZeroDivision(int64_t modulo);
/* `raise exc [from cause]` (cause NULL: no `from`; exc NULL: bare `raise`). Returns NULL. */
PyObject *CSR_Raise(PyObject *exc, PyObject *cause);
/* AssertionError(msg) (msg NULL: no message). Returns NULL. */
PyObject *CSR_Raise_Assertion(PyObject *msg);
/* RecursionError "maximum recursion depth exceeded" (the native stack guard tripped). */
PyObject *CSR_Raise_RecursionError(void);
/* NameError "name 'x' is not defined". Always returns NULL. */
PyObject *CSR_Raise_NameError(const char *name);
/* UnboundLocalError "cannot access local variable 'x' where it is not associated with a value". */
PyObject *CSR_Raise_UnboundLocal(const char *name);

/* ---- the native stack guard ---- */
/* Lowest stack address compiled code may run at in this thread (0: unguarded). Native
 * functions that call natively compare rsp with it at entry (fs:[CSR_Stack_Limit@tpoff],
 * local-exec TLS: executables only). Set for the main thread by CSR_Stack_Init. */
extern __thread uintptr_t CSR_Stack_Limit;
void CSR_Stack_Init(void);

/* ---- tracebacks ---- */
/* Add a traceback entry "File filename, line N, in func" for the pending exception; the
 * entry's frame sees `globals` (the module's dict, so NameError can suggest names). */
void CSR_Traceback_Add(const char *func, const char *filename, int64_t line, PyObject *globals);

#endif
