/**
 * `npm run review`'s writer (src/build/review.ts): the build runs without publishing and
 * build/review holds index.html plus `<file>.html` per page file; a failed build still gets a
 * review of the pages it read, with its error; the site is replaced whole.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/build/pipeline.ts";
import { writeReview } from "../../src/build/review.ts";
import { lineFingerprint } from "../../src/publish/corrections.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { ROOT, SEED_FILE, SEED_TEXT } from "./helpers.ts";

let dir: string;
let seeds: string;
let out: string;
let store: MemoryStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "edgepaper-review-"));
  seeds = path.join(dir, "seeds");
  out = path.join(dir, "build");
  await mkdir(path.join(seeds, "2023"), { recursive: true });
  await cp(path.join(ROOT, "test/fixtures/seed", SEED_FILE), path.join(seeds, SEED_FILE));
  // A second page in a subfolder whose lead has no headline: the parser warns about it.
  await writeFile(path.join(seeds, "2023/b.txt"), "本报讯（记者 张三）昨日，市里召开会议。\n\n会议强调要抓好落实。\n");
  store = new MemoryStore();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function manifest(pages: { page: number; file: string; name?: string }[]) {
  const m = JSON.parse(await readFile(path.join(ROOT, "test/fixtures/seed/manifest.json"), "utf8"));
  m.editions = [{ date: "2023-11-07", pages }];
  await writeFile(path.join(seeds, "manifest.json"), JSON.stringify(m, null, 2));
}

const options = (): BuildOptions => ({ root: ROOT, seeds, out, state: path.join(dir, "state"), strict: false, keepGoing: false, publish: "local", store, log: () => {}, progress: null, now: () => "2026-01-01T00:00:00.000Z" });

describe("writeReview", () => {
  it("writes index.html and one page per page file, publishes nothing, and counts what the parser found", async () => {
    await manifest([{ page: 1, file: SEED_FILE }, { page: 2, file: "2023/b.txt", name: "要闻" }]);
    const review = await writeReview(options());
    expect(review.error).toBeNull();
    expect(store.writes).toEqual([]);
    expect((await readdir(review.dir)).sort()).toEqual(["000_f633fcfef24d2dbd.txt.html", "2023", "index.html"]);
    expect(await readdir(path.join(review.dir, "2023"))).toEqual(["b.txt.html"]);
    expect(review.pages.map((p) => [p.file, p.counts.articles])).toEqual([[SEED_FILE, 9], ["2023/b.txt", 1]]);
    expect(review.pages[1]!.counts.warnings).toBeGreaterThan(0);
    const index = await readFile(review.index, "utf8");
    expect(index).toContain(`href="${SEED_FILE}.html"`);
    expect(index).toContain('href="2023/b.txt.html"');
    const page = await readFile(path.join(review.dir, "2023/b.txt.html"), "utf8");
    expect(page).toContain("⚠ warning");
    expect(page).toContain("要闻");
    const seedPage = await readFile(path.join(review.dir, `${SEED_FILE}.html`), "utf8");
    expect(seedPage.match(/class="line /g)?.length).toBe(SEED_TEXT.split("\n").filter((l) => l.trim() !== "").length);
  });

  it("shows each line's fingerprint, the corrections applied and no longer matching, a corrected section and a retraction", async () => {
    await manifest([{ page: 1, file: SEED_FILE }]);
    const lines = SEED_TEXT.split("\n");
    await writeFile(
      path.join(seeds, "corrections.json"),
      JSON.stringify({
        corrections: [
          { file: SEED_FILE, line: 99, fingerprint: lineFingerprint(lines[98]!), section: "other" },
          { file: SEED_FILE, line: 124, retract: true, reason: "数据有误" },
          { file: SEED_FILE, line: 114, fingerprint: "zzzz", joinsPrevious: true },
        ],
      }),
    );
    const review = await writeReview(options());
    expect(review.pages[0]!.counts).toMatchObject({ corrections: 2, staleCorrections: 1 });
    const index = await readFile(review.index, "utf8");
    expect(index).toContain("2 corrections applied");
    expect(index).toContain("1 corrections no longer matching");
    const page = await readFile(path.join(review.dir, `${SEED_FILE}.html`), "utf8");
    expect(page).toContain(`fingerprint ${lineFingerprint(lines[98]!)}`);
    expect(page).toMatch(/<strong>other<\/strong>, set by a correction \(the classifier: \w+\)/);
    expect(page).toContain("retracted by a correction: 数据有误 — not published");
  });

  it("a failed build still reviews the pages it read, names the error, and publishes nothing", async () => {
    await manifest([{ page: 1, file: SEED_FILE }, { page: 2, file: "2023/missing.txt" }]);
    const review = await writeReview(options());
    expect(review.error).toMatch(/2023\/missing\.txt: cannot read: no such file/);
    expect(review.pages.map((p) => p.file)).toEqual([SEED_FILE]);
    expect(store.writes).toEqual([]);
    expect(await readFile(review.index, "utf8")).toContain("The build failed");
  });

  it("replaces the whole site: a page no longer listed loses its review page", async () => {
    await manifest([{ page: 1, file: SEED_FILE }, { page: 2, file: "2023/b.txt" }]);
    await writeReview(options());
    await manifest([{ page: 1, file: SEED_FILE }]);
    const review = await writeReview(options());
    expect((await readdir(review.dir)).sort()).toEqual(["000_f633fcfef24d2dbd.txt.html", "index.html"]);
    expect((await readdir(out)).filter((f) => f.startsWith(".review-"))).toEqual([]);
  });
});
