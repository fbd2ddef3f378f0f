/**
 * GET /v1/search?q=… and /feeds/search.rss|atom|json?q=…: the archive's articles holding
 * every term of `q` (src/publish/search.ts), with a snippet each. The JSON API pages with a
 * cursor and orders newest, oldest or by relevance; a feed is the newest matches, a search a
 * reader subscribes to.
 */
import { ALL_SECTIONS } from "../../core/published.ts";
import { findSection } from "../../core/sections.ts";
import { parseSearchQuery } from "../../core/search/query.ts";
import { CursorError, decodeSearchCursor, encodeSearchCursor } from "../../publish/cursor.ts";
import { fnv1a } from "../../publish/hash.ts";
import { MAX_PAGE } from "../../publish/layout.ts";
import type { SearchOrder, SearchQuery } from "../../publish/search.ts";
import { buildFeedItem, buildSearchChannel, CONTENT_TYPES, renderFeedBytes, type FeedFormat } from "../../render/index.ts";
import { FEED_LIMIT_DEFAULT, FEED_LIMIT_MAX } from "../../render/query.ts";
import { renderSearchPage } from "../../render/search-page.ts";
import { apiSearchUrl, searchPageUrl } from "../../render/urls.ts";
import { originOf, respond, type Handler } from "../context.ts";
import { badParameter } from "../http/problem.ts";
import { DEFAULT_LIMIT, single, sinceDate, type Checked } from "../params.ts";
import { search } from "../store.ts";
import { articleView, FIELDS, sectionNames, type Fields } from "../views.ts";
import { feedItems, HTML_HEADERS, respondDocument, siteOf } from "./documents.ts";

export const SEARCH_PARAMETERS = ["q", "section", "from", "to", "order", "limit", "cursor", "fields"] as const;
export const SEARCH_FEED_PARAMETERS = ["q", "section", "limit"] as const;
export const SEARCH_ORDERS: readonly SearchOrder[] = ["newest", "oldest", "relevance"];

interface SearchParams {
  q: string;
  section: string | null;
  query: SearchQuery;
  fields: Fields;
}

function choice<T extends string>(params: URLSearchParams, name: string, values: readonly T[], fallback: T): Checked<T> {
  const v = single(params, name);
  if (!v.ok) return v;
  if (v.value === null) return { ok: true, value: fallback };
  if (!values.includes(v.value as T)) return { ok: false, parameter: name, message: `${name} must be ${values.join(", ")}; got "${v.value.slice(0, 40)}"` };
  return { ok: true, value: v.value as T };
}

function searchParams(params: URLSearchParams, utcOffset: string, limits: { fallback: number; max: number }): Checked<SearchParams> {
  const q = single(params, "q");
  if (!q.ok) return q;
  if (q.value === null) return { ok: false, parameter: "q", message: "q is required: the words to search for (q=油茶, q=株洲 工会, q=\"技能竞赛\")" };
  const parsed = parseSearchQuery(q.value);
  if (!parsed.ok) return { ok: false, parameter: "q", message: parsed.message };
  const section = single(params, "section");
  if (!section.ok) return section;
  const slug = section.value === ALL_SECTIONS ? null : section.value;
  if (slug !== null && !findSection(slug)) return { ok: false, parameter: "section", message: `section must be ${[ALL_SECTIONS, ...sectionNames()].join(", ")}; got "${slug.slice(0, 40)}"` };
  const dates: (string | null)[] = [];
  for (const name of ["from", "to"]) {
    const d = single(params, name);
    if (!d.ok) return d;
    const date = d.value === null ? null : sinceDate(d.value, utcOffset);
    if (d.value !== null && date === null) return { ok: false, parameter: name, message: `${name} must be an ISO 8601 date (2023-11-07) or date-time, got "${d.value.slice(0, 40)}"` };
    dates.push(date);
  }
  const limit = single(params, "limit");
  if (!limit.ok) return limit;
  if (limit.value !== null && (!/^\d{1,3}$/.test(limit.value) || Number(limit.value) < 1 || Number(limit.value) > limits.max)) {
    return { ok: false, parameter: "limit", message: `limit must be an integer from 1 to ${limits.max}, got "${limit.value.slice(0, 40)}"` };
  }
  const order = choice(params, "order", SEARCH_ORDERS, "newest");
  if (!order.ok) return order;
  const fields = choice(params, "fields", FIELDS, "summary");
  if (!fields.ok) return fields;
  const [from, to] = dates as [string | null, string | null];
  const query: SearchQuery = { terms: parsed.terms, section: slug, from, to, order: order.value, limit: limit.value === null ? limits.fallback : Number(limit.value), after: null };
  const cursor = single(params, "cursor");
  if (!cursor.ok) return cursor;
  if (cursor.value !== null) {
    try {
      query.after = decodeSearchCursor(searchScope(query), cursor.value);
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return { ok: false, parameter: "cursor", message: `${e.message}; use the "next" link of a previous page` };
    }
  }
  return { ok: true, value: { q: q.value, section: slug, query, fields: fields.value } };
}

