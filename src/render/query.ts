/**
 * Feed query parameters as RSSHub users know them (`limit`, `filter`, `filterout`),
 * with plain keywords instead of regular expressions: nothing a user sends is
 * compiled, so no pattern can make the edge backtrack (ReDoS).
 */
import { articleText } from "./content.ts";
import type { FeedItem } from "./types.ts";

export interface FeedQuery {
  /** At most this many items, after filtering. */
  limit: number;
  /** Keep an item when its title or content contains any of these (empty: keep all). */
  filter: string[];
  /** Drop an item when its title or content contains any of these. */
  filterout: string[];
}

export type FeedQueryResult = { ok: true; query: FeedQuery } | { ok: false; parameter: string; message: string };

export const FEED_LIMIT_DEFAULT = 50;
export const FEED_LIMIT_MAX = 100;
/** Longest accepted `filter`/`filterout` value, in characters. */
export const FILTER_MAX_LENGTH = 200;
/** Most keywords one `filter`/`filterout` may carry. */
export const FILTER_MAX_KEYWORDS = 10;

/** Anything with `getAll`, such as a URL's `searchParams`. */
export interface QueryParams {
  getAll(name: string): string[];
}

/** NFKC (full-width ↔ half-width), lower case: `ＡＢＣ` and `abc` match each other. */
function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function parseKeywords(params: QueryParams, name: "filter" | "filterout"): FeedQueryResult | string[] {
  const values = params.getAll(name);
  if (values.length > 1) return { ok: false, parameter: name, message: `${name} may be given once; separate keywords with "|"` };
  const value = values[0];
  if (value === undefined) return [];
  if (value.length > FILTER_MAX_LENGTH) {
    return { ok: false, parameter: name, message: `${name} is longer than ${FILTER_MAX_LENGTH} characters` };
  }
  const keywords = [...new Set(value.split("|").map((k) => normalize(k.trim())).filter((k) => k !== ""))];
  if (keywords.length > FILTER_MAX_KEYWORDS) {
    return { ok: false, parameter: name, message: `${name} has more than ${FILTER_MAX_KEYWORDS} keywords` };
  }
  return keywords;
}

/**
 * Reads `limit` (integer 1–100, default 50), `filter` and `filterout` (keywords
 * separated by `|`, any one matching is enough, case- and width-insensitive).
 * `parseFeedQuery(new URL(request.url).searchParams)` → `{ok: true, query}` or
 * `{ok: false, parameter, message}` for a 400 naming the parameter. Other
 * parameters are ignored.
 */
export function parseFeedQuery(params: QueryParams): FeedQueryResult {
  const limits = params.getAll("limit");
  let limit = FEED_LIMIT_DEFAULT;
  if (limits.length > 1) return { ok: false, parameter: "limit", message: "limit may be given once" };
  if (limits[0] !== undefined) {
    if (!/^\d{1,3}$/.test(limits[0]) || Number(limits[0]) < 1 || Number(limits[0]) > FEED_LIMIT_MAX) {
      return { ok: false, parameter: "limit", message: `limit must be an integer from 1 to ${FEED_LIMIT_MAX}` };
    }
    limit = Number(limits[0]);
  }
  const filter = parseKeywords(params, "filter");
  if (!Array.isArray(filter)) return filter;
  const filterout = parseKeywords(params, "filterout");
  if (!Array.isArray(filterout)) return filterout;
  return { ok: true, query: { limit, filter, filterout } };
}

/**
 * Applies a query to items already in feed order: keeps those whose title or
 * content (kicker, subtitle, byline, paragraphs, captions, credits) contains a
 * `filter` keyword (all, when there are none), drops those containing a
 * `filterout` keyword, then keeps the first `limit`. Returns a new array.
 */
export function applyFeedQuery(items: readonly FeedItem[], query: FeedQuery): FeedItem[] {
  const out: FeedItem[] = [];
  for (const item of items) {
    if (out.length >= query.limit) break;
    if (query.filter.length > 0 || query.filterout.length > 0) {
      const haystack = normalize(`${item.title}\n${articleText(item.article, item.title)}`);
      if (query.filter.length > 0 && !query.filter.some((k) => haystack.includes(k))) continue;
      if (query.filterout.some((k) => haystack.includes(k))) continue;
    }
    out.push(item);
  }
  return out;
}
