/**
 * The render model, types only (as jpmonette/feed keeps its typings apart): the
 * item every format renders, the channel a feed describes, the site it is served
 * from. item.ts builds items, channel.ts channels; the format modules serialise.
 */
import type { Article } from "../core/model.ts";
import type { Edition, PaperInfo } from "../core/published.ts";
import type { Section } from "../core/sections.ts";
import type { ZonedTime } from "./dates.ts";
import type { FeedFormat } from "./formats.ts";

export interface SiteConfig {
  /** Absolute http(s) URL the site is served from, e.g. `https://paper.example` (a trailing slash is ignored). */
  siteUrl: string;
  paper: PaperInfo;
}

/** A person shown as an item's author. */
export interface FeedPerson {
  name: string;
  role: string | null;
}

export interface FeedItem {
  /** The stable article id: RSS guid, JSON Feed id, and (as `urn:edgepaper:article:<id>`) the Atom id. */
  id: string;
  /** Absolute permalink, `<site>/articles/<id>`. */
  url: string;
  /** The title, or when none is printed the subtitle, kicker or start of the lead. */
  title: string;
  /** The article's own fields, with characters illegal in XML removed. */
  article: Article;
  section: Section;
  /** The edition as feeds print it: `time` is null when the manifest gives none. */
  edition: Omit<Edition, "time"> & { time: string | null };
  /** Order on the page: items of one edition are sorted by page, then this. */
  order: number;
  published: ZonedTime;
  /** When a later build changed what readers see (ArticleRecord.updated), in the paper's zone; null when none did. */
  updated: ZonedTime | null;
  /** Printed authors, then photographers, else the dateline's agency; may be empty (the paper is the author then). */
  authors: FeedPerson[];
  /** The plain lead (first paragraph). */
  summary: string;
  /** The article as feeds carry it: no title, and a last line naming its edition (see content.ts). */
  contentHtml: string;
  /** The photos' pictures, in print order (enclosures, Media RSS, JSON Feed attachments). */
  images: FeedImage[];
}

/** A photo's picture as a feed carries it. */
export interface FeedImage {
  /** Absolute, `<site>/images/<hash>.<ext>`. */
  url: string;
  type: string;
  width: number;
  height: number;
  bytes: number;
  caption: string;
  credit: string;
}


export interface FeedChannel {
  /** A section slug or `all`. */
  section: string;
  /** The section, or null for `all`. */
  sectionInfo: Section | null;
  title: string;
  description: string;
  language: string;
  paper: PaperInfo;
  /** The home page, `<site>/`. */
  homeUrl: string;
  /** This channel's own URL in each format (RSS `atom:link rel=self`, Atom `link rel=self`, JSON `feed_url`). */
  feedUrls: Record<FeedFormat, string>;
  updated: ZonedTime;
  /** RSS `ttl`: minutes a reader may cache the feed. */
  ttlMinutes: number;
}

/** A feed a reader can subscribe to: the home page's and the OPML's list entries. */
export interface FeedLink {
  section: string;
  title: string;
  description: string;
  urls: Record<FeedFormat, string>;
}

export interface ChannelOptions {
  /** The channel's items, for its `updated` time. */
  items?: readonly FeedItem[];
  /** When the feed last changed (epoch ms or RFC 3339). Default: the newest item's time, or the Unix epoch for an empty feed. */
  updated?: number | string;
  /** RSS `ttl` in minutes; default 60. */
  ttlMinutes?: number;
}
