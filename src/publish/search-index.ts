/**
 * The search index, planned from the `all` list (articles oldest first; article n is the
 * nth of that list, the number postings hold). It is log-structured: the edition days are
 * cut into at most three levels, each a run of whole days, and a level's shards change only
 * when its days change:
 *
 *   big     the oldest days, a multiple of BIG_DAYS: rewritten once every BIG_DAYS days;
 *   middle  the next days, a multiple of SMALL_DAYS (fewer than BIG_DAYS): rewritten every SMALL_DAYS days;
 *   small   the newest days (fewer than SMALL_DAYS): one value, rewritten with every day added.
 *
 * A query reads, per level, the shards of the grams it looks up (levels are read in
 * parallel), so its reads are bounded whatever the archive's size; adding a day writes the
 * small level, the directory, and on merging days a middle or big level. The cut depends
 * only on the number of days, so a build from scratch and a build after any history of
 * daily builds write the same keys.
 */
import { SECTIONS } from "../core/sections.ts";
import { foldChar } from "../core/search/fold.ts";
import { gramText, pairGram, shardOf } from "../core/search/grams.ts";
import { searchFields } from "../core/search/match.ts";
import { PostingsWriter } from "../core/search/postings.ts";
import { hashText } from "./hash.ts";
import { LAYOUT_VERSION, searchDirectoryKey, searchShardKey, writeSearchShard, type ArticleRecord, type SearchDirectory, type SearchLevel } from "./layout.ts";

export const BIG_DAYS = 128;
export const SMALL_DAYS = 8;
/** Articles per shard, by level: more shards keep a shard small to read (big), fewer keep a merge's writes few (middle). */
export const DOCS_PER_SHARD = { big: 32, middle: 128, small: Infinity } as const;
const MAX_SHARDS = 4096;

type LevelName = keyof typeof DOCS_PER_SHARD;

/** How many of `days` (oldest first) each level covers: [big, middle, small]. */
export function levelDays(days: number): [number, number, number] {
  const big = Math.floor(days / BIG_DAYS) * BIG_DAYS;
  const middle = Math.floor((days - big) / SMALL_DAYS) * SMALL_DAYS;
  return [big, middle, days - big - middle];
}

/** Shards of a level of `docs` articles: a power of two, so a level's layout is easy to reason about. */
export function shardCount(level: LevelName, docs: number): number {
  const wanted = Math.ceil(docs / DOCS_PER_SHARD[level]);
  let n = 1;
  while (n < wanted && n < MAX_SHARDS) n *= 2;
  return n;
}

interface GramPostings {
  /** The gram (grams.ts): a code point, or a pair's number. */
  gram: number;
  all: PostingsWriter;
  headline: PostingsWriter | null;
}

/**
 * Plans the index of `records` (the `all` list, oldest first): `put` receives every shard
 * and the directory; returns the directory's key.
 */
export async function planSearchIndex(records: readonly ArticleRecord[], put: (key: string, value: string) => void, dayHash?: (date: string) => string | undefined): Promise<{ key: string; docs: number }> {
  const sectionCode = new Map(SECTIONS.map((s, i) => [s.slug, i.toString(36)]));
  const days: [string, number][] = [];
  let sections = "";
  records.forEach((r, n) => {
    if (days.at(-1)?.[0] !== r.edition.date) days.push([r.edition.date, n]);
    sections += sectionCode.get(r.section) ?? "z";
  });
  const counts = levelDays(days.length);
  const names: LevelName[] = ["big", "middle", "small"];
  const levels: SearchLevel[] = [];
  let firstDay = 0;
  for (let l = 0; l < 3; l++) {
    if (counts[l] === 0) continue;
    const from = days[firstDay]![1];
    firstDay += counts[l]!;
    const to = firstDay < days.length ? days[firstDay]![1] : records.length;
    // A level is a function of its articles and where they start: the day hashes (which cover every
    // article's content) name it, so a level planned before in this process is not planned again.
    const hashes = dayHash ? days.slice(firstDay - counts[l]!, firstDay).map(([date]) => dayHash(date)) : [];
    const memoKey = dayHash && hashes.every((h) => h !== undefined) ? `${from}:${to}:${hashes.join(",")}` : null;
    const known = memoKey ? planned.get(memoKey) : undefined;
    const entries = known ?? (await planLevel(records, from, to, shardCount(names[l]!, to - from)));
    if (memoKey && !known) remember(memoKey, entries);
    for (const [key, value] of entries) put(key, value);
    levels.push({ from, to, shards: entries.map(([key]) => key) });
  }
  const directory: SearchDirectory = { v: LAYOUT_VERSION, docs: records.length, levels, sections, days };
  const text = JSON.stringify(directory);
  const key = searchDirectoryKey(await hashText(text));
  put(key, text);
  return { key, docs: records.length };
}

