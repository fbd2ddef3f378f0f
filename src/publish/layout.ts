/**
 * The KV key layout: THE one place that names keys and shapes values. The
 * build writes what these builders produce and the Worker reads it back with
 * the readers below; nothing else spells a key.
 *
 *   live                       pointer (the only mutable key): live build id,
 *                              when it went live, the build manifest itself
 *                              (so a cold request needs one read to know where
 *                              everything is) and the recent build history.
 *   b/<buildId>                build manifest; buildId = hash of its content.
 *   d/<dayHash>                one edition day: its pages and article summaries.
 *   a/<dayHash>/<articleId>    one full article. The day hash is part of the key
 *                              so the Worker finds an article from its id (which
 *                              names the date) and the manifest alone.
 *   s/<hash>                   one section index page (a full chunk or a head):
 *                              full article records, oldest first.
 *   i/<hash>                   a section's chunk directory: the keys of its full
 *                              chunks and where each starts. Read only for pages
 *                              deeper than the head, so the pointer stays small.
 *   m/<hash>.<ext>             one picture's bytes, base64 (KV values here are text end to
 *                              end; the Worker decodes it once per isolate and request).
 *   n/<hash>                   a build's picture directory: every m/ key its articles use,
 *                              so that collection keeps them without reading every article.
 *   y/<hash>                   the search directory: the index's levels and their shard keys,
 *                              and per article (numbered as in the `all` list, oldest first)
 *                              its section, per edition day its first number.
 *   x/<hash>                   one shard of one search level: grams → postings (search.ts).
 *   lease                      who is publishing now: owner, expiry (renewed by a
 *                              heartbeat). Never read by the Worker.
 *   p/<buildId>                an in-flight publish's registration: its build
 *                              manifest, written before any entry, so that a
 *                              collection spares what the publish will point at.
 *   c/<seq>                    one entry of the change log: what one publish or
 *                              rollback added, updated, merged, retracted or
 *                              removed. Written once, before the pointer that
 *                              names it; the pointer says which are kept.
 *
 * Everything except `live` is immutable and content-addressed: a value that
 * does not change keeps its key and is never written again.
 *
 * Section indexes: a section's articles, oldest first, are cut into chunks of
 * CHUNK_SIZE filled from the oldest end. Full chunks never change when days
 * are appended. The head holds the newest HEAD_SIZE items (it also covers the
 * partial last chunk, because HEAD_SIZE >= CHUNK_SIZE), so the first page of
 * any section, and every feed, is one read.
 */
import type { ClassifiedArticle } from "../core/model.ts";
import { ALL_SECTIONS, type ArticleRecord, type Edition, type PaperInfo } from "../core/published.ts";

export { ALL_SECTIONS, type ArticleRecord, type Edition, type PaperInfo };

export const LAYOUT_VERSION = 1;
export const POINTER_KEY = "live";
export const CHUNK_SIZE = 100;
export const HEAD_SIZE = 100;
/** Largest page the API serves; the head must hold at least this many items. */
export const MAX_PAGE = 100;
/** Builds kept for rollback; older ones are pruned. */
export const KEEP_BUILDS = 5;

/** Workers KV limits the layout is designed to stay within. */
export const KV_LIMITS = {
  valueBytes: 25 * 1024 * 1024,
  keyBytes: 512,
  pairsPerBulk: 10_000,
  /** wrangler sends one bulk file as one request; the API caps a request at 100 MB. */
  bytesPerBulk: 90 * 1024 * 1024,
} as const;

/** Who holds the right to write: one publish, rollback or collection at a time. */
export const LEASE_KEY = "lease";
/** How long a lease lasts without a heartbeat: a killed publisher's lease is taken over after this. */
export const LEASE_MS = 120_000;
/** How often a holder renews its lease. */
export const HEARTBEAT_MS = 30_000;
/**
 * How long an in-flight publish's registration protects what it references. Remote KV may
 * take up to 60 s to show a write elsewhere and a remote upload may take many minutes; a
 * registration older than this belongs to a publish that died, and is collected.
 */
export const REGISTRATION_GRACE_MS = 6 * 3_600_000;

