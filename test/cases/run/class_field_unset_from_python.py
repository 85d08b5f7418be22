# Python code reading an unset typed field gets AttributeError; getattr default works.
# cinder-stdout:
# missing
# cinder-error: AttributeError: 'C' object has no attribute 'name'
import __static__


class C:
    name: str


c = C()
g = {"c": c}
exec("print(getattr(c, 'name', 'missing'))", g)
exec("print(c.name)", g)
