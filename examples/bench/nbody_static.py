# n-body in Static Python: each planet a final class with double fields, held in a
# CheckedList[Body] (items read without a type check), the arithmetic on double locals,
# int64 loop counters, math.sqrt on doubles. Same arithmetic, in the same
# order, as nbody_untyped.py; BENCH_SIZE=small (or argv[1]) shrinks the run.
import __static__
from __static__ import CheckedList, int64, double, box, clen
from typing import final
import math
import os
import sys


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


@final
class Body:
    def __init__(self, x: double, y: double, z: double, vx: double, vy: double, vz: double, mass: double) -> None:
        self.x: double = x
        self.y: double = y
        self.z: double = z
        self.vx: double = vx
        self.vy: double = vy
        self.vz: double = vz
        self.mass: double = mass


def energy(bodies: CheckedList[Body]) -> double:
    n: int64 = clen(bodies)
    e: double = 0.0
    i: int64 = 0
    while i < n:
        b: Body = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        j: int64 = i + 1
        while j < n:
            b2: Body = bodies[j]
            dx: double = b.x - b2.x
            dy: double = b.y - b2.y
            dz: double = b.z - b2.z
            e -= b.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
            j += 1
        i += 1
    return e


def advance(bodies: CheckedList[Body], dt: double, steps: int64) -> None:
    n: int64 = clen(bodies)
    s: int64 = 0
    while s < steps:
        i: int64 = 0
        while i < n:
            bi: Body = bodies[i]
            xi: double = bi.x
            yi: double = bi.y
            zi: double = bi.z
            j: int64 = i + 1
            while j < n:
                bj: Body = bodies[j]
                dx: double = xi - bj.x
                dy: double = yi - bj.y
                dz: double = zi - bj.z
                d2: double = dx * dx + dy * dy + dz * dz
                mag: double = dt / (d2 * math.sqrt(d2))
                mj: double = bj.mass * mag
                bi.vx -= dx * mj
                bi.vy -= dy * mj
                bi.vz -= dz * mj
                mi: double = bi.mass * mag
                bj.vx += dx * mi
                bj.vy += dy * mi
                bj.vz += dz * mi
                j += 1
            i += 1
        i = 0
        while i < n:
            b: Body = bodies[i]
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz
            i += 1
        s += 1


def main() -> None:
    steps: int64 = 300000
    if bench_size() == "small":
        steps = 1000
    solar_mass: double = 4.0 * double(math.pi) * double(math.pi)
    days: double = 365.24
    bodies: CheckedList[Body] = [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03 * days, 7.69901118419740425e-03 * days, -6.90460016972063023e-05 * days,
             9.54791938424326609e-04 * solar_mass),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03 * days, 4.99852801234917238e-03 * days, 2.30417297573763929e-05 * days,
             2.85885980666130812e-04 * solar_mass),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03 * days, 2.37847173959480950e-03 * days, -2.96589568540237556e-05 * days,
             4.36624404335156298e-05 * solar_mass),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03 * days, 1.62824170038242295e-03 * days, -9.51592254519715870e-05 * days,
             5.15138902046611451e-05 * solar_mass),
    ]
    px: double = 0.0
    py: double = 0.0
    pz: double = 0.0
    i: int64 = 0
    while i < 5:
        b: Body = bodies[i]
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
        i += 1
    sun: Body = bodies[0]
    sun.vx = -px / solar_mass
    sun.vy = -py / solar_mass
    sun.vz = -pz / solar_mass
    print("energy before: %.9f" % box(energy(bodies)))
    advance(bodies, 0.01, steps)
    print("energy after: %.9f" % box(energy(bodies)))


if __name__ == "__main__":
    main()
