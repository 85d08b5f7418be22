# deltablue: an incremental one-way constraint solver in the DeltaBlue style. Variables are
# linked by constraints of four kinds (stay, edit, equality, scale) with strengths; adding or
# removing a constraint re-plans locally by walkabout strength, and plans are executed many
# times. Many small objects and virtual calls. Static Python in Cinder's style: int64 values,
# marks, strengths and directions, cbool flags and predicates, Optional links, @final on every
# class and method that is never overridden (the Constraint protocol stays virtual), int64
# loop counters. BENCH_SIZE=small shrinks it.
#
# Written around what cinderc does not support yet: module constants are plain globals (no
# folded `Final`), read as int64(NAME); list elements are dynamic, so list reads and loops bind
# annotated locals (a checked cast) and subscripts take a boxed index; a class annotation
# naming a class defined further down the module is dynamic, so the classes are ordered
# Planner, Variable, Constraint..., Plan, the planner's algorithms are module functions taking
# the Planner, and Variable.determined_by (which names Constraint) is read into
# Optional[Constraint] locals; loop-carried locals (`overridden`) are annotated because
# inference leaves them dynamic.
from __future__ import annotations

import __static__
from __static__ import box, cbool, int64

import os
import sys
from typing import List, Optional, final

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


def stronger(a: int64, b: int64) -> cbool:
    return a < b


def weaker(a: int64, b: int64) -> cbool:
    return a > b


def weakest_of(a: int64, b: int64) -> int64:
    if a > b:
        return a
    return b


@final
class Planner:
    def __init__(self) -> None:
        self.current_mark: int64 = 0

    def new_mark(self) -> int64:
        self.current_mark += 1
        return self.current_mark


@final
class Variable:
    def __init__(self, name: str, value: int64) -> None:
        self.name: str = name
        self.value: int64 = value
        self.constraints: List[Constraint] = []
        self.determined_by: Optional[Constraint] = None
        self.walk_strength: int64 = int64(WEAKEST)
        self.stay: cbool = True
        self.mark: int64 = 0

    def add_constraint(self, c: Constraint) -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: Constraint) -> None:
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner: Planner, strength: int64) -> None:
        self.planner: Planner = planner
        self.strength: int64 = strength

    def is_input(self) -> cbool:
        return False

    def is_satisfied(self) -> cbool:
        raise NotImplementedError

    def choose_method(self, mark: int64) -> None:
        raise NotImplementedError

    def mark_inputs(self, mark: int64) -> None:
        raise NotImplementedError

    def mark_unsatisfied(self) -> None:
        raise NotImplementedError

    def output(self) -> Variable:
        raise NotImplementedError

    def inputs_known(self, mark: int64) -> cbool:
        raise NotImplementedError

    def recalculate(self) -> None:
        raise NotImplementedError

    def execute(self) -> None:
        raise NotImplementedError

    def add_to_graph(self) -> None:
        raise NotImplementedError

    def remove_from_graph(self) -> None:
        raise NotImplementedError

    @final
    def install(self) -> None:
        self.add_to_graph()
        incremental_add(self.planner, self)

    @final
    def satisfy(self, mark: int64) -> Optional[Constraint]:
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == int64(REQUIRED):
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden: Optional[Constraint] = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not add_propagate(self.planner, self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    @final
    def destroy(self) -> None:
        if self.is_satisfied():
            incremental_remove(self.planner, self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, planner: Planner, v: Variable, strength: int64) -> None:
        super().__init__(planner, strength)
        self.my_output: Variable = v
        self.satisfied: cbool = False
        self.install()

    def is_satisfied(self) -> cbool:
        return self.satisfied

    def choose_method(self, mark: int64) -> None:
        out = self.my_output
        self.satisfied = out.mark != mark and stronger(self.strength, out.walk_strength)

    def mark_inputs(self, mark: int64) -> None:
        pass

    def mark_unsatisfied(self) -> None:
        self.satisfied = False

    def output(self) -> Variable:
        return self.my_output

    def inputs_known(self, mark: int64) -> cbool:
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


@final
class StayConstraint(UnaryConstraint):
    def execute(self) -> None:
        pass


@final
class EditConstraint(UnaryConstraint):
    def is_input(self) -> cbool:
        return True

    def execute(self) -> None:
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner: Planner, v1: Variable, v2: Variable, strength: int64) -> None:
        super().__init__(planner, strength)
        self.v1: Variable = v1
        self.v2: Variable = v2
        self.direction: int64 = int64(NONE)

    def is_satisfied(self) -> cbool:
        return self.direction != int64(NONE)

    def choose_method(self, mark: int64) -> None:
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and stronger(self.strength, v2.walk_strength):
                self.direction = int64(FORWARD)
            else:
                self.direction = int64(NONE)
        elif v2.mark == mark:
            if stronger(self.strength, v1.walk_strength):
                self.direction = int64(BACKWARD)
            else:
                self.direction = int64(NONE)
        elif weaker(v1.walk_strength, v2.walk_strength):
            if stronger(self.strength, v1.walk_strength):
                self.direction = int64(BACKWARD)
            else:
                self.direction = int64(NONE)
        elif stronger(self.strength, v2.walk_strength):
            self.direction = int64(FORWARD)
        else:
            self.direction = int64(NONE)

    @final
    def input(self) -> Variable:
        if self.direction == int64(FORWARD):
            return self.v1
        return self.v2

    def output(self) -> Variable:
        if self.direction == int64(FORWARD):
            return self.v2
        return self.v1

    def mark_inputs(self, mark: int64) -> None:
        self.input().mark = mark

    def mark_unsatisfied(self) -> None:
        self.direction = int64(NONE)

    def inputs_known(self, mark: int64) -> cbool:
        i = self.input()
        return i.mark == mark or i.stay or cbool(i.determined_by is None)

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
        self.direction = int64(NONE)

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = int64(NONE)


