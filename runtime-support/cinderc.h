/* cinderc runtime support: what compiled Static Python modules link against.
 *
 * Naming legend: every export is CSR_<Area>_<Action>.
 *   CSR_Module_*   module descriptors, PyInit and module execution
 *   CSR_Program_*  the executable's start-up (main.c)
 *   CSR_Function_* function objects wrapping compiled code
 *   CSR_Args_*     argument binding and CHECK_ARGS at the dynamic -> static boundary
 *   CSR_Cast_*     CAST of dynamic values into checked types
 *   CSR_Unbox_*    object -> primitive conversions (with Static Python's errors)
 *   CSR_Prim_*     primitive arithmetic compiled code calls out for (uint64 -> double)
 *   CSR_Global_*   module globals
 *   CSR_Import_*   import statements
 *   CSR_Raise_*    raising exceptions from compiled code
 *   CSR_Traceback_* traceback entries naming the Python source line
 *   CSR_Object_*   object helpers (immortality)
 *   CSR_StaticModule_* the builtin __static__ module of executables (static_module.c)
 *   CSR_CheckedDict_*, CSR_CheckedList_*, CSR_Array_*, CSR_Vector_*  checked containers
 *                  and primitive arrays: types and the unchecked fast paths of static code
 *
 * Which file implements what: immortal.c (CSR_Object_*), consts.c and module.c (constants,
 * CSR_Module_*), function.c, args.c (CSR_Args_*, CSR_Cast_*), unbox.c, globals.c, import.c,
 * raise.c, traceback.c, static_module.c, primitives.c (the primitive types), generic.c
 * (parameterised types), checked_dict.c, checked_list.c, static_array.c, and main.c (main(),
 * reading cinderc_program).
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
    void *native;                       /* @72 the native entry (methods: what vtables hold) */
    int64_t vslot;                      /* @80 methods: the vtable slot they fill, else -1 */
    struct CSR_ClassDesc *cls;          /* @88 methods: the static class defining them */
} CSR_FunctionDesc;                     /* 96 bytes */

/* The CSR_FunctionDesc of a compiled function object, or NULL for any other object. */
CSR_FunctionDesc *CSR_Function_Desc(PyObject *o);

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
int64_t CSR_Unbox_Int8(PyObject *v);
int64_t CSR_Unbox_Int16(PyObject *v);
int64_t CSR_Unbox_Int32(PyObject *v);
int64_t CSR_Unbox_Int64(PyObject *v);
uint64_t CSR_Unbox_UInt8(PyObject *v);
uint64_t CSR_Unbox_UInt16(PyObject *v);
uint64_t CSR_Unbox_UInt32(PyObject *v);
uint64_t CSR_Unbox_UInt64(PyObject *v);
double CSR_Unbox_Double(PyObject *v);   /* accepts float and int */
int64_t CSR_Unbox_CBool(PyObject *v);   /* accepts bool only */
double CSR_Prim_UInt64ToDouble(uint64_t v);  /* unbox.c */

/* ---- static classes (class.c, vtable.c) ----
 * A static class is an ordinary heap type made by type(name, bases, ns) with __slots__ for
 * its own fields, so CPython lays the fields out (sorted by name, after the base's) where
 * the compiler put them; CSR_Class_New checks that. Every field gets a descriptor that
 * type-checks stores from dynamic code; primitive fields hold raw values (their member
 * entries are retyped so the GC and dealloc skip them). */

typedef struct {
    const char *name;                   /* @0 */
    int64_t offset;                     /* @8 in the instance; 8 bytes for every kind */
    int64_t kind;                       /* @16 CSR_TYPED_*: primitives are stored unboxed
                                           at their natural width (CSR_Prim_Size) */
    PyTypeObject *pytype;               /* @24 objects: the checked type (a libpython type),
                                           or NULL */
    struct CSR_ClassDesc *cls;          /* @32 objects: the checked static class, or NULL */
    int64_t optional;                   /* @40 objects: None is accepted too */
    struct CSR_GenericDesc *generic;    /* @48 objects: the checked container type, or NULL */
    int64_t flags;                      /* @56 CSR_FIELD_* */
} CSR_FieldDesc;                        /* 64 bytes */

