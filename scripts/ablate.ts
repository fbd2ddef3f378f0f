/**
 * `npm run --silent ablate -- [DIR…] [--even-spacing | --recut SEED]`: what each optional parser rule contributes. Parses every
 * annotated set with all rules on, then with each optional rule switched off in turn, and prints
 * the change per field (percentage points of gold articles exactly right; extra articles as a
 * count). A rule whose removal changes nothing, or improves the scores, does not pay.
 * Default sets: the real corpus (real-a, real-b); real-c and real-d are measured, never tuned to.
 */
import { join } from "node:path";
import { RULES } from "../src/core/parse/trace.ts";
import { SCORED_FIELDS, scoreSet, summarise, type SetScore } from "../test/support/score.ts";
import { readArgs, readSeed, stopWhenPipeCloses } from "./args.ts";

const USAGE = `usage: npm run --silent ablate -- [DIR...] [--even-spacing | --recut SEED]
  DIR             annotated sets to measure on (default: test/fixtures/real-a and real-b)
  --even-spacing  read every page with each run of blank lines made one, as PDF texts that
                  leave no wider space between stories print it
  --recut SEED    read every page evenly spaced with its paragraphs re-cut at random places
                  a column may end, as npm run score takes it
`;
const ROOT = join(import.meta.dirname, "..");
stopWhenPipeCloses();
const args = readArgs(process.argv.slice(2), { "even-spacing": { type: "boolean" }, recut: { type: "string" } }, USAGE);
if (typeof args === "number") process.exit(args);
const evenSpacing = args.values["even-spacing"] === true;
const seed = readSeed(args.values.recut, evenSpacing, USAGE);
if (seed === null) process.exit(2);
const recut: number | undefined = seed;
const dirs = args.positionals.length > 0 ? args.positionals : ["real-a", "real-b"].map((s) => join(ROOT, "test/fixtures", s));

function overall(disabled?: ReadonlySet<string>): SetScore {
  return summarise(dirs.flatMap((d) => scoreSet(d, { disabled, evenSpacing, recut })));
}

const base = overall();
const cols = ["found", "extra", ...SCORED_FIELDS, "exact"];
process.stdout.write(`${dirs.map((d) => d.split("/").pop()).join(" + ")}: ${base.articles} gold articles, ${(100 * base.exact).toFixed(1)}% exact with every rule on\n`);
process.stdout.write(`${"rule switched off".padEnd(34)}${cols.map((c) => c.slice(0, 6).padStart(7)).join("")}\n`);
for (const [rule, about] of Object.entries(RULES)) {
  if (!about.optional) continue;
  const s = overall(new Set([rule]));
  const pp = (a: number, b: number) => {
    const d = Math.round(1000 * (a - b)) / 10;
    return (d === 0 ? "·" : `${d > 0 ? "+" : ""}${d}`).padStart(7);
  };
  const row = [
    pp(s.found / s.articles, base.found / base.articles),
    (s.extra - base.extra === 0 ? "·" : `${s.extra - base.extra > 0 ? "+" : ""}${s.extra - base.extra}`).padStart(7),
    ...SCORED_FIELDS.map((f) => pp(s.fields[f], base.fields[f])),
    pp(s.exact, base.exact),
  ];
  process.stdout.write(`${rule.padEnd(34)}${row.join("")}\n`);
}
