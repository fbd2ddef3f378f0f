/**
 * Publishing with real processes on real local state: two publishes started together, a
 * publisher killed with -9, a FIFO among the pages. Checked against the store as the
 * processes left it, before anything publishes again.
 */
import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namespaceId, openLocalStore } from "../../src/build/kv.ts";
import { LOCK_FILE } from "../../src/build/writer.ts";
import { readDay, type BuildManifest } from "../../src/publish/layout.ts";
import { readLivePointer, type KvStore } from "../../src/publish/publish.ts";
import { ROOT } from "../publish/helpers.ts";
import { startWorker } from "./worker.ts";

const exec = promisify(execFile);
const NODE = [process.execPath, "--experimental-strip-types", "--no-warnings"];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "edgepaper-publishing-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function build(seeds: string, state: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE[0]!, [...NODE.slice(1), path.join(ROOT, "scripts/build.ts"), "--publish", "local", "--seeds", seeds, "--state", state, "--out", out], { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Every key the live build needs, and which of them the store lacks. */
async function missingFromLive(store: KvStore): Promise<{ build: string; articles: number; missing: string[] }> {
  const pointer = await readLivePointer(store);
  if (!pointer) throw new Error("nothing is live");
  const m: BuildManifest = pointer.manifest;
  const missing: string[] = [];
  let articles = 0;
  for (const [, hash] of Object.entries(m.days)) {
    const text = await store.get(`d/${hash}`);
    if (text === null) {
      missing.push(`d/${hash}`);
      continue;
    }
    for (const page of readDay(text).pages) {
      for (const a of page.articles) {
        articles++;
        if ((await store.get(`a/${hash}/${a.id}`)) === null) missing.push(`a/${hash}/${a.id}`);
      }
    }
  }
  for (const s of [...m.sections, m.all]) if (s.head && (await store.get(s.head.key)) === null) missing.push(s.head.key);
  return { build: pointer.build, articles, missing };
}

/** workerd processes that outlived their parent (adopted by init) and still run. */
async function orphanWorkerd(): Promise<number[]> {
  const { stdout } = await exec("ps", ["-eo", "pid=,ppid=,stat=,comm="]);
  return stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, stat, comm]) => comm === "workerd" && ppid === "1" && !stat?.startsWith("Z"))
    .map(([pid]) => Number(pid));
}

async function seedsWithDays(name: string, dates: string[]): Promise<string> {
  const seeds = path.join(dir, name);
  await cp(path.join(ROOT, "test/fixtures/seed"), seeds, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(seeds, "manifest.json"), "utf8"));
  const file: string = manifest.editions[0].pages[0].file;
  const text = await readFile(path.join(seeds, file));
  for (const date of dates) await writeFile(path.join(seeds, `${date}.txt`), text);
  manifest.editions = dates.map((date) => ({ date, pages: [{ page: 1, file: `${date}.txt` }] }));
  await writeFile(path.join(seeds, "manifest.json"), JSON.stringify(manifest, null, 2));
  return seeds;
}

