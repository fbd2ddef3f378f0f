/**
 * npm run build [-- --strict] [--keep-going] [--publish local|remote] [--seeds DIR] [--out DIR] [--state DIR]
 *
 * seeds/manifest.json and its pages → parse → classify → plan → bulk files
 * under build/ (the format `wrangler kv bulk put` takes) → optionally publish.
 * Any error names the file (and line or byte offset), exits non-zero, and
 * publishes nothing: the build is complete in memory before the first write,
 * and a failed build writes no files either (build/ keeps the last good one).
 */
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { decodePage, DecodeError } from "../src/publish/decode.ts";
import { KV_LIMITS, makePointer, POINTER_KEY } from "../src/publish/layout.ts";
import { plan as planBuild, PlanError, type Plan, type PlannedPage } from "../src/publish/plan.ts";
import { publish, type KvStore, type PublishResult } from "../src/publish/publish.ts";
import { ManifestError, readSourceManifest } from "../src/publish/source.ts";
import { bulkBatches, namespaceId, openLocalStore, openWranglerStore, type ClosableStore } from "./kv.ts";

export interface BuildOptions {
  /** Project root (wrangler.toml, node_modules). */
  root: string;
  seeds: string;
  out: string;
  /** Persist root for local state, as wrangler's --persist-to (default .wrangler/state). */
  state: string;
  strict: boolean;
  keepGoing: boolean;
  publish: "local" | "remote" | null;
  /** Store to publish to instead of opening one (tests). */
  store?: KvStore;
  log: (line: string) => void;
  /** Shown while pages are parsed; no output when null. */
  progress: ((done: number, total: number) => void) | null;
  now: () => string;
}

/**
 * Bounds of one page file, far beyond any printed page (the largest seen has 145
 * lines and 18 KB): a file over them is not a page of text, and is refused by
 * name before the parser spends minutes on it (its time grows faster than
 * linearly with the number of text blocks).
 */
export const MAX_PAGE_BYTES = 1024 * 1024;
export const MAX_PAGE_LINES = 10_000;

export class BuildError extends Error {
  override name = "BuildError";
}

export interface BuildResult {
  plan: Plan;
  warnings: number;
  files: string[];
  published: PublishResult | null;
}

function describe(error: unknown, file: string): string {
  if (error instanceof DecodeError || error instanceof ManifestError || error instanceof PlanError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return `${file}: cannot read: no such file`;
  if (e?.code === "EISDIR") return `${file}: cannot read: is a directory`;
  if (e?.code) return `${file}: cannot read: ${e.message}`;
  return `${file}: ${e instanceof Error ? e.message : String(e)}`;
}

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const manifestFile = path.join(opts.seeds, "manifest.json");
  const shown = (file: string) => path.relative(opts.root, file) || file;
  let manifestText: string;
  try {
    manifestText = await readFile(manifestFile, "utf8");
  } catch (e) {
    throw new BuildError(describe(e, shown(manifestFile)));
  }
  let source;
  try {
    source = readSourceManifest(shown(manifestFile), manifestText);
  } catch (e) {
    throw new BuildError(describe(e, shown(manifestFile)));
  }

  const errors: string[] = [];
  let warnings = 0;
  const fatalWarnings: string[] = [];
  const pages: PlannedPage[] = [];
  let done = 0;
  for (const entry of source.pages) {
    const file = shown(path.join(opts.seeds, entry.file));
    try {
      const size = (await stat(path.join(opts.seeds, entry.file))).size;
      if (size > MAX_PAGE_BYTES) throw new BuildError(`${file}: ${size} bytes; a page may have at most ${MAX_PAGE_BYTES} (not a page of text?)`);
      const bytes = await readFile(path.join(opts.seeds, entry.file));
      const { text } = decodePage(file, bytes);
      let lines = text === "" || text.endsWith("\n") ? 0 : 1;
      for (let i = text.indexOf("\n"); i !== -1 && lines <= MAX_PAGE_LINES; i = text.indexOf("\n", i + 1)) lines++;
      if (lines > MAX_PAGE_LINES) throw new BuildError(`${file}: more than ${MAX_PAGE_LINES} lines; a page may have at most ${MAX_PAGE_LINES} (not a page of text?)`);
      let parsed;
      try {
        parsed = parsePage(text);
      } catch (e) {
        throw new BuildError(`${file}: the parser failed: ${(e as Error).message}`);
      }
      for (const w of parsed.warnings) {
        warnings++;
        const line = `${file}:${w.line}: warning: ${w.message}`;
        opts.log(line);
        if (opts.strict) fatalWarnings.push(line);
      }
      if (parsed.articles.length === 0) {
        warnings++;
        const line = `${file}: warning: no article found on this page (listed in ${shown(manifestFile)}:${entry.line})`;
        opts.log(line);
        if (opts.strict) fatalWarnings.push(line);
      }
      pages.push({ date: entry.date, ...(entry.time === undefined ? {} : { time: entry.time }), page: entry.page, file, articles: classifyPage(parsed.articles, { pageName: entry.name ?? null }) });
    } catch (e) {
      const message = e instanceof BuildError ? e.message : describe(e, file);
      if (!opts.keepGoing) throw new BuildError(message);
      errors.push(message);
      opts.log(`error: ${message}`);
    }
    opts.progress?.(++done, source.pages.length);
  }
  // Each fatal warning is reported with its file and line, not only counted.
  for (const line of fatalWarnings) errors.push(`${line} (fatal with --strict)`);
  const failed = () => new BuildError(`${errors.length} problem(s); nothing was published:\n  ${errors.join("\n  ")}`);

  // The pages that were read are still planned, so --keep-going also reports plan errors (a duplicate id, KV limits).
  let plan: Plan;
  try {
    plan = await planBuild({ paper: source.paper, pages });
  } catch (e) {
    if (errors.length === 0) throw new BuildError(describe(e, shown(manifestFile)));
    errors.push(describe(e, shown(manifestFile)));
    throw failed();
  }
  // A failed build writes no files either: build/ keeps the last good build, and no
  // bulk file or build/live.json of a partial build exists to be published by hand.
  if (errors.length > 0) throw failed();
  const files = await writeBulkFiles(opts.out, plan, opts.now());

  let published: PublishResult | null = null;
  if (opts.publish) {
    const opened: ClosableStore | null = opts.store ? null : opts.publish === "local" ? await openLocalStore(opts.state, await namespaceId(opts.root)) : await openWranglerStore(opts.root, "remote");
    try {
      published = await publish(opts.store ?? opened!, plan, opts.now());
    } finally {
      await opened?.close();
    }
  }
  return { plan, warnings, files, published };
}

