/**
 * Search figures from a real plan (the index entries the build writes), no Worker needed:
 * index size against the articles' text, what adding a day writes, and KV reads per query
 * through the same runSearch the Worker runs, over a loader that counts reads and keeps what
 * it read (a warm isolate) or not (a cold one).
 */
import { parseSearchQuery } from "../src/core/search/query.ts";
import { searchFields } from "../src/core/search/match.ts";
import { readDirectory, readIndexPage, readSearchDirectory, readSearchShard, type ArticleRecord } from "../src/publish/layout.ts";
import type { Plan } from "../src/publish/plan.ts";
import { levelDays, shardCount } from "../src/publish/search-index.ts";
import { runSearch } from "../src/publish/search.ts";

export interface QueryReads {
  q: string;
  hits: number;
  cold: number;
  warm: number;
  /** Milliseconds of runSearch on the warm loader (values already parsed). */
  warmMs: number;
}

export interface IndexFigures {
  articles: number;
  entries: number;
  indexBytes: number;
  textBytes: number;
  levels: { from: number; to: number; shards: number }[];
  queries: QueryReads[];
}

export interface YearFigures {
  days: number;
  perDay: number;
  averageShare: number;
  worst: { day: number; writes: number; entries: number; share: number };
  normal: { writes: number; entries: number };
}

const utf8 = new TextEncoder();

/** Index size and query reads of a plan. `queries` are two-term queries; each is run cold, then warm after the others. */
export async function indexFigures(p: Plan, queries: readonly string[]): Promise<IndexFigures> {
  let indexBytes = 0;
  let entries = 0;
  let textBytes = 0;
  for (const [key, value] of p.entries) {
    if (key.startsWith("x/") || key.startsWith("y/")) {
      entries++;
      indexBytes += utf8.encode(value).length;
    } else if (key.startsWith("a/")) {
      for (const f of searchFields(JSON.parse(value) as ArticleRecord)) textBytes += utf8.encode(f.text).length;
    }
  }
  const directory = readSearchDirectory(p.entries.get(p.manifest.search!.key)!);
  const warmCache = new Map<string, unknown>();
  const loader = (cache: Map<string, unknown>, reads: string[]) => {
    const get = <T>(read: (text: string) => T) => async (key: string): Promise<T> => {
      if (cache.has(key)) return cache.get(key) as T;
      reads.push(key);
      const value = read(p.entries.get(key)!);
      cache.set(key, value);
      return value;
    };
    return { page: get(readIndexPage), directory: get(readDirectory), searchDirectory: get(readSearchDirectory), searchShard: get(readSearchShard) };
  };
  const run = async (q: string, cache: Map<string, unknown>) => {
    const parsed = parseSearchQuery(q);
    if (!parsed.ok) throw new Error(parsed.message);
    const reads: string[] = [];
    const t = performance.now();
    const page = await runSearch(p.manifest, loader(cache, reads), { terms: parsed.terms, section: null, from: null, to: null, order: "newest", limit: 20, after: null });
    // +1 on a cold isolate: the pointer, which carries the build manifest.
    return { reads: reads.length, hits: page.hits.length, ms: performance.now() - t };
  };
  // Warm: the isolate has answered other searches (the directory, the chunk directory and the head are kept).
  await run("新华社 记者", warmCache);
  const results: QueryReads[] = [];
  for (const q of queries) {
    const cold = await run(q, new Map());
    // A new query on the warm isolate: what it has kept, not what the other queries measured here read.
    const warm = await run(q, new Map(warmCache));
    results.push({ q, hits: cold.hits, cold: cold.reads + 1, warm: warm.reads, warmMs: warm.ms });
  }
  return { articles: directory.docs, entries, indexBytes, textBytes, levels: directory.levels.map((l) => ({ from: l.from, to: l.to, shards: l.shards.length })), queries: results };
}

/**
 * Index entries written by each of `days` days added to an archive of `startDays` days with
 * `perDay` articles a day, from the level rules (levelDays, shardCount): a level is written
 * again when the days it covers change; the directory every day.
 */
export function yearOfDays(startDays: number, days: number, perDay: number): YearFigures {
  const levels = (n: number) => {
    const [big, middle, small] = levelDays(n);
    return [
      { name: "big" as const, from: 0, days: big },
      { name: "middle" as const, from: big, days: middle },
      { name: "small" as const, from: big + middle, days: small },
    ].filter((l) => l.days > 0);
  };
  const entriesOf = (n: number) => levels(n).reduce((s, l) => s + shardCount(l.name, l.days * perDay), 0) + 1;
  let shares = 0;
  let worst = { day: 0, writes: 0, entries: 0, share: 0 };
  let normal = { writes: Number.POSITIVE_INFINITY, entries: 0 };
  for (let d = 1; d <= days; d++) {
    const before = new Set(levels(startDays + d - 1).map((l) => `${l.from}+${l.days}`));
    const now = levels(startDays + d);
    const writes = now.filter((l) => !before.has(`${l.from}+${l.days}`)).reduce((s, l) => s + shardCount(l.name, l.days * perDay), 0) + 1;
    const entries = entriesOf(startDays + d);
    shares += writes / entries;
    if (writes / entries > worst.share) worst = { day: d, writes, entries, share: writes / entries };
    if (writes < normal.writes) normal = { writes, entries };
  }
  return { days, perDay, averageShare: shares / days, worst, normal };
}

/**
 * The index of the fixtures' real pages (every annotated set, each page its own edition day):
 * real text from many papers and decades, where the synthetic archive repeats a few templates.
 */
export async function realPagesFigures(queries: readonly string[]): Promise<IndexFigures & { pages: number }> {
  const { readdirSync } = await import("node:fs");
  const path = await import("node:path");
  const { readSet } = await import("../test/support/sets.ts");
  const { parsePage } = await import("../src/core/parse/index.ts");
  const { classifyPage } = await import("../src/core/classify/index.ts");
  const { plan } = await import("../src/publish/plan.ts");
  const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), "../test/fixtures");
  const sets = readdirSync(fixtures).filter((s) => /^(?:real-|devset|blind|variants)/.test(s)).sort();
  const texts = sets.flatMap((s) => readSet(path.join(fixtures, s)).map((p) => p.page));
  const start = Date.parse("2000-01-01T00:00:00Z");
  const pages = texts.map((text, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    page: 1,
    file: `page-${i}.txt`,
    articles: classifyPage(parsePage(text).articles),
  }));
  const p = await plan({ paper: { name: "fixtures", nameEn: "fixtures", language: "zh-CN", utcOffset: "+08:00" }, pages });
  return { pages: pages.length, ...(await indexFigures(p, queries)) };
}
