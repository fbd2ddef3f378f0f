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
import { archiveUrl, editionUrl, homeUrl, opmlUrl, sectionPageUrl } from "./urls.ts";
import { SECTIONS } from "../core/sections.ts";
import { chineseDate, renderPage } from "./page.ts";
import { searchForm } from "./search-page.ts";


export interface HomePageData {
  /** The newest edition: its date and its items (any order; shown by page, then order on the page). Null before anything is published. */
  latestEdition: { date: string; items: readonly FeedItem[] } | null;
  /** Articles per section slug (and `all`), shown next to each feed when given. */
  counts?: Readonly<Record<string, number>>;
  /** Edition dates to link under 往期 (the newest RECENT_EDITIONS are shown). */
  recentEditions?: readonly string[];
}

/** How many recent editions the home page links. */
export const RECENT_EDITIONS = 7;
const SECTION_ORDER = SECTIONS.map((s) => s.slug);

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
  body += `${searchForm(site)}</header><main>`;

  const latest = data.latestEdition;
  if (latest) {
    const items = [...latest.items].sort((a, b) => a.edition.page - b.edition.page || a.order - b.order);
    const [lead, ...rest] = items;
    body += `<section id="latest"><h2>最新一期 · <a href="${escapeHtml(editionUrl(site.siteUrl, latest.date))}"><time datetime="${escapeHtml(latest.date)}">${escapeHtml(chineseDate(latest.date))}</time></a></h2>`;
    if (lead) {
      // The front page's first story leads, as the paper prints it.
      body += `<article class="lead">${lead.article.kicker ? `<p class="kicker">${escapeHtml(lead.article.kicker)}</p>` : ""}<h3><a href="${escapeHtml(lead.url)}">${escapeHtml(lead.title)}</a></h3>`;
      if (lead.article.subtitle) body += `<p class="subtitle">${escapeHtml(lead.article.subtitle)}</p>`;
      const picture = lead.images[0];
      if (picture) {
        const alt = picture.caption.trim().replace(/\s+/gu, " ") || lead.title;
        body += `<figure class="photo"><img src="${escapeHtml(picture.url)}" width="${picture.width}" height="${picture.height}" alt="${escapeHtml(alt)}" decoding="async">${picture.credit ? `<figcaption><span class="credit">${escapeHtml(picture.credit)}</span></figcaption>` : ""}</figure>`;
      }
      if (lead.summary && lead.summary !== lead.title) body += `<p>${escapeHtml(lead.summary)}</p>`;
      body += `<p class="meta">第${lead.edition.page}版 · ${escapeHtml(lead.section.name.zh)}</p></article>`;
    } else {
      body += "<p>本期暂无文章。</p>";
    }
    // The rest by section, in the catalogue's order.
    const bySection = new Map<string, FeedItem[]>();
    for (const item of rest) bySection.set(item.section.slug, [...(bySection.get(item.section.slug) ?? []), item]);
    for (const [slug, list] of [...bySection].sort((a, b) => SECTION_ORDER.indexOf(a[0]) - SECTION_ORDER.indexOf(b[0]))) {
      body += `<h3><a href="${escapeHtml(sectionPageUrl(site.siteUrl, slug))}">${escapeHtml(list[0]!.section.name.zh)}</a></h3><ul>`;
      for (const item of list) body += `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a> <span class="meta">第${item.edition.page}版</span></li>`;
      body += "</ul>";
    }
    body += "</section>";
  } else {
    body += '<section id="latest"><p>尚未发布任何一期。</p></section>';
  }
  const recent = [...(data.recentEditions ?? [])].sort().reverse().slice(0, RECENT_EDITIONS);
  body += `<section id="editions"><h2>往期</h2><p>${recent.map((d) => `<a href="${escapeHtml(editionUrl(site.siteUrl, d))}">${escapeHtml(chineseDate(d))}</a>`).join(" · ")}${recent.length > 0 ? " · " : ""}<a href="${escapeHtml(archiveUrl(site.siteUrl))}">全部往期</a></p></section>`;

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
