/**
 * The feed formats, one row each: the file extension in `/feeds/<section>.<ext>`, the media
 * type (for Content-Type, `<link rel="alternate">` and OPML), the label readers see, and the
 * renderer. Adding a format is adding a row; nothing else lists the formats.
 */
import { atom1Parts, renderAtom1 } from "./atom1.ts";
import type { FeedChannel, FeedItem } from "./types.ts";
import { jsonFeedParts, renderJsonFeed } from "./json.ts";
import { renderRss2, rss2Parts } from "./rss2.ts";

export interface FeedFormatInfo {
  extension: string;
  mediaType: string;
  label: string;
  render: (channel: FeedChannel, items: readonly FeedItem[]) => string;
  /** The same document in pieces, one per item (see utf8Join). */
  parts: (channel: FeedChannel, items: readonly FeedItem[]) => string[];
}

export const FEED_FORMATS = {
  rss: { extension: "rss", mediaType: "application/rss+xml", label: "RSS", render: renderRss2, parts: rss2Parts },
  atom: { extension: "atom", mediaType: "application/atom+xml", label: "Atom", render: renderAtom1, parts: atom1Parts },
  json: { extension: "json", mediaType: "application/feed+json", label: "JSON Feed", render: renderJsonFeed, parts: jsonFeedParts },
} as const satisfies Record<string, FeedFormatInfo>;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** The formats in the order pages and listings offer them. */
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];
