/**
 * The Worker fuzzed inside workerd with fast-check, against the seed page's real
 * build: generated paths (percent-encoding, dot segments, very long segments,
 * unicode, NUL), methods, headers (garbage validators, huge headers, Accept)
 * and query strings (repeated, huge, garbage limit/cursor/since/filter).
 * Every answer must be deliberate: a status from a known set (never 500; 503
 * only while a KV fault is injected), problem documents that are valid JSON
 * naming their status, JSON that parses, XML (RSS, Atom, OPML) that a strict
 * XML 1.0 parser (saxes) accepts, HTML with its security headers, HEAD without
 * a body.
 */
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encodeCursor } from "../../src/publish/cursor.ts";
import { POINTER_KEY } from "../../src/publish/layout.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { forgetLiveBuild } from "./seed.ts";
import { xmlErrors } from "../render/xml-check.ts";
import { BASE, resetKv } from "./seed.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"];
const XML_TYPES = ["application/rss+xml; charset=utf-8", "application/atom+xml; charset=utf-8", "text/x-opml; charset=utf-8"];
const JSON_TYPES = ["application/json; charset=utf-8", "application/feed+json; charset=utf-8"];
const PROBLEM_TYPE = "application/problem+json; charset=utf-8";
const HTML_TYPE = "text/html; charset=utf-8";
/** Every status the Worker means to send when KV is healthy. */
const DELIBERATE = new Set([200, 204, 304, 400, 404, 405, 414]);

let plan: Plan;
let articleIds: string[];

beforeAll(async () => {
  plan = await resetKv();
  articleIds = [...plan.entries.keys()].filter((k) => k.startsWith("a/")).map((k) => k.split("/")[2]!);
});

// ---- generators -------------------------------------------------------------

/** Any string made URL-safe by percent-encoding each UTF-16 unit's bytes (lone surrogates become raw %ED bytes). */
const percentEncoded = (s: string): string =>
  [...s]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        return `%ED%${(0xa0 + (ch.charCodeAt(0) >> 6) % 32).toString(16).toUpperCase()}%80`;
      }
    })
    .join("");