/** What a key names, read back from its spelling: the inverse of the key builders below. */
export type ParsedKey =
  | { kind: "pointer" | "lease" }
  | { kind: "build" | "registration"; build: string }
  | { kind: "day"; day: string }
  | { kind: "article"; day: string; id: string }
  | { kind: "index" | "directory" | "mediaDirectory" | "searchDirectory" | "searchShard"; hash: string }
  | { kind: "media"; hash: string; ext: string }
  | { kind: "change"; seq: number }
  | { kind: "foreign" };

export function parseKey(key: string): ParsedKey {
  if (key === POINTER_KEY) return { kind: "pointer" };
  if (key === LEASE_KEY) return { kind: "lease" };
  const slash = key.indexOf("/");
  const prefix = key.slice(0, slash);
  const rest = key.slice(slash + 1);
  if (slash < 1 || rest === "") return { kind: "foreign" };
  switch (prefix) {
    case "b":
      return { kind: "build", build: rest };
    case "p":
      return { kind: "registration", build: rest };
    case "d":
      return { kind: "day", day: rest };
    case "a": {
      const [day, id] = rest.split("/", 2);
      return day && id ? { kind: "article", day, id } : { kind: "foreign" };
    }
    case "s":
      return { kind: "index", hash: rest };
    case "i":
      return { kind: "directory", hash: rest };
    case "n":
      return { kind: "mediaDirectory", hash: rest };
    case "y":
      return { kind: "searchDirectory", hash: rest };
    case "x":
      return { kind: "searchShard", hash: rest };
    case "c":
      return /^[1-9]\d{0,14}$/.test(rest) ? { kind: "change", seq: Number(rest) } : { kind: "foreign" };
    case "m": {
      const media = MEDIA_NAME.exec(rest);
      return media ? { kind: "media", hash: media[1]!, ext: media[2]! } : { kind: "foreign" };
    }
    default:
      return { kind: "foreign" };
  }
}

/** Kinds a build writes and nothing else: the entries collection may delete when unreferenced. */
export const IMMUTABLE_KINDS: ReadonlySet<ParsedKey["kind"]> = new Set(["build", "day", "article", "index", "directory", "media", "mediaDirectory", "searchDirectory", "searchShard"]);

/** `<hash>.<ext>`: a picture's name in its key and in `/images/<name>`. */
export const MEDIA_NAME = /^([a-z2-7]{20,64})\.(jpg|png|webp|gif)$/;

export const buildKey = (buildId: string): string => `b/${buildId}`;
export const registrationKey = (buildId: string): string => `p/${buildId}`;
export const dayKey = (dayHash: string): string => `d/${dayHash}`;
export const articleKey = (dayHash: string, articleId: string): string => `a/${dayHash}/${articleId}`;
export const indexKey = (hash: string): string => `s/${hash}`;
export const directoryKey = (hash: string): string => `i/${hash}`;
export const mediaKey = (hash: string, ext: string): string => `m/${hash}.${ext}`;
export const mediaDirectoryKey = (hash: string): string => `n/${hash}`;
export const searchDirectoryKey = (hash: string): string => `y/${hash}`;
export const searchShardKey = (hash: string): string => `x/${hash}`;
export const changeKey = (seq: number): string => `c/${seq}`;

/**
 * One level of the search index: the articles numbered from…to-1 (`all` order), their grams
 * spread over `shards.length` shards by shardOf(). Levels are contiguous runs of whole edition
 * days, oldest first; a shard key changes only when its level's articles change.
 */
export interface SearchLevel {
  from: number;
  to: number;
  shards: string[];
}

export interface SearchDirectory {
  v: number;
  /** Articles indexed: the length of the `all` list. */
  docs: number;
  levels: SearchLevel[];
  /** Per article, the index of its section in SECTIONS, as one digit or letter (base 36). */
  sections: string;
  /** Per edition date, oldest first: [date, number of its first article]. */
  days: [string, number][];
}

/**
 * A shard: per gram (its one or two characters), the postings of every article with it, and
 * of those with it in a headline. Stored as lines, not JSON (keys and quotes were most of a
 * shard's bytes on varied text): `s1`, then one line per gram, `gram\tall` or
 * `gram\tall\theadline`; postings use an alphabet with no tab or newline.
 */
