/**
 * A real feed reader against the real Worker: newsboat (Debian package
 * `newsboat`) subscribes to the RSS and Atom feeds of every section and of
 * `all`, served by `wrangler dev` over a local KV state the build CLI
 * published the seeds into. Its cache (sqlite, read with node:sqlite) must hold
 * every seed item with the right title, date and author. Reloading with nothing
 * changed, and reloading after a rebuild that adds the next day's edition,
 * must create no duplicates and leave every stored item as it was.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json" with { type: "json" };
import { makePng } from "../support/images.ts";
import { runToolAsync } from "./tools.ts";
import { seedsCopy, startWorker, type LocalWorker } from "./worker.ts";

const SECTIONS = ["all", "politics", "economy", "agriculture-photos", "other"];
const FORMATS = ["rss", "atom"] as const;
/** The seed edition, 2023-11-07, at 06:00 in Beijing (the manifest gives no time): 2023-11-06 22:00 UTC. */
const SEED_EPOCH_S = Date.UTC(2023, 10, 6, 22, 0, 0) / 1000;
const DAY_S = 86_400;

/** Who each gold article is by, read off the printed page: authors, then photographers, else the dateline's agency. */
function goldAuthors(a: (typeof gold.articles)[number]): string[] {
  const names = [...new Set([...a.authors.map((p) => p.name), ...a.photos.flatMap((p) => p.photographers.map((q) => q.name))])];
  return names.length > 0 ? names : [a.dateline!.agency];
}

let worker: LocalWorker;
/**
 * Two newsboat profiles: one subscribed to the section feeds, one to `all`.
 * newsboat stores an item once per guid whichever feed brought it, so one
 * profile subscribed to both would keep each article under only one feed.
 */
const READERS = { sections: SECTIONS.filter((s) => s !== "all"), all: ["all"] };
type Reader = keyof typeof READERS;
const dirs = {} as Record<Reader, string>;

interface CachedItem {
  feedurl: string;
  guid: string;
  title: string;
  author: string;
  url: string;
  pubDate: number;
}

/** `newsboat -x reload` in every profile. */
async function reload(): Promise<void> {
  for (const dir of Object.values(dirs)) {
    const result = await runToolAsync("newsboat", ["-u", join(dir, "urls"), "-c", join(dir, "cache.db"), "-C", join(dir, "config"), "-x", "reload"], "newsboat");
    expect(result.stderr, worker.log()).toBe("");
    expect(result.status).toBe(0);
  }
}

/** `sql` run on every profile's cache, rows concatenated. */
function query<T>(sql: string): T[] {
  return Object.values(dirs).flatMap((dir) => {
    const db = new DatabaseSync(join(dir, "cache.db"), { readOnly: true });
    try {
      return db.prepare(sql).all() as unknown as T[];
    } finally {
      db.close();
    }
  });
}

const cached = () => query<CachedItem>("SELECT feedurl, guid, title, author, url, pubDate FROM rss_item ORDER BY feedurl, guid");
const feedUrl = (section: string, format: string) => `${worker.url}/feeds/${section}.${format}`;
const idOf = (item: CachedItem) => item.guid.replace("urn:edgepaper:article:", "");

/** A picture tied to the seed's oil-tea photo story (its credit, line 146). */
const OIL_TEA = { file: "oil-tea.png", bytes: makePng(64, 40, [120, 140, 60]), line: 146 };

beforeAll(async () => {
  worker = await startWorker({ images: [OIL_TEA] });
  for (const [reader, sections] of Object.entries(READERS) as [Reader, string[]][]) {
    const dir = (dirs[reader] = mkdtempSync(join(worker.dir, `newsboat-${reader}-`)));
    writeFileSync(join(dir, "urls"), sections.flatMap((s) => FORMATS.map((f) => `${feedUrl(s, f)}\n`)).join(""));
    writeFileSync(join(dir, "config"), "");
  }
});

afterAll(async () => {
  await worker?.stop();
});