/**
 * Grams of articles from…to-1 with their postings. Hot loop of the build: characters get small
 * dense ids, so a gram's map key is a small integer (fast to hash) rather than its code points.
 */
function collectGrams(records: readonly ArticleRecord[], from: number, to: number): Map<number, GramPostings> {
  const grams = new Map<number, GramPostings>();
  // Single characters by their dense id, pairs in the map.
  const singles: GramPostings[] = [];
  // Dense ids for characters, by code point (a table for the Basic Multilingual Plane, a map above it).
  const bmp = new Int32Array(0x10000).fill(-1);
  const astral = new Map<number, number>();
  let nextId = 0;
  const DENSE = 1 << 15;
  const add = (p: GramPostings, n: number, headline: boolean) => {
    if (p.all.last !== n) p.all.add(n);
    if (headline) {
      p.headline ??= new PostingsWriter(from);
      if (p.headline.last !== n) p.headline.add(n);
    }
  };
  const posting = (key: number, gram: number, n: number, headline: boolean) => {
    let p = grams.get(key);
    if (!p) grams.set(key, (p = { gram, all: new PostingsWriter(from), headline: null }));
    if (p.all.last !== n) p.all.add(n);
    if (headline) {
      p.headline ??= new PostingsWriter(from);
      if (p.headline.last !== n) p.headline.add(n);
    }
  };
  for (let n = from; n < to; n++) {
    for (const field of searchFields(records[n]!)) {
      const text = field.text;
      const headline = field.headline;
      let previous = -1;
      let previousId = -1;
      for (let i = 0; i < text.length; ) {
        const source = text.codePointAt(i)!;
        i += source > 0xffff ? 2 : 1;
        const folded = foldChar(source);
        for (let k = 0; k < folded.length; ) {
          const cp = folded.codePointAt(k)!;
          k += cp > 0xffff ? 2 : 1;
          let id = cp < 0x10000 ? bmp[cp]! : (astral.get(cp) ?? -1);
          if (id < 0) {
            id = nextId++;
            if (cp < 0x10000) bmp[cp] = id;
            else astral.set(cp, id);
          }
          let single = singles[id];
          if (!single) singles[id] = single = { gram: cp, all: new PostingsWriter(from), headline: null };
          add(single, n, headline);
          // Dense keys while ids fit (two ids under 2^30 together); the gram's own number past that.
          if (previous >= 0) posting(previousId < DENSE && id < DENSE ? DENSE + previousId * DENSE + id : -pairGram(previous, cp) - 0x110000, pairGram(previous, cp), n, headline);
          previous = cp;
          previousId = id;
        }
      }
    }
  }
  for (const p of singles) grams.set(-1 - p.gram, p);
  return grams;
}

/** Levels planned in this process, newest last: a few, by the bytes of their shards. */
const planned = new Map<string, [string, string][]>();
const MAX_PLANNED_CHARS = 64 * 1024 * 1024;

function remember(key: string, entries: [string, string][]): void {
  planned.set(key, entries);
  let chars = 0;
  for (const level of planned.values()) for (const [, value] of level) chars += value.length;
  for (const [k, level] of planned) {
    if (chars <= MAX_PLANNED_CHARS || planned.size <= 1) break;
    planned.delete(k);
    for (const [, value] of level) chars -= value.length;
  }
}

async function planLevel(records: readonly ArticleRecord[], from: number, to: number, shards: number): Promise<[string, string][]> {
  // Grams in code order, so a shard's text depends only on the level's articles.
  const lines: [string, string, string | null][][] = Array.from({ length: shards }, () => []);
  for (const p of [...collectGrams(records, from, to).values()].sort((a, b) => a.gram - b.gram)) {
    lines[shardOf(p.gram, shards)]!.push([gramText(p.gram), p.all.text(), p.headline ? p.headline.text() : null]);
  }
  const entries: [string, string][] = [];
  for (const shard of lines) {
    const text = writeSearchShard(shard);
    entries.push([searchShardKey(await hashText(text)), text]);
  }
  return entries;
}
