/**
 * `npm run train-fragments [-- --check | --evaluate]`: train the fragment model (src/core/parse/fragment.ts) on the
 * annotated sets but the held-out ones and write src/core/parse/fragment-model.json. `--check` only says whether the file
 * is what the sets give. `--evaluate` leaves a tenth of the sets out in turn, trains on the rest and reads the tenth left
 * out: how many of its headings the model would read as cut pieces, and how many of its cut pieces it catches, at the
 * threshold and around it.
 */
import { join } from "node:path";
import { FRAGMENT_THRESHOLD, fragmentScoreWith } from "../src/core/parse/fragment.ts";
import { FRAGMENT_SETS, fragmentExamples, trainFragments } from "../test/support/fragments.ts";
import { readArgs } from "./args.ts";
import { writeDerived } from "./derived-file.ts";

const USAGE = `usage: npm run train-fragments [-- --check | --evaluate]
  (no option)  train on the annotated sets but the held-out ones and write src/core/parse/fragment-model.json
  --check      exit 1 when fragment-model.json is not what the annotated sets give
  --evaluate   leave a tenth of the sets out at a time: headings read as pieces, pieces caught
`;
const FILE = join(import.meta.dirname, "..", "src", "core", "parse", "fragment-model.json");
const FOLDS = 10;

function main(argv: string[]): number {
  const args = readArgs(argv, { check: { type: "boolean" }, evaluate: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  const examples = fragmentExamples();
  if (args.values.evaluate) {
    const thresholds = [FRAGMENT_THRESHOLD - 2, FRAGMENT_THRESHOLD - 1, FRAGMENT_THRESHOLD, FRAGMENT_THRESHOLD + 1, FRAGMENT_THRESHOLD + 2];
    const headings = thresholds.map(() => 0);
    const pieces = thresholds.map(() => 0);
    let [h, p] = [0, 0];
    for (let k = 0; k < FOLDS; k++) {
      const held = new Set(FRAGMENT_SETS.filter((_, i) => i % FOLDS === k));
      const model = trainFragments(examples.filter((e) => !held.has(e.set)));
      for (const e of examples) {
        if (!held.has(e.set)) continue;
        const score = fragmentScoreWith(model, e.line, e.next);
        if (e.cut === 0) h++;
        else p++;
        thresholds.forEach((t, i) => {
          if (score >= t) (e.cut === 0 ? headings : pieces)[i]!++;
        });
      }
    }
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`.padStart(7);
    process.stdout.write(`${h} headings, ${p} first pieces, ${FOLDS} folds by set\nthreshold  headings read as pieces  pieces caught\n`);
    thresholds.forEach((t, i) => process.stdout.write(`${String(t).padStart(9)}${t === FRAGMENT_THRESHOLD ? "*" : " "} ${pct(headings[i]!, h).padStart(22)} ${pct(pieces[i]!, p).padStart(14)}\n`));
    return 0;
  }
  return writeDerived(FILE, trainFragments(examples), args.values.check === true, "npm run train-fragments");
}

process.exitCode = main(process.argv.slice(2));