describe("newsboat subscribed to the Worker's section feeds", () => {
  let ids: Map<string, string>;

  it("holds every seed item of every feed with its title, date and author", async () => {
    // the ids the build gave the seed's articles, by title, from the JSON API
    const edition = (await (await fetch(`${worker.url}/v1/editions/2023-11-07`)).json()) as { pages: { articles: { id: string; title: string }[] }[] };
    ids = new Map(edition.pages.flatMap((p) => p.articles.map((a) => [a.title, a.id] as const)));
    expect(ids.size).toBe(gold.articles.length);

    await reload();
    const items = cached();
    expect(items).toHaveLength(gold.articles.length * 2 * 2); // every article in `all` and in its section, in two formats
    for (const section of SECTIONS) {
      const expected = gold.articles.filter((a) => section === "all" || a.section === section);
      for (const format of FORMATS) {
        const got = items.filter((i) => i.feedurl === feedUrl(section, format));
        expect(got.map(idOf).sort(), `${section}.${format}`).toEqual(expected.map((a) => ids.get(a.title)!).sort());
        for (const a of expected) {
          const id = ids.get(a.title)!;
          const item = got.find((i) => idOf(i) === id)!;
          expect(item.guid).toBe(format === "atom" ? `urn:edgepaper:article:${id}` : id);
          expect(item.title).toBe(a.title);
          expect(item.pubDate).toBe(SEED_EPOCH_S);
          expect(item.url).toBe(`${worker.url}/articles/${id}`);
          // every printed name: RSS has one dc:creator joining them with 、 (newsboat keeps only one), Atom one author each, joined by newsboat with ", "
          const authors = goldAuthors(a);
          expect(item.author).toBe(format === "atom" ? authors.join(", ") : authors.join("、"));
        }
      }
    }
  });

  it("shows the oil-tea photo story's picture in its content (newsboat keeps only audio and video enclosures), an image the Worker serves", async () => {
    const rows = query<{ feedurl: string; title: string; content: string; enclosure_url: string }>("SELECT feedurl, title, content, enclosure_url FROM rss_item WHERE content LIKE '%<img %'");
    const oilTea = gold.articles.find((a) => a.kind === "photo" && a.title.includes("油茶"))!;
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set([oilTea.title]));
    expect(rows.map((r) => r.feedurl).sort()).toEqual([feedUrl("agriculture-photos", "atom"), feedUrl("agriculture-photos", "rss"), feedUrl("all", "atom"), feedUrl("all", "rss")].sort());
    for (const row of rows) {
      const src = /<img src="([^"]+)" width="64" height="40"/.exec(row.content)?.[1];
      expect(src, row.feedurl).toMatch(new RegExp(`^${worker.url}/images/[a-z2-7]+\\.png$`));
      // newsboat 2.21 stores an enclosure only when it is audio or video (a podcast), so an image's stays empty.
      expect(row.enclosure_url).toBe("");
      const image = await fetch(src!);
      expect(image.status).toBe(200);
      expect(image.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(new Uint8Array(await image.arrayBuffer())).toEqual(OIL_TEA.bytes);
    }
  });

  it("a reload with nothing new changes nothing; newsboat keeps the Worker's validators and revalidates", async () => {
    const before = cached();
    // newsboat 2.21 stores a feed's ETag and Last-Modified from its second fetch on (newsboat issue #2734)
    await reload();
    expect(cached()).toEqual(before);
    const feeds = query<{ rssurl: string; etag: string; lastmodified: number }>("SELECT rssurl, etag, lastmodified FROM rss_feed ORDER BY rssurl");
    expect(feeds).toHaveLength(SECTIONS.length * FORMATS.length);
    for (const feed of feeds) {
      const r = await fetch(feed.rssurl, { method: "HEAD" });
      expect(feed.etag, feed.rssurl).toBe(r.headers.get("etag"));
      expect(feed.lastmodified * 1000).toBe(Date.parse(r.headers.get("last-modified")!));
    }
    const logged = worker.log().length;
    await reload();
    // wrangler dev logs each request: this reload was answered with 304s, newsboat sent the validators back.
    // Its log reaches us through a pipe, so wait (bounded) for every line rather than read it once.
    const expected = SECTIONS.flatMap((section) => FORMATS.map((format) => new RegExp(`GET /feeds/${section}\\.${format} 304`)));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !expected.every((re) => re.test(worker.log().slice(logged)))) await new Promise((r) => setTimeout(r, 100));
    const requests = worker.log().slice(logged);
    for (const re of expected) expect(requests).toMatch(re);
    expect(cached()).toEqual(before);
  });

  it("after a rebuild that adds the next day's edition: the new items, no duplicates, the stored ones unchanged", async () => {
    const before = cached();
    const next = await worker.publish(seedsCopy(worker.dir, { nextDays: ["2023-11-08"], images: [OIL_TEA] }));
    expect(next).not.toBe(worker.build);
    await reload();
    const after = cached();
    expect(new Set(after.map((i) => `${i.feedurl} ${i.guid}`)).size).toBe(after.length);
    expect(after).toHaveLength(before.length * 2);
    for (const item of before) expect(after).toContainEqual(item);
    const added = after.filter((i) => !before.some((b) => b.feedurl === i.feedurl && b.guid === i.guid));
    expect(added.every((i) => i.pubDate === SEED_EPOCH_S + DAY_S && idOf(i).startsWith("20231108-"))).toBe(true);
    expect(added.map((i) => i.title).sort()).toEqual(before.map((i) => i.title).sort());
  });
});
