/**
 * The one item model every format renders (the way jpmonette/feed keeps rss2,
 * atom1 and json over one Item type): a published article with its id, section,
 * edition, absolute permalink and publication instant, plus the channel a feed
 * describes. Build items and channels here; the format modules only serialise.
 */
import type { Article, Person } from "../core/model.ts";
import { ALL_SECTIONS, type ArticleRecord, type Edition, type PaperInfo } from "../core/published.ts";
import { SECTIONS, findSection, type Section } from "../core/sections.ts";
import { articleBodyHtml, articleLead, articleText } from "./content.ts";
import { editionTime, parseUtcOffset, toZonedTime, type ZonedTime } from "./dates.ts";
import { cleanText } from "./escape.ts";
import type { FeedFormat } from "./formats.ts";
import { articleUrl, feedUrls, homeUrl } from "./urls.ts";

export { ALL_SECTIONS, type FeedFormat, type PaperInfo };
export { apiArticleUrl, apiSectionUrl, articleUrl, feedUrl, feedUrls, homeUrl, normalizeSiteUrl, opmlUrl } from "./urls.ts";
/** Where an article was printed (the published model's Edition). */
export type EditionRef = Edition;
/** What the build publishes per article (the published model's ArticleRecord). */
export type PublishedArticle = ArticleRecord;

export interface SiteConfig {
  /** Absolute http(s) URL the site is served from, e.g. `https://paper.example` (a trailing slash is ignored). */
  siteUrl: string;
  paper: PaperInfo;
}

/** A person shown as an item's author. */
export interface FeedPerson {
  name: string;
  role: string | null;
}

export interface FeedItem {
  /** The stable article id: RSS guid, JSON Feed id, and (as `urn:edgepaper:article:<id>`) the Atom id. */
  id: string;
  /** Absolute permalink, `<site>/articles/<id>`. */
  url: string;
  /** The title, or when none is printed the subtitle, kicker or start of the lead. */
  title: string;
  /** The article's own fields, with characters illegal in XML removed. */
  article: Article;
  section: Section;
  /** The edition as feeds print it: `time` is null when the manifest gives none. */
  edition: Omit<EditionRef, "time"> & { time: string | null };
  /** Order on the page: items of one edition are sorted by page, then this. */
  order: number;
  published: ZonedTime;
  /** Printed authors, then photographers, else the dateline's agency; may be empty (the paper is the author then). */
  authors: FeedPerson[];
  /** The plain lead (first paragraph). */
  summary: string;
  /** Full article as an HTML fragment (see content.ts). */
  contentHtml: string;
  /** Full article as plain text. */
  contentText: string;
}


export interface FeedChannel {
  /** A section slug or `all`. */
  section: string;
  /** The section, or null for `all`. */
  sectionInfo: Section | null;
  title: string;
  description: string;
  language: string;
  paper: PaperInfo;
  /** The home page, `<site>/`. */
  homeUrl: string;
  /** This channel's own URL in each format (RSS `atom:link rel=self`, Atom `link rel=self`, JSON `feed_url`). */
  feedUrls: Record<FeedFormat, string>;
  updated: ZonedTime;
  /** RSS `ttl`: minutes a reader may cache the feed. */
  ttlMinutes: number;
}

/** A feed a reader can subscribe to: the home page's and the OPML's list entries. */
export interface FeedLink {
  section: string;
  title: string;
  description: string;
  urls: Record<FeedFormat, string>;
}

const SECTION_SLUGS = [ALL_SECTIONS, ...SECTIONS.map((s) => s.slug)];

/** The section named `slug`, null for `all`; a RangeError naming the valid slugs otherwise. */
function resolveSection(slug: string, name: string): Section | null {
  if (slug === ALL_SECTIONS) return null;
  const section = findSection(slug);
  if (!section) throw new RangeError(`${name}: unknown section ${JSON.stringify(slug)}; valid: ${SECTION_SLUGS.join(", ")}`);
  return section;
}

function cleanPerson(p: Person): Person {
  return { role: p.role === null ? null : cleanText(p.role), name: cleanText(p.name) };
}

const cleanOrNull = (s: string | null): string | null => (s === null ? null : cleanText(s));

/** A copy of the article's fields with every string stripped of characters XML 1.0 forbids. */
function cleanArticle(a: Article): Article {
  return {
    kind: a.kind,
    kicker: cleanOrNull(a.kicker),
    title: cleanOrNull(a.title),
    subtitle: cleanOrNull(a.subtitle),
    byline: cleanOrNull(a.byline),
    dateline: a.dateline && {
      agency: cleanOrNull(a.dateline.agency),
      place: cleanOrNull(a.dateline.place),
      date: cleanText(a.dateline.date),
    },
    authors: a.authors.map(cleanPerson),
    paragraphs: a.paragraphs.map(cleanText),
    photos: a.photos.map((p) => ({ caption: cleanText(p.caption), credit: cleanText(p.credit), photographers: p.photographers.map(cleanPerson) })),
    lines: { start: a.lines.start, end: a.lines.end },
  };
}

const LEAD_TITLE_LENGTH = 30;

function displayTitle(a: Article, edition: EditionRef): string {
  for (const candidate of [a.title, a.subtitle, a.kicker]) {
    if (candidate && candidate.trim() !== "") return candidate.trim();
  }
  const lead = (a.paragraphs.find((p) => p.trim() !== "") ?? a.photos[0]?.caption ?? "").trim();
  if (lead !== "") {
    const chars = Array.from(lead);
    return chars.length > LEAD_TITLE_LENGTH ? `${chars.slice(0, LEAD_TITLE_LENGTH).join("")}…` : lead;
  }
  return `${edition.paper} ${edition.date} 第${edition.page}版`;
}

