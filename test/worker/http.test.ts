/** HTTP semantics: validators and 304s, caching, CORS, methods, HEAD, problem documents. */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";

const fetchPath = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

const ROUTES = ["/v1/sections", "/v1/sections/politics", "/v1/sections/politics?limit=1", "/v1/articles/ID", "/v1/editions/2023-11-07"];
let routes: string[];

beforeAll(async () => {
  await resetKv();
  const list = await (await fetchPath("/v1/sections/politics")).json<any>();
  routes = ROUTES.map((r) => r.replace("ID", list.items[0].id));
});

describe("If-None-Match: *", () => {
  it("is 304 only where a current representation exists (RFC 9110 §13.1.2): a missing article, section or edition is still 404", async () => {
    for (const path of routes) {
      for (let i = 0; i < 2; i++) {
        const r = await fetchPath(path, { headers: { "if-none-match": "*" } });
        expect(r.status, path).toBe(304);
        expect(r.headers.get("etag"), path).toMatch(/^"/);
      }
    }
    for (const path of ["/v1/articles/20231107-1-aaaaaaaa", "/v1/sections/nosuch", "/v1/editions/2001-01-01", "/articles/20231107-1-aaaaaaaa", "/feeds/nosuch.rss"]) {
      const r = await fetchPath(path, { headers: { "if-none-match": "*" } });
      expect(r.status, path).toBe(404);
    }
  });
});

describe("validators", () => {
  it("sends a strong ETag that differs per request and a Last-Modified equal to the publication time", async () => {
    const tags = new Set<string>();
    for (const path of routes) {
      const r = await fetchPath(path);
      expect(r.status).toBe(200);
      const etag = r.headers.get("etag")!;
      expect(etag).toMatch(/^"(?:[a-z2-7]+|c-[a-z0-9]+)-[a-z0-9]+"$/); // build-based, or content-based for articles and editions
      tags.add(etag);
      expect(r.headers.get("last-modified")).toBe(new Date(PUBLISHED_AT).toUTCString());
      expect(r.headers.get("cache-control")).toBe("public, max-age=60");
    }
    expect(tags.size).toBe(routes.length);
  });

  it("answers a matching If-None-Match with 304 and no body, a stale one with 200", async () => {
    for (const path of routes) {
      const first = await fetchPath(path);
      const etag = first.headers.get("etag")!;
      const again = await fetchPath(path, { headers: { "if-none-match": etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("public, max-age=60");
      expect((await fetchPath(path, { headers: { "if-none-match": `"other", ${etag}` } })).status).toBe(304);
      expect((await fetchPath(path, { headers: { "if-none-match": `W/${etag}` } })).status).toBe(304);
      expect((await fetchPath(path, { headers: { "if-none-match": '"stale-build-etag"' } })).status).toBe(200);
    }
  });

  it("compares If-Modified-Since as 'not modified since' (>=), not equality", async () => {
    const published = new Date(PUBLISHED_AT).getTime();
    const at = (ms: number) => ({ headers: { "if-modified-since": new Date(ms).toUTCString() } });
    expect((await fetchPath("/v1/sections", at(published))).status).toBe(304);
    expect((await fetchPath("/v1/sections", at(published + 86_400_000))).status).toBe(304);
    expect((await fetchPath("/v1/sections", at(published - 1000))).status).toBe(200);
    expect((await fetchPath("/v1/sections", { headers: { "if-modified-since": "not a date" } })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110).
    expect((await fetchPath("/v1/sections", { headers: { "if-none-match": '"x"', "if-modified-since": new Date(published + 1000).toUTCString() } })).status).toBe(200);
  });
});

describe("CORS", () => {
  it("lets any origin read GET and HEAD responses, errors included", async () => {
    for (const path of [...routes, "/v1/sections/nope", "/nothing-here"]) {
      const r = await fetchPath(path, { headers: { origin: "https://app.example" } });
      expect(r.headers.get("access-control-allow-origin")).toBe("*");
      expect(r.headers.get("access-control-expose-headers")).toContain("ETag");
    }
  });

  it("answers an OPTIONS preflight with 204 and the allowed methods and headers", async () => {
    const r = await fetchPath("/v1/sections/politics", {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    expect(r.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(r.headers.get("access-control-allow-headers")).toBe("if-none-match");
    expect(Number(r.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });
});

describe("methods", () => {
  it("answers other methods with 405, Allow and a problem document", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const r = await fetchPath("/v1/sections", { method, body: method === "DELETE" ? undefined : "x" });
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect((await r.json<any>()).status).toBe(405);
    }
  });

  it("answers HEAD like GET without a body", async () => {
    for (const path of [...routes, "/v1/sections/nope"]) {
      const get = await fetchPath(path);
      const head = await fetchPath(path, { method: "HEAD" });
      expect(head.status).toBe(get.status);
      expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
      expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
      expect(await head.text()).toBe("");
    }
  });
});

describe("limits", () => {
  it("refuses URLs longer than 4096 characters with 414", async () => {
    const r = await fetchPath(`/v1/sections/politics?x=${"a".repeat(5000)}`);
    expect(r.status).toBe(414);
    expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect((await fetchPath(`/?x=${"a".repeat(3000)}`)).status).toBe(200);
  });
});

describe("not found", () => {
  it("answers unknown paths, articles and editions with a 404 problem", async () => {
    for (const path of ["/nope", "/v1", "/v1/articles/20231107-1-aaaaaaaa", "/v1/articles/not-an-id", "/v1/articles/20991231-1-aaaaaaaa", "/v1/editions/2023-11-08"]) {
      const r = await fetchPath(path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = await r.json<any>();
      expect(body).toMatchObject({ status: 404, type: "urn:edgepaper:problem:not-found", title: "Not found" });
      expect(body.detail).toEqual(expect.any(String));
    }
  });
});
