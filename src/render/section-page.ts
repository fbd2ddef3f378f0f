/**
 * A section's page (`/sections/:slug`, `all` for every section): its stories newest first,
 * each with its edition and lead, paged by an "older" link, with the section's feeds.
 */
import { FEED_FORMAT_NAMES, FEED_FORMATS } from "./formats.ts";
import { escapeHtml } from "./escape.ts";
import { chineseDate, renderPage } from "./page.ts";
import type { FeedItem, SiteConfig } from "./types.ts";
import { editionUrl, feedUrl, homeUrl, sectionPageUrl } from "./urls.ts";

export interface SectionPageData {
  slug: string;
  /** The section's name: `{zh, en}`. */
  name: { zh: string; en: string };
  count: number;
  items: readonly FeedItem[];
  /** The next (older) page, or null on the last. */
  older: string | null;
  /** This page is not the first. */
  paged: boolean;
}

export function renderSectionPage(site: SiteConfig, data: SectionPageData): string {
  const title = `${data.name.zh} · ${site.paper.name}`;
  const feeds = FEED_FORMAT_NAMES.map((format) => ({ format, url: feedUrl(site.siteUrl, data.slug, format) }));
  const head = feeds
    .map(({ format, url }) => `<link rel="alternate" type="${FEED_FORMATS[format].mediaType}" title="${escapeHtml(`${title} (${FEED_FORMATS[format].label})`)}" href="${escapeHtml(url)}">`)
    .join("");
  let body = `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(site.paper.name)}</a></p><main>`;
  body += `<h1>${escapeHtml(data.name.zh)} <span class="meta" lang="en">${escapeHtml(data.name.en)}</span></h1><p class="meta">共 ${data.count} 篇</p>`;
  if (data.items.length === 0) body += "<p>暂无文章。</p>";
  body += '<ul class="stories">';
  for (const item of data.items) {
    const e = item.edition;
    body +=
      `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>` +
      `<br><span class="meta"><a href="${escapeHtml(editionUrl(site.siteUrl, e.date))}">${escapeHtml(chineseDate(e.date))}</a> · 第${e.page}版</span>` +
      (item.summary && item.summary !== item.title ? `<br>${escapeHtml(Array.from(item.summary).slice(0, 80).join(""))}${Array.from(item.summary).length > 80 ? "…" : ""}` : "") +
      "</li>";
  }
  body += "</ul>";
  const nav = [data.paged ? `<a href="${escapeHtml(sectionPageUrl(site.siteUrl, data.slug))}">← 最新</a>` : "", data.older ? `<a rel="next" href="${escapeHtml(data.older)}">更早的文章 →</a>` : ""].filter(Boolean);
  if (nav.length > 0) body += `<nav aria-label="翻页">${nav.join(" · ")}</nav>`;
  body += "</main>";
  body += `<footer>订阅${escapeHtml(data.name.zh)}：${feeds.map(({ format, url }) => `<a href="${escapeHtml(url)}">${FEED_FORMATS[format].label}</a>`).join(" · ")}</footer>`;
  return renderPage({ language: site.paper.language, title, head, body });
}
