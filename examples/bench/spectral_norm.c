/* spectral norm in C: the arithmetic of spectral_norm_untyped.py, for the gcc -O2 limit.
   BENCH_SIZE=small (or argv[1]) shrinks the run. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void times_a(long n, const double *v, double *out) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) s += eval_a(i, j) * v[j];
    out[i] = s;
  }
}

static void times_at(long n, const double *v, double *out) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) s += eval_a(j, i) * v[j];
    out[i] = s;
  }
}

static void times_ata(long n, const double *v, double *out, double *tmp) {
  times_a(n, v, tmp);
  times_at(n, tmp, out);
}

int main(int argc, char **argv) {
  const char *size = getenv("BENCH_SIZE");
  if (argc > 1) size = argv[1];
  long n = (size && strcmp(size, "small") == 0) ? 30 : 500;
  double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
  for (long i = 0; i < n; i++) { u[i] = 1.0; v[i] = 0.0; }
  for (int k = 0; k < 10; k++) {
    times_ata(n, u, v, tmp);
    times_ata(n, v, u, tmp);
  }
  double vbv = 0.0, vv = 0.0;
  for (long i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
  printf("spectral norm: %.9f\n", sqrt(vbv / vv));
  free(u); free(v); free(tmp);
  return 0;
}
