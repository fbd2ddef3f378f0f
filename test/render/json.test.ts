import { extractFromJson } from "@extractus/feed-extractor";
import { parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildChannel } from "../../src/render/index.ts";
import { renderJsonFeed, type JsonFeed } from "../../src/render/json.ts";
import { GOLD_ARTICLES, SEED_AUTHORS, SEED_INSTANT, SITE, seedItems } from "./seed.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"] as const;

function render(section: string): string {
  const items = seedItems(section);
  return renderJsonFeed(buildChannel(SITE, section, { items }), items);
}

const golds = (section: string) =>
  GOLD_ARTICLES.map((a, n) => ({ ...a, id: `20231107-1-${n}` })).filter((a) => section === "all" || a.section === section);

describe.each(SECTIONS)("JSON Feed of %s", (section) => {
  const text = render(section);
  const expected = golds(section);

  it("is JSON Feed 1.1 with language, authors and the feed's own URL", () => {
    const feed = JSON.parse(text) as JsonFeed;
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe("zh-CN");
    expect(feed.home_page_url).toBe("https://paper.example/");
    expect(feed.feed_url).toBe(`https://paper.example/feeds/${section}.json`);
    expect(feed.authors).toEqual([{ name: "株洲日报", url: "https://paper.example/" }]);
    expect(Object.keys(feed).filter((k) => k.startsWith("_"))).toEqual([]);
  });

  it("carries the newspaper fields in the _edgepaper extension", () => {
    const feed = JSON.parse(text) as JsonFeed;
    expect(feed.items).toHaveLength(expected.length);
    expected.forEach((gold, n) => {
      const ext = feed.items[n]!._edgepaper;
      expect(ext.kicker).toBe(gold.kicker);
      expect(ext.subtitle).toBe(gold.subtitle);
      expect(ext.byline).toBe(gold.byline);
      expect(ext.page).toBe(1);
      expect(ext.edition).toEqual({ paper: "株洲日报", date: "2023-11-07", page: 1 });
      expect(ext.dateline).toEqual(gold.dateline);
      expect(ext.photos).toEqual(gold.photos);
      expect(ext.authors).toEqual(gold.authors);
      expect(ext.kind).toBe(gold.kind);
      expect(ext.section.slug).toBe(gold.section);
    });
  });

  it("parses with feedsmith: ids, urls, dates with +08:00, authors, content_html only (content_text would repeat it)", () => {
    const feed = parseJsonFeed(JSON.parse(text));
    expect(feed.title).toBe(JSON.parse(text).title);
    const items = feed.items ?? [];
    expect(items.map((i) => i.id)).toEqual(expected.map((a) => a.id));
    expected.forEach((gold, n) => {
      const item = items[n]!;
      expect(item.url).toBe(`https://paper.example/articles/${gold.id}`);
      expect(item.title).toBe(gold.title);
      expect(item.date_published).toBe("2023-11-07T06:00:00+08:00");
      expect(Date.parse(item.date_published as string)).toBe(SEED_INSTANT);
      expect((item.authors ?? []).map((a) => a.name)).toEqual(SEED_AUTHORS[gold.id]);
      expect(item.summary).toBe(gold.paragraphs[0]);
      for (const part of [gold.kicker, gold.subtitle, gold.byline, ...gold.paragraphs]) {
        if (!part) continue;
        expect(item.content_html).toContain(part);
      }
      expect(item.content_html).not.toContain("<h1>");
      expect(item).not.toHaveProperty("content_text");
    });
  });

  it("parses with @extractus/feed-extractor: ids, links, instants, text", () => {
    const feed = extractFromJson(text, { descriptionMaxLen: 0 });
    expect(feed.language).toBe("zh-CN");
    const entries = feed.entries ?? [];
    expect(entries.map((e) => [e.id, e.link, e.published])).toEqual(
      expected.map((a) => [a.id, `https://paper.example/articles/${a.id}`, new Date(SEED_INSTANT).toISOString()]),
    );
    entries.forEach((entry, n) => expect(entry.description).toContain(expected[n]!.paragraphs[0]));
  });
});
