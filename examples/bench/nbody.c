/* n-body in C: the arithmetic of nbody_untyped.py in the same order, for the gcc -O2 limit.
   BENCH_SIZE=small (or argv[1]) shrinks the run. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 5

static double energy(const double *x, const double *y, const double *z, const double *vx,
                     const double *vy, const double *vz, const double *m) {
  double e = 0.0;
  for (int i = 0; i < N; i++) {
    e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
    for (int j = i + 1; j < N; j++) {
      double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
      e -= m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(double *x, double *y, double *z, double *vx, double *vy, double *vz,
                    const double *m, double dt, long steps) {
  for (long s = 0; s < steps; s++) {
    for (int i = 0; i < N; i++) {
      double xi = x[i], yi = y[i], zi = z[i];
      for (int j = i + 1; j < N; j++) {
        double dx = xi - x[j], dy = yi - y[j], dz = zi - z[j];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        double mj = m[j] * mag;
        vx[i] -= dx * mj; vy[i] -= dy * mj; vz[i] -= dz * mj;
        double mi = m[i] * mag;
        vx[j] += dx * mi; vy[j] += dy * mi; vz[j] += dz * mi;
      }
    }
    for (int i = 0; i < N; i++) {
      x[i] += dt * vx[i]; y[i] += dt * vy[i]; z[i] += dt * vz[i];
    }
  }
}

int main(int argc, char **argv) {
  const char *size = getenv("BENCH_SIZE");
  if (argc > 1) size = argv[1];
  long steps = (size && strcmp(size, "small") == 0) ? 1000 : 300000;
  const double pi = 3.141592653589793;
  const double solar_mass = 4.0 * pi * pi, days = 365.24;
  double x[N] = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01};
  double y[N] = {0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01};
  double z[N] = {0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01};
  double vx[N] = {0.0, 1.66007664274403694e-03 * days, -2.76742510726862411e-03 * days, 2.96460137564761618e-03 * days, 2.68067772490389322e-03 * days};
  double vy[N] = {0.0, 7.69901118419740425e-03 * days, 4.99852801234917238e-03 * days, 2.37847173959480950e-03 * days, 1.62824170038242295e-03 * days};
  double vz[N] = {0.0, -6.90460016972063023e-05 * days, 2.30417297573763929e-05 * days, -2.96589568540237556e-05 * days, -9.51592254519715870e-05 * days};
  double m[N] = {solar_mass, 9.54791938424326609e-04 * solar_mass, 2.85885980666130812e-04 * solar_mass, 4.36624404335156298e-05 * solar_mass, 5.15138902046611451e-05 * solar_mass};
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < N; i++) { px += vx[i] * m[i]; py += vy[i] * m[i]; pz += vz[i] * m[i]; }
  vx[0] = -px / solar_mass; vy[0] = -py / solar_mass; vz[0] = -pz / solar_mass;
  printf("energy before: %.9f\n", energy(x, y, z, vx, vy, vz, m));
  advance(x, y, z, vx, vy, vz, m, 0.01, steps);
  printf("energy after: %.9f\n", energy(x, y, z, vx, vy, vz, m));
  return 0;
}
