/**
 * The JSON API's contract: an OpenAPI 3.1 document kept beside the routes it describes. Route
 * parameters come from the same lists the routes accept (api.ts), sections from the catalogue;
 * every object schema is closed (`additionalProperties: false`), so the workerd tests that
 * validate real responses against it fail when a field is added or renamed without it.
 */
import { ALL_SECTIONS } from "../core/published.ts";
import { SECTIONS } from "../core/sections.ts";
import { MAX_PAGE } from "../publish/layout.ts";
import examples from "./openapi-examples.json" with { type: "json" };
import { DEFAULT_LIMIT, EDITION_LIST_PARAMETERS, LIST_PARAMETERS } from "./params.ts";

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const text: Schema = { type: "string" };
const nullableText: Schema = { type: ["string", "null"] };
const isoDate: Schema = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", examples: ["2023-11-07"] };
const url: Schema = { type: "string", format: "uri" };
const closed = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: "object", properties, required, additionalProperties: false });

const ARTICLE_CONTENT: Record<string, Schema> = {
  id: { type: "string", description: "Stable id: edition date, page and a hash of the title.", examples: ["20231107-1-kbijmsqs"] },
  section: { type: "string", enum: SECTIONS.map((s) => s.slug) },
  edition: ref("Edition"),
  order: { type: "integer", minimum: 0, description: "0-based position on the page." },
  published: { type: "string", format: "date-time", description: "The edition's instant with the paper's offset.", examples: ["2023-11-07T06:00:00+08:00"] },
  updated: { type: ["string", "null"], format: "date-time", description: "When a later build (an editor's correction, a better parser) changed what readers see, with the paper's offset; null when none did." },
  summary: { type: "string", description: "The lead, as the feeds use it." },
  kind: { type: "string", enum: ["article", "commentary", "photo", "other"] },
  kicker: nullableText,
  title: nullableText,
  subtitle: nullableText,
  byline: nullableText,
  dateline: nullable(ref("Dateline")),
  authors: { type: "array", items: ref("Person") },
  source: ref("Source"),
  urls: ref("ArticleUrls"),
};

const SEARCH_FIELDS: Record<string, Schema> = {
  snippet: { type: "string", description: "Up to 100 characters of the field that matches most (a paragraph, a caption, else the headline), `…` where cut." },
  matches: { type: "array", items: { type: "array", items: { type: "integer", minimum: 0 }, minItems: 2, maxItems: 2 }, description: "[start, end) of each match inside `snippet`, in UTF-16 code units (JavaScript string indexes)." },
  score: { type: "integer", minimum: 1, description: "Each term counts 1, or 3 when it is in the kicker, title or subtitle: the order of `order=relevance`." },
};

const syncToken: Schema = { type: "string", description: "Where this answer stands in the change log: give it to /v1/changes?token= to learn what changed since." };

