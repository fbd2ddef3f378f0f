/**
 * The feed item of one published article: its id, section, edition, absolute
 * permalink, publication instant, authors and content. Types live in types.ts.
 */
import type { Article } from "../core/model.ts";
import { ALL_SECTIONS, type ArticleRecord, type Edition } from "../core/published.ts";
import { articleLead, feedContentHtml, type EditionLine } from "./content.ts";
import { resolveSection } from "./channel.ts";
import { cleanArticle } from "./clean.ts";
import { editionTime, zonedTime, type ZonedTime } from "./dates.ts";
import { cleanText } from "./escape.ts";
import { chineseDate } from "./page.ts";
import type { Section } from "../core/sections.ts";
import type { FeedItem, FeedPerson, SiteConfig } from "./types.ts";
import { articleUrl, editionUrl, imageUrl } from "./urls.ts";

const LEAD_TITLE_LENGTH = 30;

function displayTitle(a: Article, edition: Edition): string {
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

/** `株洲日报 2023年11月7日 第1版 · 时政`, linked to the edition's page. */
function editionLine(site: SiteConfig, edition: Edition, section: Section): EditionLine {
  return { text: `${edition.paper} ${chineseDate(edition.date)} 第${edition.page}版 · ${section.name.zh}`, url: editionUrl(site.siteUrl, edition.date) };
}

/** A reporter's role: 记者 of any kind but a photographer (摄影记者 credits a picture). */
const REPORTER = /记者/;
const PHOTOGRAPHER = /摄影|摄像/;

/**
 * Authors with the reporters first, otherwise in print order: Atom and JSON Feed list one
 * author per printed name, and readers that show one show the first.
 */
export function reporterFirst(authors: readonly FeedPerson[]): FeedPerson[] {
  const isReporter = (p: FeedPerson) => p.role !== null && REPORTER.test(p.role) && !PHOTOGRAPHER.test(p.role);
  return [...authors.filter(isReporter), ...authors.filter((p) => !isReporter(p))];
}

/** An article's `updated` instant in the paper's zone; a value that is no instant is an error naming the article. */
function updatedAt(updated: string | undefined, offsetMinutes: number, where: string): ZonedTime | null {
  if (updated === undefined) return null;
  const ms = Date.parse(updated);
  if (Number.isNaN(ms)) throw new RangeError(`${where}: updated: expected an ISO instant, got ${JSON.stringify(updated)}`);
  return zonedTime(ms, offsetMinutes);
}

/**
 * Builds the feed item of one published article.
 * `buildFeedItem({siteUrl, paper}, article)`: the permalink is `<siteUrl>/articles/<id>`,
 * the publication instant the edition date at `edition.time` (default 06:00) in
 * `paper.utcOffset`. Throws a RangeError naming the article id and the bad field
 * (unknown section, empty id, bad date or page).
 */
export function buildFeedItem(site: SiteConfig, published: ArticleRecord): FeedItem {
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
    updated: updatedAt(published.updated, time.offsetMinutes, where),
    authors: feedAuthors(article),
    summary: articleLead(article, title),
    contentHtml: feedContentHtml(article, editionLine(site, { ...edition, paper: cleanText(edition.paper) }, section), site.siteUrl),
    images: article.photos.flatMap((p) => (p.image ? [{ url: imageUrl(site.siteUrl, p.image), type: p.image.type, width: p.image.width, height: p.image.height, bytes: p.image.bytes, caption: p.caption, credit: p.credit }] : [])),
  };
}
