# Unannotated method parameters are dynamic; Python may pass anything to them.
import __static__


class C:
    def echo(self, x, y=None):
        return (x, y)


c = C()
print(c.echo(1), c.echo("a", [2]))
exec("print(c.echo(None, 3.5))", {"c": c})
