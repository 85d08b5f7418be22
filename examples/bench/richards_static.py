# richards: an operating-system task scheduler (idle task, worker, two handlers, two devices)
# passing packets through queues; tasks are subclasses overriding run(). Static Python in
# Cinder's style: typed slots (int64 counters and identifiers, cbool flags, Optional links),
# @final on every class and method that is never overridden, so only Task.run goes through the
# vtable; int64 loop counters. BENCH_SIZE=small shrinks it.
#
# Module constants are folded `Final`s, read as int64(NAME); a packet's data is an
# Array[int64] (elements unboxed, one load or store each).
from __future__ import annotations

import __static__
from __static__ import Array, box, cbool, int64

import os
import sys
from typing import Final, List, Optional, final

IDLE: Final = 0
WORKER: Final = 1
HANDLER_A: Final = 2
HANDLER_B: Final = 3
DEVICE_A: Final = 4
DEVICE_B: Final = 5
KIND_DEVICE: Final = 0
KIND_WORK: Final = 1
BUFSIZE: Final = 4


def bench_size() -> str:
    size = os.environ.get("BENCH_SIZE", "default")
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


@final
class Packet:
    def __init__(self, link: Optional[Packet], ident: int64, kind: int64) -> None:
        self.link: Optional[Packet] = link
        self.ident: int64 = ident
        self.kind: int64 = kind
        self.a1: int64 = 0
        self.a2: Array[int64] = Array[int64](BUFSIZE)


def append_packet(pkt: Packet, queue: Optional[Packet]) -> Packet:
    pkt.link = None
    if queue is None:
        return pkt
    last: Packet = queue
    nxt = last.link
    while nxt is not None:
        last = nxt
        nxt = last.link
    last.link = pkt
    return queue


class Task:
    def __init__(self, ident: int64, pri: int64, queue: Optional[Packet]) -> None:
        self.ident: int64 = ident
        self.pri: int64 = pri
        self.queue: Optional[Packet] = queue
        self.waiting: cbool = False
        self.held: cbool = False
        self.link: Optional[Task] = None

    @final
    def runnable(self) -> cbool:
        if self.held:
            return False
        return not self.waiting or cbool(self.queue is not None)

    @final
    def take(self) -> Optional[Packet]:
        if not self.waiting:
            return None
        self.waiting = False
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
        return pkt

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        raise NotImplementedError


@final
class Scheduler:
    def __init__(self) -> None:
        self.tasks: List[Optional[Task]] = [None] * 6
        self.first: Optional[Task] = None
        self.current: Optional[Task] = None
        self.sends: int64 = 0
        self.holds: int64 = 0
        self.checksum: int64 = 0

    def add(self, task: Task) -> None:
        self.tasks[task.ident] = task
        task.link = self.first
        self.first = task

    def find(self, ident: int64) -> Task:
        task: Optional[Task] = self.tasks[ident]
        assert task is not None
        return task

    def hold_current(self) -> Optional[Task]:
        cur = self.current
        assert cur is not None
        self.holds += 1
        cur.held = True
        return cur.link

    def wait_current(self) -> Optional[Task]:
        cur = self.current
        assert cur is not None
        cur.waiting = True
        return cur

    def release(self, ident: int64) -> Optional[Task]:
        cur = self.current
        assert cur is not None
        task = self.find(ident)
        task.held = False
        if task.pri > cur.pri:
            return task
        return cur

    def send(self, pkt: Packet) -> Optional[Task]:
        cur = self.current
        assert cur is not None
        dest = self.find(pkt.ident)
        self.sends += 1
        pkt.ident = cur.ident
        queue = dest.queue
        dest.queue = append_packet(pkt, queue)
        if queue is None:
            if dest.pri > cur.pri:
                return dest
        return cur

    def schedule(self) -> None:
        task: Optional[Task] = self.first
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.run(task.take())
            else:
                task = task.link


