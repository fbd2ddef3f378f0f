/**
 * The plan step: parsed and classified pages in, KV entries out. Pure and
 * deterministic (no clock, no I/O), so identical input always yields the same
 * keys, values and build id, and the Worker tests can run it on the seed page.
 */
import { SECTIONS } from "../core/sections.ts";
import type { ClassifiedArticle } from "../core/model.ts";
import { hashText } from "./hash.ts";
import { planSearchIndex } from "./search-index.ts";
import { articleFingerprint } from "./changes.ts";
import { articleIds, dateOfArticleId } from "./ids.ts";
import {
  articleKey,
  buildKey,
  comparePositions,
  ALL_SECTIONS,
  CHUNK_SIZE,
  dayKey,
  HEAD_SIZE,
  indexKey,
  KV_LIMITS,
  LAYOUT_VERSION,
  positionOf,
  directoryKey,
  mediaDirectoryKey,
  mediaKey,
  type ArticleRecord,
  type MediaDirectory,
  type ChunkDirectory,
  type ChunkRef,
  type BuildManifest,
  type EditionDay,
  type IndexPage,
  type PaperInfo,
  type SectionEntry,
} from "./layout.ts";

export interface PlannedPage {
  date: string;
  /** The manifest's edition time ("HH:MM"), carried to every article of the page. */
  time?: string;
  page: number;
  /** Page file, for error messages. */
  file: string;
  /** The page file as the manifest names it, recorded on each article (where it came from, for the editor and apps). */
  source?: string;
  articles: readonly ClassifiedArticle[];
  /** Ids to keep instead of the derived ones, by article (an editor's correction changed a title: readers keep the id they have). */
  ids?: readonly (string | undefined)[];
  /** Ids of this page's articles an editor's correction joined into another: id → the surviving article's id. */
  moved?: Readonly<Record<string, string>>;
  /** Ids of this page's articles an editor's correction withdrew, with the reason. */
  retracted?: Readonly<Record<string, string>>;
}

export interface PlanInput {
  paper: PaperInfo;
  pages: readonly PlannedPage[];
  /** The pictures the articles' photos name (`photo.image`), by key (mediaKey): their bytes, base64. */
  media?: ReadonlyMap<string, string>;
}

export interface Plan {
  manifest: BuildManifest;
  /** Every immutable entry the build references, the build manifest included. Insertion order is write order. */
  entries: Map<string, string>;
}

export class PlanError extends Error {
  override name = "PlanError";
  readonly file: string | null;
  constructor(message: string, file: string | null = null) {
    super(file ? `${file}: ${message}` : message);
    this.file = file;
  }
}

/** The published shape of an article: fixed field order, parser fields copied by name. */
function toRecord(a: ClassifiedArticle, id: string, paper: string, date: string, page: number, order: number, time?: string, file?: string): ArticleRecord {
  return {
    id,
    section: a.section,
    // No time key when the manifest gives none, so such builds keep their content hashes.
    edition: time === undefined ? { paper, date, page } : { paper, date, page, time },
    order,
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    dateline: a.dateline,
    authors: a.authors,
    paragraphs: a.paragraphs,
    photos: a.photos,
    lines: a.lines,
    ...(file === undefined ? {} : { file }),
  };
}

function sizeCheck(key: string, value: string): void {
  const encoder = new TextEncoder();
  if (encoder.encode(key).length > KV_LIMITS.keyBytes) throw new PlanError(`key ${key.slice(0, 60)}… is longer than ${KV_LIMITS.keyBytes} bytes`);
  // UTF-8 is at most 3 bytes per UTF-16 code unit: skip the encode when it cannot matter.
  if (value.length * 3 > KV_LIMITS.valueBytes && encoder.encode(value).length > KV_LIMITS.valueBytes) {
    throw new PlanError(`value of ${key} is larger than KV's ${KV_LIMITS.valueBytes} bytes`);
  }
}

