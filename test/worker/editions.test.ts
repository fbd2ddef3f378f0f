/**
 * Browsing by edition and strict parameters: /v1/editions (newest first, paged, from/to),
 * /v1/editions/latest, prev/next in every edition, /v1/sections/all, and a 400 naming any
 * parameter a route does not know (feeds accept utm_* and ignore them).
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { BASE, putPointer, resetKv } from "./seed.ts";

const get = (path: string) => exports.default.fetch(new Request(`${BASE}${path}`));
const DATES = ["2023-11-03", "2023-11-04", "2023-11-06", "2023-11-07"];
const PAPER = { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" };

beforeAll(async () => {
  await resetKv(false);
  const articles = classifyPage(parsePage(seedText).articles);
  const p = await plan({ paper: PAPER, pages: DATES.map((date) => ({ date, page: 1, file: "p.txt", articles })) });
  for (const [key, value] of p.entries) await env.PAPER.put(key, value);
  await putPointer(makePointer(p.manifest, "2026-11-20T08:00:00.000Z", null));
});

describe("/v1/editions", () => {
  it("lists every edition newest first, paged by its next link, each with its API and HTML URLs", async () => {
    const seen: string[] = [];
    let url: string | null = `${BASE}/v1/editions?limit=3`;
    while (url) {
      const r = await exports.default.fetch(new Request(url));
      expect(r.status).toBe(200);
      const body = await r.json<any>();
      for (const e of body.editions) {
        seen.push(e.date);
        expect(e.urls).toEqual({ api: `${BASE}/v1/editions/${e.date}`, html: `${BASE}/editions/${e.date}` });
      }
      url = body.next;
      if (url) expect(body.cursor).toEqual(new URL(url).searchParams.get("cursor"));
    }
    expect(seen).toEqual([...DATES].reverse());
  });

  it("keeps from and to (inclusive) across pages", async () => {
    const first = await (await get("/v1/editions?from=2023-11-04&to=2023-11-06&limit=1")).json<any>();
    expect(first.editions.map((e: any) => e.date)).toEqual(["2023-11-06"]);
    const second = await (await exports.default.fetch(new Request(first.next))).json<any>();
    expect(second.editions.map((e: any) => e.date)).toEqual(["2023-11-04"]);
    expect(second.next).toBeNull();
  });

  it("refuses bad values naming the parameter", async () => {
    for (const [query, parameter] of [["limit=0", "limit"], ["from=2023-13-01", "from"], ["to=yesterday", "to"], ["cursor=abc", "cursor"], ["limit=1&limit=2", "limit"]]) {
      const r = await get(`/v1/editions?${query}`);
      expect(r.status, query).toBe(400);
      expect((await r.json<any>()).parameter).toBe(parameter);
    }
  });
});

describe("one edition", () => {
  it("/v1/editions/latest is the newest edition, with prev and no next", async () => {
    const latest = await (await get("/v1/editions/latest")).json<any>();
    expect(latest.date).toBe("2023-11-07");
    expect(latest.prev).toEqual({ date: "2023-11-06", urls: { api: `${BASE}/v1/editions/2023-11-06`, html: `${BASE}/editions/2023-11-06` } });
    expect(latest.next).toBeNull();
    expect(latest.pages[0].articles).toHaveLength(9);
  });

  it("prev and next skip days without an edition; the first has no prev", async () => {
    const mid = await (await get("/v1/editions/2023-11-04")).json<any>();
    expect([mid.prev?.date, mid.next?.date]).toEqual(["2023-11-03", "2023-11-06"]);
    const first = await (await get("/v1/editions/2023-11-03")).json<any>();
    expect([first.prev, first.next?.date]).toEqual([null, "2023-11-04"]);
  });
});

describe("/v1/sections/all", () => {
  it("lists every section's articles together, newest edition first", async () => {
    const r = await get("/v1/sections/all?limit=100");
    expect(r.status).toBe(200);
    const body = await r.json<any>();
    expect(body.section).toMatchObject({ slug: "all", name: { zh: "全部", en: "All sections" }, count: 36 });
    expect(body.items).toHaveLength(36);
    expect(body.items[0].edition.date).toBe("2023-11-07");
    expect(body.items.at(-1).edition.date).toBe("2023-11-03");
  });
});

describe("strict parameters", () => {
  it.each([
    ["/v1/sections/politics?q=油茶", "q"],
    ["/v1/sections/politics?sort=oldest", "sort"],
    ["/v1/sections/politics?from-date=2023-11-01", "from-date"],
    ["/v1/articles/x?limit=1", "limit"],
    ["/v1/articles/x?fields=summary", "fields"],
    ["/v1/sections?limit=1", "limit"],
    ["/v1/editions/latest?date=1", "date"],
    ["/healthz?verbose=1", "verbose"],
    ["/feeds/politics.rss?bogus=1", "bogus"],
    ["/feeds.opml?section=all", "section"],
  ])("%s is a 400 naming %s and listing what the route accepts", async (path, parameter) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    const body = await r.json<any>();
    expect(body).toMatchObject({ status: 400, type: "urn:edgepaper:problem:unknown-parameter", parameter });
    expect(Array.isArray(body.accepted)).toBe(true);
    if (parameter === "q") expect(body.detail).toContain("does not search");
  });

  it("feeds accept utm_* tracking parameters and ignore them; the same feed comes back", async () => {
    const plain = await (await get("/feeds/politics.rss")).text();
    const tracked = await get("/feeds/politics.rss?utm_source=wechat&utm_medium=share");
    expect(tracked.status).toBe(200);
    expect(await tracked.text()).toBe(plain);
  });

  it("HTML pages stay lenient: a shared link with its own parameters opens", async () => {
    expect((await get("/?from=timeline&fbclid=abc")).status).toBe(200);
    expect((await get("/editions/2023-11-07?utm_source=x&share=1")).status).toBe(200);
  });
});

describe("lean lists", () => {
  it("fields=summary drops paragraphs and captions, keeps the summary and photo credits; fields=full is the default", async () => {
    const full = await (await get("/v1/sections/all?limit=100")).json<any>();
    const lean = await (await get("/v1/sections/all?limit=100&fields=summary")).json<any>();
    expect(lean.items.map((a: any) => a.id)).toEqual(full.items.map((a: any) => a.id));
    for (const [n, a] of lean.items.entries()) {
      expect(a).not.toHaveProperty("paragraphs");
      expect(a.summary).toBe(full.items[n].summary);
      expect(a.photos).toEqual(full.items[n].photos.map((p: any) => ({ credit: p.credit, photographers: p.photographers })));
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}T06:00:00\+08:00$/);
    }
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length * 0.6);
    const bad = await get("/v1/sections/all?fields=id,title");
    expect(bad.status).toBe(400);
    expect((await bad.json<any>()).parameter).toBe("fields");
  });

  it("from and to bound the editions (since is from's older name), and next keeps them", async () => {
    const body = await (await get("/v1/sections/all?from=2023-11-04&to=2023-11-06&limit=5&fields=summary")).json<any>();
    expect(new Set(body.items.map((a: any) => a.edition.date))).toEqual(new Set(["2023-11-06"]));
    const next = new URL(body.next);
    expect(Object.fromEntries(next.searchParams)).toMatchObject({ from: "2023-11-04", to: "2023-11-06", fields: "summary", limit: "5" });
    const all: string[] = [...body.items.map((a: any) => a.edition.date)];
    let url: string | null = body.next;
    while (url) {
      const page = await (await exports.default.fetch(new Request(url))).json<any>();
      all.push(...page.items.map((a: any) => a.edition.date));
      url = page.next;
    }
    expect(all).toEqual([...Array(9).fill("2023-11-06"), ...Array(9).fill("2023-11-04")]);
    expect((await (await get("/v1/sections/all?since=2023-11-07&limit=100")).json<any>()).items).toHaveLength(9);
    const both = await get("/v1/sections/all?since=2023-11-07&from=2023-11-07");
    expect(both.status).toBe(400);
  });
});

describe("order=oldest", () => {
  const walk = async (first: string) => {
    const ids: string[] = [];
    let url: string | null = `${BASE}${first}`;
    while (url) {
      const r = await exports.default.fetch(new Request(url));
      expect(r.status, url).toBe(200);
      const body = await r.json<any>();
      ids.push(...body.items.map((a: any) => a.id));
      url = body.next;
    }
    return ids;
  };

  it("lists oldest first, paged by next (which keeps the order), the reverse of newest first", async () => {
    const newest = await walk("/v1/sections/all?limit=7");
    const oldest = await walk("/v1/sections/all?limit=5&order=oldest");
    expect(oldest).toEqual([...newest].reverse());
    expect(await walk("/v1/sections/all?limit=4&order=oldest&from=2023-11-04&to=2023-11-06")).toEqual(
      [...newest].reverse().filter((id) => id.startsWith("20231104") || id.startsWith("20231106")),
    );
  });

  it("a cursor works only with the order it came from; a bad order is a 400", async () => {
    const body = await (await get("/v1/sections/all?limit=2")).json<any>();
    const r = await get(`/v1/sections/all?order=oldest&cursor=${body.cursor}`);
    expect(r.status).toBe(400);
    expect((await r.json<any>()).parameter).toBe("cursor");
    const bad = await get("/v1/sections/all?order=random");
    expect((await bad.json<any>()).parameter).toBe("order");
  });
});

describe("the site's pages to browse the paper", () => {
  const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

  it("a section's page lists its stories newest first and pages back with an older link; all lists every section", async () => {
    const first = await get("/sections/all");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await first.text();
    expect(html).toContain("<h1>全部");
    const stories = links(html).filter((h) => h.includes("/articles/"));
    expect(stories).toHaveLength(20);
    const older = html.match(/<a rel="next" href="([^"]+)">/)![1]!.replaceAll("&amp;", "&");
    const second = await (await exports.default.fetch(new Request(older))).text();
    const more = links(second).filter((h) => h.includes("/articles/"));
    expect(more).toHaveLength(16);
    expect(new Set([...stories, ...more]).size).toBe(36);
    expect(second).not.toContain('rel="next"');
    const politics = await (await get("/sections/politics")).text();
    expect(politics).toContain('type="application/rss+xml"');
    expect(links(politics).filter((h) => h.includes("/articles/")).length).toBe(12);
  });

  it("a browser asking for a path the site does not serve gets an HTML 404 in Chinese first; a client gets the problem", async () => {
    const page = await exports.default.fetch(new Request(`${BASE}/nope`, { headers: { accept: "text/html,application/xhtml+xml" } }));
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain("<h1>没有这个页面</h1>");
    expect(html).toContain('<a href="/">返回首页</a>');
    expect((await get("/nope")).headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  });

  it("an unknown section or a forged page link is an HTML 404", async () => {
    for (const path of ["/sections/sports", "/sections/all?cursor=forged"]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text()).toContain("返回首页");
    }
  });

  it("the archive lists every edition by year and month, newest first, each linked", async () => {
    for (const path of ["/editions/", "/editions"]) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      const html = await r.text();
      expect(html).toContain("<h2 id=\"y2023\">2023年</h2><h3>11月</h3>");
      expect(links(html).filter((h) => h.includes("/editions/20"))).toEqual([...DATES].reverse().map((d) => `${BASE}/editions/${d}`));
    }
  });

  it("the home page leads with the front-page story and links recent editions and the archive; a permalink links its section and edition", async () => {
    const home = await (await get("/")).text();
    expect(home).toContain('<article class="lead">');
    for (const d of DATES) expect(home).toContain(`href="${BASE}/editions/${d}"`);
    expect(home).toContain(`href="${BASE}/editions/"`);
    const id = links(home).find((h) => h.includes("/articles/"))!;
    const page = await (await exports.default.fetch(new Request(id))).text();
    expect(page).toMatch(new RegExp(`href="${BASE}/sections/(politics|economy|agriculture-photos|other)"`));
    expect(page).toContain(`href="${BASE}/editions/2023-11-07"`);
  });

  it("a permalink links the stories printed before and after it in its edition", async () => {
    const day = (await (await get("/v1/editions/2023-11-07")).json<any>()).pages.flatMap((p: any) => p.articles);
    const middle = await (await get(`/articles/${day[1].id}`)).text();
    expect(middle).toContain(`<a rel="prev" href="${BASE}/articles/${day[0].id}">上一篇：`);
    expect(middle).toContain(`<a rel="next" href="${BASE}/articles/${day[2].id}">下一篇：`);
    const first = await (await get(`/articles/${day[0].id}`)).text();
    expect(first).not.toContain('rel="prev"');
  });
});

