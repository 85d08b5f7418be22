/* __static__.rand() in compiled code: C's rand() (unseeded, so a program's sequence is the
 * same on every run), 0..RAND_MAX, which glibc makes 2**31 - 1 as the compiler folds it. */
#include <stdlib.h>
#include "cinderc.h"

_Static_assert(RAND_MAX == 2147483647, "the compiler folds RAND_MAX as 2**31 - 1");

int64_t CSR_Rand(void)
{
    return rand();
}
