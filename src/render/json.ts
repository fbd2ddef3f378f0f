/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). What a newspaper has and
 * JSON Feed lacks (kicker, subtitle, page, dateline, photos) goes into the
 * `_edgepaper` extension object of each item.
 */
import type { Dateline, Person, Photo } from "../core/model.ts";
import { cleanJson } from "./escape.ts";
import { reporterFirst } from "./item.ts";
import type { FeedChannel, FeedItem } from "./types.ts";

export interface ExtensionPhoto extends Omit<Photo, "image"> {
  image?: { url: string; type: string; width: number; height: number };
}

/** The `_edgepaper` extension of an item. */
export interface EdgepaperExtension {
  kind: string;
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  section: { slug: string; name: string; iptc: string | null };
  edition: { paper: string; date: string; page: number };
  page: number;
  dateline: Dateline | null;
  photos: ExtensionPhoto[];
  /** Authors as printed, with their role words (记者, 通讯员, 执笔 …); photographers are in `photos`. */
  authors: Person[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  /** The first picture: readers show it beside the item. */
  image?: string;
  attachments?: { url: string; mime_type: string; size_in_bytes: number; title?: string }[];
  date_published: string;
  date_modified?: string;
  authors?: { name: string }[];
  tags: string[];
  language: string;
  _edgepaper: EdgepaperExtension;
}

export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** The photos as the extension shows them: a published picture by its URL, type and size. */
function photosOf(item: FeedItem): ExtensionPhoto[] {
  let k = 0;
  return item.article.photos.map(({ caption, credit, photographers, image }) => {
    const picture = image ? item.images[k++] : undefined;
    return { caption, credit, photographers, ...(picture ? { image: { url: picture.url, type: picture.type, width: picture.width, height: picture.height } } : {}) };
  });
}

/** The JSON Feed object, before serialisation (for callers that add to it). */
export function jsonFeedObject(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    language: channel.language,
    authors: [{ name: channel.paper.name, url: channel.homeUrl }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      ...(item.images.length > 0
        ? {
            image: item.images[0]!.url,
            attachments: item.images.map((i) => ({ url: i.url, mime_type: i.type, size_in_bytes: i.bytes, ...(i.caption.trim() !== "" ? { title: i.caption } : {}) })),
          }
        : {}),
      date_published: item.published.rfc3339,
      ...(item.updated ? { date_modified: item.updated.rfc3339 } : {}),
      ...(item.authors.length > 0 ? { authors: reporterFirst(item.authors).map((a) => ({ name: a.name })) } : {}),
      tags: [item.section.name.zh],
      language: channel.language,
      _edgepaper: {
        kind: item.article.kind,
        kicker: item.article.kicker,
        subtitle: item.article.subtitle,
        byline: item.article.byline,
        section: { slug: item.section.slug, name: item.section.name.zh, iptc: item.section.iptc?.code ?? null },
        edition: { paper: item.edition.paper, date: item.edition.date, page: item.edition.page },
        page: item.edition.page,
        dateline: item.article.dateline,
        photos: photosOf(item),
        authors: item.article.authors,
      },
    })),
  };
}

/**
 * Renders a JSON Feed 1.1 document: `renderJsonFeed(channel, items)`, items in the
 * order given; `date_published` carries the paper's offset (`+08:00`). Items without
 * a printed author omit `authors` and inherit the feed's (the paper).
 */
export function renderJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  return jsonFeedParts(channel, items).join("");
}

/**
 * The JSON Feed document in pieces (the feed's members, one per item, end): the same text as
 * serialising the whole object, made item by item so no single string grows large.
 */
export function jsonFeedParts(channel: FeedChannel, items: readonly FeedItem[]): string[] {
  const feed = jsonFeedObject(channel, items);
  const head = cleanJson({ ...feed, items: [] });
  // `items` is the object's last member: its empty array is where the items go.
  if (!head.endsWith('"items":[]}')) throw new Error("JSON Feed: items must be the last member");
  const parts = [head.slice(0, -2)];
  feed.items.forEach((item, i) => parts.push(i === 0 ? cleanJson(item) : `,${cleanJson(item)}`));
  parts.push("]}\n");
  return parts;
}
