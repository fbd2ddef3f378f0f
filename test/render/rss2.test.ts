import { parseFeed } from "@rowanmanning/feed-parser";
import { extractFromXml } from "@extractus/feed-extractor";
import { parseRssFeed } from "feedsmith";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { buildChannel } from "../../src/render/index.ts";
import { renderRss2 } from "../../src/render/rss2.ts";
import { GOLD_ARTICLES, SEED_AUTHORS, SEED_INSTANT, SITE, seedItems } from "./seed.ts";
import { elements, strictRoot } from "./xml-check.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"] as const;
const IPTC: Record<string, string | undefined> = { politics: "medtop:11000000", economy: "medtop:04000000", "agriculture-photos": "medtop:20000210" };
const SECTION_NAMES: Record<string, string> = { politics: "时政", economy: "经济", "agriculture-photos": "农业图片", other: "其他" };

function render(section: string): string {
  const items = seedItems(section);
  return renderRss2(buildChannel(SITE, section, { items }), items);
}

const golds = (section: string) =>
  GOLD_ARTICLES.map((a, n) => ({ ...a, id: `20231107-1-${n}` })).filter((a) => section === "all" || a.section === section);

describe.each(SECTIONS)("RSS 2.0 feed of %s", (section) => {
  const xml = render(section);
  const expected = golds(section);

  it("is well-formed XML with an rss root", () => {
    expect(strictRoot(xml)).toBe("rss");
  });

  it("parses with feedsmith: channel, items, guids, dates, creators, categories, content", () => {
    const feed = parseRssFeed(xml);
    expect(feed.title).toBe(section === "all" ? "株洲日报 · 全部" : `株洲日报 · ${SECTION_NAMES[section]}`);
    expect(feed.link).toBe("https://paper.example/");
    expect(feed.language).toBe("zh-CN");
    expect(feed.ttl).toBe(60);
    // an empty feed has nothing newer than the epoch unless the caller passes `updated`
    expect(feed.lastBuildDate).toBe(expected.length > 0 ? "Tue, 07 Nov 2023 06:00:00 +0800" : "Thu, 01 Jan 1970 08:00:00 +0800");
    expect(feed.atom?.links).toEqual([{ href: `https://paper.example/feeds/${section}.rss`, rel: "self", type: "application/rss+xml" }]);
    const items = feed.items ?? [];
    expect(items.map((i) => i.title)).toEqual(expected.map((a) => a.title));
    expected.forEach((gold, n) => {
      const item = items[n]!;
      expect(item.guid).toEqual({ value: gold.id, isPermaLink: false });
      expect(item.link).toBe(`https://paper.example/articles/${gold.id}`);
      expect(item.pubDate).toBe("Tue, 07 Nov 2023 06:00:00 +0800");
      expect(item.dc?.creators ?? []).toEqual([SEED_AUTHORS[gold.id]!.join("、")]);
      const iptc = IPTC[gold.section];
      expect(item.categories).toEqual([iptc ? { name: SECTION_NAMES[gold.section], domain: iptc } : { name: "其他" }]);
      expect(item.description).toBe(gold.paragraphs[0]);
      const html = item.content?.encoded ?? "";
      for (const part of [gold.kicker, gold.subtitle, gold.byline, ...gold.paragraphs]) if (part) expect(html).toContain(part);
      expect(html).not.toContain(`<h1>`);
      expect(html).toMatch(/<p class="edition"><a href="https:\/\/paper\.example\/editions\/2023-11-07">株洲日报 2023年11月7日 第1版 · [^<]+<\/a><\/p>$/);
      for (const photo of gold.photos) expect(html).toContain(photo.credit);
    });
  });

  it("parses with rss-parser: guids, instants and content", async () => {
    const parser = new Parser<Record<string, unknown>, { creators: string[]; "content:encoded": string }>({ customFields: { item: [["dc:creator", "creators", { keepArray: true }]] } });
    const feed = await parser.parseString(xml);
    expect(feed.feedUrl).toBe(`https://paper.example/feeds/${section}.rss`);
    expect(feed.items.map((i) => i.guid)).toEqual(expected.map((a) => a.id));
    for (const [n, item] of feed.items.entries()) {
      const gold = expected[n]!;
      expect(item.isoDate).toBe(new Date(SEED_INSTANT).toISOString());
      expect(item.link).toBe(`https://paper.example/articles/${gold.id}`);
      expect(item.creators ?? []).toEqual([SEED_AUTHORS[gold.id]!.join("、")]);
      expect(item["content:encoded"]).toContain(gold.paragraphs.at(-1));
    }
  });

  it("parses with @rowanmanning/feed-parser: ids, dates as the same instant, authors", () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("rss");
    expect(feed.self).toBe(`https://paper.example/feeds/${section}.rss`);
    expect(feed.language).toBe("zh-CN");
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((a) => a.id));
    for (const [n, item] of feed.items.entries()) {
      expect(item.published?.getTime()).toBe(SEED_INSTANT);
      expect(item.authors.map((a) => a.name)).toEqual([SEED_AUTHORS[expected[n]!.id]!.join("、")]);
      expect(item.url).toBe(`https://paper.example/articles/${expected[n]!.id}`);
    }
  });

  it("parses with @extractus/feed-extractor: ids, links, instants", () => {
    const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
    expect((feed.entries ?? []).map((e) => [e.id, e.link, e.published])).toEqual(
      expected.map((a) => [a.id, `https://paper.example/articles/${a.id}`, new Date(SEED_INSTANT).toISOString()]),
    );
  });

  it("writes pubDate with a numeric +0800 zone and isPermaLink=false guids", () => {
    const dates = elements(xml, "pubDate").map((e) => e.text);
    expect(dates).toHaveLength(expected.length);
    for (const d of dates) expect(d).toMatch(/^Tue, 07 Nov 2023 06:00:00 \+0800$/);
    expect(xml).not.toMatch(/CST|\+08:00/);
    expect(elements(xml, "guid").every((g) => g.attributes.isPermaLink === "false")).toBe(true);
  });
});

it("RSS: the photo story's caption and credits reach the reader once, and the channel carries the section's category", () => {
  const xml = render("agriculture-photos");
  const feed = parseRssFeed(xml);
  expect(feed.categories).toEqual([{ name: "农业图片", domain: "medtop:20000210" }]);
  const html = feed.items?.[0]?.content?.encoded ?? "";
  expect(html.split("近日，天元区群丰镇").length).toBe(2);
  expect(html).toContain("株洲日报全媒体记者/杨如 通讯员/李江 摄");
});
