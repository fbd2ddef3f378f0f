/**
 * The Worker's KV reader: the only code that reads KV, through the keys and
 * readers of src/publish/layout.ts. Routes (JSON API, feeds, HTML) read the
 * live build's sections, articles and editions through these functions.
 *
 * Reads per request: the pointer (cached in memory for LIVE_TTL_MS, so
 * isolates pick up a new build within that time) carries the build manifest;
 * then one immutable value (a section page deeper than the head also reads
 * the section's chunk directory). Immutable values are also kept in a small
 * in-memory LRU, since a key's content never changes.
 */
import { dateOfArticleId } from "../publish/ids.ts";
import {
  ALL_SECTIONS,
  articleKey,
  dayKey,
  LayoutError,
  mediaKey,
  POINTER_KEY,
  readArticle,
  readDay,
  readDirectory,
  readIndexPage,
  readPointer,
  readSearchDirectory,
  readSearchShard,
  changeKey,
  readChangeEntry,
  type ChangeEntry,
  type ArticleRecord,
  type ArticleSummary,
  type BuildManifest,
  type EditionDay,
  type SectionEntry,
} from "../publish/layout.ts";
import { readSectionPage, type SectionPage, type SectionQuery } from "../publish/paging.ts";
import { runSearch, type SearchPage, type SearchQuery } from "../publish/search.ts";

/** How long an isolate trusts its copy of the pointer. */
export const LIVE_TTL_MS = 5_000;

/** KV is missing an entry the live build names, or holds a value it cannot read: answered with 503. */
export class StoreUnavailable extends Error {
  override name = "StoreUnavailable";
}

export interface LiveBuild {
  id: string;
  publishedAt: string;
  /** publishedAt as a Date, whole seconds (HTTP dates have no fractions). */
  lastModified: Date;
  manifest: BuildManifest;
  /** Per edition date, when its articles and its edition went live (Pointer.since; empty for older pointers). */
  since: Readonly<Record<string, readonly [string, string]>>;
  /** Articles withdrawn by a correction of this or a later build (Pointer.withdrawn): id → the reason. Never served, whatever the build holds. */
  withdrawn: Readonly<Record<string, string>>;
  /** Articles a build changed after they first went live (Pointer.updated): id → when that build went live. */
  updated: ReadonlyMap<string, string>;
  /** The kept change-log entries, oldest first: [seq, when] (Pointer.changes; empty for older pointers). */
  changes: readonly (readonly [number, string])[];
  /** Where an app's sync stands after this build: the newest change-log entry's number, "0" before any. */
  syncToken: string;
}

let live: { at: number; text: string | null; build: LiveBuild | null } | null = null;

/** Drop the cached pointer and values (tests that change KV under the isolate). */
export function forgetLiveBuild(): void {
  live = null;
  cache.clear();
}

/** Drop the parsed immutable values, keeping the pointer: the Worker heals after an unexpected failure. */
export function forgetCachedValues(): void {
  cache.clear();
}

/** The live build, or null when nothing has been published. */
export async function liveBuild(kv: KVNamespace, now = Date.now()): Promise<LiveBuild | null> {
  if (live && now - live.at < LIVE_TTL_MS) return live.build;
  const text = await kvGet(kv, POINTER_KEY);
  // Unchanged pointer (the usual case): keep the parsed build rather than parse it again.
  if (live && text === live.text) {
    live = { ...live, at: now };
    return live.build;
  }
  let build: LiveBuild | null = null;
  if (text !== null) {
    try {
      const p = readPointer(text);
      const ms = Date.parse(p.publishedAt);
      if (Number.isNaN(ms)) throw new LayoutError("pointer's publishedAt is not a date");
      const withdrawn = Object.fromEntries(Object.entries(p.withdrawn ?? {}).map(([id, w]) => [id, w.reason]));
      const updated = new Map<string, string>();
      for (const [at, ids] of Object.entries(p.updated ?? {})) for (const id of ids) updated.set(id, at);
      const changes = p.changes ?? [];
      build = { id: p.build, publishedAt: p.publishedAt, lastModified: new Date(Math.floor(ms / 1000) * 1000), manifest: p.manifest, since: p.since ?? {}, withdrawn, updated, changes, syncToken: String(changes.at(-1)?.[0] ?? 0) };
    } catch (e) {
      throw unavailable(e);
    }
  }
  live = { at: now, text, build };
  return build;
}