/** What a cursor is bound to: the folded terms, the filters and the order. */
const searchScope = (q: SearchQuery): string => fnv1a(JSON.stringify([q.terms, q.section, q.from, q.to, q.order]));

export const searchApi: Handler = async (request, env) => {
  const url = new URL(request.url);
  const offset = request.live.manifest.paper.utcOffset;
  const checked = searchParams(url.searchParams, offset, { fallback: DEFAULT_LIMIT, max: MAX_PAGE });
  if (!checked.ok) return badParameter(checked.parameter, checked.message);
  const { q, section, query, fields } = checked.value;
  const page = await search(env.PAPER, request.live, query);
  const origin = originOf(request);
  const cursor = page.next ? encodeSearchCursor(searchScope(query), page.next.position, page.next.score) : null;
  let next: string | null = null;
  if (cursor) {
    const nextUrl = new URL(apiSearchUrl(origin, { q, section }));
    if (query.from) nextUrl.searchParams.set("from", query.from);
    if (query.to) nextUrl.searchParams.set("to", query.to);
    if (query.order !== "newest") nextUrl.searchParams.set("order", query.order);
    if (fields !== "summary") nextUrl.searchParams.set("fields", fields);
    nextUrl.searchParams.set("limit", String(query.limit));
    nextUrl.searchParams.set("cursor", cursor);
    next = nextUrl.href;
  }
  return respond(request, {
    build: request.live.id,
    syncToken: request.live.syncToken,
    query: { q, terms: query.terms, section: section ?? ALL_SECTIONS, from: query.from, to: query.to, order: query.order },
    items: page.hits.map((h) => ({ ...articleView(origin, h.record, offset, fields), snippet: h.snippet, matches: h.matches, score: h.score })),
    cursor,
    next,
  });
};

/** The handler of one format of the search feed: the newest matches. */
export function searchFeed(format: FeedFormat): Handler {
  return async (request, env) => {
    const checked = searchParams(new URL(request.url).searchParams, request.live.manifest.paper.utcOffset, { fallback: FEED_LIMIT_DEFAULT, max: FEED_LIMIT_MAX });
    if (!checked.ok) return badParameter(checked.parameter, checked.message);
    const { q, section, query } = checked.value;
    const page = await search(env.PAPER, request.live, query);
    const site = siteOf(request);
    const items = feedItems(site, page.hits.map((h) => h.record));
    const channel = buildSearchChannel(site, { q, section }, { items, updated: items.length === 0 ? request.live.publishedAt : undefined });
    return respondDocument(request, renderFeedBytes(format, channel, items), CONTENT_TYPES[format]);
  };
}

/** Results on one search page of the site. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * GET /search?q=…: the reader's search page. Lenient like every HTML page (unknown parameters
 * are ignored); a query that cannot be searched is shown beside the form, with 400.
 */
export const searchPage: Handler = async (request, env) => {
  const params = new URL(request.url).searchParams;
  const site = siteOf(request);
  const q = params.get("q") ?? "";
  if (q.trim() === "") return respondDocument(request, renderSearchPage(site, { q: "", results: [], more: null, problem: null }), CONTENT_TYPES.html, HTML_HEADERS);
  const parsed = parseSearchQuery(q);
  const problemPage = (problem: string) =>
    new Response(renderSearchPage(site, { q: q.slice(0, 200), results: [], more: null, problem }), { status: 400, headers: { "content-type": CONTENT_TYPES.html, "cache-control": "no-store", ...HTML_HEADERS } });
  if (!parsed.ok) return problemPage(parsed.message.startsWith("q has no letters") ? "请输入要找的字词（标点不算）。" : parsed.message.startsWith("q is longer") ? "搜索词太长了，最多 100 个字。" : `一次最多搜索 8 个词。`);
  const query: SearchQuery = { terms: parsed.terms, section: null, from: null, to: null, order: "newest", limit: SEARCH_PAGE_SIZE, after: null };
  const cursor = params.get("cursor");
  if (cursor !== null) {
    try {
      query.after = decodeSearchCursor(searchScope(query), cursor);
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return problemPage("这个翻页链接已失效，请重新搜索。");
    }
  }
  const page = await search(env.PAPER, request.live, query);
  // In the search's own order (feedItems would sort by publication time).
  const results = page.hits.map((hit) => ({ item: buildFeedItem(site, hit.record), snippet: hit.snippet, matches: hit.matches }));
  const more = page.next ? searchPageUrl(site.siteUrl, q, encodeSearchCursor(searchScope(query), page.next.position, page.next.score)) : null;
  return respondDocument(request, renderSearchPage(site, { q, results, more, problem: null }), CONTENT_TYPES.html, HTML_HEADERS);
};