@final
class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner: Planner, v1: Variable, v2: Variable, strength: int64) -> None:
        super().__init__(planner, v1, v2, strength)
        self.install()

    def execute(self) -> None:
        self.output().value = self.input().value


@final
class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner: Planner, src: Variable, scale: Variable, offset: Variable,
                 dst: Variable, strength: int64) -> None:
        super().__init__(planner, src, dst, strength)
        self.scale: Variable = scale
        self.offset: Variable = offset
        self.install()

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)
        self.direction = int64(NONE)

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)
        self.direction = int64(NONE)

    def mark_inputs(self, mark: int64) -> None:
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
        if self.direction == int64(FORWARD):
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            # Exact in this benchmark (dst = src * scale + offset), so int64 division, which
            # truncates, agrees with Python's floor division.
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value


@final
class Plan:
    def __init__(self) -> None:
        self.steps: List[Constraint] = []

    def execute(self) -> None:
        c: Constraint
        for c in self.steps:
            c.execute()


# The planner's algorithms (methods of Planner in the other variants).

def incremental_add(planner: Planner, c: Constraint) -> None:
    mark = planner.new_mark()
    overridden: Optional[Constraint] = c.satisfy(mark)
    while overridden is not None:
        overridden = overridden.satisfy(mark)


def incremental_remove(planner: Planner, c: Constraint) -> None:
    out = c.output()
    c.mark_unsatisfied()
    c.remove_from_graph()
    unsatisfied = remove_propagate_from(planner, out)
    strength: int64 = int64(REQUIRED)
    weakest: int64 = int64(WEAKEST)
    u: Constraint
    while strength <= weakest:
        for u in unsatisfied:
            if u.strength == strength:
                incremental_add(planner, u)
        strength += 1


