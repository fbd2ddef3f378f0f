/**
 * The HTML routes on the real build of the seed page: the home page with its
 * autodiscovery links and latest edition, every permalink with its NewsArticle
 * JSON-LD, and the escaped 404 of an unknown article; every page with the
 * renderers' Content-Security-Policy, nosniff and a Referrer-Policy.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json";
import type { Plan } from "../../src/publish/plan.ts";
import { PAGE_CSP } from "../../src/render/page.ts";
import { BASE, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"];
const MEDIA_TYPES = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" };

let plan: Plan;
let articles: { id: string; title: string; section: string }[];

function expectHtmlHeaders(r: Response): void {
  expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(r.headers.get("content-security-policy")).toBe(PAGE_CSP);
  expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  expect(r.headers.get("referrer-policy")).toBe("no-referrer");
}

/** Attributes of every `<tag …>` in `html` (the renderers write attributes double-quoted). */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replaceAll("&amp;", "&")])),
  );
}

beforeAll(async () => {
  plan = await resetKv();
  articles = (await (await get("/v1/editions/2023-11-07")).json<any>()).pages.flatMap((p: any) => p.articles);
});

describe("/", () => {
  it("is the paper's home page with autodiscovery links to every feed and the OPML", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expectHtmlHeaders(r);
    const html = await r.text();
    const alternates = tags(html, "link").filter((l) => l.rel === "alternate");
    expect(alternates.map((l) => [l.type, l.href])).toEqual(
      SECTIONS.flatMap((s) => (["rss", "atom", "json"] as const).map((f) => [MEDIA_TYPES[f], `${BASE}/feeds/${s}.${f}`])),
    );
    expect(alternates.every((l) => l.title!.startsWith("株洲日报 · "))).toBe(true);
    expect(tags(html, "link").find((l) => l.rel === "outline")?.href).toBe(`${BASE}/feeds.opml`);
    expect(html).toContain("<h1>株洲日报</h1>");
  });

  it("lists the latest edition's articles by page, each linking to its permalink, and each feed's article count", async () => {
    const html = await (await get("/")).text();
    expect(html).toContain('<time datetime="2023-11-07">2023年11月7日</time>');
    const links = tags(html, "a").map((a) => a.href).filter((h) => h!.includes("/articles/"));
    expect(links).toEqual(articles.map((a) => `${BASE}/articles/${a.id}`));
    for (const a of gold.articles) expect(html).toContain(`>${a.title}</a>`);
    for (const [slug, count] of [["all", 9], ["politics", 3], ["economy", 4], ["agriculture-photos", 2], ["other", 0]] as const) {
      expect(html, slug).toMatch(new RegExp(`<span class="meta">\\(${count}\\)</span><br><a href="${BASE}/feeds/${slug}\\.rss">`));
    }
  });
});

describe("/articles/:id", () => {
  it("every article of the build has a permalink with its text, the NewsArticle JSON-LD and its section's feeds", async () => {
    expect(articles).toHaveLength(plan.manifest.articles);
    for (const [n, summary] of articles.entries()) {
      const r = await get(`/articles/${summary.id}`);
      expect(r.status, summary.id).toBe(200);
      expectHtmlHeaders(r);
      const html = await r.text();
      const a = gold.articles[n]!;
      expect(html).toContain(`<h1>${a.title}</h1>`);
      for (const p of a.paragraphs) expect(html).toContain(`<p>${p.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      expect(ld).toMatchObject({
        "@type": "NewsArticle",
        "@id": `${BASE}/articles/${summary.id}`,
        headline: a.title,
        datePublished: "2023-11-07T06:00:00+08:00",
        printEdition: "2023-11-07",
        printPage: "1",
      });
      if (a.subtitle ?? a.kicker) expect(ld.alternativeHeadline).toBe(a.subtitle ?? a.kicker);
      const alternates = tags(html, "link").filter((l) => l.rel === "alternate").map((l) => l.href);
      expect(alternates).toEqual(["rss", "atom", "json"].map((f) => `${BASE}/feeds/${a.section}.${f}`));
      expect(tags(html, "link").find((l) => l.rel === "canonical")?.href).toBe(`${BASE}/articles/${summary.id}`);
    }
  });

  it("an unknown article is an HTML 404 that links home and shows the id escaped", async () => {
    for (const id of ["20231107-1-aaaaaaaa", "20991231-1-aaaaaaaa", "nope", "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3Cimg%20src=x%20onerror=alert(1)%3E"]) {
      const r = await get(`/articles/${id}`);
      expect(r.status, id).toBe(404);
      expectHtmlHeaders(r);
      const html = await r.text();
      expect(html).toContain(`<a href="${BASE}/">株洲日报</a>`);
      expect(html).not.toMatch(/<script|<img/);
      expect(r.headers.get("etag")).toBeNull();
    }
    // what the client sent comes back as text, never markup
    const html = await (await exports.default.fetch(new Request(`${BASE}/articles/"><b>x</b>`))).text();
    expect(html).not.toContain("<b>");
  });
});

describe("/editions/:date", () => {
  it("lists the day's pages in print order, each story linked to its permalink; every permalink links back", async () => {
    const r = await get("/editions/2023-11-07");
    expect(r.status).toBe(200);
    expectHtmlHeaders(r);
    const html = await r.text();
    expect(html).toContain('<h1><time datetime="2023-11-07">2023年11月7日</time></h1>');
    expect(html).toContain('<h2 id="page-1">第1版</h2>');
    const links = tags(html, "a").map((a) => a.href).filter((h) => h?.includes("/articles/"));
    expect(links).toEqual(articles.map((a) => `${BASE}/articles/${a.id}`));
    expect(html).not.toContain('rel="prev"');
    expect(html).not.toContain('rel="next"');
    const permalink = await (await get(`/articles/${articles[0]!.id}`)).text();
    expect(permalink).toContain(`<a href="${BASE}/editions/2023-11-07">`);
  });

  it("every feed item's last line links to its edition page, which exists", async () => {
    const rss = await (await get("/feeds/all.rss")).text();
    const editionLinks = [...rss.matchAll(/&lt;p class="edition"&gt;&lt;a href="([^"&]+)"/g)].map((m) => m[1]);
    expect(editionLinks).toHaveLength(gold.articles.length);
    for (const link of new Set(editionLinks)) expect((await get(new URL(link!).pathname)).status).toBe(200);
  });

  it("an unknown or malformed day is an HTML 404 that links home", async () => {
    for (const date of ["2099-01-01", "2023-13-40", "nope", "%3Cb%3Ex"]) {
      const r = await get(`/editions/${date}`);
      expect(r.status, date).toBe(404);
      expectHtmlHeaders(r);
      const html = await r.text();
      expect(html).toContain("没有这一期");
      expect(html).not.toContain("<b>");
    }
  });
});
