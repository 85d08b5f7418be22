// Every C function and data symbol compiled code refers to, in one table: libpython 3.11's
// public API and runtime-support/'s CSR_* helpers (declared in runtime-support/cinderc.h).
// HIR's CallC op names an entry here; the table gives the C signature, who owns the
// result, and how the function reports an error, so the refcount pass and the lowering
// never hard-code a symbol. test/runtime/symbols.test.ts checks every name against
// libcinderc_rt.a and libpython3.11.so.

/** C-level value kinds at the ABI: obj = PyObject*, ptr = other pointer, i64/i32 integers,
 *  f64 = double. i32 results are sign-extended by the lowering. */
export type CKind = "obj" | "ptr" | "i64" | "i32" | "f64" | "void";

/** How a C function signals an exception. */
export type ErrorConvention =
  | "none" //            cannot fail
  | "null" //            returns NULL with an exception set
  | "neg1" //            returns -1 (int) with an exception set
  | "neg1_occurred" //   returns -1 (or -1.0); an exception is set only if PyErr_Occurred()
  | "always"; //         always raises (returns NULL)

export interface CFunction {
  name: string;
  params: CKind[];
  ret: CKind;
  error: ErrorConvention;
  /** For obj results: a new reference (owned) or borrowed. */
  result?: "owned" | "borrowed";
  /** Parameter indices whose reference the callee steals. */
  steals?: number[];
  /** Where the symbol comes from (for the symbol test and for readers). */
  lib: "python" | "runtime" | "libm";
}

const fns: CFunction[] = [
  // --- numbers (objects) ---
  ...["Add", "Subtract", "Multiply", "TrueDivide", "FloorDivide", "Remainder", "Lshift", "Rshift",
    "And", "Or", "Xor", "InPlaceAdd", "InPlaceSubtract", "InPlaceMultiply", "InPlaceTrueDivide",
    "InPlaceFloorDivide", "InPlaceRemainder", "InPlaceLshift", "InPlaceRshift", "InPlaceAnd",
    "InPlaceOr", "InPlaceXor"].map(
    (op): CFunction => ({ name: `PyNumber_${op}`, params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" })),
  { name: "PyNumber_Power", params: ["obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyNumber_InPlacePower", params: ["obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  ...["Negative", "Positive", "Invert"].map(
    (op): CFunction => ({ name: `PyNumber_${op}`, params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" })),
  // --- objects ---
  { name: "PyObject_RichCompare", params: ["obj", "obj", "i32"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PySequence_Contains", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyObject_IsTrue", params: ["obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyObject_Not", params: ["obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyObject_GetItem", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_SetItem", params: ["obj", "obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyObject_GetAttr", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_SetAttr", params: ["obj", "obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyObject_Size", params: ["obj"], ret: "i64", error: "neg1", lib: "python" },
  { name: "PyObject_GetIter", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_Vectorcall", params: ["obj", "ptr", "i64", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_VectorcallMethod", params: ["obj", "ptr", "i64", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  // PyIter_Next: NULL without an exception means exhausted; the lowering checks PyErr_Occurred.
  { name: "PyIter_Next", params: ["obj"], ret: "obj", error: "none", result: "owned", lib: "python" },
  { name: "PyErr_Occurred", params: [], ret: "obj", error: "none", result: "borrowed", lib: "python" },
  // --- boxing ---
  { name: "PyLong_FromLongLong", params: ["i64"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyFloat_FromDouble", params: ["f64"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "CSR_Unbox_Int64", params: ["obj"], ret: "i64", error: "neg1_occurred", lib: "runtime" },
  { name: "CSR_Unbox_Double", params: ["obj"], ret: "f64", error: "neg1_occurred", lib: "runtime" },
  // --- containers ---
  { name: "PyList_New", params: ["i64"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PySlice_New", params: ["obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyList_Append", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyDict_SetItem", params: ["obj", "obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  // --- modules, functions, globals, imports ---
  { name: "CSR_Module_Init", params: ["ptr"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Function_New", params: ["ptr", "obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Args_Bind", params: ["ptr", "obj", "ptr", "i64", "obj", "ptr"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Args_Check", params: ["obj", "ptr", "ptr", "i64"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Cast_Check", params: ["obj", "ptr"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Global_Load", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Global_Delete", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Import_Name", params: ["obj", "obj", "obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Import_From", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  // --- raising, tracebacks ---
  { name: "CSR_Raise_ZeroDivision", params: ["i64"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Raise", params: ["obj", "obj"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Raise_Assertion", params: ["obj"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Unpack", params: ["obj", "i64", "ptr"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "PyTuple_New", params: ["i64"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PySet_New", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PySet_Add", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "PyDict_New", params: [], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_Format", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_Str", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_Repr", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_ASCII", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyUnicode_Join", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "python" },
  { name: "PyObject_DelItem", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "python" },
  { name: "CSR_Raise_RecursionError", params: [], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Raise_NameError", params: ["ptr"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Raise_UnboundLocal", params: ["ptr"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Traceback_Add", params: ["ptr", "ptr", "i64", "obj"], ret: "void", error: "none", lib: "runtime" },
  // --- refcounting (the inline Py_DECREF's slow path) ---
  { name: "_Py_Dealloc", params: ["obj"], ret: "void", error: "none", lib: "python" },
  // --- libm ---
  { name: "pow", params: ["f64", "f64"], ret: "f64", error: "none", lib: "libm" },
];

export const RUNTIME_FUNCTIONS: ReadonlyMap<string, CFunction> = new Map(fns.map((f) => [f.name, f]));

export function cfunction(name: string): CFunction {
  const f = RUNTIME_FUNCTIONS.get(name);
  if (!f) throw new Error(`no runtime function ${name}`);
  return f;
}

/** Data symbols compiled code takes the address of. */
export const RUNTIME_DATA = {
  None: "_Py_NoneStruct",
  True: "_Py_TrueStruct",
  False: "_Py_FalseStruct",
  intType: "PyLong_Type",
  floatType: "PyFloat_Type",
  boolType: "PyBool_Type",
  strType: "PyUnicode_Type",
  listType: "PyList_Type",
} as const;

/** CPython 3.11 layout facts used by inline code (cpython311.md §1, §3). */
export const LAYOUT = {
  refcnt: 0,
  type: 8,
  listItems: 24, // PyListObject.ob_item
  tupleItems: 24, // PyTupleObject.ob_item[] (inline)
  varSize: 16, //   PyVarObject.ob_size
  immortalBit: 60,
  /** Offset of `globals` in CSR_ModuleDesc. */
  moduleDescGlobals: 48,
  /** Offset of `func` in CSR_FunctionDesc (NULL until the def ran). */
  functionDescFunc: 56,
} as const;

/** Py_LT..Py_GE as passed to PyObject_RichCompare. */
export const RICHCMP = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 } as const;

export const METH_FASTCALL_KEYWORDS = 0x80 | 0x02;
export const PY_VECTORCALL_ARGUMENTS_OFFSET = 1n << 63n;
