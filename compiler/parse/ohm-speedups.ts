// Two shortcuts in ohm-js's matcher, for the two checks it makes before evaluating every
// rule application and terminal. Each is exact: it returns what ohm's own code returns.
//
// Consumes: the ohm-js module. Produces: nothing; patches two methods, once per process.
// Why: profiling the stdlib parse (node --cpu-prof) showed ~25% of the time in these checks:
//  - `Apply.isSyntactic()` upper-cases the rule name's first letter (a new string) on every
//    evaluated expression; an ASCII rule name is lexical exactly when that letter is a..z.
//  - `MatchState.skipSpaces()` applies the memoized `spaces` rule before every token of a
//    syntactic rule, ~4 times per character of a chunk. When the next character cannot start
//    a `space` (python.ohm: " ", "\t", "\x0c"), that application matches nothing and its
//    failures are discarded, so returning the position is the same result. With a trace
//    (ohm's debugging aid) the application is still made, so the trace keeps its entries.
// Invariants: the spaces shortcut applies only to grammars registered here, whose `space` rule
// is python.ohm's; only the ohm-js version these were checked against (17.5.0) is patched, any
// other version runs unpatched, just slower.
import * as ohm from "ohm-js";

const CHECKED_VERSION = "17.5.0";

interface ApplyProto {
  ruleName: string;
  isSyntactic(): boolean;
  eval(state: MatchStateProto): boolean;
}

interface MatchStateProto {
  grammar: ohm.Grammar;
  inputStream: { source: string; pos: number };
  trace?: unknown;
  skipSpaces(): number;
}

let installed = false;
/** The grammar whose `space` is " " | "\t" | "\x0c" (python.ohm). */
let pythonSpaceGrammar: ohm.Grammar | null = null;

/** Patch ohm (once) and let `grammar`, whose `space` rule is python.ohm's, skip spaces fast. */
export function installOhmSpeedups(grammar: ohm.Grammar): void {
  pythonSpaceGrammar = grammar;
  const { version, pexprs } = ohm as unknown as { version: string; pexprs: { Apply: { prototype: ApplyProto } } };
  if (installed || version !== CHECKED_VERSION) return;
  installed = true;
  const apply = pexprs.Apply.prototype;

  const isSyntactic = apply.isSyntactic;
  apply.isSyntactic = function (this: ApplyProto): boolean {
    const c = this.ruleName.charCodeAt(0);
    return c < 0x80 ? !(c >= 97 && c <= 122) : isSyntactic.call(this);
  };

  // MatchState is not exported: reach its prototype through the first rule application.
  const evalApply = apply.eval;
  apply.eval = function (this: ApplyProto, state: MatchStateProto): boolean {
    apply.eval = evalApply;
    const matchState = Object.getPrototypeOf(state) as MatchStateProto;
    const skipSpaces = matchState.skipSpaces;
    matchState.skipSpaces = function (this: MatchStateProto): number {
      const input = this.inputStream;
      const c = input.source.charCodeAt(input.pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0c && !this.trace && this.grammar === pythonSpaceGrammar) {
        return input.pos;
      }
      return skipSpaces.call(this);
    };
    return evalApply.call(this, state);
  };
}
