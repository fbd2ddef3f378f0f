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
import { renderAtom1 } from "./atom1.ts";
import type { FeedChannel, FeedFormat, FeedItem } from "./item.ts";
import { renderJsonFeed } from "./json.ts";
import { renderRss2 } from "./rss2.ts";

export { renderArticlePage, newsArticleJsonLd } from "./article-page.ts";
export { atomEntryId, atomFeedId, renderAtom1 } from "./atom1.ts";
export { editionTime, type ZonedTime } from "./dates.ts";
export { cleanText, escapeHtml, escapeXmlAttr, escapeXmlText, jsonForScript } from "./escape.ts";
export { renderHomePage, type HomePageData } from "./home-page.ts";
export {
  ALL_SECTIONS,
  articleUrl,
  buildChannel,
  buildFeedItem,
  FEED_MEDIA_TYPES,
  feedDirectory,
  feedUrl,
  homeUrl,
  opmlUrl,
  sortFeedItems,
  type FeedChannel,
  type FeedFormat,
  type FeedItem,
  type PublishedArticle,
  type SiteConfig,
} from "./item.ts";
export { renderJsonFeed } from "./json.ts";
export { renderOpml } from "./opml.ts";
export { PAGE_CSP } from "./page.ts";
export { applyFeedQuery, parseFeedQuery, type FeedQuery, type FeedQueryResult } from "./query.ts";
export { renderRss2 } from "./rss2.ts";

/** The Content-Type of each response the renderers produce. */
export const CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
  opml: "text/x-opml; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

/** Renders a channel's feed in `format` (`rss`, `atom` or `json`): the same as calling that format's renderer. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): string {
  switch (format) {
    case "rss":
      return renderRss2(channel, items);
    case "atom":
      return renderAtom1(channel, items);
    case "json":
      return renderJsonFeed(channel, items);
  }
}
