/* @native functions: C functions in shared libraries, called directly by static code. The
 * compiled native entry asks for the function's address on every call; the first call loads
 * the library and looks the symbol up, later ones read the cached address. Failures raise
 * RuntimeError worded as Cinder's classloader words them.
 *
 * CPython 3.11 internals relied on: none. */
#include "cinderc.h"

#include <dlfcn.h>

void *CSR_Native_Resolve(CSR_NativeDesc *d)
{
    if (d->fn)
        return d->fn;
    /* RTLD_LOCAL: the library's symbols stay out of the global namespace, as in Cinder. */
    void *handle = dlopen(d->lib, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        PyErr_Format(PyExc_RuntimeError, "classloader: Could not load library '%s': %s", d->lib, dlerror());
        return NULL;
    }
    void *fn = dlsym(handle, d->name);
    if (!fn) {
        PyErr_Format(PyExc_RuntimeError, "classloader: unable to lookup '%s' in '%s': %s", d->name, d->lib, dlerror());
        return NULL;
    }
    d->fn = fn;
    return fn;
}

PyObject *CSR_Native_CalledDynamically(CSR_NativeDesc *d)
{
    PyErr_Format(PyExc_RuntimeError, "native callable '%s' can only be called from static modules", d->name);
    return NULL;
}
