/** The JSON shapes the API serves, built from layout values plus this deployment's URLs. */
import { SECTIONS } from "../core/sections.ts";
import type { ArticleRecord, ArticleSummary } from "../publish/layout.ts";
import { articleLead } from "../render/content.ts";
import { editionTime } from "../render/dates.ts";
import { apiArticleUrl, apiSectionUrl, articleUrl, feedUrls } from "../render/urls.ts";

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
 * instant in the paper's zone), `summary` (the lead, as the feeds use it), `source` (where it
 * was printed and parsed from: page, file, lines) and its URLs. With `summary` fields the
 * paragraphs and photo captions are left out; photos keep their credits.
 */
export function articleView(origin: string, r: ArticleRecord, utcOffset: string, fields: Fields = "full") {
  const { lines, file, paragraphs, photos, ...content } = r;
  const published = editionTime(r.edition.date, r.edition.time, utcOffset).rfc3339;
  const summary = articleLead(r, r.title ?? r.subtitle ?? r.kicker ?? "");
  const source = { page: r.edition.page, file: file ?? null, lines };
  const urls = articleUrls(origin, r.id);
  if (fields === "summary") {
    return { ...content, published, summary, photos: photos.map((p) => ({ credit: p.credit, photographers: p.photographers })), source, urls };
  }
  return { ...content, published, summary, paragraphs, photos, source, urls };
}

export const summaryView = (origin: string, a: ArticleSummary) => ({ ...a, urls: articleUrls(origin, a.id) });

export const sectionNames = (): string[] => SECTIONS.map((s) => s.slug);
