/**
 * npm run build [-- --strict] [--keep-going] [--publish local|remote] [--seeds DIR] [--out DIR] [--state DIR]
 *
 * The build pipeline's command line (src/build/pipeline.ts): arguments, progress, and what
 * to print; `--help` prints the usage.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs as parseCliArgs } from "node:util";
import { BuildError, defaultBuildOptions, runBuild, type BuildOptions } from "../src/build/pipeline.ts";
import { WriterError } from "../src/build/writer.ts";
import { LeaseError } from "../src/publish/lease.ts";
import { describeLogEntry } from "../src/publish/changes.ts";

export const BUILD_USAGE = `usage: npm run build [-- OPTIONS]
  seeds/manifest.json and its pages → parse → classify → KV entries under build/
  --publish local|remote  make the build live: local state (.wrangler/state, what npm start serves) or the account
  --strict                parser warnings and pages without articles fail the build
  --keep-going            read every page and report every problem; publish nothing if any
  --seeds DIR             the seeds folder (default seeds/)
  --out DIR               where the bulk files go (default build/)
  --state DIR             local state folder (default .wrangler/state)
  --help                  this text
`;

/** The options, or null when --help was asked for (usage printed). Unknown options are a BuildError. */
function parseArgs(argv: string[], root: string): BuildOptions | null {
  const opts = defaultBuildOptions(root);
  let parsed;
  try {
    parsed = parseCliArgs({
      args: argv,
      allowPositionals: false,
      options: {
        strict: { type: "boolean" }, "keep-going": { type: "boolean" }, publish: { type: "string" },
        seeds: { type: "string" }, out: { type: "string" }, state: { type: "string" }, help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new BuildError(`${(e as Error).message} (options: --strict --keep-going --publish local|remote --seeds DIR --out DIR --state DIR --help)`);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(BUILD_USAGE);
    return null;
  }
  if (v.publish !== undefined) {
    if (v.publish !== "local" && v.publish !== "remote") throw new BuildError(`--publish must be "local" or "remote", got "${v.publish}"`);
    opts.publish = v.publish;
  }
  opts.strict = v.strict === true;
  opts.keepGoing = v["keep-going"] === true;
  if (v.seeds !== undefined) opts.seeds = path.resolve(v.seeds);
  if (v.out !== undefined) opts.out = path.resolve(v.out);
  if (v.state !== undefined) opts.state = path.resolve(v.state);
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
    if (opts === null) return;
    opts.progress = progressReporter();
    const result = await runBuild(opts);
    const m = result.plan.manifest;
    console.log(`build ${m.id}: ${m.articles} articles on ${Object.keys(m.days).length} day(s), ${result.plan.entries.size} entries, ${result.warnings} warning(s)`);
    for (const s of m.sections) console.log(`  ${s.slug.padEnd(20)} ${String(s.count).padStart(6)} articles, ${s.chunks?.count ?? 0} full chunk(s) + head`);
    console.log(`wrote ${result.files.map((f) => path.relative(root, f)).join(", ")}`);
    const p = result.published;
    if (p) {
      console.log(`published to ${opts.publish}: ${p.written} of ${p.total} entries written (the rest were already there); pointer ${p.pointerWritten ? "moved to this build" : "already on this build (no-op)"}`);
      if (p.pointerWritten) console.log(`readers see: ${describeLogEntry(p.logged)}`);
      if (p.pruned.builds.length || p.pruned.deleted) console.log(`collected ${p.pruned.builds.length} old build(s), ${p.pruned.deleted} entries deleted`);
      if (p.pruneError !== null) {
        console.error(`build ${p.build} is live; collecting old entries failed: ${p.pruneError}`);
        console.error(`run \`npm run gc${opts.publish === "remote" ? " -- --remote" : ""}\` to finish`);
        process.exitCode = 1;
      }
    }
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    const known = e instanceof BuildError || e instanceof WriterError || e instanceof LeaseError;
    console.error(known ? `build failed: ${(e as Error).message}` : `build failed: ${(e as Error).stack ?? String(e)}`);
    console.error("nothing was published; the live build is unchanged");
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
