/**
 * GET / (the home page), /articles/:id (the permalink every feed item links
 * to) and /editions/:date (one day's paper): HTML from the renderers, sent with their Content-Security-Policy.
 */
import { ARTICLE_ID_PATTERN } from "../../publish/ids.ts";
import { movedTo } from "../http/problem.ts";
import { MAX_PAGE } from "../../publish/layout.ts";
import { CONTENT_TYPES, escapeHtml, homeUrl, renderArticlePage, renderHomePage } from "../../render/index.ts";
import { renderArchivePage } from "../../render/archive-page.ts";
import { renderEditionPage, storyTitle } from "../../render/edition-page.ts";
import { renderSectionPage } from "../../render/section-page.ts";
import { articleUrl, sectionPageUrl } from "../../render/urls.ts";
import { ALL_SECTIONS, ALL_SECTIONS_NAME } from "../../core/published.ts";
import { findSection } from "../../core/sections.ts";
import { CursorError, decodeCursor, encodeCursor } from "../../publish/cursor.ts";
import { isIsoDate } from "../../publish/cursor.ts";
import { renderPage } from "../../render/page.ts";
import type { Handler } from "../context.ts";
import { CACHE_CONTROL } from "../http/caching.ts";
import { article, articleFate, editionDay, sectionEntry, sectionItems } from "../store.ts";
import { feedSections } from "./feeds.ts";
import { feedItems, HTML_HEADERS, respondDocument, siteOf } from "./documents.ts";

/**
 * The home page: the latest edition's articles (up to MAX_PAGE of them, read
 * from the all-sections head in one KV read), every feed with its article count,
 * and the autodiscovery links.
 */
export const homePage: Handler = async (request, env) => {
  const { live } = request;
  const site = siteOf(request);
  const latest = live.manifest.all.newest;
  const page = latest === null ? null : await sectionItems(env.PAPER, live, live.manifest.all, { limit: MAX_PAGE, since: latest });
  const counts = Object.fromEntries(feedSections().map((slug) => [slug, sectionEntry(live, slug)?.count ?? 0]));
  const body = renderHomePage(site, { latestEdition: latest === null ? null : { date: latest, items: feedItems(site, page?.items ?? []) }, counts, recentEditions: Object.keys(live.manifest.days) });
  return respondDocument(request, body, CONTENT_TYPES.html, HTML_HEADERS);
};

/** An HTML 404 in the paper's language that links home. */
function notFoundPage(request: Parameters<Handler>[0], heading: string, detail: string, english: string): Response {
  return messagePage(request, 404, heading, detail, english);
}

/** A page saying what is (not) here, Chinese first, with the way home. */
function messagePage(request: Parameters<Handler>[0], status: number, heading: string, detail: string, english: string): Response {
  const site = siteOf(request);
  const paper = site.paper;
  const body = renderPage({
    language: paper.language,
    title: `${heading} - ${paper.name}`,
    head: "",
    body:
      `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(paper.name)}</a></p>` +
      `<main><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(detail)}</p><p class="meta" lang="en">${escapeHtml(english)}</p>` +
      `<p><a href="${escapeHtml(homeUrl(site.siteUrl))}">返回首页</a></p></main>`,
  });
  return new Response(body, { status, headers: { "content-type": CONTENT_TYPES.html, "cache-control": CACHE_CONTROL, ...HTML_HEADERS } });
}

/** The permalink of one article; an unknown id is an HTML 404 that links home. */
export const articlePage: Handler = async (request, env) => {
  const id = String(request.params.id ?? "");
  const found = ARTICLE_ID_PATTERN.test(id) ? await article(env.PAPER, request.live, id) : null;
  if (!found) {
    const fate = ARTICLE_ID_PATTERN.test(id) ? await articleFate(env.PAPER, request.live, id) : null;
    if (fate && "movedTo" in fate) return movedTo(articleUrl(siteOf(request).siteUrl, fate.movedTo));
    if (fate && "retracted" in fate) return messagePage(request, 410, "这篇文章已撤回", `撤回原因：${fate.retracted}`, `This article was withdrawn: ${fate.retracted}`);
    return notFoundPage(request, "没有这篇文章", `当前发布的版本中没有编号为“${id.slice(0, 64)}”的文章。`, `There is no article “${id.slice(0, 64)}” in the live build.`);
  }
  const [item] = feedItems(siteOf(request), [found]);
  // The edition's other stories in print order, for previous and next (the day entry is cached after the first read).
  const day = await editionDay(env.PAPER, request.live, found.edition.date);
  const stories = (day?.pages ?? []).flatMap((p) => p.articles.map((a) => ({ id: a.id, title: storyTitle(a) })));
  const at = stories.findIndex((s) => s.id === found.id);
  const neighbours = { previous: at > 0 ? stories[at - 1]! : null, next: at >= 0 && at + 1 < stories.length ? stories[at + 1]! : null };
  return respondDocument(request, renderArticlePage(siteOf(request), item!, neighbours), CONTENT_TYPES.html, HTML_HEADERS);
};

/** One day's paper, page by page, with the previous and next day; an unknown day is an HTML 404. */
export const editionPage: Handler = async (request, env) => {
  const date = String(request.params.date ?? "");
  const day = isIsoDate(date) ? await editionDay(env.PAPER, request.live, date) : null;
  if (!day) return notFoundPage(request, "没有这一期", `当前发布的版本中没有“${date.slice(0, 40)}”这一期。`, `There is no edition of “${date.slice(0, 40)}” in the live build.`);
  const dates = Object.keys(request.live.manifest.days).sort();
  const at = dates.indexOf(date);
  const body = renderEditionPage(siteOf(request), { date, pages: day.pages, previous: dates[at - 1] ?? null, next: dates[at + 1] ?? null });
  return respondDocument(request, body, CONTENT_TYPES.html, HTML_HEADERS);
};

/** How many stories a section's page lists. */
const SECTION_PAGE_SIZE = 20;

/** A section's stories, newest first, paged by a cursor; `all` for every section. An unknown section or a bad cursor is an HTML 404. */
export const sectionHtmlPage: Handler = async (request, env) => {
  const slug = String(request.params.section ?? "");
  const name = slug === ALL_SECTIONS ? ALL_SECTIONS_NAME : findSection(slug)?.name;
  const entry = name && sectionEntry(request.live, slug);
  if (!name || !entry) return notFoundPage(request, "没有这个版块", `没有名为“${slug.slice(0, 40)}”的版块。`, `There is no section “${slug.slice(0, 40)}”.`);
  const cursor = new URL(request.url).searchParams.get("cursor");
  let before = null;
  if (cursor !== null) {
    try {
      before = decodeCursor(slug, cursor);
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return notFoundPage(request, "没有这一页", "这个翻页链接已失效，请从版块首页重新浏览。", `That page link is not valid (${e.message}).`);
    }
  }
  const page = await sectionItems(env.PAPER, request.live, entry, { limit: SECTION_PAGE_SIZE, before });
  const site = siteOf(request);
  const older = page.next ? `${sectionPageUrl(site.siteUrl, slug)}?cursor=${encodeCursor(slug, page.next)}` : null;
  const body = renderSectionPage(site, { slug, name, count: entry.count, items: feedItems(site, page.items), older, paged: cursor !== null });
  return respondDocument(request, body, CONTENT_TYPES.html, HTML_HEADERS);
};

/** Every edition, by year and month: from the manifest, no KV read. */
export const archivePage: Handler = (request) =>
  respondDocument(request, renderArchivePage(siteOf(request), Object.keys(request.live.manifest.days)), CONTENT_TYPES.html, HTML_HEADERS);