/**
 * build/entries-NNNN.json: every immutable entry, in `wrangler kv bulk put`
 * format and within its 10,000-pair limit; build/live.json: the pointer for a
 * namespace that has no build yet (publish through this script to keep the
 * rollback history); build/build.json: a summary.
 */
async function writeBulkFiles(out: string, plan: Plan, now: string): Promise<string[]> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  let n = 0;
  for (const batch of bulkBatches([...plan.entries])) {
    const file = path.join(out, `entries-${String(++n).padStart(4, "0")}.json`);
    await writeFile(file, JSON.stringify(batch.map(([key, value]) => ({ key, value }))));
    files.push(file);
  }
  const pointerFile = path.join(out, "live.json");
  await writeFile(pointerFile, JSON.stringify([{ key: POINTER_KEY, value: JSON.stringify(makePointer(plan.manifest, now, null)) }]));
  files.push(pointerFile);
  const m = plan.manifest;
  await writeFile(
    path.join(out, "build.json"),
    JSON.stringify({ build: m.id, articles: m.articles, days: Object.keys(m.days).length, entries: plan.entries.size, limits: KV_LIMITS, sections: m.sections.map((s) => ({ slug: s.slug, count: s.count, chunks: s.chunks?.count ?? 0 })) }, null, 2) + "\n",
  );
  return files;
}

/** The options `npm run build` starts from: the project's seeds, build/ and local KV state, nothing published. */
export function defaultBuildOptions(root: string): BuildOptions {
  return {
    root,
    seeds: path.join(root, "seeds"),
    out: path.join(root, "build"),
    state: path.join(root, ".wrangler", "state"),
    strict: false,
    keepGoing: false,
    publish: null,
    log: (line) => console.error(line),
    progress: null,
    now: () => new Date().toISOString(),
  };
}

function parseArgs(argv: string[], root: string): BuildOptions {
  const opts = defaultBuildOptions(root);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BuildError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--strict") opts.strict = true;
    else if (arg === "--keep-going") opts.keepGoing = true;
    else if (arg === "--publish") {
      const v = value();
      if (v !== "local" && v !== "remote") throw new BuildError(`--publish must be "local" or "remote", got "${v}"`);
      opts.publish = v;
    } else if (arg === "--seeds") opts.seeds = path.resolve(value());
    else if (arg === "--out") opts.out = path.resolve(value());
    else if (arg === "--state") opts.state = path.resolve(value());
    else throw new BuildError(`unknown option ${arg} (options: --strict --keep-going --publish local|remote --seeds DIR --out DIR --state DIR)`);
  }
  return opts;
}

/** Progress on stderr: a live counter on a terminal, a line every 10% otherwise; silent for small builds. */
function progressReporter(): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastShown = 0;
  return (done, total) => {
    if (total < 50) return;
    const now = Date.now();
    if (tty) {
      if (done === total || now - lastShown > 100) {
        process.stderr.write(`\rparsing pages ${done}/${total}${done === total ? "\n" : ""}`);
        lastShown = now;
      }
    } else if (done === total || Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total)) {
      process.stderr.write(`parsed ${done}/${total} pages\n`);
    }
  };
}

async function main(): Promise<void> {
  const root = process.cwd();
  const started = Date.now();
  try {
    const opts = parseArgs(process.argv.slice(2), root);
    opts.progress = progressReporter();
    const result = await runBuild(opts);
    const m = result.plan.manifest;
    console.log(`build ${m.id}: ${m.articles} articles on ${Object.keys(m.days).length} day(s), ${result.plan.entries.size} entries, ${result.warnings} warning(s)`);
    for (const s of m.sections) console.log(`  ${s.slug.padEnd(20)} ${String(s.count).padStart(6)} articles, ${s.chunks?.count ?? 0} full chunk(s) + head`);
    console.log(`wrote ${result.files.map((f) => path.relative(root, f)).join(", ")}`);
    const p = result.published;
    if (p) {
      console.log(`published to ${opts.publish}: ${p.written} of ${p.total} entries written (the rest were already there); pointer ${p.pointerWritten ? "moved to this build" : "already on this build (no-op)"}`);
      if (p.pruned.builds.length) console.log(`pruned ${p.pruned.builds.length} old build(s), ${p.pruned.deleted} entries deleted`);
    }
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(e instanceof BuildError ? `build failed: ${e.message}` : `build failed: ${(e as Error).stack ?? String(e)}`);
    console.error("nothing was published; the live build is unchanged");
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
