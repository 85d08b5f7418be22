/* Compiled modules: PyInit_<name> for imported modules (multi-phase init, PEP 489) and the
 * start of the program's main module in the existing __main__ module.
 *
 *   PyObject *PyInit_m(void) { return CSR_Module_Init(&m_desc); }   (emitted by the compiler)
 *
 * The exec slot is shared by every compiled module; it finds its CSR_ModuleDesc from the
 * PyModuleDef embedded in it (container_of). Executing a module: materialise its constants,
 * publish its globals dict in the descriptor (compiled code reads d->globals), set __file__
 * and __builtins__, then run the compiled body.
 *
 * CPython 3.11 internals relied on: none; PyModuleDef's layout (104 bytes, documented in
 * cpython311.md §6) is public. */
#include <stddef.h>
#include "internal.h"

static int module_exec(PyObject *module);

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, module_exec},
    {0, NULL},
};

/* Runs d's body with `module` as the module being executed. */
static int module_run(CSR_ModuleDesc *d, PyObject *module)
{
    if (CSR_Consts_Materialize(d) < 0)
        return -1;
    PyObject *dict = PyModule_GetDict(module);
    if (dict == NULL)
        return -1;
    PyObject *file = PyUnicode_DecodeFSDefault(d->filename);
    if (file == NULL)
        return -1;
    int rc = PyDict_SetItemString(dict, "__file__", file);
    Py_DECREF(file);
    if (rc < 0)
        return -1;
    /* What exec() does for Python modules: global lookups and traceback frames of this
     * module then see the same builtins as Python code would. */
    PyObject *key = PyUnicode_InternFromString("__builtins__");
    if (key == NULL)
        return -1;
    rc = PyDict_Contains(dict, key);
    if (rc == 0)
        rc = PyDict_SetItem(dict, key, PyEval_GetBuiltins());
    Py_DECREF(key);
    if (rc < 0)
        return -1;
    /* The descriptor keeps its own reference. A previous dict (the module was executed
     * before, e.g. re-imported) is deliberately kept alive: compiled code that is still
     * running may hold it. */
    Py_INCREF(dict);
    d->globals = dict;
    PyObject *result = d->body(module);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

static int module_exec(PyObject *module)
{
    PyModuleDef *def = PyModule_GetDef(module);
    if (def == NULL)
        return -1;
    CSR_ModuleDesc *d = (CSR_ModuleDesc *)((char *)def - offsetof(CSR_ModuleDesc, def));
    return module_run(d, module);
}

PyObject *CSR_Module_Init(CSR_ModuleDesc *d)
{
    PyModuleDef *def = &d->def;
    if (def->m_name == NULL) {
        /* The compiler emits the def zeroed; fill in what PyModuleDef_HEAD_INIT and a
         * static initialiser would have. The def object itself must never be freed. */
        CSR_Object_Immortalize((PyObject *)def);
        def->m_name = d->name;
        def->m_size = 0;
        def->m_slots = module_slots;
    }
    return PyModuleDef_Init(def);
}

int CSR_Module_RunMain(CSR_ModuleDesc *d)
{
    PyObject *main = PyImport_AddModule("__main__"); /* borrowed */
    if (main == NULL)
        return -1;
    return module_run(d, main);
}
