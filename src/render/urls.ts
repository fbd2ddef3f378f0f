/**
 * The URL scheme, in one place: every URL the Worker serves and the renderers link to is
 * built here, from the site's origin. Routes are registered with the same paths.
 */
import { cleanText } from "./escape.ts";
import { FEED_FORMAT_NAMES, FEED_FORMATS, type FeedFormat } from "./formats.ts";

/**
 * `https://paper.example/` → `https://paper.example`. Throws a RangeError naming
 * `siteUrl` unless it is an absolute http(s) URL without query or fragment.
 */
export function normalizeSiteUrl(siteUrl: string): string {
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(siteUrl)) {
    throw new RangeError(`siteUrl: expected an absolute http(s) URL without query or fragment, got ${JSON.stringify(siteUrl)}`);
  }
  return siteUrl.replace(/\/+$/, "");
}

/** `<site>/articles/<id>`: the permalink every item links to. */
export function articleUrl(siteUrl: string, id: string): string {
  return `${normalizeSiteUrl(siteUrl)}/articles/${encodeURIComponent(cleanText(id))}`;
}

/** `<site>/editions/<date>`: one day's paper, page by page. */
export function editionUrl(siteUrl: string, date: string): string {
  return `${normalizeSiteUrl(siteUrl)}/editions/${encodeURIComponent(cleanText(date))}`;
}

/** `<site>/editions/`: every edition, by year and month. */
export function archiveUrl(siteUrl: string): string {
  return `${normalizeSiteUrl(siteUrl)}/editions/`;
}

/** `<site>/sections/<section>`: a section's page, newest first (`all` for every section). */
export function sectionPageUrl(siteUrl: string, section: string): string {
  return `${normalizeSiteUrl(siteUrl)}/sections/${encodeURIComponent(cleanText(section))}`;
}

/** `<site>/feeds/<section>.<rss|atom|json>`. */
export function feedUrl(siteUrl: string, section: string, format: FeedFormat): string {
  return `${normalizeSiteUrl(siteUrl)}/feeds/${encodeURIComponent(cleanText(section))}.${FEED_FORMATS[format].extension}`;
}

/** Every format's feed URL of one section. */
export function feedUrls(siteUrl: string, section: string): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, feedUrl(siteUrl, section, format)])) as Record<FeedFormat, string>;
}

/** `<site>/feeds.opml`. */
export function opmlUrl(siteUrl: string): string {
  return `${normalizeSiteUrl(siteUrl)}/feeds.opml`;
}

/** `<site>/`. */
export function homeUrl(siteUrl: string): string {
  return `${normalizeSiteUrl(siteUrl)}/`;
}

/** `<site>/v1/articles/<id>`: the article in the JSON API. */
export function apiArticleUrl(siteUrl: string, id: string): string {
  return `${normalizeSiteUrl(siteUrl)}/v1/articles/${encodeURIComponent(cleanText(id))}`;
}

/** `<site>/v1/editions/<date>`: one day's paper in the JSON API. */
export function apiEditionUrl(siteUrl: string, date: string): string {
  return `${normalizeSiteUrl(siteUrl)}/v1/editions/${encodeURIComponent(cleanText(date))}`;
}

/** `<site>/v1/sections/<section>`: a section's listing in the JSON API. */
export function apiSectionUrl(siteUrl: string, section: string): string {
  return `${normalizeSiteUrl(siteUrl)}/v1/sections/${encodeURIComponent(cleanText(section))}`;
}

/** `<site>/images/<hash>.<ext>`: a photo's picture. */
export function imageUrl(siteUrl: string, image: { hash: string; ext: string }): string {
  return `${normalizeSiteUrl(siteUrl)}/images/${encodeURIComponent(image.hash)}.${encodeURIComponent(image.ext)}`;
}

/** The parameters of a search, in the order its URLs spell them. */
export interface SearchLink {
  q: string;
  section?: string | null;
}

const searchQuery = (s: SearchLink): string => {
  const params = new URLSearchParams({ q: s.q });
  if (s.section) params.set("section", s.section);
  return params.toString();
};

/** `<site>/v1/search?q=…`: a search in the JSON API. */
export function apiSearchUrl(siteUrl: string, s: SearchLink): string {
  return `${normalizeSiteUrl(siteUrl)}/v1/search?${searchQuery(s)}`;
}

/** `<site>/feeds/search.<rss|atom|json>?q=…`: a saved search as a feed, in every format. */
export function searchFeedUrls(siteUrl: string, s: SearchLink): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, `${normalizeSiteUrl(siteUrl)}/feeds/search.${FEED_FORMATS[format].extension}?${searchQuery(s)}`])) as Record<FeedFormat, string>;
}

/** `<site>/search?q=…`: the search page (`q` null: the empty form), with a cursor to page on. */
export function searchPageUrl(siteUrl: string, q: string | null, cursor?: string): string {
  const params = new URLSearchParams();
  if (q !== null) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return `${normalizeSiteUrl(siteUrl)}/search${query ? `?${query}` : ""}`;
}
