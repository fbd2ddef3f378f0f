/**
 * The feeds as Python's Universal Feed Parser (Debian package `python3-feedparser`,
 * the parser behind many readers and scripts) reads them: no "bozo" (malformed)
 * flag, and the seed's ids, links, instants, authors and content. RSS and Atom
 * only: Debian's feedparser 6.0 predates its JSON Feed support.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderAtom1 } from "../../src/render/atom1.ts";
import { buildChannel, buildFeedItem } from "../../src/render/index.ts";
import { renderRss2 } from "../../src/render/rss2.ts";
import { HOSTILE_SITE, hostileArticle } from "../render/hostile.fixtures.ts";
import { SEED_AUTHORS, SEED_INSTANT, SITE, seedItems } from "../render/seed.ts";
import { runTool } from "./tools.ts";

/** Debian's interpreter, where python3-feedparser installs (a python3 earlier on PATH may lack it). */
const PYTHON = "/usr/bin/python3";
const SCRIPT = `
import calendar, json, sys, feedparser
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({
        "version": d.version,
        "bozo": bool(d.bozo),
        "bozo_exception": str(d.get("bozo_exception", "")),
        "language": d.feed.get("language"),
        "entries": [{
            "id": e.get("id"),
            "link": e.get("link"),
            "title": e.get("title"),
            "published": calendar.timegm(e.published_parsed) if e.get("published_parsed") else None,
            "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
            "content": (e.get("content") or [{}])[0].get("value", ""),
            "enclosures": [{"href": x.get("href"), "length": x.get("length"), "type": x.get("type")} for x in e.get("enclosures", [])],
            "media": [{"url": m.get("url"), "type": m.get("type")} for m in e.get("media_content", [])],
        } for e in d.entries],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`;

const dir = mkdtempSync(join(tmpdir(), "edgepaper-feedparser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Parsed {
  version: string;
  bozo: boolean;
  bozo_exception: string;
  language: string | null;
  entries: { id: string; link: string; title: string; published: number | null; authors: string[]; content: string; enclosures: { href: string; length: string; type: string }[]; media: { url: string; type: string }[] }[];
}

function feedparser(files: Record<string, string>): Parsed[] {
  const paths = Object.entries(files).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  });
  const result = runTool(PYTHON, ["-c", SCRIPT, ...paths], "python3-feedparser");
  if (/No module named 'feedparser'/.test(result.stderr)) {
    throw new Error("Python's feedparser is missing: install the Debian package `python3-feedparser` (apt-get install -y python3-feedparser)");
  }
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Parsed[];
}

describe("Universal Feed Parser (python3-feedparser)", () => {
  it("reads the seed's RSS and Atom feeds of all sections without a bozo flag, with the same items", () => {
    const items = seedItems("all");
    const channel = buildChannel(SITE, "all", { items });
    const [rss, atom] = feedparser({ "all.rss": renderRss2(channel, items), "all.atom": renderAtom1(channel, items) });
    expect([rss!.version, atom!.version]).toEqual(["rss20", "atom10"]);
    for (const [format, feed] of [["rss", rss], ["atom", atom]] as const) {
      expect(feed!.bozo, `${format}: ${feed!.bozo_exception}`).toBe(false);
      expect(feed!.entries.map((e) => e.link)).toEqual(items.map((i) => i.url));
      expect(feed!.entries.map((e) => e.title)).toEqual(items.map((i) => i.title));
      for (const [n, entry] of feed!.entries.entries()) {
        expect(entry.published! * 1000, `${format} ${entry.id}`).toBe(SEED_INSTANT);
        // RSS names every author in one dc:creator (joined by 、); Atom has one author element each
        const names = SEED_AUTHORS[items[n]!.id]!;
        expect(entry.authors, `${format} ${entry.id}`).toEqual(format === "rss" ? [names.join("、")] : names);
        expect(entry.content).toContain(items[n]!.article.paragraphs.at(-1));
      }
    }
    expect(rss!.entries.map((e) => e.id)).toEqual(items.map((i) => i.id));
    expect(atom!.entries.map((e) => e.id)).toEqual(items.map((i) => `urn:edgepaper:article:${i.id}`));
    expect([rss!.language, atom!.language]).toEqual(["zh-CN", "zh-CN"]);
  });

  it("reads a photo's picture: RSS enclosure and Media RSS content, Atom enclosure link", () => {
    const [first, ...rest] = seedItems("all");
    const image = { url: `${SITE.siteUrl}/images/${"a".repeat(32)}.jpg`, type: "image/jpeg", width: 1024, height: 683, bytes: 84_211, caption: "油茶满枝", credit: "记者 甲 摄" };
    const items = [{ ...first!, images: [image] }, ...rest];
    const channel = buildChannel(SITE, "all", { items });
    const [rss, atom] = feedparser({ "pictures.rss": renderRss2(channel, items), "pictures.atom": renderAtom1(channel, items) });
    for (const feed of [rss!, atom!]) {
      expect(feed.bozo, `${feed.version}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.entries[0]!.enclosures).toEqual([{ href: image.url, length: "84211", type: "image/jpeg" }]);
      expect(feed.entries[1]!.enclosures).toEqual([]);
    }
    expect(rss!.entries[0]!.media).toEqual([{ url: image.url, type: "image/jpeg" }]);
  });

  it("reads hostile content without a bozo flag", () => {
    const item = buildFeedItem(HOSTILE_SITE, hostileArticle(`<script>&]]>"'\u0000\u0001\uD800\u202E`));
    const channel = buildChannel(HOSTILE_SITE, "all", { items: [item] });
    const parsed = feedparser({ "hostile.rss": renderRss2(channel, [item]), "hostile.atom": renderAtom1(channel, [item]) });
    for (const feed of parsed) {
      expect(feed.bozo, `${feed.version}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.entries).toHaveLength(1);
    }
  });
});
