# n-body: five planets under gravity, positions and velocities in flat lists of floats.
# Prints the system's energy before and after; BENCH_SIZE=small (or argv[1]) shrinks the run.
import math
import os
import sys


def bench_size():
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def energy(xs, ys, zs, vxs, vys, vzs, ms):
    n = len(xs)
    e = 0.0
    for i in range(n):
        e += 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= ms[i] * ms[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(xs, ys, zs, vxs, vys, vzs, ms, dt, steps):
    n = len(xs)
    for _ in range(steps):
        for i in range(n):
            xi = xs[i]
            yi = ys[i]
            zi = zs[i]
            for j in range(i + 1, n):
                dx = xi - xs[j]
                dy = yi - ys[j]
                dz = zi - zs[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mj = ms[j] * mag
                vxs[i] -= dx * mj
                vys[i] -= dy * mj
                vzs[i] -= dz * mj
                mi = ms[i] * mag
                vxs[j] += dx * mi
                vys[j] += dy * mi
                vzs[j] += dz * mi
        for i in range(n):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


def main():
    steps = 300000
    if bench_size() == "small":
        steps = 1000
    solar_mass = 4.0 * math.pi * math.pi
    days = 365.24
    xs = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01]
    ys = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01]
    zs = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
    vxs = [0.0, 1.66007664274403694e-03 * days, -2.76742510726862411e-03 * days, 2.96460137564761618e-03 * days, 2.68067772490389322e-03 * days]
    vys = [0.0, 7.69901118419740425e-03 * days, 4.99852801234917238e-03 * days, 2.37847173959480950e-03 * days, 1.62824170038242295e-03 * days]
    vzs = [0.0, -6.90460016972063023e-05 * days, 2.30417297573763929e-05 * days, -2.96589568540237556e-05 * days, -9.51592254519715870e-05 * days]
    ms = [solar_mass, 9.54791938424326609e-04 * solar_mass, 2.85885980666130812e-04 * solar_mass, 4.36624404335156298e-05 * solar_mass, 5.15138902046611451e-05 * solar_mass]
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(len(xs)):
        px += vxs[i] * ms[i]
        py += vys[i] * ms[i]
        pz += vzs[i] * ms[i]
    vxs[0] = -px / solar_mass
    vys[0] = -py / solar_mass
    vzs[0] = -pz / solar_mass
    print("energy before: %.9f" % energy(xs, ys, zs, vxs, vys, vzs, ms))
    advance(xs, ys, zs, vxs, vys, vzs, ms, 0.01, steps)
    print("energy after: %.9f" % energy(xs, ys, zs, vxs, vys, vzs, ms))


if __name__ == "__main__":
    main()
