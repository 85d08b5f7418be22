// The ohm grammar and its AST semantics, loaded once per process.
//
// Consumes: dist/python-grammar.recipe.json, which scripts/grammar-recipe.mjs precompiles
// from python.ohm at build time (building from source costs ~190 ms, the recipe ~10 ms).
// Produces: the Grammar, the Semantics whose `ast` operation is the actions-*.ts tables, and
// `match`, which matches with fast-match.ts and asks ohm only when that fails (a failed
// MatchResult from ohm carries what errors.ts reads).
// Invariant: every rule with more than one child has an action; one-child rules pass through.
import { readFileSync } from "node:fs";
import * as ohm from "ohm-js";
import { InternalError } from "../diagnostics.js";
import { distPath } from "../paths.js";
import { callActions } from "./actions-call.js";
import { exprActions } from "./actions-expr.js";
import { patternActions } from "./actions-pattern.js";
import { stmtActions } from "./actions-stmt.js";
import { fastMatcher } from "./fast-match.js";
import { installOhmSpeedups, speedUpOperation } from "./ohm-speedups.js";
import { targetActions } from "./actions-target.js";

// ohm exports makeRecipe at run time but its typings omit it.
const { makeRecipe } = ohm as unknown as { makeRecipe(recipe: string): ohm.Grammar };

export interface PythonGrammar {
  grammar: ohm.Grammar;
  semantics: ohm.Semantics;
  /** The same MatchResult as `grammar.match(text, startRule)` gives, sooner. */
  match(text: string, startRule: string): ohm.MatchResult;
}

let loaded: PythonGrammar | undefined;

export function pythonGrammar(): PythonGrammar {
  if (!loaded) {
    const path = distPath("python-grammar.recipe.json");
    let recipe: string;
    try {
      recipe = readFileSync(path, "utf8");
    } catch {
      throw new InternalError("parse", `${path} is missing; run \`npm run build\` to precompile the grammar`);
    }
    const grammar = makeRecipe(recipe);
    installOhmSpeedups(grammar);
    const semantics = grammar.createSemantics().addOperation("ast", {
      ...exprActions,
      ...callActions,
      ...targetActions,
      ...stmtActions,
      ...patternActions,
    });
    speedUpOperation(semantics, "ast");
    const fast = fastMatcher(grammar);
    const match = (text: string, startRule: string) => fast?.match(text, startRule) ?? grammar.match(text, startRule);
    loaded = { grammar, semantics, match };
  }
  return loaded;
}
