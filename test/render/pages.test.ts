import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderArticlePage } from "../../src/render/article-page.ts";
import { renderHomePage } from "../../src/render/home-page.ts";
import { PAGE_CSP, PAGE_CSS, PAGE_CSS_SHA256 } from "../../src/render/page.ts";
import { GOLD_ARTICLES, SEED_AUTHORS, SITE, seedItems } from "./seed.ts";

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** Text a browser would show, roughly: tags removed, the five entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("article permalink page", () => {
  const items = seedItems();

  it.each(items.map((item, n) => [item.id, item, GOLD_ARTICLES[n]!] as const))("%s shows the whole article on a phone-sized page", (_id, item, gold) => {
    const html = renderArticlePage(SITE, item);
    expect(html.startsWith("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(`<link rel="canonical" href="${item.url}">`);
    const text = visibleText(html);
    for (const part of [gold.kicker, gold.title, gold.subtitle, gold.byline, ...gold.paragraphs]) if (part) expect(text).toContain(part);
    for (const photo of gold.photos) expect(text).toContain(photo.credit);
    expect(text).toContain("2023年11月7日 · 第1版");
  });

  it.each(items.map((item, n) => [item.id, item, GOLD_ARTICLES[n]!] as const))("%s has schema.org NewsArticle JSON-LD", (_id, item, gold) => {
    const [ld, ...rest] = jsonLd(renderArticlePage(SITE, item));
    expect(rest).toEqual([]);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      url: item.url,
      headline: gold.title,
      datePublished: "2023-11-07T06:00:00+08:00",
      inLanguage: "zh-CN",
      printEdition: "2023-11-07",
      printPage: "1",
      printSection: item.section.name.zh,
      articleSection: item.section.name.zh,
      publisher: { "@type": "NewsMediaOrganization", name: "株洲日报", url: "https://paper.example/" },
    });
    const alternative = gold.subtitle ?? gold.kicker;
    if (alternative) expect(ld!.alternativeHeadline).toBe(alternative);
    else expect(ld).not.toHaveProperty("alternativeHeadline");
    const authors = ld!.author as { "@type": string; name: string }[];
    expect(authors.map((a) => a.name)).toEqual(SEED_AUTHORS[item.id]);
    // the Xinhua story names no person: its author is the agency, an organisation
    expect(authors.every((a) => a["@type"] === (item.id === "20231107-1-0" ? "Organization" : "Person"))).toBe(true);
  });

  it("links the section's feeds for autodiscovery", () => {
    const html = renderArticlePage(SITE, items[0]!);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="株洲日报 · 时政 (RSS)" href="https://paper.example/feeds/politics.rss">');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="株洲日报 · 时政 (Atom)" href="https://paper.example/feeds/politics.atom">');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" title="株洲日报 · 时政 (JSON Feed)" href="https://paper.example/feeds/politics.json">');
  });
});

describe("home page", () => {
  const html = renderHomePage(SITE, { latestEdition: { date: "2023-11-07", items: [...seedItems()].reverse() }, counts: { all: 9, politics: 3, economy: 4, "agriculture-photos": 2, other: 0 } });

  it("has an autodiscovery link for every feed in every format, and the OPML", () => {
    const links = [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[3]]);
    const expected = ["all", "politics", "economy", "agriculture-photos", "other"].flatMap((s) => [
      ["application/rss+xml", `https://paper.example/feeds/${s}.rss`],
      ["application/atom+xml", `https://paper.example/feeds/${s}.atom`],
      ["application/feed+json", `https://paper.example/feeds/${s}.json`],
    ]);
    expect(links).toEqual(expected);
    expect(html).toContain('<link rel="outline" type="text/x-opml" title="株洲日报 feeds (OPML)" href="https://paper.example/feeds.opml">');
  });

  it("leads with the front page's first story, then the rest by section, each linking to its permalink", () => {
    const text = visibleText(html);
    expect(text).toContain("株洲日报");
    expect(text).toContain("Zhuzhou Daily");
    expect(text).toContain("最新一期 · 2023年11月7日");
    const items = seedItems();
    const lead = html.match(/<article class="lead">.*?<h3><a href="([^"]+)">/)!;
    expect(lead[1]).toBe(`https://paper.example/articles/${items[0]!.id}`);
    const hrefs = [...html.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]);
    const order = ["politics", "economy", "agriculture-photos", "other"];
    const rest = items.slice(1).sort((a, b) => order.indexOf(a.section.slug) - order.indexOf(b.section.slug));
    expect(hrefs).toEqual(rest.map((i) => `https://paper.example/articles/${i.id}`));
    for (const slug of new Set(rest.map((i) => i.section.slug))) expect(html).toContain(`href="https://paper.example/sections/${slug}"`);
    expect(html).toContain('href="https://paper.example/editions/"');
    expect(text).toContain("株洲日报 · 时政 (3)");
    expect(text).toContain("株洲日报 · 其他 (0)");
    expect(jsonLd(html)).toEqual([{ "@context": "https://schema.org", "@type": "NewsMediaOrganization", name: "株洲日报", alternateName: "Zhuzhou Daily", url: "https://paper.example/" }]);
  });

  it("says so before anything is published", () => {
    const empty = renderHomePage(SITE, { latestEdition: null });
    expect(visibleText(empty)).toContain("尚未发布任何一期。");
    expect(empty).toContain('href="https://paper.example/feeds/all.rss"');
  });
});

describe("Content-Security-Policy", () => {
  it("allows exactly the inline stylesheet the pages carry, by its hash", () => {
    const hash = `sha256-${createHash("sha256").update(PAGE_CSS, "utf8").digest("base64")}`;
    expect(PAGE_CSS_SHA256).toBe(hash);
    expect(PAGE_CSP).toContain(`style-src '${hash}'`);
    expect(PAGE_CSP).toMatch(/^default-src 'none';/);
    expect(PAGE_CSP).not.toMatch(/script-src|unsafe/);
    for (const html of [renderArticlePage(SITE, seedItems()[0]!), renderHomePage(SITE, { latestEdition: null })]) {
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles).toEqual([PAGE_CSS]);
      expect(html).not.toMatch(/ style=|<script(?! type="application\/ld\+json")/);
    }
  });
});