/**
 * Values kept per isolate, least recently used first out once their total size passes `max`;
 * a value larger than a quarter of `max` is not kept.
 */
class SizedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, size: number): void {
    if (size > this.max / 4) return;
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [k, v] of this.entries) {
      if (this.total <= this.max) break;
      this.entries.delete(k);
      this.total -= v.size;
    }
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

// Immutable values, parsed, bounded by the size of their text.
const cache = new SizedCache<unknown>(8_000_000);

function unavailable(e: unknown): Error {
  if (e instanceof LayoutError) return new StoreUnavailable(e.message);
  return e instanceof Error ? e : new Error(String(e));
}

async function kvGet(kv: KVNamespace, key: string): Promise<string | null> {
  try {
    return await kv.get(key, "text");
  } catch (e) {
    throw new StoreUnavailable(`KV read of ${key} failed: ${(e as Error).message}`);
  }
}

/** An immutable value the live build names; missing or unreadable → StoreUnavailable. */
async function immutable<T>(kv: KVNamespace, key: string, read: (text: string) => T): Promise<T | null> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  const text = await kvGet(kv, key);
  if (text === null) return null;
  let value: T;
  try {
    value = read(text);
  } catch (e) {
    // Name the key: the operator deletes or republishes exactly that entry.
    if (e instanceof LayoutError) throw new StoreUnavailable(`entry ${key} is unreadable: ${e.message}`);
    throw unavailable(e);
  }
  cache.set(key, value, text.length);
  return value;
}

async function required<T>(kv: KVNamespace, key: string, read: (text: string) => T, build: LiveBuild): Promise<T> {
  const value = await immutable(kv, key, read);
  if (value === null) throw new StoreUnavailable(`entry ${key} of build ${build.id} is missing`);
  return value;
}

/** A section's index entry (a SECTIONS slug, or "all"), or undefined when the build has no such section. */
export function sectionEntry(build: LiveBuild, slug: string): SectionEntry | undefined {
  if (slug === ALL_SECTIONS) return build.manifest.all;
  return build.manifest.sections.find((s) => s.slug === slug);
}

/** A page of a section's articles, newest first (for the JSON API and the feeds). */
export async function sectionItems(kv: KVNamespace, build: LiveBuild, entry: SectionEntry, query: SectionQuery): Promise<SectionPage> {
  try {
    const page = await readSectionPage(entry, build.manifest.chunkSize, { page: (key) => required(kv, key, readIndexPage, build), directory: (key) => required(kv, key, readDirectory, build) }, query);
    if (!hasWithdrawals(build) && build.updated.size === 0) return page;
    return { ...page, items: page.items.filter((r) => !isWithdrawn(build, r.id)).map((r) => withUpdate(build, r)) };
  } catch (e) {
    throw unavailable(e);
  }
}

/** A page of search results over the live build; StoreUnavailable when the build has no search index. */
export async function search(kv: KVNamespace, build: LiveBuild, query: SearchQuery): Promise<SearchPage> {
  if (!build.manifest.search) throw new StoreUnavailable(`build ${build.id} was published before search existed: publish a new build`);
  try {
    const page = await runSearch(build.manifest, {
      page: (key) => required(kv, key, readIndexPage, build),
      directory: (key) => required(kv, key, readDirectory, build),
      searchDirectory: (key) => required(kv, key, readSearchDirectory, build),
      searchShard: (key) => required(kv, key, readSearchShard, build),
    }, query);
    if (!hasWithdrawals(build) && build.updated.size === 0) return page;
    return { ...page, hits: page.hits.filter((h) => !isWithdrawn(build, h.record.id)).map((h) => ({ ...h, record: withUpdate(build, h.record) })) };
  } catch (e) {
    throw unavailable(e);
  }
}

/** One edition day of the live build, or null when the build has no such date. */
export async function editionDay(kv: KVNamespace, build: LiveBuild, date: string): Promise<EditionDay | null> {
  const hash = Object.hasOwn(build.manifest.days, date) ? build.manifest.days[date] : undefined;
  if (hash === undefined) return null;
  const day = await required(kv, dayKey(hash), readDay, build);
  if (!hasWithdrawals(build) && build.updated.size === 0) return day;
  const withTime = (a: ArticleSummary): ArticleSummary => (build.updated.has(a.id) ? { ...a, updated: build.updated.get(a.id)! } : a);
  return { ...day, pages: day.pages.map((p) => ({ ...p, articles: p.articles.filter((a) => !isWithdrawn(build, a.id)).map(withTime) })) };
}

