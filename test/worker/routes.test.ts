/** Every route's 200 answer, on the real build of the seed page. */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json";
import type { Plan } from "../../src/publish/plan.ts";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));
const json = async (path: string) => {
  const r = await get(path);
  expect(r.status, path).toBe(200);
  expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return r.json<any>();
};

let plan: Plan;
beforeAll(async () => {
  plan = await resetKv();
});

describe("/v1/sections", () => {
  it("lists every section with its name, count, newest date and links to each format", async () => {
    const body = await json("/v1/sections");
    expect(body.build).toBe(plan.manifest.id);
    expect(body.sections.map((s: any) => [s.slug, s.count, s.newest])).toEqual([
      ["politics", 3, "2023-11-07"],
      ["economy", 4, "2023-11-07"],
      ["agriculture-photos", 2, "2023-11-07"],
      ["other", 0, null],
    ]);
    expect(body.sections[0].name).toEqual({ zh: "时政", en: "Politics" });
    expect(body.sections[0].urls).toEqual({
      api: `${BASE}/v1/sections/politics`,
      rss: `${BASE}/feeds/politics.rss`,
      atom: `${BASE}/feeds/politics.atom`,
      jsonFeed: `${BASE}/feeds/politics.json`,
    });
  });
});

describe("/v1/sections/:section", () => {
  it("returns the seed's three politics stories, in page order (newest first within one edition)", async () => {
    const body = await json("/v1/sections/politics");
    expect(body.items.map((i: any) => i.title)).toEqual(gold.articles.filter((a) => a.section === "politics").map((a) => a.title));
    expect(body.section).toMatchObject({ slug: "politics", count: 3 });
    expect(body.cursor).toBeNull();
    expect(body.next).toBeNull();
  });

  it("pages with limit and an opaque cursor until every item has been seen once", async () => {
    const seen: string[] = [];
    let url: string | null = "/v1/sections/economy?limit=1";
    let pages = 0;
    while (url !== null) {
      const body: any = await json(url.replace(BASE, ""));
      expect(body.items).toHaveLength(1);
      seen.push(body.items[0].id);
      url = body.next;
      if (url) expect(new URL(url).searchParams.get("limit")).toBe("1");
      pages++;
    }
    expect(pages).toBe(4);
    const all = await json("/v1/sections/economy?limit=100");
    expect(seen).toEqual(all.items.map((i: any) => i.id));
    expect(new Set(seen).size).toBe(4);
  });

  it("filters by since (an ISO date, or a date-time taken in the paper's zone)", async () => {
    expect((await json("/v1/sections/economy?since=2023-11-07")).items).toHaveLength(4);
    expect((await json("/v1/sections/economy?since=2023-11-08")).items).toHaveLength(0);
    // 2023-11-06T17:00Z is already 11-07 01:00 in +08:00.
    expect((await json("/v1/sections/economy?since=2023-11-06T17:00:00Z")).items).toHaveLength(4);
    expect((await json("/v1/sections/economy?since=2023-11-07T17:00:00Z")).items).toHaveLength(0);
  });

  it("serves an empty section as an empty list", async () => {
    const body = await json("/v1/sections/other");
    expect(body.items).toEqual([]);
    expect(body.next).toBeNull();
  });
});

describe("/v1/articles/:id", () => {
  it("returns every parser field plus id, section, edition and urls", async () => {
    const list = await json("/v1/sections/politics?limit=1");
    const id = list.items[0].id;
    const body = await json(`/v1/articles/${id}`);
    for (const field of ["kind", "kicker", "title", "subtitle", "byline", "dateline", "authors", "paragraphs", "photos", "published", "summary", "source"]) expect(body).toHaveProperty(field);
    // the parser's line range is where the article came from, not content
    expect(body).not.toHaveProperty("lines");
    expect(body.source).toEqual({ page: 1, file: expect.any(String), lines: { start: expect.any(Number), end: expect.any(Number) } });
    expect(body.published).toBe("2023-11-07T06:00:00+08:00");
    expect(body.summary).toBe(gold.articles[0]!.paragraphs[0]);
    expect(body).toMatchObject({ id, section: "politics", edition: { paper: "株洲日报", date: "2023-11-07", page: 1 } });
    expect(body.urls).toEqual({ api: `${BASE}/v1/articles/${id}`, html: `${BASE}/articles/${id}` });
    const g = gold.articles[0]!;
    expect(body.title).toBe(g.title);
    expect(body.paragraphs).toEqual(g.paragraphs);
    expect(body.dateline).toEqual(g.dateline);
  });
});

describe("/v1/editions/:date", () => {
  it("lists the pages of the day and their articles in page order", async () => {
    const body = await json("/v1/editions/2023-11-07");
    expect(body).toMatchObject({ paper: "株洲日报", date: "2023-11-07" });
    expect(body.pages).toHaveLength(1);
    expect(body.pages[0].page).toBe(1);
    expect(body.pages[0].articles.map((a: any) => a.title)).toEqual(gold.articles.map((a) => a.title));
    expect(body.pages[0].articles[0].urls.api).toMatch(new RegExp(`^${BASE}/v1/articles/20231107-1-`));
  });
});

describe("/healthz", () => {
  it("names the live build and when it was published, uncached", async () => {
    const r = await get("/healthz");
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(await r.json()).toEqual({ status: "ok", build: plan.manifest.id, publishedAt: PUBLISHED_AT, articles: 9 });
  });
});

describe("reachability", () => {
  it("reaches every article of the page through sections, articles and editions alike", async () => {
    const edition = await json("/v1/editions/2023-11-07");
    const fromEdition = edition.pages.flatMap((p: any) => p.articles.map((a: any) => a.id)).sort();
    const sections = await json("/v1/sections");
    const fromSections: string[] = [];
    for (const s of sections.sections) fromSections.push(...(await json(`/v1/sections/${s.slug}?limit=100`)).items.map((i: any) => i.id));
    expect(fromSections.sort()).toEqual(fromEdition);
    expect(fromEdition).toHaveLength(9);
    for (const id of fromEdition) expect((await json(`/v1/articles/${id}`)).id).toBe(id);
  });
});