/* `x: T = v` at class level: the field's descriptor holds the class default v (popped from
 * the class namespace), which an unset slot reads as. */
#define CSR_FIELD_DEFAULT 1
/* An inherited field this class gives a new default: a descriptor only, not a slot. */
#define CSR_FIELD_INHERITED 2

typedef struct {
    const char *name;                   /* @0 the method's name */
    void *thunk;                        /* @8 native-signature entry that calls whatever
                                           type(self).name is (a Python override) and checks
                                           its result */
} CSR_VSlot;                            /* 16 bytes */

typedef struct CSR_ClassDesc {          /* emitted in .data */
    const char *name;                   /* @0 */
    const char *qualname;               /* @8 */
    PyObject *type;                     /* @16 the class once its statement ran, else NULL */
    struct CSR_ClassDesc *base;         /* @24 the static base, or NULL (object) */
    int64_t basicsize;                  /* @32 what tp_basicsize must come out as */
    int64_t flags;                      /* @40 CSR_CLASS_* */
    int64_t nfields;                    /* @48 own fields, then inherited ones given a new
                                           default (CSR_FIELD_INHERITED) */
    const CSR_FieldDesc *fields;        /* @56 */
    int64_t nslots;                     /* @64 vtable slots, inherited ones first */
    const CSR_VSlot *vslots;            /* @72 */
} CSR_ClassDesc;                        /* 80 bytes */

#define CSR_CLASS_FINAL 1
/* Instances get a __dict__ (`__dict__: Any`) / a __weakref__ slot (`__weakref__: Any` or
 * @allow_weakrefs), added to __slots__ after the fields. */
#define CSR_CLASS_DICT 2
#define CSR_CLASS_WEAKREF 4

/* The class statement of a static class: type(d->name, bases, ns) with __slots__, checked
 * against d's layout, fields given typed descriptors, vtable built, d->type set. New ref. */
PyObject *CSR_Class_New(CSR_ClassDesc *d, PyObject *bases, PyObject *ns);
/* The class statement of an ordinary class: the metaclass from the bases, its __prepare__
 * namespace filled from `ns` in order, then metaclass(name, bases, namespace). New ref. */
PyObject *CSR_Class_Build(PyObject *name, PyObject *bases, PyObject *ns);
/* Record the class an ordinary class statement made in its descriptor (static enums: their
 * members are checked against it); a statement run again rebinds it. */
void CSR_Class_Bind(CSR_ClassDesc *d, PyObject *cls);
/* A name read in a class body: ns[name], else globals/builtins (NameError). New ref. */
PyObject *CSR_Class_LoadName(PyObject *ns, PyObject *globals, PyObject *name);
/* CHECK_ARGS and CAST against a static class (cinderc's CSR_Args_Check, CSR_Cast_Check). */
int CSR_Args_CheckClass(PyObject *v, const CSR_ClassDesc *c, const CSR_FunctionDesc *f, int64_t index);
int CSR_Cast_CheckClass(PyObject *v, const CSR_ClassDesc *c);
/* A new zeroed instance of d's class (NameError before its class statement ran). */
PyObject *CSR_Object_New(CSR_ClassDesc *d);
/* A static read of a field with a class default whose slot is unset: getattr(obj, name)
 * (the default, or whatever replaced it on the class), checked against the field's type
 * (TypeError "unexpected return type from C.x, expected int, got str"). New ref or NULL. */
PyObject *CSR_Field_Default(PyObject *obj, const CSR_ClassDesc *owner, int64_t index);
/* AttributeError "'C' object has no attribute 'x'" (an unset field). Returns NULL. */
PyObject *CSR_Raise_AttributeError(PyObject *obj, const char *name);

/* vtables: a type's tp_cache holds a CSR_VTable (a PyObject) whose entries are valid while
 * the type's tp_version_tag equals `version` (CPython resets the tag whenever the type or a
 * base is modified, e.g. a method is assigned). Compiled code checks that inline and calls
 * CSR_VTable_Get otherwise, which rebuilds it: entry i is the native code of the compiled
 * method type(self) finds for slot i, or the slot's thunk when it finds anything else (a
 * dynamic subclass's override, a patched attribute). */
