/* Static classes and ordinary classes of compiled modules (cinderc.h, "static classes").
 *
 * A static class is made by type() with __slots__ naming its own fields; CPython sorts the
 * slot names and places them after the base's layout, a word each. Before any instance
 * exists they move to the compiler's offsets (primitives packed at their natural width,
 * static_python.md §4.1; a layout that does not fit is a SystemError). Each field's
 * member_descriptor is then replaced by a field descriptor that checks stores from dynamic
 * code (`expected 'int', got 'str' for attribute 'x'`) and boxes primitive fields; the
 * member entries of primitive fields are retyped from T_OBJECT_EX so the GC, dealloc and
 * __class__ assignment never read them as pointers.
 *
 * CPython 3.11 internals relied on: a heap type's slot members (Py_SIZE(type) of them)
 * follow the type object at its metatype's tp_basicsize, as _PyHeapType_GET_MEMBERS reads
 * them; the member descriptors in the type's dict point at those entries. */
#include <stddef.h>
#include "internal.h"
#include <structmember.h>

/* ---- field descriptors ---- */

typedef struct {
    PyObject_HEAD
    const CSR_FieldDesc *field;
    PyTypeObject *owner;                /* borrowed: the class keeps its descriptors */
    PyObject *name;
    PyObject *dflt;                     /* CSR_FIELD_DEFAULT: the class default, else NULL */
} FieldDescr;

/* Member types of primitive slots by width: only their size matters, and only so that the
 * GC, dealloc and __class__ assignment never read them as pointers. */
static const int PRIM_MEMBER_TYPES[9] = {[1] = T_UBYTE, [2] = T_USHORT, [4] = T_UINT, [8] = T_LONGLONG};

static int is_object_kind(int64_t kind)
{
    return kind == CSR_TYPED_OBJECT;
}

static PyObject *field_get(PyObject *self, PyObject *obj, PyObject *type)
{
    FieldDescr *d = (FieldDescr *)self;
    if (obj == NULL || obj == Py_None)
        return Py_NewRef(d->dflt != NULL ? d->dflt : self);
    if (!PyObject_TypeCheck(obj, d->owner)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     d->name, d->owner->tp_name, Py_TYPE(obj)->tp_name);
        return NULL;
    }
    char *addr = (char *)obj + d->field->offset;
    if (is_object_kind(d->field->kind)) {
        PyObject *v = *(PyObject **)addr;
        if (v == NULL)
            v = d->dflt;
        if (v == NULL)
            return CSR_Raise_AttributeError(obj, d->field->name);
        return Py_NewRef(v);
    }
    return CSR_Prim_Box(d->field->kind, addr);
}

static PyTypeObject *checked_type(const CSR_FieldDesc *f)
{
    if (f->pytype != NULL)
        return f->pytype;
    if (f->generic != NULL)
        return (PyTypeObject *)CSR_Generic_Resolve(f->generic);
    return f->cls != NULL ? (PyTypeObject *)f->cls->type : NULL;
}

static int field_set(PyObject *self, PyObject *obj, PyObject *value)
{
    FieldDescr *d = (FieldDescr *)self;
    const CSR_FieldDesc *f = d->field;
    if (!PyObject_TypeCheck(obj, d->owner)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     d->name, d->owner->tp_name, Py_TYPE(obj)->tp_name);
        return -1;
    }
    char *addr = (char *)obj + f->offset;
    if (!is_object_kind(f->kind)) {
        if (value == NULL) {
            PyErr_Format(PyExc_AttributeError, "cannot delete primitive attribute '%s'", f->name);
            return -1;
        }
        return CSR_Field_Unbox(f->kind, value, addr, f->name);
    }
    PyObject **slot = (PyObject **)addr;
    if (value == NULL) {
        if (*slot == NULL) {
            CSR_Raise_AttributeError(obj, f->name);
            return -1;
        }
        Py_CLEAR(*slot);
        return 0;
    }
    PyTypeObject *t = checked_type(f);
    if (t == NULL && PyErr_Occurred())
        return -1;
    if (t != NULL && !PyObject_TypeCheck(value, t) && !(f->optional && value == Py_None)) {
        PyErr_Format(PyExc_TypeError, "expected '%s', got '%s' for attribute '%s'", t->tp_name,
                     Py_TYPE(value)->tp_name, f->name);
        return -1;
    }
    Py_XSETREF(*slot, Py_NewRef(value));
    return 0;
}

