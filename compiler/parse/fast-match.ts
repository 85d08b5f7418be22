// A faster matcher for python.ohm's successful matches: the grammar's parsing expressions
// compiled to JavaScript closures that build the very CST ohm's own matcher builds.
//
// Consumes: an ohm Grammar (python.ohm, from the recipe) and chunk text.
// Produces: an ohm MatchResult holding ohm's own CST node classes, so the semantics
// (actions-*.ts) run on it unchanged; or null when the text does not match, and the caller
// asks ohm, whose failed MatchResult carries what errors.ts needs (rightmost failure, trace).
// A successful MatchResult from here has no matcher and no rightmost failure (-1): nothing
// reads them on success.
// Why: ohm's matcher interprets the grammar, and for each expression it evaluates it keeps
// state for error reporting and incremental parsing that a successful parse never reads:
// ~75% of the corpus parse time was in it. Here each expression is a closure, only syntactic
// rules are memoized, and a rule is not applied at all when the next character cannot start
// it (first-chars.ts): about 3x fewer applications, each much cheaper.
// Invariants (checked against ohm 17.5's MatchState/pexprs-eval, whose rules these copy):
//  - PEG semantics are deterministic, so memoizing fewer rules gives the same CST;
//  - in a syntactic rule (capitalised name, outside a lexification `#`), spaces are skipped
//    before each rule application, terminal, range, `any` and `end`, and not otherwise;
//  - each child's offset is relative to the start of the rule application that holds it,
//    a rule application starting after its skipped spaces;
//  - on failure an expression leaves the position and the bindings as it found them.
// test/parse/fast-match.test.ts compares the CSTs with ohm's. A grammar with what this does
// not implement (parameterised rules, case-insensitive terminals, Unicode categories) gets
// no FastMatcher, or its match returns null, as it does on left recursion or a stack overflow.
// Example: match("x = 1\n", "Chunk") gives the CST Chunk(Statements(_iter(Statement(...))),
// _terminal), node for node, length for length, what `grammar.match(text, "Chunk")` gives.
import * as ohm from "ohm-js";
import { END, FirstChars, type CharSet } from "./first-chars.js";

/** The ohm internals this reads; their shapes are those of ohm-js 17.5. */
interface PExpr {
  getArity(): number;
}
interface CstNode {
  matchLength: number;
  grammar?: ohm.Grammar;
}
interface NodeClasses {
  Terminal: new (matchLength: number) => CstNode;
  Nonterminal: new (ruleName: string, children: CstNode[], offsets: number[], matchLength: number) => CstNode;
  Iteration: new (children: CstNode[], offsets: number[], matchLength: number, optional: boolean) => CstNode;
  MatchResult: new (matcher: unknown, input: string, startExpr: unknown, cst: CstNode, cstOffset: number, rightmost: number) => ohm.MatchResult;
}

type Match = () => boolean;

const CHECKED_VERSION = "17.5.0";
const FAILED = 0;

class Unsupported extends Error {}

