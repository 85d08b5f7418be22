/* Module globals: LOAD_GLOBAL for compiled code. The lookup order is CPython's: the module's
 * globals, then the builtins the module's frames would see, then NameError worded as
 * CPython 3.11 words it, with the exception's `name` attribute set so that the traceback
 * printer can offer "Did you mean" suggestions.
 *
 * Each load site has a cache (CSR_GlobalCache): the value found, with the version tags of
 * the dicts it was looked up in. While neither dict changed, the value is still the one a
 * lookup would find, and still referenced by its dict (as CPython 3.11's LOAD_GLOBAL
 * specialisation reasons).
 *
 * CPython 3.11 internals relied on: PyDictObject.ma_version_tag (globally unique, changed by
 * every modification of the dict). */
#include "internal.h"

static PyObject *builtins_key; /* interned "__builtins__" */

PyObject *CSR_Builtins_Of(PyObject *globals)
{
    if (builtins_key == NULL) {
        builtins_key = PyUnicode_InternFromString("__builtins__");
        if (builtins_key == NULL)
            return NULL;
    }
    PyObject *b = PyDict_GetItemWithError(globals, builtins_key);
    if (b == NULL) {
        if (PyErr_Occurred())
            return NULL;
        return PyEval_GetBuiltins();
    }
    if (PyModule_Check(b))
        return PyModule_GetDict(b);
    return b;
}

static PyObject *raise_name_error(PyObject *name)
{
    PyObject *msg = PyUnicode_FromFormat("name '%U' is not defined", name);
    if (msg == NULL)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(PyExc_NameError, msg);
    Py_DECREF(msg);
    if (exc == NULL)
        return NULL;
    if (PyObject_SetAttrString(exc, "name", name) == 0)
        PyErr_SetObject(PyExc_NameError, exc);
    Py_DECREF(exc);
    return NULL;
}

/* What `name` is for code with these globals (a new reference): the globals' value, else the
 * builtins'; NameError when neither has it. `*holder`: the exact dict it was found in
 * (globals or the builtins dict), or NULL when another mapping gave it. */
static PyObject *lookup(PyObject *globals, PyObject *name, PyObject **holder)
{
    *holder = NULL;
    PyObject *v = PyDict_GetItemWithError(globals, name);
    if (v != NULL) {
        *holder = globals;
        return Py_NewRef(v);
    }
    if (PyErr_Occurred())
        return NULL;

    PyObject *builtins = CSR_Builtins_Of(globals);
    if (builtins == NULL)
        return NULL;
    if (PyDict_Check(builtins)) {
        v = PyDict_GetItemWithError(builtins, name);
        if (v != NULL) {
            if (PyDict_CheckExact(builtins))
                *holder = builtins;
            return Py_NewRef(v);
        }
        if (PyErr_Occurred())
            return NULL;
    }
    else {
        v = PyObject_GetItem(builtins, name);
        if (v != NULL)
            return v;
        if (!PyErr_ExceptionMatches(PyExc_KeyError))
            return NULL;
        PyErr_Clear();
    }
    return raise_name_error(name);
}

PyObject *CSR_Global_Load(PyObject *globals, PyObject *name)
{
    PyObject *holder;
    return lookup(globals, name, &holder);
}

PyObject *CSR_Global_LoadCached(PyObject *globals, PyObject *name, CSR_GlobalCache *c)
{
    uint64_t gver = ((PyDictObject *)globals)->ma_version_tag;
    if (c->value != NULL && c->globals_version == gver
        && (c->builtins == NULL || ((PyDictObject *)c->builtins)->ma_version_tag == c->builtins_version))
        return Py_NewRef(c->value);
    c->value = NULL;
    PyObject *holder;
    PyObject *v = lookup(globals, name, &holder);
    if (v == NULL || holder == NULL)
        return v;
    /* The builtins dict is referenced from globals (or is the interpreter's), which does not
     * change while the cache holds. */
    PyObject *builtins = holder == globals ? NULL : holder;
    *c = (CSR_GlobalCache){((PyDictObject *)globals)->ma_version_tag, builtins,
                           builtins == NULL ? 0 : ((PyDictObject *)builtins)->ma_version_tag, v};
    return v;
}

/* `del name` at module level (or after `global`): NameError when it is not bound. */
int CSR_Global_Delete(PyObject *globals, PyObject *name)
{
    if (PyDict_DelItem(globals, name) == 0)
        return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    }
    return -1;
}