function feedAuthors(a: Article): FeedPerson[] {
  const seen = new Set<string>();
  const out: FeedPerson[] = [];
  for (const p of [...a.authors, ...a.photos.flatMap((photo) => photo.photographers)]) {
    if (p.name.trim() === "" || seen.has(p.name)) continue;
    seen.add(p.name);
    out.push({ name: p.name, role: p.role });
  }
  if (out.length === 0 && a.dateline?.agency) out.push({ name: a.dateline.agency, role: null });
  return out;
}

/**
 * Builds the feed item of one published article.
 * `buildFeedItem({siteUrl, paper}, article)`: the permalink is `<siteUrl>/articles/<id>`,
 * the publication instant the edition date at `edition.time` (default 06:00) in
 * `paper.utcOffset`. Throws a RangeError naming the article id and the bad field
 * (unknown section, empty id, bad date or page).
 */
export function buildFeedItem(site: SiteConfig, published: PublishedArticle): FeedItem {
  const id = typeof published.id === "string" ? cleanText(published.id) : "";
  if (id === "") throw new RangeError(`article.id: expected a non-empty string, got ${JSON.stringify(published.id)}`);
  const where = `article ${id}`;
  const section = resolveSection(published.section, `${where}: section`);
  if (!section) throw new RangeError(`${where}: section: an article belongs to one section, not ${JSON.stringify(ALL_SECTIONS)}`);
  const { edition } = published;
  if (!Number.isInteger(edition.page) || edition.page < 1) {
    throw new RangeError(`${where}: edition.page: expected a positive integer, got ${JSON.stringify(edition.page)}`);
  }
  let time: ZonedTime;
  try {
    time = editionTime(edition.date, edition.time, site.paper.utcOffset);
  } catch (error) {
    throw new RangeError(`${where}: ${(error as Error).message}`);
  }
  const article = cleanArticle(published);
  const title = displayTitle(article, edition);
  return {
    id,
    url: articleUrl(site.siteUrl, id),
    title,
    article,
    section,
    edition: { paper: cleanText(edition.paper), date: edition.date, page: edition.page, time: edition.time ?? null },
    order: published.order,
    published: time,
    authors: feedAuthors(article),
    summary: articleLead(article, title),
    contentHtml: articleBodyHtml(article, title),
    contentText: articleText(article, title),
  };
}

/**
 * Feed order: newest edition first; within one edition by page, then position on
 * the page (`order`). Returns a new array.
 */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort(
    (a, b) =>
      b.published.epochMs - a.published.epochMs ||
      (a.edition.date < b.edition.date ? 1 : a.edition.date > b.edition.date ? -1 : 0) ||
      a.edition.page - b.edition.page ||
      a.order - b.order ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function channelTitle(paper: PaperInfo, section: Section | null): string {
  return section ? `${paper.name} · ${section.name.zh}` : `${paper.name} · 全部`;
}

function channelDescription(paper: PaperInfo, section: Section | null): string {
  const english = paper.nameEn ? ` (${paper.nameEn})` : "";
  return section
    ? `${paper.name}${english} — ${section.name.zh} / ${section.name.en}: ${section.description}`
    : `${paper.name}${english} — 全部版块 / all sections`;
}

/** Every feed the site serves: `all` first, then each section in SECTIONS order. */
export function feedDirectory(site: SiteConfig): FeedLink[] {
  return SECTION_SLUGS.map((slug) => {
    const section = slug === ALL_SECTIONS ? null : findSection(slug)!;
    return {
      section: slug,
      title: channelTitle(site.paper, section),
      description: channelDescription(site.paper, section),
      urls: feedUrls(site.siteUrl, slug),
    };
  });
}

export interface ChannelOptions {
  /** The channel's items, for its `updated` time. */
  items?: readonly FeedItem[];
  /** When the feed last changed (epoch ms or RFC 3339). Default: the newest item's time, or the Unix epoch for an empty feed. */
  updated?: number | string;
  /** RSS `ttl` in minutes; default 60. */
  ttlMinutes?: number;
}

/**
 * Builds the channel of a section's feed, or of `all`.
 * `buildChannel(site, "politics", { items })`. Throws a RangeError naming
 * `section` (with the valid slugs), `updated` or `ttlMinutes` when one is bad.
 */
export function buildChannel(site: SiteConfig, section: string, options: ChannelOptions = {}): FeedChannel {
  const info = resolveSection(section, "section");
  const offset = parseUtcOffset(site.paper.utcOffset);
  const ttl = options.ttlMinutes ?? 60;
  if (!Number.isInteger(ttl) || ttl < 1) throw new RangeError(`ttlMinutes: expected a positive integer, got ${ttl}`);
  const newest = (options.items ?? []).reduce((max, item) => Math.max(max, item.published.epochMs), Number.NEGATIVE_INFINITY);
  const updated =
    options.updated !== undefined
      ? toZonedTime(options.updated, offset, "updated")
      : toZonedTime(Number.isFinite(newest) ? newest : 0, offset, "updated");
  return {
    section,
    sectionInfo: info,
    title: cleanText(channelTitle(site.paper, info)),
    description: cleanText(channelDescription(site.paper, info)),
    language: site.paper.language,
    paper: site.paper,
    homeUrl: homeUrl(site.siteUrl),
    feedUrls: feedUrls(site.siteUrl, section),
    updated,
    ttlMinutes: ttl,
  };
}
