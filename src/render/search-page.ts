/**
 * The search page (`/search?q=…`): a form, then the matching stories newest first, each with
 * its edition and its snippet, the words found marked; an "older" link pages on, and the
 * search's own feeds let a reader subscribe to it. Works without scripts (a GET form).
 */
import { FEED_FORMAT_NAMES, FEED_FORMATS } from "./formats.ts";
import { escapeHtml } from "./escape.ts";
import { chineseDate, renderPage } from "./page.ts";
import type { FeedItem, SiteConfig } from "./types.ts";
import { editionUrl, homeUrl, searchFeedUrls, searchPageUrl } from "./urls.ts";

export interface SearchResultView {
  item: FeedItem;
  snippet: string;
  /** [start, end) of each match inside the snippet (UTF-16). */
  matches: readonly (readonly [number, number])[];
}

export interface SearchPageData {
  /** The query as typed ("" before a search). */
  q: string;
  results: readonly SearchResultView[];
  /** The next page of results, or null. */
  more: string | null;
  /** Why the query cannot be searched (empty, too long), shown beside the form. */
  problem: string | null;
}

/** The search form, as the home page and the search page show it. */
export function searchForm(site: SiteConfig, q = ""): string {
  return (
    `<form role="search" class="search" action="${escapeHtml(searchPageUrl(site.siteUrl, null))}" method="get">` +
    `<label for="q">搜索</label> <input id="q" name="q" type="search" maxlength="100" value="${escapeHtml(q)}" placeholder="地名、人名、作物…"> <button type="submit">搜索</button></form>`
  );
}

/** The snippet with its matches in `<mark>`. */
function marked(snippet: string, matches: SearchResultView["matches"]): string {
  let out = "";
  let at = 0;
  for (const [start, end] of matches) {
    if (start < at || end > snippet.length) continue;
    out += `${escapeHtml(snippet.slice(at, start))}<mark>${escapeHtml(snippet.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(snippet.slice(at));
}

export function renderSearchPage(site: SiteConfig, data: SearchPageData): string {
  const title = data.q ? `搜索“${data.q}” · ${site.paper.name}` : `搜索 · ${site.paper.name}`;
  const feeds = data.q && !data.problem ? searchFeedUrls(site.siteUrl, { q: data.q }) : null;
  const head = feeds
    ? FEED_FORMAT_NAMES.map((format) => `<link rel="alternate" type="${FEED_FORMATS[format].mediaType}" title="${escapeHtml(`${title} (${FEED_FORMATS[format].label})`)}" href="${escapeHtml(feeds[format])}">`).join("")
    : "";
  let body = `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(site.paper.name)}</a></p><main>`;
  body += `<h1>搜索 <span class="meta" lang="en">Search</span></h1>${searchForm(site, data.q)}`;
  if (data.problem) body += `<p role="alert">${escapeHtml(data.problem)}</p>`;
  else if (data.q && data.results.length === 0) body += `<p>没有找到含“${escapeHtml(data.q)}”的文章。</p>`;
  if (data.results.length > 0) {
    body += '<ul class="stories">';
    for (const { item, snippet, matches } of data.results) {
      const e = item.edition;
      body +=
        `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>` +
        `<br><span class="meta"><a href="${escapeHtml(editionUrl(site.siteUrl, e.date))}">${escapeHtml(chineseDate(e.date))}</a> · 第${e.page}版</span>` +
        `<br>${marked(snippet, matches)}</li>`;
    }
    body += "</ul>";
  }
  if (data.more) body += `<nav aria-label="翻页"><a rel="next" href="${escapeHtml(data.more)}">更早的结果 →</a></nav>`;
  body += "</main>";
  if (feeds) body += `<footer>订阅这个搜索：${FEED_FORMAT_NAMES.map((format) => `<a href="${escapeHtml(feeds[format])}">${FEED_FORMATS[format].label}</a>`).join(" · ")}</footer>`;
  return renderPage({ language: site.paper.language, title, head, body });
}
