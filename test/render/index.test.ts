import { expect, it } from "vitest";
import { CONTENT_TYPES, FEED_MEDIA_TYPES, buildChannel, renderAtom1, renderFeed, renderJsonFeed, renderRss2 } from "../../src/render/index.ts";
import { SITE, seedItems } from "./seed.ts";

it("renderFeed dispatches to each format's renderer, and content types match the media types", () => {
  const items = seedItems("economy");
  const channel = buildChannel(SITE, "economy", { items });
  expect(renderFeed("rss", channel, items)).toBe(renderRss2(channel, items));
  expect(renderFeed("atom", channel, items)).toBe(renderAtom1(channel, items));
  expect(renderFeed("json", channel, items)).toBe(renderJsonFeed(channel, items));
  for (const format of ["rss", "atom", "json"] as const) expect(CONTENT_TYPES[format]).toBe(`${FEED_MEDIA_TYPES[format]}; charset=utf-8`);
});
