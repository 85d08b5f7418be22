/* fannkuch-redux in C: the algorithm of fannkuch_untyped.py, for the gcc -O2 limit.
   BENCH_SIZE=small (or argv[1]) shrinks the run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fannkuch(int n) {
  int perm1[16], perm[16], count[16];
  for (int i = 0; i < n; i++) { perm1[i] = i; perm[i] = 0; count[i] = 0; }
  long max_flips = 0, checksum = 0, sign = 1;
  int r = n;
  for (;;) {
    while (r != 1) { count[r - 1] = r; r--; }
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    long flips = 0;
    int k = perm[0];
    while (k != 0) {
      for (int i = 0, j = k; i < j; i++, j--) { int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
      flips++;
      k = perm[0];
    }
    if (flips > max_flips) max_flips = flips;
    checksum += sign * flips;
    sign = -sign;
    for (;;) {
      if (r == n) {
        printf("checksum %ld max flips %ld\n", checksum, max_flips);
        return checksum;
      }
      int first = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      if (--count[r] > 0) break;
      r++;
    }
  }
}

int main(int argc, char **argv) {
  const char *size = getenv("BENCH_SIZE");
  if (argc > 1) size = argv[1];
  int small = size && strcmp(size, "small") == 0;
  int n = small ? 7 : 9, reps = small ? 1 : 4;
  long total = 0;
  for (int rep = 0; rep < reps; rep++) total += fannkuch(n);
  printf("total %ld\n", total);
  return 0;
}
