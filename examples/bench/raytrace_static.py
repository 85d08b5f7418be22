# raytrace: a small recursive ray tracer over immutable float vector objects. A scene of
# spheres and a checkered plane (shapes are subclasses overriding intersect/normal), two point
# lights with shadows, diffuse + specular shading and mirror reflections. Static Python in
# Cinder's style: double slots and locals, int64 pixel loops and depth, cbool predicates,
# @final on every class and method that is never overridden (only Shape's methods go through
# the vtable), math.sqrt on doubles. Prints a checksum of the 8-bit pixel values;
# BENCH_SIZE=small shrinks it.
#
# Written around what cinderc does not support yet: module constants are plain globals (no
# folded `Final`), read as double(NAME) / int64(NAME); list elements are dynamic, so loops
# over the shape and light lists bind an annotated local (a checked cast); math.floor takes a
# boxed float, and int64(double) is written int64(int(box(...))); `color` in trace() is
# annotated because inference leaves it dynamic.
from __future__ import annotations

import __static__
from __static__ import box, cbool, double, int64

import math
import os
import sys
from typing import List, Optional, final

INF = 1.0e30
EPS = 1.0e-6
MAX_DEPTH = 3


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


@final
class Vec:
    def __init__(self, x: double, y: double, z: double) -> None:
        self.x: double = x
        self.y: double = y
        self.z: double = z

    def add(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o: Vec) -> Vec:
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k: double) -> Vec:
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o: Vec) -> Vec:
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o: Vec) -> double:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self) -> double:
        return math.sqrt(self.dot(self))

    def normalized(self) -> Vec:
        return self.scale(1.0 / self.length())


@final
class Ray:
    def __init__(self, origin: Vec, direction: Vec) -> None:
        self.origin: Vec = origin
        self.direction: Vec = direction

    def at(self, t: double) -> Vec:
        return self.origin.add(self.direction.scale(t))


class Shape:
    def __init__(self, color: Vec, reflect: double) -> None:
        self.color: Vec = color
        self.reflect: double = reflect

    def intersect(self, ray: Ray) -> double:
        raise NotImplementedError

    def normal_at(self, p: Vec) -> Vec:
        raise NotImplementedError

    def color_at(self, p: Vec) -> Vec:
        return self.color


@final
class Sphere(Shape):
    def __init__(self, center: Vec, radius: double, color: Vec, reflect: double) -> None:
        super().__init__(color, reflect)
        self.center: Vec = center
        self.radius: double = radius

    def intersect(self, ray: Ray) -> double:
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return double(INF)
        root = math.sqrt(disc)
        t = -b - root
        if t > double(EPS):
            return t
        t = -b + root
        if t > double(EPS):
            return t
        return double(INF)

    def normal_at(self, p: Vec) -> Vec:
        return p.sub(self.center).scale(1.0 / self.radius)


@final
class Plane(Shape):
    def __init__(self, point: Vec, normal: Vec, color: Vec, reflect: double) -> None:
        super().__init__(color, reflect)
        self.point: Vec = point
        self.normal: Vec = normal.normalized()

    def intersect(self, ray: Ray) -> double:
        denom = self.normal.dot(ray.direction)
        eps = double(EPS)
        if -eps < denom and denom < eps:
            return double(INF)
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > eps:
            return t
        return double(INF)

    def normal_at(self, p: Vec) -> Vec:
        return self.normal

    def color_at(self, p: Vec) -> Vec:
        if (math.floor(box(p.x)) + math.floor(box(p.z))) % 2 == 0:
            return self.color
        return self.color.scale(0.3)


@final
class Light:
    def __init__(self, position: Vec, color: Vec) -> None:
        self.position: Vec = position
        self.color: Vec = color


@final
class Scene:
    def __init__(self) -> None:
        self.shapes: List[Shape] = []
        self.lights: List[Light] = []
        self.ambient: Vec = Vec(0.1, 0.1, 0.1)
        self.last_t: double = double(INF)

    def closest(self, ray: Ray) -> Optional[Shape]:
        best = double(INF)
        hit: Optional[Shape] = None
        s: Shape
        for s in self.shapes:
            t = s.intersect(ray)
            if t < best:
                best = t
                hit = s
        self.last_t = best
        return hit

    def shadowed(self, p: Vec, to_light: Vec, dist: double) -> cbool:
        ray = Ray(p, to_light)
        s: Shape
        for s in self.shapes:
            if s.intersect(ray) < dist:
                return True
        return False

    def trace(self, ray: Ray, depth: int64) -> Vec:
        hit = self.closest(ray)
        if hit is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2, 0.3, 0.5).scale(k).add(Vec(1.0, 1.0, 1.0).scale(1.0 - k))
        p = ray.at(self.last_t)
        n = hit.normal_at(p)
        base = hit.color_at(p)
        color: Vec = base.mul(self.ambient)
        light: Light
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
                spec = spec ** 32.0
                color = color.add(light.color.scale(spec * 0.5))
        if hit.reflect > 0.0 and depth < int64(MAX_DEPTH):
            r = ray.direction.sub(n.scale(2.0 * n.dot(ray.direction)))
            bounced = self.trace(Ray(p, r), depth + 1)
            color = color.scale(1.0 - hit.reflect).add(bounced.scale(hit.reflect))
        return color


def to_byte(c: double) -> int64:
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int64(int(box(c * 255.0 + 0.5)))


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
    w = double(box(width))
    h = double(box(height))
    aspect = w / h
    checksum: int64 = 0
    y: int64 = 0
    while y < height:
        fy = double(box(y))
        x: int64 = 0
        while x < width:
            fx = double(box(x))
            px = (2.0 * (fx + 0.5) / w - 1.0) * aspect
            py = 1.0 - 2.0 * (fy + 0.5) / h
            direction = Vec(px, py, -1.5).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r = to_byte(c.x)
            g = to_byte(c.y)
            b = to_byte(c.z)
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