export interface SearchShard {
  grams: Map<string, { all: string; headline: string }>;
}

export const SEARCH_SHARD_HEADER = "s1";

export function writeSearchShard(entries: readonly [gram: string, all: string, headline: string | null][]): string {
  let text = SEARCH_SHARD_HEADER;
  for (const [gram, all, headline] of entries) text += `\n${gram}\t${all}${headline === null ? "" : `\t${headline}`}`;
  return text;
}

export function readSearchDirectory(text: string): SearchDirectory {
  const r = parseJson(text, "search directory");
  check(typeof r.docs === "number" && isString(r.sections) && r.sections.length === r.docs && isArray(r.days) && isArray(r.levels), "search directory");
  for (const l of r.levels as unknown[]) check(isObject(l) && typeof l.from === "number" && typeof l.to === "number" && isArray(l.shards) && l.shards.length > 0 && l.shards.every((k) => isString(k) && parseKey(k).kind === "searchShard"), "search directory");
  for (const d of r.days as unknown[]) check(isArray(d) && isIsoDate(d[0]) && typeof d[1] === "number", "search directory");
  return r as unknown as SearchDirectory;
}

export function readSearchShard(text: string): SearchShard {
  const lines = text.split("\n");
  if (lines[0] !== SEARCH_SHARD_HEADER) throw new LayoutError(`search shard starts with "${lines[0]?.slice(0, 8) ?? ""}", expected ${SEARCH_SHARD_HEADER}`);
  const grams = new Map<string, { all: string; headline: string }>();
  for (let i = 1; i < lines.length; i++) {
    const [gram, all, headline, extra] = lines[i]!.split("\t");
    if (!gram || all === undefined || extra !== undefined) throw new LayoutError("search shard has an unexpected shape");
    grams.set(gram, { all, headline: headline ?? "" });
  }
  return { grams };
}

/** A build's pictures: the m/ keys its articles use. */
export interface MediaDirectory {
  v: number;
  keys: string[];
}

export function readMediaDirectory(text: string): MediaDirectory {
  const r = parseJson(text, "picture directory");
  check(isArray(r.keys) && r.keys.every((k) => isString(k) && parseKey(k).kind === "media"), "picture directory");
  return r as unknown as MediaDirectory;
}

/** Where an article sits in the archive. Older = earlier date, then later page, then later on the page. */
export interface Position {
  date: string;
  page: number;
  order: number;
}

export interface ArticleSummary {
  id: string;
  kind: ClassifiedArticle["kind"];
  section: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  order: number;
  /**
   * A hash of the fields readers see (changes.ts, articleFingerprint): a publish compares these to
   * tell an updated article from an unchanged one without reading it. Absent in older builds.
   */
  fingerprint?: string;
  /** When a build last changed the article after it went live: added by the Worker from the pointer, never stored. */
  updated?: string;
}

export interface EditionDay {
  v: number;
  paper: string;
  date: string;
  pages: { page: number; articles: ArticleSummary[] }[];
  /** Ids an editor's correction joined into another article: old id → the surviving article's id (answered 301). */
  moved?: Record<string, string>;
  /** Articles an editor's correction withdrew: id → the reason readers see (answered 410). */
  retracted?: Record<string, string>;
}

/** A chunk or a head. `start` is the index of items[0] in the section's oldest-first list. */
export interface IndexPage {
  v: number;
  section: string;
  start: number;
  items: ArticleRecord[];
}

export interface ChunkRef {
  key: string;
  /** Position of the chunk's oldest item. */
  from: Position;
}

/** The full chunks of one section, oldest first; chunk n holds items n*chunkSize … (n+1)*chunkSize-1. */
export interface ChunkDirectory {
  v: number;
  section: string;
  chunkSize: number;
  chunks: ChunkRef[];
}

export interface SectionEntry {
  slug: string;
  count: number;
  /** Newest edition date in the section, or null when empty. */
  newest: string | null;
  head: { key: string; start: number; from: Position } | null;
  /** The chunk directory, or null while the section has no full chunk. */
  chunks: { key: string; count: number } | null;
}

