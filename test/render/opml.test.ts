import { parseOpml } from "feedsmith";
import { expect, it } from "vitest";
import { renderOpml } from "../../src/render/opml.ts";
import { SITE } from "./seed.ts";
import { elements, strictRoot } from "./xml-check.ts";

const FEEDS = ["all", "politics", "economy", "agriculture-photos", "other"];

it("OPML 2.0 lists every section's RSS feed, all first (feedsmith)", () => {
  const xml = renderOpml(SITE, { updated: "2023-11-06T22:00:00Z" });
  expect(strictRoot(xml)).toBe("opml");
  const opml = parseOpml(xml);
  expect(opml.head?.title).toBe("株洲日报 feeds");
  expect(opml.head?.dateCreated).toBe("Tue, 07 Nov 2023 06:00:00 +0800");
  const outlines = opml.body?.outlines ?? [];
  expect(outlines.map((o) => o.xmlUrl)).toEqual(FEEDS.map((s) => `https://paper.example/feeds/${s}.rss`));
  expect(outlines.map((o) => o.text)).toEqual(["株洲日报 · 全部", "株洲日报 · 时政", "株洲日报 · 经济", "株洲日报 · 农业图片", "株洲日报 · 其他"]);
  for (const outline of outlines) {
    expect(outline.type).toBe("rss");
    expect(outline.htmlUrl).toBe("https://paper.example/");
    expect(outline.language).toBe("zh-CN");
  }
});

it("OPML 2.0 reads the same with a strict XML parser (saxes)", () => {
  const xml = renderOpml(SITE);
  expect(elements(xml, "opml")[0]?.attributes.version).toBe("2.0");
  const outlines = elements(xml, "outline").map((o) => o.attributes);
  expect(outlines.map((o) => [o.type, o.xmlUrl])).toEqual(FEEDS.map((s) => ["rss", `https://paper.example/feeds/${s}.rss`]));
  expect(elements(xml, "dateCreated")).toEqual([]);
});
