/**
 * One build size, in its own process so its peak memory is its own:
 *   node bench/build-child.ts SEEDS_DIR OUT_DIR [--ceiling ROUNDS]
 * Runs the real build (src/build/pipeline.ts runBuild: read, decode, parse,
 * classify, plan, write the bulk files; no publish) and prints one JSON line.
 * With --ceiling, afterwards compares parse+classify with the parser's ceiling
 * (reading the same files and splitting them into lines), interleaved. Both
 * loops read with readFileSync: the async reads the build uses cost several
 * times more per small file on a busy machine and would hide the parser.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { runBuild } from "../src/build/pipeline.ts";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { decodePage } from "../src/publish/decode.ts";
import { ROOT } from "./lib/archive.ts";

const [seeds, out, flag, roundsArg] = process.argv.slice(2);
if (!seeds || !out) throw new Error("usage: build-child.ts SEEDS_DIR OUT_DIR [--ceiling ROUNDS]");

const started = performance.now();
let parsedAt = 0;
let pages = 0;
let warnings = 0;
const result = await runBuild({
  root: ROOT,
  seeds: path.resolve(seeds),
  out: path.resolve(out),
  state: path.resolve(out, "state"),
  strict: false,
  keepGoing: false,
  publish: null,
  log: () => warnings++,
  progress: (done, total) => {
    pages = total;
    if (done === total) parsedAt = performance.now();
  },
  now: () => "2026-01-01T00:00:00.000Z",
});
const finished = performance.now();
const usage = process.resourceUsage();
const report: Record<string, unknown> = {
  pages,
  articles: result.plan.manifest.articles,
  entries: result.plan.entries.size,
  warnings,
  totalMs: finished - started,
  parseMs: parsedAt - started,
  planAndWriteMs: finished - parsedAt,
  maxRssBytes: usage.maxRSS * 1024,
};

if (flag === "--ceiling") {
  // Same files, same order; each round times both loops back to back so machine noise hits both.
  const manifest = JSON.parse(await readFile(path.join(seeds, "manifest.json"), "utf8")) as { editions: { pages: { file: string }[] }[] };
  const files = manifest.editions.flatMap((e) => e.pages.map((p) => path.join(seeds, p.file)));
  const rounds = Number(roundsArg ?? 3);
  const ceiling: number[] = [];
  const parser: number[] = [];
  let lines = 0;
  let articles = 0;
  const decoder = new TextDecoder("utf-8");
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const f of files) lines += decoder.decode(readFileSync(f)).split("\n").length;
    ceiling.push(performance.now() - t);
    t = performance.now();
    for (const f of files) {
      const { text } = decodePage(f, readFileSync(f));
      articles += classifyPage(parsePage(text).articles).length;
    }
    parser.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  report.ceiling = { files: files.length, rounds, ceilingMs: median(ceiling), parserMs: median(parser), lines, articles };
}
process.stdout.write(JSON.stringify(report) + "\n");