static void field_dealloc(PyObject *self)
{
    Py_XDECREF(((FieldDescr *)self)->dflt);
    Py_XDECREF(((FieldDescr *)self)->name);
    PyObject_Free(self);
}

static PyObject *field_repr(PyObject *self)
{
    FieldDescr *d = (FieldDescr *)self;
    return PyUnicode_FromFormat("<field '%U' of '%s' objects>", d->name, d->owner->tp_name);
}

static PyType_Spec field_spec = {
    .name = "cinderc.field_descriptor",
    .basicsize = sizeof(FieldDescr),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .slots = (PyType_Slot[]){
        {Py_tp_descr_get, field_get},
        {Py_tp_descr_set, field_set},
        {Py_tp_dealloc, field_dealloc},
        {Py_tp_repr, field_repr},
        {0, NULL},
    },
};

static PyTypeObject *field_type;

static int set_descriptor(PyTypeObject *t, const CSR_FieldDesc *f, PyObject *dflt)
{
    FieldDescr *descr = PyObject_New(FieldDescr, field_type);
    if (descr == NULL)
        return -1;
    descr->field = f;
    descr->owner = t;
    descr->dflt = Py_XNewRef(dflt);
    descr->name = PyUnicode_FromString(f->name);
    int rc = descr->name == NULL ? -1 : PyDict_SetItem(t->tp_dict, descr->name, (PyObject *)descr);
    Py_DECREF(descr);
    return rc;
}

/* Replace the member descriptors of d's own fields, after checking their offsets, and give
 * inherited fields their new defaults. dflts[i]: field i's class default, or NULL. */
static int install_fields(PyTypeObject *t, CSR_ClassDesc *d, PyObject **dflts)
{
    if (field_type == NULL && (field_type = (PyTypeObject *)PyType_FromSpec(&field_spec)) == NULL)
        return -1;
    /* type() gave every slot a word; the compiler packs primitives at their natural width,
     * so its layout is never larger. No instance exists yet: the slots are moved to the
     * compiler's offsets, and the size (and a __weakref__ slot, last) follow. */
    if (d->basicsize > t->tp_basicsize || t->tp_base->tp_basicsize > d->basicsize) {
        PyErr_Format(PyExc_SystemError, "cinderc: class %s has basicsize %zd, the compiler expected %lld",
                     d->name, t->tp_basicsize, (long long)d->basicsize);
        return -1;
    }
    t->tp_basicsize = d->basicsize;
    if (d->flags & CSR_CLASS_WEAKREF)
        t->tp_weaklistoffset = d->basicsize - (Py_ssize_t)sizeof(PyObject *);
    /* The slot members follow the heap type object (pycore_object.h _PyHeapType_GET_MEMBERS). */
    PyMemberDef *members = (PyMemberDef *)((char *)t + Py_TYPE(t)->tp_basicsize);
    for (int64_t i = 0; i < d->nfields; i++) {
        const CSR_FieldDesc *f = &d->fields[i];
        if (!(f->flags & CSR_FIELD_INHERITED)) {
            PyMemberDef *m = NULL;
            for (Py_ssize_t k = 0; k < Py_SIZE(t); k++)
                if (strcmp(members[k].name, f->name) == 0)
                    m = &members[k];
            /* A field inside the base's layout would overlay the base's own slots. */
            if (m == NULL || f->offset < t->tp_base->tp_basicsize) {
                PyErr_Format(PyExc_SystemError, "cinderc: field %s.%s is not at offset %lld", d->name, f->name, (long long)f->offset);
                return -1;
            }
            m->offset = f->offset;
            if (!is_object_kind(f->kind))
                m->type = PRIM_MEMBER_TYPES[CSR_Prim_Size(f->kind)];
        }
        if (set_descriptor(t, f, dflts[i]) < 0)
            return -1;
    }
    PyType_Modified(t);
    return 0;
}