typedef struct {
    PyObject_VAR_HEAD                   /* @0 */
    uint64_t version;                   /* @24 tp_version_tag it is valid for; ~0: never */
    CSR_ClassDesc *cls;                 /* @32 the static class whose slot layout it follows */
    void *entries[1];                   /* @40 */
} CSR_VTable;                           /* 48 bytes with its first entry */
/* t's current vtable (borrowed: t->tp_cache owns it), or NULL with an exception set. */
CSR_VTable *CSR_VTable_Get(PyTypeObject *t);

/* ---- indexing by a primitive (index.c) ---- */
/* seq[i] / seq[i] = v through the generic protocol (i boxed); compiled code calls these
 * only off its inline path for exact lists. New ref / 0, NULL / -1 on error. */
PyObject *CSR_Index_Get(PyObject *seq, int64_t i);
int CSR_Index_Set(PyObject *seq, int64_t i, PyObject *v);

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

/* A LOAD_GLOBAL site's cache, zeroed in the module's .bss: the value last found (borrowed)
 * and the versions of the dicts that found it. */
typedef struct {
    uint64_t globals_version;           /* @0 */
    PyObject *builtins;                 /* @8 the builtins dict, or NULL: globals held it */
    uint64_t builtins_version;          /* @16 */
    PyObject *value;                    /* @24 NULL: nothing cached */
} CSR_GlobalCache;                      /* 32 bytes */
PyObject *CSR_Global_LoadCached(PyObject *globals, PyObject *name, CSR_GlobalCache *cache);
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
/* ValueError "math domain error" (math.sqrt of a negative double). Returns NULL. */
PyObject *CSR_Raise_MathDomain(void);
/* UnboundLocalError "cannot access local variable 'x' where it is not associated with a value". */
PyObject *CSR_Raise_UnboundLocal(const char *name);

/* ---- @native functions (native.c) ---- */
/* One per @native def, emitted by compiler/emit/module.ts: the library and symbol, and the
 * symbol's address once resolved (NULL before the first call). */
typedef struct {            /* 24 bytes */
    const char *lib;        /* @0 */
    const char *name;       /* @8 */
    void *fn;               /* @16 */
} CSR_NativeDesc;

/* The function's address, loading the library and looking the symbol up on the first call;
 * NULL with RuntimeError set if either fails. */
void *CSR_Native_Resolve(CSR_NativeDesc *d);
/* RuntimeError "native callable 'f' can only be called from static modules". Returns NULL. */
PyObject *CSR_Native_CalledDynamically(CSR_NativeDesc *d);

/* ---- refcounting ---- */
/* Compiled code's Py_DECREF calls this when a count reaches zero, with the object in r11
 * (not a C function): it runs _Py_Dealloc and preserves every register (stubs.c). */
void CSR_Decref_Dealloc(void);

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

/* ---- checked containers and primitive arrays ---- */
/* The types behind CheckedDict[K, V] (chkdict), CheckedList[T] (chklist), Array[T] and Vector[T] of the
 * builtin __static__ module. Dynamic code gets Static Python's checks on every mutation
 * (static_python.md §8); static code that knows the element types statically calls the
 * functions below, which do NOT check element types: the caller guarantees them.
 *
 * Layouts compiled code may read directly (compiler/runtime.ts LAYOUT, test/runtime checks):
 *  - a checked dict is a dict subclass with PyDictObject's layout: length = ma_used @16;
 *    PyDict_* functions (GetItemWithError, SetItem, DelItem, Next) work on it, unchecked;
 *  - a checked list is a list subclass with PyListObject's layout: length = ob_size @16,
 *    items = ob_item @24 (PyObject **), so l[i] is two loads after a bounds check;
 *  - an Array is a CSR_ArrayObject: length = ob_size @16, elements inline from @24, each of
 *    its element type's native width (CSR_Array_ItemSize), cbool as one byte 0/1;
 *  - a Vector is a CSR_VectorObject (array.array's object): length = ob_size @16, elements
 *    of the element type's native width from the pointer `data` @24.
 *
 * Reference conventions: arguments are borrowed (stores take their own reference);
 * "new" results are owned by the caller. Errors: NULL, or -1 (int), or -1 / -1.0 with
 * PyErr_Occurred() for element getters whose -1 is also a value. */

