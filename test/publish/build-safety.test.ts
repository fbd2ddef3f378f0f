/**
 * Build safety beyond build.test.ts: every problem is reported by file (and
 * line), a page without articles is named (fatal with --strict), a page or
 * file listed twice and a duplicate article id stop the build, and a failed
 * build — with or without --keep-going — publishes nothing and writes no
 * files, so nothing of a half-written build can be made live by hand.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BuildError, MAX_PAGE_BYTES, MAX_PAGE_LINES, runBuild, type BuildOptions } from "../../src/build/pipeline.ts";
import { plan, PlanError } from "../../src/publish/plan.ts";
import { readLivePointer } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { PAPER, ROOT, SEED_FILE, seed } from "./helpers.ts";

let dir: string;
let seeds: string;
let out: string;

async function writeManifest(editions: { date: string; pages: { page: number; file: string }[] }[]) {
  const manifest = JSON.parse(await readFile(path.join(ROOT, "test/fixtures/seed/manifest.json"), "utf8"));
  manifest.editions = editions;
  await writeFile(path.join(seeds, "manifest.json"), JSON.stringify(manifest, null, 2));
}

function options(store: MemoryStore, extra: Partial<BuildOptions> = {}): BuildOptions {
  return { root: ROOT, seeds, out, state: path.join(dir, "state"), strict: false, keepGoing: false, publish: "local", store, log: () => {}, progress: null, now: () => "2026-01-01T00:00:00.000Z", ...extra };
}

async function buildError(opts: BuildOptions): Promise<BuildError> {
  const error = await runBuild(opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

/** Files under build/ and their contents. */
async function snapshotOut(): Promise<Map<string, string>> {
  const files = await readdir(out).catch(() => [] as string[]);
  return new Map(await Promise.all(files.sort().map(async (f) => [f, await readFile(path.join(out, f), "utf8")] as [string, string])));
}

/** A live, good build in a store, and build/ holding its files. */
async function goodBuild(editions = [{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }]) {
  await writeManifest(editions);
  const store = new MemoryStore();
  const good = await runBuild(options(store));
  const data = new Map(store.data);
  const files = await snapshotOut();
  expect(files.has("live.json")).toBe(true);
  store.writes = [];
  const expectUntouched = async () => {
    expect(store.writes).toEqual([]);
    expect(store.data).toEqual(data);
    expect((await readLivePointer(store))?.build).toBe(good.plan.manifest.id);
    expect(await snapshotOut()).toEqual(files);
  };
  return { store, good, expectUntouched };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "edgepaper-safety-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  seeds = path.join(dir, "seeds");
  out = path.join(dir, "build");
  await rm(seeds, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
  await cp(path.join(ROOT, "test/fixtures/seed"), seeds, { recursive: true });
});

describe("encodings through the build", () => {
  it("GB18030, UTF-16 (either BOM) and UTF-8 with BOM and CRLF copies of the seed page build exactly the UTF-8 seed's build", async () => {
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }]);
    const reference = await runBuild(options(new MemoryStore(), { publish: null }));
    const text = await readFile(path.join(seeds, SEED_FILE), "utf8");
    const utf16 = (littleEndian: boolean) => {
      const bytes = Buffer.alloc(2 + text.length * 2);
      bytes.writeUInt16LE(0xfeff, 0);
      for (let i = 0; i < text.length; i++) littleEndian ? bytes.writeUInt16LE(text.charCodeAt(i), 2 + i * 2) : bytes.writeUInt16BE(text.charCodeAt(i), 2 + i * 2);
      if (!littleEndian) bytes.writeUInt16BE(0xfeff, 0);
      return bytes;
    };
    const variants: [string, Buffer][] = [
      ["gb18030.txt", await readFile(path.join(ROOT, "test/publish/fixtures/seed.gb18030.txt"))],
      ["utf16le.txt", utf16(true)],
      ["utf16be.txt", utf16(false)],
      ["bom-crlf.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replaceAll("\n", "\r\n"), "utf8")])],
    ];
    // Each copy under the seed's own name: articles record the file they came from.
    const original = await readFile(path.join(seeds, SEED_FILE));
    for (const [file, bytes] of variants) {
      await writeFile(path.join(seeds, SEED_FILE), bytes);
      await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }]);
      const result = await runBuild(options(new MemoryStore(), { publish: null }));
      expect(result.plan.manifest.id, file).toBe(reference.plan.manifest.id);
      await writeFile(path.join(seeds, file), bytes);
    }
    await writeFile(path.join(seeds, SEED_FILE), original);
    // A GB18030 page cut in the middle of a character is refused at that byte.
    const gb = variants[0]![1];
    const lead = gb.findIndex((b, i) => i > 200 && b >= 0x81 && gb[i - 1]! < 0x80); // the first byte of a character after an ASCII byte
    await writeFile(path.join(seeds, "cut.txt"), gb.subarray(0, lead + 1));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: "cut.txt" }] }]);
    expect((await buildError(options(new MemoryStore(), { publish: null }))).message).toMatch(/seeds\/cut\.txt: byte \d+: neither UTF-8 .*nor GB18030/);
  });
});

