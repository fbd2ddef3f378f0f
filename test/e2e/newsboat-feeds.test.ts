/**
 * The rendered feeds in a real feed reader: newsboat (Debian package `newsboat`)
 * subscribes to the RSS and Atom feeds served over loopback, reloads, and its
 * cache must hold every seed item with its title, date and authors. Rendering
 * the feeds again from a rebuilt set of items (new order, later build time) and
 * reloading must create no duplicates: the guids are stable.
 *
 * This checks the renderers alone; the Worker's own end-to-end test drives newsboat
 * against `wrangler dev`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildChannel, buildFeedItem, renderFeed, sortFeedItems, type SiteConfig } from "../../src/render/index.ts";
import { SEED_AUTHORS, SEED_INSTANT, SITE, seedArticles } from "../render/seed.ts";
import { runToolAsync } from "./tools.ts";

const dir = mkdtempSync(join(tmpdir(), "edgepaper-newsboat-"));
const feeds = new Map<string, string>();
let server: Server;
let site: SiteConfig;

/** Renders the all-sections RSS and the politics Atom feed, as a build at `updated` would. */
function publish(reverse: boolean, updated: string): void {
  const records = reverse ? [...seedArticles()].reverse() : seedArticles();
  const items = sortFeedItems(records.map((r) => buildFeedItem(site, r)));
  feeds.set("/feeds/all.rss", renderFeed("rss", buildChannel(site, "all", { items, updated }), items));
  const politics = items.filter((i) => i.section.slug === "politics");
  feeds.set("/feeds/politics.atom", renderFeed("atom", buildChannel(site, "politics", { items: politics, updated }), politics));
}

async function reload(): Promise<void> {
  const result = await runToolAsync("newsboat", ["-u", join(dir, "urls"), "-c", join(dir, "cache.db"), "-C", join(dir, "config"), "-x", "reload"], "newsboat");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

interface CachedItem {
  feedurl: string;
  guid: string;
  title: string;
  author: string;
  pubDate: number;
}

function cached(): CachedItem[] {
  const db = new DatabaseSync(join(dir, "cache.db"), { readOnly: true });
  try {
    return db.prepare("SELECT feedurl, guid, title, author, pubDate FROM rss_item ORDER BY feedurl, guid").all() as unknown as CachedItem[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = feeds.get(new URL(request.url ?? "/", "http://localhost").pathname);
    response.writeHead(body ? 200 : 404, { "content-type": request.url?.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml" });
    response.end(body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = { ...SITE, siteUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  writeFileSync(join(dir, "urls"), `${site.siteUrl}/feeds/all.rss\n${site.siteUrl}/feeds/politics.atom\n`);
  writeFileSync(join(dir, "config"), "");
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("newsboat reads the rendered feeds", () => {
  it("holds every seed item with its title, date and authors", async () => {
    publish(false, "2023-11-06T22:00:00Z");
    await reload();
    const items = cached();
    const rss = items.filter((i) => i.feedurl.endsWith("/all.rss"));
    const atom = items.filter((i) => i.feedurl.endsWith("/politics.atom"));
    const ids = Object.keys(SEED_AUTHORS).sort();
    expect(rss.map((i) => i.guid)).toEqual(ids);
    expect(atom.map((i) => i.guid)).toEqual(ids.slice(0, 3).map((id) => `urn:edgepaper:article:${id}`));
    const byId = new Map(sortFeedItems(seedArticles().map((r) => buildFeedItem(site, r))).map((i) => [i.id, i]));
    for (const item of [...rss, ...atom]) {
      const id = item.guid.replace("urn:edgepaper:article:", "");
      expect(item.title).toBe(byId.get(id)!.title);
      expect(item.pubDate * 1000).toBe(SEED_INSTANT);
      const authors = SEED_AUTHORS[id]!;
      // newsboat keeps the last dc:creator of an RSS item, and joins an Atom entry's authors with ", "
      expect(item.author).toBe(item.feedurl.endsWith(".atom") ? authors.join(", ") : authors.at(-1));
    }
  });

  it("creates no duplicates when the feeds are rendered again from a rebuild", async () => {
    const before = cached();
    publish(true, "2023-11-07T10:00:00Z");
    await reload();
    const after = cached();
    expect(after.map((i) => [i.feedurl, i.guid])).toEqual(before.map((i) => [i.feedurl, i.guid]));
    expect(after).toHaveLength(12);
  });
});