const rawBytes = fc.uint8Array({ maxLength: 12 }).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, "0").toUpperCase()}`).join(""));

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("v1", "sections", "articles", "editions", "feeds", "feeds.opml", "healthz", "2023-11-07", "2023-11-08", "2023-02-30", ...SECTIONS, ...SECTIONS.flatMap((s) => [`${s}.rss`, `${s}.atom`, `${s}.json`, `${s}.xml`])) },
  { weight: 3, arbitrary: fc.constantFrom("ARTICLE", "20231107-1-aaaaaaaa", "20231107-1-aaaaaaaa-2", "99999999-999-zzzzzzzz") },
  { weight: 2, arbitrary: fc.constantFrom("..", ".", "%2e%2e", "%2E.", "%2f", "%5c", "%00", "%", "%%", "%zz", "%FF%FE", "%C0%AF", "%E4%BB", "~", "@", ";x=1", "*") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map(percentEncoded) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }).map(percentEncoded) },
  { weight: 1, arbitrary: rawBytes },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((n) => "a".repeat(n)) },
  { weight: 1, arbitrary: fc.constant("") },
);

const path = fc
  .tuple(fc.array(segment, { minLength: 0, maxLength: 6 }), fc.boolean())
  .map(([segments, trailing]) => "/" + segments.join("/") + (trailing && segments.length > 0 ? "/" : ""));

const paramName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("limit", "cursor", "since", "filter", "filterout") },
  { weight: 1, arbitrary: fc.constantFrom("utm_source", "format", "page", "LIMIT", "limit[]", "", "%00", "a%3Db") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map(percentEncoded) },
);

const paramValue = fc.oneof(
  fc.constantFrom("1", "20", "100", "101", "0", "-1", "1e2", "0x10", " 5", "5 ", "NaN", "Infinity", "", "%00", "%FF", "%", "+", "|", "||", "a|b|c|d|e|f|g|h|i|j|k|l"),
  fc.constantFrom("2023-11-07", "2023-11-07T08:00:00+08:00", "2023-11-07T08:00:00Z", "2023-02-30", "9999-99-99", "2023-11-07T25:61:00Z", "yesterday"),
  fc.constantFrom("(a+)+$", ".*", "[", "\\", "(?<x>a)\\k<x>"),
  fc.record({ section: fc.constantFrom(...SECTIONS, "nope"), date: fc.date({ min: new Date("1970-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }), page: fc.integer({ min: 0, max: 999 }), order: fc.integer({ min: 0, max: 9999 }) }).map((c) =>
    encodeCursor(c.section, { date: c.date.toISOString().slice(0, 10), page: c.page, order: c.order }),
  ),
  fc.string({ unit: "grapheme", maxLength: 30 }).map(percentEncoded),
  fc.string({ unit: "binary", maxLength: 30 }).map(percentEncoded),
  fc.base64String({ maxLength: 140 }).map((s) => s.replaceAll("+", "-").replaceAll("/", "_")),
  fc.integer({ min: 200, max: 12_000 }).map((n) => "x".repeat(n)),
);

const query = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 6, arbitrary: fc.array(fc.tuple(paramName, paramValue), { maxLength: 5 }).map((pairs) => (pairs.length ? "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&") : "")) },
  { weight: 1, arbitrary: fc.tuple(paramName, paramValue, fc.integer({ min: 2, max: 1_000 })).map(([k, v, n]) => "?" + Array(n).fill(`${k}=${v.slice(0, 20)}`).join("&")) },
  { weight: 1, arbitrary: fc.constantFrom("?", "??", "?&&&", "?=", "?limit", "?limit=&cursor=", "?%", "?a=%zz") },
);

/** Header values as fetch sends them (visible ASCII, spaces and tabs), garbage within that. */
const headerText = (maxLength: number) => fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constant(9)).map((c) => String.fromCharCode(c)), maxLength });

const headers = fc.record(
  {
    "if-none-match": fc.oneof(fc.constantFrom("*", '"x"', "W/", 'W/"', '""', ",,,", '"a", W/"b"', "ETAG"), headerText(80), fc.integer({ min: 1_000, max: 16_000 }).map((n) => `"${"e".repeat(n)}"`)),
    "if-modified-since": fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      fc.constantFrom("0", "-1", "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "not a date", "2023-11-07", "Sun, 99 Foo 2023 99:99:99 GMT"),
      headerText(60),
    ),
    accept: fc.oneof(fc.constantFrom("*/*", "text/html", "application/json", "application/rss+xml", "application/xml;q=0.9, */*;q=0.1", ";;;", "x/y;q=abc"), headerText(100)),
    "accept-encoding": fc.constantFrom("gzip", "br, zstd", "identity;q=0", "*"),
    origin: fc.constantFrom("https://app.example", "null", "file://"),
    "x-huge": fc.integer({ min: 1_000, max: 30_000 }).map((n) => "h".repeat(n)),
    cookie: headerText(200),
  },
  { requiredKeys: [] },
);

const method = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("GET", "get") },
  { weight: 3, arbitrary: fc.constant("HEAD") },
  { weight: 3, arbitrary: fc.constantFrom("OPTIONS", "POST", "PUT", "DELETE", "PATCH", "PROPFIND") },
);

// ---- checks -------------------------------------------------------------------

interface Checked {
  status: number;
  type: string | null;
}

/** Fetches one generated request and checks that the answer is deliberate and well-formed. */
async function fetchAndCheck(url: string, init: { method: string; headers: Record<string, string> }, allowed: ReadonlySet<number>): Promise<Checked> {
  const request = new Request(url, { method: init.method, headers: init.headers, body: ["POST", "PUT", "PATCH"].includes(init.method) ? "x" : undefined });
  const r = await exports.default.fetch(request);
  const where = `${init.method} ${url.slice(0, 200)}`;
  expect(allowed.has(r.status), `${where} → ${r.status}`).toBe(true);
  expect(r.headers.get("access-control-allow-origin"), where).toBe("*");
  const type = r.headers.get("content-type");
  const body = await r.text();
  if (request.method === "HEAD" || r.status === 304 || r.status === 204) {
    expect(body, where).toBe("");
    return { status: r.status, type };
  }
  if (type === HTML_TYPE) {
    expect(r.status === 200 || r.status === 404, where).toBe(true);
    expect(r.headers.get("content-security-policy"), where).toMatch(/default-src 'none'/);
    expect(r.headers.get("x-content-type-options"), where).toBe("nosniff");
    expect(r.headers.get("referrer-policy"), where).toBe("no-referrer");
    expect(body.startsWith("<!doctype html>"), where).toBe(true);
    // One JSON-LD data block on a permalink, none elsewhere; nothing from the URL becomes markup.
    expect(body.split("<script").length, where).toBeLessThanOrEqual(2);
  } else if (r.status >= 400) {
    expect(type, where).toBe(PROBLEM_TYPE);
    const problem = JSON.parse(body);
    expect(problem.status, where).toBe(r.status);
    expect(problem.type, where).toMatch(/^urn:edgepaper:problem:[a-z-]+$/);
    expect(typeof problem.title === "string" && typeof problem.detail === "string", where).toBe(true);
    if (r.status === 503) expect(Number(r.headers.get("retry-after")), where).toBeGreaterThan(0);
  } else if (type !== null && XML_TYPES.includes(type)) {
    expect(xmlErrors(body), where).toEqual([]);
  } else {
    expect(JSON_TYPES, where).toContain(type);
    JSON.parse(body);
  }
  return { status: r.status, type };
}

const request = fc.record({ path, query, method, headers });

function urlOf(r: { path: string; query: string }): string {
  return BASE + r.path.replace("ARTICLE", articleIds[0] ?? "x") + r.query;
}

// ---- properties ---------------------------------------------------------------

describe("fuzzing the Worker on the seed build", () => {
  beforeEach(() => forgetLiveBuild());

  it("answers every generated URL, method, header and query string deliberately", { timeout: 120_000 }, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { status } = await fetchAndCheck(urlOf(r), r, DELIBERATE);
        seen.set(status, (seen.get(status) ?? 0) + 1);
      }),
      { numRuns: 1_000 },
    );
    // The generators reach content as well as errors (a fuzzer that only ever sees 404s proves little).
    for (const status of [200, 400, 404, 405]) expect(seen.get(status) ?? 0, `status ${status} seen`).toBeGreaterThan(0);
  });

  it("every route with generated query strings: 200 documents parse, everything else is a problem", { timeout: 120_000 }, async () => {
    const routes = ["/", "/feeds.opml", "/v1/sections", "/healthz", "/v1/editions/2023-11-07", ...SECTIONS.flatMap((s) => [`/v1/sections/${s}`, `/feeds/${s}.rss`, `/feeds/${s}.atom`, `/feeds/${s}.json`]), "/articles/ARTICLE", "/v1/articles/ARTICLE"];
    const xmlSeen = { count: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), query, headers, async (route, q, h) => {
        const { status, type } = await fetchAndCheck(urlOf({ path: route, query: q }), { method: "GET", headers: h }, DELIBERATE);
        if (status === 200 && type !== null && XML_TYPES.includes(type)) xmlSeen.count++;
      }),
      { numRuns: 400 },
    );
    expect(xmlSeen.count).toBeGreaterThan(0);
  });

  it("with an injected KV fault, the only new answer is a 503 problem (never a 500)", { timeout: 120_000 }, async () => {
    const keys = [...plan.entries.keys(), POINTER_KEY];
    const withFaults = new Set([...DELIBERATE, 503]);
    const fault = fc.record({
      key: fc.constantFrom(...keys),
      value: fc.oneof(fc.constant(null), fc.constantFrom("", "{", "null", "[]", "{}", '{"v":1}', '{"v":99}', "\u0000"), fc.string({ maxLength: 40 }), fc.json()),
    });
    const routes = ["/", "/feeds.opml", "/v1/sections", "/healthz", "/v1/editions/2023-11-07", "/feeds/all.rss", "/feeds/politics.atom", "/feeds/economy.json", "/v1/sections/all?limit=100", "/v1/sections/politics", "/articles/ARTICLE", "/v1/articles/ARTICLE"];
    let unavailable = 0;
    // The Worker logs each fault it meets (as it should in production); keep the test output readable.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await fc.assert(
        fc.asyncProperty(fault, fc.array(fc.constantFrom(...routes), { minLength: 1, maxLength: 4 }), async (f, paths) => {
          await resetKv();
          if (f.value === null) await env.PAPER.delete(f.key);
          else await env.PAPER.put(f.key, f.value);
          forgetLiveBuild();
          for (const p of paths) {
            for (const id of articleIds.slice(0, 3)) {
              const { status } = await fetchAndCheck(BASE + p.replace("ARTICLE", id), { method: "GET", headers: {} }, withFaults);
              if (status === 503) unavailable++;
            }
          }
        }),
        { numRuns: 60 },
      );
    } finally {
      logged.mockRestore();
      await resetKv();
    }
    expect(unavailable).toBeGreaterThan(0);
  });
});
