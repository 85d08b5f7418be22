/* vtables of static classes (cinderc.h explains the contract with compiled code).
 *
 * A vtable is rebuilt whenever compiled code finds it stale, so it needs no notification
 * when a class changes: CPython resets tp_version_tag on every modification of the type or
 * its bases, and a rebuilt vtable records the new tag. Entry i is native code only when
 * type(self).<slot i's name> is the compiled method that fills slot i (defined in a static
 * class that `t` derives from); anything else (an override in a dynamic subclass, a
 * function assigned to the class) is reached through the slot's thunk, which looks the
 * method up by name and calls it as Python would.
 *
 * CPython 3.11 internals relied on: tp_cache is unused by CPython (type_dealloc releases it,
 * so it may own a PyObject); tp_version_tag and Py_TPFLAGS_VALID_VERSION_TAG are reset by
 * PyType_Modified, and _PyType_Lookup assigns a fresh tag for interned names. */
#include <stddef.h>
#include "cinderc.h"

static PyType_Spec vtable_spec = {
    .name = "cinderc.vtable",
    .basicsize = offsetof(CSR_VTable, entries),
    .itemsize = sizeof(void *),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    .slots = (PyType_Slot[]){{0, NULL}},
};

static PyTypeObject *vtable_type;

static int is_vtable(PyObject *o)
{
    return o != NULL && vtable_type != NULL && Py_IS_TYPE(o, vtable_type);
}

/* The static class whose layout t's vtable follows: the nearest static class in t's MRO
 * (a static class's own tp_cache names it even when stale). */
static CSR_ClassDesc *layout_of(PyTypeObject *t)
{
    PyObject *mro = t->tp_mro;
    for (Py_ssize_t i = 0; mro != NULL && i < PyTuple_GET_SIZE(mro); i++) {
        PyTypeObject *base = (PyTypeObject *)PyTuple_GET_ITEM(mro, i);
        PyObject *vt = base->tp_cache;
        if (is_vtable(vt) && ((CSR_VTable *)vt)->cls->type == (PyObject *)base)
            return ((CSR_VTable *)vt)->cls;
    }
    return NULL;
}

/* Fill and install t's vtable following d's layout. */
static CSR_VTable *build(PyTypeObject *t, CSR_ClassDesc *d)
{
    if (vtable_type == NULL && (vtable_type = (PyTypeObject *)PyType_FromSpec(&vtable_spec)) == NULL)
        return NULL;
    CSR_VTable *vt = PyObject_NewVar(CSR_VTable, vtable_type, d->nslots);
    if (vt == NULL)
        return NULL;
    vt->cls = d;
    vt->version = UINT64_MAX;
    for (int64_t i = 0; i < d->nslots; i++) {
        PyObject *name = PyUnicode_InternFromString(d->vslots[i].name);
        if (name == NULL) {
            Py_DECREF(vt);
            return NULL;
        }
        PyObject *found = _PyType_Lookup(t, name);  /* borrowed; assigns a version tag */
        Py_DECREF(name);
        CSR_FunctionDesc *f = found ? CSR_Function_Desc(found) : NULL;
        int native = f != NULL && f->vslot == i && f->cls != NULL && f->cls->type != NULL &&
                     PyType_IsSubtype(t, (PyTypeObject *)f->cls->type);
        vt->entries[i] = native ? f->native : d->vslots[i].thunk;
    }
    if (d->nslots == 0) {
        PyObject *name = PyUnicode_InternFromString("__init__");
        if (name != NULL) {
            (void)_PyType_Lookup(t, name);
            Py_DECREF(name);
        }
    }
    if (PyType_HasFeature(t, Py_TPFLAGS_VALID_VERSION_TAG))
        vt->version = t->tp_version_tag;
    Py_XSETREF(t->tp_cache, (PyObject *)vt);
    return vt;
}

CSR_VTable *CSR_VTable_Get(PyTypeObject *t)
{
    PyObject *cur = t->tp_cache;
    if (is_vtable(cur) && PyType_HasFeature(t, Py_TPFLAGS_VALID_VERSION_TAG) &&
        ((CSR_VTable *)cur)->version == t->tp_version_tag)
        return (CSR_VTable *)cur;
    CSR_ClassDesc *d = layout_of(t);
    if (d == NULL) {
        PyErr_Format(PyExc_SystemError, "cinderc: type '%.200s' has no static base class", t->tp_name);
        return NULL;
    }
    return build(t, d);
}

/* class.c: the first vtable of a static class (its tp_cache does not name it yet). */
int CSR_VTable_Init(PyTypeObject *t, CSR_ClassDesc *d)
{
    return build(t, d) == NULL ? -1 : 0;
}
