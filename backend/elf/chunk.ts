// The unit of output, after mold's Chunk: every piece of the object file (ELF header,
// sections, section header table) is a chunk that first fixes its header and size, and only
// then writes bytes. writeObject() lays all chunks out between the two phases, so no chunk
// ever patches bytes written by another.
//
// Phases, in order, each run over all chunks before the next starts:
//   constructor  decides the contents (symbol order, string table entries)
//   index        writeObject() numbers the sections and names them in .shstrtab
//   finalize()   sets shdr.size and the fields that point at other chunks (sh_link, sh_info)
//   layout       writeObject() assigns shdr.offset, aligned to shdr.addralign
//   write(out)   fills exactly fileSize() bytes; `out` starts at shdr.offset

import { SHT } from "./consts.js";

/** The fields of an Elf64_Shdr we set; sh_addr is always 0 in a relocatable object. */
export interface SectionHeader {
  /** Offset of the name in .shstrtab. */
  name: number;
  type: number;
  flags: number;
  offset: number;
  /** Size in memory; for SHT_NOBITS this is more than the bytes in the file (none). */
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
}

export abstract class Chunk {
  readonly shdr: SectionHeader = {
    name: 0, type: SHT.NULL, flags: 0, offset: 0, size: 0, link: 0, info: 0, addralign: 1, entsize: 0,
  };
  /** Index in the section header table; stays -1 for the ELF header and the table itself. */
  index = -1;

  /** `name` is the section name; "" for chunks that are not sections. */
  constructor(readonly name: string) {}

  abstract finalize(): void;
  abstract write(out: Uint8Array): void;

  /** Bytes this chunk occupies in the file. */
  fileSize(): number {
    return this.shdr.type === SHT.NOBITS ? 0 : this.shdr.size;
  }
}

/** A little-endian DataView over `out`, which is a window into the output buffer. */
export function view(out: Uint8Array): DataView {
  return new DataView(out.buffer, out.byteOffset, out.byteLength);
}
