/**
 * Hostile content through every renderer: markup, `]]>`, quotes, every C0 control,
 * lone surrogates, right-to-left marks and a 10,000-character line. XML must stay
 * well-formed to a strict parser, JSON valid, HTML escaped — and the words must
 * reach the reader intact, minus only the characters XML forbids.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import { parseAtomFeed, parseJsonFeed, parseOpml, parseRssFeed } from "feedsmith";
import fc from "fast-check";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderArticlePage } from "../../src/render/article-page.ts";
import { renderAtom1 } from "../../src/render/atom1.ts";
import { cleanText } from "../../src/render/escape.ts";
import { renderHomePage } from "../../src/render/home-page.ts";
import { buildChannel, buildFeedItem, type FeedItem } from "../../src/render/index.ts";
import { renderJsonFeed } from "../../src/render/json.ts";
import { renderOpml } from "../../src/render/opml.ts";
import { renderRss2 } from "../../src/render/rss2.ts";
import { HOSTILE_SITE, LONG_LINE, hostileArticle } from "./hostile.fixtures.ts";
import { xmlErrors } from "./xml-check.ts";

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
const NASTY = `Tom & Jerry <script>alert("x")</script> ]]> 'q' "dq" ${C0} lone\uD800high lone\uDFFFlow \uFFFE\uFFFF \u200Fעברית\u202Eطويل\u202C \u2028\u2029 </textarea><!-- --> &amp; &#0;`;
/** What a reader must see: the text with only XML-illegal characters removed. */
const SEEN = cleanText(NASTY);

function hostileItem(text = NASTY): FeedItem {
  return buildFeedItem(HOSTILE_SITE, hostileArticle(text));
}

