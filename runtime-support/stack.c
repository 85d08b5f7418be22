/* The native stack guard. Static-to-static calls are plain machine calls that CPython's
 * recursion counter never sees, so unbounded recursion would run off the end of the stack.
 * Compiled functions that make native calls compare rsp with CSR_Stack_Limit at entry and
 * raise RecursionError below it. The limit leaves headroom for libpython's own frames
 * (raising, building the traceback) under the deepest compiled frame.
 *
 * CPython 3.11 internals relied on: none. */
#define _GNU_SOURCE
#include "cinderc.h"
#include <pthread.h>
#include <sys/resource.h>

#define CSR_STACK_HEADROOM ((uintptr_t)256 * 1024)

__thread uintptr_t CSR_Stack_Limit __attribute__((tls_model("initial-exec")));

void CSR_Stack_Init(void)
{
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return;
    int ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok || size <= 2 * CSR_STACK_HEADROOM)
        return;
    /* For the main thread glibc reports the RLIMIT_STACK-sized region the stack may grow
     * into; its low end is where growth stops. */
    CSR_Stack_Limit = (uintptr_t)addr + CSR_STACK_HEADROOM;
}
