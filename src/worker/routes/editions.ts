/** GET /v1/editions, /v1/editions/latest and /v1/editions/:date */
import { decodeCursor, encodeCursor, CursorError, isIsoDate } from "../../publish/cursor.ts";
import { MAX_PAGE } from "../../publish/layout.ts";
import { apiEditionUrl, editionUrl } from "../../render/urls.ts";
import { originOf, respond, respondContent, type Handler, type LiveRequest } from "../context.ts";
import { badParameter, notFound } from "../http/problem.ts";
import { DEFAULT_LIMIT, single } from "../params.ts";
import { editionDay } from "../store.ts";
import { summaryView } from "../views.ts";

/** The cursor's namespace: edition cursors are not section cursors. */
const EDITIONS = "editions";

const editionLink = (origin: string, date: string) => ({ date, urls: { api: apiEditionUrl(origin, date), html: editionUrl(origin, date) } });

/** Every edition date of the live build, oldest first (the manifest holds them all: no KV read). */
const datesOf = (request: LiveRequest): string[] => Object.keys(request.live.manifest.days).sort();

/** The editions, newest first, paged: `limit` (1–100, default 20), `cursor`, `from` and `to` (ISO dates, inclusive). */
export const listEditions: Handler = (request) => {
  const params = new URL(request.url).searchParams;
  const read: Record<string, string | null> = {};
  for (const name of ["limit", "cursor", "from", "to"]) {
    const v = single(params, name);
    if (!v.ok) return badParameter(v.parameter, v.message);
    read[name] = v.value;
  }
  let limit = DEFAULT_LIMIT;
  if (read.limit !== null) {
    if (!/^\d{1,3}$/.test(read.limit!) || Number(read.limit) < 1 || Number(read.limit) > MAX_PAGE) return badParameter("limit", `limit must be an integer from 1 to ${MAX_PAGE}, got "${read.limit!.slice(0, 40)}"`);
    limit = Number(read.limit);
  }
  for (const name of ["from", "to"] as const) {
    if (read[name] !== null && !isIsoDate(read[name]!)) return badParameter(name, `${name} must be an ISO date like 2023-11-07, got "${read[name]!.slice(0, 40)}"`);
  }
  let before: string | null = null;
  if (read.cursor !== null) {
    try {
      before = decodeCursor(EDITIONS, read.cursor!).date;
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return badParameter("cursor", `${e.message}; use the "next" link of a previous page`);
    }
  }
  const from = read.from ?? null;
  const to = read.to ?? null;
  const newestFirst = datesOf(request)
    .filter((d) => (from === null || d >= from) && (to === null || d <= to) && (before === null || d < before))
    .reverse();
  const page = newestFirst.slice(0, limit);
  const origin = originOf(request);
  const more = newestFirst.length > limit;
  const cursor = more ? encodeCursor(EDITIONS, { date: page.at(-1)!, page: 0, order: 0 }) : null;
  let next: string | null = null;
  if (cursor) {
    const url = new URL(`${origin}/v1/editions`);
    url.searchParams.set("limit", String(limit));
    if (from !== null) url.searchParams.set("from", from);
    if (to !== null) url.searchParams.set("to", to);
    url.searchParams.set("cursor", cursor);
    next = url.href;
  }
  return respond(request, { build: request.live.id, syncToken: request.live.syncToken, editions: page.map((d) => editionLink(origin, d)), cursor, next });
};

async function edition(request: LiveRequest, env: Env, date: string): Promise<Response> {
  const day = await editionDay(env.PAPER, request.live, date);
  const dates = datesOf(request);
  if (!day) return notFound(`There is no edition of ${date} in the live build.`, { first: dates[0] ?? null, last: dates.at(-1) ?? null });
  const origin = originOf(request);
  const at = dates.indexOf(date);
  // No build id: an edition whose articles and neighbours did not change keeps its validators.
  return respondContent(request, {
    paper: day.paper,
    date: day.date,
    prev: at > 0 ? editionLink(origin, dates[at - 1]!) : null,
    next: at + 1 < dates.length ? editionLink(origin, dates[at + 1]!) : null,
    pages: day.pages.map((p) => ({ page: p.page, articles: p.articles.map((a) => summaryView(origin, a, request.live.manifest.paper.utcOffset)) })),
  }, request.live.since[date]?.[1] ?? request.live.publishedAt);
}

export const getEdition: Handler = (request, env) => {
  const date = String(request.params.date ?? "");
  if (!isIsoDate(date)) return badParameter("date", `the edition date must be an ISO date like 2023-11-07 (or latest), got "${date.slice(0, 40)}"`);
  return edition(request, env, date);
};

/** The newest edition, as /v1/editions/:date serves it. */
export const latestEdition: Handler = (request, env) => {
  const newest = datesOf(request).at(-1);
  if (newest === undefined) return notFound("The live build has no edition.");
  return edition(request, env, newest);
};
