/**
 * The real Worker's feeds (served by `wrangler dev` over the seeds plus a page
 * with markup and XML specials in its text) read by the Debian tools: every
 * Atom feed is valid against RFC 4287's RELAX NG schema (jing), and Python's
 * Universal Feed Parser (python3-feedparser) fetches every RSS and Atom feed
 * over HTTP without a bozo flag, with the hostile title intact as text.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json" with { type: "json" };
import { HOSTILE_PAGE, HOSTILE_TITLE } from "./hostile-page.ts";
import { runTool } from "./tools.ts";
import { startWorker, type LocalWorker } from "./worker.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"];
const SCHEMA = join(import.meta.dirname, "../fixtures/schemas/atom-rfc4287.rnc");
/** Debian's interpreter, where python3-feedparser installs (a python3 earlier on PATH may lack it). */
const PYTHON = "/usr/bin/python3";
const SCRIPT = `
import json, sys, feedparser
out = []
for url in sys.argv[1:]:
    d = feedparser.parse(url)
    out.append({
        "url": url,
        "status": d.get("status"),
        "version": d.version,
        "bozo": bool(d.bozo),
        "bozo_exception": str(d.get("bozo_exception", "")),
        "titles": [e.get("title") for e in d.entries],
        "links": [e.get("link") for e in d.entries],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`;

let worker: LocalWorker;
/** Titles per section, newest edition first, then page, then position: the order every feed has. */
const expected = new Map<string, string[]>();

beforeAll(async () => {
  worker = await startWorker({ pages: [{ date: "2023-11-07", page: 2, text: HOSTILE_PAGE }] });
  const seed = gold.articles.map((a) => ({ section: a.section, title: a.title }));
  const all = [...seed, { section: "politics", title: HOSTILE_TITLE }];
  for (const section of SECTIONS) expected.set(section, all.filter((a) => section === "all" || a.section === section).map((a) => a.title));
});

afterAll(async () => {
  await worker?.stop();
});

describe("the real Worker's feeds in Debian's tools", () => {
  it.each(SECTIONS)("/feeds/%s.atom is valid against the RFC 4287 schema (jing)", async (section) => {
    const r = await fetch(`${worker.url}/feeds/${section}.atom`);
    expect(r.status).toBe(200);
    const file = join(worker.dir, `${section}.atom`);
    writeFileSync(file, await r.text());
    const result = runTool("jing", ["-c", SCHEMA, file], "jing");
    expect(result.stdout.trim()).toBe("");
    expect(result.status).toBe(0);
  });

  it("Python's feedparser fetches every RSS and Atom feed without a bozo flag, hostile title intact", () => {
    const urls = SECTIONS.flatMap((s) => ["rss", "atom"].map((f) => `${worker.url}/feeds/${s}.${f}`));
    const result = runTool(PYTHON, ["-c", SCRIPT, ...urls], "python3-feedparser");
    if (/No module named 'feedparser'/.test(result.stderr)) {
      throw new Error("Python's feedparser is missing: install the Debian package `python3-feedparser` (apt-get install -y python3-feedparser)");
    }
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { url: string; status: number; version: string; bozo: boolean; bozo_exception: string; titles: string[]; links: string[] }[];
    expect(parsed).toHaveLength(urls.length);
    for (const feed of parsed) {
      const section = /\/feeds\/([\w-]+)\./.exec(feed.url)![1]!;
      expect(feed.status, feed.url).toBe(200);
      expect(feed.bozo, `${feed.url}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.version).toBe(feed.url.endsWith(".rss") ? "rss20" : "atom10");
      expect(feed.titles, feed.url).toEqual(expected.get(section));
      expect(feed.links.every((l) => l.startsWith(`${worker.url}/articles/`))).toBe(true);
    }
  });

  it("the search feeds (a saved search) are valid Atom (jing) and read by feedparser like the sections' feeds", () => {
    const searches: [string, string[]][] = [
      ["油茶", ["油茶满枝喜丰收"]],
      ["楓橋", [gold.articles.find((a) => (a.title ?? "").includes("枫桥"))!.title!]],
    ];
    const urls = searches.flatMap(([q]) => ["rss", "atom"].map((f) => `${worker.url}/feeds/search.${f}?q=${encodeURIComponent(q)}`));
    for (const [q] of searches) {
      const file = join(worker.dir, `search-${q}.atom`);
      const r = runTool("curl", ["-sf", "-o", file, `${worker.url}/feeds/search.atom?q=${encodeURIComponent(q)}`], "curl");
      expect(r.status).toBe(0);
      const verdict = runTool("jing", ["-c", SCHEMA, file], "jing");
      expect(verdict.stdout.trim()).toBe("");
      expect(verdict.status).toBe(0);
    }
    const result = runTool(PYTHON, ["-c", SCRIPT, ...urls], "python3-feedparser");
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { url: string; status: number; version: string; bozo: boolean; bozo_exception: string; titles: string[] }[];
    parsed.forEach((feed, i) => {
      expect(feed.status, feed.url).toBe(200);
      expect(feed.bozo, `${feed.url}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.titles, feed.url).toEqual(searches[Math.floor(i / 2)]![1]);
    });
  });
});
