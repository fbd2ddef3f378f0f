import { describe, expect, it } from "vitest";
import { ALL_SECTIONS, CHUNK_SIZE, HEAD_SIZE, KV_LIMITS, readDirectory, readIndexPage, type BuildManifest, type ChunkRef, type SectionEntry } from "../../src/publish/layout.ts";
import { readSectionPage } from "../../src/publish/paging.ts";
import { plan, PlanError, type Plan } from "../../src/publish/plan.ts";
import { archive, days, PAPER, seed } from "./helpers.ts";

const loader = (p: Plan) => ({ page: async (key: string) => readIndexPage(p.entries.get(key)!), directory: async (key: string) => readDirectory(p.entries.get(key)!) });
const chunksOf = (p: Plan, s: SectionEntry): ChunkRef[] => (s.chunks ? readDirectory(p.entries.get(s.chunks.key)!).chunks : []);
const entryOf = (m: BuildManifest, slug: string): SectionEntry => (slug === ALL_SECTIONS ? m.all : m.sections.find((s) => s.slug === slug)!);

/** Every item of a section, newest first, by following cursors `limit` at a time. */
async function walk(p: Plan, slug: string, limit: number) {
  const ids: string[] = [];
  let before = null;
  for (;;) {
    const page = await readSectionPage(entryOf(p.manifest, slug), p.manifest.chunkSize, loader(p), { limit, before });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((i) => i.id));
    if (!page.next) return ids;
    before = page.next;
  }
}

describe("plan", () => {
  it("is deterministic: the same input gives the same build id, keys, values and ids", async () => {
    const input = { paper: PAPER, pages: archive(days("2023-11-01", 3)) };
    const a = await plan(input);
    const b = await plan({ paper: PAPER, pages: [...input.pages].reverse() });
    expect(b.manifest.id).toBe(a.manifest.id);
    expect([...b.entries].sort()).toEqual([...a.entries].sort());
  });

  it("changes the build id when any article changes, and only then", async () => {
    const pages = archive(days("2023-11-01", 2));
    const a = await plan({ paper: PAPER, pages });
    const edited = pages.map((p, i) => (i === 0 ? { ...p, articles: p.articles.map((x, j) => (j === 0 ? { ...x, paragraphs: [...x.paragraphs, "更正"] } : x)) } : p));
    const b = await plan({ paper: PAPER, pages: edited });
    expect(b.manifest.id).not.toBe(a.manifest.id);
    // Ids follow titles, not text: the edited article keeps its id.
    const ids = (p: Plan) => [...p.entries.keys()].filter((k) => k.startsWith("a/")).map((k) => k.split("/")[2]).sort();
    expect(ids(b)).toEqual(ids(a));
  });

  it("indexes every article once per section and once in 'all', newest first", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 40), 3) });
    const perPage = seed().length;
    expect(p.manifest.articles).toBe(40 * 3 * perPage);
    expect(p.manifest.all.count).toBe(p.manifest.articles);
    expect(p.manifest.sections.reduce((n, s) => n + s.count, 0)).toBe(p.manifest.articles);
    for (const slug of [...p.manifest.sections.map((s) => s.slug), ALL_SECTIONS]) {
      const entry = entryOf(p.manifest, slug);
      expect(chunksOf(p, entry)).toHaveLength(Math.floor(entry.count / CHUNK_SIZE));
      for (const limit of [1, 7, 100]) {
        const ids = await walk(p, slug, limit);
        expect(ids).toHaveLength(entry.count);
        expect(new Set(ids).size).toBe(entry.count);
      }
    }
    // Newest first: dates never increase along the listing; page 1 before page 2 within a day.
    const page = await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 100 });
    const keys = page.items.map((i) => [i.edition.date, i.edition.page, i.order] as const);
    for (let i = 1; i < keys.length; i++) {
      const [d0, p0, o0] = keys[i - 1]!;
      const [d1, p1, o1] = keys[i]!;
      expect(d0 > d1 || (d0 === d1 && (p0 < p1 || (p0 === p1 && o0 < o1)))).toBe(true);
    }
  });

  it("keeps the head at most HEAD_SIZE items and every chunk exactly CHUNK_SIZE", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 60), 2) });
    for (const s of [...p.manifest.sections, p.manifest.all]) {
      if (!s.head) continue;
      const head = readIndexPage(p.entries.get(s.head.key)!);
      expect(head.items.length).toBe(Math.min(HEAD_SIZE, s.count));
      for (const c of chunksOf(p, s)) expect(readIndexPage(p.entries.get(c.key)!).items).toHaveLength(CHUNK_SIZE);
    }
    for (const [key, value] of p.entries) {
      expect(new TextEncoder().encode(key).length).toBeLessThanOrEqual(KV_LIMITS.keyBytes);
      expect(value.length * 3).toBeLessThanOrEqual(KV_LIMITS.valueBytes);
    }
  });

  it("filters by since and stops there", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 10), 1) });
    const page = await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 100, since: "2023-01-09" });
    expect(page.items).toHaveLength(2 * seed().length);
    expect(page.next).toBeNull();
    expect(page.items.every((i) => i.edition.date >= "2023-01-09")).toBe(true);
    // A page that ends exactly at the boundary offers no next page.
    const exact = await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 2 * seed().length, since: "2023-01-09" });
    expect(exact.items).toHaveLength(2 * seed().length);
    expect(exact.next).toBeNull();
    expect((await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 2 * seed().length })).next).not.toBeNull();
  });

  it("rejects an article of an unknown section and a page listed twice, naming the file", async () => {
    const [page] = archive(["2023-01-01"], 1);
    await expect(plan({ paper: PAPER, pages: [{ ...page!, articles: [{ ...page!.articles[0]!, section: "sport" }] }] })).rejects.toThrow(/2023-01-01-1\.txt: .*unknown section "sport"/);
    await expect(plan({ paper: PAPER, pages: [page!, { ...page!, file: "again.txt" }] })).rejects.toThrow(PlanError);
  });
});

