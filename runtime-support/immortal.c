/* Immortal objects: constants and the interpreter's singletons get a reference count so
 * large that no amount of libpython incref/decref traffic can bring it to zero, with bit 60
 * set so compiled code can skip refcount writes on them (cinderc.h, CSR_IMMORTAL_REFCNT).
 *
 * CPython 3.11 internals relied on: PyObject.ob_refcnt at offset 0, written directly; 3.11
 * has no immortality of its own. The cyclic GC copies counts into PyGC_Head shifted left by
 * two bits, which CSR_IMMORTAL_REFCNT (bits 59 and 60 only) survives. */
#include "cinderc.h"

void CSR_Object_Immortalize(PyObject *o)
{
    o->ob_refcnt = CSR_IMMORTAL_REFCNT;
}
