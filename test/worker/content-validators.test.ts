/**
 * Caches that survive a daily build: an article or an edition whose content did not change
 * keeps its ETag and Last-Modified through a new build, and a conditional GET with
 * yesterday's validators answers 304; what changed gets new validators dated when it went live.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer, readPointer, POINTER_KEY } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { BASE, putPointer, resetKv } from "./seed.ts";

const get = (path: string, headers: Record<string, string> = {}) => exports.default.fetch(new Request(`${BASE}${path}`, { headers }));
const PAPER = { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" };
const articles = classifyPage(parsePage(seedText).articles);
const DAY1 = "2026-11-20T08:00:00.000Z";
const DAY2 = "2026-11-21T08:00:00.000Z";

async function publish(dates: string[], publishedAt: string) {
  const p = await plan({ paper: PAPER, pages: dates.map((date) => ({ date, page: 1, file: "p.txt", source: "p.txt", articles })) });
  for (const [key, value] of p.entries) await env.PAPER.put(key, value);
  const text = await env.PAPER.get(POINTER_KEY);
  await putPointer(makePointer(p.manifest, publishedAt, text === null ? null : readPointer(text)));
  return p.manifest.id;
}

const validators = (r: Response) => ({ etag: r.headers.get("etag")!, lastModified: r.headers.get("last-modified")! });

let id: string;
let before: { article: ReturnType<typeof validators>; edition: ReturnType<typeof validators> };

beforeAll(async () => {
  await resetKv(false);
  await publish(["2023-11-07"], DAY1);
  id = (await (await get("/v1/editions/2023-11-07")).json<any>()).pages[0].articles[0].id;
  before = { article: validators(await get(`/v1/articles/${id}`)), edition: validators(await get("/v1/editions/2023-11-07")) };
  // the next day's build: the seed plus a second day
  await publish(["2023-11-07", "2023-11-08"], DAY2);
});

describe("validators that outlive a build", () => {
  it("an unchanged article keeps its ETag and Last-Modified, and yesterday's ETag answers 304", async () => {
    const r = await get(`/v1/articles/${id}`);
    expect(r.status).toBe(200);
    expect(validators(r)).toEqual(before.article);
    expect(before.article.lastModified).toBe(new Date(DAY1).toUTCString());
    const again = await get(`/v1/articles/${id}`, { "if-none-match": before.article.etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(before.article.etag);
    expect((await get(`/v1/articles/${id}`, { "if-modified-since": before.article.lastModified })).status).toBe(304);
  });

  it("an edition whose next link changed gets new validators dated by the new build", async () => {
    const r = await get("/v1/editions/2023-11-07");
    const body = await r.json<any>();
    expect(body.next.date).toBe("2023-11-08");
    expect(r.headers.get("etag")).not.toBe(before.edition.etag);
    expect(r.headers.get("last-modified")).toBe(new Date(DAY2).toUTCString());
    expect((await get("/v1/editions/2023-11-07", { "if-none-match": before.edition.etag })).status).toBe(200);
  });

  it("the new day's articles date from the new build; lists keep build-based validators", async () => {
    const newId = (await (await get("/v1/editions/2023-11-08")).json<any>()).pages[0].articles[0].id;
    expect((await get(`/v1/articles/${newId}`)).headers.get("last-modified")).toBe(new Date(DAY2).toUTCString());
    const list = await get("/v1/sections/politics");
    expect(list.headers.get("etag")).not.toMatch(/^"c-/);
  });
});
