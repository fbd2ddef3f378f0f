/**
 * HTTP semantics of the feed and HTML routes, the same as the JSON API's:
 * ETag and Last-Modified validators with 304s, Cache-Control, CORS, HEAD, 405,
 * and at most one KV read per request on a warm isolate.
 */
import { env, exports } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { POINTER_KEY } from "../../src/publish/layout.ts";
import worker from "../../src/worker/index.ts";
import { forgetLiveBuild } from "./seed.ts";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";
import { readCounter } from "./kv-counter.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

const ROUTES = [
  "/",
  "/articles/ID",
  "/feeds.opml",
  ...["all", "politics", "economy", "agriculture-photos", "other"].flatMap((s) => ["rss", "atom", "json"].map((f) => `/feeds/${s}.${f}`)),
  "/feeds/all.rss?limit=2",
  "/feeds/all.json?filter=%E6%B2%B9%E8%8C%B6",
];
let routes: string[];

beforeAll(async () => {
  await resetKv();
  const list = await (await get("/v1/sections/economy")).json<any>();
  routes = ROUTES.map((r) => r.replace("ID", list.items[0].id));
});

describe("validators", () => {
  it("every route sends a strong ETag of its own, Last-Modified = the publication time, and the API's Cache-Control", async () => {
    const tags = new Set<string>();
    for (const path of routes) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      const etag = r.headers.get("etag")!;
      expect(etag, path).toMatch(/^"[a-z2-7]+-[a-z0-9]+"$/);
      tags.add(etag);
      expect(r.headers.get("last-modified")).toBe(new Date(PUBLISHED_AT).toUTCString());
      expect(r.headers.get("cache-control")).toBe("public, max-age=60");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(tags.size).toBe(routes.length);
  });

  it("answers a matching If-None-Match with an empty 304, a stale one with 200", async () => {
    for (const path of routes) {
      const etag = (await get(path)).headers.get("etag")!;
      const again = await get(path, { headers: { "if-none-match": etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect((await get(path, { headers: { "if-none-match": `W/${etag}` } })).status).toBe(304);
      expect((await get(path, { headers: { "if-none-match": '"an-older-build-x"' } })).status).toBe(200);
    }
  });

  it("honours If-Modified-Since as feed readers send it", async () => {
    const published = new Date(PUBLISHED_AT).getTime();
    const since = (ms: number) => ({ headers: { "if-modified-since": new Date(ms).toUTCString() } });
    for (const path of ["/feeds/all.rss", "/feeds/politics.atom", "/feeds/economy.json", "/feeds.opml", "/"]) {
      expect((await get(path, since(published))).status, path).toBe(304);
      expect((await get(path, since(published - 1000))).status, path).toBe(200);
    }
  });
});

describe("CORS", () => {
  it("any origin may read feeds and pages, and their errors", async () => {
    for (const path of [...routes, "/feeds/nope.rss", "/feeds/all.rss?limit=0", "/articles/nope"]) {
      const r = await get(path, { headers: { origin: "https://reader.example" } });
      expect(r.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(r.headers.get("access-control-expose-headers")).toContain("ETag");
    }
  });

  it("a preflight for a feed is answered with 204", async () => {
    const r = await get("/feeds/all.json", { method: "OPTIONS", headers: { origin: "https://reader.example", "access-control-request-method": "GET" } });
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("methods", () => {
  it("HEAD answers with the GET status and headers and no body", async () => {
    for (const path of [...routes, "/feeds/nope.atom", "/articles/nope"]) {
      const full = await get(path);
      const head = await get(path, { method: "HEAD" });
      expect(head.status, path).toBe(full.status);
      expect(await head.text()).toBe("");
      for (const name of ["content-type", "etag", "last-modified", "content-security-policy"]) expect(head.headers.get(name), `${path} ${name}`).toBe(full.headers.get(name));
    }
  });

  it("other methods are a 405 naming the allowed ones", async () => {
    for (const path of ["/", "/feeds/all.rss", "/feeds.opml", routes[1]!]) {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const r = await get(path, { method, body: method === "DELETE" ? undefined : "x" });
        expect(r.status).toBe(405);
        expect(r.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      }
    }
  });
});

describe("KV reads", () => {
  const counter = readCounter(env.PAPER);
  const reads = counter.keys;
  const readsFor = async (path: string, headers: HeadersInit = {}) => {
    counter.reset();
    const r = await worker.fetch(new Request(`${BASE}${path}`, { headers }) as any, { ...env, PAPER: counter.kv } as Env, createExecutionContext());
    expect(r.status, path).toBeLessThan(400);
    await r.arrayBuffer();
    return reads.length;
  };

  it.each(["/feeds/all.rss", "/feeds/economy.atom?limit=1", "/feeds/politics.json?filter=x", "/", "/feeds.opml", "ARTICLE"])("%s: ≤2 reads cold (3 for a permalink, which reads its day for previous and next), ≤1 warm, none to revalidate", async (route) => {
    const path = route === "ARTICLE" ? routes[1]! : route;
    forgetLiveBuild();
    expect(await readsFor(path)).toBeLessThanOrEqual(route === "ARTICLE" ? 3 : 2);
    expect(reads[0]).toBe(POINTER_KEY);
    expect(await readsFor(path)).toBeLessThanOrEqual(1);
    const etag = (await get(path)).headers.get("etag")!;
    expect(await readsFor(path, { "if-none-match": etag })).toBe(0);
  });
});
