/**
 * The real Worker, running locally for end-to-end tests: the build CLI
 * (`scripts/build.ts --publish local`) publishes a seeds directory into a fresh
 * local KV state, and `wrangler dev` serves the Worker over that state on a
 * free loopback port — what `npm start` does, without touching the project's
 * own `.wrangler/state`. `stop()` ends wrangler and the workerd it started.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

const OFFLINE_ENV = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" };

export interface LocalWorker {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** A scratch directory, removed by stop(). */
  dir: string;
  /** Id of the build published at start. */
  build: string;
  /** Builds `seeds` (a directory with manifest.json) and publishes it to the running Worker's state; resolves once the Worker serves it. */
  publish(seeds: string): Promise<string>;
  /** The live build id the Worker reports. */
  liveBuild(): Promise<string | null>;
  /** Everything wrangler printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SeedsChanges {
  /** Further editions that print the seed's pages again (a later day's paper, for rebuilds). */
  nextDays?: string[];
  /** Further pages, added to the edition of their date (created when missing). */
  pages?: { date: string; page: number; text: string }[];
  /** Pictures of the seed page's photos: a file written into the seeds and the line it is tied to. */
  images?: { file: string; bytes: Uint8Array; line: number }[];
}

/** A copy of the project's seeds in a new directory under `dir`, with `changes`; returns the directory. */
export function seedsCopy(dir: string, changes: SeedsChanges = {}): string {
  const seeds = mkdtempSync(join(dir, "seeds-"));
  cpSync(join(ROOT, "test/fixtures/seed"), seeds, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(seeds, "manifest.json"), "utf8"));
  const edition = (date: string): { date: string; pages: { page: number; file: string }[] } => {
    let found = manifest.editions.find((e: { date: string }) => e.date === date);
    if (!found) manifest.editions.push((found = { date, pages: [] }));
    return found;
  };
  const seedPages: { page: number; file: string }[] = manifest.editions[0].pages;
  for (const date of changes.nextDays ?? []) {
    // each page file is listed once: the later edition prints copies of the same pages
    for (const p of seedPages) {
      const file = `${date}-${p.file}`;
      cpSync(join(seeds, p.file), join(seeds, file));
      edition(date).pages.push({ page: p.page, file });
    }
  }
  for (const p of changes.pages ?? []) {
    const file = `${p.date}-${p.page}-added.txt`;
    writeFileSync(join(seeds, file), p.text);
    edition(p.date).pages.push({ page: p.page, file });
  }
  for (const image of changes.images ?? []) {
    writeFileSync(join(seeds, image.file), image.bytes);
    const page = manifest.editions[0].pages[0];
    page.images = [...(page.images ?? []), { file: image.file, line: image.line }];
  }
  writeFileSync(join(seeds, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return seeds;
}

/** Runs the build CLI; returns the id of the build it published, throws with its output when it fails. */
function build(seeds: string, dir: string, state: string): string {
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", join(ROOT, "scripts/build.ts"), "--publish", "local", "--seeds", seeds, "--out", join(dir, "build"), "--state", state],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...OFFLINE_ENV } },
  );
  const id = /^build ([a-z2-7]+):/m.exec(result.stdout ?? "")?.[1];
  if (result.status !== 0 || !id) throw new Error(`build of ${seeds} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Publishes a copy of the project's seeds, with `changes`, and starts `wrangler dev` over it. */
export async function startWorker(changes: SeedsChanges = {}, existing?: { state: string }): Promise<LocalWorker> {
  const dir = mkdtempSync(join(tmpdir(), "edgepaper-worker-"));
  // Serve a state as something else left it (publishing nothing first), or a fresh one with the seeds.
  const state = existing?.state ?? join(dir, "state");
  const first = existing ? "" : build(seedsCopy(dir, changes), dir, state);
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(
    join(ROOT, "node_modules/.bin/wrangler"),
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort), "--persist-to", state, "--show-interactive-dev-session=false", "--log-level", "info"],
    { cwd: ROOT, env: { ...process.env, ...OFFLINE_ENV, CI: "true" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const liveBuild = async (): Promise<string | null> => {
    try {
      const r = await fetch(`${url}/healthz`);
      return r.status === 200 ? ((await r.json()) as { build: string }).build : null;
    } catch {
      return null;
    }
  };

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      // wrangler runs workerd as its child: end the whole process group this test started
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    }
    if ((await liveBuild()) !== null) break;
    if (i > 240) {
      await stop();
      throw new Error(`wrangler dev did not answer on ${url} within 60 s:\n${output}`);
    }
    await sleep(250);
  }

  return {
    url,
    dir,
    build: first,
    liveBuild,
    log: () => output,
    stop,
    async publish(next: string): Promise<string> {
      const id = build(next, dir, state);
      // the Worker trusts its copy of the pointer for a few seconds (LIVE_TTL_MS)
      for (let i = 0; i < 120; i++) {
        if ((await liveBuild()) === id) return id;
        await sleep(250);
      }
      throw new Error(`the Worker did not pick up build ${id} of ${next} within 30 s:\n${output}`);
    },
  };
}
