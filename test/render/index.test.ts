import { expect, it } from "vitest";
import { CONTENT_TYPES, FEED_FORMAT_NAMES, FEED_FORMATS, buildChannel, renderAtom1, renderFeed, renderJsonFeed, renderRss2 } from "../../src/render/index.ts";
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
