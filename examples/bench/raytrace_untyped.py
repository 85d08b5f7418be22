# raytrace: a small recursive ray tracer over immutable float vector objects. A scene of
# spheres and a checkered plane (shapes are subclasses overriding intersect/normal), two point
# lights with shadows, diffuse + specular shading and mirror reflections. Plain Python without
# annotations (the typed variant, stripped). Prints a checksum of the 8-bit pixel values;
# BENCH_SIZE=small shrinks the image.
import math
import os
import sys
INF = 1e+30
EPS = 1e-06
MAX_DEPTH = 3

def bench_size():
    size = os.environ.get('BENCH_SIZE', 'default')
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size

class Vec:

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

class Ray:

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))

class Shape:

    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError

    def color_at(self, p):
        return self.color

class Sphere(Shape):

    def __init__(self, center, radius, color, reflect):
        super().__init__(color, reflect)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return INF
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return INF

    def normal_at(self, p):
        return p.sub(self.center).scale(1.0 / self.radius)

class Plane(Shape):

    def __init__(self, point, normal, color, reflect):
        super().__init__(color, reflect)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPS:
            return INF
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPS:
            return t
        return INF

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.color
        return self.color.scale(0.3)

class Light:

    def __init__(self, position, color):
        self.position = position
        self.color = color

class Scene:

    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = Vec(0.1, 0.1, 0.1)
        self.last_t = INF

    def closest(self, ray):
        best = INF
        hit = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t < best:
                best = t
                hit = s
        self.last_t = best
        return hit

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for s in self.shapes:
            if s.intersect(ray) < dist:
                return True
        return False

    def trace(self, ray, depth):
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
                spec = spec ** 32
                color = color.add(light.color.scale(spec * 0.5))
        if hit.reflect > 0.0 and depth < MAX_DEPTH:
            r = ray.direction.sub(n.scale(2.0 * n.dot(ray.direction)))
            bounced = self.trace(Ray(p, r), depth + 1)
            color = color.scale(1.0 - hit.reflect).add(bounced.scale(hit.reflect))
        return color

def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)

def build_scene():
    scene = Scene()
    scene.shapes.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.9, 0.9, 0.9), 0.2))
    scene.shapes.append(Sphere(Vec(0.0, 0.0, -5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3))
    scene.shapes.append(Sphere(Vec(-2.0, 0.5, -6.5), 1.5, Vec(0.2, 0.8, 0.3), 0.5))
    scene.shapes.append(Sphere(Vec(2.2, -0.3, -4.5), 0.7, Vec(0.2, 0.3, 0.9), 0.1))
    scene.shapes.append(Sphere(Vec(0.6, -0.75, -3.2), 0.25, Vec(0.9, 0.9, 0.1), 0.0))
    scene.lights.append(Light(Vec(-5.0, 5.0, 0.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vec(4.0, 3.0, -1.0), Vec(0.4, 0.35, 0.3)))
    return scene

def render(scene, width, height):
    eye = Vec(0.0, 0.3, 1.0)
    aspect = width / height
    checksum = 0
    y = 0
    while y < height:
        x = 0
        while x < width:
            px = (2.0 * (x + 0.5) / width - 1.0) * aspect
            py = 1.0 - 2.0 * (y + 0.5) / height
            direction = Vec(px, py, -1.5).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r = to_byte(c.x)
            g = to_byte(c.y)
            b = to_byte(c.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            x += 1
        y += 1
    return checksum

def main():
    width = 400
    height = 300
    if bench_size() == 'small':
        width = 32
        height = 24
    scene = build_scene()
    print('image', width, 'x', height)
    print('checksum', render(scene, width, height))
if __name__ == '__main__':
    main()