describe("an enormous page", () => {
  it("over the byte or line bound is refused by name, with --keep-going among the other problems", async () => {
    const { store, expectUntouched } = await goodBuild();
    // Blank-separated short lines: the shape the parser is slowest on.
    await writeFile(path.join(seeds, "huge.txt"), "标题\n\n".repeat(Math.ceil(MAX_PAGE_BYTES / 8) + 1));
    await writeFile(path.join(seeds, "long.txt"), "标题\n".repeat(MAX_PAGE_LINES) + "标题");
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "huge.txt" }, { page: 3, file: "long.txt" }] }]);
    const e = await buildError(options(store, { keepGoing: true }));
    expect(e.message).toMatch(new RegExp(`seeds/huge\\.txt: \\d+ bytes; a page may have at most ${MAX_PAGE_BYTES} \\(not a page of text\\?\\)`));
    expect(e.message).toMatch(new RegExp(`seeds/long\\.txt: more than ${MAX_PAGE_LINES} lines`));
    await expectUntouched();
    // At the bound, a page is read as usual.
    await writeFile(path.join(seeds, "long.txt"), "标题\n".repeat(MAX_PAGE_LINES));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "long.txt" }] }]);
    expect((await runBuild(options(new MemoryStore(), { publish: null }))).plan.manifest.articles).toBe(9);
  });
});

describe("page paths that escape the seeds folder", () => {
  it("refuses links to /etc/passwd, /dev/zero and out of the folder at once, naming the manifest line; a link inside is read", async () => {
    const { store, expectUntouched } = await goodBuild();
    await symlink("/etc/passwd", path.join(seeds, "passwd.txt"));
    await symlink("/dev/zero", path.join(seeds, "zero.txt"));
    await writeFile(path.join(dir, "outside.txt"), "标题\n\n正文。\n");
    await symlink(path.join(dir, "outside.txt"), path.join(seeds, "outside.txt"));
    await mkdir(path.join(seeds, "folder.txt"));
    for (const file of ["passwd.txt", "zero.txt", "outside.txt"]) {
      await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file }] }]);
      const e = await buildError(options(store));
      expect(e.message, file).toMatch(new RegExp(`seeds/${file.replace(".", "\\.")}: links outside the seeds folder \\(to .+\\); refused \\(listed in .*seeds/manifest\\.json:\\d+\\)`));
      await expectUntouched();
    }
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: "folder.txt" }] }]);
    expect((await buildError(options(store))).message).toMatch(/seeds\/folder\.txt: is a directory, not a page file; refused \(listed in .*seeds\/manifest\.json:\d+\)/);
    await symlink(SEED_FILE, path.join(seeds, "alias.txt"));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: "alias.txt" }] }]);
    expect((await runBuild(options(new MemoryStore(), { publish: null }))).plan.manifest.articles).toBe(9);
  });
});

describe("a missing page file", () => {
  it("is named with its manifest line, and a file of a similar name is suggested", async () => {
    const { store, expectUntouched } = await goodBuild();
    await writeFile(path.join(seeds, "2023-11-08-01.txt"), "标题\n\n正文。\n");
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }, { date: "2023-11-08", pages: [{ page: 1, file: "2023-11-08-1.txt" }] }]);
    const e = await buildError(options(store));
    expect(e.message).toMatch(/seeds\/2023-11-08-1\.txt: cannot read: no such file \(listed in .*manifest\.json:\d+\); did you mean 2023-11-08-01\.txt\?/);
    await expectUntouched();
  });
});

describe("build/", () => {
  it("is replaced file by file, leaving other outputs there alone and removing only its own stale files", async () => {
    await goodBuild();
    await mkdir(path.join(out, "review"), { recursive: true });
    await writeFile(path.join(out, "review", "index.html"), "<p>review</p>");
    await writeFile(path.join(out, "entries-0009.json"), "[]");
    await runBuild(options(new MemoryStore(), { publish: null }));
    const files = (await readdir(out)).sort();
    expect(files).toEqual(["build.json", "entries-0001.json", "live.json", "review"]);
    expect(await readFile(path.join(out, "review", "index.html"), "utf8")).toBe("<p>review</p>");
  });
});

describe("a page that yields no article", () => {
  it("is named with its manifest line, and with --strict the build's error names it too", async () => {
    const { store, expectUntouched } = await goodBuild();
    await writeFile(path.join(seeds, "blank.txt"), "\n   \n\u3000\n");
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "blank.txt" }] }]);
    const logged: string[] = [];
    const e = await buildError(options(store, { strict: true, log: (l) => logged.push(l) }));
    expect(e.message).toMatch(/^1 problem\(s\); nothing was published:\n {2}\S*seeds\/blank\.txt: warning: no article found on this page \(listed in \S*seeds\/manifest\.json:\d+\) \(fatal with --strict\)$/);
    expect(logged.join("\n")).toContain("seeds/blank.txt: warning: no article found");
    await expectUntouched();
  });
});

