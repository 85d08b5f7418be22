# n-body in Static Python: the flat lists of nbody_untyped.py, with the pair arithmetic on
# double locals and int64 loop counters. BENCH_SIZE=small shrinks the run.
import __static__
from __static__ import int64, double, box, unbox
import math
import os
import sys


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def energy(xs: list, ys: list, zs: list, vxs: list, vys: list, vzs: list, ms: list) -> double:
    n: int64 = int64(len(xs))
    e: double = 0.0
    i: int64 = 0
    while i < n:
        vx: double = unbox(vxs[box(i)])
        vy: double = unbox(vys[box(i)])
        vz: double = unbox(vzs[box(i)])
        mi: double = unbox(ms[box(i)])
        e += 0.5 * mi * (vx * vx + vy * vy + vz * vz)
        j: int64 = i + 1
        while j < n:
            dx: double = unbox(xs[box(i)]) - unbox(xs[box(j)])
            dy: double = unbox(ys[box(i)]) - unbox(ys[box(j)])
            dz: double = unbox(zs[box(i)]) - unbox(zs[box(j)])
            d: double = unbox(math.sqrt(box(dx * dx + dy * dy + dz * dz)))
            e -= mi * unbox(ms[box(j)]) / d
            j += 1
        i += 1
    return e


def advance(xs: list, ys: list, zs: list, vxs: list, vys: list, vzs: list, ms: list,
            dt: double, steps: int64) -> None:
    n: int64 = int64(len(xs))
    s: int64 = 0
    while s < steps:
        i: int64 = 0
        while i < n:
            xi: double = unbox(xs[box(i)])
            yi: double = unbox(ys[box(i)])
            zi: double = unbox(zs[box(i)])
            j: int64 = i + 1
            while j < n:
                dx: double = xi - unbox(xs[box(j)])
                dy: double = yi - unbox(ys[box(j)])
                dz: double = zi - unbox(zs[box(j)])
                d2: double = dx * dx + dy * dy + dz * dz
                mag: double = dt / (d2 * unbox(math.sqrt(box(d2))))
                mj: double = unbox(ms[box(j)]) * mag
                vx: double = unbox(vxs[box(i)])
                vy: double = unbox(vys[box(i)])
                vz: double = unbox(vzs[box(i)])
                vxs[box(i)] = box(vx - dx * mj)
                vys[box(i)] = box(vy - dy * mj)
                vzs[box(i)] = box(vz - dz * mj)
                mi: double = unbox(ms[box(i)]) * mag
                vx = unbox(vxs[box(j)])
                vy = unbox(vys[box(j)])
                vz = unbox(vzs[box(j)])
                vxs[box(j)] = box(vx + dx * mi)
                vys[box(j)] = box(vy + dy * mi)
                vzs[box(j)] = box(vz + dz * mi)
                j += 1
            i += 1
        i = 0
        while i < n:
            x: double = unbox(xs[box(i)])
            vx2: double = unbox(vxs[box(i)])
            xs[box(i)] = box(x + dt * vx2)
            x = unbox(ys[box(i)])
            vx2 = unbox(vys[box(i)])
            ys[box(i)] = box(x + dt * vx2)
            x = unbox(zs[box(i)])
            vx2 = unbox(vzs[box(i)])
            zs[box(i)] = box(x + dt * vx2)
            i += 1
        s += 1


def main() -> None:
    steps: int64 = 300000
    if bench_size() == "small":
        steps = 1000
    solar_mass: double = 4.0 * unbox(math.pi) * unbox(math.pi)
    days: double = 365.24
    xs = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01]
    ys = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01]
    zs = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
    vxs = [0.0, box(1.66007664274403694e-03 * days), box(-(2.76742510726862411e-03 * days)), box(2.96460137564761618e-03 * days), box(2.68067772490389322e-03 * days)]
    vys = [0.0, box(7.69901118419740425e-03 * days), box(4.99852801234917238e-03 * days), box(2.37847173959480950e-03 * days), box(1.62824170038242295e-03 * days)]
    vzs = [0.0, box(-(6.90460016972063023e-05 * days)), box(2.30417297573763929e-05 * days), box(-(2.96589568540237556e-05 * days)), box(-(9.51592254519715870e-05 * days))]
    ms = [box(solar_mass), box(9.54791938424326609e-04 * solar_mass), box(2.85885980666130812e-04 * solar_mass), box(4.36624404335156298e-05 * solar_mass), box(5.15138902046611451e-05 * solar_mass)]
    px: double = 0.0
    py: double = 0.0
    pz: double = 0.0
    i: int64 = 0
    while i < 5:
        m: double = unbox(ms[box(i)])
        v: double = unbox(vxs[box(i)])
        px += v * m
        v = unbox(vys[box(i)])
        py += v * m
        v = unbox(vzs[box(i)])
        pz += v * m
        i += 1
    vxs[0] = box(-px / solar_mass)
    vys[0] = box(-py / solar_mass)
    vzs[0] = box(-pz / solar_mass)
    print("energy before: %.9f" % box(energy(xs, ys, zs, vxs, vys, vzs, ms)))
    advance(xs, ys, zs, vxs, vys, vzs, ms, 0.01, steps)
    print("energy after: %.9f" % box(energy(xs, ys, zs, vxs, vys, vzs, ms)))


if __name__ == "__main__":
    main()
