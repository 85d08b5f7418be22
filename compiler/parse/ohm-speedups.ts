// Shortcuts in ohm-js: two in its matcher, for the two checks it makes before evaluating every
// rule application and terminal (python.ohm's error pass still runs on ohm's matcher), and two
// in its semantics, which every CST goes through (fast-match.ts builds ohm's CSTs). Each is
// exact: it returns what ohm's own code returns.
//
// Consumes: the ohm-js module. Produces: nothing; patches four methods, once per process.
// Why: profiling the stdlib parse (node --cpu-prof) showed ~25% of the time in the two checks:
//  - `Apply.isSyntactic()` upper-cases the rule name's first letter (a new string) on every
//    evaluated expression; an ASCII rule name is lexical exactly when that letter is a..z.
//  - `MatchState.skipSpaces()` applies the memoized `spaces` rule before every token of a
//    syntactic rule, ~4 times per character of a chunk. When the next character cannot start
//    a `space` (python.ohm: " ", "\t", "\x0c"), that application matches nothing and its
//    failures are discarded, so returning the position is the same result. With a trace
//    (ohm's debugging aid) the application is still made, so the trace keeps its entries.
// and, once fast-match.ts had made matching cheap, ~30% in the semantics' bookkeeping:
//  - `Interval.subInterval()`, called for every CST node the semantics visits, builds its
//    Interval with a constructor that defines `_sourceString` by Object.defineProperty (to
//    keep it out of console printing); a plain property is ~10x cheaper and reads the same.
//  - An operation's method (`node.ast()`) goes through ohm's doIt, which copies its arguments
//    through Object.entries, and Operation.execute, which keeps a stack for error messages,
//    and one-child rules without an action hand the operation down a level at a time (nine
//    levels from Expression to a name); see speedUpOperation.
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

interface IntervalProto {
  sourceString: string;
  startIdx: number;
  subInterval(offset: number, length: number): IntervalProto;
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

  speedUpIntervals(grammar);

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

/** Interval is not exported: reach its prototype through a match result's interval. */
function speedUpIntervals(grammar: ohm.Grammar): void {
  const interval = (grammar.match(" ", "spaces") as unknown as { getInterval(): IntervalProto }).getInterval();
  const proto = Object.getPrototypeOf(interval) as IntervalProto;
  // Same fields as ohm's constructor sets, and the same prototype, so `instanceof` holds.
  function LightInterval(this: Record<string, unknown>, source: string, startIdx: number, endIdx: number) {
    this._sourceString = source;
    this.startIdx = startIdx;
    this.endIdx = endIdx;
  }
  LightInterval.prototype = proto;
  const Light = LightInterval as unknown as new (source: string, startIdx: number, endIdx: number) => IntervalProto;
  proto.subInterval = function (this: IntervalProto, offset: number, length: number): IntervalProto {
    const startIdx = this.startIdx + offset;
    return new Light(this.sourceString, startIdx, startIdx + length);
  };
}

interface SemanticsInternals {
  operations: Record<string, { formals: string[]; actionDict: Record<string, (...children: unknown[]) => unknown> }>;
  Wrapper: { prototype: Record<string, unknown> };
}

interface CstNode {
  ctorName: string;
  matchLength: number;
  children?: CstNode[];
  childOffsets?: number[];
  isIteration(): boolean;
  isNonterminal(): boolean;
  numChildren(): number;
}

interface WrapperInternals {
  _semantics: SemanticsInternals & { wrap(node: CstNode, source: IntervalProto, base: IntervalProto): WrapperInternals };
  _node: CstNode;
  _baseInterval: IntervalProto;
  args: unknown;
  _children(): unknown[];
  [operation: string]: unknown;
}

/** The arguments object of every call of an operation without parameters. */
const NO_ARGUMENTS = Object.freeze(Object.create(null));

/**
 * Make `node.<name>()` of `semantics`, an operation without parameters, cheaper than ohm's
 * doIt and Operation.execute, for the two cases that make up the parse: the node's rule has
 * an action, which is called with the child wrappers; or it has none, is not an iteration,
 * and has one child, which gets the operation (ohm's default action). Everything else
 * (arguments, `_nonterminal`, missing actions) goes to ohm's code, which reports the errors.
 * Two things differ, neither seen by the actions-*.ts code: `this.args` is one shared empty
 * object, and the actions called here are not on the stack ohm prints with a missing action.
 */
export function speedUpOperation(semantics: ohm.Semantics, name: string): void {
  if ((ohm as unknown as { version: string }).version !== CHECKED_VERSION) return;
  const s = (semantics as unknown as { _getSemantics(): SemanticsInternals })._getSemantics();
  const operation = s.operations[name];
  if (operation?.formals.length !== 0 || "_nonterminal" in operation.actionDict) return;
  const actions = operation.actionDict;
  const passesThrough = (node: CstNode) => actions[node.ctorName] === undefined && !node.isIteration() && node.numChildren() === 1;
  const proto = s.Wrapper.prototype;
  const original = proto[name] as (this: WrapperInternals, ...args: unknown[]) => unknown;
  proto[name] = function fastOperation(this: WrapperInternals, ...args: unknown[]): unknown {
    // A sub-semantics may override the operation: ohm dispatches through the node's semantics.
    if (args.length !== 0 || this._semantics.operations[name] !== operation) return original.apply(this, args);
    const action = actions[this._node.ctorName];
    if (action === undefined) {
      if (!passesThrough(this._node)) return original.call(this);
      return (passThrough(this)[name] as () => unknown)();
    }
    const oldArgs = this.args;
    this.args = NO_ARGUMENTS;
    try {
      return action.apply(this, this._children());
    } finally {
      this.args = oldArgs;
    }
  };

  /**
   * The wrapper of the node that ohm's default action would reach from `wrapper` by handing
   * the operation down through one-child nodes without actions (Expression > Disjunction >
   * ... > Atom for a name), with the source and base intervals Wrapper.child() gives it; the
   * wrappers in between are never made.
   */
  function passThrough(wrapper: WrapperInternals): WrapperInternals {
    const root = wrapper._baseInterval;
    let node = wrapper._node;
    let baseStart = root.startIdx; // a nonterminal's base interval is its own source
    for (;;) {
      const child = node.children![0];
      const start = baseStart + node.childOffsets![0];
      if (child.isNonterminal() && passesThrough(child)) {
        node = child;
        baseStart = start;
        continue;
      }
      const source = root.subInterval(start - root.startIdx, child.matchLength);
      const base = child.isNonterminal() ? source : root.subInterval(baseStart - root.startIdx, node.matchLength);
      return wrapper._semantics.wrap(child, source, base);
    }
  }
}
