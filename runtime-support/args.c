/* The dynamic -> static boundary of a compiled function's boxed entry:
 *  - CSR_Args_Bind maps vectorcall arguments onto the parameters, raising CPython's own
 *    TypeErrors for arity and keyword problems, worded as CPython 3.11's function-call
 *    errors (with the qualified name: "C.__init__() missing 1 required ...");
 *  - CSR_Args_Check is Static Python's CHECK_ARGS for one parameter, CSR_Cast_Check its CAST.
 *
 * Parameters are positional-or-keyword (with trailing defaults, held by the function
 * object) followed by keyword-only ones (defaults in a dict). Checks happen in CPython's
 * order: keywords first (unexpected, then duplicate), then too many positionals, then
 * missing positional ones, then missing keyword-only ones.
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

/* "f() takes 2 positional arguments but 3 were given", or "from 1 to 2" with defaults;
 * keyword-only arguments passed alongside are counted as CPython counts them. */
static int raise_too_many_positional(const CSR_FunctionDesc *f, Py_ssize_t npositional,
                                     Py_ssize_t ndefaults, Py_ssize_t given, PyObject **out)
{
    Py_ssize_t kwonly_given = 0;
    for (Py_ssize_t i = npositional; i < f->nparams; i++)
        kwonly_given += out[i] != NULL;
    PyObject *takes = ndefaults > 0
        ? PyUnicode_FromFormat("from %zd to %zd positional arguments", npositional - ndefaults, npositional)
        : PyUnicode_FromFormat("%zd positional argument%s", npositional, npositional == 1 ? "" : "s");
    if (takes == NULL)
        return -1;
    if (kwonly_given)
        PyErr_Format(PyExc_TypeError,
                     "%s() takes %U but %zd positional argument%s (and %zd keyword-only argument%s) were given",
                     f->qualname, takes, given, given == 1 ? "" : "s", kwonly_given,
                     kwonly_given == 1 ? "" : "s");
    else
        PyErr_Format(PyExc_TypeError, "%s() takes %U but %zd %s given", f->qualname, takes,
                     given, given == 1 ? "was" : "were");
    Py_DECREF(takes);
    return -1;
}

/* "f() missing 3 required positional arguments: 'x', 'y', and 'z'" (or keyword-only ones,
 * for parameters [from, to)). */
static int raise_missing(const CSR_FunctionDesc *f, PyObject **out, Py_ssize_t from, Py_ssize_t to,
                         const char *kind)
{
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = from; i < to; i++)
        missing += out[i] == NULL;
    PyObject *names = PyUnicode_FromString("");
    Py_ssize_t k = 0;
    for (Py_ssize_t i = from; names != NULL && i < to; i++) {
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
    PyErr_Format(PyExc_TypeError, "%s() missing %zd required %s argument%s: %U",
                 f->qualname, missing, kind, missing == 1 ? "" : "s", names);
    Py_DECREF(names);
    return -1;
}

int CSR_Args_Bind(const CSR_FunctionDesc *f, PyObject *self, PyObject *const *args,
                  Py_ssize_t nargsf, PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t nparams = f->nparams;
    Py_ssize_t npositional = nparams - f->nkwonly;
    for (Py_ssize_t i = 0; i < nparams; i++)
        out[i] = i < nargs && i < npositional ? args[i] : NULL;

    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        if (!PyUnicode_Check(key)) {
            PyErr_Format(PyExc_TypeError, "%s() keywords must be strings", f->qualname);
            return -1;
        }
        Py_ssize_t j = find_param(f, key);
        if (j < 0) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%S'",
                         f->qualname, key);
            return -1;
        }
        if (out[j] != NULL) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%S'",
                         f->qualname, key);
            return -1;
        }
        out[j] = args[nargs + k];
    }

    PyObject *defaults = self ? CSR_Function_Defaults(self) : NULL;
    PyObject *kwdefaults = self ? CSR_Function_KwDefaults(self) : NULL;
    Py_ssize_t ndefaults = defaults ? PyTuple_GET_SIZE(defaults) : 0;
    if (nargs > npositional)
        return raise_too_many_positional(f, npositional, ndefaults, nargs, out);
    /* Defaults fill the trailing positional parameters, then keyword-only ones by name. */
    for (Py_ssize_t i = npositional - ndefaults; i < npositional; i++)
        if (out[i] == NULL)
            out[i] = PyTuple_GET_ITEM(defaults, i - (npositional - ndefaults));
    for (Py_ssize_t i = nargs; i < npositional; i++)
        if (out[i] == NULL)
            return raise_missing(f, out, nargs, npositional, "positional");
    for (Py_ssize_t i = npositional; i < nparams; i++) {
        if (out[i] == NULL && kwdefaults != NULL)
            out[i] = PyDict_GetItemString(kwdefaults, f->param_names[i]);
    }
    for (Py_ssize_t i = npositional; i < nparams; i++)
        if (out[i] == NULL)
            return raise_missing(f, out, npositional, nparams, "keyword-only");
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

/* The same checks against a static class of a compiled module, which exists only once its
 * class statement has run (before that, nothing can be an instance of it). */
int CSR_Args_CheckClass(PyObject *v, const CSR_ClassDesc *c, const CSR_FunctionDesc *f, int64_t index)
{
    if (c->type != NULL)
        return CSR_Args_Check(v, (PyTypeObject *)c->type, f, index);
    PyErr_Format(PyExc_TypeError, "%s expected '%s' for argument %s, got '%s'",
                 f->def.ml_name, c->name, f->param_names[index], Py_TYPE(v)->tp_name);
    return -1;
}

int CSR_Cast_CheckClass(PyObject *v, const CSR_ClassDesc *c)
{
    if (c->type != NULL)
        return CSR_Cast_Check(v, (PyTypeObject *)c->type);
    PyErr_Format(PyExc_TypeError, "expected '%s', got '%s'", c->name, Py_TYPE(v)->tp_name);
    return -1;
}
