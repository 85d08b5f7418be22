// Which characters can start a match of a rule: the FIRST sets fast-match.ts checks before
// applying a rule, so that an application that must fail costs one character test.
//
// Consumes: an ohm grammar's rules (their parsing expressions). Produces: for a rule applied
// in a syntactic or a lexical context, a CharSet, or null when nothing can be ruled out.
// Invariant (what makes the check exact): if the application matches at position p, the
// character it starts with is in the set. "Starts with" is the character at p, except in a
// syntactic context, where ohm skips spaces before the application: there it is the first
// character after those spaces. The end of the input counts as a character (END), for `end`.
// Over-approximating is always safe (a lookahead &x adds x's set rather than narrowing, a
// negative one ~x adds nothing); a rule that can match the empty string, or that uses what this
// does not analyse, gets null.
// Example: `Exponent = "**" Factor` gets {"*"}, so `x + 1` never enters Exponent after x.
import * as ohm from "ohm-js";

export const END = -1;

/** A set of character codes: ASCII ones exactly, all others as one bit; and END. */
export class CharSet {
  readonly ascii = new Uint8Array(128);
  nonAscii = false;
  end = false;

  has(c: number): boolean {
    return c < 0 ? this.end : c < 128 ? this.ascii[c] === 1 : this.nonAscii;
  }

  addRange(from: number, to: number): void {
    for (let c = from; c <= Math.min(to, 127); c++) this.ascii[c] = 1;
    if (to >= 128) this.nonAscii = true;
  }

  addAll(other: CharSet): void {
    for (let c = 0; c < 128; c++) this.ascii[c] |= other.ascii[c];
    this.nonAscii ||= other.nonAscii;
    this.end ||= other.end;
  }
}

interface PExpr {
  readonly constructor: unknown;
}
type Rules = Record<string, { body: PExpr; formals: string[] }>;

/** What an expression can start with, and whether it can match without consuming input. */
interface First {
  set: CharSet;
  nullable: boolean;
}

/** FIRST sets of a grammar's rules, computed on demand. */
export class FirstChars {
  /** By rule name, in the rule's own context; null when unknown (or being computed). */
  private readonly byRule = new Map<string, First | null>();

  constructor(
    private readonly rules: Rules,
    private readonly spaces: number[],
  ) {}

  /**
   * What an application of `ruleName` in the given context can start with; null when it
   * can match the empty string or is not analysed.
   */
  ofApplication(ruleName: string, syntacticContext: boolean): CharSet | null {
    const first = this.application(ruleName, syntacticContext);
    return first === null || first.nullable ? null : first.set;
  }

  private application(ruleName: string, syntacticContext: boolean): First | null {
    const own = this.ofRule(ruleName);
    if (own === null || syntacticContext || !isSyntactic(ruleName)) return own;
    // A syntactic rule applied in a lexical context skips spaces itself, inside.
    const set = new CharSet();
    set.addAll(own.set);
    for (const c of this.spaces) set.ascii[c] = 1;
    return { set, nullable: own.nullable };
  }

  private ofRule(ruleName: string): First | null {
    if (this.byRule.has(ruleName)) return this.byRule.get(ruleName)!;
    this.byRule.set(ruleName, null); // a rule that reaches itself first: no answer
    const rule = this.rules[ruleName];
    const first = rule && rule.formals.length === 0 ? this.first(rule.body, isSyntactic(ruleName)) : null;
    this.byRule.set(ruleName, first);
    return first;
  }

  private first(expr: PExpr, syntactic: boolean): First | null {
    const p = ohm.pexprs;
    const e = expr as unknown as {
      obj: string; from: string; to: string; ruleName: string; args: unknown[];
      terms: PExpr[]; factors: PExpr[]; expr: PExpr; minNumMatches: number;
    };
    const set = new CharSet();
    if (expr === p.end) {
      set.end = true;
      return { set, nullable: false };
    }
    if (expr instanceof p.CaseInsensitiveTerminal) return null;
    if (expr instanceof p.Terminal) {
      if (e.obj.length > 0) set.addRange(e.obj.charCodeAt(0), e.obj.charCodeAt(0));
      return { set, nullable: e.obj.length === 0 };
    }
    if (expr instanceof p.Range) {
      set.addRange(e.from.codePointAt(0)!, e.to.codePointAt(0)!);
      return { set, nullable: false };
    }
    if (expr instanceof p.Apply) return e.args.length > 0 ? null : this.application(e.ruleName, syntactic);
    if (expr instanceof p.Alt) {
      let nullable = false;
      for (const term of e.terms) {
        const first = this.first(term, syntactic);
        if (first === null) return null;
        set.addAll(first.set);
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
    if (expr instanceof p.Seq) {
      // Factors that match without consuming leave the next one at the same position.
      for (const factor of e.factors) {
        const first = this.first(factor, syntactic);
        if (first === null) return null;
        set.addAll(first.set);
        if (!first.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
    if (expr instanceof p.Iter) {
      const first = this.first(e.expr, syntactic);
      return first && { set: first.set, nullable: first.nullable || e.minNumMatches === 0 };
    }
    // &x matches where x does, without consuming; ~x consumes nothing and adds no character.
    if (expr instanceof p.Lookahead) {
      const first = this.first(e.expr, syntactic);
      return first && { set: first.set, nullable: true };
    }
    if (expr instanceof p.Not) return { set, nullable: true };
    return null; // any, Lex, Param, UnicodeChar: not analysed
  }
}

function isSyntactic(ruleName: string): boolean {
  return ruleName[0] === ruleName[0].toUpperCase();
}