/** The record with its `updated` time when a build changed it after it went live (a copy: cached values stay as read). */
function withUpdate(build: LiveBuild, r: ArticleRecord): ArticleRecord {
  const updated = build.updated.get(r.id);
  return updated === undefined ? r : { ...r, updated };
}

/** Was `id` withdrawn by a correction (of this build, or of a later one a rollback left)? */
function isWithdrawn(build: LiveBuild, id: string): boolean {
  return Object.hasOwn(build.withdrawn, id);
}
function hasWithdrawals(build: LiveBuild): boolean {
  for (const _ in build.withdrawn) return true;
  return false;
}

/** One article of the live build, or null when there is no article with that id. */
export async function article(kv: KVNamespace, build: LiveBuild, id: string): Promise<ArticleRecord | null> {
  if (isWithdrawn(build, id)) return null;
  const date = dateOfArticleId(id);
  const hash = date !== null && Object.hasOwn(build.manifest.days, date) ? build.manifest.days[date] : undefined;
  if (hash === undefined) return null;
  const found = await immutable(kv, articleKey(hash, id), readArticle);
  if (found) return withUpdate(build, found);
  // Not there: a wrong id (404), unless the day lists it and KV lost it (503).
  const day = await required(kv, dayKey(hash), readDay, build);
  if (day.pages.some((p) => p.articles.some((a) => a.id === id))) throw new StoreUnavailable(`article ${id} of build ${build.id} is missing`);
  return null;
}

/**
 * A picture's bytes (`m/<hash>.<ext>`), or null when KV has no such picture. Pictures are
 * immutable and named by their content, so any build's picture may be answered. Decoded
 * pictures are kept apart from the value cache (a few could fill it), up to 16 MiB.
 */
export async function media(kv: KVNamespace, hash: string, ext: string): Promise<Uint8Array | null> {
  const key = mediaKey(hash, ext);
  const known = pictures.get(key);
  if (known) return known;
  const text = await kvGet(kv, key);
  if (text === null) return null;
  let bytes: Uint8Array;
  try {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  } catch {
    throw new StoreUnavailable(`entry ${key} is not base64`);
  }
  // Decoded once per isolate while it fits: a picture is asked for again and again, and never changes.
  pictures.set(key, bytes, bytes.length);
  return bytes;
}

const pictures = new SizedCache<Uint8Array>(16 * 1024 * 1024);

/** What became of an id the live build has no article for: joined into another (its id), withdrawn (the reason), or nothing known. */
export type ArticleFate = { movedTo: string } | { retracted: string } | null;

export async function articleFate(kv: KVNamespace, build: LiveBuild, id: string): Promise<ArticleFate> {
  if (isWithdrawn(build, id)) return { retracted: build.withdrawn[id]! };
  const date = dateOfArticleId(id);
  if (date === null) return null;
  const day = await editionDay(kv, build, date);
  if (!day) return null;
  if (day.moved && Object.hasOwn(day.moved, id)) return { movedTo: day.moved[id]! };
  if (day.retracted && Object.hasOwn(day.retracted, id)) return { retracted: day.retracted[id]! };
  return null;
}

/** How many change-log entries one /v1/changes answer reads at most; the app asks again from the token it returns. */
export const CHANGES_PER_ANSWER = 10;

/**
 * The change-log entries after `token` (a number the live build's syncToken once was): up to
 * CHANGES_PER_ANSWER of them, oldest first, and whether more follow. "gone" when the entries
 * after the token are no longer kept (or the log started again): the app resyncs.
 */
export async function changesAfter(kv: KVNamespace, build: LiveBuild, token: number): Promise<{ entries: ChangeEntry[]; more: boolean } | "gone"> {
  const newest = build.changes.at(-1)?.[0] ?? 0;
  const oldest = build.changes[0]?.[0] ?? 1;
  if (token > newest || token < oldest - 1) return "gone";
  const seqs = build.changes.map(([seq]) => seq).filter((seq) => seq > token);
  const entries: ChangeEntry[] = [];
  try {
    entries.push(...(await Promise.all(seqs.slice(0, CHANGES_PER_ANSWER).map((seq) => required(kv, changeKey(seq), readChangeEntry, build)))));
  } catch (e) {
    throw unavailable(e);
  }
  return { entries, more: seqs.length > CHANGES_PER_ANSWER };
}
