import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../src/core/published.ts";
import {
  buildChannel,
  buildFeedItem,
  feedDirectory,
  sortFeedItems,
} from "../../src/render/index.ts";
import { articleText } from "../../src/render/content.ts";
import { reporterFirst } from "../../src/render/item.ts";
import { chineseDate } from "../../src/render/page.ts";
import { normalizeSiteUrl } from "../../src/render/urls.ts";
import { GOLD_ARTICLES, SEED_AUTHORS, SEED_INSTANT, SITE, seedArticles, seedItems } from "./seed.ts";

describe("buildFeedItem", () => {
  const items = seedItems();

  it("gives every seed article its id, absolute permalink, section, edition and 06:00 Beijing time", () => {
    expect(items.map((i) => i.id)).toEqual(GOLD_ARTICLES.map((_, n) => `20231107-1-${n}`));
    for (const item of items) {
      expect(item.url).toBe(`https://paper.example/articles/${item.id}`);
      expect(item.edition).toEqual({ paper: "株洲日报", date: "2023-11-07", page: 1, time: null });
      expect(item.published.epochMs).toBe(SEED_INSTANT);
      expect(item.published.rfc3339).toBe("2023-11-07T06:00:00+08:00");
    }
    expect(items.map((i) => i.section.slug)).toEqual(GOLD_ARTICLES.map((a) => a.section));
  });

  it("names authors, photographers, or the agency when nobody is named", () => {
    for (const item of items) expect(item.authors.map((a) => a.name), item.id).toEqual(SEED_AUTHORS[item.id]);
    expect(items[1]!.authors[0]).toEqual({ name: "胡文洁", role: "全媒体记者" });
  });

  it("carries the lead, and content that starts with the kicker, never the title, and ends naming the edition", () => {
    const item = items[1]!;
    const gold = GOLD_ARTICLES[1]!;
    expect(item.summary).toBe(gold.paragraphs[0]);
    expect(item.contentHtml).toMatch(/^<header><p class="kicker">曹慧泉开展主题教育专题调研时强调<\/p><p class="subtitle">学思想 强党性 重实践 建新功<\/p><p class="byline">株洲日报\(全媒体记者\/胡文洁\)<\/p><\/header>/);
    for (const p of gold.paragraphs) {
      expect(item.contentHtml).toContain(`<p>${p}</p>`);
      expect(articleText(item.article, item.title)).toContain(p);
    }
    expect(item.contentHtml).not.toContain(gold.title);
    expect(item.contentHtml.endsWith('<p class="edition"><a href="https://paper.example/editions/2023-11-07">株洲日报 2023年11月7日 第1版 · 时政</a></p>')).toBe(true);
    expect(articleText(item.article, item.title).startsWith(`${gold.kicker}\n${gold.title}\n${gold.subtitle}\n${gold.byline}\n\n`)).toBe(true);
  });

  it("no item's content starts with its title, and every item names its edition", () => {
    for (const item of items) {
      expect(item.contentHtml.replace(/<[^>]+>/g, "").startsWith(item.title)).toBe(false);
      expect(item.contentHtml).toMatch(/<p class="edition"><a href="https:\/\/paper\.example\/editions\/2023-11-07">株洲日报 2023年11月7日 第1版 · (时政|经济|农业图片|其他)<\/a><\/p>$/);
    }
  });

  it("puts reporters first for Atom and JSON Feed, otherwise print order", () => {
    const people = [
      { name: "甲", role: "通讯员" },
      { name: "乙", role: "本报记者" },
      { name: "丙", role: null },
      { name: "丁", role: "摄影记者" },
      { name: "戊", role: "全媒体记者" },
    ];
    expect(reporterFirst(people).map((p) => p.name)).toEqual(["乙", "戊", "甲", "丙", "丁"]);
    expect(chineseDate("2023-01-07")).toBe("2023年1月7日");
  });

  it("shows photo captions with their credits, without repeating a photo story's text", () => {
    const withPhoto = items[4]!;
    expect(withPhoto.contentHtml).toContain(
      '<figure class="photo"><figcaption><span class="caption">工作中的工匠人才。</span><br><span class="credit">株洲日报全媒体记者/何春林 摄</span></figcaption></figure>',
    );
    expect(articleText(withPhoto.article, withPhoto.title)).toContain("工作中的工匠人才。（株洲日报全媒体记者/何春林 摄）");
    const story = items[8]!;
    const gold = GOLD_ARTICLES[8]!;
    expect(story.contentHtml.split(gold.paragraphs[0]!).length).toBe(2); // printed once
    expect(story.contentHtml).toContain('<span class="credit">株洲日报全媒体记者/邹怡敏 通讯员/刘旺 陈柱波 摄</span>');
    expect(story.summary).toBe(gold.paragraphs[0]);
  });

  it("uses the manifest's time and falls back to subtitle, kicker or lead for a missing title", () => {
    const [first] = seedArticles();
    const item = buildFeedItem(SITE, { ...first!, title: null, edition: { ...first!.edition, time: "17:45" } });
    expect(item.title).toBe("蔡奇李希参加会见");
    expect(item.published.rfc822).toBe("Tue, 07 Nov 2023 17:45:00 +0800");
    const bare = buildFeedItem(SITE, { ...first!, title: null, subtitle: null, kicker: null });
    expect(bare.title).toBe(`${Array.from(first!.paragraphs[0]!).slice(0, 30).join("")}…`);
    const empty = buildFeedItem(SITE, { ...first!, title: null, subtitle: null, kicker: null, paragraphs: [], photos: [] });
    expect(empty.title).toBe("株洲日报 2023-11-07 第1版");
  });

  it("rejects bad input naming the article and the field", () => {
    const [first] = seedArticles();
    const bad = (patch: Partial<ArticleRecord>) => () => buildFeedItem(SITE, { ...first!, ...patch });
    expect(bad({ section: "sport" })).toThrow(/article 20231107-1-0: section: unknown section "sport"; valid: all, politics/);
    expect(bad({ section: "all" })).toThrow(/article 20231107-1-0: section/);
    expect(bad({ id: "" })).toThrow(/article\.id/);
    expect(bad({ edition: { paper: "x", date: "2023-13-01", page: 1 } })).toThrow(/article 20231107-1-0: edition\.date/);
    expect(bad({ edition: { paper: "x", date: "2023-11-07", page: 0 } })).toThrow(/article 20231107-1-0: edition\.page/);
    expect(() => buildFeedItem({ ...SITE, siteUrl: "paper.example" }, first!)).toThrow(/siteUrl/);
  });

  it("escapes ids in permalinks", () => {
    const [first] = seedArticles();
    expect(buildFeedItem(SITE, { ...first!, id: "a b/c?d" }).url).toBe("https://paper.example/articles/a%20b%2Fc%3Fd");
  });
});

