/**
 * GET / (the home page) and /articles/:id (the permalink every feed item links
 * to): HTML from the renderers, sent with their Content-Security-Policy.
 */
import { ARTICLE_ID_PATTERN } from "../../publish/ids.ts";
import { MAX_PAGE } from "../../publish/layout.ts";
import { CONTENT_TYPES, escapeHtml, homeUrl, renderArticlePage, renderHomePage } from "../../render/index.ts";
import { renderPage } from "../../render/page.ts";
import type { Handler } from "../context.ts";
import { CACHE_CONTROL } from "../http/caching.ts";
import { article, sectionEntry, sectionItems } from "../store.ts";
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
  const body = renderHomePage(site, { latestEdition: latest === null ? null : { date: latest, items: feedItems(site, page?.items ?? []) }, counts });
  return respondDocument(request, body, CONTENT_TYPES.html, HTML_HEADERS);
};

/** The permalink of one article; an unknown id is an HTML 404 that links home. */
export const articlePage: Handler = async (request, env) => {
  const id = String(request.params.id ?? "");
  const found = ARTICLE_ID_PATTERN.test(id) ? await article(env.PAPER, request.live, id) : null;
  const site = siteOf(request);
  if (!found) {
    const paper = site.paper;
    const body = renderPage({
      language: paper.language,
      title: `没有这篇文章 - ${paper.name}`,
      head: "",
      body:
        `<p class="site"><a href="${escapeHtml(homeUrl(site.siteUrl))}">${escapeHtml(paper.name)}</a></p>` +
        `<main><h1>没有这篇文章</h1><p>There is no article “${escapeHtml(id.slice(0, 64))}” in the live build.</p></main>`,
    });
    return new Response(body, { status: 404, headers: { "content-type": CONTENT_TYPES.html, "cache-control": CACHE_CONTROL, ...HTML_HEADERS } });
  }
  const [item] = feedItems(site, [found]);
  return respondDocument(request, renderArticlePage(site, item!), CONTENT_TYPES.html, HTML_HEADERS);
};
