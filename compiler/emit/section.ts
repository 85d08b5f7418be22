// A section being laid out: bytes, the symbols defined in it, and relocations against other
// symbols. The object emitters build .data/.rodata/.bss tables with it, field by field, in
// the C struct layouts of runtime-support/cinderc.h.

import type { ObjReloc, ObjSection, ObjSymbol } from "../../backend/elf/object.js";
import type { RelocType } from "../../backend/x86/inst.js";

export class SectionBuilder {
  private bytes: number[] = [];
  readonly symbols: ObjSymbol[] = [];
  readonly relocs: ObjReloc[] = [];

  constructor(readonly name: string, readonly kind: ObjSection["kind"], readonly align = 16) {}

  get size(): number {
    return this.bytes.length;
  }

  alignTo(n: number): void {
    while (this.bytes.length % n) this.bytes.push(0);
  }

  /** Define `name` at the current offset; its size is set by `endSymbol`. */
  symbol(name: string, type: ObjSymbol["type"], binding: ObjSymbol["binding"] = "local"): void {
    this.symbols.push({ name, section: this.name, value: this.bytes.length, size: 0, binding, type });
  }

  endSymbol(): void {
    const s = this.symbols[this.symbols.length - 1];
    s.size = this.bytes.length - s.value;
  }

  raw(data: Uint8Array | number[]): void {
    for (const b of data) this.bytes.push(b);
  }

  zeros(n: number): void {
    for (let i = 0; i < n; i++) this.bytes.push(0);
  }

  i64(v: bigint | number): void {
    let x = BigInt.asUintN(64, BigInt(v));
    for (let i = 0; i < 8; i++) {
      this.bytes.push(Number(x & 0xffn));
      x >>= 8n;
    }
  }

  i32(v: number): void {
    for (let i = 0; i < 4; i++) this.bytes.push((v >>> (8 * i)) & 0xff);
  }

  f64(v: number): void {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.bytes.push(buf.getUint8(i));
  }

  /** An 8-byte pointer to `symbol + addend` (R_X86_64_64), or NULL. */
  ptr(symbol: string | null, addend = 0): void {
    if (symbol) this.reloc("R_X86_64_64", symbol, addend);
    this.i64(0);
  }

  reloc(type: RelocType, symbol: string, addend: number, at = this.bytes.length): void {
    this.relocs.push({ section: this.name, offset: at, type, symbol, addend });
  }

  section(): ObjSection {
    return { name: this.name, kind: this.kind, data: Uint8Array.from(this.bytes), align: this.align };
  }
}