export async function plan(input: PlanInput): Promise<Plan> {
  const entries = new Map<string, string>();
  const put = (key: string, value: string): void => {
    sizeCheck(key, value);
    entries.set(key, value);
  };
  const validSections = new Set(SECTIONS.map((s) => s.slug));
  const paper = input.paper.name;

  // Pages grouped by day, in date then page order.
  const pages = [...input.pages].sort((a, b) => (a.date === b.date ? a.page - b.page : a.date < b.date ? -1 : 1));
  const byDay = new Map<string, { page: PlannedPage; records: ArticleRecord[] }[]>();
  const seenIds = new Map<string, string>();
  for (const page of pages) {
    const derived = await articleIds(paper, page.date, page.page, page.articles);
    const ids = derived.map((id, k) => page.ids?.[k] ?? id);
    const records = page.articles.map((a, order) => {
      const id = ids[order]!;
      if (dateOfArticleId(id) !== page.date || !id.startsWith(`${page.date.replaceAll("-", "")}-${page.page}-`)) throw new PlanError(`article "${a.title ?? id}" keeps id ${id}, which is not an id of page ${page.page} of ${page.date}`, page.file);
      if (!validSections.has(a.section)) throw new PlanError(`article "${a.title ?? id}" has unknown section "${a.section}"`, page.file);
      const other = seenIds.get(id);
      if (other !== undefined) throw new PlanError(`duplicate article id ${id} (also in ${other})`, page.file);
      seenIds.set(id, page.file);
      return toRecord(a, id, paper, page.date, page.page, order, page.time, page.source);
    });
    const day = byDay.get(page.date) ?? [];
    if (day.some((d) => d.page.page === page.page)) throw new PlanError(`page ${page.page} of ${page.date} appears twice`, page.file);
    day.push({ page, records });
    byDay.set(page.date, day);
  }

  // Pictures first, so that no article is ever stored before a picture it names.
  const mediaKeys = new Set<string>();
  for (const day of byDay.values()) {
    for (const { page, records } of day) {
      for (const r of records) {
        for (const photo of r.photos) {
          if (!photo.image) continue;
          const key = mediaKey(photo.image.hash, photo.image.ext);
          const data = input.media?.get(key);
          if (data === undefined) throw new PlanError(`article "${r.title ?? r.id}" names picture ${key}, which the build was not given`, page.file);
          if (!mediaKeys.has(key)) put(key, data);
          mediaKeys.add(key);
        }
      }
    }
  }

  // Days and their articles. The day hash covers every article's full content.
  const days: Record<string, string> = {};
  const dayHashOf = new Map<string, string>();
  for (const [date, dayPages] of byDay) {
    // Moves and retractions are part of the day's content (a day without them keeps the hash it always had).
    const fates = dayPages.flatMap((p) => (p.page.moved || p.page.retracted ? [[p.page.page, p.page.moved ?? {}, p.page.retracted ?? {}]] : []));
    const dayHash = await hashText(JSON.stringify(dayPages.map((p) => [p.page.page, p.records])) + (fates.length > 0 ? JSON.stringify(fates) : ""));
    days[date] = dayHash;
    dayHashOf.set(date, dayHash);
    for (const p of dayPages) for (const r of p.records) put(articleKey(dayHash, r.id), JSON.stringify(r));
    const moved = Object.assign({}, ...dayPages.map((p) => p.page.moved ?? {})) as Record<string, string>;
    const retracted = Object.assign({}, ...dayPages.map((p) => p.page.retracted ?? {})) as Record<string, string>;
    const pagesOfDay: EditionDay["pages"] = [];
    for (const p of dayPages) {
      const articles: EditionDay["pages"][number]["articles"] = [];
      for (const r of p.records) articles.push({ id: r.id, kind: r.kind, section: r.section, kicker: r.kicker, title: r.title, subtitle: r.subtitle, order: r.order, fingerprint: await articleFingerprint(r) });
      pagesOfDay.push({ page: p.page.page, articles });
    }
    const day: EditionDay = {
      v: LAYOUT_VERSION,
      paper,
      date,
      pages: pagesOfDay,
      // Only when there are any, so a day without corrections keeps its hash.
      ...(Object.keys(moved).length > 0 ? { moved } : {}),
      ...(Object.keys(retracted).length > 0 ? { retracted } : {}),
    };
    put(dayKey(dayHash), JSON.stringify(day));
  }

  // Section indexes: full chunks from the oldest end, then the head.
  const all = [...byDay.values()].flatMap((d) => d.flatMap((p) => p.records));
  const indexSection = async (slug: string, items: ArticleRecord[]): Promise<SectionEntry> => {
    items.sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
    const entry: SectionEntry = { slug, count: items.length, newest: items.at(-1)?.edition.date ?? null, head: null, chunks: null };
    const pageEntry = async (start: number, slice: ArticleRecord[]): Promise<string> => {
      const value: IndexPage = { v: LAYOUT_VERSION, section: slug, start, items: slice };
      const text = JSON.stringify(value);
      const key = indexKey(await hashText(text));
      put(key, text);
      return key;
    };
    const full = Math.floor(items.length / CHUNK_SIZE);
    const chunks: ChunkRef[] = [];
    for (let c = 0; c < full; c++) {
      const slice = items.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE);
      chunks.push({ key: await pageEntry(c * CHUNK_SIZE, slice), from: positionOf(slice[0]!) });
    }
    if (chunks.length > 0) {
      const directory: ChunkDirectory = { v: LAYOUT_VERSION, section: slug, chunkSize: CHUNK_SIZE, chunks };
      const text = JSON.stringify(directory);
      const key = directoryKey(await hashText(text));
      put(key, text);
      entry.chunks = { key, count: chunks.length };
    }
    if (items.length > 0) {
      const start = Math.max(0, items.length - HEAD_SIZE);
      const slice = items.slice(start);
      entry.head = { key: await pageEntry(start, slice), start, from: positionOf(slice[0]!) };
    }
    return entry;
  };
  const sections: SectionEntry[] = [];
  for (const { slug } of SECTIONS) sections.push(await indexSection(slug, all.filter((r) => r.section === slug)));
  const allItems = [...all];
  const allEntry = await indexSection(ALL_SECTIONS, allItems);
  // Numbered as the `all` list (indexSection sorted it): article n of the index is item n of that list.
  const search = await planSearchIndex(allItems, put, (date) => dayHashOf.get(date));

  // A build without pictures has no `media` key, so its id stays what it was before pictures existed.
  let media: BuildManifest["media"];
  if (mediaKeys.size > 0) {
    const directory: MediaDirectory = { v: LAYOUT_VERSION, keys: [...mediaKeys].sort() };
    const text = JSON.stringify(directory);
    const key = mediaDirectoryKey(await hashText(text));
    put(key, text);
    media = { key, count: mediaKeys.size };
  }
  const body = { paper: input.paper, chunkSize: CHUNK_SIZE, headSize: HEAD_SIZE, articles: all.length, sections, all: allEntry, days, ...(media ? { media } : {}), search };
  const id = await hashText(JSON.stringify({ v: LAYOUT_VERSION, ...body }));
  const manifest: BuildManifest = { v: LAYOUT_VERSION, id, ...body };
  put(buildKey(id), JSON.stringify(manifest));
  return { manifest, entries };
}