export interface BuildManifest {
  v: number;
  id: string;
  paper: PaperInfo;
  chunkSize: number;
  headSize: number;
  articles: number;
  /** One entry per section of SECTIONS, in that order. */
  sections: SectionEntry[];
  /** Every article, indexed like a section: the feeds of all sections together. */
  all: SectionEntry;
  /** Edition date → day hash (keys d/<hash> and a/<hash>/<id>). */
  days: Record<string, string>;
  /** The build's picture directory, when its articles have pictures. */
  media?: { key: string; count: number };
  /** The search directory (absent in builds made before search existed: search answers 503 there). */
  search?: { key: string; docs: number };
}

export interface HistoryEntry {
  build: string;
  publishedAt: string;
}

export interface Pointer {
  v: number;
  build: string;
  publishedAt: string;
  manifest: BuildManifest;
  /** Newest first; history[0] is the live build. */
  history: HistoryEntry[];
  /**
   * Per edition date, when its current content went live: `[articles, edition]`, the first
   * for the day's articles (its hash), the second for the edition as served (its hash and its
   * previous and next dates). Carried over from the pointer before while unchanged, so an
   * unchanged article or edition keeps its Last-Modified through any number of builds; absent
   * in pointers written before it existed.
   */
  since?: Record<string, [string, string]>;
  /**
   * Articles an editor's correction withdrew, kept outside the builds: id → the reason and when
   * it was first published. A rollback carries them over, so a build from before a retraction
   * never serves the article again; a publish drops one only when its build serves the article
   * (the correction was taken back). Absent in pointers written before it existed.
   */
  withdrawn?: Record<string, Withdrawal>;
  /**
   * Articles whose published fields a build changed after they first went live: when the build
   * that last changed each went live → the ids, so one publish that changes many articles costs
   * one key. Carried over while the article is served. Absent when there are none.
   */
  updated?: Record<string, string[]>;
  /** The change log's kept entries (c/<seq>), oldest first: [seq, when it went live]. Absent before the log existed. */
  changes?: [number, string][];
}

export interface Withdrawal {
  reason: string;
  at: string;
}

/** What one publish or rollback did to an article readers could have seen. */
export type ChangeKind = "added" | "updated" | "merged" | "retracted" | "removed";

export interface Change {
  id: string;
  change: ChangeKind;
  /** merged: the surviving article's id. */
  into?: string;
  /** retracted: the reason readers see. */
  reason?: string;
}

/** One entry of the change log (c/<seq>). */
export interface ChangeEntry {
  v: number;
  seq: number;
  at: string;
  action: "publish" | "rollback";
  /** The build that went live. */
  build: string;
  changes: Change[];
}

/** How long change-log entries are kept at least (a sync token older than the oldest kept entry answers 410). */
export const CHANGES_KEEP_MS = 30 * 24 * 3600 * 1000;
/** Entries kept whatever their age, and at most (the pointer lists every kept entry). */
export const CHANGES_KEEP_MIN = 20;
export const CHANGES_KEEP_MAX = 400;

/** How long a withdrawal is kept at least, whatever the kept builds. */
export const WITHDRAWN_KEEP_MS = 30 * 24 * 3600 * 1000;

/**
 * The withdrawals a publish leaves live: those carried over (unless this build serves the
 * article again), and this build's own, each with the time it was first published. One older
 * than WITHDRAWN_KEEP_MS is dropped once no kept build was published before it (no kept build
 * can still hold the article).
 */
export function carryWithdrawals(previous: Pointer | null, own: Readonly<Record<string, string>>, serves: (id: string) => boolean, publishedAt: string, history: readonly HistoryEntry[]): Record<string, Withdrawal> {
  const out: Record<string, Withdrawal> = {};
  const now = Date.parse(publishedAt);
  const oldestKept = Math.min(...history.map((h) => Date.parse(h.publishedAt)));
  for (const [id, w] of Object.entries(previous?.withdrawn ?? {})) {
    if (Object.hasOwn(own, id) || serves(id)) continue;
    const at = Date.parse(w.at);
    if (now - at > WITHDRAWN_KEEP_MS && !(oldestKept < at)) continue;
    out[id] = w;
  }
  for (const [id, reason] of Object.entries(own)) out[id] = { reason, at: previous?.withdrawn?.[id]?.at ?? publishedAt };
  return out;
}