describe("a duplicate", () => {
  it("page or file in the manifest stops the build at its line", async () => {
    const { store, expectUntouched } = await goodBuild();
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 1, file: "other.txt" }] }]);
    expect((await buildError(options(store))).message).toMatch(/seeds\/manifest\.json:\d+: page 1 of 2023-11-07 is listed twice/);
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }, { date: "2023-11-08", pages: [{ page: 1, file: SEED_FILE }] }]);
    expect((await buildError(options(store))).message).toMatch(new RegExp(`seeds/manifest\\.json:\\d+: ${SEED_FILE.replace(".", "\\.")} is listed twice`));
    await expectUntouched();
  });

  it("article id stops the plan, naming both files", async () => {
    const page = { date: "2023-11-07", page: 1, file: "a.txt", articles: seed() };
    const error = await plan({ paper: PAPER, pages: [page, { ...page, file: "b.txt" }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanError);
    expect((error as Error).message).toMatch(/^b\.txt: duplicate article id 20231107-1-[a-z2-7]{8} \(also in a\.txt\)$/);
  });

  it("the same page under two dates is two editions, not a duplicate", async () => {
    await cp(path.join(seeds, SEED_FILE), path.join(seeds, "again.txt"));
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] }, { date: "2023-11-08", pages: [{ page: 1, file: "again.txt" }] }]);
    const result = await runBuild(options(new MemoryStore()));
    expect(result.plan.manifest.articles).toBe(18);
  });
});

describe("--keep-going", () => {
  it("reports every problem (unreadable, undecodable, and with --strict an empty page) in one error, publishing nothing", async () => {
    const { store, expectUntouched } = await goodBuild();
    await writeFile(path.join(seeds, "junk.txt"), Buffer.from([0x41, 0x42, 0x00, 0x01]));
    await writeFile(path.join(seeds, "blank.txt"), "\n\n");
    await writeFile(path.join(seeds, "broken.txt"), Buffer.from([0xe4, 0xbd, 0xa0, 0xff, 0xfe, 0x41]));
    await writeManifest([
      { date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "missing.txt" }, { page: 3, file: "junk.txt" }] },
      { date: "2023-11-08", pages: [{ page: 1, file: "blank.txt" }, { page: 2, file: "broken.txt" }] },
    ]);
    const logged: string[] = [];
    const e = await buildError(options(store, { keepGoing: true, strict: true, log: (l) => logged.push(l) }));
    const lines = e.message.split("\n").slice(1).map((l) => l.trim());
    expect(e.message).toMatch(/^4 problem\(s\); nothing was published:/);
    expect(lines).toEqual([
      expect.stringMatching(/seeds\/missing\.txt: cannot read: no such file \(listed in .*manifest\.json:\d+\)$/),
      expect.stringMatching(/seeds\/junk\.txt: byte 2: control byte 0x00: binary data, not text$/),
      expect.stringMatching(/seeds\/broken\.txt: byte 3: /),
      expect.stringMatching(/seeds\/blank\.txt: warning: no article found .*\(fatal with --strict\)$/),
    ]);
    // Each error is also logged as it is found.
    expect(logged.filter((l) => l.startsWith("error: "))).toHaveLength(3);
    await expectUntouched();
  });

  it("without errors builds and publishes as usual; with only warnings (not --strict) too", async () => {
    await writeFile(path.join(seeds, "blank.txt"), "\n\n");
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "blank.txt" }] }]);
    const store = new MemoryStore();
    const result = await runBuild(options(store, { keepGoing: true }));
    expect(result.plan.manifest.articles).toBe(9);
    expect((await readLivePointer(store))?.build).toBe(result.plan.manifest.id);
  });

  it("a failed build leaves build/ as the last good build wrote it (no partial live.json to publish by hand)", async () => {
    await cp(path.join(seeds, SEED_FILE), path.join(seeds, "next-day.txt"));
    const { store, good, expectUntouched } = await goodBuild([
      { date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }] },
      { date: "2023-11-08", pages: [{ page: 1, file: "next-day.txt" }] },
    ]);
    // The next build would be the first day alone: a different, partial build.
    await writeManifest([{ date: "2023-11-07", pages: [{ page: 1, file: SEED_FILE }, { page: 2, file: "missing.txt" }] }]);
    await buildError(options(store, { keepGoing: true, publish: null }));
    await buildError(options(store, { publish: null }));
    await expectUntouched();
    const pointer = JSON.parse(JSON.parse(await readFile(path.join(out, "live.json"), "utf8"))[0].value);
    expect(pointer.build).toBe(good.plan.manifest.id);
  });
});
