/* Helpers shared between the runtime-support C files; not part of the compiler's ABI
 * (compiled code never calls these, so compiler/runtime.ts does not list them). */
#ifndef CINDERC_INTERNAL_H
#define CINDERC_INTERNAL_H

#include "cinderc.h"

/* consts.c: fill d->consts[i] from d->const_descs[i] for every cell still NULL (so a failed
 * attempt can be retried) and make each constant immortal. 0, or -1 with an exception set. */
int CSR_Consts_Materialize(CSR_ModuleDesc *d);

/* globals.c: the builtins namespace code running with `globals` sees, chosen as CPython
 * does for a new frame: globals["__builtins__"] (a module stands for its dict), else the
 * current builtins. Borrowed; NULL only with an exception set. */
PyObject *CSR_Builtins_Of(PyObject *globals);

/* primitives.c: the primitive types of __static__, made once per process. */
int CSR_Primitive_Ready(void);                      /* 0, or -1 with an exception set */
int CSR_Primitive_AddToModule(PyObject *module);    /* binds int8 ... single in `module` */
int CSR_Primitive_Code(PyObject *type);             /* CSR_TYPED_* of a primitive, else -1 */
PyObject *CSR_Primitive_Type(int code);             /* borrowed; NULL + ValueError if none */
PyTypeObject *CSR_Primitive_BoxedType(int code);    /* int, float or bool */

/* generic.c: parameterised types (chkdict[K, V], chklist[T], Array[T], Vector[T]). */
typedef struct {
    PyObject *declared;     /* the type argument without Optional: int, int64, a class */
    PyTypeObject *check;    /* stored values must be instances of this (a primitive's boxed type) */
    int optional;           /* None is accepted too */
    int code;               /* CSR_TYPED_* when `declared` is a primitive, else -1 */
} CSR_TypeParam;

typedef struct {
    int nparams;
    CSR_TypeParam params[2];
} CSR_GenericArgs;

typedef struct {
    const char *name;               /* "__static__.chkdict[K, V]", as errors print it */
    int nparams;
    PyTypeObject *(*def)(void);     /* the generic definition, made on first use (borrowed) */
    /* Array's, Vector's: validate the arguments and give the instance's item size (0: the
     * definition's); NULL: no check, 0. */
    Py_ssize_t (*itemsize)(const CSR_GenericArgs *args);
} CSR_Generic;

/* def[params] (params: a tuple or one argument), cached. Borrowed; NULL with TypeError. */
PyObject *CSR_Generic_Instantiate(const CSR_Generic *g, PyObject *params);
/* __class_getitem__ of a definition: refuses instances ("'chklist[int]' is not a generic
 * class"). New reference. */
PyObject *CSR_Generic_ClassGetItem(const CSR_Generic *g, PyObject *cls, PyObject *params);
/* The arguments of an instance type, or NULL for anything else (a definition included). */
const CSR_GenericArgs *CSR_Generic_Args(PyTypeObject *type);
/* "int", "str | None" */
PyObject *CSR_Generic_ParamName(const CSR_TypeParam *p);

static inline int CSR_Generic_Accepts(const CSR_TypeParam *p, PyObject *v)
{
    return (v == Py_None && p->optional) || PyObject_TypeCheck(v, p->check);
}

/* Errors, all returning NULL: "type '__static__.chklist' is not an acceptable base type",
 * "cannot create '__static__.chklist[T]' instances", "bad value 'str' for chklist[int]"
 * (what: "key" or "value"), "insert() argument 2 expected int". */
PyObject *CSR_Generic_RefuseSubclass(PyTypeObject *def);
PyObject *CSR_Generic_CannotCreate(const CSR_Generic *g);
PyObject *CSR_Generic_BadElement(const char *what, PyObject *value, PyObject *container);
PyObject *CSR_Generic_BadArgument(const char *method, int position, const CSR_TypeParam *p);

/* checked_dict.c, checked_list.c, static_array.c, static_vector.c: the generic definitions (borrowed, made on
 * first use; NULL with an exception set). */
PyTypeObject *CSR_CheckedDict_Def(void);
PyTypeObject *CSR_CheckedList_Def(void);
PyTypeObject *CSR_Array_Def(void);
PyTypeObject *CSR_Vector_Def(void);

/* vtable.c: build and install the first vtable of static class t (layout d). 0 or -1. */
int CSR_VTable_Init(PyTypeObject *t, CSR_ClassDesc *d);

/* class.c: a value stored into a field of kind `kind` from dynamic code, boxed and
 * unboxed with Static Python's checks (fields.c). */
int64_t CSR_Prim_Load(int64_t code, const void *addr);
void CSR_Prim_Store(int64_t code, void *addr, int64_t v);
PyObject *CSR_Prim_Box(int64_t kind, const void *addr);
int CSR_Prim_Unbox(int64_t kind, PyObject *v, void *addr);
int CSR_Field_Unbox(int64_t kind, PyObject *v, void *addr, const char *name);

#endif
