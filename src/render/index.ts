/**
 * The renderers' public surface, for the Worker's handlers:
 *
 *   const items = sortFeedItems(records.map((r) => buildFeedItem(site, r)));
 *   const query = parseFeedQuery(new URL(request.url).searchParams); // 400 naming query.parameter when !query.ok
 *   const shown = applyFeedQuery(items, query.query);
 *   const body = renderFeed("rss", buildChannel(site, section, { items: shown }), shown);
 *   new Response(body, { headers: { "content-type": CONTENT_TYPES.rss } });
 *
 * HTML pages go out with `content-security-policy: PAGE_CSP`.
 */
import { FEED_FORMATS, type FeedFormat } from "./formats.ts";
import type { FeedChannel, FeedItem } from "./types.ts";
import { utf8Join } from "./utf8.ts";

export { renderArticlePage, newsArticleJsonLd } from "./article-page.ts";
export { atomEntryId, atomFeedId, renderAtom1 } from "./atom1.ts";
export { editionTime, type ZonedTime } from "./dates.ts";
export { cleanText, escapeHtml, escapeXmlAttr, escapeXmlText, jsonForScript } from "./escape.ts";
export { renderHomePage, type HomePageData } from "./home-page.ts";
export { ALL_SECTIONS } from "../core/published.ts";
export { buildChannel, buildSearchChannel, feedDirectory } from "./channel.ts";
export { buildFeedItem } from "./item.ts";
export { sortFeedItems } from "./order.ts";
export type { ChannelOptions, FeedChannel, FeedItem, FeedLink, FeedPerson, SiteConfig } from "./types.ts";
export { articleUrl, feedUrl, homeUrl, opmlUrl } from "./urls.ts";
export { FEED_FORMAT_NAMES, FEED_FORMATS, type FeedFormat } from "./formats.ts";
export { renderJsonFeed } from "./json.ts";
export { renderOpml } from "./opml.ts";
export { PAGE_CSP } from "./page.ts";
export { applyFeedQuery, parseFeedQuery, type FeedQuery, type FeedQueryResult } from "./query.ts";
export { renderRss2 } from "./rss2.ts";
export { utf8Join } from "./utf8.ts";

/** The Content-Type of each response the renderers produce. */
export const CONTENT_TYPES = {
  rss: `${FEED_FORMATS.rss.mediaType}; charset=utf-8`,
  atom: `${FEED_FORMATS.atom.mediaType}; charset=utf-8`,
  json: `${FEED_FORMATS.json.mediaType}; charset=utf-8`,
  opml: "text/x-opml; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

/** Renders a channel's feed in `format` (`rss`, `atom` or `json`): the same as calling that format's renderer. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): string {
  return FEED_FORMATS[format].render(channel, items);
}

/** The same feed as UTF-8 bytes, encoded piece by piece (what a response sends; see utf8Join). */
export function renderFeedBytes(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): Uint8Array {
  return utf8Join(FEED_FORMATS[format].parts(channel, items));
}
