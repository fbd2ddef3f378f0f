/**
 * The feed formats, one row each: the file extension in `/feeds/<section>.<ext>`, the media
 * type (for Content-Type, `<link rel="alternate">` and OPML), the label readers see, and the
 * renderer. Adding a format is adding a row; nothing else lists the formats.
 */
import { renderAtom1 } from "./atom1.ts";
import type { FeedChannel, FeedItem } from "./types.ts";
import { renderJsonFeed } from "./json.ts";
import { renderRss2 } from "./rss2.ts";

export interface FeedFormatInfo {
  extension: string;
  mediaType: string;
  label: string;
  render: (channel: FeedChannel, items: readonly FeedItem[]) => string;
}

export const FEED_FORMATS = {
  rss: { extension: "rss", mediaType: "application/rss+xml", label: "RSS", render: renderRss2 },
  atom: { extension: "atom", mediaType: "application/atom+xml", label: "Atom", render: renderAtom1 },
  json: { extension: "json", mediaType: "application/feed+json", label: "JSON Feed", render: renderJsonFeed },
} as const satisfies Record<string, FeedFormatInfo>;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** The formats in the order pages and listings offer them. */
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];
