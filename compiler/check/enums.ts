// Static enums (static_python.md §4.5): `class Color(Enum)`, `IntEnum`, `StringEnum` from
// __static__. At run time an enum is an ordinary Python class built by the enum metaclass
// (stdlib/__static__/_enum.py, also the runtime's); here the checker knows its members.

/** The enum bases of __static__ by name. */
export const ENUM_BASES = ["Enum", "IntEnum", "StringEnum"] as const;
export type EnumBase = (typeof ENUM_BASES)[number];