/* Static Python's type codes (static_python.md §3.1), naming Array element types. */
enum {
    CSR_TYPED_UINT8 = 0, CSR_TYPED_INT8 = 1, CSR_TYPED_UINT16 = 2, CSR_TYPED_INT16 = 3,
    CSR_TYPED_UINT32 = 4, CSR_TYPED_INT32 = 5, CSR_TYPED_UINT64 = 6, CSR_TYPED_INT64 = 7,
    CSR_TYPED_OBJECT = 8, CSR_TYPED_DOUBLE = 9, CSR_TYPED_SINGLE = 0xA, CSR_TYPED_CHAR = 0xB,
    CSR_TYPED_BOOL = 0xC,
};

typedef struct {               /* 24 bytes, then the elements */
    PyVarObject ob_base;       /* @0 ob_size (@16) is the length, fixed at creation */
    char data[];               /* @24 elements of the element type's width */
} CSR_ArrayObject;

typedef struct {               /* array.array's arrayobject (arraymodule.c), 64 bytes */
    PyVarObject ob_base;       /* @0 ob_size (@16) is the length */
    char *data;                /* @24 ob_item: the elements, room for `allocated` */
    Py_ssize_t allocated;      /* @32 */
    const void *descr;         /* @40 array's typecode descriptor */
    PyObject *weakreflist;     /* @48 */
    Py_ssize_t exports;        /* @56 buffers exported: no resizing while > 0 */
} CSR_VectorObject;

/* A checked container type named by compiled code (generic_desc.c), emitted in .data: the
 * compiler knows chklist[foo.C] statically, the type object is made on first use and cached
 * in `type`, at CSR_ClassDesc.type's offset so CAST's inline test reads either the same way. */
typedef struct {
    PyTypeObject *pytype;               /* @0 a libpython type, or NULL */
    struct CSR_ClassDesc *cls;          /* @8 a static class, or NULL */
    struct CSR_GenericDesc *generic;    /* @16 a checked container type, or NULL */
    int64_t code;                       /* @24 a primitive's CSR_TYPED_* (Array's), or -1 */
    int64_t optional;                   /* @32 T | None */
} CSR_GenericParam;                     /* 40 bytes */

enum { CSR_GENERIC_CHKDICT = 0, CSR_GENERIC_CHKLIST = 1, CSR_GENERIC_ARRAY = 2, CSR_GENERIC_VECTOR = 3 };

typedef struct CSR_GenericDesc {
    const char *name;                   /* @0 "chklist[foo.C]" */
    int64_t def;                        /* @8 CSR_GENERIC_* */
    PyObject *type;                     /* @16 the type once made, else NULL */
    int64_t nparams;                    /* @24 */
    CSR_GenericParam params[2];         /* @32 */
} CSR_GenericDesc;                      /* 112 bytes */

/* d's type object, made on first use. Borrowed (cached for the life of the process); NULL
 * with NameError while a static class it names has not been created yet. */
PyObject *CSR_Generic_Resolve(CSR_GenericDesc *d);
/* CHECK_ARGS and CAST against a checked container type: exactly that type. */
int CSR_Args_CheckGeneric(PyObject *v, CSR_GenericDesc *d, const CSR_FunctionDesc *f, int64_t index);
int CSR_Cast_CheckGeneric(PyObject *v, CSR_GenericDesc *d);

/* __static__.rand(): C's rand(), as an int64 (0..RAND_MAX). */
int64_t CSR_Rand(void);

/* Parameterised types, as CheckedDict[K, V] / CheckedList[T] return them: the same object
 * for the same arguments. Arguments are types (a primitive stands for its boxed type),
 * Optional[T] or T | None. Borrowed (cached for the life of the process); NULL with
 * TypeError for bad arguments. */
