/** The JSON shapes the API serves, built from layout values plus this deployment's URLs. */
import { SECTIONS } from "../core/sections.ts";
import type { ArticleRecord, ArticleSummary } from "../publish/layout.ts";
import { articleLead } from "../render/content.ts";
import { editionTime, parseUtcOffset, zonedTime } from "../render/dates.ts";
import { apiArticleUrl, apiSectionUrl, articleUrl, feedUrls, imageUrl } from "../render/urls.ts";
import type { Photo } from "../core/model.ts";

export const articleUrls = (origin: string, id: string) => ({
  api: apiArticleUrl(origin, id),
  html: articleUrl(origin, id),
});

export const sectionUrls = (origin: string, slug: string) => {
  const feeds = feedUrls(origin, slug);
  return { api: apiSectionUrl(origin, slug), rss: feeds.rss, atom: feeds.atom, jsonFeed: feeds.json };
};

/** How much of each article a list carries: everything, or the summary an app shows in a list. */
export type Fields = "full" | "summary";
export const FIELDS: readonly Fields[] = ["full", "summary"];

/**
 * An article as the API serves it: the parser's content fields, `published` (the edition's
 * instant in the paper's zone), `updated` (when a later build changed what readers see, in the
 * paper's zone; null when none did), `summary` (the lead, as the feeds use it), `source` (where it
 * was printed and parsed from: page, file, lines) and its URLs. With `summary` fields the
 * paragraphs and photo captions are left out; photos keep their credits. A photo whose picture
 * was published carries `image` {url, type, width, height}.
 */
export function articleView(origin: string, r: ArticleRecord, utcOffset: string, fields: Fields = "full") {
  const { lines, file, paragraphs, photos, updated: changed, ...content } = r;
  const published = editionTime(r.edition.date, r.edition.time, utcOffset).rfc3339;
  const updated = updatedTime(changed, utcOffset);
  const summary = articleLead(r, r.title ?? r.subtitle ?? r.kicker ?? "");
  const source = { page: r.edition.page, file: file ?? null, lines };
  const urls = articleUrls(origin, r.id);
  // A picture is served by this deployment: its URL, type and size, never the store's hash.
  const image = (p: Photo) => (p.image ? { image: { url: imageUrl(origin, p.image), type: p.image.type, width: p.image.width, height: p.image.height } } : {});
  if (fields === "summary") {
    return { ...content, published, updated, summary, photos: photos.map((p) => ({ credit: p.credit, photographers: p.photographers, ...image(p) })), source, urls };
  }
  return { ...content, published, updated, summary, paragraphs, photos: photos.map((p) => ({ caption: p.caption, credit: p.credit, photographers: p.photographers, ...image(p) })), source, urls };
}

/** An instant the Worker knows in UTC, in the paper's zone; null when there is none. */
export const updatedTime = (at: string | undefined, utcOffset: string): string | null => (at === undefined ? null : zonedTime(Date.parse(at), parseUtcOffset(utcOffset)).rfc3339);

/** An edition's article as the API lists it: its headline fields, `updated` (or null) and URLs; the fingerprint stays internal. */
export const summaryView = (origin: string, a: ArticleSummary, utcOffset: string) => {
  const { fingerprint: _fingerprint, updated, ...rest } = a;
  return { ...rest, updated: updatedTime(updated, utcOffset), urls: articleUrls(origin, a.id) };
};

export const sectionNames = (): string[] => SECTIONS.map((s) => s.slug);
