#!/usr/bin/env node
// Generate dist/unicode-printable.json from CPython's own str.isprintable() (the same Unicode
// version the oracle uses), for repr(): the code points repr escapes, as sorted inclusive
// ranges [[first, last], ...]. The JS engine's Unicode tables are newer than CPython 3.11's.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const python = process.env.CINDERC_PYTHON || "/usr/bin/python3.11";
const program = `
import json, sys
ranges = []
for cp in range(0x110000):
    if not chr(cp).isprintable():
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
json.dump(ranges, sys.stdout, separators=(",", ":"))
`;
const json = execFileSync(python, ["-c", program], { encoding: "utf8", maxBuffer: 1 << 26 });
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist/unicode-printable.json"), json);
