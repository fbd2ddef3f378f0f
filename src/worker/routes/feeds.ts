/**
 * GET /feeds/:section.rss, .atom, .json (every section and `all`) and
 * /feeds.opml. A feed is one KV read: the section's head holds its newest
 * items. `limit`, `filter` and `filterout` are the renderers' parseFeedQuery;
 * keyword filters search the newest MAX_PAGE items of the section.
 */
import { ALL_SECTIONS, MAX_PAGE } from "../../publish/layout.ts";
import { applyFeedQuery, buildChannel, CONTENT_TYPES, parseFeedQuery, renderFeedBytes, renderOpml, type FeedFormat } from "../../render/index.ts";
import type { Handler } from "../context.ts";
import { badParameter, notFound } from "../http/problem.ts";
import { sectionEntry, sectionItems } from "../store.ts";
import { sectionNames } from "../views.ts";
import { feedItems, respondDocument, siteOf } from "./documents.ts";

/** Every slug a feed is served for: `all`, then each section. */
export const feedSections = (): string[] => [ALL_SECTIONS, ...sectionNames()];

/** The handler of one feed format. */
export function feed(format: FeedFormat): Handler {
  return async (request, env) => {
    const slug = String(request.params.section ?? "");
    const entry = sectionEntry(request.live, slug);
    if (!entry) {
      const valid = feedSections();
      return notFound(`There is no feed "${slug.slice(0, 64)}.${format}". Valid sections: ${valid.join(", ")}.`, { validSections: valid });
    }
    const parsed = parseFeedQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return badParameter(parsed.parameter, parsed.message);
    const { query } = parsed;
    const filtering = query.filter.length > 0 || query.filterout.length > 0;
    const page = await sectionItems(env.PAPER, request.live, entry, { limit: filtering ? MAX_PAGE : query.limit });
    const site = siteOf(request);
    const items = applyFeedQuery(feedItems(site, page.items), query);
    // An empty feed was last updated when the build went live; otherwise by its newest item.
    const channel = buildChannel(site, slug, { items, updated: items.length === 0 ? request.live.publishedAt : undefined });
    return respondDocument(request, renderFeedBytes(format, channel, items), CONTENT_TYPES[format]);
  };
}

/** GET /feeds.opml: every feed, to subscribe to all sections at once. */
export const opml: Handler = (request) =>
  respondDocument(request, renderOpml(siteOf(request), { updated: request.live.publishedAt }), CONTENT_TYPES.opml);
