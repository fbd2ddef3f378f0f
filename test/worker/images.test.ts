/**
 * Photos' pictures at the edge: the seed build with a picture tied to one photo of a text
 * report and one of a photo story. `/images/<hash>.<ext>` serves the bytes, immutable, with a
 * strong ETag and 304s; every format carries the picture (JSON `image`, RSS enclosure and
 * Media RSS, Atom enclosure link, JSON Feed image and attachments, HTML figure).
 */
import { env, exports } from "cloudflare:workers";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import manifestText from "../fixtures/seed/manifest.json?raw";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import type { ClassifiedArticle } from "../../src/core/model.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer, mediaKey } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { xmlErrors } from "../render/xml-check.ts";
import { makeJpeg, makePng } from "../support/images.ts";
import { BASE, PUBLISHED_AT, putPointer } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

const PNG = makePng(4, 3);
const JPEG = makeJpeg(1024, 683);
const PNG_HASH = "pngpngpngpngpngpngpngpngpngpngpn";
const JPEG_HASH = "jpgjpgjpgjpgjpgjpgjpgjpgjpgjpgjp".replace(/[^a-z2-7]/g, "a");
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

let report: ClassifiedArticle;
let story: ClassifiedArticle;
const ids = new Map<ClassifiedArticle, string>();

beforeAll(async () => {
  const listed = await env.PAPER.list();
  await Promise.all(listed.keys.map((k) => env.PAPER.delete(k.name)));
  const source = readSourceManifest("seeds/manifest.json", manifestText);
  const articles = classifyPage(parsePage(seedText).articles);
  report = articles.find((a) => a.kind !== "photo" && a.photos.length > 0)!;
  story = articles.find((a) => a.kind === "photo" && a.title?.includes("油茶") === true)!; // the oil-tea photo story
  report.photos[0]!.image = { hash: PNG_HASH, ext: "png", type: "image/png", width: 4, height: 3, bytes: PNG.length };
  story.photos[0]!.image = { hash: JPEG_HASH, ext: "jpg", type: "image/jpeg", width: 1024, height: 683, bytes: JPEG.length };
  const media = new Map([
    [mediaKey(PNG_HASH, "png"), base64(PNG)],
    [mediaKey(JPEG_HASH, "jpg"), base64(JPEG)],
  ]);
  const p = source.pages[0]!;
  const built = await plan({ paper: source.paper, pages: [{ date: p.date, page: p.page, file: p.file, source: p.file, articles }], media });
  for (const [key, value] of built.entries) await env.PAPER.put(key, value);
  await putPointer(makePointer(built.manifest, PUBLISHED_AT, null));
  const day = (await (await get(`/v1/editions/${p.date}`)).json()) as { pages: { articles: { id: string; title: string | null }[] }[] };
  for (const a of day.pages.flatMap((pg) => pg.articles)) for (const x of [report, story]) if (a.title === x.title) ids.set(x, a.id);
  expect(ids.size).toBe(2);
});

describe("GET /images/<hash>.<ext>", () => {
  it("serves the picture's bytes, its type, cached a year as immutable, with a strong ETag", async () => {
    const r = await get(`/images/${PNG_HASH}.png`);
    expect(r.status).toBe(200);
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(PNG);
    expect(r.headers.get("content-type")).toBe("image/png");
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(r.headers.get("etag")).toBe(`"m-${PNG_HASH}"`);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    const jpeg = await get(`/images/${JPEG_HASH}.jpg`);
    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await jpeg.arrayBuffer())).toEqual(JPEG);
  });

  it("answers a revalidation with 304, and HEAD without a body", async () => {
    const r = await get(`/images/${PNG_HASH}.png`, { headers: { "if-none-match": `W/"x", "m-${PNG_HASH}"` } });
    expect(r.status).toBe(304);
    expect(r.headers.get("etag")).toBe(`"m-${PNG_HASH}"`);
    expect(await r.text()).toBe("");
    const stale = await get(`/images/${PNG_HASH}.png`, { headers: { "if-none-match": `"m-other"` } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
    const head = await get(`/images/${PNG_HASH}.png`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("image/png");
    expect(await head.text()).toBe("");
  });

  it("a picture KV does not hold, a wrong extension or a name of another shape is a 404", async () => {
    for (const path of [`/images/${"b".repeat(32)}.png`, `/images/${PNG_HASH}.jpg`, "/images/..%2Flive", `/images/${PNG_HASH}.svg`, "/images/x.png"]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get("content-type"), path).toMatch(/^application\/problem\+json/);
    }
  });
});

