/**
 * OPML 2.0 (http://opml.org/spec2.opml): every feed of the site in one file, so a
 * reader can subscribe to all sections at once.
 */
import { escapeXmlAttr as attr, escapeXmlText as text } from "./escape.ts";
import { parseUtcOffset, toZonedTime } from "./dates.ts";
import { feedDirectory } from "./channel.ts";
import type { SiteConfig } from "./types.ts";
import { homeUrl } from "./urls.ts";

/**
 * Renders the OPML subscription list: `renderOpml(site, { updated })`. One
 * `<outline type="rss">` per feed (`all` first, then every section) with its RSS
 * `xmlUrl`, the home page as `htmlUrl`, title, description and language.
 * `updated` (epoch ms or RFC 3339) becomes `dateCreated`/`dateModified` when given.
 */
export function renderOpml(site: SiteConfig, options: { updated?: number | string } = {}): string {
  const home = homeUrl(site.siteUrl);
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += '<opml version="2.0"><head>';
  xml += `<title>${text(`${site.paper.name} feeds`)}</title>`;
  if (options.updated !== undefined) {
    const updated = toZonedTime(options.updated, parseUtcOffset(site.paper.utcOffset), "updated");
    xml += `<dateCreated>${updated.rfc822}</dateCreated><dateModified>${updated.rfc822}</dateModified>`;
  }
  xml += `<ownerName>${text(site.paper.name)}</ownerName>`;
  xml += "<docs>http://opml.org/spec2.opml</docs>";
  xml += "</head><body>";
  for (const feed of feedDirectory(site)) {
    xml +=
      `<outline type="rss" text="${attr(feed.title)}" title="${attr(feed.title)}" description="${attr(feed.description)}"` +
      ` xmlUrl="${attr(feed.urls.rss)}" htmlUrl="${attr(home)}" language="${attr(site.paper.language)}" version="RSS2"/>`;
  }
  return `${xml}</body></opml>\n`;
}
