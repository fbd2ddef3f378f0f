/** GET /v1/sections and /v1/sections/:section */
import { apiSectionUrl } from "../../render/urls.ts";
import { ALL_SECTIONS, ALL_SECTIONS_NAME } from "../../core/published.ts";
import { SECTIONS, findSection } from "../../core/sections.ts";
import { encodeCursor } from "../../publish/cursor.ts";
import { originOf, respond, type Handler } from "../context.ts";
import { badParameter, notFound } from "../http/problem.ts";
import { cursorScope, listingParams } from "../params.ts";
import { sectionEntry, sectionItems } from "../store.ts";
import { articleView, sectionNames, sectionUrls } from "../views.ts";

export const listSections: Handler = (request) => {
  const origin = originOf(request);
  return respond(request, {
    build: request.live.id,
    syncToken: request.live.syncToken,
    sections: SECTIONS.map((s) => {
      const entry = sectionEntry(request.live, s.slug);
      return { slug: s.slug, name: s.name, description: s.description, count: entry?.count ?? 0, newest: entry?.newest ?? null, urls: sectionUrls(origin, s.slug) };
    }),
  });
};

export const sectionPage: Handler = async (request, env) => {
  const slug = String(request.params.section ?? "");
  // `all`: every section together, newest first, as the feeds of all serve them.
  const name = slug === ALL_SECTIONS ? ALL_SECTIONS_NAME : findSection(slug)?.name;
  const entry = name && sectionEntry(request.live, slug);
  if (!name || !entry) {
    const valid = [ALL_SECTIONS, ...sectionNames()];
    return notFound(`There is no section "${slug.slice(0, 64)}". Valid sections: ${valid.join(", ")}.`, { validSections: valid });
  }
  const url = new URL(request.url);
  const params = listingParams(url.searchParams, slug, request.live.manifest.paper.utcOffset);
  if (!params.ok) return badParameter(params.parameter, params.message);
  const { limit, before, after, since, to, fields, order } = params.value;
  const page = await sectionItems(env.PAPER, request.live, entry, { limit, before, after, since, order });
  const origin = originOf(request);
  let next: string | null = null;
  const cursor = page.next ? encodeCursor(cursorScope(slug, order), page.next) : null;
  if (cursor) {
    const nextUrl = new URL(apiSectionUrl(origin, slug));
    nextUrl.searchParams.set("limit", String(limit));
    if (since) nextUrl.searchParams.set("from", since);
    if (to) nextUrl.searchParams.set("to", to);
    if (fields !== "full") nextUrl.searchParams.set("fields", fields);
    if (order !== "newest") nextUrl.searchParams.set("order", order);
    nextUrl.searchParams.set("cursor", cursor);
    next = nextUrl.href;
  }
  return respond(request, {
    build: request.live.id,
    syncToken: request.live.syncToken,
    section: { slug, name, count: entry.count, urls: sectionUrls(origin, slug) },
    items: page.items.map((r) => articleView(origin, r, request.live.manifest.paper.utcOffset, fields)),
    cursor,
    next,
  });
};