PyObject *CSR_Field_Default(PyObject *obj, const CSR_ClassDesc *owner, int64_t index)
{
    const CSR_FieldDesc *f = &owner->fields[index];
    PyObject *v = PyObject_GetAttrString(obj, f->name);
    if (v == NULL)
        return NULL;
    PyTypeObject *t = checked_type(f);
    if (t == NULL && PyErr_Occurred()) {
        Py_DECREF(v);
        return NULL;
    }
    if (t != NULL && !PyObject_TypeCheck(v, t) && !(f->optional && v == Py_None)) {
        PyErr_Format(PyExc_TypeError, "unexpected return type from %s.%s, expected %s, got %s",
                     Py_TYPE(obj)->tp_name, f->name, t->tp_name, Py_TYPE(v)->tp_name);
        Py_DECREF(v);
        return NULL;
    }
    return v;
}

/* ---- deallocation ----
 * Instances of a static class without __del__, __weakref__ or __dict__ (in it or a base) are
 * freed by clearing their object slots and nothing else: what CPython's subtype_dealloc
 * comes down to for them, without its general checks. A class made from such a class in
 * Python gets subtype_dealloc, which handles what it adds and then calls this one. */
static void plain_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Py_TRASHCAN_BEGIN(self, plain_dealloc)
    for (PyTypeObject *t = type; t != NULL && (t->tp_flags & Py_TPFLAGS_HEAPTYPE); t = t->tp_base) {
        /* The slot members follow the heap type object (as in install_fields). */
        PyMemberDef *m = (PyMemberDef *)((char *)t + Py_TYPE(t)->tp_basicsize);
        for (Py_ssize_t k = 0; k < Py_SIZE(t); k++)
            if (m[k].type == T_OBJECT_EX)
                Py_CLEAR(*(PyObject **)((char *)self + m[k].offset));
    }
    type->tp_free(self);
    /* The base is a heap type: subtype_dealloc of a subclass leaves the type's reference to
     * its base's dealloc, as here. */
    Py_DECREF(type);
    Py_TRASHCAN_END
}

/* The same for instances with no object slots: nothing to clear, no recursion to bound. */
static void primitive_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    type->tp_free(self);
    Py_DECREF(type);
}

static int has_object_slots(PyTypeObject *t)
{
    for (; t != NULL && (t->tp_flags & Py_TPFLAGS_HEAPTYPE); t = t->tp_base) {
        PyMemberDef *m = (PyMemberDef *)((char *)t + Py_TYPE(t)->tp_basicsize);
        for (Py_ssize_t k = 0; k < Py_SIZE(t); k++)
            if (m[k].type == T_OBJECT_EX)
                return 1;
    }
    return 0;
}

static int plain_instances(PyTypeObject *t)
{
    for (PyTypeObject *b = t; b != &PyBaseObject_Type; b = b->tp_base) {
        int ours = b == t || b->tp_dealloc == plain_dealloc || b->tp_dealloc == primitive_dealloc;
        if (!ours || b->tp_finalize != NULL || b->tp_del != NULL || b->tp_weaklistoffset != 0
            || b->tp_dictoffset != 0 || (b->tp_flags & Py_TPFLAGS_MANAGED_DICT))
            return 0;
    }
    return 1;
}

/* ---- final methods (static_python.md §4.4) ----
 * A static class with final methods (its __final_method_names__, inherited ones included)
 * gets an __init_subclass__ refusing subclasses whose own dict overrides one of them:
 * `'f' overrides a final method in the static base class`. It then chains to the next
 * __init_subclass__ after the class that installed it (m_self). */