const SCHEMAS: Record<string, Schema> = {
  Problem: {
    type: "object",
    description: "RFC 9457 problem details (application/problem+json).",
    properties: {
      type: { type: "string", examples: ["urn:edgepaper:problem:invalid-parameter"] },
      title: text,
      status: { type: "integer" },
      detail: text,
      parameter: { type: "string", description: "The parameter at fault (400)." },
      accepted: { type: "array", items: text, description: "The parameters the route accepts (unknown-parameter)." },
      reason: { ...text, description: "Why an article was withdrawn (retracted, 410)." },
      validSections: { type: "array", items: text },
      first: nullable(isoDate),
      last: nullable(isoDate),
    },
    required: ["type", "title", "status", "detail"],
    additionalProperties: false,
  },
  Person: closed({ role: nullableText, name: text }),
  Dateline: closed({ agency: nullableText, place: nullableText, date: text }),
  Photo: closed({ caption: text, credit: text, photographers: { type: "array", items: ref("Person") }, image: ref("Image") }, ["caption", "credit", "photographers"]),
  PhotoCredit: closed({ credit: text, photographers: { type: "array", items: ref("Person") }, image: ref("Image") }, ["credit", "photographers"]),
  Image: {
    ...closed({ url, type: { type: "string", enum: ["image/jpeg", "image/png", "image/webp", "image/gif"] }, width: { type: "integer", minimum: 1 }, height: { type: "integer", minimum: 1 } }),
    description: "The photo's picture, when the edition published one: /images/<hash>.<ext>, immutable.",
  },
  Edition: closed({ paper: text, date: isoDate, page: { type: "integer", minimum: 1 }, time: { type: "string", pattern: "^\\d{2}:\\d{2}$" } }, ["paper", "date", "page"]),
  Source: closed({ page: { type: "integer", minimum: 1 }, file: nullableText, lines: closed({ start: { type: "integer" }, end: { type: "integer" } }) }),
  ArticleUrls: closed({ api: url, html: url }),
  SectionName: closed({ zh: text, en: text }),
  SectionUrls: closed({ api: url, rss: url, atom: url, jsonFeed: url }),
  Article: closed({ ...ARTICLE_CONTENT, paragraphs: { type: "array", items: text }, photos: { type: "array", items: ref("Photo") } }),
  ArticleSummary: {
    ...closed({ ...ARTICLE_CONTENT, photos: { type: "array", items: ref("PhotoCredit") } }),
    description: "An article in a list with fields=summary: no paragraphs, photos without captions.",
  },
  ArticleResponse: closed({ ...ARTICLE_CONTENT, paragraphs: { type: "array", items: text }, photos: { type: "array", items: ref("Photo") } }),
  SectionList: closed({
    build: text,
    syncToken,
    sections: {
      type: "array",
      items: closed({ slug: text, name: ref("SectionName"), description: text, count: { type: "integer" }, newest: nullable(isoDate), urls: ref("SectionUrls") }),
    },
  }),
  SectionPage: closed({
    build: text,
    syncToken,
    section: closed({ slug: text, name: ref("SectionName"), count: { type: "integer" }, urls: ref("SectionUrls") }),
    items: { type: "array", items: { anyOf: [ref("Article"), ref("ArticleSummary")] } },
    cursor: { ...nullableText, description: "Opaque position of the last item; null on the last page." },
    next: { ...nullable(url), description: "This list's next page, with the same parameters." },
  }),
  EditionLink: closed({ date: isoDate, urls: ref("ArticleUrls") }),
  EditionList: closed({ build: text, syncToken, editions: { type: "array", items: ref("EditionLink") }, cursor: nullableText, next: nullable(url) }),
  EditionDay: closed({
    paper: text,
    date: isoDate,
    prev: nullable(ref("EditionLink")),
    next: nullable(ref("EditionLink")),
    pages: {
      type: "array",
      items: closed({
        page: { type: "integer" },
        articles: {
          type: "array",
          items: closed({ id: text, kind: ARTICLE_CONTENT.kind!, section: ARTICLE_CONTENT.section!, kicker: nullableText, title: nullableText, subtitle: nullableText, order: { type: "integer" }, updated: ARTICLE_CONTENT.updated!, urls: ref("ArticleUrls") }),
        },
      }),
    },
  }),
  SearchPage: closed({
    build: text,
    syncToken,
    query: closed({ q: text, terms: { type: "array", items: text, description: "The terms searched, folded (Simplified, lower case, no punctuation)." }, section: text, from: nullable(isoDate), to: nullable(isoDate), order: { type: "string", enum: ["newest", "oldest", "relevance"] } }),
    items: { type: "array", items: { anyOf: [ref("SearchHitSummary"), ref("SearchHit")] } },
    cursor: nullableText,
    next: nullable(url),
  }),
  SearchHitSummary: {
    ...closed({ ...ARTICLE_CONTENT, photos: { type: "array", items: ref("PhotoCredit") }, ...SEARCH_FIELDS }),
    description: "A matching article (fields=summary, the default) with its snippet.",
  },
  SearchHit: { ...closed({ ...ARTICLE_CONTENT, paragraphs: { type: "array", items: text }, photos: { type: "array", items: ref("Photo") }, ...SEARCH_FIELDS }), description: "A matching article with fields=full." },
  Change: closed(
    {
      id: text,
      change: { type: "string", enum: ["added", "updated", "merged", "retracted", "removed"], description: "added: new, or shown again; updated: its published fields changed (fetch it again); merged: joined into `into` (its URL answers 301); retracted: withdrawn, `reason` says why (410); removed: no longer in the paper (404)." },
      at: { type: "string", format: "date-time", description: "When the publish or rollback that made the change went live." },
      into: { ...text, description: "merged: the surviving article's id." },
      reason: { ...text, description: "retracted: why." },
      urls: ref("ArticleUrls"),
    },
    ["id", "change", "at", "urls"],
  ),
  ChangeList: closed({
    build: text,
    token: { ...text, description: "The token asked about." },
    syncToken: { ...text, description: "Where this answer leaves the app: ask again with it (at once while `more`, else at the next sync)." },
    more: { type: "boolean", description: "More changes follow: ask again with `syncToken`." },
    changes: { type: "array", items: ref("Change"), description: "Oldest first, each article once per answer with its latest change." },
  }),
  Health: closed({ status: { const: "ok" }, build: text, publishedAt: { type: "string", format: "date-time" }, articles: { type: "integer" } }),
};