/** When each day's articles and edition went live, given the pointer that was live before (see Pointer.since). */
export function contentSince(manifest: BuildManifest, publishedAt: string, previous: Pointer | null): Record<string, [string, string]> {
  const neighbours = (days: Record<string, string>) => {
    const dates = Object.keys(days).sort();
    return new Map(dates.map((d, i) => [d, `${days[d]}|${dates[i - 1] ?? ""}|${dates[i + 1] ?? ""}`]));
  };
  const now = neighbours(manifest.days);
  const before = previous ? neighbours(previous.manifest.days) : new Map<string, string>();
  const since: Record<string, [string, string]> = {};
  for (const [date, edition] of now) {
    const known = previous?.since?.[date];
    const sameArticles = previous !== null && previous.manifest.days[date] === manifest.days[date];
    const sameEdition = before.get(date) === edition;
    // A pointer from before `since` existed: its publication is the latest the content can date from.
    since[date] = [sameArticles ? (known?.[0] ?? previous!.publishedAt) : publishedAt, sameEdition ? (known?.[1] ?? previous!.publishedAt) : publishedAt];
  }
  return since;
}

/**
 * The pointer that makes `manifest` live. The history is the order rollback walks, newest
 * first: the new build, then the build that was live until now (even if a rollback had made
 * an older build live), then the rest as they were. So rollback after a publish returns to
 * what was live before it, and the builds a rollback went to and left both stay kept.
 */
export function makePointer(manifest: BuildManifest, publishedAt: string, previous: Pointer | null, fates: BuildFates = NO_FATES, log: ChangeLogState = NO_LOG): Pointer {
  const history = previous?.history ?? [];
  const wasLive = previous ? (history.find((h) => h.build === previous.build) ?? { build: previous.build, publishedAt: previous.publishedAt }) : null;
  const rest = history.filter((h) => h.build !== manifest.id && h.build !== wasLive?.build);
  const before = wasLive && wasLive.build !== manifest.id ? [wasLive] : [];
  const kept = [{ build: manifest.id, publishedAt }, ...before, ...rest].slice(0, KEEP_BUILDS);
  const withdrawn = carryWithdrawals(previous, fates.retracted, fates.serves, publishedAt, kept);
  return {
    v: LAYOUT_VERSION,
    build: manifest.id,
    publishedAt,
    manifest,
    history: kept,
    since: contentSince(manifest, publishedAt, previous),
    ...(Object.keys(withdrawn).length > 0 ? { withdrawn } : {}),
    ...logFields(log),
  };
}

/** What the pointer says of the change log and the articles' updates (changes.ts works them out). */
export interface ChangeLogState {
  updated: Record<string, string[]>;
  changes: [number, string][];
}

const NO_LOG: ChangeLogState = { updated: {}, changes: [] };

/** The pointer's log fields, each only when it has something (so a pointer without them reads as before). */
export function logFields(log: ChangeLogState): Pick<Pointer, "updated" | "changes"> {
  return { ...(Object.keys(log.updated).length > 0 ? { updated: log.updated } : {}), ...(log.changes.length > 0 ? { changes: log.changes } : {}) };
}

/** What a build says of its articles' fates: the ids its corrections withdrew (with the reason), and whether it serves an id. */
export interface BuildFates {
  retracted: Readonly<Record<string, string>>;
  serves: (id: string) => boolean;
}

const NO_FATES: BuildFates = { retracted: {}, serves: () => false };

/** A publish's right to write, and until when. */
export interface Lease {
  v: number;
  /** host:pid:nonce of the process that holds it, and what it is doing. */
  owner: string;
  action: string;
  acquiredAt: string;
  expiresAt: string;
}

/** An in-flight publish: the build it is writing, registered before its first entry. */
export interface Registration {
  v: number;
  build: string;
  registeredAt: string;
  manifest: BuildManifest;
}

