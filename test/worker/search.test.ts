/**
 * /v1/search and /feeds/search.*: the issue's examples on the seed, strict parameters, paging
 * by cursor, the saved-search feeds, retracted articles left out, and reads per query.
 */
import { env, exports } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../src/worker/index.ts";
import { makePointer } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { fold } from "../../src/core/search/fold.ts";
import { readCounter } from "./kv-counter.ts";
import { BASE, forgetLiveBuild, putPointer, resetKv, seedPlan } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));
const json = async (path: string) => {
  const r = await get(path);
  expect(r.status, path).toBe(200);
  return r.json<any>();
};
const q = (words: string, extra = "") => `/v1/search?q=${encodeURIComponent(words)}${extra}`;
const fullText = (a: any) => fold([a.kicker, a.title, a.subtitle, a.byline, ...(a.paragraphs ?? []), ...a.photos.flatMap((p: any) => [p.caption, p.credit])].filter(Boolean).join("\n"));

beforeAll(async () => {
  await resetKv();
});

describe("/v1/search on the seed", () => {
  it("油茶 finds the oil-tea stories, each linking to its article, with a snippet that shows the match", async () => {
    const body = await json(q("油茶", "&fields=full"));
    expect(body.items.map((i: any) => i.title)).toContain("油茶满枝喜丰收");
    for (const item of body.items) {
      expect(fullText(item)).toContain("油茶");
      expect(item.urls.api).toBe(`${BASE}/v1/articles/${item.id}`);
      expect((await get(new URL(item.urls.api).pathname)).status).toBe(200);
      expect(item.matches.length).toBeGreaterThan(0);
      for (const [s, e] of item.matches) expect(fold(item.snippet.slice(s, e))).toBe("油茶");
    }
    expect(body.query).toEqual({ q: "油茶", terms: ["油茶"], section: "all", from: null, to: null, order: "newest" });
  });

  it("枫桥 and 楓橋 (Traditional) find the Xinhua report", async () => {
    const simplified = await json(q("枫桥"));
    expect(simplified.items.length).toBe(1);
    expect(simplified.items[0].byline ?? simplified.items[0].dateline?.agency ?? "").toMatch(/新华社/);
    const traditional = await json(q("楓橋"));
    expect(traditional.items.map((i: any) => i.id)).toEqual(simplified.items.map((i: any) => i.id));
  });

  it("株洲 工会 needs both words; a quoted phrase needs them adjacent", async () => {
    const both = await json(q("株洲 工会", "&fields=full"));
    expect(both.items.length).toBeGreaterThan(0);
    for (const item of both.items) expect(fullText(item).includes("株洲") && fullText(item).includes("工会")).toBe(true);
    const union = await json(q("工会", "&fields=full"));
    expect(union.items.length).toBeGreaterThanOrEqual(both.items.length);
    const phrase = await json(q('"技能竞赛"', "&fields=full"));
    expect(phrase.items.length).toBeGreaterThan(0);
    for (const item of phrase.items) expect(fullText(item)).toContain("技能竞赛");
  });

  it("zzzz is an empty 200", async () => {
    const body = await json(q("zzzz"));
    expect(body.items).toEqual([]);
    expect(body.next).toBeNull();
  });

  it("summary items (the default) carry no paragraphs; full ones do", async () => {
    const lean = await json(q("油茶"));
    expect(lean.items[0].paragraphs).toBeUndefined();
    const full = await json(q("油茶", "&fields=full"));
    expect(full.items[0].paragraphs.length).toBeGreaterThan(0);
  });

  it("order=relevance puts headline matches first", async () => {
    const body = await json(q("油茶", "&order=relevance"));
    const scores = body.items.map((i: any) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBe(3);
    expect([body.items[0].kicker, body.items[0].title, body.items[0].subtitle].join("")).toContain("油茶");
  });

  it("refuses bad parameters naming them; q elsewhere points here", async () => {
    for (const [query, parameter] of [
      ["", "q"],
      ["?q=", "q"],
      ["?q=%E3%80%82%EF%BC%8C", "q"],
      [`?q=${"株".repeat(101)}`, "q"],
      ["?q=a&q=b", "q"],
      ["?q=a&section=sports", "section"],
      ["?q=a&order=best", "order"],
      ["?q=a&limit=0", "limit"],
      ["?q=a&limit=101", "limit"],
      ["?q=a&from=2023-13-01", "from"],
      ["?q=a&cursor=abc", "cursor"],
      ["?q=a&filter=b", "filter"],
    ]) {
      const r = await get(`/v1/search${query}`);
      expect(r.status, query).toBe(400);
      expect((await r.json<any>()).parameter, query).toBe(parameter);
    }
    const list = await (await get("/v1/sections/politics?q=油茶")).json<any>();
    expect(list.detail).toContain("/v1/search");
  });
});

describe("paging, filters and retractions over an archive", () => {
  beforeAll(async () => {
    const seed = await seedPlan();
    const pages = ["2023-11-01", "2023-11-02", "2023-11-03", "2023-11-04", "2023-11-05"].map((date) => ({
      date,
      page: 1,
      file: "p.txt",
      articles: JSON.parse(JSON.stringify([...seed.entries].filter(([k]) => k.startsWith("a/")).map(([, v]) => JSON.parse(v)))),
      // The Xinhua report of the 3rd is withdrawn.
    }));
    const withdrawn = pages[2]!;
    const fengqiao = withdrawn.articles.findIndex((a: any) => a.paragraphs.join("").includes("枫桥"));
    withdrawn.articles.splice(fengqiao, 1);
    const p = await plan({ paper: seed.manifest.paper, pages: pages.map((pg) => ({ ...pg, articles: pg.articles.map(({ id: _i, edition: _e, order: _o, file: _f, ...a }: any) => a) })) });
    const listed = await env.PAPER.list();
    await Promise.all(listed.keys.map((k) => env.PAPER.delete(k.name)));
    for (const [key, value] of p.entries) await env.PAPER.put(key, value);
    await putPointer(makePointer(p.manifest, "2026-11-21T08:00:00.000Z", null));
  });

  it("pages by next link without repeats, in every order, and keeps the filters", async () => {
    for (const order of ["newest", "oldest", "relevance"]) {
      const seen: string[] = [];
      let url: string | null = `${BASE}${q("株洲", `&limit=3&order=${order}&from=2023-11-02&to=2023-11-04&section=politics`)}`;
      while (url) {
        const r = await exports.default.fetch(new Request(url));
        expect(r.status).toBe(200);
        const body = await r.json<any>();
        for (const item of body.items) {
          expect(item.section).toBe("politics");
          expect(item.edition.date >= "2023-11-02" && item.edition.date <= "2023-11-04").toBe(true);
          seen.push(item.id);
        }
        url = body.next;
      }
      expect(new Set(seen).size, order).toBe(seen.length);
      expect(seen.length, order).toBeGreaterThan(3);
    }
  });

  it("a cursor of one search does not page another", async () => {
    const first = await json(q("株洲", "&limit=1"));
    const r = await get(q("工会", `&cursor=${first.cursor}`));
    expect(r.status).toBe(400);
    expect((await r.json<any>()).detail).toMatch(/another search/);
  });

  it("never finds a withdrawn article", async () => {
    const body = await json(q("枫桥", "&limit=100"));
    expect(body.items.map((i: any) => i.edition.date).sort()).toEqual(["2023-11-01", "2023-11-02", "2023-11-04", "2023-11-05"]);
  });

  it("a two-term query reads at most 8 KV values cold, fewer warm", async () => {
    const counter = readCounter(env.PAPER);
    const countedEnv = { ...env, PAPER: counter.kv } as Env;
    const reads = async (path: string) => {
      counter.reset();
      const r = await worker.fetch(new Request(`${BASE}${path}`) as any, countedEnv, createExecutionContext());
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      return counter.keys.length;
    };
    forgetLiveBuild();
    const cold = await reads(q("株洲 工会"));
    expect(cold).toBeLessThanOrEqual(8);
    const warm = await reads(q("油茶 技能"));
    expect(warm).toBeLessThanOrEqual(cold);
  });
});

describe("the search feeds", () => {
  it("serve RSS, Atom and JSON Feed of the newest matches, with their own self links", async () => {
    for (const [ext, type] of [["rss", "application/rss+xml"], ["atom", "application/atom+xml"], ["json", "application/feed+json"]]) {
      const r = await get(`/feeds/search.${ext}?q=${encodeURIComponent("油茶")}&utm_source=x`);
      expect(r.status, ext).toBe(200);
      expect(r.headers.get("content-type")).toContain(type);
      const body = await r.text();
      expect(body).toContain("油茶");
      expect(body).toContain(`/feeds/search.${ext}?q=%E6%B2%B9%E8%8C%B6`.replaceAll("&", "&amp;"));
    }
    expect((await get("/feeds/search.rss")).status).toBe(400);
    expect((await get("/feeds/search.rss?q=a&order=oldest")).status).toBe(400);
  });
});

describe("the search page", () => {
  beforeAll(async () => {
    await resetKv();
  });

  it("the home page has a search form that works without scripts, and the site's policy lets it submit", async () => {
    const home = await get("/", { headers: { accept: "text/html" } });
    const html = await home.text();
    expect(html).toMatch(/<form role="search"[^>]*action="http:\/\/edgepaper\.test\/search" method="get">/);
    expect(html).toContain('name="q"');
    expect(home.headers.get("content-security-policy")).toContain("form-action 'self'");
  });

  it("lists the matches newest first with the words marked, links each story, and offers the search's feeds", async () => {
    const r = await get(`/search?q=${encodeURIComponent("楓橋")}`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain("<mark>枫桥</mark>");
    expect(html).toMatch(/<a href="http:\/\/edgepaper\.test\/articles\/[^"]+">习近平会见全国/);
    expect(html).toContain(`href="http://edgepaper.test/feeds/search.rss?q=${encodeURIComponent("楓橋")}"`);
    expect(html).toContain('value="楓橋"');
  });

  it("says so when nothing matches, shows the empty form without a query, and a 400 page for a query it cannot search", async () => {
    expect(await (await get("/search?q=zzzz")).text()).toContain("没有找到含“zzzz”的文章");
    const empty = await get("/search");
    expect(empty.status).toBe(200);
    expect(await empty.text()).not.toContain("<mark>");
    const bad = await get(`/search?q=${encodeURIComponent("，。")}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('role="alert"');
    // Escaped, never markup: the query is shown back to the reader.
    expect(await (await get(`/search?q=${encodeURIComponent("<script>x</script>")}`)).text()).not.toContain("<script>x");
  });
});