const PARAMETERS: Record<string, Schema> = {
  limit: { name: "limit", in: "query", description: `Items per page, 1–${MAX_PAGE}.`, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: DEFAULT_LIMIT } },
  cursor: { name: "cursor", in: "query", description: "Opaque; from the previous page (or follow its `next`).", schema: text },
  since: { name: "since", in: "query", description: "Older name of `from`.", deprecated: true, schema: text },
  from: { name: "from", in: "query", description: "Only editions on or after this ISO date (or date-time, in the paper's zone).", schema: text },
  to: { name: "to", in: "query", description: "Only editions on or before this ISO date (or date-time, in the paper's zone).", schema: text },
  order: { name: "order", in: "query", description: "`newest` first (the default) or `oldest` first.", schema: { type: "string", enum: ["newest", "oldest"], default: "newest" } },
  fields: { name: "fields", in: "query", description: "`summary` leaves out paragraphs and photo captions.", schema: { type: "string", enum: ["full", "summary"], default: "full" } },
};

const param = (names: readonly string[]) => names.map((n) => ({ $ref: `#/components/parameters/${n}` }));

const HEADERS: Record<string, Schema> = {
  ETag: { description: "Strong validator; send it back in If-None-Match for a 304.", schema: text },
  "Last-Modified": { description: "When the live build went live.", schema: text },
  "Cache-Control": { description: "`public, max-age=60`.", schema: text },
  "Access-Control-Allow-Origin": { description: "`*`: any web app may read the API.", schema: text },
};
const headerRefs = Object.fromEntries(Object.keys(HEADERS).map((h) => [h, { $ref: `#/components/headers/${h}` }]));

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const ok = (schema: string, description: string, example?: unknown) => ({
  description,
  headers: headerRefs,
  content: { "application/json": { schema: ref(schema), ...(example === undefined ? {} : { example }) } },
});
const COMMON_ERRORS = {
  "304": { description: "Not modified: the If-None-Match or If-Modified-Since validators still hold." },
  "400": problem("A bad parameter value, or a parameter the route does not know (`parameter` names it, `accepted` lists the route's)."),
  "503": problem("Nothing published yet, or the store lost an entry of the live build; retry after `Retry-After`."),
};

function get(summary: string, description: string, parameters: Schema[], responses: Record<string, unknown>) {
  return { get: { summary, description, parameters, responses: { ...responses, ...COMMON_ERRORS } } };
}

const pathParam = (name: string, description: string, schema: Schema) => ({ name, in: "path", required: true, description, schema });

