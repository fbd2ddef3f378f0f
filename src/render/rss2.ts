/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with the Atom, content and
 * Dublin Core modules. Dates are RFC 822 with a numeric zone (`+0800`, never "CST").
 */
import type { Section } from "../core/sections.ts";
import { escapeXmlAttr as attr, escapeXmlText as text } from "./escape.ts";
import type { FeedChannel, FeedItem } from "./types.ts";

/** The generator every format names. */
export const GENERATOR = "edgepaper";

function category(section: Section): string {
  const domain = section.iptc ? ` domain="${attr(section.iptc.code)}"` : "";
  return `<category${domain}>${text(section.name.zh)}</category>`;
}

function renderItem(item: FeedItem): string {
  let xml = "<item>";
  xml += `<title>${text(item.title)}</title>`;
  xml += `<link>${text(item.url)}</link>`;
  xml += `<guid isPermaLink="false">${text(item.id)}</guid>`;
  xml += `<pubDate>${item.published.rfc822}</pubDate>`;
  // One dc:creator: readers keep one (newsboat the last), so every printed name goes in it, in print order.
  if (item.authors.length > 0) xml += `<dc:creator>${text(item.authors.map((a) => a.name).join("、"))}</dc:creator>`;
  xml += category(item.section);
  xml += `<description>${text(item.summary)}</description>`;
  xml += `<content:encoded>${text(item.contentHtml)}</content:encoded>`;
  // RSS allows one enclosure per item: the first picture. Media RSS carries each, with caption and credit.
  const [first] = item.images;
  if (first) xml += `<enclosure url="${attr(first.url)}" length="${first.bytes}" type="${attr(first.type)}"/>`;
  for (const image of item.images) {
    xml += `<media:content url="${attr(image.url)}" type="${attr(image.type)}" medium="image" width="${image.width}" height="${image.height}" fileSize="${image.bytes}">`;
    if (image.caption.trim() !== "") xml += `<media:description type="plain">${text(image.caption)}</media:description>`;
    if (image.credit !== "") xml += `<media:credit role="photographer">${text(image.credit)}</media:credit>`;
    xml += "</media:content>";
  }
  return `${xml}</item>`;
}

/**
 * Renders an RSS 2.0 document: `renderRss2(buildChannel(site, "politics", {items}), sortFeedItems(items))`.
 * Items are written in the order given. The channel carries `atom:link rel="self"`,
 * `language`, `lastBuildDate` and `ttl`; each item `title`, absolute `link`,
 * `guid isPermaLink="false"` (the stable id), `pubDate`, one `dc:creator` naming
 * every author (joined by 、), `category` (section name, IPTC code as `domain`), `description` (the
 * plain lead) and `content:encoded` (the full HTML, entity-escaped rather than CDATA); a photo's
 * picture as the `enclosure` (the first) and `media:content` with `media:description` (the
 * caption) and `media:credit` (each).
 */
export function renderRss2(channel: FeedChannel, items: readonly FeedItem[]): string {
  return rss2Parts(channel, items).join("");
}

/** The RSS document in pieces (channel head, one per item, end): what a response encodes. */
export function rss2Parts(channel: FeedChannel, items: readonly FeedItem[]): string[] {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml +=
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">';
  xml += "<channel>";
  xml += `<title>${text(channel.title)}</title>`;
  xml += `<link>${text(channel.homeUrl)}</link>`;
  xml += `<description>${text(channel.description)}</description>`;
  xml += `<atom:link href="${attr(channel.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`;
  xml += `<language>${text(channel.language)}</language>`;
  xml += `<lastBuildDate>${channel.updated.rfc822}</lastBuildDate>`;
  xml += `<ttl>${channel.ttlMinutes}</ttl>`;
  xml += `<generator>${GENERATOR}</generator>`;
  xml += "<docs>https://www.rssboard.org/rss-specification</docs>";
  if (channel.sectionInfo) xml += category(channel.sectionInfo);
  return [xml, ...items.map(renderItem), "</channel></rss>\n"];
}
