/**
 * Answering a search from the layout: pure, like paging.ts; the caller passes loaders (the
 * Worker reads KV, the bench and tests read a Map).
 *
 * 1. The directory (one value, kept by the Worker per isolate) names each level's shards.
 * 2. Each term's covering grams (grams.ts) are looked up in every level at once: one read
 *    per level and shard needed, all in parallel.
 * 3. Their postings are intersected: the candidates, which the section and date filters
 *    (from the directory) narrow, then ordered newest first, oldest first, or by relevance.
 * 4. Candidates are read from the `all` list's chunks in that order and checked against the
 *    text (pairs of characters do not prove a longer term is there): the articles that hold
 *    every term make the page, each with its snippet. A page reads at most MAX_PAGE_READS
 *    chunks: a page of rare results spread over decades ends early, with a cursor.
 */
import { SECTIONS } from "../core/sections.ts";
import { coverGrams, gramText, shardOf } from "../core/search/grams.ts";
import { matchRecord, type RecordMatch } from "../core/search/match.ts";
import { decodePostings, intersect, PostingsError } from "../core/search/postings.ts";
import { comparePositions, LayoutError, positionOf, type ArticleRecord, type BuildManifest, type Position, type SearchDirectory, type SearchShard } from "./layout.ts";
import { sectionList, type IndexLoader } from "./paging.ts";

export const MAX_PAGE_READS = 4;
/** A page with no hit yet keeps reading up to this many chunks (candidates the text check rejected), then ends with a cursor. */
const MAX_EMPTY_PAGE_READS = 8;

export type SearchOrder = "newest" | "oldest" | "relevance";

export interface SearchQuery {
  /** Folded terms (parseSearchQuery): every one must match. */
  terms: readonly string[];
  section: string | null;
  from: string | null;
  to: string | null;
  order: SearchOrder;
  limit: number;
  /** Where the previous page ended: the last article examined, and its score when by relevance. */
  after: { position: Position; score: number } | null;
}

export interface SearchHit extends RecordMatch {
  record: ArticleRecord;
  /** Each term counts 1, and HEADLINE_WEIGHT when the postings find it in the headline (the order of `relevance`). */
  score: number;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Where the next page starts, when more candidates remain. */
  next: { position: Position; score: number } | null;
}

export interface SearchLoader extends IndexLoader {
  searchDirectory(key: string): Promise<SearchDirectory>;
  searchShard(key: string): Promise<SearchShard>;
}

export const HEADLINE_WEIGHT = 3;

interface Candidate {
  n: number;
  /** Terms found in a headline by the postings (the text check has the last word). */
  score: number;
}

/** Articles of `levels` holding every gram of every term, with the headline score the postings give. */
async function candidates(directory: SearchDirectory, load: SearchLoader, terms: readonly string[], lo: number, hi: number): Promise<Candidate[]> {
  const covers = terms.map(coverGrams);
  const levels = directory.levels.filter((l) => l.to > lo && l.from < hi);
  const perLevel = await Promise.all(
    levels.map(async (level) => {
      const shards = new Map<number, Promise<SearchShard>>();
      const shard = (gram: number) => {
        const s = shardOf(gram, level.shards.length);
        let p = shards.get(s);
        if (!p) shards.set(s, (p = load.searchShard(level.shards[s]!)));
        return p;
      };
      for (const cover of covers) for (const gram of cover) void shard(gram);
      const lists = async (gram: number) => {
        const value = await shard(gram);
        const text = gramText(gram);
        const lists = value.grams.get(text);
        const all = lists?.all ?? "";
        const headline = lists?.headline ?? "";
        try {
          return { all: decodePostings(all, level.from), headline: decodePostings(headline, level.from) };
        } catch (e) {
          if (e instanceof PostingsError) throw new LayoutError(`search shard ${level.shards[shardOf(gram, level.shards.length)]} holds unreadable postings for "${text}": ${e.message}`);
          throw e;
        }
      };
      let docs: number[] | null = null;
      const headlineTerms = new Map<number, number>();
      for (const cover of covers) {
        let termDocs: number[] | null = null;
        let termHeadline: number[] | null = null;
        for (const gram of cover) {
          const l = await lists(gram);
          termDocs = termDocs === null ? l.all : intersect(termDocs, l.all);
          termHeadline = termHeadline === null ? l.headline : intersect(termHeadline, l.headline);
        }
        docs = docs === null ? termDocs! : intersect(docs, termDocs!);
        for (const n of termHeadline!) headlineTerms.set(n, (headlineTerms.get(n) ?? 0) + 1);
        if (docs.length === 0) break;
      }
      return (docs ?? []).filter((n) => n >= lo && n < hi).map((n) => ({ n, score: terms.length + (HEADLINE_WEIGHT - 1) * (headlineTerms.get(n) ?? 0) }));
    }),
  );
  return perLevel.flat();
}

