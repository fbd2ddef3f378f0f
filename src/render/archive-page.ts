/** The archive (`/editions/`): every edition date, newest first, grouped by year and month. */
import { escapeHtml } from "./escape.ts";
import { renderPage } from "./page.ts";
import type { SiteConfig } from "./types.ts";
import { editionUrl, homeUrl } from "./urls.ts";

export function renderArchivePage(site: SiteConfig, dates: readonly string[]): string {
  const newest = [...dates].sort().reverse();
  const byYear = new Map<string, Map<string, string[]>>();
  for (const d of newest) {
    const [y, m] = d.split("-") as [string, string];
    const months = byYear.get(y) ?? new Map<string, string[]>();
    months.set(m, [...(months.get(m) ?? []), d]);
    byYear.set(y, months);
  }
  let body = `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(site.paper.name)}</a></p><main><h1>往期 <span class="meta" lang="en">Archive</span></h1>`;
  if (newest.length === 0) body += "<p>尚无往期。</p>";
  for (const [year, months] of byYear) {
    body += `<h2 id="y${escapeHtml(year)}">${escapeHtml(year)}年</h2>`;
    for (const [month, days] of months) {
      body += `<h3>${Number(month)}月</h3><p class="days">`;
      body += days.map((d) => `<a href="${escapeHtml(editionUrl(site.siteUrl, d))}">${Number(d.slice(8))}日</a>`).join(" ");
      body += "</p>";
    }
  }
  body += "</main>";
  return renderPage({ language: site.paper.language, title: `往期 · ${site.paper.name}`, head: "", body });
}
