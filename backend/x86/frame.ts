// The stack frame of a compiled function, fixed before any instruction is emitted.
//
// Consumes the allocation (callee-saved registers, spill slots), the LFunction's own slots
// and the largest stack-argument area of its calls. Produces rbp-relative displacements and
// the amount the prologue subtracts from rsp. Invariant: rsp is 16-byte aligned after the
// prologue and stays put until the epilogue, so every call sees an aligned stack and
// outgoing stack arguments are stored at [rsp + 8k] without pushes.
//
//   [rbp + 16 + 8k]  incoming stack argument k
//   [rbp + 8]        return address
//   [rbp]            caller's rbp
//   [rbp - 8 ...]    callee-saved registers, in push order
//   ...              spill slots (8 bytes each), then LFunction.slots in order
//   ...              padding to 16 bytes
//   [rsp + 8k]       outgoing stack argument k

import type { Gpr } from "./inst.js";

export interface Frame {
  saved: Gpr[];
  /** Bytes the prologue subtracts from rsp after pushing `saved`. */
  size: number;
  spillDisp(slot: number): number;
  slotDisp(slot: number): number;
}

export function layoutFrame(saved: Gpr[], spillSlots: number, slots: number[], outgoingWords: number): Frame {
  const savedBytes = 8 * saved.length;
  const spillBase = savedBytes;
  const slotEnds: number[] = [];
  let end = spillBase + 8 * spillSlots;
  for (const size of slots) slotEnds.push((end += size));
  const used = end - savedBytes + 8 * outgoingWords;
  // push rbp leaves rsp 16-byte aligned; saved registers and the area must keep it so.
  const size = used + ((savedBytes + used) % 16);
  return {
    saved,
    size,
    spillDisp: (slot) => -(spillBase + 8 * (slot + 1)),
    slotDisp: (slot) => -slotEnds[slot],
  };
}
