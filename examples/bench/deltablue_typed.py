# deltablue: an incremental one-way constraint solver in the DeltaBlue style. Variables are
# linked by constraints of four kinds (stay, edit, equality, scale) with strengths; adding or
# removing a constraint re-plans locally by walkabout strength, and plans are executed many
# times. Lots of small objects and virtual calls. Written with standard annotations for mypyc
# and Cython. Prints a checksum of the solved values; BENCH_SIZE=small shrinks it.
import os
import sys
from typing import List, Optional

REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6

NONE = 0
FORWARD = 1
BACKWARD = 2


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


def stronger(a: int, b: int) -> bool:
    return a < b


def weaker(a: int, b: int) -> bool:
    return a > b


def weakest_of(a: int, b: int) -> int:
    if a > b:
        return a
    return b


class Variable:
    def __init__(self, name: str, value: int) -> None:
        self.name = name
        self.value = value
        self.constraints: 'List[Constraint]' = []
        self.determined_by: 'Optional[Constraint]' = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def add_constraint(self, c: 'Constraint') -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: 'Constraint') -> None:
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner: 'Planner', strength: int) -> None:
        self.planner = planner
        self.strength = strength

    def is_input(self) -> bool:
        return False

    def is_satisfied(self) -> bool:
        raise NotImplementedError

    def choose_method(self, mark: int) -> None:
        raise NotImplementedError

    def mark_inputs(self, mark: int) -> None:
        raise NotImplementedError

    def mark_unsatisfied(self) -> None:
        raise NotImplementedError

    def output(self) -> Variable:
        raise NotImplementedError

    def inputs_known(self, mark: int) -> bool:
        raise NotImplementedError

    def recalculate(self) -> None:
        raise NotImplementedError

    def execute(self) -> None:
        raise NotImplementedError

    def add_to_graph(self) -> None:
        raise NotImplementedError

    def remove_from_graph(self) -> None:
        raise NotImplementedError

    def install(self) -> None:
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark: int) -> 'Optional[Constraint]':
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self) -> None:
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, planner: 'Planner', v: Variable, strength: int) -> None:
        super().__init__(planner, strength)
        self.my_output = v
        self.satisfied = False
        self.install()

    def is_satisfied(self) -> bool:
        return self.satisfied

    def choose_method(self, mark: int) -> None:
        out = self.my_output
        self.satisfied = out.mark != mark and stronger(self.strength, out.walk_strength)

    def mark_inputs(self, mark: int) -> None:
        pass

    def mark_unsatisfied(self) -> None:
        self.satisfied = False

    def output(self) -> Variable:
        return self.my_output

    def inputs_known(self, mark: int) -> bool:
        return True

    def recalculate(self) -> None:
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def add_to_graph(self) -> None:
        self.my_output.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self) -> None:
        self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self) -> None:
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self) -> bool:
        return True

    def execute(self) -> None:
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner: 'Planner', v1: Variable, v2: Variable, strength: int) -> None:
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def is_satisfied(self) -> bool:
        return self.direction != NONE

    def choose_method(self, mark: int) -> None:
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and stronger(self.strength, v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif v2.mark == mark:
            if stronger(self.strength, v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif weaker(v1.walk_strength, v2.walk_strength):
            if stronger(self.strength, v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif stronger(self.strength, v2.walk_strength):
            self.direction = FORWARD
        else:
            self.direction = NONE

    def input(self) -> Variable:
        if self.direction == FORWARD:
            return self.v1
        return self.v2

    def output(self) -> Variable:
        if self.direction == FORWARD:
            return self.v2
        return self.v1

    def mark_inputs(self, mark: int) -> None:
        self.input().mark = mark

    def mark_unsatisfied(self) -> None:
        self.direction = NONE

    def inputs_known(self, mark: int) -> bool:
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self) -> None:
        i = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner: 'Planner', v1: Variable, v2: Variable, strength: int) -> None:
        super().__init__(planner, v1, v2, strength)
        self.install()

    def execute(self) -> None:
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner: 'Planner', src: Variable, scale: Variable, offset: Variable,
                 dst: Variable, strength: int) -> None:
        super().__init__(planner, src, dst, strength)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)
        self.direction = NONE

    def mark_inputs(self, mark: int) -> None:
        self.input().mark = mark
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self) -> None:
        i = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self) -> None:
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value


class Plan:
    def __init__(self) -> None:
        self.steps: List[Constraint] = []

    def execute(self) -> None:
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self) -> None:
        self.current_mark = 0

    def new_mark(self) -> int:
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c: Constraint) -> None:
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c: Constraint) -> None:
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength <= WEAKEST:
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)
            strength += 1

    def add_propagate(self, c: Constraint, mark: int) -> bool:
        todo: List[Constraint] = [c]
        while len(todo) > 0:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out: Variable) -> List[Constraint]:
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied: List[Constraint] = []
        todo: List[Variable] = [out]
        while len(todo) > 0:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v: Variable, coll: List[Constraint]) -> None:
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

    def make_plan(self, sources: List[Constraint]) -> Plan:
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while len(todo) > 0:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def plan_for(self, constraints: List[Constraint]) -> Plan:
        sources: List[Constraint] = []
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)


def chain_test(n: int) -> int:
    planner = Planner()
    variables: List[Variable] = []
    i = 0
    while i <= n:
        variables.append(Variable("v", 0))
        i += 1
    i = 0
    while i < n:
        EqualityConstraint(planner, variables[i], variables[i + 1], REQUIRED)
        i += 1
    first = variables[0]
    last = variables[n]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    i = 0
    while i < 100:
        first.value = i
        plan.execute()
        if last.value != i:
            raise RuntimeError("chain test failed")
        total += last.value
        i += 1
    edit.destroy()
    return total


def change(planner: Planner, v: Variable, new_value: int) -> None:
    edit = EditConstraint(planner, v, PREFERRED)
    plan = planner.plan_for([edit])
    i = 0
    while i < 10:
        v.value = new_value
        plan.execute()
        i += 1
    edit.destroy()


def projection_test(n: int) -> int:
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = scale
    dst = scale
    dests: List[Variable] = []
    i = 0
    while i < n:
        src = Variable("src", i)
        dst = Variable("dst", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
        i += 1
    change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(planner, scale, 5)
    total = 0
    i = 0
    while i < n - 1:
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
        total += dests[i].value
        i += 1
    change(planner, offset, 2000)
    i = 0
    while i < n - 1:
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
        total += dests[i].value
        i += 1
    return total + src.value + dst.value


def main() -> None:
    rounds = 700
    if bench_size() == "small":
        rounds = 3
    checksum = 0
    r = 0
    while r < rounds:
        checksum += chain_test(100)
        checksum += projection_test(100)
        r += 1
    print("rounds", rounds)
    print("checksum", checksum)


if __name__ == "__main__":
    main()
