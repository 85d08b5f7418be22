# richards: an operating-system task scheduler (idle task, worker, two handlers, two devices)
# passing packets through queues; tasks are subclasses overriding run(). Plain Python, the
# algorithm of richards_typed.py. Prints the queue and hold counts; BENCH_SIZE=small shrinks it.
import os
import sys

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4


def bench_size():
    size = os.environ.get('BENCH_SIZE', 'default')
    if len(sys.argv) > 1:
        size = sys.argv[1]
    return size


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * BUFSIZE


def append_packet(pkt, queue):
    pkt.link = None
    if queue is None:
        return pkt
    last = queue
    while last.link is not None:
        last = last.link
    last.link = pkt
    return queue


class Task:
    def __init__(self, sched, ident, pri, queue):
        self.sched = sched
        self.ident = ident
        self.pri = pri
        self.queue = queue
        self.waiting = False
        self.held = False
        self.link = None

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take(self):
        if not self.waiting:
            return None
        self.waiting = False
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
        return pkt

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, seed, count):
        Task.__init__(self, sched, IDLE, 0, None)
        self.seed = seed
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.sched.release(DEVICE_A)
        self.seed = self.seed >> 1 ^ 53256
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait_current()
        if self.dest == HANDLER_A:
            self.dest = HANDLER_B
        else:
            self.dest = HANDLER_A
        pkt.ident = self.dest
        pkt.a1 = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.a2[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, pri, queue):
        Task.__init__(self, sched, ident, pri, queue)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            pos = work.a1
            if pos >= BUFSIZE:
                self.work = work.link
                return self.sched.send(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.a1 = work.a2[pos]
                work.a1 = pos + 1
                return self.sched.send(dev)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, pri):
        Task.__init__(self, sched, ident, pri, None)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.send(pending)
        self.pending = pkt
        self.sched.checksum += pkt.a1
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.first = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.checksum = 0

    def add(self, task):
        self.tasks[task.ident] = task
        task.link = self.first
        self.first = task

    def find(self, ident):
        task = self.tasks[ident]
        assert task is not None
        return task

    def hold_current(self):
        cur = self.current
        assert cur is not None
        self.holds += 1
        cur.held = True
        return cur.link

    def wait_current(self):
        cur = self.current
        assert cur is not None
        cur.waiting = True
        return cur

    def release(self, ident):
        cur = self.current
        assert cur is not None
        task = self.find(ident)
        task.held = False
        if task.pri > cur.pri:
            return task
        return cur

    def send(self, pkt):
        cur = self.current
        assert cur is not None
        dest = self.find(pkt.ident)
        self.sends += 1
        pkt.ident = cur.ident
        was_empty = dest.queue is None
        dest.queue = append_packet(pkt, dest.queue)
        if was_empty and dest.pri > cur.pri:
            return dest
        return cur

    def schedule(self):
        task = self.first
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.run(task.take())
            else:
                task = task.link


def richards(count):
    sched = Scheduler()
    sched.add(IdleTask(sched, 1, count))
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    sched.add(WorkerTask(sched, work))
    devs = Packet(None, DEVICE_A, KIND_DEVICE)
    devs = Packet(devs, DEVICE_A, KIND_DEVICE)
    devs = Packet(devs, DEVICE_A, KIND_DEVICE)
    sched.add(HandlerTask(sched, HANDLER_A, 2000, devs))
    devs = Packet(None, DEVICE_B, KIND_DEVICE)
    devs = Packet(devs, DEVICE_B, KIND_DEVICE)
    devs = Packet(devs, DEVICE_B, KIND_DEVICE)
    sched.add(HandlerTask(sched, HANDLER_B, 3000, devs))
    sched.add(DeviceTask(sched, DEVICE_A, 4000))
    sched.add(DeviceTask(sched, DEVICE_B, 5000))
    for ident in range(6):
        sched.find(ident).waiting = ident != IDLE
    sched.schedule()
    return sched


def main():
    iterations = 40
    if bench_size() == 'small':
        iterations = 2
    sends = 0
    holds = 0
    checksum = 0
    for _ in range(iterations):
        sched = richards(10000)
        sends += sched.sends
        holds += sched.holds
        checksum += sched.checksum
    print('sends', sends, 'holds', holds, 'checksum', checksum)


if __name__ == '__main__':
    main()