static PyObject *final_init_subclass(PyObject *owner, PyObject *args, PyObject *kwargs)
{
    if (!PyTuple_Check(args) || PyTuple_GET_SIZE(args) != 1 || !PyType_Check(PyTuple_GET_ITEM(args, 0))) {
        PyErr_SetString(PyExc_TypeError, "__init_subclass__() takes no positional arguments");
        return NULL;
    }
    PyObject *cls = PyTuple_GET_ITEM(args, 0);
    PyObject *names = PyObject_GetAttrString(owner, "__final_method_names__");
    if (names == NULL)
        return NULL;
    PyObject *dict = ((PyTypeObject *)cls)->tp_dict;
    if (PyTuple_Check(names) && dict != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(names); i++) {
            PyObject *name = PyTuple_GET_ITEM(names, i);
            PyObject *found = PyDict_GetItemWithError(dict, name);
            if (found == NULL && PyErr_Occurred()) {
                Py_DECREF(names);
                return NULL;
            }
            if (found != NULL) {
                PyErr_Format(PyExc_TypeError, "'%U' overrides a final method in the static base class", name);
                Py_DECREF(names);
                return NULL;
            }
        }
    }
    Py_DECREF(names);
    PyObject *sup = PyObject_CallFunctionObjArgs((PyObject *)&PySuper_Type, owner, cls, NULL);
    if (sup == NULL)
        return NULL;
    PyObject *next = PyObject_GetAttrString(sup, "__init_subclass__");
    Py_DECREF(sup);
    if (next == NULL)
        return NULL;
    PyObject *empty = PyTuple_New(0);
    PyObject *r = empty == NULL ? NULL : PyObject_Call(next, empty, kwargs);
    Py_XDECREF(empty);
    Py_DECREF(next);
    return r;
}

static PyMethodDef final_init_subclass_def = {
    "__init_subclass__", (PyCFunction)(void (*)(void))final_init_subclass, METH_VARARGS | METH_KEYWORDS, NULL,
};

static int install_final_check(PyTypeObject *t, PyObject *ns)
{
    PyObject *names = PyDict_GetItemString(ns, "__final_method_names__");
    if (names == NULL || !PyTuple_Check(names) || PyTuple_GET_SIZE(names) == 0 ||
        PyDict_GetItemString(ns, "__init_subclass__") != NULL)
        return 0;
    PyObject *fn = PyCFunction_New(&final_init_subclass_def, (PyObject *)t);
    if (fn == NULL)
        return -1;
    PyObject *cm = PyClassMethod_New(fn);
    Py_DECREF(fn);
    if (cm == NULL)
        return -1;
    int rc = PyDict_SetItemString(t->tp_dict, "__init_subclass__", cm);
    Py_DECREF(cm);
    PyType_Modified(t);
    return rc;
}

static int append_name(PyObject *list, const char *s)
{
    PyObject *name = PyUnicode_FromString(s);
    int rc = name == NULL ? -1 : PyList_Append(list, name);
    Py_XDECREF(name);
    return rc;
}

/* __slots__: d's own fields (not the inherited ones it only gives a default), then
 * __dict__ and __weakref__ when d asks for them. */
static PyObject *slot_names(CSR_ClassDesc *d)
{
    PyObject *slots = PyList_New(0);
    for (int64_t i = 0; slots != NULL && i < d->nfields; i++) {
        if (!(d->fields[i].flags & CSR_FIELD_INHERITED) && append_name(slots, d->fields[i].name) < 0)
            Py_CLEAR(slots);
    }
    if (slots != NULL && (d->flags & CSR_CLASS_DICT) && append_name(slots, "__dict__") < 0)
        Py_CLEAR(slots);
    if (slots != NULL && (d->flags & CSR_CLASS_WEAKREF) && append_name(slots, "__weakref__") < 0)
        Py_CLEAR(slots);
    PyObject *tuple = slots == NULL ? NULL : PyList_AsTuple(slots);
    Py_XDECREF(slots);
    return tuple;
}

/* Class defaults leave the namespace (a class attribute next to a slot of its name is
 * refused) for the fields' descriptors: dflts[i] takes field i's, or NULL. */