/** The OpenAPI 3.1 document, with `origin` as its server. */
export function openApiDocument(origin: string): Record<string, unknown> {
  const sectionSlugs = [ALL_SECTIONS, ...SECTIONS.map((s) => s.slug)];
  return {
    openapi: "3.1.0",
    info: {
      title: "edgepaper JSON API",
      version: "1",
      description:
        "A printed newspaper's articles by section and by edition. Every list is newest first and paged by an opaque cursor; every 200 carries ETag and Last-Modified; errors are RFC 9457 problem documents. Parameters are strict: an unknown one is a 400.",
    },
    servers: [{ url: origin }],
    paths: {
      "/v1/sections": get("Every section", "Each section with its article count, newest edition and feed URLs.", [], { "200": ok("SectionList", "The sections.") }),
      "/v1/sections/{section}": get(
        "A section's articles",
        "Newest first (newest edition, then page and order on the page). `all` lists every section together.",
        [pathParam("section", "A section slug, or `all`.", { type: "string", enum: sectionSlugs }), ...param(LIST_PARAMETERS)],
        { "200": ok("SectionPage", "One page of the section (here: `?limit=1&fields=summary`, from the seed).", examples.SectionPage), "404": problem("No such section (`validSections` lists them).") },
      ),
      "/v1/articles/{id}": get("One article", "The article with every parser field.", [pathParam("id", "The article id.", { type: "string" })], {
        "200": ok("ArticleResponse", "The article (here: the seed's first).", examples.ArticleResponse),
        "301": { description: "An editor's correction joined this article into another: `Location` is that article.", headers: { location: { description: "The article it was joined into.", schema: url } } },
        "404": problem("No article with that id in the live build."),
        "410": problem("An editor's correction withdrew the article: `reason` says why."),
      }),
      "/v1/editions": get("Every edition", "Edition dates, newest first, paged like a section.", param(EDITION_LIST_PARAMETERS), { "200": ok("EditionList", "One page of editions.") }),
      "/v1/editions/latest": get("The newest edition", "As /v1/editions/{date} answers it.", [], { "200": ok("EditionDay", "The newest edition."), "404": problem("Nothing published.") }),
      "/v1/editions/{date}": get("One edition", "The day's pages in print order with their articles, and the previous and next editions.", [pathParam("date", "ISO date.", isoDate)], {
        "200": ok("EditionDay", "The edition (here: the seed's, two articles shown).", examples.EditionDay),
        "404": problem("No edition that day (`first` and `last` name the range)."),
      }),
      "/v1/search": get(
        "Search the archive",
        "Every article holding all the terms of `q`, newest first (or oldest first, or by relevance), each with a snippet. Terms are separated by spaces or punctuation; a phrase in double quotes must be adjacent; Traditional and Simplified characters, full and half width, upper and lower case match alike; any substring of an article's text of one or more characters finds it. A page reads at most a few chunks of the archive: a page of matches spread over many years can hold fewer than `limit` items, with `next` to continue. The same search is a feed at /feeds/search.rss?q=… (.atom, .json).",
        [
          { name: "q", in: "query", required: true, description: "The words to find, at most 100 characters and 8 terms.", schema: { type: "string", minLength: 1, maxLength: 100 }, examples: { word: { value: "油茶" }, both: { value: "株洲 工会" }, phrase: { value: '"技能竞赛"' } } },
          { name: "section", in: "query", description: "Only this section (`all`, the default, for every one).", schema: { type: "string", enum: sectionSlugs, default: ALL_SECTIONS } },
          ...param(["from", "to", "limit", "cursor"]),
          { name: "order", in: "query", description: "`newest` first (the default), `oldest` first, or by `relevance` (headline matches first, then newest).", schema: { type: "string", enum: ["newest", "oldest", "relevance"], default: "newest" } },
          { name: "fields", in: "query", description: "`summary` (the default) leaves out paragraphs and photo captions; `full` carries them.", schema: { type: "string", enum: ["full", "summary"], default: "summary" } },
        ],
        { "200": ok("SearchPage", "One page of matches (none is an empty list, not an error).") },
      ),
      "/v1/changes": get(
        "What changed since a sync",
        "Every list answer carries a `syncToken`. Give it here to learn which articles were added, updated, merged, retracted or removed since, by publishes and rollbacks alike, without fetching everything again. Answers cover at most ten publishes; `more` says to ask again with the returned `syncToken`. The log is kept for 30 days (and at least the last 20 publishes): an older token answers 410, and the app fetches its lists afresh.",
        [{ name: "token", in: "query", required: true, description: "A `syncToken` from an earlier answer.", schema: { type: "string", pattern: "^\\d{1,15}$" } }],
        { "200": ok("ChangeList", "The changes since the token (none is an empty list)."), "410": problem("The token is older than the kept log (or from a log that started again): resync.") },
      ),
      "/v1/openapi.json": { get: { summary: "This document", description: "Also at /openapi.json; a readable reference is at /docs.", parameters: [], responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } }, "304": COMMON_ERRORS["304"], "400": COMMON_ERRORS["400"] } } },
      "/healthz": { get: { summary: "Health", description: "The live build; never cached.", parameters: [], responses: { "200": { description: "Serving.", content: { "application/json": { schema: ref("Health") } } }, "503": COMMON_ERRORS["503"] } } },
    },
    components: { schemas: SCHEMAS, parameters: PARAMETERS, headers: HEADERS },
  };
}
