/**
 * Hostile content end to end, inside workerd: a printed page whose titles and
 * paragraphs carry `<script>`, `]]>`, `&`, quotes, C0 controls, lone
 * surrogates, right-to-left marks and a 10,000-character line goes through the
 * real parser, classifier and plan into KV, and every route the Worker serves
 * from it answers valid JSON, well-formed XML (saxes, strict XML 1.0) and
 * escaped HTML with its security headers, with the hostile words kept as text.
 *
 * The parser turns most C0 controls into spaces; so that the Worker and the
 * renderers also meet raw controls (as they would from any future parser or a
 * hand-edited KV value), a second page's parsed articles get them appended to
 * every text field before classification and planning.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import manifestText from "../fixtures/seed/manifest.json?raw";
import type { Article } from "../../src/core/model.ts";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer, parseKey, readSearchShard } from "../../src/publish/layout.ts";
import { plan as planBuild, type Plan } from "../../src/publish/plan.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { PAGE_CSP } from "../../src/render/page.ts";
import { elements, xmlErrors } from "../render/xml-check.ts";
import { BASE, PUBLISHED_AT, putPointer } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

/** Every C0 control but LF and CR. */
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((c) => c !== "\n" && c !== "\r")
  .join("");
const RTL = "\u200F\u202E";
const LONG_LINE = "长".repeat(10_000);
const TITLE_1 = `<script>alert("t1")</script>市委召开]]>会议&amp;"引号"'单'${RTL}`;
const TITLE_2 = `农业${CONTROLS}油茶\uD800丰收\uDC00<b>&</b>`;
const PARAGRAPH_1 = `11月6日，市里召开会议，讨论 a < b && c > d 以及 ]]> 的问题<script>alert(3)</script>，会议强调${CONTROLS}要加强工作\uD800。`;
const HOSTILE_PAGE =
  `\n\n${TITLE_1}\n\n株洲日报(全媒体记者/胡文洁) ${PARAGRAPH_1}\n\n会议指出，"引号"与'单引号'${RTL}${LONG_LINE}\n\n` +
  `${TITLE_2}\n\n株洲日报(全媒体记者/李明) 11月6日，全市油茶丰收\uDFFF，农民增收&lt;。</p>${CONTROLS}\n`;
/** Appended to every text field of page 2's articles: raw controls and markup the parser would have cleaned. */
const RAW = `${CONTROLS}\uDBFF<i>]]>&"'${RTL}`;

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A JSON escape of a surrogate that is not part of an escaped pair. */
const LONE_SURROGATE_ESCAPE = /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function withRaw(a: Article): Article {
  const t = (s: string | null) => (s === null ? `标题${RAW}` : s + RAW);
  return {
    ...a,
    kicker: t(a.kicker),
    title: t(a.title),
    subtitle: t(a.subtitle),
    byline: t(a.byline),
    paragraphs: [...a.paragraphs.map((p) => p + RAW), LONG_LINE + RAW],
    authors: a.authors.map((p) => ({ ...p, name: p.name + RAW })),
  };
}

let plan: Plan;
let ids: string[];

beforeAll(async () => {
  const source = readSourceManifest("seeds/manifest.json", manifestText);
  const parsed = parsePage(HOSTILE_PAGE).articles;
  const pages = [
    { date: "2023-11-07", page: 1, file: "hostile.txt", articles: classifyPage(parsed) },
    { date: "2023-11-07", page: 2, file: "hostile-raw.txt", articles: classifyPage(parsed.map(withRaw)) },
  ];
  plan = await planBuild({ paper: source.paper, pages });
  const listed = await env.PAPER.list();
  await Promise.all(listed.keys.map((k) => env.PAPER.delete(k.name)));
  for (const [key, value] of plan.entries) await env.PAPER.put(key, value);
  await putPointer(makePointer(plan.manifest, PUBLISHED_AT, null));
  ids = [...plan.entries.keys()].filter((k) => k.startsWith("a/")).map((k) => k.split("/")[2]!);
});

describe("the hostile page goes through the real pipeline", () => {
  it("parses into articles that still carry the hostile text", () => {
    const parsed = parsePage(HOSTILE_PAGE).articles;
    expect(parsed.map((a) => a.title)).toEqual([TITLE_1, expect.stringContaining("\uD800丰收\uDC00<b>&</b>")]);
    expect(parsed[0]!.paragraphs.join("")).toContain(LONG_LINE);
    expect(parsed[0]!.paragraphs.join("")).toContain("<script>alert(3)</script>");
    expect(ids).toHaveLength(4);
    // KV holds the words as data: every value is JSON, and every search shard reads back as one.
    for (const [key, value] of plan.entries) {
      if (parseKey(key).kind === "searchShard") expect(readSearchShard(value).grams.size).toBeGreaterThan(0);
      else JSON.parse(value);
    }
  });
});

describe("JSON API", () => {
  it("answers valid JSON with no lone surrogate escapes, keeping markup, quotes, RTL marks and the long line as text", async () => {
    const paths = ["/v1/sections", ...SECTIONS.filter((s) => s !== "all").map((s) => `/v1/sections/${s}?limit=100`), "/v1/editions/2023-11-07", ...ids.map((id) => `/v1/articles/${id}`)];
    for (const path of paths) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const text = await r.text();
      expect(text, path).not.toMatch(LONE_SURROGATE_ESCAPE);
      expect(text, path).not.toMatch(LONE_SURROGATE);
      JSON.parse(text);
    }
    const first = await (await get(`/v1/articles/${ids[0]}`)).json<any>();
    expect(first.title).toBe(TITLE_1);
    expect(first.paragraphs.join("")).toContain(`'单引号'${RTL}${LONG_LINE}`);
    const raw = await Promise.all(ids.map(async (id) => (await get(`/v1/articles/${id}`)).json<any>()));
    const rawTitles = raw.map((a) => a.title as string).filter((t) => t.includes("<i>"));
    expect(rawTitles).toHaveLength(2);
    // Controls a JSON string may carry are kept; none of XML's forbidden ones reach an XML body (below).
    for (const t of rawTitles) expect(t).toContain(`<i>]]>&"'${RTL}`);
  });
});

