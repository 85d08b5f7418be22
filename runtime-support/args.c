/* The dynamic -> static boundary of a compiled function's boxed entry:
 *  - CSR_Args_Bind maps vectorcall arguments onto the parameters, raising CPython's own
 *    TypeErrors for arity and keyword problems (worded as CPython 3.11's function-call
 *    errors, but with the bare function name where 3.11 prints the qualified name);
 *  - CSR_Args_Check is Static Python's CHECK_ARGS for one parameter, CSR_Cast_Check its CAST.
 *
 * Parameters are positional-or-keyword with no defaults (CSR_FunctionDesc has none yet),
 * which is the case the messages below cover. Checks happen in CPython's order: keywords
 * first (unexpected, then duplicate), then too many positionals, then missing ones.
 *
 * CPython 3.11 internals relied on: none. */
#include <string.h>
#include "cinderc.h"

/* Index of the parameter called `key`, or -1. */
static Py_ssize_t find_param(const CSR_FunctionDesc *f, PyObject *key)
{
    Py_ssize_t len;
    const char *utf8 = PyUnicode_AsUTF8AndSize(key, &len);
    if (utf8 == NULL) {
        /* Not encodable (a lone surrogate): cannot be the name of a parameter. */
        PyErr_Clear();
        return -1;
    }
    for (Py_ssize_t j = 0; j < f->nparams; j++) {
        const char *name = f->param_names[j];
        if ((Py_ssize_t)strlen(name) == len && memcmp(name, utf8, (size_t)len) == 0)
            return j;
    }
    return -1;
}

static int raise_too_many_positional(const CSR_FunctionDesc *f, Py_ssize_t given)
{
    Py_ssize_t takes = f->nparams;
    PyErr_Format(PyExc_TypeError, "%s() takes %zd positional argument%s but %zd %s given",
                 f->def.ml_name, takes, takes == 1 ? "" : "s", given,
                 given == 1 ? "was" : "were");
    return -1;
}

/* "f() missing 3 required positional arguments: 'x', 'y', and 'z'" */
static int raise_missing(const CSR_FunctionDesc *f, PyObject **out, Py_ssize_t missing)
{
    PyObject *names = PyUnicode_FromString("");
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; names != NULL && i < f->nparams; i++) {
        if (out[i] != NULL)
            continue;
        const char *sep = k == 0 ? ""
                          : missing == 2 ? " and "
                          : k == missing - 1 ? ", and "
                          : ", ";
        /* CPython prints repr(name); for an identifier that is the name in quotes. */
        Py_SETREF(names, PyUnicode_FromFormat("%U%s'%s'", names, sep, f->param_names[i]));
        k++;
    }
    if (names == NULL)
        return -1;
    PyErr_Format(PyExc_TypeError, "%s() missing %zd required positional argument%s: %U",
                 f->def.ml_name, missing, missing == 1 ? "" : "s", names);
    Py_DECREF(names);
    return -1;
}

int CSR_Args_Bind(const CSR_FunctionDesc *f, PyObject *const *args, Py_ssize_t nargsf,
                  PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nparams = f->nparams;
    for (Py_ssize_t i = 0; i < nparams; i++)
        out[i] = i < nargs ? args[i] : NULL;

    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        if (!PyUnicode_Check(key)) {
            PyErr_Format(PyExc_TypeError, "%s() keywords must be strings", f->def.ml_name);
            return -1;
        }
        Py_ssize_t j = find_param(f, key);
        if (j < 0) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%S'",
                         f->def.ml_name, key);
            return -1;
        }
        if (out[j] != NULL) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%S'",
                         f->def.ml_name, key);
            return -1;
        }
        out[j] = args[nargs + k];
    }

    if (nargs > nparams)
        return raise_too_many_positional(f, nargs);
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = nargs; i < nparams; i++)
        missing += out[i] == NULL;
    if (missing)
        return raise_missing(f, out, missing);
    return 0;
}

int CSR_Args_Check(PyObject *v, PyTypeObject *t, const CSR_FunctionDesc *f, int64_t index)
{
    if (PyObject_TypeCheck(v, t))
        return 0;
    PyErr_Format(PyExc_TypeError, "%s expected '%s' for argument %s, got '%s'",
                 f->def.ml_name, t->tp_name, f->param_names[index], Py_TYPE(v)->tp_name);
    return -1;
}

int CSR_Cast_Check(PyObject *v, PyTypeObject *t)
{
    if (PyObject_TypeCheck(v, t))
        return 0;
    PyErr_Format(PyExc_TypeError, "expected '%s', got '%s'", t->tp_name, Py_TYPE(v)->tp_name);
    return -1;
}
