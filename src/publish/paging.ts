/**
 * Reading a page of a section, newest first, from the layout's chunks and head.
 * Pure: the caller passes `load`, which turns a key into an IndexPage (the
 * Worker reads KV; tests read a Map). The head alone answers the first page and
 * any cursor that lands in it; deeper pages read the chunk directory and at
 * most two chunks.
 */
import { comparePositions, LayoutError, positionOf, type ArticleRecord, type ChunkDirectory, type IndexPage, type Position, type SectionEntry } from "./layout.ts";

export interface SectionQuery {
  /** Only items strictly older than this position (from a cursor, or the end of a `to` day). */
  before?: Position | null;
  /** Oldest first: only items strictly newer than this position (from an oldest-first cursor). */
  after?: Position | null;
  /** Newest first (the default), or oldest first. */
  order?: "newest" | "oldest";
  /** Only items of editions on or after this ISO date. */
  since?: string | null;
  limit: number;
}

export interface SectionPage {
  items: ArticleRecord[];
  /** Position of the last item returned (the oldest, or oldest first the newest), when more remain. */
  next: Position | null;
}

export interface IndexLoader {
  page(key: string): Promise<IndexPage>;
  directory(key: string): Promise<ChunkDirectory>;
}

/** Number of items in `items` (oldest first) strictly older than `p`. */
function countOlder(items: readonly ArticleRecord[], p: Position): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(positionOf(items[mid]!), p) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Random access to a section's list (oldest first): its items by number, and where a position falls. */
export interface SectionList {
  /** How many items are strictly older than `p`. */
  olderThan(p: Position): Promise<number>;
  itemAt(i: number): Promise<ArticleRecord>;
  /** The key of the page (a chunk or the head) that holds item `i`. */
  pageKeyOf(i: number): Promise<string>;
}

export function sectionList(entry: SectionEntry, chunkSize: number, load: IndexLoader): SectionList {
  const head = entry.head;
  const pages = new Map<string, Promise<IndexPage>>();
  const page = (key: string): Promise<IndexPage> => {
    let p = pages.get(key);
    if (!p) pages.set(key, (p = load.page(key)));
    return p;
  };
  let directory: Promise<ChunkDirectory> | null = null;
  const chunkList = async () => {
    if (!entry.chunks) return [];
    directory ??= load.directory(entry.chunks.key);
    return (await directory).chunks;
  };
  const missing = (i: number) => new LayoutError(`section ${entry.slug} index has no item ${i}`);
  const pageKeyOf = async (i: number): Promise<string> => {
    if (head && i >= head.start) return head.key;
    const chunk = (await chunkList())[Math.floor(i / chunkSize)];
    if (!chunk) throw missing(i);
    return chunk.key;
  };
  return {
    /** The head answers when `p` lands in it, else one chunk. */
    async olderThan(p: Position): Promise<number> {
      if (!head) return 0;
      if (comparePositions(p, head.from) > 0) return head.start + countOlder((await page(head.key)).items, p);
      const chunks = await chunkList();
      let c = -1;
      for (let i = 0; i < chunks.length && comparePositions(chunks[i]!.from, p) < 0; i++) c = i;
      return c < 0 ? 0 : c * chunkSize + countOlder((await page(chunks[c]!.key)).items, p);
    },
    async itemAt(i: number): Promise<ArticleRecord> {
      const key = await pageKeyOf(i);
      const item = (await page(key)).items[head && i >= head.start ? i - head.start : i % chunkSize];
      if (!item) throw missing(i);
      return item;
    },
    pageKeyOf,
  };
}

export async function readSectionPage(entry: SectionEntry, chunkSize: number, load: IndexLoader, query: SectionQuery): Promise<SectionPage> {
  const head = entry.head;
  if (entry.count === 0 || head === null) return { items: [], next: null };
  const list = sectionList(entry, chunkSize, load);
  const olderThan = list.olderThan;
  const itemAt = list.itemAt;
  const page = load.page;

  // end = how many items (oldest first) are older than the cursor.
  const before = query.before ?? null;
  const end = before === null ? entry.count : await olderThan(before);

  if (query.order === "oldest") {
    // begin = the first item after the cursor, and on or after the `since` day.
    let begin = 0;
    if (query.since) begin = await olderThan({ date: query.since, page: Number.MAX_SAFE_INTEGER, order: Number.MAX_SAFE_INTEGER });
    const after = query.after ?? null;
    if (after !== null) {
      const at = await olderThan(after);
      // The cursor names the last item returned: skip it when it is still there.
      const same = at < entry.count && comparePositions(positionOf(await itemAt(at)), after) === 0;
      begin = Math.max(begin, at + (same ? 1 : 0));
    }
    const stop = Math.min(end, begin + query.limit);
    const items: ArticleRecord[] = [];
    for (let i = begin; i < stop; i++) items.push(await itemAt(i));
    const newest = items[items.length - 1];
    return { items, next: stop < end && newest ? positionOf(newest) : null };
  }

  const start = Math.max(0, end - query.limit);

  const items: ArticleRecord[] = [];
  for (let i = end - 1; i >= start; i--) {
    const item = await itemAt(i);
    if (query.since && item.edition.date < query.since) return { items, next: null };
    items.push(item);
  }
  const oldest = items[items.length - 1];
  if (start > 0 && query.since && start - 1 >= head.start) {
    // The page ended exactly at the since boundary: no next page, when the head can tell without another read.
    const older = (await page(head.key)).items[start - 1 - head.start];
    if (older && older.edition.date < query.since) return { items, next: null };
  }
  return { items, next: start > 0 && oldest ? positionOf(oldest) : null };
}
