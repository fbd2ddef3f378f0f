/**
 * `npm run train-sections [-- --check | --evaluate]`: train the section classifier's learned
 * model (src/core/classify/model.ts) on every annotated set and write
 * src/core/classify/model.json. `--check` only says whether the file is what the sets give.
 * `--evaluate` leaves each set out in turn: it trains on the others and classifies the left-out
 * set's gold articles with the model alone and with the whole classifier (lexicon and model), so
 * the model's figures are those of papers it never saw. (The lexicon was tuned on these sets:
 * its figures here are not first tries.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { classifyArticle } from "../src/core/classify/index.ts";
import { SectionModel } from "../src/core/classify/model.ts";
import { trainFromFixtures, trainingArticles, TRAINING_SETS } from "../test/support/training.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run train-sections [-- --check | --evaluate]
  (no option)  train on every annotated set and write src/core/classify/model.json
  --check      exit 1 when model.json is not what the annotated sets give
  --evaluate   leave one set out at a time: the model's accuracy on papers it never saw
`;
const FILE = join(import.meta.dirname, "..", "src", "core", "classify", "model.json");

function main(argv: string[]): number {
  const args = readArgs(argv, { check: { type: "boolean" }, evaluate: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  const articles = trainingArticles();
  if (args.values.evaluate) {
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)}%`.padStart(5);
    process.stdout.write(`${"left out".padEnd(10)} arts model  both\n`);
    let [n, model, both] = [0, 0, 0];
    for (const set of TRAINING_SETS) {
      const held = articles.filter((a) => a.set === set);
      const trained = new SectionModel(trainFromFixtures(articles.filter((a) => a.set !== set)));
      let [m, b] = [0, 0];
      for (const a of held) {
        if (trained.predict(a.article, a.article.kind === "photo" ? undefined : trained.sections.filter((s) => s !== "agriculture-photos")).section === a.section) m++;
        if (classifyArticle({ ...a.article, lines: { start: 1, end: 1 } }, { pageName: a.pageName }, trained).section === a.section) b++;
      }
      process.stdout.write(`${set.padEnd(10)} ${String(held.length).padStart(4)} ${pct(m, held.length)} ${pct(b, held.length)}\n`);
      [n, model, both] = [n + held.length, model + m, both + b];
    }
    process.stdout.write(`${"all".padEnd(10)} ${String(n).padStart(4)} ${pct(model, n)} ${pct(both, n)}\n`);
    return 0;
  }
  const text = `${JSON.stringify(trainFromFixtures(articles))}\n`;
  if (args.values.check) {
    if (readFileSync(FILE, "utf8") === text) return 0;
    process.stderr.write("src/core/classify/model.json is not what the annotated sets give: run npm run train-sections\n");
    return 1;
  }
  writeFileSync(FILE, text);
  process.stdout.write(`wrote ${FILE} (${articles.length} articles from ${TRAINING_SETS.length} sets, ${text.length} bytes)\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
