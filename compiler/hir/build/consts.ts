// A module's constant table: every str, int, float and tuple-of-constants the compiled code
// uses, deduplicated. Each becomes an immortal object in a cell the runtime fills at module
// init (runtime-support/cinderc.h CSR_ConstDesc); HIR's Const op names it by index.

export type ConstEntry =
  /** `codePoints` as in the AST's StrValue: set when an escaped surrogate pair stays two. */
  | { kind: "str"; value: string; codePoints?: number[] }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "tuple"; items: number[] };

export class ConstTable {
  readonly entries: ConstEntry[] = [];
  private readonly index = new Map<string, number>();

  private intern(key: string, entry: ConstEntry): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.entries.length;
      this.entries.push(entry);
      this.index.set(key, i);
    }
    return i;
  }

  str(value: string, codePoints?: number[]): number {
    // '\ud800\udc80' and '\U00010080' have the same JS string but are different strs.
    if (codePoints) return this.intern(`u:${codePoints.join(",")}`, { kind: "str", value, codePoints });
    return this.intern(`s:${value}`, { kind: "str", value });
  }
  int(value: bigint): number {
    return this.intern(`i:${value}`, { kind: "int", value });
  }
  float(value: number): number {
    // Object.is keeps 0.0 and -0.0 apart; NaN payloads are not preserved.
    const key = Object.is(value, -0) ? "f:-0" : `f:${value}`;
    return this.intern(key, { kind: "float", value });
  }
  tuple(items: number[]): number {
    return this.intern(`t:${items.join(",")}`, { kind: "tuple", items });
  }
}
