# A base method calling self.hook() reaches each subclass's override.
import __static__


class Report:
    def render(self) -> str:
        return "[" + self.title() + ": " + self.body() + "]"

    def title(self) -> str:
        return "report"

    def body(self) -> str:
        return "empty"


class Sales(Report):
    def body(self) -> str:
        return "sales up"


class Named(Sales):
    def title(self) -> str:
        return "named"


for r in [Report(), Sales(), Named()]:
    rep: Report = r
    print(rep.render())
