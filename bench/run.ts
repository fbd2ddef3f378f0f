/**
 * npm run bench [-- --quick] [--json FILE] [--keep]
 *
 * Serving, render CPU, build, publish and bundle figures for the issue's
 * targets; prints every figure, then each target and whether it is met.
 * --quick runs tiny sizes (for the smoke test; its figures mean little).
 * Everything is written under a temporary folder, removed at the end unless
 * --keep; the project's own .wrangler state and build/ are never touched.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchBuild, benchPublish, type BuildFigures, type PublishFigures } from "./build.ts";
import { benchBundle, type BundleFigures } from "./bundle.ts";
import { loadTemplates, PAGES_PER_DAY, ROOT, writePages, writeSeeds } from "./lib/archive.ts";
import { evaluate, printFigures, printTargets } from "./lib/report.ts";
import { benchRender, type RenderFigures } from "./render.ts";
import { benchServing, type ServingFigures } from "./serving.ts";
import { realPagesFigures, type IndexFigures } from "./search.ts";

/** Two-term queries of words common in news pages, and rarer ones. */
const REAL_QUERIES = ["习近平 会见", "农民 增收", "乡村 振兴", "记者 采访", "经济 发展", "油茶 丰收", "工会 职工", "暴雨 预警"];
import { bundle, publishArchive } from "./lib/worker.ts";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const keep = argv.includes("--keep");
const jsonAt = argv.indexOf("--json");
const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === "--json") i++;
  else if (a !== "--quick" && a !== "--keep") throw new Error(`unknown option ${a} (options: --quick --json FILE --keep)`);
}

export const CONFIG = quick
  ? { sizes: [10, 50, 500], ceilingAt: 50, ceilingRounds: 1, publishBase: 496, servingPages: 24, connections: 4, rounds: 1, seconds: 0.5, warmupSeconds: 0.2, amount: 2_000, renderMs: 50, interleave: { rounds: 1, seconds: 1, sliceMs: 100 } }
  : { sizes: [100, 1_000, 10_000], ceilingAt: 1_000, ceilingRounds: 3, publishBase: 10_000, servingPages: 200, connections: 8, rounds: 6, seconds: 1.5, warmupSeconds: 1, amount: 200_000, renderMs: 1_000, interleave: { rounds: 6, seconds: 6, sliceMs: 173 } };

if (CONFIG.publishBase % PAGES_PER_DAY !== 0) throw new Error("publishBase must be whole days");

export interface Figures {
  quick: boolean;
  environment: Record<string, string>;
  bundle: BundleFigures;
  serving: ServingFigures;
  render: RenderFigures;
  build: BuildFigures;
  publish: PublishFigures;
  /** The search index of the fixtures' real pages. */
  realSearch: IndexFigures & { pages: number };
}

function environment(): Record<string, string> {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "scripts"], { cwd: ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " + uncommitted changes in src/ or scripts/";
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
    loadavg: os.loadavg().map((l) => l.toFixed(2)).join(" "),
    commit,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), "edgepaper-bench-"));
  const log = (line: string) => console.log(line);
  const step = (name: string) => log(`\n== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  try {
    const env = environment();
    log(`edgepaper bench${quick ? " --quick (tiny sizes: figures are for the smoke test, not for decisions)" : ""}`);
    for (const [k, v] of Object.entries(env)) log(`  ${k}: ${v}`);

    step("synthetic archive");
    const templates = loadTemplates();
    const total = Math.max(...CONFIG.sizes, CONFIG.publishBase + PAGES_PER_DAY, CONFIG.servingPages);
    const archive = path.join(work, "archive");
    const pages = await writePages(archive, total, templates);
    const seedsFor = (n: number) => path.join(work, `seeds-${n}`);
    for (const n of new Set([...CONFIG.sizes, CONFIG.publishBase + PAGES_PER_DAY, CONFIG.servingPages])) await writeSeeds(seedsFor(n), archive, pages.slice(0, n));
    log(`  ${total} pages from ${templates.length} templates (${templates.map((t) => path.relative("test/fixtures", t.file)).join(", ")}), ${PAGES_PER_DAY} pages a day, ${(pages.reduce((s, p) => s + p.bytes, 0) / 2 ** 20).toFixed(1)} MiB`);

    step("bundle: wrangler deploy --dry-run");
    const bundleFigures = await benchBundle(path.join(work, "bundle"));

    step(`serving: Miniflare on 127.0.0.1, ${CONFIG.servingPages}-page archive`);
    const benchBundleFile = (await bundle(path.join(work, "bench-bundle"), path.join(ROOT, "bench", "worker-entry.ts"))).file;
    const state = path.join(work, "state");
    const published = await publishArchive(seedsFor(CONFIG.servingPages), path.join(work, "serving-build"), state);
    log(`  published build ${published.build}: ${published.articles} articles, ${published.entries} entries`);
    const serving = await benchServing({ script: benchBundleFile, stateDir: state, connections: CONFIG.connections, rounds: CONFIG.rounds, seconds: CONFIG.seconds, amount: CONFIG.amount, warmupSeconds: CONFIG.warmupSeconds, interleave: CONFIG.interleave }, log);

    step("render CPU: tinybench, 50-item feeds");
    const render = await benchRender({ timeMs: CONFIG.renderMs });

    step(`build: ${CONFIG.sizes.join(", ")} pages`);
    const build = await benchBuild(seedsFor, path.join(work, "out"), CONFIG.sizes, CONFIG.ceilingAt, CONFIG.ceilingRounds, log);

    step(`publish: one day added to ${CONFIG.publishBase} pages`);
    const publish = await benchPublish(seedsFor(CONFIG.publishBase + PAGES_PER_DAY), CONFIG.publishBase);

    step("search on the fixtures' real pages");
    const realSearch = await realPagesFigures(REAL_QUERIES);

    const figures: Figures = { quick, environment: env, bundle: bundleFigures, serving, render, build, publish, realSearch };
    printFigures(figures, log);
    const targets = evaluate(figures);
    printTargets(targets, log);
    log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (jsonFile) await writeFile(path.resolve(jsonFile), JSON.stringify({ figures, targets }, null, 2) + "\n");
  } finally {
    if (keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main();
