/* richards in C: the scheduler of richards_typed.py (same tasks, packets and decisions), with
   a kind switch in place of the run() overrides, for the gcc -O2 limit.
   BENCH_SIZE=small (or argv[1]) shrinks the run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B, NTASKS };
enum { KIND_DEVICE, KIND_WORK };
#define BUFSIZE 4

typedef struct Packet {
  struct Packet *link;
  long ident, kind, a1, a2[BUFSIZE];
} Packet;

typedef struct Task {
  struct Task *link;
  long ident, pri;
  Packet *queue;
  int waiting, held;
  long seed, count;          /* idle */
  long dest, letter;         /* worker */
  Packet *work, *devices;    /* handler */
  Packet *pending;           /* device */
} Task;

typedef struct {
  Task *tasks[NTASKS];
  Task *first, *current;
  long sends, holds, checksum;
} Scheduler;

static Packet *packet(Packet *link, long ident, long kind) {
  Packet *p = calloc(1, sizeof *p);
  p->link = link; p->ident = ident; p->kind = kind;
  return p;
}

static Packet *append_packet(Packet *pkt, Packet *queue) {
  pkt->link = NULL;
  if (!queue) return pkt;
  Packet *last = queue;
  while (last->link) last = last->link;
  last->link = pkt;
  return queue;
}

static Task *hold_current(Scheduler *s) { s->holds++; s->current->held = 1; return s->current->link; }
static Task *wait_current(Scheduler *s) { s->current->waiting = 1; return s->current; }

static Task *release(Scheduler *s, long ident) {
  Task *t = s->tasks[ident];
  t->held = 0;
  return t->pri > s->current->pri ? t : s->current;
}

static Task *send(Scheduler *s, Packet *pkt) {
  Task *cur = s->current, *dest = s->tasks[pkt->ident];
  s->sends++;
  pkt->ident = cur->ident;
  int was_empty = dest->queue == NULL;
  dest->queue = append_packet(pkt, dest->queue);
  return was_empty && dest->pri > cur->pri ? dest : cur;
}

static Task *run(Scheduler *s, Task *t, Packet *pkt) {
  switch (t->ident) {
  case IDLE:
    if (--t->count == 0) return hold_current(s);
    if ((t->seed & 1) == 0) { t->seed >>= 1; return release(s, DEVICE_A); }
    t->seed = (t->seed >> 1) ^ 0xD008;
    return release(s, DEVICE_B);
  case WORKER:
    if (!pkt) return wait_current(s);
    t->dest = t->dest == HANDLER_A ? HANDLER_B : HANDLER_A;
    pkt->ident = t->dest;
    pkt->a1 = 0;
    for (int i = 0; i < BUFSIZE; i++) {
      if (++t->letter > 26) t->letter = 1;
      pkt->a2[i] = t->letter;
    }
    return send(s, pkt);
  case HANDLER_A:
  case HANDLER_B:
    if (pkt) {
      if (pkt->kind == KIND_WORK) t->work = append_packet(pkt, t->work);
      else t->devices = append_packet(pkt, t->devices);
    }
    if (t->work) {
      Packet *work = t->work;
      long pos = work->a1;
      if (pos >= BUFSIZE) { t->work = work->link; return send(s, work); }
      Packet *dev = t->devices;
      if (dev) {
        t->devices = dev->link;
        dev->a1 = work->a2[pos];
        work->a1 = pos + 1;
        return send(s, dev);
      }
    }
    return wait_current(s);
  default:
    if (!pkt) {
      Packet *pending = t->pending;
      if (!pending) return wait_current(s);
      t->pending = NULL;
      return send(s, pending);
    }
    t->pending = pkt;
    s->checksum += pkt->a1;
    return hold_current(s);
  }
}

static Task *add(Scheduler *s, long ident, long pri, Packet *queue) {
  Task *t = calloc(1, sizeof *t);
  t->ident = ident; t->pri = pri; t->queue = queue;
  s->tasks[ident] = t;
  t->link = s->first;
  s->first = t;
  return t;
}

static void richards(Scheduler *s, long count) {
  memset(s, 0, sizeof *s);
  Task *idle = add(s, IDLE, 0, NULL);
  idle->seed = 1; idle->count = count;
  Task *worker = add(s, WORKER, 1000, packet(packet(NULL, 0, KIND_WORK), 0, KIND_WORK));
  worker->dest = HANDLER_A;
  add(s, HANDLER_A, 2000, packet(packet(packet(NULL, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE));
  add(s, HANDLER_B, 3000, packet(packet(packet(NULL, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE));
  add(s, DEVICE_A, 4000, NULL);
  add(s, DEVICE_B, 5000, NULL);
  for (int i = 0; i < NTASKS; i++) s->tasks[i]->waiting = i != IDLE;
  Task *t = s->first;
  while (t) {
    int runnable = !t->held && (!t->waiting || t->queue);
    if (!runnable) { t = t->link; continue; }
    Packet *pkt = NULL;
    if (t->waiting) {
      t->waiting = 0;
      pkt = t->queue;
      if (pkt) t->queue = pkt->link;
    }
    s->current = t;
    t = run(s, t, pkt);
  }
  /* Packets and tasks are few (11 + 6 per run) and the process is short-lived: not freed. */
}

int main(int argc, char **argv) {
  const char *size = getenv("BENCH_SIZE");
  if (argc > 1) size = argv[1];
  int iterations = (size && strcmp(size, "small") == 0) ? 2 : 40;
  long sends = 0, holds = 0, checksum = 0;
  Scheduler s;
  for (int i = 0; i < iterations; i++) {
    richards(&s, 10000);
    sends += s.sends; holds += s.holds; checksum += s.checksum;
  }
  printf("sends %ld holds %ld checksum %ld\n", sends, holds, checksum);
  return 0;
}