describe("feeds", () => {
  const xmlPaths = () => ["/feeds.opml", ...SECTIONS.flatMap((s) => [`/feeds/${s}.rss`, `/feeds/${s}.atom`])];

  it("RSS, Atom and OPML are well-formed XML 1.0 with no forbidden character", async () => {
    for (const path of xmlPaths()) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      const xml = await r.text();
      expect(xmlErrors(xml), path).toEqual([]);
      expect(xml, path).not.toMatch(XML_ILLEGAL);
      expect(xml, path).not.toContain("<script");
      expect(xml, path).not.toContain("<b>");
    }
  });

  it("the hostile titles come back out of RSS and Atom as the same text", async () => {
    const rss = await (await get("/feeds/all.rss")).text();
    const rssTitles = elements(rss, "title").map((e) => e.text);
    expect(rssTitles).toContain(TITLE_1);
    const atom = await (await get("/feeds/all.atom")).text();
    const atomTitles = elements(atom, "title").map((e) => e.text);
    expect(atomTitles).toContain(TITLE_1);
    // Item content is HTML escaped into XML: one unescape gives markup with the hostile text escaped again.
    const html = [...elements(rss, "content:encoded"), ...elements(atom, "content")].map((e) => e.text).join("\n");
    expect(html).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).toContain(LONG_LINE);
  });

  it("JSON Feed is valid JSON; its content_html carries the hostile text escaped", async () => {
    for (const s of SECTIONS) {
      const r = await get(`/feeds/${s}.json`);
      expect(r.status).toBe(200);
      const text = await r.text();
      expect(text).not.toMatch(LONE_SURROGATE_ESCAPE);
      const feed = JSON.parse(text);
      for (const item of feed.items) {
        expect(item.content_html).not.toMatch(/<script|<b>|<i>/);
      }
    }
    const all = await (await get("/feeds/all.json")).json<any>();
    expect(all.items.map((i: any) => i.title)).toContain(TITLE_1);
    expect(all.items.map((i: any) => i.content_html).join("")).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
  });
});

describe("HTML", () => {
  function expectHtmlHeaders(r: Response, path: string): void {
    expect(r.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
    expect(r.headers.get("content-security-policy"), path).toBe(PAGE_CSP);
    expect(r.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(r.headers.get("referrer-policy"), path).toBe("no-referrer");
  }

  /** Only the JSON-LD data block is a script, and it parses as JSON without a `<`. */
  function expectInert(html: string, path: string): void {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(html.split("<script").length - 1, path).toBe(scripts.length);
    for (const [, attrs, body] of scripts) {
      expect(attrs, path).toBe(' type="application/ld+json"');
      expect(body, path).not.toContain("<");
      JSON.parse(body!);
    }
    expect(html, path).not.toMatch(/<(?:b|i|img)[\s>]/);
    expect(html, path).not.toMatch(XML_ILLEGAL);
    expect(html, path).not.toMatch(LONE_SURROGATE);
  }

  it("the home page and every permalink escape the hostile text and send CSP, nosniff and Referrer-Policy", async () => {
    for (const path of ["/", ...ids.map((id) => `/articles/${id}`)]) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expectHtmlHeaders(r, path);
      const html = await r.text();
      expectInert(html, path);
    }
    const page = await (await get(`/articles/${ids[0]}`)).text();
    expect(page).toContain("&lt;script&gt;alert(&quot;t1&quot;)&lt;/script&gt;市委召开]]&gt;会议&amp;amp;&quot;引号&quot;&#39;单&#39;");
    expect(page).toContain(LONG_LINE);
    expect(page).toContain(RTL);
  });

  it("every HTML route sends the headers on its 404s and to HEAD too", async () => {
    const missing = [
      "/articles/nope",
      "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "/articles/20231107-1-aaaaaaaa",
      "/articles/20991231-9-zzzzzzzz",
      `/articles/${"%E2%80%AE".repeat(30)}`,
    ];
    for (const path of missing) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expectHtmlHeaders(r, path);
      expectInert(await r.text(), path);
    }
    for (const path of ["/", `/articles/${ids[0]}`, "/articles/nope"]) {
      const head = await get(path, { method: "HEAD" });
      expectHtmlHeaders(head, path);
      expect(await head.text()).toBe("");
    }
  });
});

describe("problem documents", () => {
  it("quote the request without ever leaving half a surrogate pair (details are cut to a length)", async () => {
    const emoji = "%F0%9F%98%80"; // U+1F600, two UTF-16 units
    const paths = [
      `/v1/sections/${"a".repeat(63)}${emoji}`,
      `/v1/articles/${"a".repeat(63)}${emoji}`,
      `/feeds/${"a".repeat(63)}${emoji}.rss`,
      `/v1/editions/${"a".repeat(39)}${emoji}`,
      `/v1/sections/politics?${`${"a".repeat(39)}${emoji}=1&`.repeat(20)}`,
      `/v1/sections/politics?limit=${"9".repeat(39)}${emoji}`,
    ];
    for (const path of paths) {
      const r = await get(path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      const text = await r.text();
      expect(text, path).not.toMatch(LONE_SURROGATE_ESCAPE);
      expect(text, path).not.toMatch(LONE_SURROGATE);
      expect(JSON.parse(text).status, path).toBe(r.status);
    }
  });
});