/** Negative when a is older than b, 0 when equal, positive when a is newer. */
export function comparePositions(a: Position, b: Position): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.page !== b.page) return b.page - a.page;
  return b.order - a.order;
}

export const positionOf = (r: ArticleRecord): Position => ({ date: r.edition.date, page: r.edition.page, order: r.order });

// ---------------------------------------------------------------------------
// Readers: parse a KV value and check its shape, so a corrupt or foreign value
// becomes a LayoutError (the Worker answers 503) instead of a crash later.

export class LayoutError extends Error {
  override name = "LayoutError";
}

function parseJson(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LayoutError(`${what} is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new LayoutError(`${what} is not an object`);
  const v = (value as Record<string, unknown>).v;
  if (v !== LAYOUT_VERSION) throw new LayoutError(`${what} has layout version ${String(v)}, expected ${LAYOUT_VERSION}`);
  return value as Record<string, unknown>;
}

const isString = (x: unknown): x is string => typeof x === "string";
const isArray = Array.isArray;

function check(ok: boolean, what: string): void {
  if (!ok) throw new LayoutError(`${what} has an unexpected shape`);
}

function checkManifest(m: unknown, what: string): BuildManifest {
  check(typeof m === "object" && m !== null, what);
  const r = m as Record<string, unknown>;
  check(r.v === LAYOUT_VERSION && isString(r.id) && isArray(r.sections) && typeof r.days === "object" && r.days !== null, what);
  check(typeof r.paper === "object" && r.paper !== null && isString((r.paper as Record<string, unknown>).name), what);
  for (const s of [...(r.sections as unknown[]), r.all]) {
    const e = s as Record<string, unknown>;
    check(typeof e === "object" && e !== null && isString(e.slug) && typeof e.count === "number", what);
  }
  check(r.media === undefined || (isObject(r.media) && isString(r.media.key) && typeof r.media.count === "number"), what);
  check(r.search === undefined || (isObject(r.search) && isString(r.search.key) && typeof r.search.docs === "number"), what);
  return m as BuildManifest;
}

export function readPointer(text: string): Pointer {
  const r = parseJson(text, "pointer");
  check(isString(r.build) && isString(r.publishedAt) && isArray(r.history), "pointer");
  const manifest = checkManifest(r.manifest, "pointer's build manifest");
  check(manifest.id === r.build, "pointer");
  check(r.since === undefined || (isObject(r.since) && Object.values(r.since).every((p) => isArray(p) && p.length === 2 && p.every(isString))), "pointer");
  check(r.withdrawn === undefined || (isObject(r.withdrawn) && Object.values(r.withdrawn).every((w) => isObject(w) && isString(w.reason) && isString(w.at))), "pointer");
  check(r.updated === undefined || (isObject(r.updated) && Object.values(r.updated).every((ids) => isArray(ids) && ids.every(isString))), "pointer");
  check(r.changes === undefined || (isArray(r.changes) && r.changes.every((c) => isArray(c) && Number.isInteger(c[0]) && isString(c[1]))), "pointer");
  return r as unknown as Pointer;
}

export function readLease(text: string): Lease {
  const r = parseJson(text, "lease");
  check(isString(r.owner) && isString(r.action) && isString(r.acquiredAt) && isString(r.expiresAt) && !Number.isNaN(Date.parse(r.expiresAt as string)), "lease");
  return r as unknown as Lease;
}

export function readRegistration(text: string): Registration {
  const r = parseJson(text, "registration");
  check(isString(r.build) && isString(r.registeredAt) && !Number.isNaN(Date.parse(r.registeredAt as string)), "registration");
  checkManifest(r.manifest, "registration's build manifest");
  return r as unknown as Registration;
}

export function readManifest(text: string): BuildManifest {
  return checkManifest(parseJson(text, "build manifest"), "build manifest");
}

export function readIndexPage(text: string): IndexPage {
  const r = parseJson(text, "section index page");
  check(isString(r.section) && typeof r.start === "number" && isArray(r.items), "section index page");
  for (const item of r.items as unknown[]) checkArticle(item, "section index page's article");
  return r as unknown as IndexPage;
}

const isText = (x: unknown): boolean => x === null || typeof x === "string";
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !isArray(x);
const isPerson = (x: unknown): boolean => isObject(x) && isText(x.role) && isString(x.name);
const isImage = (x: unknown): boolean =>
  isObject(x) && isString(x.type) && MEDIA_NAME.test(`${String(x.hash)}.${String(x.ext)}`) && [x.width, x.height, x.bytes].every((n) => typeof n === "number" && Number.isInteger(n) && n > 0);
const isIsoDate = (x: unknown): boolean => isString(x) && /^\d{4}-\d{2}-\d{2}$/.test(x);

/**
 * Every field a renderer reads, with its type: a value KV garbled, or one of another shape,
 * fails here (and the Worker answers 503 naming its key) instead of failing later in a
 * renderer, where the error could name no key and the value would already be cached.
 */
function checkArticle(value: unknown, what: string): ArticleRecord {
  check(isObject(value), what);
  const r = value as Record<string, unknown>;
  check(isString(r.id) && isString(r.section) && isString(r.kind) && typeof r.order === "number", what);
  check(isText(r.kicker) && isText(r.title) && isText(r.subtitle) && isText(r.byline), what);
  check(isArray(r.paragraphs) && r.paragraphs.every(isString), what);
  check(isArray(r.authors) && r.authors.every(isPerson), what);
  check(isArray(r.photos) && r.photos.every((p) => isObject(p) && isString(p.caption) && isString(p.credit) && isArray(p.photographers) && p.photographers.every(isPerson) && (p.image === undefined || isImage(p.image))), what);
  check(r.dateline === null || (isObject(r.dateline) && isText(r.dateline.agency) && isText(r.dateline.place) && isString(r.dateline.date)), what);
  const e = r.edition;
  check(isObject(e) && isString(e.paper) && isIsoDate(e.date) && typeof e.page === "number" && (e.time === undefined || isString(e.time)), what);
  check(isObject(r.lines) && typeof r.lines.start === "number" && typeof r.lines.end === "number" && (r.file === undefined || isString(r.file)), what);
  return r as unknown as ArticleRecord;
}

export function readDirectory(text: string): ChunkDirectory {
  const r = parseJson(text, "chunk directory");
  check(isString(r.section) && typeof r.chunkSize === "number" && isArray(r.chunks), "chunk directory");
  return r as unknown as ChunkDirectory;
}

export function readDay(text: string): EditionDay {
  const r = parseJson(text, "edition day");
  check(isIsoDate(r.date) && isArray(r.pages), "edition day");
  for (const page of r.pages as unknown[]) {
    check(isObject(page) && typeof page.page === "number" && isArray(page.articles), "edition day");
    for (const a of (page as { articles: unknown[] }).articles) {
      check(isObject(a) && isString(a.id) && isString(a.kind) && isString(a.section) && isText(a.kicker) && isText(a.title) && isText(a.subtitle) && typeof a.order === "number" && (a.fingerprint === undefined || isString(a.fingerprint)), "edition day");
    }
  }
  for (const map of [r.moved, r.retracted]) check(map === undefined || (isObject(map) && Object.values(map).every(isString)), "edition day");
  return r as unknown as EditionDay;
}

const CHANGE_KINDS: ReadonlySet<unknown> = new Set<ChangeKind>(["added", "updated", "merged", "retracted", "removed"]);

export function readChangeEntry(text: string): ChangeEntry {
  const r = parseJson(text, "change-log entry");
  check(Number.isInteger(r.seq) && isString(r.at) && isString(r.build) && (r.action === "publish" || r.action === "rollback") && isArray(r.changes), "change-log entry");
  for (const c of r.changes as unknown[]) check(isObject(c) && isString(c.id) && CHANGE_KINDS.has(c.change) && (c.into === undefined || isString(c.into)) && (c.reason === undefined || isString(c.reason)), "change-log entry");
  return r as unknown as ChangeEntry;
}

export function readArticle(text: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LayoutError("article is not valid JSON");
  }
  return checkArticle(value, "article");
}
