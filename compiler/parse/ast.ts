// The Python 3.11 AST, node for node and field for field as CPython's Parser/Python.asdl.
//
// Consumes: nothing (types only). Produced by parse/parser.ts, printed by parse/dump.ts.
// Invariants:
//  - Every node is a plain object tagged `_type` with CPython's class name, so
//    `switch (node._type)` narrows; fields keep CPython's names and order (dump relies on it).
//  - Optional fields (`?` in the ASDL) are `null` when absent; sequences are arrays.
//  - Nodes with ASDL attributes carry CPython's positions: 1-based `lineno`, 0-based
//    `col_offset` in UTF-8 bytes, and the matching end position.
//  - Operators and contexts are small objects ({ _type: "Add" }), shared and never mutated.
// Example: `x = 1` is
//   { _type: "Module", body: [{ _type: "Assign",
//       targets: [{ _type: "Name", id: "x", ctx: { _type: "Store" }, lineno: 1, col_offset: 0, ... }],
//       value: { _type: "Constant", value: { kind: "int", value: 1n }, kind: null, ... },
//       type_comment: null, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 5 }],
//     type_ignores: [] }
//
// TypeScript names follow the ASDL, except where a sum and a node would collide: the
// statement node `Expr` is `ExprStmt` (its `_type` is still "Expr"), and the operator sums
// are `BoolOperator`, `Operator`, `UnaryOperator` and `CmpOperator`.

/** Source position of nodes that have ASDL `attributes`. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A Python str. `codePoints` is set only when the text holds a surrogate pair that Python
 *  keeps as two code points ('\ud800\udc80'), which `value`, a JS string, reads as one
 *  astral character. */
export interface StrValue { kind: "str"; value: string; codePoints?: number[] }

/** A Python constant, tagged so that int/float/complex/bytes stay distinct in JS. */
export type ConstantValue =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; imag: number }
  | StrValue
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "bool"; value: boolean }
  | { kind: "None" }
  | { kind: "Ellipsis" };

// ---- mod ----

export interface Module { _type: "Module"; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: "Interactive"; body: Stmt[] }
export interface Expression { _type: "Expression"; body: Expr }
export interface FunctionType { _type: "FunctionType"; argtypes: Expr[]; returns: Expr }
export type Mod = Module | Interactive | Expression | FunctionType;

// ---- stmt ----

export interface FunctionDef extends Located {
  _type: "FunctionDef"; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  _type: "AsyncFunctionDef"; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Located {
  _type: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Located { _type: "Return"; value: Expr | null }
export interface Delete extends Located { _type: "Delete"; targets: Expr[] }
export interface Assign extends Located { _type: "Assign"; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Located { _type: "AugAssign"; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Located {
  _type: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Located {
  _type: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: "AsyncFor"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Located { _type: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { _type: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { _type: "With"; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Located {
  _type: "AsyncWith"; items: WithItem[]; body: Stmt[]; type_comment: string | null;
}
export interface Match extends Located { _type: "Match"; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { _type: "Raise"; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
  _type: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Located {
  _type: "TryStar"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Located { _type: "Assert"; test: Expr; msg: Expr | null }
export interface Import extends Located { _type: "Import"; names: Alias[] }
export interface ImportFrom extends Located {
  _type: "ImportFrom"; module: string | null; names: Alias[]; level: number | null;
}
export interface Global extends Located { _type: "Global"; names: string[] }
export interface Nonlocal extends Located { _type: "Nonlocal"; names: string[] }
/** The expression statement (CPython's `Expr` node). */
export interface ExprStmt extends Located { _type: "Expr"; value: Expr }
export interface Pass extends Located { _type: "Pass" }
export interface Break extends Located { _type: "Break" }
export interface Continue extends Located { _type: "Continue" }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expr ----

export interface BoolOp extends Located { _type: "BoolOp"; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { _type: "NamedExpr"; target: Expr; value: Expr }
export interface BinOp extends Located { _type: "BinOp"; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { _type: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { _type: "Lambda"; args: Arguments; body: Expr }
export interface IfExp extends Located { _type: "IfExp"; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { _type: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface Set extends Located { _type: "Set"; elts: Expr[] }
export interface ListComp extends Located { _type: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { _type: "SetComp"; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located {
  _type: "DictComp"; key: Expr; value: Expr; generators: Comprehension[];
}
export interface GeneratorExp extends Located { _type: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface Await extends Located { _type: "Await"; value: Expr }
export interface Yield extends Located { _type: "Yield"; value: Expr | null }
export interface YieldFrom extends Located { _type: "YieldFrom"; value: Expr }
export interface Compare extends Located { _type: "Compare"; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Located { _type: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion` is -1 or the code of 's', 'r' or 'a'. */
export interface FormattedValue extends Located {
  _type: "FormattedValue"; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Located { _type: "JoinedStr"; values: Expr[] }
/** `kind` is "u" for a u-prefixed string literal, else null. */
export interface Constant extends Located { _type: "Constant"; value: ConstantValue; kind: string | null }
export interface Attribute extends Located { _type: "Attribute"; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { _type: "Starred"; value: Expr; ctx: ExprContext }
export interface Name extends Located { _type: "Name"; id: string; ctx: ExprContext }
export interface List extends Located { _type: "List"; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: "Tuple"; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { _type: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- small sums ----

export interface Load { _type: "Load" }
export interface Store { _type: "Store" }
export interface Del { _type: "Del" }
export type ExprContext = Load | Store | Del;

export type BoolOperator = { _type: "And" } | { _type: "Or" };
export type Operator = {
  _type: "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift"
    | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
};
export type UnaryOperator = { _type: "Invert" | "Not" | "UAdd" | "USub" };
export type CmpOperator = { _type: "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn" };

// ---- product types ----

export interface Comprehension {
  _type: "comprehension"; target: Expr; iter: Expr; ifs: Expr[]; is_async: number;
}
export interface ExceptHandler extends Located {
  _type: "ExceptHandler"; type: Expr | null; name: string | null; body: Stmt[];
}
/** `kw_defaults[i]` is null when the i-th keyword-only parameter has no default. */
export interface Arguments {
  _type: "arguments"; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Located { _type: "arg"; arg: string; annotation: Expr | null; type_comment: string | null }
/** `arg` is null for `**mapping`. */
export interface Keyword extends Located { _type: "keyword"; arg: string | null; value: Expr }
export interface Alias extends Located { _type: "alias"; name: string; asname: string | null }
export interface WithItem { _type: "withitem"; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: "match_case"; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---- pattern ----

export interface MatchValue extends Located { _type: "MatchValue"; value: Expr }
export interface MatchSingleton extends Located { _type: "MatchSingleton"; value: ConstantValue }
export interface MatchSequence extends Located { _type: "MatchSequence"; patterns: Pattern[] }
export interface MatchMapping extends Located {
  _type: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null;
}
export interface MatchClass extends Located {
  _type: "MatchClass"; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { _type: "MatchStar"; name: string | null }
export interface MatchAs extends Located { _type: "MatchAs"; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { _type: "MatchOr"; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export interface TypeIgnore { _type: "TypeIgnore"; lineno: number; tag: string }

/** Any AST node: what dump.ts walks. */
export type Node =
  | Mod | Stmt | Expr | ExprContext | BoolOperator | Operator | UnaryOperator | CmpOperator
  | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase
  | Pattern | TypeIgnore;