describe("appending a day", () => {
  it("writes only the new day's articles, its day entry, the heads it touches, filled chunks and the manifest", async () => {
    const before = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 200), 2) });
    const after = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 201), 2) });
    const added = [...after.entries.keys()].filter((k) => !before.entries.has(k));
    const newDay = after.manifest.days["2023-07-20"]!;
    const articles = added.filter((k) => k.startsWith("a/"));
    expect(articles).toHaveLength(2 * seed().length);
    expect(articles.every((k) => k.startsWith(`a/${newDay}/`))).toBe(true);
    expect(added.filter((k) => k.startsWith("d/"))).toEqual([`d/${newDay}`]);
    expect(added.filter((k) => k.startsWith("b/"))).toEqual([`b/${after.manifest.id}`]);
    const touched = [...after.manifest.sections, after.manifest.all].filter((s) => s.count > 0 && s.count !== entryOf(before.manifest, s.slug).count);
    const chunkCount = (m: BuildManifest, slug: string) => entryOf(m, slug).chunks?.count ?? 0;
    const grown = touched.filter((s) => chunkCount(after.manifest, s.slug) > chunkCount(before.manifest, s.slug));
    const newChunks = grown.reduce((n, s) => n + chunkCount(after.manifest, s.slug) - chunkCount(before.manifest, s.slug), 0);
    // A head per touched section, plus each new full chunk and the directory that lists it.
    expect(added.filter((k) => k.startsWith("s/"))).toHaveLength(touched.length + newChunks);
    expect(added.filter((k) => k.startsWith("i/"))).toHaveLength(grown.length);
    // Every old chunk is still there under the same key.
    for (const s of before.manifest.sections) for (const c of chunksOf(before, s)) expect(after.entries.has(c.key)).toBe(true);
    expect(added.length / after.entries.size).toBeLessThan(0.02);
  });

  it("keeps cursors valid: the next page after a cursor continues where the old build left off", async () => {
    const older = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 30), 2) });
    const newer = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 31), 2) });
    const first = await readSectionPage(older.manifest.all, CHUNK_SIZE, loader(older), { limit: 25 });
    const rest = async (p: Plan) => (await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 100, before: first.next })).items.map((i) => i.id);
    expect(await rest(newer)).toEqual(await rest(older));
    // Pruning the oldest days (a smaller archive) keeps the cursor meaningful too.
    const pruned = await plan({ paper: PAPER, pages: archive(days("2023-01-05", 27), 2) });
    const prunedRest = await rest(pruned);
    expect(prunedRest.length).toBeGreaterThan(0);
    expect((await rest(older)).slice(0, prunedRest.length)).toEqual(prunedRest);
  });
});

describe("reading a section oldest first", () => {
  /** Every item oldest first, following cursors `limit` at a time, within `since`/`before` bounds. */
  async function walkOldest(p: Plan, slug: string, limit: number, bounds: { since?: string; before?: { date: string; page: number; order: number } } = {}) {
    const ids: string[] = [];
    let after = null;
    for (;;) {
      const page = await readSectionPage(entryOf(p.manifest, slug), p.manifest.chunkSize, loader(p), { limit, after, order: "oldest", ...bounds });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.items.map((i) => i.id));
      if (!page.next) return ids;
      after = page.next;
    }
  }

  it("walks head and chunks in exactly the reverse of the newest-first order, at any page size", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 60), 2) });
    for (const slug of [ALL_SECTIONS, "politics"]) {
      const newest = await walk(p, slug, 100);
      for (const limit of [1, 7, 100]) expect(await walkOldest(p, slug, limit)).toEqual([...newest].reverse());
    }
  });

  it("starts on the since day and stops before the to bound", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 60), 2) });
    const all = (await walk(p, ALL_SECTIONS, 100)).reverse();
    const dateOf = new Map((await readSectionPage(p.manifest.all, CHUNK_SIZE, loader(p), { limit: 100 })).items.map((i) => [i.id, i.edition.date]));
    const within = await walkOldest(p, ALL_SECTIONS, 9, { since: "2023-02-01", before: { date: "2023-02-10", page: -1, order: -1 } });
    expect(within.length).toBeGreaterThan(0);
    expect(within).toEqual(all.filter((id) => id >= "20230201" && id < "20230211"));
    for (const id of within) if (dateOf.has(id)) expect(dateOf.get(id)! >= "2023-02-01" && dateOf.get(id)! <= "2023-02-10").toBe(true);
  });
});
