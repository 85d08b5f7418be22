# raytrace: a small recursive ray tracer over immutable float vector objects. A scene of
# spheres and a checkered plane (shapes are subclasses overriding intersect/normal), two point
# lights with shadows, diffuse + specular shading and mirror reflections. Static Python: the
# classes of raytrace_typed.py with double fields and locals, int64 pixel loops, and boxing at
# the math-module calls. Prints a checksum of the 8-bit pixel values; BENCH_SIZE=small shrinks it.
import __static__
from __static__ import int64, double, box, unbox

import math
import os
import sys
from typing import List, Optional

INF = 1.0e30
EPS = 1.0e-6
MAX_DEPTH = 3


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


class Vec:
    def __init__(self, x: double, y: double, z: double) -> None:
        self.x = x
        self.y = y
        self.z = z

    def add(self, o: 'Vec') -> 'Vec':
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o: 'Vec') -> 'Vec':
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k: double) -> 'Vec':
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o: 'Vec') -> 'Vec':
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o: 'Vec') -> double:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self) -> double:
        return unbox(math.sqrt(box(self.dot(self))))

    def normalized(self) -> 'Vec':
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin: Vec, direction: Vec) -> None:
        self.origin = origin
        self.direction = direction

    def at(self, t: double) -> Vec:
        return self.origin.add(self.direction.scale(t))


class Shape:
    def __init__(self, color: Vec, reflect: double) -> None:
        self.color = color
        self.reflect = reflect

    def intersect(self, ray: Ray) -> double:
        raise NotImplementedError

    def normal_at(self, p: Vec) -> Vec:
        raise NotImplementedError

    def color_at(self, p: Vec) -> Vec:
        return self.color


class Sphere(Shape):
    def __init__(self, center: Vec, radius: double, color: Vec, reflect: double) -> None:
        super().__init__(color, reflect)
        self.center = center
        self.radius = radius

    def intersect(self, ray: Ray) -> double:
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return INF
        root: double = unbox(math.sqrt(box(disc)))
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return INF

    def normal_at(self, p: Vec) -> Vec:
        return p.sub(self.center).scale(1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point: Vec, normal: Vec, color: Vec, reflect: double) -> None:
        super().__init__(color, reflect)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray: Ray) -> double:
        denom = self.normal.dot(ray.direction)
        if -EPS < denom < EPS:
            return INF
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPS:
            return t
        return INF

    def normal_at(self, p: Vec) -> Vec:
        return self.normal

    def color_at(self, p: Vec) -> Vec:
        if (math.floor(box(p.x)) + math.floor(box(p.z))) % 2 == 0:
            return self.color
        return self.color.scale(0.3)


class Light:
    def __init__(self, position: Vec, color: Vec) -> None:
        self.position = position
        self.color = color


class Scene:
    def __init__(self) -> None:
        self.shapes: List[Shape] = []
        self.lights: List[Light] = []
        self.ambient = Vec(0.1, 0.1, 0.1)
        self.last_t = INF

    def closest(self, ray: Ray) -> 'Optional[Shape]':
        best = INF
        hit: Optional[Shape] = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t < best:
                best = t
                hit = s
        self.last_t = best
        return hit

    def shadowed(self, p: Vec, to_light: Vec, dist: double) -> bool:
        ray = Ray(p, to_light)
        for s in self.shapes:
            if s.intersect(ray) < dist:
                return True
        return False

    def trace(self, ray: Ray, depth: int) -> Vec:
        hit = self.closest(ray)
        if hit is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2, 0.3, 0.5).scale(k).add(Vec(1.0, 1.0, 1.0).scale(1.0 - k))
        p = ray.at(self.last_t)
        n = hit.normal_at(p)
        base = hit.color_at(p)
        color = base.mul(self.ambient)
        for light in self.lights:
            d = light.position.sub(p)
            dist = d.length()
            l = d.scale(1.0 / dist)
            lambert = n.dot(l)
            if lambert <= 0.0 or self.shadowed(p, l, dist):
                continue
            color = color.add(base.mul(light.color).scale(lambert))
            h = l.sub(ray.direction).normalized()
            spec = n.dot(h)
            if spec > 0.0:
                spec = unbox(math.pow(box(spec), 32.0))
                color = color.add(light.color.scale(spec * 0.5))
        if hit.reflect > 0.0 and depth < MAX_DEPTH:
            r = ray.direction.sub(n.scale(2.0 * n.dot(ray.direction)))
            bounced = self.trace(Ray(p, r), depth + 1)
            color = color.scale(1.0 - hit.reflect).add(bounced.scale(hit.reflect))
        return color


def to_byte(c: double) -> int64:
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int64(c * 255.0 + 0.5)


def build_scene() -> Scene:
    scene = Scene()
    scene.shapes.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.9, 0.9, 0.9), 0.2))
    scene.shapes.append(Sphere(Vec(0.0, 0.0, -5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3))
    scene.shapes.append(Sphere(Vec(-2.0, 0.5, -6.5), 1.5, Vec(0.2, 0.8, 0.3), 0.5))
    scene.shapes.append(Sphere(Vec(2.2, -0.3, -4.5), 0.7, Vec(0.2, 0.3, 0.9), 0.1))
    scene.shapes.append(Sphere(Vec(0.6, -0.75, -3.2), 0.25, Vec(0.9, 0.9, 0.1), 0.0))
    scene.lights.append(Light(Vec(-5.0, 5.0, 0.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vec(4.0, 3.0, -1.0), Vec(0.4, 0.35, 0.3)))
    return scene


def render(scene: Scene, width: int64, height: int64) -> int64:
    eye = Vec(0.0, 0.3, 1.0)
    w: double = double(width)
    h: double = double(height)
    aspect: double = w / h
    checksum: int64 = 0
    y: int64 = 0
    while y < height:
        x: int64 = 0
        while x < width:
            px: double = (2.0 * (double(x) + 0.5) / w - 1.0) * aspect
            py: double = 1.0 - 2.0 * (double(y) + 0.5) / h
            direction = Vec(px, py, -1.5).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r: int64 = to_byte(c.x)
            g: int64 = to_byte(c.y)
            b: int64 = to_byte(c.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            x += 1
        y += 1
    return checksum


def main() -> None:
    width: int64 = 400
    height: int64 = 300
    if bench_size() == "small":
        width = 32
        height = 24
    scene = build_scene()
    print("image", box(width), "x", box(height))
    print("checksum", box(render(scene, width, height)))


if __name__ == "__main__":
    main()
