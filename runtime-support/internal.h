/* Helpers shared between the runtime-support C files; not part of the compiler's ABI
 * (compiled code never calls these, so compiler/runtime.ts does not list them). */
#ifndef CINDERC_INTERNAL_H
#define CINDERC_INTERNAL_H

#include "cinderc.h"

/* consts.c: fill d->consts[i] from d->const_descs[i] for every cell still NULL (so a failed
 * attempt can be retried) and make each constant immortal. 0, or -1 with an exception set. */
int CSR_Consts_Materialize(CSR_ModuleDesc *d);

/* globals.c: the builtins namespace code running with `globals` sees, chosen as CPython
 * does for a new frame: globals["__builtins__"] (a module stands for its dict), else the
 * current builtins. Borrowed; NULL only with an exception set. */
PyObject *CSR_Builtins_Of(PyObject *globals);

#endif
