// x86-64 relocation types by name (psABI table 4.9): the number that goes in r_info and the
// width of the field the linker patches, which the writer uses to bounds-check offsets.
// Everything outside this file refers to relocation types by name only.
//
//   RELOC_TYPES.R_X86_64_PLT32 -> { number: 4, width: 4 }   call puts@PLT (addend -4)

import type { RelocType } from "../x86/inst.js";

export interface RelocTypeInfo {
  number: number;
  /** Bytes the linker writes at r_offset. */
  width: number;
}

export const RELOC_TYPES: Record<RelocType, RelocTypeInfo> = {
  R_X86_64_64: { number: 1, width: 8 },
  R_X86_64_PC32: { number: 2, width: 4 },
  R_X86_64_PLT32: { number: 4, width: 4 },
  R_X86_64_REX_GOTPCRELX: { number: 42, width: 4 },
  R_X86_64_TPOFF32: { number: 23, width: 4 },
};

/** The name of a relocation number, for readers and error messages; undefined if we never emit it. */
export function relocTypeName(number: number): RelocType | undefined {
  return (Object.keys(RELOC_TYPES) as RelocType[]).find((name) => RELOC_TYPES[name].number === number);
}