@final
class IdleTask(Task):
    def __init__(self, sched: Scheduler, seed: int64, count: int64) -> None:
        Task.__init__(self, int64(IDLE), 0, None)
        self.sched: Scheduler = sched
        self.seed: int64 = seed
        self.count: int64 = count

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.sched.release(int64(DEVICE_A))
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(int64(DEVICE_B))


@final
class WorkerTask(Task):
    def __init__(self, sched: Scheduler, queue: Optional[Packet]) -> None:
        Task.__init__(self, int64(WORKER), 1000, queue)
        self.sched: Scheduler = sched
        self.dest: int64 = int64(HANDLER_A)
        self.letter: int64 = 0

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            return self.sched.wait_current()
        if self.dest == int64(HANDLER_A):
            self.dest = int64(HANDLER_B)
        else:
            self.dest = int64(HANDLER_A)
        pkt.ident = self.dest
        pkt.a1 = 0
        a2: Array[int64] = pkt.a2
        n: int64 = int64(BUFSIZE)
        i: int64 = 0
        while i < n:
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            a2[i] = self.letter
            i += 1
        return self.sched.send(pkt)


@final
class HandlerTask(Task):
    def __init__(self, sched: Scheduler, ident: int64, pri: int64, queue: Optional[Packet]) -> None:
        Task.__init__(self, ident, pri, queue)
        self.sched: Scheduler = sched
        self.work: Optional[Packet] = None
        self.devices: Optional[Packet] = None

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is not None:
            if pkt.kind == int64(KIND_WORK):
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            pos: int64 = work.a1
            if pos >= int64(BUFSIZE):
                self.work = work.link
                return self.sched.send(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.a1 = work.a2[pos]
                work.a1 = pos + 1
                return self.sched.send(dev)
        return self.sched.wait_current()


@final
class DeviceTask(Task):
    def __init__(self, sched: Scheduler, ident: int64, pri: int64) -> None:
        Task.__init__(self, ident, pri, None)
        self.sched: Scheduler = sched
        self.pending: Optional[Packet] = None

    def run(self, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.send(pending)
        self.pending = pkt
        self.sched.checksum += pkt.a1
        return self.sched.hold_current()


def richards(count: int64) -> Scheduler:
    sched = Scheduler()
    sched.add(IdleTask(sched, 1, count))
    work = Packet(None, 0, int64(KIND_WORK))
    work = Packet(work, 0, int64(KIND_WORK))
    sched.add(WorkerTask(sched, work))
    devs = Packet(None, int64(DEVICE_A), int64(KIND_DEVICE))
    devs = Packet(devs, int64(DEVICE_A), int64(KIND_DEVICE))
    devs = Packet(devs, int64(DEVICE_A), int64(KIND_DEVICE))
    sched.add(HandlerTask(sched, int64(HANDLER_A), 2000, devs))
    devs = Packet(None, int64(DEVICE_B), int64(KIND_DEVICE))
    devs = Packet(devs, int64(DEVICE_B), int64(KIND_DEVICE))
    devs = Packet(devs, int64(DEVICE_B), int64(KIND_DEVICE))
    sched.add(HandlerTask(sched, int64(HANDLER_B), 3000, devs))
    sched.add(DeviceTask(sched, int64(DEVICE_A), 4000))
    sched.add(DeviceTask(sched, int64(DEVICE_B), 5000))
    ident: int64 = 0
    while ident < 6:
        sched.find(ident).waiting = ident != int64(IDLE)
        ident += 1
    sched.schedule()
    return sched


def main() -> None:
    iterations: int64 = 40
    if bench_size() == "small":
        iterations = 2
    sends: int64 = 0
    holds: int64 = 0
    checksum: int64 = 0
    i: int64 = 0
    while i < iterations:
        sched = richards(10000)
        sends += sched.sends
        holds += sched.holds
        checksum += sched.checksum
        i += 1
    print("sends", box(sends), "holds", box(holds), "checksum", box(checksum))


if __name__ == "__main__":
    main()
