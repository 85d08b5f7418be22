#!/usr/bin/env node
// Generate dist/unicode-names.json from CPython's own unicodedata (the same Unicode version
// the oracle uses), for `\N{NAME}` escapes: { "LATIN SMALL LETTER A": 97, ... }. Algorithmic
// names (CJK unified ideographs, Hangul syllables) are computed by the front end instead.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const python = process.env.CINDERC_PYTHON || "/usr/bin/python3.11";
const program = `
import json, sys, unicodedata
names = {}
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name and not name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
        names[name] = cp
json.dump(names, sys.stdout, separators=(",", ":"))
`;
const json = execFileSync(python, ["-c", program], { encoding: "utf8", maxBuffer: 1 << 26 });
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist/unicode-names.json"), json);