/** The compiled matcher for `grammar`, or null when ohm's version or the grammar rules it out. */
export function fastMatcher(grammar: ohm.Grammar): FastMatcher | null {
  if ((ohm as unknown as { version: string }).version !== CHECKED_VERSION) return null;
  try {
    return new FastMatcher(grammar);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

export class FastMatcher {
  private input = "";
  private pos = 0;
  /** The children found so far, and their offsets, as ohm's MatchState keeps its bindings. */
  private nodes: CstNode[] = [];
  private offsets: number[] = [];
  /** Where the rule application being matched started; offsets are relative to it. */
  private appStart = 0;
  /** Syntactic rule results by pos * ruleCount + rule index: a node or FAILED. */
  private memo = new Map<number, CstNode | typeof FAILED>();
  private readonly ruleIndex = new Map<string, number>();
  private readonly bodies: Match[] = [];
  private readonly applies = new Map<string, Match>();
  /** isSpace[c] for the character codes below 128 that the grammar's `space` matches. */
  private readonly isSpace: Uint8Array;
  private readonly classes: NodeClasses;
  private readonly firstChars: FirstChars;

  constructor(private readonly grammar: ohm.Grammar) {
    const rules = (grammar as unknown as { rules: Record<string, { body: PExpr; formals: string[] }> }).rules;
    const spaces = spaceCharacters(rules.space?.body);
    this.isSpace = new Uint8Array(128);
    for (const c of spaces) this.isSpace[c] = 1;
    this.classes = nodeClasses(grammar, spaces[0]);
    this.firstChars = new FirstChars(rules, spaces);
    const names = Object.keys(rulesWithInherited(rules));
    names.forEach((name, i) => this.ruleIndex.set(name, i));
    for (const name of names) {
      const rule = rules[name];
      try {
        if (rule.formals.length > 0) throw new Unsupported(`parameterised rule ${name}`);
        this.bodies.push(this.compile(rule.body, isSyntactic(name)));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        // Built-in rules python.ohm never applies (ListOf<elem, sep>, letter) land here too.
        this.bodies.push(() => {
          throw e;
        });
      }
    }
  }

  /** Match `input` from `startRule`: ohm's MatchResult on success, null on failure. */
  match(input: string, startRule: string): ohm.MatchResult | null {
    this.input = input;
    this.pos = 0;
    this.appStart = 0;
    this.nodes = [];
    this.offsets = [];
    this.memo = new Map();
    // ohm's start expression is Seq(Apply(startRule), end), in the start rule's context.
    const start = this.leaf(this.apply(startRule), isSyntactic(startRule));
    const end = this.leaf(this.endLeaf(), isSyntactic(startRule));
    let ok: boolean;
    try {
      ok = start() && end();
    } catch (e) {
      // ohm handles these its own way (or overflows the stack too): let it.
      if (e instanceof Unsupported || e instanceof RangeError) return null;
      throw e;
    } finally {
      this.memo = new Map();
    }
    if (!ok) return null;
    const cst = this.nodes[0];
    cst.grammar = this.grammar;
    return new this.classes.MatchResult(null, input, startExpression(startRule), cst, this.offsets[0], -1);
  }

  private compile(expr: PExpr, syntactic: boolean): Match {
    const p = ohm.pexprs;
    if (expr === p.any) return this.leaf(this.anyLeaf(), syntactic);
    if (expr === p.end) return this.leaf(this.endLeaf(), syntactic);
    if (expr instanceof p.CaseInsensitiveTerminal || expr instanceof p.UnicodeChar || expr instanceof p.Param) {
      throw new Unsupported(expr.constructor.name);
    }
    if (expr instanceof p.Terminal) return this.leaf(this.terminal((expr as unknown as { obj: string }).obj), syntactic);
    if (expr instanceof p.Range) {
      const r = expr as unknown as { from: string; to: string; matchCodePoint: boolean };
      return this.leaf(this.range(r.from.codePointAt(0)!, r.to.codePointAt(0)!, r.matchCodePoint), syntactic);
    }
    if (expr instanceof p.Apply) {
      const a = expr as unknown as { ruleName: string; args: unknown[] };
      if (a.args.length > 0) throw new Unsupported(`application with arguments: ${a.ruleName}`);
      return this.leaf(this.apply(a.ruleName), syntactic, this.firstChars.ofApplication(a.ruleName, syntactic));
    }
    if (expr instanceof p.Lex) return this.compile((expr as unknown as { expr: PExpr }).expr, false);
    if (expr instanceof p.Alt) return this.alt((expr as unknown as { terms: PExpr[] }).terms.map((t) => this.compile(t, syntactic)));
    if (expr instanceof p.Seq) return this.seq((expr as unknown as { factors: PExpr[] }).factors.map((f) => this.compile(f, syntactic)));
    if (expr instanceof p.Iter) {
      const it = expr as unknown as { expr: PExpr; minNumMatches: number; maxNumMatches: number };
      return this.iter(this.compile(it.expr, syntactic), it.expr.getArity(), it.minNumMatches, it.maxNumMatches, expr instanceof p.Opt);
    }
    if (expr instanceof p.Not) return this.not(this.compile((expr as unknown as { expr: PExpr }).expr, syntactic));
    if (expr instanceof p.Lookahead) return this.lookahead(this.compile((expr as unknown as { expr: PExpr }).expr, syntactic));
    throw new Unsupported(`expression ${String(expr)}`);
  }

  // ---- Leaves: what ohm may skip spaces before ----

  /**
   * In a syntactic context, skip spaces first (and give them back if `match` fails). With a
   * FIRST set (first-chars.ts), try `match` only when the next character is in it.
   */
  private leaf(match: Match, syntactic: boolean, first: CharSet | null = null): Match {
    if (!syntactic && first === null) return match;
    const isSpace = this.isSpace;
    return () => {
      const before = this.pos;
      const input = this.input;
      let pos = before;
      let c = input.charCodeAt(pos);
      if (syntactic) {
        while (c < 128 && isSpace[c] === 1) c = input.charCodeAt(++pos);
      }
      if (first !== null && !first.has(pos < input.length ? c : END)) return false;
      this.pos = pos;
      if (match()) return true;
      this.pos = before;
      return false;
    };
  }

  private push(node: CstNode, at: number): void {
    this.nodes.push(node);
    this.offsets.push(at - this.appStart);
  }

  private terminal(text: string): Match {
    const Terminal = this.classes.Terminal;
    if (text.length === 1) {
      const code = text.charCodeAt(0);
      return () => {
        if (this.input.charCodeAt(this.pos) !== code) return false;
        this.push(new Terminal(1), this.pos++);
        return true;
      };
    }
    return () => {
      if (!this.input.startsWith(text, this.pos)) return false;
      this.push(new Terminal(text.length), this.pos);
      this.pos += text.length;
      return true;
    };
  }

  /** ohm compares code units, or code points when either end is beyond U+FFFF. */
  private range(from: number, to: number, codePoints: boolean): Match {
    const Terminal = this.classes.Terminal;
    return () => {
      const pos = this.pos;
      if (pos >= this.input.length) return false;
      const c = codePoints ? this.input.codePointAt(pos)! : this.input.charCodeAt(pos);
      if (c < from || c > to) return false;
      const length = c > 0xffff ? 2 : 1;
      this.push(new Terminal(length), pos);
      this.pos = pos + length;
      return true;
    };
  }

  private anyLeaf(): Match {
    const Terminal = this.classes.Terminal;
    return () => {
      const pos = this.pos;
      if (pos >= this.input.length) return false;
      const length = this.input.codePointAt(pos)! > 0xffff ? 2 : 1;
      this.push(new Terminal(length), pos);
      this.pos = pos + length;
      return true;
    };
  }

  private endLeaf(): Match {
    const Terminal = this.classes.Terminal;
    return () => {
      if (this.pos < this.input.length) return false;
      this.push(new Terminal(0), this.pos);
      return true;
    };
  }

  // ---- Rule applications ----

  /** Apply a rule; syntactic rules are memoized (lexical ones are cheap to match again). */
  private apply(ruleName: string): Match {
    const cached = this.applies.get(ruleName);
    if (cached) return cached;
    const index = this.ruleIndex.get(ruleName);
    if (index === undefined) throw new Unsupported(`unknown rule ${ruleName}`);
    const bodies = this.bodies;
    const Nonterminal = this.classes.Nonterminal;
    const count = this.ruleIndex.size;
    /** Match the body and push the rule's node (ohm's reallyEval and evalOnce). */
    const run = (start: number): CstNode | null => {
      const outerStart = this.appStart;
      const depth = this.nodes.length;
      this.appStart = start;
      const ok = bodies[index]();
      this.appStart = outerStart;
      if (!ok) return null;
      const node = new Nonterminal(ruleName, this.nodes.splice(depth), this.offsets.splice(depth), this.pos - start);
      this.push(node, start);
      return node;
    };
    // A left-recursive rule would recurse until the stack runs out; match() then returns null
    // and ohm, which handles left recursion, matches instead. python.ohm has none.
    const match: Match = !isSyntactic(ruleName)
      ? () => run(this.pos) !== null
      : () => {
          const start = this.pos;
          const key = start * count + index;
          const seen = this.memo.get(key);
          if (seen === undefined) {
            const node = run(start);
            this.memo.set(key, node ?? FAILED);
            return node !== null;
          }
          if (seen === FAILED) return false;
          this.push(seen, start);
          this.pos = start + seen.matchLength;
          return true;
        };
    this.applies.set(ruleName, match);
    return match;
  }

  // ---- Combinators ----

  private alt(terms: Match[]): Match {
    if (terms.length === 1) return terms[0];
    return () => {
      for (let i = 0; i < terms.length; i++) if (terms[i]()) return true;
      return false;
    };
  }

  private seq(factors: Match[]): Match {
    if (factors.length === 1) return factors[0];
    return () => {
      const pos = this.pos;
      const depth = this.nodes.length;
      for (let i = 0; i < factors.length; i++) {
        if (!factors[i]()) {
          this.pos = pos;
          this.truncate(depth);
          return false;
        }
      }
      return true;
    };
  }

  /** x*, x+ and x?: one iteration node per column of x's bindings, as ohm's Iter.eval builds. */
  private iter(expr: Match, arity: number, min: number, max: number, optional: boolean): Match {
    if (arity === 0) throw new Unsupported("iteration of an expression without bindings");
    const Iteration = this.classes.Iteration;
    return () => {
      const origPos = this.pos;
      const depth = this.nodes.length;
      const nodes = this.nodes;
      const offsets = this.offsets;
      // Column i holds the i-th binding of each match, at cols[i] (with its offsets at
      // cols[arity + i]); allocated at the first match, as most `x?` and `x*` match nothing.
      let cols: (CstNode | number)[][] | null = null;
      let count = 0;
      while (count < max && expr()) {
        if (cols === null) {
          cols = [];
          for (let i = 0; i < 2 * arity; i++) cols.push([]);
        }
        count++;
        for (let i = 0; i < arity; i++) {
          cols[i].push(nodes[depth + i]);
          cols[arity + i].push(offsets[depth + i]);
        }
        this.truncate(depth);
      }
      if (count < min) {
        this.pos = origPos;
        return false;
      }
      let offset = origPos - this.appStart;
      let matchLength = 0;
      if (cols !== null) {
        const last = cols[arity - 1];
        const lastOffsets = cols[2 * arity - 1] as number[];
        offset = cols[arity][0] as number;
        matchLength = lastOffsets[count - 1] + (last[count - 1] as CstNode).matchLength - offset;
      }
      for (let i = 0; i < arity; i++) {
        const column = cols === null ? [] : (cols[i] as CstNode[]);
        const columnOffsets = cols === null ? [] : (cols[arity + i] as number[]);
        nodes.push(new Iteration(column, columnOffsets, matchLength, optional));
        offsets.push(offset);
      }
      return true;
    };
  }

  private not(expr: Match): Match {
    return () => {
      const pos = this.pos;
      const depth = this.nodes.length;
      const matched = expr();
      this.pos = pos;
      if (matched) this.truncate(depth);
      return !matched;
    };
  }

  private lookahead(expr: Match): Match {
    return () => {
      const pos = this.pos;
      if (!expr()) return false;
      this.pos = pos;
      return true;
    };
  }

  /** Popping is cheaper than setting `length` in V8 (ohm's MatchState does the same). */
  private truncate(depth: number): void {
    const nodes = this.nodes;
    const offsets = this.offsets;
    while (nodes.length > depth) {
      nodes.pop();
      offsets.pop();
    }
  }
}

/** ohm's start expression for a match from `startRule`, kept in the MatchResult. */
function startExpression(startRule: string): unknown {
  const p = ohm.pexprs as unknown as { Seq: new (factors: unknown[]) => unknown; Apply: new (name: string) => unknown };
  return new p.Seq([new p.Apply(startRule), ohm.pexprs.end]);
}

function isSyntactic(ruleName: string): boolean {
  return ruleName[0] === ruleName[0].toUpperCase();
}

/** A grammar's rules object inherits the built-in rules through its prototype chain. */
function rulesWithInherited<T>(rules: Record<string, T>): Record<string, T> {
  const all: Record<string, T> = {};
  for (const name in rules) all[name] = rules[name];
  return all;
}

/** The characters of a `space` rule that is an alternation of one-character ASCII terminals. */
function spaceCharacters(body: PExpr | undefined): number[] {
  const p = ohm.pexprs;
  const terms = body instanceof p.Alt ? (body as unknown as { terms: PExpr[] }).terms : [];
  const chars: number[] = [];
  for (const t of terms) {
    const text = t instanceof p.Terminal ? (t as unknown as { obj: string }).obj : "";
    if (text.length !== 1 || text.charCodeAt(0) >= 128) throw new Unsupported("a space rule other than one-character ASCII terminals");
    chars.push(text.charCodeAt(0));
  }
  if (chars.length === 0) throw new Unsupported("no space rule");
  return chars;
}

/**
 * ohm does not export its CST node classes: take them from a match of one space with the
 * built-in `spaces = space*`, which gives spaces(_iter(space(_terminal))).
 */
function nodeClasses(grammar: ohm.Grammar, space: number): NodeClasses {
  type Probe = { constructor: unknown; children: Probe[] };
  const result = grammar.match(String.fromCharCode(space), "spaces") as unknown as { _cst: Probe; constructor: unknown };
  const spaces = result._cst;
  const iteration = spaces.children[0];
  const terminal = iteration.children[0].children[0];
  return {
    Nonterminal: spaces.constructor as NodeClasses["Nonterminal"],
    Iteration: iteration.constructor as NodeClasses["Iteration"],
    Terminal: terminal.constructor as NodeClasses["Terminal"],
    MatchResult: result.constructor as NodeClasses["MatchResult"],
  };
}