PyObject *CSR_CheckedDict_Type(PyObject *key_type, PyObject *value_type);
PyObject *CSR_CheckedList_Type(PyObject *elem_type);
/* Array[T] for the primitive with type code `code` (int8..uint64, double, cbool). Borrowed;
 * NULL with TypeError "Invalid Array element type: ..." for other codes. */
PyObject *CSR_Array_Type(int64_t code);

/* A new empty checked dict of `type` (a CSR_CheckedDict_Type result). New reference. */
PyObject *CSR_CheckedDict_New(PyObject *type);
/* d[key], or KeyError. New reference. No key type check. */
PyObject *CSR_CheckedDict_GetItem(PyObject *d, PyObject *key);
/* d[key] = value. 0 or -1. No type checks. */
int CSR_CheckedDict_SetItem(PyObject *d, PyObject *key, PyObject *value);

/* A new checked list of `type` with `size` items, all NULL: the caller must store every
 * ob_item[i] (stealing a reference, as PyList_SET_ITEM) before the list escapes. New ref. */
PyObject *CSR_CheckedList_New(PyObject *type, int64_t size);
/* l[i] (i < 0 counts from the end), or IndexError "list index out of range". New ref. */
PyObject *CSR_CheckedList_GetItem(PyObject *l, int64_t i);
/* l[i] = v, or IndexError "list assignment index out of range". 0 or -1. */
int CSR_CheckedList_SetItem(PyObject *l, int64_t i, PyObject *v);
/* l.append(v). 0 or -1. */
int CSR_CheckedList_Append(PyObject *l, PyObject *v);

/* Array[T](n) of `type` (a CSR_Array_Type result): n zeroed elements. New reference. */
PyObject *CSR_Array_New(PyObject *type, int64_t n);
/* Width in bytes of an element of type code `code` (1, 2, 4 or 8), or 0 if not an Array
 * element type. Compiled code knows it statically; this is the table it must agree with. */
int64_t CSR_Array_ItemSize(int64_t code);
/* Width in bytes of a primitive of type code `code` in a field or Array element (0: none). */
int64_t CSR_Prim_Size(int64_t code);
/* i as an element index of `a` (i < 0 counts from the end), or -1 with IndexError "array
 * index out of range". The element is at ((CSR_ArrayObject *)a)->data + index * width. */
int64_t CSR_Array_Index(PyObject *a, int64_t i);
/* a[i] for integer and cbool element types, sign- or zero-extended; -1 with
 * PyErr_Occurred() on IndexError. */
int64_t CSR_Array_GetInt(PyObject *a, int64_t i);
/* a[i] = v truncated to the element width (static code has range-checked v). 0 or -1. */
int CSR_Array_SetInt(PyObject *a, int64_t i, int64_t v);
/* a[i] for Array[double]; -1.0 with PyErr_Occurred() on IndexError. */
double CSR_Array_GetDouble(PyObject *a, int64_t i);
int CSR_Array_SetDouble(PyObject *a, int64_t i, double v);

/* Vector[T] for the primitive with type code `code` (int8..uint64, double). Borrowed; NULL
 * with TypeError "Invalid Vector element type: ..." for other codes. */
PyObject *CSR_Vector_Type(int64_t code);
/* i as an element index of `v` for reading / for storing (i < 0 counts from the end), or -1
 * with IndexError "array index out of range" / "array assignment index out of range". The
 * element is at ((CSR_VectorObject *)v)->data + index * width. */
int64_t CSR_Vector_Index(PyObject *v, int64_t i);
int64_t CSR_Vector_SetIndex(PyObject *v, int64_t i);
/* v.append(x), x of v's element type `code` (range-checked by static code; an integer's low
 * bytes are stored). 0, or -1 (MemoryError, BufferError while a buffer is exported). */
int CSR_Vector_AppendInt(PyObject *v, int64_t x, int64_t code);
int CSR_Vector_AppendDouble(PyObject *v, double x);

#endif
