/**
 * The home page (`/`): the paper, its latest edition, and every feed, with
 * `<link rel="alternate">` tags so that pasting the site's address into a feed
 * reader finds the feeds.
 */
import { FEED_FORMAT_NAMES, FEED_FORMATS } from "./formats.ts";
import { escapeHtml, jsonForScript } from "./escape.ts";
import { feedDirectory } from "./channel.ts";
import type { FeedFormat } from "./formats.ts";
import type { FeedItem, SiteConfig } from "./types.ts";
import { homeUrl, opmlUrl } from "./urls.ts";
import { chineseDate, renderPage } from "./page.ts";


export interface HomePageData {
  /** The newest edition: its date and its items (any order; shown by page, then order on the page). Null before anything is published. */
  latestEdition: { date: string; items: readonly FeedItem[] } | null;
  /** Articles per section slug (and `all`), shown next to each feed when given. */
  counts?: Readonly<Record<string, number>>;
}

/**
 * Renders the home page: `renderHomePage(site, { latestEdition, counts })`. Lists
 * the latest edition's articles by page with links to their permalinks, then every
 * feed (`all` first) in RSS, Atom and JSON Feed, and the OPML file. Send it with
 * PAGE_CSP (page.ts).
 */
export function renderHomePage(site: SiteConfig, data: HomePageData): string {
  const home = homeUrl(site.siteUrl);
  const directory = feedDirectory(site);
  const head =
    `<meta name="description" content="${escapeHtml(`${site.paper.name}: articles and feeds by section`)}">` +
    `<link rel="canonical" href="${escapeHtml(home)}">` +
    directory
      .flatMap((feed) =>
        FEED_FORMAT_NAMES.map(
          (format) =>
            `<link rel="alternate" type="${FEED_FORMATS[format].mediaType}" title="${escapeHtml(`${feed.title} (${FEED_FORMATS[format].label})`)}" href="${escapeHtml(feed.urls[format])}">`,
        ),
      )
      .join("") +
    `<link rel="outline" type="text/x-opml" title="${escapeHtml(`${site.paper.name} feeds (OPML)`)}" href="${escapeHtml(opmlUrl(site.siteUrl))}">` +
    `<script type="application/ld+json">${jsonForScript({
      "@context": "https://schema.org",
      "@type": "NewsMediaOrganization",
      name: site.paper.name,
      ...(site.paper.nameEn ? { alternateName: site.paper.nameEn } : {}),
      url: home,
    })}</script>`;

  let body = `<header><h1>${escapeHtml(site.paper.name)}</h1>`;
  if (site.paper.nameEn) body += `<p class="meta">${escapeHtml(site.paper.nameEn)}</p>`;
  body += "</header><main>";

  const latest = data.latestEdition;
  if (latest) {
    body += `<section id="latest"><h2>最新一期 · <time datetime="${escapeHtml(latest.date)}">${escapeHtml(chineseDate(latest.date))}</time></h2>`;
    const items = [...latest.items].sort((a, b) => a.edition.page - b.edition.page || a.order - b.order);
    let page: number | null = null;
    for (const item of items) {
      if (item.edition.page !== page) {
        if (page !== null) body += "</ul>";
        page = item.edition.page;
        body += `<h3>第${page}版</h3><ul>`;
      }
      body += `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a> <span class="meta">${escapeHtml(item.section.name.zh)}</span></li>`;
    }
    if (page !== null) body += "</ul>";
    else body += "<p>本期暂无文章。</p>";
    body += "</section>";
  } else {
    body += '<section id="latest"><p>尚未发布任何一期。</p></section>';
  }

  body += '<section id="feeds"><h2>订阅</h2><ul>';
  for (const feed of directory) {
    const count = data.counts?.[feed.section];
    body +=
      `<li><strong>${escapeHtml(feed.title)}</strong>` +
      (count !== undefined ? ` <span class="meta">(${count})</span>` : "") +
      "<br>" +
      FEED_FORMAT_NAMES.map((format) => `<a href="${escapeHtml(feed.urls[format])}">${FEED_FORMATS[format].label}</a>`).join(" · ") +
      "</li>";
  }
  body += `</ul><p><a href="${escapeHtml(opmlUrl(site.siteUrl))}">OPML</a>：一次订阅所有版块。</p></section></main>`;
  return renderPage({ language: site.paper.language, title: site.paper.name, head, body });
}
