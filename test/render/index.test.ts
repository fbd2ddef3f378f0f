import { expect, it } from "vitest";
import { CONTENT_TYPES, FEED_FORMAT_NAMES, FEED_FORMATS, buildChannel, renderAtom1, renderFeed, renderFeedBytes, renderJsonFeed, renderRss2, utf8Join } from "../../src/render/index.ts";
import { SITE, seedItems } from "./seed.ts";

it("renderFeed dispatches to each format's renderer, and content types match the media types", () => {
  const items = seedItems("economy");
  const channel = buildChannel(SITE, "economy", { items });
  expect(renderFeed("rss", channel, items)).toBe(renderRss2(channel, items));
  expect(renderFeed("atom", channel, items)).toBe(renderAtom1(channel, items));
  expect(renderFeed("json", channel, items)).toBe(renderJsonFeed(channel, items));
  expect(FEED_FORMAT_NAMES).toEqual(["rss", "atom", "json"]);
  expect(FEED_FORMATS.rss.mediaType).toBe("application/rss+xml");
  expect(FEED_FORMATS.atom.mediaType).toBe("application/atom+xml");
  expect(FEED_FORMATS.json.mediaType).toBe("application/feed+json");
  for (const format of FEED_FORMAT_NAMES) expect(CONTENT_TYPES[format]).toBe(`${FEED_FORMATS[format].mediaType}; charset=utf-8`);
});

it("renderFeedBytes sends exactly the UTF-8 of renderFeed, for every format, empty feeds included", () => {
  for (const section of ["economy", "politics"] as const) {
    const items = seedItems(section);
    for (const shown of [items, items.slice(0, 1), []]) {
      const channel = buildChannel(SITE, section, { items: shown, updated: "2025-11-07T06:00:00+08:00" });
      for (const format of FEED_FORMAT_NAMES) {
        const text = renderFeed(format, channel, shown);
        expect(new TextDecoder("utf-8", { fatal: true }).decode(renderFeedBytes(format, channel, shown))).toBe(text);
        expect(FEED_FORMATS[format].parts(channel, shown).length).toBe(shown.length + 2);
      }
    }
  }
  // A JSON Feed made in pieces is still one JSON document.
  const items = seedItems("economy");
  const json = JSON.parse(renderFeed("json", buildChannel(SITE, "economy", { items }), items)) as { items: unknown[] };
  expect(json.items).toHaveLength(items.length);
});

it("utf8Join encodes pieces as one UTF-8 text: multibyte and astral characters, lone surrogates as U+FFFD", () => {
  const parts = ["株洲", "", "日报 ", "𠀋𡈽", "\ud800", "a\u00e9"];
  expect(new TextDecoder().decode(utf8Join(parts))).toBe(new TextDecoder().decode(new TextEncoder().encode(parts.join(""))));
  expect(utf8Join(parts)).toEqual(new TextEncoder().encode(parts.join("")));
  expect(utf8Join([])).toEqual(new Uint8Array(0));
  // Larger than V8's large-object threshold: still exact.
  const big = Array.from({ length: 40 }, (_, i) => `第${i}条：${"新闻".repeat(1000)}`);
  expect(utf8Join(big)).toEqual(new TextEncoder().encode(big.join("")));
});
