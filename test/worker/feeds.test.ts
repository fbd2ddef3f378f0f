/**
 * The feed routes on the real build of the seed page: RSS 2.0, Atom and JSON
 * Feed for every section and `all`, and the OPML list — parsed back with
 * feedsmith and a strict XML parser and checked against the seed's articles,
 * the JSON API and the gold annotation.
 */
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { parseAtomFeed, parseJsonFeed, parseOpml, parseRssFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json";
import { makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { strictRoot, xmlErrors } from "../render/xml-check.ts";
import { BASE, PUBLISHED_AT, putPointer, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"] as const;
const FORMATS = ["rss", "atom", "json"] as const;
const CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;
/** 2023-11-07 06:00 in Beijing: the seed edition's time (the manifest gives none). */
const EDITION_RFC822 = "Tue, 07 Nov 2023 06:00:00 +0800";
const EDITION_RFC3339 = "2023-11-07T06:00:00+08:00";
/** PUBLISHED_AT (2026-11-20T08:00:00Z) in the paper's zone. */
const PUBLISHED_RFC822 = "Fri, 20 Nov 2026 16:00:00 +0800";
const PUBLISHED_RFC3339 = "2026-11-20T16:00:00+08:00";

/** Who each gold article is by: printed authors, then photographers, else the dateline's agency. */
const GOLD_AUTHORS = new Map(
  gold.articles.map((a) => {
    const names = [...new Set([...a.authors.map((p) => p.name), ...a.photos.flatMap((p) => p.photographers.map((q) => q.name))])];
    return [a.title, names.length > 0 ? names : [a.dateline!.agency]] as const;
  }),
);

let plan: Plan;
/** Ids per section (and `all`) as the JSON API lists them: the order every feed must have. */
const apiIds = new Map<string, string[]>();
const apiTitles = new Map<string, string>();

async function fetchFeed(section: string, format: (typeof FORMATS)[number], query = "") {
  const r = await get(`/feeds/${section}.${format}${query}`);
  expect(r.status, `${section}.${format}${query}`).toBe(200);
  expect(r.headers.get("content-type")).toBe(CONTENT_TYPES[format]);
  return r.text();
}

beforeAll(async () => {
  plan = await resetKv();
  for (const section of SECTIONS) {
    const path = section === "all" ? null : `/v1/sections/${section}?limit=100`;
    if (path) {
      const body = await (await get(path)).json<any>();
      apiIds.set(section, body.items.map((i: any) => i.id));
      for (const i of body.items) apiTitles.set(i.id, i.title);
    }
  }
  // `all` in feed order: newest edition first, then page, then position on the page.
  const all = [...apiTitles.keys()].sort();
  const order = new Map(gold.articles.map((a, n) => [a.title, n]));
  apiIds.set("all", all.sort((a, b) => order.get(apiTitles.get(a)!)! - order.get(apiTitles.get(b)!)!));
});

describe("RSS 2.0", () => {
  it.each(SECTIONS)("/feeds/%s.rss: every item with guid, permalink, +0800 date, creators, category and content", async (section) => {
    const xml = await fetchFeed(section, "rss");
    expect(strictRoot(xml)).toBe("rss");
    const feed = parseRssFeed(xml);
    expect(feed.language).toBe("zh-CN");
    expect(feed.ttl).toBe(60);
    expect(feed.atom?.links).toEqual([{ href: `${BASE}/feeds/${section}.rss`, rel: "self", type: "application/rss+xml" }]);
    const items = feed.items ?? [];
    const ids = apiIds.get(section)!;
    expect(items.map((i) => i.guid)).toEqual(ids.map((id) => ({ value: id, isPermaLink: false })));
    // an empty feed was last built when the build went live; otherwise at its newest item
    expect(feed.lastBuildDate).toBe(ids.length === 0 ? PUBLISHED_RFC822 : EDITION_RFC822);
    for (const item of items) {
      const id = item.guid!.value!;
      const title = apiTitles.get(id)!;
      expect(item.title).toBe(title);
      expect(item.link).toBe(`${BASE}/articles/${id}`);
      expect(item.pubDate).toBe(EDITION_RFC822);
      expect(item.dc?.creators ?? []).toEqual([GOLD_AUTHORS.get(title)!.join("、")]);
      const goldArticle = gold.articles.find((a) => a.title === title)!;
      expect(item.categories?.[0]?.name).toBeTruthy();
      expect(item.content?.encoded).toContain(goldArticle.paragraphs.at(-1) ?? goldArticle.photos[0]!.caption);
    }
  });
});

describe("Atom 1.0", () => {
  it.each(SECTIONS)("/feeds/%s.atom: entries with urn ids, +08:00 dates, authors and alternate links", async (section) => {
    const xml = await fetchFeed(section, "atom");
    expect(strictRoot(xml)).toBe("feed");
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(`urn:edgepaper:feed:${section}`);
    expect(feed.links).toContainEqual({ href: `${BASE}/feeds/${section}.atom`, rel: "self", type: "application/atom+xml" });
    const ids = apiIds.get(section)!;
    expect(feed.updated).toBe(ids.length === 0 ? PUBLISHED_RFC3339 : EDITION_RFC3339);
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual(ids.map((id) => `urn:edgepaper:article:${id}`));
    for (const [n, entry] of entries.entries()) {
      const title = apiTitles.get(ids[n]!)!;
      expect(entry.title).toEqual({ value: title, type: "text" });
      expect(entry.published).toBe(EDITION_RFC3339);
      expect(entry.links).toEqual([{ href: `${BASE}/articles/${ids[n]}`, rel: "alternate", type: "text/html" }]);
      expect((entry.authors ?? []).map((a) => a.name)).toEqual(GOLD_AUTHORS.get(title));
    }
  });
});

describe("JSON Feed 1.1", () => {
  it.each(SECTIONS)("/feeds/%s.json: items with ids, urls, authors, content and the _edgepaper extension", async (section) => {
    const text = await fetchFeed(section, "json");
    const raw = JSON.parse(text);
    expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
    expect(raw.language).toBe("zh-CN");
    expect(raw.feed_url).toBe(`${BASE}/feeds/${section}.json`);
    expect(raw.home_page_url).toBe(`${BASE}/`);
    const feed = parseJsonFeed(text);
    const ids = apiIds.get(section)!;
    expect((feed.items ?? []).map((i) => i.id)).toEqual(ids);
    for (const [n, item] of raw.items.entries()) {
      const title = apiTitles.get(ids[n]!)!;
      expect(item.url).toBe(`${BASE}/articles/${ids[n]}`);
      expect(item.title).toBe(title);
      expect(item.date_published).toBe(EDITION_RFC3339);
      expect(item.authors.map((a: any) => a.name)).toEqual(GOLD_AUTHORS.get(title));
      expect(item.content_html).toContain("<");
      expect(item).not.toHaveProperty("content_text");
      expect(item._edgepaper).toMatchObject({ page: 1 });
    }
  });
});

describe("OPML", () => {
  it("lists the RSS feed of every section and of all, with the home page", async () => {
    const r = await get("/feeds.opml");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/x-opml; charset=utf-8");
    const xml = await r.text();
    expect(strictRoot(xml)).toBe("opml");
    const opml = parseOpml(xml);
    const outlines = opml.body?.outlines ?? [];
    expect(outlines.map((o) => o.xmlUrl)).toEqual(SECTIONS.map((s) => `${BASE}/feeds/${s}.rss`));
    expect(outlines.every((o) => o.type === "rss" && o.htmlUrl === `${BASE}/`)).toBe(true);
    expect(opml.head?.dateModified).toBe(PUBLISHED_RFC822);
  });
});

describe("links", () => {
  it("every item of every feed links to a permalink that answers 200 with its title", async () => {
    const urls = new Set<string>();
    for (const section of SECTIONS) {
      const feed = JSON.parse(await fetchFeed(section, "json"));
      for (const item of feed.items) urls.add(item.url);
      for (const item of parseRssFeed(await fetchFeed(section, "rss")).items ?? []) urls.add(item.link!);
    }
    expect(urls.size).toBe(plan.manifest.articles);
    for (const url of urls) {
      expect(url.startsWith(`${BASE}/articles/`)).toBe(true);
      const r = await exports.default.fetch(new Request(url));
      expect(r.status, url).toBe(200);
      expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await r.text()).toContain(`<h1>${apiTitles.get(url.split("/").at(-1)!)}</h1>`);
    }
  });

  it("absolute links follow the origin the request came to", async () => {
    const r = await exports.default.fetch(new Request("https://news.example:8443/feeds/politics.json"));
    const feed = await r.json<any>();
    expect(feed.feed_url).toBe("https://news.example:8443/feeds/politics.json");
    expect(feed.items[0].url).toMatch(/^https:\/\/news\.example:8443\/articles\//);
  });
});

describe("query parameters", () => {
  const titlesOf = async (query: string) => JSON.parse(await fetchFeed("all", "json", query)).items.map((i: any) => i.title) as string[];

  it("limit keeps the first items in feed order", async () => {
    const all = await titlesOf("");
    expect(all).toHaveLength(9);
    expect(await titlesOf("?limit=2")).toEqual(all.slice(0, 2));
    expect(await titlesOf("?limit=100")).toEqual(all);
  });

  it("filter keeps items containing any keyword (title or text); filterout drops them", async () => {
    expect(await titlesOf(`?filter=${encodeURIComponent("油茶")}`)).toEqual(["油茶满枝喜丰收"]);
    // any keyword, in the title or anywhere in the printed text (the seed's first story mentions 政法 only in its text)
    const mentions = gold.articles.filter((a) => /油茶|政法/.test([a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs, ...a.photos.map((p) => p.caption)].join("\n")));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    const either = await titlesOf(`?filter=${encodeURIComponent("油茶|政法")}`);
    expect(either).toEqual(mentions.map((a) => a.title));
    const without = await titlesOf(`?filterout=${encodeURIComponent("油茶|政法")}`);
    expect(without).toEqual(gold.articles.filter((a) => !mentions.includes(a)).map((a) => a.title));
    // a keyword found only in the article's text, not its title
    const body = gold.articles[3]!.paragraphs[0]!.slice(0, 12);
    expect(await titlesOf(`?filter=${encodeURIComponent(body)}`)).toContain(gold.articles[3]!.title);
    expect(await titlesOf("?filter=no-such-keyword-anywhere")).toEqual([]);
    // filter and limit together: the limit counts kept items
    expect(await titlesOf(`?filterout=${encodeURIComponent("油茶")}&limit=8`)).toHaveLength(8);
  });

  it("an empty filtered feed is still a valid feed, updated when the build went live", async () => {
    const xml = await fetchFeed("politics", "atom", "?filter=no-such-keyword");
    expect(strictRoot(xml)).toBe("feed");
    expect(parseAtomFeed(xml).updated).toBe(PUBLISHED_RFC3339);
    expect(parseAtomFeed(xml).entries ?? []).toEqual([]);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=abc", "limit"],
    ["limit=1&limit=2", "limit"],
    [`filter=${"x".repeat(201)}`, "filter"],
    ["filter=a&filter=b", "filter"],
    [`filterout=${Array.from({ length: 11 }, (_, i) => `k${i}`).join("|")}`, "filterout"],
  ])("?%s is a 400 naming %s", async (query, parameter) => {
    for (const format of FORMATS) {
      const r = await get(`/feeds/politics.${format}?${query}`);
      expect(r.status).toBe(400);
      expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await r.json<any>();
      expect(body).toMatchObject({ parameter, type: "urn:edgepaper:problem:invalid-parameter" });
      expect(body.title).toContain(parameter);
    }
  });

  it("a regular expression is a plain keyword, never compiled", async () => {
    expect(await titlesOf(`?filter=${encodeURIComponent("(a+)+$")}`)).toEqual([]);
    expect(await titlesOf(`?filter=${encodeURIComponent(".*")}`)).toEqual([]);
  });
});

describe("errors", () => {
  it("an unknown section is a 404 problem naming the valid ones, all included", async () => {
    for (const format of FORMATS) {
      const r = await get(`/feeds/sports.${format}`);
      expect(r.status).toBe(404);
      expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await r.json<any>();
      expect(body.detail).toContain('"sports');
      expect(body.detail).toContain("all, politics, economy, agriculture-photos, other");
      expect(body.validSections).toEqual([...SECTIONS]);
    }
  });

  it("an unknown format or a path under a feed is a 404", async () => {
    for (const path of ["/feeds/politics.xml", "/feeds/politics", "/feeds/politics.rss/x", "/feeds/.rss", "/feeds.opml/x"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("nothing published: every feed is a 503 with Retry-After", async () => {
    await resetKv(false);
    try {
      for (const path of ["/feeds/all.rss", "/feeds/politics.atom", "/feeds/economy.json", "/feeds.opml"]) {
        const r = await get(path);
        expect(r.status, path).toBe(503);
        expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    } finally {
      plan = await resetKv();
    }
  });

  it("a missing section head is a 503, never a 500", async () => {
    const head = plan.manifest.sections[0]!.head!.key;
    const value = await env.PAPER.get(head);
    await env.PAPER.delete(head);
    try {
      const { forgetLiveBuild } = await import("./seed.ts");
      forgetLiveBuild();
      expect((await get("/feeds/politics.rss")).status).toBe(503);
    } finally {
      await env.PAPER.put(head, value!);
    }
  });
});

describe("edition time", () => {
  it("an edition time recorded in the build dates the items (06:00 is only the default)", async () => {
    const head = plan.manifest.sections[0]!.head!.key;
    const original = (await env.PAPER.get(head))!;
    const page = JSON.parse(original);
    for (const item of page.items) item.edition.time = "07:30";
    await env.PAPER.put(head, JSON.stringify(page));
    const { forgetLiveBuild } = await import("./seed.ts");
    forgetLiveBuild();
    try {
      const feed = parseRssFeed(await fetchFeed("politics", "rss", "?limit=3"));
      expect(feed.items?.map((i) => i.pubDate)).toEqual(Array(3).fill("Tue, 07 Nov 2023 07:30:00 +0800"));
      expect(feed.lastBuildDate).toBe("Tue, 07 Nov 2023 07:30:00 +0800");
    } finally {
      await env.PAPER.put(head, original);
      forgetLiveBuild();
    }
    expect(parseRssFeed(await fetchFeed("politics", "rss", "?limit=3")).items?.[0]?.pubDate).toBe(EDITION_RFC822);
  });
});

describe("hostile requests", () => {
  it("odd paths and query strings get a deliberate answer, never a 500", async () => {
    const odd = ["/feeds/%FF.rss", "/feeds/%00.atom", "/feeds/%2e%2e.json", `/feeds/${"a".repeat(5000)}.rss`, "/feeds/all.rss?filter=%FF%FE", "/feeds/all.rss?filter=%00", "/feeds/all.atom?" + "x=1&".repeat(500), "/feeds/all.json?limit=%00", "/articles/%FF", "/articles/%00", `/articles/${"9".repeat(3000)}`, "/?x=%FF"];
    for (const path of odd) {
      const r = await get(path);
      expect(r.status, path.slice(0, 80)).toBeGreaterThanOrEqual(200);
      expect(r.status, path.slice(0, 80)).toBeLessThan(500);
    }
  });

  it("any limit, filter and filterout: a 400 naming the parameter, or a well-formed feed", async () => {
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom("油茶", "政法|油茶", "<script>", "]]>", "&amp;", "(a+)+$", "", "|||"));
    const param = fc.tuple(fc.constantFrom("limit", "filter", "filterout", "cursor", "since"), value);
    await fc.assert(
      fc.asyncProperty(fc.array(param, { maxLength: 4 }), fc.constantFrom("rss", "atom", "json"), fc.constantFrom(...SECTIONS), async (params, format, section) => {
        const query = new URLSearchParams(params).toString();
        const r = await get(`/feeds/${section}.${format}?${query}`);
        const body = await r.text();
        if (r.status === 400) {
          expect(["limit", "filter", "filterout", "cursor", "since"]).toContain(JSON.parse(body).parameter);
          return;
        }
        // cursor and since are the API's, not the feeds': never silently ignored
        expect(params.some(([name]) => name === "cursor" || name === "since"), query).toBe(false);
        expect(r.status, query).toBe(200);
        if (format === "json") expect(() => JSON.parse(body)).not.toThrow();
        else expect(xmlErrors(body), query).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("stable guids", () => {
  const guids = async () => {
    const out: string[][] = [];
    for (const section of SECTIONS) out.push((parseRssFeed(await fetchFeed(section, "rss")).items ?? []).map((i) => i.guid!.value!));
    return out;
  };

  it("the same build, built again and published later, gives the same guids and the same feed bodies", async () => {
    const before = await guids();
    const bodies = await Promise.all(FORMATS.map((f) => fetchFeed("all", f)));
    const rebuilt = await resetKv();
    expect(rebuilt.manifest.id).toBe(plan.manifest.id);
    await putPointer(makePointer(rebuilt.manifest, "2026-11-21T09:30:00.000Z", null));
    expect(await guids()).toEqual(before);
    // an item's date is its edition's, not the build's: a republish changes nothing a reader stores
    expect(await Promise.all(FORMATS.map((f) => fetchFeed("all", f)))).toEqual(bodies);
    expect(before.flat()).toHaveLength(plan.manifest.articles * 2);
    await putPointer(makePointer(plan.manifest, PUBLISHED_AT, null));
    expect(await env.PAPER.get(POINTER_KEY)).toContain(PUBLISHED_AT);
  });
});
