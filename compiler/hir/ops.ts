// The HIR opcode table: one record per op. The printer, the verifier, the refcount pass and
// the lowering read these records; no other file keeps its own list of ops.
//
//   result   what the op produces: a representation, or "none", or "from-attrs" (CallC,
//            InvokeStatic: the callee decides)
//   ref      for object results: "owned" (a new reference the function must release),
//            "borrowed" (valid for the whole function: parameters), "immortal" (constants,
//            None/True/False: never refcounted by compiled code)
//   steals   operand indices whose reference the op consumes ("all" for every operand)
//   raises   whether the op can raise (then it carries a cleanup list after refcounting)

export type Repr = "object" | "nullable" | "int64" | "double" | "cbool" | "ptr";

export interface OpInfo {
  result: Repr | "none" | "from-attrs";
  ref?: "owned" | "borrowed" | "immortal";
  steals?: "all" | number[];
  raises: boolean;
  terminator?: boolean;
  doc: string;
}

export const OPS = {
  // ---- values ----
  Param: { result: "from-attrs", ref: "borrowed", raises: false, doc: "the function's index-th parameter (objects are borrowed from the caller)" },
  Const: { result: "object", ref: "immortal", raises: false, doc: "module constant `index` (an immortal object)" },
  Singleton: { result: "object", ref: "immortal", raises: false, doc: "None, True or False" },
  Null: { result: "nullable", ref: "immortal", raises: false, doc: "NULL: the value of a local before assignment" },
  Int64Const: { result: "int64", raises: false, doc: "an int64 immediate" },
  DoubleConst: { result: "double", raises: false, doc: "a double immediate" },
  CBoolConst: { result: "cbool", raises: false, doc: "a cbool immediate" },
  SymbolAddr: { result: "ptr", raises: false, doc: "address of a data symbol of this module (a descriptor)" },
  StackArray: { result: "ptr", raises: false, doc: "address of `size` pointer cells in the frame" },
  LoadArrayItem: { result: "object", ref: "borrowed", raises: false, doc: "arg 0 is a ptr; loads cell `index` (a reference borrowed from the caller)" },
  // ---- module state ----
  LoadGlobals: { result: "object", ref: "borrowed", raises: false, doc: "the module's globals dict" },
  LoadGlobal: { result: "object", ref: "owned", raises: true, doc: "globals[name] or builtins[name], else NameError" },
  StoreGlobal: { result: "none", raises: true, doc: "globals[name] = arg0" },
  // ---- calls ----
  CallC: { result: "from-attrs", raises: true, doc: "call a C function from compiler/runtime.ts; error convention from the table" },
  Vectorcall: { result: "object", ref: "owned", raises: true, doc: "arg0(*args[1:]) with keyword names `kwnames` (a const tuple index) for the last ones" },
  CallMethod: { result: "object", ref: "owned", raises: true, doc: "arg0.name(*args[1:])" },
  CheckStack: { result: "none", raises: true, doc: "RecursionError if the native stack is nearly exhausted (entry of functions that call natively)" },
  CheckDefined: { result: "none", raises: true, doc: "NameError unless the static function `name` (descriptor `symbol`) has had its def run" },
  CallNative: { result: "from-attrs", raises: false, doc: "call the C function at address arg0 with the SysV ABI: integer primitive operands and result (@native)" },
  InvokeStatic: { result: "from-attrs", raises: true, doc: "direct native call of a static function (no argument checks)" },
  BuildTuple: { result: "object", ref: "owned", steals: "all", raises: true, doc: "a new tuple of the operands" },
  TakeArrayItem: { result: "object", ref: "owned", raises: false, doc: "arg 0 is a ptr; takes the new reference in cell `index`" },
  InvokeMethod: { result: "from-attrs", raises: true, doc: "call through vtable slot `slot` of arg0's type (arg0 is self); `callee` is the static signature" },
  AllocObject: { result: "object", ref: "owned", raises: true, doc: "a new, zeroed instance of the static class `symbol` (its CSR_ClassDesc); NameError `name` before the class statement ran" },
  LoadField: { result: "from-attrs", raises: true, doc: "the field at `offset` of arg0 (`kind` object/int64/double/cbool); an unset object field raises AttributeError `name`" },
  StoreField: { result: "none", steals: [1], raises: false, doc: "arg0's field at `offset` = arg1 (objects: the old value is released)" },
  ListGetItem: { result: "object", ref: "owned", raises: true, doc: "arg0[arg1]: arg1 an int64 index; inline for exact lists (`kind`=chklist: arg0 is known to be a checked list) in range, else the generic protocol" },
  ListSetItem: { result: "none", raises: true, doc: "arg0[arg1] = arg2: arg1 an int64 index; inline as ListGetItem, else the generic protocol" },
  ArrayGetItem: { result: "from-attrs", raises: true, doc: "arg0[arg1] of an Array of `kind` (arg1 an int64 index, negative from the end): one load in range, else IndexError" },
  ArraySetItem: { result: "none", raises: true, doc: "arg0[arg1] = arg2 in an Array of `kind` (arg2 already of that primitive): one store in range, else IndexError" },
  VectorGetItem: { result: "from-attrs", raises: true, doc: "arg0[arg1] of a Vector of `kind`: as ArrayGetItem, the elements behind the Vector's data pointer" },
  VectorSetItem: { result: "none", raises: true, doc: "arg0[arg1] = arg2 in a Vector of `kind`: as ArraySetItem, the elements behind the Vector's data pointer" },
  VectorAppend: { result: "none", raises: true, doc: "arg0.append(arg1) on a Vector of `kind` (arg1 already of that primitive): in place while there is room, else array's own append grows it" },
  BuildList: { result: "object", ref: "owned", steals: "all", raises: true, doc: "a new list of the operands" },
  // ---- boxing and checks ----
  Box: { result: "object", ref: "owned", raises: true, doc: "an integer primitive (`prim`, default int64) or double to int/float; a cbool boxes to an immortal True/False" },
  Unbox: { result: "from-attrs", raises: true, doc: "int/float/bool to the primitive `kind` with Static Python's TypeError/OverflowError (range-checked)" },
  CheckArg: { result: "none", raises: true, doc: "CHECK_ARGS: arg0 must be an instance of `pytype`, else TypeError naming the parameter" },
  Cast: { result: "none", raises: true, doc: "CAST: arg0 must be an instance of `pytype`, else TypeError" },
  CheckBound: { result: "none", raises: true, doc: "UnboundLocalError if arg0 (a local) is NULL" },
  IsTrue: { result: "cbool", raises: true, doc: "truth of an object (PyObject_IsTrue)" },
  IsSame: { result: "cbool", raises: false, doc: "arg0 is arg1" },
  IsNull: { result: "cbool", raises: false, doc: "arg0 == NULL" },
  BoolFromCBool: { result: "object", ref: "immortal", raises: false, doc: "True or False" },
  IterNext: { result: "nullable", ref: "owned", raises: true, doc: "next(arg0), NULL when exhausted" },
  // ---- primitives ----
  // Integer primitives of every width are int64 values, kept sign- or zero-extended from
  // their width; `prim` (default int64) names the width and signedness an op works at.
  IntBinary: { result: "int64", raises: false, doc: "`kind` (add sub mul and or xor lshift rshift) at width `prim`, wrapping" },
  IntDivide: { result: "int64", raises: true, doc: "`kind` (div, mod) at width `prim`, truncating toward zero; ZeroDivisionError on 0" },
  IntCompare: { result: "cbool", raises: false, doc: "int64 comparison `cond` (ult ule ugt uge: unsigned)" },
  IntUnary: { result: "int64", raises: false, doc: "`kind` (neg, invert) at width `prim`, wrapping" },
  IntConvert: { result: "int64", raises: false, doc: "arg0 truncated to the width of `prim` and re-extended by its signedness" },
  DoubleBinary: { result: "double", raises: false, doc: "double `kind` (add sub mul div pow)" },
  DoubleSqrt: { result: "double", raises: true, doc: "math.sqrt of a double: ValueError 'math domain error' below zero" },
  DoubleCompare: { result: "cbool", raises: false, doc: "double comparison `cond`" },
  IntToDouble: { result: "double", raises: false, doc: "(double) arg0, read as `prim` (default int64)" },
  DoubleNeg: { result: "double", raises: false, doc: "-arg0" },
  CBoolNot: { result: "cbool", raises: false, doc: "not arg0" },
  // ---- refcounts (inserted by the refcount pass) ----
  Incref: { result: "none", raises: false, doc: "new reference to arg0" },
  Decref: { result: "none", raises: false, doc: "release a reference to arg0 (XDECREF when nullable)" },
  // ---- terminators ----
  Jump: { result: "none", steals: "all", raises: false, terminator: true, doc: "goto target, passing the operands as its parameters" },
  Branch: { result: "none", raises: false, terminator: true, doc: "if arg0 (cbool) goto then else goto else" },
  Return: { result: "none", steals: "all", raises: false, terminator: true, doc: "return arg0 (an owned reference for objects)" },
} as const satisfies Record<string, OpInfo>;

export type Op = keyof typeof OPS;

export function opInfo(op: Op): OpInfo {
  return OPS[op];
}
