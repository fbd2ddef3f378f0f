/**
 * `npm run --silent score -- DIR… [--worst N] [--confusion] [--json] [--even-spacing | --recut SEED]`:
 * parse every annotated page of each set and print, per set, the share of gold articles exactly
 * right per field, articles found and extra, characters lost; optionally the worst-scored articles
 * and the section confusion matrix, or the pages read evenly spaced, or re-cut as columns cut them.
 */
import { confusion, SCORED_FIELDS, scoreSet, summarise, type PageScore, type SetScore } from "../test/support/score.ts";
import { readArgs, readSeed, stopWhenPipeCloses } from "./args.ts";

const USAGE = `usage: npm run --silent score -- DIR... [--worst N] [--confusion] [--json] [--even-spacing | --recut SEED]
  DIR          an annotated set: <case>/page.txt + gold.json, pages/ + gold/, or NN.txt + NN.json
  --worst N    list the N gold articles with the most wrong fields, and which
  --confusion  print the section confusion matrix (gold rows, parsed columns)
  --json       one JSON object per set instead of the table
  --even-spacing
               read each page with every run of blank lines made one, as a PDF's text
               prints pages that leave no wider space between stories
  --recut SEED read each page evenly spaced with its paragraphs re-cut once or twice at
               random places a column may end, as the former hidden set's pages are cut:
               short first pieces a heading could be taken for (SEED: 0 to 4294967295)
`;

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);

function formatRow(label: string, s: SetScore): string {
  const fields = SCORED_FIELDS.map((f) => pct(s.fields[f])).join(" ");
  return `${label.padEnd(18)} ${String(s.pages).padStart(3)} ${String(s.articles).padStart(4)} ${pct(s.found / Math.max(1, s.articles))} ${String(s.extra).padStart(5)} ${fields} ${pct(s.exact)} ${String(s.lost).padStart(4)}`;
}

const HEADER = `${"set".padEnd(18)} pgs arts found extra ${SCORED_FIELDS.map((f) => f.slice(0, 5).padStart(5)).join(" ")} exact lost`;

function main(argv: string[]): number {
  const args = readArgs(argv, { worst: { type: "string" }, confusion: { type: "boolean" }, json: { type: "boolean" }, "even-spacing": { type: "boolean" }, recut: { type: "string" } }, USAGE);
  if (typeof args === "number") return args;
  const dirs = args.positionals;
  if (dirs.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const worst = args.values.worst === undefined ? 0 : Number(args.values.worst);
  if (!Number.isInteger(worst) || worst < 0) {
    process.stderr.write(`--worst: expected a whole number, got ${args.values.worst}\n`);
    return 2;
  }
  const recut = readSeed(args.values.recut, args.values["even-spacing"] === true, USAGE);
  if (recut === null) return 2;
  if (!args.values.json) process.stdout.write(`${HEADER}\n`);
  for (const dir of dirs) {
    let pages: PageScore[];
    try {
      pages = scoreSet(dir, { evenSpacing: args.values["even-spacing"] === true, recut });
    } catch (error) {
      process.stderr.write(`${dir}: ${(error as Error).message}\n`);
      return 1;
    }
    const summary = summarise(pages);
    if (args.values.json) {
      process.stdout.write(`${JSON.stringify({ set: dir, ...summary })}\n`);
      continue;
    }
    process.stdout.write(`${formatRow(dir.replace(/\/$/, "").split("/").slice(-2).join("/"), summary)}\n`);
    if (worst > 0) {
      const ranked = pages.flatMap((p) => p.articles.map((a) => ({ page: p.name, ...a }))).filter((a) => a.wrong.length > 0);
      ranked.sort((a, b) => b.wrong.length - a.wrong.length);
      for (const a of ranked.slice(0, worst)) process.stdout.write(`    ${a.page} #${a.gold} ${a.parsed === null ? "MISSED" : a.wrong.join(",")}  ${a.title ?? "(untitled)"}\n`);
    }
    if (args.values.confusion) {
      const m = confusion(pages);
      const cols = [...new Set([...m.values()].flatMap((r) => [...r.keys()]))].sort();
      process.stdout.write(`    ${"gold \\ parsed".padEnd(20)}${cols.map((c) => c.slice(0, 12).padStart(13)).join("")}\n`);
      for (const [gold, row] of [...m].sort()) process.stdout.write(`    ${gold.padEnd(20)}${cols.map((c) => String(row.get(c) ?? 0).padStart(13)).join("")}\n`);
    }
  }
  return 0;
}

stopWhenPipeCloses();
process.exitCode = main(process.argv.slice(2));
