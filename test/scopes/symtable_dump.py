"""CPython 3.11's symbol tables in the text form of compiler/scopes/dump.ts (the oracle).

    /usr/bin/python3.11 test/scopes/symtable_dump.py FILE.py     print one file's dump
    /usr/bin/python3.11 test/scopes/symtable_dump.py < paths.json  JSON {path: {"dump"} | {"error"}}

The JSON form dumps many files in one process (test/scopes/oracle.ts). Flags and scope
come from the raw symbol dict: the flag bits below SCOPE_OFF, the scope above them.
"""
import json
import symtable
import sys
import warnings

SCOPE_OFF = 11
FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
         "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"]
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def dump_table(table, indent, lines):
    header = f"{indent}{table.get_type()} {table.get_name()} line {table.get_lineno()}"
    if table.is_nested():
        header += " nested"
    if table.get_type() == "function":
        header += f" params({', '.join(table._table.varnames)})"
    lines.append(header)
    symbols = table._table.symbols
    # UTF-16 code unit order, the order of JavaScript's default sort.
    for name in sorted(symbols, key=lambda n: n.encode("utf-16-be", "surrogatepass")):
        raw = symbols[name]
        flags = "|".join(f for i, f in enumerate(FLAGS) if raw & (1 << i)) or "-"
        lines.append(f"{indent}  {name}: {SCOPES[raw >> SCOPE_OFF]} {flags}")
    for child in table.get_children():
        dump_table(child, indent + "  ", lines)


def dump_file(path):
    with open(path, "rb") as f:
        source = f.read()
    lines = []
    dump_table(symtable.symtable(source, path, "exec"), "", lines)
    return "\n".join(lines) + "\n"


def main():
    warnings.simplefilter("ignore")
    if len(sys.argv) > 1:
        sys.stdout.write(dump_file(sys.argv[1]))
        return
    out = {}
    for path in json.load(sys.stdin):
        try:
            out[path] = {"dump": dump_file(path)}
        except (SyntaxError, ValueError) as e:
            out[path] = {"error": {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                                   "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}}
    json.dump(out, sys.stdout)


main()
