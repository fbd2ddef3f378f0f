/**
 * Atom 1.0 (RFC 4287), valid against the RFC's RELAX NG schema
 * (test/fixtures/schemas/atom-rfc4287.rnc). Ids are URNs built from the stable
 * article id, so they survive a change of host name.
 */
import type { Section } from "../core/sections.ts";
import { cleanText, escapeXmlAttr as attr, escapeXmlText as text } from "./escape.ts";
import { reporterFirst } from "./item.ts";
import type { FeedChannel, FeedItem } from "./types.ts";
import { GENERATOR } from "./rss2.ts";

/** `urn:edgepaper:article:<id>`: the Atom id of an article. */
export function atomEntryId(id: string): string {
  return `urn:edgepaper:article:${encodeURIComponent(cleanText(id))}`;
}

/** `urn:edgepaper:feed:<section>`: the Atom id of a section's feed. */
export function atomFeedId(section: string): string {
  return `urn:edgepaper:feed:${encodeURIComponent(cleanText(section))}`;
}

const IPTC_MEDIA_TOPIC_SCHEME = "http://cv.iptc.org/newscodes/mediatopic/";

function categories(section: Section): string {
  let xml = `<category term="${attr(section.slug)}" label="${attr(section.name.zh)}"/>`;
  if (section.iptc) {
    xml += `<category term="${attr(section.iptc.code)}" scheme="${IPTC_MEDIA_TOPIC_SCHEME}" label="${attr(section.name.zh)}"/>`;
  }
  return xml;
}

function renderEntry(item: FeedItem): string {
  let xml = "<entry>";
  xml += `<id>${text(atomEntryId(item.id))}</id>`;
  xml += `<title type="text">${text(item.title)}</title>`;
  xml += `<link rel="alternate" type="text/html" href="${attr(item.url)}"/>`;
  xml += `<published>${item.published.rfc3339}</published>`;
  xml += `<updated>${(item.updated ?? item.published).rfc3339}</updated>`;
  for (const author of reporterFirst(item.authors)) xml += `<author><name>${text(author.name)}</name></author>`;
  xml += categories(item.section);
  xml += `<summary type="text">${text(item.summary)}</summary>`;
  xml += `<content type="html">${text(item.contentHtml)}</content>`;
  for (const image of item.images) xml += `<link rel="enclosure" type="${attr(image.type)}" length="${image.bytes}" href="${attr(image.url)}"/>`;
  return `${xml}</entry>`;
}

/**
 * Renders an Atom 1.0 feed: `renderAtom1(channel, items)`, items in the order given.
 * The feed's author is the paper, so entries without a printed author stay valid;
 * each entry has a URN id, `published`/`updated` with the paper's offset (`+08:00`),
 * an alternate link to the permalink, authors, categories (section and IPTC
 * Media Topic), a plain `summary`, the full HTML `content` and an enclosure link per picture.
 */
export function renderAtom1(channel: FeedChannel, items: readonly FeedItem[]): string {
  return atom1Parts(channel, items).join("");
}

/** The Atom document in pieces (feed head, one per entry, end): what a response encodes. */
export function atom1Parts(channel: FeedChannel, items: readonly FeedItem[]): string[] {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attr(channel.language)}">`;
  xml += `<id>${text(atomFeedId(channel.section))}</id>`;
  xml += `<title type="text">${text(channel.title)}</title>`;
  xml += `<subtitle type="text">${text(channel.description)}</subtitle>`;
  xml += `<updated>${channel.updated.rfc3339}</updated>`;
  xml += `<link rel="self" type="application/atom+xml" href="${attr(channel.feedUrls.atom)}"/>`;
  xml += `<link rel="alternate" type="text/html" href="${attr(channel.homeUrl)}"/>`;
  xml += `<author><name>${text(channel.paper.name)}</name><uri>${text(channel.homeUrl)}</uri></author>`;
  xml += `<generator>${GENERATOR}</generator>`;
  if (channel.sectionInfo) xml += categories(channel.sectionInfo);
  return [xml, ...items.map(renderEntry), "</feed>\n"];
}