describe("every format carries the picture", () => {
  const url = `${BASE}/images/${PNG_HASH}.png`;

  it("JSON API: photos[].image {url, type, width, height}, in full and summary fields; no image key without a picture", async () => {
    const a = (await (await get(`/v1/articles/${ids.get(report)}`)).json()) as { photos: { image?: unknown }[] };
    expect(a.photos[0]!.image).toEqual({ url, type: "image/png", width: 4, height: 3 });
    const list = (await (await get("/v1/sections/all?fields=summary&limit=100")).json()) as { items: { id: string; photos: { image?: unknown }[] }[] };
    expect(list.items.find((i) => i.id === ids.get(report))!.photos[0]!.image).toEqual({ url, type: "image/png", width: 4, height: 3 });
    const others = list.items.filter((i) => i.id !== ids.get(report) && i.id !== ids.get(story)).flatMap((i) => i.photos);
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p).not.toHaveProperty("image");
  });

  it("RSS: one enclosure, Media RSS content with description and credit; still well-formed", async () => {
    const xml = await (await get("/feeds/all.rss")).text();
    expect(xmlErrors(xml)).toEqual([]);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const feed = parseRssFeed(xml);
    const item = feed.items!.find((i) => i.title === report.title)!;
    expect(item.enclosures?.[0]).toMatchObject({ url, length: PNG.length, type: "image/png" });
    expect(xml).toContain(`<media:content url="${url}" type="image/png" medium="image" width="4" height="3" fileSize="${PNG.length}">`);
    expect(xml).toContain(`<media:credit role="photographer">${report.photos[0]!.credit}</media:credit>`);
    const storyItem = feed.items!.find((i) => i.title === story.title)!;
    expect(storyItem.enclosures?.[0]?.url).toBe(`${BASE}/images/${JPEG_HASH}.jpg`);
  });

  it("Atom: an enclosure link per picture; JSON Feed: image and attachments", async () => {
    const atom = parseAtomFeed(await (await get("/feeds/all.atom")).text());
    const entry = atom.entries!.find((e) => e.links?.some((l) => l.rel === "alternate" && l.href === `${BASE}/articles/${ids.get(report)}`))!;
    expect(entry.links).toContainEqual(expect.objectContaining({ rel: "enclosure", href: url, type: "image/png", length: PNG.length }));
    const json = parseJsonFeed(await (await get("/feeds/all.json")).json());
    const item = json.items!.find((i) => i.title === report.title)!;
    expect(item.image).toBe(url);
    expect(item.attachments).toEqual([expect.objectContaining({ url, mime_type: "image/png", size_in_bytes: PNG.length })]);
    expect(item.content_html).toContain(`<img src="${url}" width="4" height="3" alt="`);
  });

  it("HTML: the permalink shows the picture in its figure, sized, with the caption as its text alternative", async () => {
    const html = await (await get(`/articles/${ids.get(report)}`, { headers: { accept: "text/html" } })).text();
    const img = /<figure class="photo"><img src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)" loading="lazy" decoding="async"><figcaption>/.exec(html);
    expect(img?.slice(1, 4)).toEqual([url, "4", "3"]);
    expect(img?.[4]).toBe(report.photos[0]!.caption.trim().replace(/\s+/g, " "));
  });
});