describe("two publishes started together", () => {
  it("one publishes, the other stops naming the holder; the live build is whole", async () => {
    const state = path.join(dir, "state-race");
    const a = await seedsWithDays("seeds-a", ["2023-11-07", "2023-11-08"]);
    const b = await seedsWithDays("seeds-b", ["2023-11-07", "2023-11-09", "2023-11-10"]);
    const [ra, rb] = await Promise.all([build(a, state, path.join(dir, "out-a")), build(b, state, path.join(dir, "out-b"))]);
    const results = [ra, rb];
    const won = results.filter((r) => r.code === 0);
    const lost = results.filter((r) => r.code !== 0);
    // Either one waits out the other (both succeed one after the other), or one is refused by name.
    for (const r of lost) expect(r.stderr).toMatch(/another publish \((?:pid \d+|.+holds the lease)/);
    for (const r of lost) expect(r.stderr).toContain("nothing was published; the live build is unchanged");
    expect(won.length).toBeGreaterThanOrEqual(1);
    const store = await openLocalStore(state, await namespaceId(ROOT));
    let live: Awaited<ReturnType<typeof missingFromLive>>;
    try {
      live = await missingFromLive(store);
      expect(live.missing).toEqual([]);
      expect(live.articles).toBeGreaterThan(0);
      expect(await store.get("lease")).toBeNull();
    } finally {
      await store.close();
    }
    // And as readers see it: wrangler dev over the state the publishes left, every listed article served.
    const worker = await startWorker({}, { state });
    try {
      const sections = (await (await fetch(`${worker.url}/v1/sections`)).json()) as { sections: { slug: string }[] };
      let served = 0;
      for (const { slug } of sections.sections) {
        const list = (await (await fetch(`${worker.url}/v1/sections/${slug}?limit=100`)).json()) as { items: { id: string }[] };
        for (const { id } of list.items) {
          expect((await fetch(`${worker.url}/v1/articles/${id}`)).status, id).toBe(200);
          served++;
        }
      }
      expect(served).toBe(live.articles);
    } finally {
      await worker.stop();
    }
  }, 120_000);
});

describe("a publisher killed with -9", () => {
  it("leaves the live build whole and its lock is taken over by the next publish", async () => {
    const state = path.join(dir, "state-kill");
    const seeds = await seedsWithDays("seeds-kill", ["2023-11-07"]);
    expect((await build(seeds, state, path.join(dir, "out-kill"))).code).toBe(0);
    const more = await seedsWithDays("seeds-kill-2", ["2023-11-07", "2023-11-08", "2023-11-09"]);
    const orphansBefore = await orphanWorkerd();
    // Random points across the whole run (parse, plan, open, lease, upload, pointer, collection); the delays are in the messages.
    const delays = [150, 1100, ...Array.from({ length: 3 }, () => 100 + Math.floor(Math.random() * 1900))];
    for (const delay of delays) {
      const child = spawn(NODE[0]!, [...NODE.slice(1), path.join(ROOT, "scripts/build.ts"), "--publish", "local", "--seeds", more, "--state", state, "--out", path.join(dir, "out-kill")], { cwd: ROOT, stdio: "ignore" });
      // Listened for from the start: a publish may finish before the kill comes.
      const closed = new Promise((resolve) => child.on("close", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await closed;
      const store = await openLocalStore(state, await namespaceId(ROOT));
      try {
        expect((await missingFromLive(store)).missing, `killed after ${delay} ms`).toEqual([]);
      } finally {
        await store.close();
      }
      // Its workerd child does not run on: the watchdog stops it once the CLI is gone.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await orphanWorkerd()).filter((pid) => !orphansBefore.includes(pid)), `killed after ${delay} ms`).toEqual([]);
    }
    // Whatever the kills left — a lock file naming a dead pid, a lease not yet expired — the next publish takes it over.
    await writeFile(path.join(state, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), action: "publish", since: "2026-01-01T00:00:00.000Z" }));
    const store = await openLocalStore(state, await namespaceId(ROOT));
    await store.putMany([["lease", JSON.stringify({ v: 1, owner: "killed:1:x", action: "publish", acquiredAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 100_000).toISOString() })]]);
    await store.close();
    const next = await build(more, state, path.join(dir, "out-kill"));
    expect(next.stderr).not.toContain(LOCK_FILE);
    expect(next.code, next.stderr).toBe(0);
  }, 120_000);
});

describe("a FIFO among the pages", () => {
  it("is refused at once, naming its manifest line, instead of hanging the build", async () => {
    const seeds = await seedsWithDays("seeds-fifo", ["2023-11-07"]);
    await exec("mkfifo", [path.join(seeds, "fifo.txt")]);
    const manifest = JSON.parse(await readFile(path.join(seeds, "manifest.json"), "utf8"));
    manifest.editions[0].pages.push({ page: 2, file: "fifo.txt" });
    await writeFile(path.join(seeds, "manifest.json"), JSON.stringify(manifest, null, 2));
    const started = Date.now();
    const r = await build(seeds, path.join(dir, "state-fifo"), path.join(dir, "out-fifo"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fifo\.txt: is a FIFO, not a page file; refused \(listed in .*manifest\.json:\d+\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