describe("hostile content", () => {
  const item = hostileItem();
  const channel = buildChannel(HOSTILE_SITE, "politics", { items: [item] });

  it("keeps every legal character, RTL marks and the 10,000-character line", () => {
    expect(SEEN).toContain("\u200Fעברית\u202Eطويل\u202C");
    expect(SEEN).toContain("\t\n\r");
    expect(SEEN).not.toMatch(/[\u0000\u0001\u001F\uFFFE\uFFFF]/);
    expect(item.title).toBe(SEEN.trim());
    expect(item.article.paragraphs[1]).toBe(cleanText(LONG_LINE));
    expect(item.article.paragraphs[1]).toHaveLength(10_000 - 2);
  });

  it("RSS stays well-formed and every parser reads the original words", async () => {
    const xml = renderRss2(channel, [item]);
    expect(xmlErrors(xml)).toEqual([]);
    const feed = parseRssFeed(xml);
    const parsed = feed.items![0]!;
    expect(feed.title).toBe(cleanText(`株洲<日报>&"'\u0000\uD800 · 时政`));
    expect(parsed.title).toBe(SEEN.trim());
    expect(parsed.description).toBe(SEEN.trim());
    expect(parsed.dc?.creators).toEqual([`${SEEN}1、${SEEN}2`]);
    // the HTML is escaped exactly once: the reader gets markup whose text is the script tag
    expect(parsed.content?.encoded).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(parsed.content?.encoded).not.toContain("<script");
    expect(parsed.content?.encoded).toContain(cleanText(LONG_LINE).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    const second = await new Parser<Record<string, unknown>, { "content:encoded": string }>().parseString(xml);
    expect(second.items[0]!.guid).toBe("hostile-1");
    expect(second.items[0]!.title).toBe(SEEN.trim());
    expect(second.items[0]!["content:encoded"]).toContain("&lt;script&gt;");
    expect(second.items[0]!["content:encoded"]).not.toContain("<script");
    // @rowanmanning/feed-parser decodes entities a second time by design, so it only shows the feed is accepted
    expect(parseFeed(xml).items[0]!.id).toBe("hostile-1");
  });

  it("Atom stays well-formed and keeps titles, authors and escaped content", async () => {
    const xml = renderAtom1(channel, [item]);
    expect(xmlErrors(xml)).toEqual([]);
    const entry = parseAtomFeed(xml).entries![0]!;
    expect(entry.title?.value).toBe(SEEN.trim());
    expect(entry.authors?.map((a) => a.name)).toEqual([`${SEEN}1`, `${SEEN}2`]);
    expect(entry.content?.value).toContain("&lt;script&gt;");
    expect(entry.content?.value).not.toContain("<script");
    const second = await new Parser().parseString(xml);
    expect(second.items[0]!.title).toBe(SEEN.trim());
    expect(second.items[0]!.content).toContain("&lt;script&gt;");
    expect(second.items[0]!.content).not.toContain("<script");
    expect(parseFeed(xml).items[0]!.id).toBe("urn:edgepaper:article:hostile-1");
  });

  it("JSON Feed stays valid JSON with well-formed strings and escaped HTML", () => {
    const text = renderJsonFeed(channel, [item]);
    const json = JSON.parse(text);
    expect((text as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
    expect(text).not.toMatch(/\\u(d[89a-f][0-9a-f]{2}|000[0-8bcef]|001[0-9a-f])/i);
    const parsed = parseJsonFeed(json).items![0]!;
    expect(parsed.title).toBe(SEEN.trim());
    expect(parsed.content_html).toContain("&lt;script&gt;");
    expect(parsed.content_html).not.toContain("<script");
    expect(json.items[0].summary).toContain(SEEN);
    expect(json.items[0]._edgepaper.kicker).toBe(SEEN);
    expect(json.title).toBe(cleanText(`株洲<日报>&"'\u0000\uD800 · 时政`));
  });

  it("OPML stays well-formed with a hostile paper name", () => {
    const xml = renderOpml(HOSTILE_SITE);
    expect(xmlErrors(xml)).toEqual([]);
    expect(parseOpml(xml).head?.title).toBe(cleanText(`株洲<日报>&"'\u0000\uD800 feeds`));
  });

  it("HTML pages escape everything and the JSON-LD cannot break out of its script", () => {
    for (const html of [renderArticlePage(HOSTILE_SITE, item), renderHomePage(HOSTILE_SITE, { latestEdition: { date: "2023-11-07", items: [item] } })]) {
      expect(html.split("<script").length).toBe(2); // the JSON-LD block only
      expect(html.split("</script>").length).toBe(2);
      expect(html).not.toMatch(/<script>alert|<\/textarea>|<!--|<b>/);
      expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      expect((html as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(ld["@context"]).toBe("https://schema.org");
    }
    const page = renderArticlePage(HOSTILE_SITE, item);
    expect(page).toContain("Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &#39;q&#39; &quot;dq&quot;");
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(ld.headline).toBe(SEEN.trim());
    expect(ld.articleBody).toContain(cleanText(LONG_LINE));
  });

  it("odd ids are escaped in links and guids, never crash", () => {
    const odd = buildFeedItem(HOSTILE_SITE, hostileArticle("x", `a"<&>\uD800 b`));
    expect(odd.url).toBe("https://paper.example/articles/a%22%3C%26%3E%20b");
    const xml = renderRss2(channel, [odd]);
    expect(xmlErrors(xml)).toEqual([]);
    expect(parseRssFeed(xml).items![0]!.guid?.value).toBe(`a"<&> b`);
  });
});

/** Any UTF-16 code unit, favouring the troublemakers. */
const hostileChar = fc.oneof(
  fc.constantFrom("&", "<", ">", "]]>", '"', "'", "\u0000", "\u001F", "\uD800", "\uDC00", "\uFFFE", "\u202E", "\u2028", "</script>", "&#0;", "-->"),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const hostileText = fc.array(hostileChar, { maxLength: 40 }).map((parts) => parts.join(""));

it("property: for any text, XML stays well-formed, JSON valid and HTML free of injected elements", () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const item = buildFeedItem(HOSTILE_SITE, { ...hostileArticle(text), paragraphs: [text] });
      const channel = buildChannel(HOSTILE_SITE, "all", { items: [item] });
      expect(xmlErrors(renderRss2(channel, [item]))).toEqual([]);
      expect(xmlErrors(renderAtom1(channel, [item]))).toEqual([]);
      const json = renderJsonFeed(channel, [item]);
      expect(item.article.paragraphs[0]).toBe(cleanText(text));
      expect(JSON.parse(json).items[0].content_html).toBe(item.contentHtml);
      const html = renderArticlePage(HOSTILE_SITE, item);
      expect(html.split("<script").length).toBe(2);
      expect(html.split("</script>").length).toBe(2);
    }),
    { numRuns: 150 },
  );
});
