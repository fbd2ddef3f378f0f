import { parseFeed } from "@rowanmanning/feed-parser";
import { extractFromXml } from "@extractus/feed-extractor";
import { parseAtomFeed } from "feedsmith";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { atomEntryId, renderAtom1 } from "../../src/render/atom1.ts";
import { buildChannel } from "../../src/render/index.ts";
import { GOLD_ARTICLES, SEED_AUTHORS, SEED_INSTANT, SITE, seedItems } from "./seed.ts";
import { elements, strictRoot } from "./xml-check.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"] as const;

export function renderSeedAtom(section: string): string {
  const items = seedItems(section);
  return renderAtom1(buildChannel(SITE, section, { items }), items);
}

const golds = (section: string) =>
  GOLD_ARTICLES.map((a, n) => ({ ...a, id: `20231107-1-${n}` })).filter((a) => section === "all" || a.section === section);

describe.each(SECTIONS)("Atom feed of %s", (section) => {
  const xml = renderSeedAtom(section);
  const expected = golds(section);

  it("is well-formed XML with an Atom feed root in zh-CN", () => {
    expect(strictRoot(xml)).toBe("feed");
    expect(elements(xml, "feed")[0]?.attributes).toEqual({ xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "zh-CN" });
  });

  it("parses with feedsmith: ids, dates with +08:00, authors, links, summary and HTML content", () => {
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(`urn:edgepaper:feed:${section}`);
    expect(feed.authors).toEqual([{ name: "株洲日报", uri: "https://paper.example/" }]);
    expect(feed.links).toContainEqual({ href: `https://paper.example/feeds/${section}.atom`, rel: "self", type: "application/atom+xml" });
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual(expected.map((a) => `urn:edgepaper:article:${a.id}`));
    expected.forEach((gold, n) => {
      const entry = entries[n]!;
      expect(entry.title).toEqual({ value: gold.title, type: "text" });
      expect(entry.published).toBe("2023-11-07T06:00:00+08:00");
      expect(entry.updated).toBe("2023-11-07T06:00:00+08:00");
      expect(entry.links).toEqual([{ href: `https://paper.example/articles/${gold.id}`, rel: "alternate", type: "text/html" }]);
      expect((entry.authors ?? []).map((a) => a.name)).toEqual(SEED_AUTHORS[gold.id]);
      expect(entry.summary).toEqual({ value: gold.paragraphs[0], type: "text" });
      expect(entry.content?.type).toBe("html");
      for (const part of [gold.kicker, gold.subtitle, gold.byline, ...gold.paragraphs]) if (part) expect(entry.content?.value).toContain(part);
      expect(entry.content?.value).not.toContain("<h1>");
      for (const photo of gold.photos) expect(entry.content?.value).toContain(photo.credit);
    });
  });

  it("parses with rss-parser: ids, instants, links", async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((i) => [i.id, i.link, i.isoDate])).toEqual(
      expected.map((a) => [atomEntryId(a.id), `https://paper.example/articles/${a.id}`, new Date(SEED_INSTANT).toISOString()]),
    );
  });

  it("parses with @rowanmanning/feed-parser: ids, dates as the same instant, authors, content", () => {
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: "atom", version: "1.0" });
    expect(feed.language).toBe("zh-CN");
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((a) => atomEntryId(a.id)));
    for (const [n, item] of feed.items.entries()) {
      const gold = expected[n]!;
      expect(item.published?.getTime()).toBe(SEED_INSTANT);
      expect(item.updated?.getTime()).toBe(SEED_INSTANT);
      expect(item.authors.map((a) => a.name)).toEqual(SEED_AUTHORS[gold.id]);
      expect(item.content).toContain(gold.paragraphs.at(-1));
    }
  });

  // feed-extractor recognises Atom only by an <entry> element, so it cannot read an empty feed (the others can).
  it.skipIf(expected.length === 0)("parses with @extractus/feed-extractor: links and instants", () => {
    const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
    expect((feed.entries ?? []).map((e) => [e.link, e.published])).toEqual(
      expected.map((a) => [`https://paper.example/articles/${a.id}`, new Date(SEED_INSTANT).toISOString()]),
    );
  });
});

it("Atom: entry ids are stable URNs of the article id and survive a new host", () => {
  const other = seedItems("politics").map((i) => i.id);
  const a = renderSeedAtom("politics");
  expect(elements(a, "id").map((e) => e.text)).toEqual(["urn:edgepaper:feed:politics", ...other.map(atomEntryId)]);
  expect(atomEntryId("a b/c")).toBe("urn:edgepaper:article:a%20b%2Fc");
});
