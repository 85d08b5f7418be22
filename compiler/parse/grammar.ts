// The ohm grammar and its AST semantics, loaded once per process.
//
// Consumes: dist/python-grammar.recipe.json, which scripts/grammar-recipe.mjs precompiles
// from python.ohm at build time (building from source costs ~190 ms, the recipe ~10 ms).
// Produces: the Grammar and the Semantics whose `ast` operation is the actions-*.ts tables.
// Invariant: every rule with more than one child has an action; one-child rules pass through.
import { readFileSync } from "node:fs";
import * as ohm from "ohm-js";
import { InternalError } from "../diagnostics.js";
import { distPath } from "../paths.js";
import { callActions } from "./actions-call.js";
import { exprActions } from "./actions-expr.js";
import { patternActions } from "./actions-pattern.js";
import { stmtActions } from "./actions-stmt.js";
import { installOhmSpeedups } from "./ohm-speedups.js";
import { targetActions } from "./actions-target.js";

// ohm exports makeRecipe at run time but its typings omit it.
const { makeRecipe } = ohm as unknown as { makeRecipe(recipe: string): ohm.Grammar };

let loaded: { grammar: ohm.Grammar; semantics: ohm.Semantics } | undefined;

export function pythonGrammar(): { grammar: ohm.Grammar; semantics: ohm.Semantics } {
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
    loaded = { grammar, semantics };
  }
  return loaded;
}
