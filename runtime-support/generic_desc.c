/* Checked container types as compiled code names them (CSR_GenericDesc, cinderc.h): the
 * compiler describes chkdict[str, foo.C] by its arguments; the type object is made by the
 * same path as CheckedDict[str, C] in Python (CSR_CheckedDict_Type), once, on first use. */
#include "cinderc.h"

/* One type argument as the generic definitions take it: a type, or T | None. New ref. */
static PyObject *param_object(const CSR_GenericParam *p)
{
    PyObject *t;
    if (p->pytype != NULL) {
        t = Py_NewRef((PyObject *)p->pytype);
    } else if (p->cls != NULL) {
        if (p->cls->type == NULL)
            return PyErr_Format(PyExc_NameError, "name '%s' is not defined", p->cls->name);
        t = Py_NewRef(p->cls->type);
    } else if (p->generic != NULL) {
        t = Py_XNewRef(CSR_Generic_Resolve(p->generic));
    } else {
        return PyErr_Format(PyExc_SystemError, "malformed checked container descriptor");
    }
    if (t == NULL || !p->optional)
        return t;
    PyObject *u = PyNumber_Or(t, Py_None);
    Py_DECREF(t);
    return u;
}

PyObject *CSR_Generic_Resolve(CSR_GenericDesc *d)
{
    if (d->type != NULL)
        return d->type;
    if (d->def == CSR_GENERIC_ARRAY)
        return d->type = CSR_Array_Type(d->params[0].code);
    if (d->def == CSR_GENERIC_VECTOR)
        return d->type = CSR_Vector_Type(d->params[0].code);
    PyObject *args[2] = {NULL, NULL};
    PyObject *type = NULL;
    int64_t i;
    for (i = 0; i < d->nparams; i++) {
        args[i] = param_object(&d->params[i]);
        if (args[i] == NULL)
            goto done;
    }
    type = d->def == CSR_GENERIC_CHKDICT ? CSR_CheckedDict_Type(args[0], args[1]) : CSR_CheckedList_Type(args[0]);
done:
    for (int64_t k = 0; k < i && k < 2; k++)
        Py_XDECREF(args[k]);
    return d->type = type;
}

int CSR_Args_CheckGeneric(PyObject *v, CSR_GenericDesc *d, const CSR_FunctionDesc *f, int64_t index)
{
    PyObject *t = CSR_Generic_Resolve(d);
    return t == NULL ? -1 : CSR_Args_Check(v, (PyTypeObject *)t, f, index);
}

int CSR_Cast_CheckGeneric(PyObject *v, CSR_GenericDesc *d)
{
    PyObject *t = CSR_Generic_Resolve(d);
    return t == NULL ? -1 : CSR_Cast_Check(v, (PyTypeObject *)t);
}