def add_propagate(planner: Planner, c: Constraint, mark: int64) -> cbool:
    todo: List[Constraint] = [c]
    while len(todo) > 0:
        d: Constraint = todo.pop()
        if d.output().mark == mark:
            incremental_remove(planner, c)
            return False
        d.recalculate()
        add_constraints_consuming_to(planner, d.output(), todo)
    return True


def remove_propagate_from(planner: Planner, out: Variable) -> List[Constraint]:
    out.determined_by = None
    out.walk_strength = int64(WEAKEST)
    out.stay = True
    unsatisfied: List[Constraint] = []
    todo: List[Variable] = [out]
    c: Constraint
    while len(todo) > 0:
        v: Variable = todo.pop()
        for c in v.constraints:
            if not c.is_satisfied():
                unsatisfied.append(c)
        determining = v.determined_by
        for c in v.constraints:
            if cbool(c is not determining) and c.is_satisfied():
                c.recalculate()
                todo.append(c.output())
    return unsatisfied


def add_constraints_consuming_to(planner: Planner, v: Variable, coll: List[Constraint]) -> None:
    determining = v.determined_by
    c: Constraint
    for c in v.constraints:
        if cbool(c is not determining) and c.is_satisfied():
            coll.append(c)


def make_plan(planner: Planner, sources: List[Constraint]) -> Plan:
    mark = planner.new_mark()
    plan = Plan()
    todo = sources
    while len(todo) > 0:
        c: Constraint = todo.pop()
        out = c.output()
        if out.mark != mark and c.inputs_known(mark):
            plan.steps.append(c)
            out.mark = mark
            add_constraints_consuming_to(planner, out, todo)
    return plan


def plan_for(planner: Planner, constraints: List[Constraint]) -> Plan:
    sources: List[Constraint] = []
    c: Constraint
    for c in constraints:
        if c.is_input() and c.is_satisfied():
            sources.append(c)
    return make_plan(planner, sources)


def chain_test(n: int64) -> int64:
    planner = Planner()
    variables: List[Variable] = []
    i: int64 = 0
    while i <= n:
        variables.append(Variable("v", 0))
        i += 1
    i = 0
    while i < n:
        EqualityConstraint(planner, variables[box(i)], variables[box(i + 1)], int64(REQUIRED))
        i += 1
    first: Variable = variables[0]
    last: Variable = variables[box(n)]
    StayConstraint(planner, last, int64(STRONG_DEFAULT))
    edit = EditConstraint(planner, first, int64(PREFERRED))
    plan = plan_for(planner, [edit])
    total: int64 = 0
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


def change(planner: Planner, v: Variable, new_value: int64) -> None:
    edit = EditConstraint(planner, v, int64(PREFERRED))
    plan = plan_for(planner, [edit])
    i: int64 = 0
    while i < 10:
        v.value = new_value
        plan.execute()
        i += 1
    edit.destroy()


def projection_test(n: int64) -> int64:
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = scale
    dst = scale
    dests: List[Variable] = []
    i: int64 = 0
    while i < n:
        src = Variable("src", i)
        dst = Variable("dst", i)
        dests.append(dst)
        StayConstraint(planner, src, int64(NORMAL))
        ScaleConstraint(planner, src, scale, offset, dst, int64(REQUIRED))
        i += 1
    change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(planner, scale, 5)
    total: int64 = 0
    d: Variable
    i = 0
    while i < n - 1:
        d = dests[box(i)]
        if d.value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
        total += d.value
        i += 1
    change(planner, offset, 2000)
    i = 0
    while i < n - 1:
        d = dests[box(i)]
        if d.value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
        total += d.value
        i += 1
    return total + src.value + dst.value


def main() -> None:
    rounds: int64 = 700
    if bench_size() == "small":
        rounds = 3
    checksum: int64 = 0
    r: int64 = 0
    while r < rounds:
        checksum += chain_test(100)
        checksum += projection_test(100)
        r += 1
    print("rounds", box(rounds))
    print("checksum", box(checksum))


if __name__ == "__main__":
    main()
