/**
 * npm start [-- --port N]: build the seed pages, publish them to the local KV state, and
 * serve the Worker with `wrangler dev` on http://127.0.0.1:8787 (or PORT / --port),
 * printing the URLs to try once it answers. A busy port is reported before anything is built.
 * The editor's review of the build (build/review, as `npm run review` writes it) is served at
 * /review/ as local static assets (`wrangler dev --assets`), never by the deployed Worker.
 */
import { spawn } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { readArgs } from "./args.ts";
import { BuildError, defaultBuildOptions, runBuild, type ReadPage } from "../src/build/pipeline.ts";
import { writeReviewSite } from "../src/build/review.ts";

const HOST = "127.0.0.1";
const DEFAULT_PORT = 8787;
const root = process.cwd();

const USAGE = `usage: [PORT=N] npm start [-- --port N]
  builds seeds/, publishes it to .wrangler/state and serves the Worker on http://${HOST}:${DEFAULT_PORT}
  --port N   serve on port N instead (or set PORT=N)
`;

/** The port to serve on, from --port or PORT, or an error message naming the bad value. */
function choosePort(flag: unknown): number | string {
  const text = typeof flag === "string" ? flag : process.env.PORT;
  if (text === undefined || text === "") return DEFAULT_PORT;
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text) || n < 1 || n > 65535) return `${typeof flag === "string" ? "--port" : "PORT"} must be a port number from 1 to 65535, got "${text}"`;
  return n;
}

/** Is the port free on HOST? Found by binding it for a moment, before minutes of building. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

async function waitForHealth(base: string, child: ReturnType<typeof spawn>): Promise<boolean> {
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2), { port: { type: "string" } }, USAGE);
  if (typeof args === "number") {
    process.exitCode = args;
    return;
  }
  const PORT = choosePort(args.values.port);
  if (typeof PORT === "string") {
    console.error(`start: ${PORT}`);
    process.exitCode = 2;
    return;
  }
  if (!(await portFree(PORT))) {
    console.error(`start: port ${PORT} on ${HOST} is in use (another npm start or wrangler dev?); stop it, or choose another port: PORT=${PORT + 1} npm start`);
    process.exitCode = 1;
    return;
  }
  let result;
  const read: ReadPage[] = [];
  try {
    result = await runBuild({ ...defaultBuildOptions(root), publish: "local", onPage: (p) => read.push(p) });
  } catch (e) {
    console.error(`build failed: ${e instanceof BuildError ? e.message : (e as Error).stack}`);
    process.exitCode = 1;
    return;
  }
  const m = result.plan.manifest;
  console.log(`build ${m.id}: ${m.articles} articles published to .wrangler/state (${result.published?.written ?? 0} new entries)`);

  // The review is served from local static assets, beside the Worker: a deployed Worker never has it.
  const review = await writeReviewSite(path.join(root, "build", "review"), read, { paper: m.paper.name, buildId: m.id, error: null });
  const assets = path.join(root, ".wrangler", "review-site");
  await rm(assets, { recursive: true, force: true });
  await cp(review.dir, path.join(assets, "review"), { recursive: true });

  const child = spawn(path.join(root, "node_modules", ".bin", "wrangler"), ["dev", "--ip", HOST, "--port", String(PORT), "--assets", assets], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" },
  });
  // wrangler dev must not outlive this script, however it ends.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
  process.on("exit", () => child.kill("SIGTERM"));
  child.on("exit", (code) => process.exit(code ?? 0));

  const base = `http://${HOST}:${PORT}`;
  if (await waitForHealth(base, child)) {
    const firstDate = Object.keys(m.days).sort().at(-1);
    const firstArticle = m.sections.find((s) => s.count > 0)?.slug;
    console.log(`\nedgepaper is serving build ${m.id} on ${base}\n`);
    console.log(`  curl ${base}/healthz`);
    console.log(`  curl ${base}/v1/sections`);
    for (const s of m.sections) console.log(`  curl ${base}/v1/sections/${s.slug}          (${s.count} articles)`);
    console.log(`  curl '${base}/v1/sections/${firstArticle ?? "politics"}?limit=2'   (then follow "next")`);
    if (firstDate) console.log(`  curl ${base}/v1/editions/${firstDate}`);
    console.log(`  curl ${base}/v1/articles/<id>   (ids are in the listings above)\n`);
    console.log(`  open ${base}/                      (home page; paste it into a feed reader to find every feed)`);
    for (const s of m.sections) console.log(`  ${base}/feeds/${s.slug}.rss   .atom   .json`);
    console.log(`  ${base}/feeds/all.rss   .atom   .json   (every section)`);
    console.log(`  ${base}/feeds.opml                 (subscribe to every feed at once)`);
    console.log(`  open ${base}/review/               (the editor's review of every page; local only)\n`);
    console.log("Press Ctrl+C to stop.");
  }
}

await main();
