# n-body with a Body class of float fields: what mypyc and Cython's pure mode compile.
# Same arithmetic, in the same order, as nbody_untyped.py; BENCH_SIZE=small shrinks the run.
import math
import os
import sys
from typing import List


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


class Body:
    def __init__(self, x: float, y: float, z: float, vx: float, vy: float, vz: float, mass: float) -> None:
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass


def energy(bodies: List[Body]) -> float:
    n = len(bodies)
    e = 0.0
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.x - c.x
            dy = b.y - c.y
            dz = b.z - c.z
            e -= b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: List[Body], dt: float, steps: int) -> None:
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b.x - c.x
                dy = b.y - c.y
                dz = b.z - c.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mj = c.mass * mag
                b.vx -= dx * mj
                b.vy -= dy * mj
                b.vz -= dz * mj
                mi = b.mass * mag
                c.vx += dx * mi
                c.vy += dy * mi
                c.vz += dz * mi
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main() -> None:
    steps = 300000
    if bench_size() == "small":
        steps = 1000
    solar_mass = 4.0 * math.pi * math.pi
    days = 365.24
    bodies = [
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
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / solar_mass
    sun.vy = -py / solar_mass
    sun.vz = -pz / solar_mass
    print("energy before: %.9f" % energy(bodies))
    advance(bodies, 0.01, steps)
    print("energy after: %.9f" % energy(bodies))


if __name__ == "__main__":
    main()