describe("sortFeedItems", () => {
  it("puts the newest edition first, then orders by page and position on the page", () => {
    const [a, b, c] = seedArticles();
    const older = (x: ArticleRecord, page: number, order: number, id: string): ArticleRecord => ({
      ...x,
      id,
      order,
      edition: { paper: "株洲日报", date: "2023-11-06", page },
    });
    const newer = (x: ArticleRecord, page: number, order: number, id: string): ArticleRecord => ({
      ...x,
      id,
      order,
      edition: { paper: "株洲日报", date: "2023-11-07", page },
    });
    const shuffled = [older(a!, 2, 0, "o-p2-0"), newer(b!, 2, 1, "n-p2-1"), older(c!, 1, 3, "o-p1-3"), newer(a!, 1, 5, "n-p1-5"), newer(c!, 2, 0, "n-p2-0"), older(b!, 1, 0, "o-p1-0")];
    expect(sortFeedItems(shuffled.map((x) => buildFeedItem(SITE, x))).map((i) => i.id)).toEqual([
      "n-p1-5",
      "n-p2-0",
      "n-p2-1",
      "o-p1-0",
      "o-p1-3",
      "o-p2-0",
    ]);
  });
});

describe("channels", () => {
  it("describes a section's feed with its own URLs and the newest item's time", () => {
    const channel = buildChannel(SITE, "politics", { items: seedItems("politics") });
    expect(channel.title).toBe("株洲日报 · 时政");
    expect(channel.language).toBe("zh-CN");
    expect(channel.homeUrl).toBe("https://paper.example/");
    expect(channel.feedUrls).toEqual({
      rss: "https://paper.example/feeds/politics.rss",
      atom: "https://paper.example/feeds/politics.atom",
      json: "https://paper.example/feeds/politics.json",
    });
    expect(channel.updated.rfc3339).toBe("2023-11-07T06:00:00+08:00");
    expect(channel.ttlMinutes).toBe(60);
  });

  it("takes an explicit update time in the paper's zone, and the epoch for an empty feed", () => {
    expect(buildChannel(SITE, "all", { updated: "2023-11-07T01:02:03Z" }).updated.rfc3339).toBe("2023-11-07T09:02:03+08:00");
    expect(buildChannel(SITE, "other", { items: [] }).updated.epochMs).toBe(0);
  });

  it("rejects unknown sections and bad options by name", () => {
    expect(() => buildChannel(SITE, "sport")).toThrow(/section: unknown section "sport"; valid: all, politics, economy, agriculture-photos, other/);
    expect(() => buildChannel(SITE, "all", { ttlMinutes: 0 })).toThrow(/ttlMinutes/);
    expect(() => buildChannel(SITE, "all", { updated: "yesterday" })).toThrow(/updated/);
  });

  it("lists every feed, all first", () => {
    expect(feedDirectory(SITE).map((f) => f.section)).toEqual(["all", "politics", "economy", "agriculture-photos", "other"]);
    expect(normalizeSiteUrl("https://paper.example/zz//")).toBe("https://paper.example/zz");
  });
});
