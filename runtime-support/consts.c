/* Module constants: the compiler emits one CSR_ConstDesc per constant in .rodata and a
 * zeroed cell array; this file turns each descriptor into an object the first time the
 * module is executed, and makes it immortal so compiled code never counts references to it.
 *
 * CPython 3.11 internals relied on: none beyond CSR_Object_Immortalize (immortal.c). Interning
 * may hand back a string CPython already owns (say "__name__"); making that one immortal is
 * harmless, it only means it is never freed. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

/* An int constant is its decimal text, not NUL-terminated in .rodata. */
static PyObject *int_from_text(const char *text, int64_t len)
{
    char *buf = PyMem_Malloc((size_t)len + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    memcpy(buf, text, (size_t)len);
    buf[len] = '\0';
    /* Like CPython's own compiler: machine-sized literals go through strtoll (3.11's
     * PyLong_FromString reads an unset digit while normalising "0", which valgrind flags). */
    char *end;
    errno = 0;
    long long small = strtoll(buf, &end, 10);
    PyObject *v = errno == 0 && *end == '\0' ? PyLong_FromLongLong(small) : PyLong_FromString(buf, NULL, 10);
    PyMem_Free(buf);
    return v;
}

static PyObject *tuple_from_indices(CSR_ModuleDesc *d, int64_t self, const int64_t *items,
                                    int64_t len)
{
    PyObject *t = PyTuple_New(len);
    if (t == NULL)
        return NULL;
    for (int64_t k = 0; k < len; k++) {
        int64_t i = items[k];
        /* Tuples may only refer to constants materialised before them. */
        if (i < 0 || i >= self || d->consts[i] == NULL) {
            Py_DECREF(t);
            PyErr_Format(PyExc_SystemError, "%s: constant %lld refers to constant %lld",
                         d->name, (long long)self, (long long)i);
            return NULL;
        }
        Py_INCREF(d->consts[i]);
        PyTuple_SET_ITEM(t, k, d->consts[i]);
    }
    return t;
}

static PyObject *materialize_one(CSR_ModuleDesc *d, int64_t i)
{
    const CSR_ConstDesc *c = &d->const_descs[i];
    switch (c->kind) {
    case CSR_CONST_STR: {
        /* surrogatepass: Python string literals may hold lone surrogates. */
        PyObject *s = PyUnicode_DecodeUTF8(c->data, c->len, "surrogatepass");
        if (s != NULL)
            PyUnicode_InternInPlace(&s);
        return s;
    }
    case CSR_CONST_INT:
        return int_from_text(c->data, c->len);
    case CSR_CONST_FLOAT: {
        double v;
        memcpy(&v, c->data, sizeof v);
        return PyFloat_FromDouble(v);
    }
    case CSR_CONST_TUPLE:
        return tuple_from_indices(d, i, c->data, c->len);
    case CSR_CONST_BYTES:
        return PyBytes_FromStringAndSize(c->data, c->len);
    }
    PyErr_Format(PyExc_SystemError, "%s: constant %lld has unknown kind %lld", d->name,
                 (long long)i, (long long)c->kind);
    return NULL;
}

int CSR_Consts_Materialize(CSR_ModuleDesc *d)
{
    for (int64_t i = 0; i < d->nconsts; i++) {
        if (d->consts[i] != NULL)
            continue;
        PyObject *v = materialize_one(d, i);
        if (v == NULL)
            return -1;
        CSR_Object_Immortalize(v);
        d->consts[i] = v;
    }
    return 0;
}
