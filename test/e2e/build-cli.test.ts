/**
 * The build CLI end to end: real files, real local KV state (Miniflare, as
 * `wrangler dev` reads it), exit codes and messages. A failed build must name
 * the file and leave the live build untouched.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runBuild, BuildError, type BuildOptions } from "../../src/build/pipeline.ts";
import { namespaceId, openLocalStore } from "../../src/build/kv.ts";
import { readLivePointer } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { ROOT, SEED_FILE } from "../publish/helpers.ts";

const exec = promisify(execFile);
let dir: string;
let seeds: string;

async function writeManifest(editions: { date: string; pages: { page: number; file: string }[] }[]) {
  const manifest = JSON.parse(await readFile(path.join(ROOT, "test/fixtures/seed/manifest.json"), "utf8"));
  manifest.editions = editions;
  await writeFile(path.join(seeds, "manifest.json"), JSON.stringify(manifest, null, 2));
}

function options(store: MemoryStore, extra: Partial<BuildOptions> = {}): BuildOptions {
  return { root: ROOT, seeds, out: path.join(dir, "build"), state: path.join(dir, "state"), strict: false, keepGoing: false, publish: "local", store, log: () => {}, progress: null, now: () => "2026-01-01T00:00:00.000Z", ...extra };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "edgepaper-build-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  seeds = path.join(dir, "seeds");
  await rm(seeds, { recursive: true, force: true });
  await cp(path.join(ROOT, "test/fixtures/seed"), seeds, { recursive: true });
});

describe("runBuild", () => {
  it("builds and publishes the seeds; a second identical build has the same id and writes nothing", async () => {
    const store = new MemoryStore();
    const first = await runBuild(options(store));
    expect(first.plan.manifest.articles).toBe(9);
    expect(first.published).toMatchObject({ written: first.plan.entries.size, pointerWritten: true });
    const bulk = JSON.parse(await readFile(first.files[0]!, "utf8"));
    expect(bulk).toHaveLength(first.plan.entries.size);
    expect(bulk[0]).toEqual({ key: expect.any(String), value: expect.any(String) });
    const second = await runBuild(options(store));
    expect(second.plan.manifest.id).toBe(first.plan.manifest.id);
    expect(second.published).toMatchObject({ written: 0, pointerWritten: false });
  });

  async function expectFailureLeavesLiveAlone(message: RegExp, extra: Partial<BuildOptions> = {}) {
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }]);
    const store = new MemoryStore();
    const good = await runBuild(options(store));
    const snapshot = new Map(store.data);
    store.writes = [];
    return async (prepare: () => Promise<void>) => {
      await prepare();
      const error = await runBuild(options(store, extra)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BuildError);
      expect(String((error as Error).message)).toMatch(message);
      expect(store.writes).toEqual([]);
      expect(store.data).toEqual(snapshot);
      expect((await readLivePointer(store))?.build).toBe(good.plan.manifest.id);
    };
  }

  it("stops on a bad manifest entry, naming the manifest and line", async () => {
    const fail = await expectFailureLeavesLiveAlone(/manifest\.json:\d+: editions\[1\]\.pages\[0\]\.page must be an integer/);
    await fail(() => writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }, { date: "2023-11-08", pages: [{ page: 0, file: "x.txt" }] }]));
  });

  it("stops on a missing page, naming the file", async () => {
    const fail = await expectFailureLeavesLiveAlone(/seeds\/missing\.txt: cannot read: no such file/);
    await fail(() => writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "missing.txt" }] }]));
  });

  it("stops on an undecodable page, naming the file and byte offset", async () => {
    const fail = await expectFailureLeavesLiveAlone(/seeds\/junk\.txt: byte 5: control byte 0x00/);
    await fail(async () => {
      await writeFile(path.join(seeds, "junk.txt"), Buffer.from([0x41, 0x42, 0x43, 0x44, 0x45, 0x00, 0xff]));
      await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "junk.txt" }] }]);
    });
  });

  it("with --strict, stops on a page that yields no article", async () => {
    const fail = await expectFailureLeavesLiveAlone(/fatal with --strict/, { strict: true });
    await fail(async () => {
      await writeFile(path.join(seeds, "empty.txt"), "\n\n");
      await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "empty.txt" }] }]);
    });
  });

  it("without --strict, reports the empty page and builds", async () => {
    await writeFile(path.join(seeds, "empty.txt"), "\n\n");
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "empty.txt" }] }]);
    const lines: string[] = [];
    const result = await runBuild(options(new MemoryStore(), { log: (l) => lines.push(l) }));
    expect(result.plan.manifest.articles).toBe(9);
    expect(lines.join("\n")).toMatch(/seeds\/empty\.txt: warning: no article found/);
  });

  it("with --keep-going, reports every problem and still publishes nothing", async () => {
    const fail = await expectFailureLeavesLiveAlone(/2 problem\(s\); nothing was published:[\s\S]*missing\.txt[\s\S]*junk\.txt/, { keepGoing: true });
    await fail(async () => {
      await writeFile(path.join(seeds, "junk.txt"), Buffer.from([0x00]));
      await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "missing.txt" }, { page: 3, file: "junk.txt" }] }]);
    });
  });
});

describe("the CLI against local KV state", () => {
  const node = (script: string, args: string[]) =>
    exec(process.execPath, ["--experimental-strip-types", "--no-warnings", path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false" } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  const livePointer = async (state: string) => {
    const store = await openLocalStore(state, await namespaceId(ROOT));
    try {
      return await readLivePointer(store);
    } finally {
      await store.close();
    }
  };

  it("publishes, refuses a broken build without touching what is live, and rolls back", { timeout: 120_000 }, async () => {
    const state = path.join(dir, "cli-state");
    const common = ["--seeds", seeds, "--out", path.join(dir, "cli-build"), "--state", state];
    const first = await node("build.ts", [...common, "--publish", "local"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/published to local: 17 of 17 entries written/);
    const firstBuild = (await livePointer(state))!.build;

    const again = await node("build.ts", [...common, "--publish", "local"]);
    expect(again.stdout).toMatch(/0 of 17 entries written .*pointer already on this build \(no-op\)/);

    await writeFile(path.join(seeds, "junk.txt"), Buffer.from([0x41, 0x00]));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "junk.txt" }] }]);
    const broken = await node("build.ts", [...common, "--publish", "local"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/junk\.txt: byte 1: control byte 0x00/);
    expect(broken.stderr).toMatch(/nothing was published; the live build is unchanged/);
    expect((await livePointer(state))!.build).toBe(firstBuild);

    await cp(path.join(seeds, SEED_FILE), path.join(seeds, "next-day.txt"));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }, { date: "2023-11-08", pages: [{ page: 1, file: "next-day.txt" }] }]);
    const second = await node("build.ts", [...common, "--publish", "local"]);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const secondBuild = (await livePointer(state))!.build;
    expect(secondBuild).not.toBe(firstBuild);

    const rolledBack = await node("rollback.ts", ["--state", state]);
    expect(rolledBack.code).toBe(0);
    expect(rolledBack.stdout).toContain(`rolled back: ${secondBuild} → ${firstBuild} is live`);
    expect((await livePointer(state))!.build).toBe(firstBuild);

    const tooFar = await node("rollback.ts", ["--state", state]);
    expect(tooFar.code).toBe(1);
    expect(tooFar.stderr).toMatch(/no earlier build to roll back to/);
  });

  it("rejects unknown options with exit code 1", async () => {
    const r = await node("build.ts", ["--publish", "somewhere"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--publish must be "local" or "remote"/);
  });
});

describe("the wrangler CLI store (the --publish remote path, run with --local)", () => {
  it("publishes through `wrangler kv bulk put`, reads back through Miniflare, republishes as a no-op", { timeout: 180_000 }, async () => {
    const { openWranglerStore } = await import("../../src/build/kv.ts");
    const persist = path.join(dir, "wrangler-state");
    const store = await openWranglerStore(ROOT, "local", persist);
    try {
      const result = await runBuild({ ...options(new MemoryStore()), store });
      expect(result.published).toMatchObject({ written: 17, pointerWritten: true });
      const again = await runBuild({ ...options(new MemoryStore()), store });
      expect(again.published).toMatchObject({ written: 0, pointerWritten: false });
      expect(await store.get("no-such-key")).toBeNull();
      const local = await openLocalStore(persist, await namespaceId(ROOT));
      try {
        expect((await readLivePointer(local))?.build).toBe(result.plan.manifest.id);
        for (const [key, value] of result.plan.entries) expect(await local.get(key)).toBe(value);
      } finally {
        await local.close();
      }
    } finally {
      await store.close();
    }
  });
});
