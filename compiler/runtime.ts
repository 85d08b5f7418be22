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
  { name: "PyLong_FromUnsignedLongLong", params: ["i64"], ret: "obj", error: "null", result: "owned", lib: "python" },
  ...["Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64"].map(
    (t): CFunction => ({ name: `CSR_Unbox_${t}`, params: ["obj"], ret: "i64", error: "neg1_occurred", lib: "runtime" })),
  { name: "CSR_Unbox_CBool", params: ["obj"], ret: "i64", error: "neg1", lib: "runtime" },
  { name: "CSR_Prim_UInt64ToDouble", params: ["i64"], ret: "f64", error: "none", lib: "runtime" },
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
  { name: "CSR_Global_LoadCached", params: ["obj", "obj", "ptr"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Global_Delete", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Import_Name", params: ["obj", "obj", "obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Import_From", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  // --- raising, tracebacks ---
  { name: "CSR_Raise_ZeroDivision", params: ["i64"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Raise", params: ["obj", "obj"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Native_Resolve", params: ["ptr"], ret: "ptr", error: "null", lib: "runtime" },
  { name: "CSR_Native_CalledDynamically", params: ["ptr"], ret: "obj", error: "always", lib: "runtime" },
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
  // --- classes ---
  { name: "CSR_Class_New", params: ["ptr", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Class_Build", params: ["obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Class_Bind", params: ["ptr", "obj"], ret: "void", error: "none", lib: "runtime" },
  { name: "CSR_Class_LoadName", params: ["obj", "obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Args_CheckClass", params: ["obj", "ptr", "ptr", "i64"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Cast_CheckClass", params: ["obj", "ptr"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Args_CheckGeneric", params: ["obj", "ptr", "ptr", "i64"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Cast_CheckGeneric", params: ["obj", "ptr"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Rand", params: [], ret: "i64", error: "none", lib: "runtime" },
  { name: "CSR_Generic_Resolve", params: ["ptr"], ret: "obj", error: "null", result: "borrowed", lib: "runtime" },
  { name: "CSR_Index_Get", params: ["obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Index_Set", params: ["obj", "i64", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
  { name: "CSR_Raise_MathDomain", params: [], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Object_New", params: ["ptr"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_Raise_AttributeError", params: ["obj", "ptr"], ret: "obj", error: "always", lib: "runtime" },
  { name: "CSR_Field_Default", params: ["obj", "ptr", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
  { name: "CSR_VTable_Get", params: ["ptr"], ret: "ptr", error: "null", lib: "runtime" },
  // --- refcounting (the inline Py_DECREF's slow path: object in r11, every register kept) ---
  { name: "CSR_Decref_Dealloc", params: ["obj"], ret: "void", error: "none", lib: "runtime" },
  // --- slow paths: `call keep` goes through this stub (target in r11, every register but rax kept) ---
  { name: "CSR_Call_KeepingRegisters", params: [], ret: "void", error: "none", lib: "runtime" },
  // --- libm ---
  { name: "pow", params: ["f64", "f64"], ret: "f64", error: "none", lib: "libm" },
  ...checkedContainerFunctions(),
];

/** Checked containers, Array and Vector (cinderc.h "checked containers and primitive
 *  arrays"): the unchecked fast paths static code calls once it knows the element types. Type results are
 *  borrowed (cached and immortal); element stores borrow their arguments. A checked dict or
 *  list is also a real dict/list, so the PyDict_ and PyList_ entries above apply to it,
 *  unchecked. */
function checkedContainerFunctions(): CFunction[] {
  return [
    { name: "CSR_CheckedDict_Type", params: ["obj", "obj"], ret: "obj", error: "null", result: "borrowed", lib: "runtime" },
    { name: "CSR_CheckedList_Type", params: ["obj"], ret: "obj", error: "null", result: "borrowed", lib: "runtime" },
    { name: "CSR_Array_Type", params: ["i64"], ret: "obj", error: "null", result: "borrowed", lib: "runtime" },
    { name: "CSR_CheckedDict_New", params: ["obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
    { name: "CSR_CheckedDict_GetItem", params: ["obj", "obj"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
    { name: "CSR_CheckedDict_SetItem", params: ["obj", "obj", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
    // The new list's ob_item[0..size) are NULL: store every one (stealing) before it escapes.
    { name: "CSR_CheckedList_New", params: ["obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
    { name: "CSR_CheckedList_GetItem", params: ["obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
    { name: "CSR_CheckedList_SetItem", params: ["obj", "i64", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
    { name: "CSR_CheckedList_Append", params: ["obj", "obj"], ret: "i32", error: "neg1", lib: "runtime" },
    { name: "CSR_Array_New", params: ["obj", "i64"], ret: "obj", error: "null", result: "owned", lib: "runtime" },
    { name: "CSR_Array_ItemSize", params: ["i64"], ret: "i64", error: "none", lib: "runtime" },
    // The normalised index (i < 0 counts from the end); the element is at arrayData + index * width.
    { name: "CSR_Array_Index", params: ["obj", "i64"], ret: "i64", error: "neg1", lib: "runtime" },
    { name: "CSR_Array_GetInt", params: ["obj", "i64"], ret: "i64", error: "neg1_occurred", lib: "runtime" },
    { name: "CSR_Array_SetInt", params: ["obj", "i64", "i64"], ret: "i32", error: "neg1", lib: "runtime" },
    { name: "CSR_Array_GetDouble", params: ["obj", "i64"], ret: "f64", error: "neg1_occurred", lib: "runtime" },
    { name: "CSR_Array_SetDouble", params: ["obj", "i64", "f64"], ret: "i32", error: "neg1", lib: "runtime" },
    { name: "CSR_Vector_Type", params: ["i64"], ret: "obj", error: "null", result: "borrowed", lib: "runtime" },
    // The normalised index for a read / a store; the element is at *(vectorData) + index * width.
    { name: "CSR_Vector_Index", params: ["obj", "i64"], ret: "i64", error: "neg1", lib: "runtime" },
    { name: "CSR_Vector_SetIndex", params: ["obj", "i64"], ret: "i64", error: "neg1", lib: "runtime" },
    // v.append(x): the element type code last; x already in the element type's range.
    { name: "CSR_Vector_AppendInt", params: ["obj", "i64", "i64"], ret: "i32", error: "neg1", lib: "runtime" },
    { name: "CSR_Vector_AppendDouble", params: ["obj", "f64"], ret: "i32", error: "neg1", lib: "runtime" },
  ];
}

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
  listIterType: "PyListIter_Type",
} as const;

/** CPython 3.11 layout facts used by inline code (cpython311.md §1, §3). */
export const LAYOUT = {
  refcnt: 0,
  type: 8,
  listItems: 24, // PyListObject.ob_item
  tupleItems: 24, // PyTupleObject.ob_item[] (inline)
  varSize: 16, //   PyVarObject.ob_size
  longDigits: 24, // PyLongObject.ob_digit[] (30-bit digits, uint32 each)
  immortalBit: 60,
  /** Offset of `globals` in CSR_ModuleDesc. */
  moduleDescGlobals: 48,
  /** Offset of `func` in CSR_FunctionDesc (NULL until the def ran). */
  functionDescFunc: 56,
  /** PyTypeObject.tp_cache (a static class's CSR_VTable) and tp_version_tag (uint32). */
  typeCache: 352,
  /** PyTypeObject.tp_base. */
  typeBase: 256,
  typeVersionTag: 384,
  /** CSR_VTable: the version tag it is valid for, and entries[0]. */
  vtableVersion: 24,
  vtableEntries: 40,
  /** A list iterator (Objects/listobject.c listiterobject, 3.11): its index and list (NULL once exhausted). */
  listIterIndex: 16,
  listIterSeq: 24,
  /** CSR_ClassDesc.type: the class object once its statement ran. */
  classDescType: 16,
  // --- checked containers and Array (cinderc.h; test/runtime/layout.test.ts) ---
  /** PyDictObject.ma_used: a (checked) dict's length; ma_version_tag (changed by every
   *  modification). */
  dictUsed: 16,
  dictVersion: 24,
  /** CSR_GlobalCache: the globals' version, the builtins dict and its version, the value. */
  globalCacheGlobalsVersion: 0,
  globalCacheBuiltins: 8,
  globalCacheBuiltinsVersion: 16,
  globalCacheValue: 24,
  /** CSR_ArrayObject: ob_size is the length; elements inline from `data`, native width. */
  arrayLength: 16,
  arrayData: 24,
  /** CSR_VectorObject (array.array's object): ob_size is the length; `data` points at the
   *  elements. */
  vectorData: 24,
  vectorAllocated: 32,
  /** Buffers exported: array refuses to resize while non-zero. */
  vectorExports: 56,
} as const;

/** Static Python's type codes by primitive (CSR_TYPED_* in cinderc.h): field kinds, Array
 *  element types. */
export const TYPE_CODES: Readonly<Record<string, number>> = {
  uint8: 0, int8: 1, uint16: 2, int16: 3, uint32: 4, int32: 5, uint64: 6, int64: 7, object: 8, double: 9, char: 0xb, cbool: 0xc,
};

/** Width in bytes of a primitive in memory (a field, an Array element), by Static Python type
 *  code (CSR_Prim_Size; Arrays take every one but char). */
export const PRIM_SIZE: Readonly<Record<number, number>> = {
  0: 1, 1: 1, 0xb: 1, 0xc: 1, // uint8, int8, char, cbool
  2: 2, 3: 2, // uint16, int16
  4: 4, 5: 4, // uint32, int32
  6: 8, 7: 8, 9: 8, // uint64, int64, double
};

/** Py_LT..Py_GE as passed to PyObject_RichCompare. */
export const RICHCMP = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 } as const;

/** sizeof(CSR_GlobalCache): a LOAD_GLOBAL site's cache. */
export const GLOBAL_CACHE_SIZE = 32;

export const METH_FASTCALL_KEYWORDS = 0x80 | 0x02;
export const PY_VECTORCALL_ARGUMENTS_OFFSET = 1n << 63n;