static int take_defaults(CSR_ClassDesc *d, PyObject *ns, PyObject **dflts)
{
    for (int64_t i = 0; i < d->nfields; i++) {
        dflts[i] = NULL;
        if (!(d->fields[i].flags & CSR_FIELD_DEFAULT))
            continue;
        PyObject *name = PyUnicode_FromString(d->fields[i].name);
        if (name == NULL)
            return -1;
        PyObject *v = PyDict_GetItemWithError(ns, name);
        dflts[i] = Py_XNewRef(v);
        int rc = v == NULL ? (PyErr_Occurred() ? -1 : 0) : PyDict_DelItem(ns, name);
        Py_DECREF(name);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static PyObject *make_class(CSR_ClassDesc *d, PyObject *bases, PyObject *ns, PyObject **dflts)
{
    if (take_defaults(d, ns, dflts) < 0)
        return NULL;
    PyObject *slots = slot_names(d);
    if (slots == NULL)
        return NULL;
    int rc = PyDict_SetItemString(ns, "__slots__", slots);
    Py_DECREF(slots);
    if (rc < 0)
        return NULL;
    PyObject *name = PyUnicode_FromString(d->name);
    if (name == NULL)
        return NULL;
    PyObject *type = PyObject_CallFunctionObjArgs((PyObject *)&PyType_Type, name, bases, ns, NULL);
    Py_DECREF(name);
    if (type == NULL)
        return NULL;
    PyTypeObject *t = (PyTypeObject *)type;
    /* Published first: the vtable takes a method's native code only from classes whose
     * type it can see (f->cls->type), this one included. */
    PyObject *previous = d->type;
    d->type = Py_NewRef(type);
    if (install_fields(t, d, dflts) < 0 || install_final_check(t, ns) < 0 || CSR_VTable_Init(t, d) < 0) {
        Py_SETREF(d->type, previous);
        Py_DECREF(type);
        return NULL;
    }
    Py_XDECREF(previous);
    if (plain_instances(t))
        t->tp_dealloc = has_object_slots(t) ? plain_dealloc : primitive_dealloc;
    if (d->flags & CSR_CLASS_FINAL)
        t->tp_flags &= ~Py_TPFLAGS_BASETYPE;
    return type;
}

PyObject *CSR_Class_New(CSR_ClassDesc *d, PyObject *bases, PyObject *ns)
{
    PyObject **dflts = PyMem_Calloc(d->nfields + 1, sizeof(PyObject *));
    if (dflts == NULL)
        return PyErr_NoMemory();
    PyObject *type = make_class(d, bases, ns, dflts);
    for (int64_t i = 0; i < d->nfields; i++)
        Py_XDECREF(dflts[i]);
    PyMem_Free(dflts);
    return type;
}

PyObject *CSR_Class_Build(PyObject *name, PyObject *bases, PyObject *ns)
{
    PyTypeObject *meta = _PyType_CalculateMetaclass(&PyType_Type, bases);
    if (meta == NULL)
        return NULL;
    PyObject *prepare, *prepare_name = PyUnicode_InternFromString("__prepare__");
    if (prepare_name == NULL)
        return NULL;
    int found = _PyObject_LookupAttr((PyObject *)meta, prepare_name, &prepare);
    Py_DECREF(prepare_name);
    if (found < 0)
        return NULL;
    PyObject *namespace = NULL;
    if (prepare != NULL) {
        namespace = PyObject_CallFunctionObjArgs(prepare, name, bases, NULL);
        Py_DECREF(prepare);
        if (namespace == NULL)
            return NULL;
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(ns, &pos, &k, &v)) {
            if (PyObject_SetItem(namespace, k, v) < 0) {
                Py_DECREF(namespace);
                return NULL;
            }
        }
    } else {
        namespace = Py_NewRef(ns);
    }
    PyObject *cls = PyObject_CallFunctionObjArgs((PyObject *)meta, name, bases, namespace, NULL);
    Py_DECREF(namespace);
    return cls;
}

PyObject *CSR_Class_LoadName(PyObject *ns, PyObject *globals, PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(ns, name);
    if (v != NULL)
        return Py_NewRef(v);
    if (PyErr_Occurred())
        return NULL;
    return CSR_Global_Load(globals, name);
}

void CSR_Class_Bind(CSR_ClassDesc *d, PyObject *cls)
{
    Py_XSETREF(d->type, Py_NewRef(cls));
}

PyObject *CSR_Object_New(CSR_ClassDesc *d)
{
    if (d->type == NULL)
        return CSR_Raise_NameError(d->name);
    PyTypeObject *t = (PyTypeObject *)d->type;
    return t->tp_alloc(t, 0);
}

PyObject *CSR_Raise_AttributeError(PyObject *obj, const char *name)
{
    PyErr_Format(PyExc_AttributeError, "'%.200s' object has no attribute '%s'", Py_TYPE(obj)->tp_name, name);
    return NULL;
}
