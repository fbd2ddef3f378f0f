/**
 * What the feed and HTML routes share: the site the renderers need (this
 * deployment's origin and the live build's paper), the feed items of layout
 * records, and 200 responses that carry the live build's validators (the same
 * ETag, Last-Modified and Cache-Control as the JSON API, from http/caching.ts).
 */
import type { ArticleRecord } from "../../publish/layout.ts";
import { buildFeedItem, sortFeedItems, type FeedItem, type SiteConfig } from "../../render/index.ts";
import { originOf, type LiveRequest } from "../context.ts";
import { cachingHeaders } from "../http/caching.ts";

/** The site as the renderers see it: links are absolute to the origin the request came to. */
export function siteOf(request: LiveRequest): SiteConfig {
  return { siteUrl: originOf(request), paper: request.live.manifest.paper };
}

/**
 * Feed items of layout records, in feed order. An edition's publication time is
 * the record's `edition.time` when the build gives one, else 06:00 in the
 * paper's zone (the renderers' default).
 */
export function feedItems(site: SiteConfig, records: readonly ArticleRecord[]): FeedItem[] {
  return sortFeedItems(records.map((r) => buildFeedItem(site, r)));
}

export { HTML_HEADERS } from "../../render/page.ts";

/** A 200 response with `body` as `contentType`, carrying the build's validators. */
export function respondDocument(request: LiveRequest, body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "x-content-type-options": "nosniff", ...cachingHeaders(request.validators), ...headers },
  });
}
