// The oracle for parser tests: CPython 3.11 (Debian's /usr/bin/python3.11, never a pyenv
// python) dumps many files in one process, so a suite pays the interpreter start-up once.
//
// For each file, CPython gives either `ast.dump(ast.parse(bytes), include_attributes=True)`
// or the SyntaxError it raises (message, line, 1-based column offset).
import { execFileSync } from "node:child_process";

export const PYTHON = process.env.CINDERC_PYTHON ?? "/usr/bin/python3.11";

export type OracleResult =
  | { dump: string }
  | { error: { type: string; msg: string; lineno: number | null; offset: number | null } };

const SCRIPT = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = {}
for path in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            out[path] = {"dump": ast.dump(ast.parse(f.read()), include_attributes=True)}
    except (SyntaxError, ValueError) as e:
        out[path] = {"error": {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                               "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)}}
json.dump(out, sys.stdout)
`;

/** CPython's answer for each file, keyed by path. */
export function oracle(paths: string[]): Record<string, OracleResult> {
  const stdout = execFileSync(PYTHON, ["-c", SCRIPT], {
    input: JSON.stringify(paths),
    maxBuffer: 1 << 30,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as Record<string, OracleResult>;
}
