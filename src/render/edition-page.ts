/**
 * One day's paper (`/editions/:date`): its pages in print order, each with its stories
 * linked to their permalinks, and the previous and next day. Every feed item's last line
 * links here.
 */
import { findSection } from "../core/sections.ts";
import { escapeHtml } from "./escape.ts";
import { chineseDate, renderPage } from "./page.ts";
import type { SiteConfig } from "./types.ts";
import { articleUrl, editionUrl, homeUrl } from "./urls.ts";

export interface EditionPageData {
  date: string;
  pages: readonly { page: number; articles: readonly { id: string; section: string; kicker: string | null; title: string | null; subtitle: string | null; order: number }[] }[];
  /** The nearest earlier and later days with an edition, if any. */
  previous: string | null;
  next: string | null;
}

/** Renders an edition's page; send it with PAGE_CSP (page.ts). */
export function renderEditionPage(site: SiteConfig, data: EditionPageData): string {
  const day = chineseDate(data.date);
  const nav = (label: string, date: string | null, rel: string) =>
    date === null ? "" : `<a rel="${rel}" href="${escapeHtml(editionUrl(site.siteUrl, date))}">${label} ${escapeHtml(chineseDate(date))}</a>`;
  const links = [nav("← 前一期", data.previous, "prev"), nav("后一期 →", data.next, "next")].filter((l) => l !== "");
  let body = `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(site.paper.name)}</a></p><main>`;
  body += `<h1><time datetime="${escapeHtml(data.date)}">${escapeHtml(day)}</time></h1>`;
  const pages = [...data.pages].sort((a, b) => a.page - b.page);
  if (pages.length === 0) body += "<p>本期暂无文章。</p>";
  for (const page of pages) {
    body += `<h2 id="page-${page.page}">第${page.page}版</h2><ul>`;
    for (const a of [...page.articles].sort((x, y) => x.order - y.order)) {
      const title = storyTitle(a);
      const section = findSection(a.section)?.name.zh ?? a.section;
      body += `<li><a href="${escapeHtml(articleUrl(site.siteUrl, a.id))}">${escapeHtml(title)}</a> <span class="meta">${escapeHtml(section)}</span></li>`;
    }
    body += "</ul>";
  }
  body += "</main>";
  if (links.length > 0) body += `<footer><nav aria-label="其他各期">${links.join(" · ")}</nav></footer>`;
  const head = `<link rel="canonical" href="${escapeHtml(editionUrl(site.siteUrl, data.date))}"><meta name="description" content="${escapeHtml(`${site.paper.name} ${day}`)}">`;
  return renderPage({ language: site.paper.language, title: `${site.paper.name} ${day}`, head, body });
}

/** How a listed story is named: its title, else its subtitle or kicker, else 无题. */
export function storyTitle(a: { title: string | null; subtitle: string | null; kicker: string | null }): string {
  return a.title ?? a.subtitle ?? a.kicker ?? "（无题）";
}