/** First article number of the first day on or after `date` (days oldest first). */
function firstOnOrAfter(directory: SearchDirectory, date: string): number {
  let lo = 0;
  let hi = directory.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (directory.days[mid]![0] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo < directory.days.length ? directory.days[lo]![1] : directory.docs;
}

export async function runSearch(manifest: BuildManifest, load: SearchLoader, query: SearchQuery): Promise<SearchPage> {
  if (!manifest.search) throw new LayoutError("this build has no search index");
  const directory = await load.searchDirectory(manifest.search.key);
  if (directory.docs !== manifest.all.count) throw new LayoutError("the search directory does not match the build's articles");
  const lo = query.from ? firstOnOrAfter(directory, query.from) : 0;
  const hi = query.to ? firstOnOrAfter(directory, `${query.to}\uffff`) : directory.docs;
  if (lo >= hi) return { hits: [], next: null };
  let found = await candidates(directory, load, query.terms, lo, hi);
  if (query.section !== null) {
    const code = SECTIONS.findIndex((s) => s.slug === query.section).toString(36);
    found = found.filter((c) => directory.sections[c.n] === code);
  }
  // Newest first is the highest number first (the `all` list is oldest first).
  const byRelevance = query.order === "relevance";
  if (query.order === "oldest") found.sort((a, b) => a.n - b.n);
  else if (byRelevance) found.sort((a, b) => b.score - a.score || b.n - a.n);
  else found.sort((a, b) => b.n - a.n);

  const list = sectionList(manifest.all, manifest.chunkSize, load);
  if (query.after) {
    // Where the cursor's article is now (numbers move when an older day is added or an article withdrawn).
    const older = await list.olderThan(query.after.position);
    const same = older < directory.docs && comparePositions(positionOf(await list.itemAt(older)), query.after.position) === 0;
    const score = query.after.score;
    if (query.order === "oldest") found = found.filter((c) => c.n >= older + (same ? 1 : 0));
    else if (byRelevance) found = found.filter((c) => c.score < score || (c.score === score && c.n < older));
    else found = found.filter((c) => c.n < older);
  }

  const hits: SearchHit[] = [];
  const pagesRead = new Set<string>();
  let last: Candidate | null = null;
  let i = 0;
  for (; i < found.length && hits.length < query.limit; i++) {
    const c = found[i]!;
    const key = await list.pageKeyOf(c.n);
    if (!pagesRead.has(key) && pagesRead.size >= (hits.length > 0 ? MAX_PAGE_READS : MAX_EMPTY_PAGE_READS)) break;
    pagesRead.add(key);
    const record = await list.itemAt(c.n);
    last = c;
    const match = matchRecord(record, query.terms);
    if (!match) continue;
    hits.push({ ...match, record, score: c.score });
  }
  const more = i < found.length && last !== null;
  return { hits, next: more ? { position: positionOf((await list.itemAt(last!.n))), score: last!.score } : null };
}
