/**
 * Request limits: the query string is bounded in parameter count and in the
 * length of every parameter a route reads, whatever the route, with a 400
 * naming the parameter; only an over-long URL with no such parameter is a 414.
 * Cursors are bounded and validated; nothing a request carries becomes a
 * regular expression.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/publish/cursor.ts";
import { MAX_PARAMETER_LENGTH, MAX_QUERY_PARAMETERS, QUERY_PARAMETERS } from "../../src/worker/http/limits.ts";
import { BASE, resetKv } from "./seed.ts";

const fetchPath = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

/** Every route family that takes (or ignores) a query string. */
const ROUTES = ["/v1/sections/politics", "/feeds/all.rss", "/feeds/economy.atom", "/feeds/all.json", "/feeds.opml", "/", "/v1/sections", "/healthz"];

async function expectBadParameter(path: string, parameter: string, init?: RequestInit) {
  const r = await fetchPath(path, init);
  expect(r.status, path.slice(0, 80)).toBe(400);
  expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  expect(r.headers.get("cache-control")).toBe("no-store");
  const body = await r.json<any>();
  expect(body).toMatchObject({ status: 400, type: "urn:edgepaper:problem:invalid-parameter", parameter });
  expect(body.title).toBe(`Invalid parameter "${parameter}"`);
  return body;
}

beforeAll(async () => {
  await resetKv();
});

describe("parameter length", () => {
  it("a 10 KB filter is a 400 naming filter on every route (not a 414)", async () => {
    const huge = encodeURIComponent("油茶".repeat(1700)); // 3,400 characters, ~30 KB encoded
    for (const route of ROUTES) {
      const body = await expectBadParameter(`${route}?filter=${"x".repeat(10_240)}`, "filter");
      expect(body.detail).toContain(`longer than ${MAX_PARAMETER_LENGTH} characters`);
      await expectBadParameter(`${route}?filterout=${huge}`, "filterout");
    }
  });

  it.each(QUERY_PARAMETERS)("%s just over the bound is a 400 naming it; at the bound each route's own check decides", async (name) => {
    await expectBadParameter(`/feeds/all.rss?${name}=${"1".repeat(MAX_PARAMETER_LENGTH + 1)}`, name);
    await expectBadParameter(`/v1/sections/politics?${name}=${"1".repeat(MAX_PARAMETER_LENGTH + 1)}`, name);
    const atBound = await fetchPath(`/v1/sections/politics?${name}=${"1".repeat(MAX_PARAMETER_LENGTH)}`);
    expect(atBound.status).not.toBe(500);
    expect(atBound.status).not.toBe(414);
  });

  it("keeps 414 for an over-long URL that carries no parameter a route reads; HEAD gets no body", async () => {
    const r = await fetchPath(`/v1/sections/politics?x=${"a".repeat(5000)}`);
    expect(r.status).toBe(414);
    expect((await r.json<any>()).type).toBe("urn:edgepaper:problem:uri-too-long");
    expect((await fetchPath(`/${"a".repeat(5000)}`)).status).toBe(414);
    expect((await fetchPath(`/${"a".repeat(200_000)}`)).status).toBe(414);
    const head = await fetchPath(`/feeds/all.rss?filter=${"x".repeat(10_240)}`, { method: "HEAD" });
    expect(head.status).toBe(400);
    expect(await head.text()).toBe("");
  });
});

describe("parameter count", () => {
  it("1,000 repeated parameters are a 400 naming the repeated one", async () => {
    for (const route of ROUTES) {
      for (const name of ["filter", "limit", "cursor", "utm_source"]) {
        const body = await expectBadParameter(`${route}?${`${name}=1&`.repeat(1000)}`, name);
        expect(body.detail).toContain("1000 parameters");
        expect(body.detail).toContain(`at most ${MAX_QUERY_PARAMETERS}`);
      }
    }
  });

  it("many different parameters are refused as well, naming the most repeated one", async () => {
    const query = Array.from({ length: 40 }, (_, i) => `p${i}=1`).join("&") + "&p7=2&p7=3";
    await expectBadParameter(`/v1/sections/politics?${query}`, "p7");
    await expectBadParameter(`/feeds/all.rss?${query}`, "p7");
  });

  it(`up to ${MAX_QUERY_PARAMETERS} parameters are fine; a repeated known parameter is still the route's 400`, async () => {
    const extra = Array.from({ length: MAX_QUERY_PARAMETERS - 1 }, (_, i) => `utm_${i}=1`).join("&");
    expect((await fetchPath(`/feeds/all.rss?limit=2&${extra}`)).status).toBe(200);
    expect((await fetchPath(`/?${extra}`)).status).toBe(200);
    // the API takes no tracking parameters: the first unknown one is named
    const api = await fetchPath(`/v1/sections/politics?limit=2&${extra}`);
    expect(api.status).toBe(400);
    expect(await api.json<any>()).toMatchObject({ type: "urn:edgepaper:problem:unknown-parameter", parameter: "utm_0" });
    const twice = await expectBadParameter("/feeds/all.rss?filter=a&filter=b", "filter");
    expect(twice.detail).toContain("once");
  });
});

describe("cursors", () => {
  it("are bounded and checked: over-long, forged, or of another version are 400s naming cursor", async () => {
    await expectBadParameter(`/v1/sections/politics?cursor=${"A".repeat(129)}`, "cursor");
    const forged = btoa("1.politics.2023-11-07.1.0.00000000").replace(/=+$/, "");
    await expectBadParameter(`/v1/sections/politics?cursor=${forged}`, "cursor");
    const huge = btoa("1.politics.2023-11-07.99999.99999999.x").replace(/=+$/, "");
    await expectBadParameter(`/v1/sections/politics?cursor=${huge}`, "cursor");
  });

  it("a well-formed cursor for any position answers 200 (it names a position, never a key)", async () => {
    for (const position of [
      { date: "1970-01-01", page: 0, order: 0 },
      { date: "2999-12-31", page: 999, order: 9999 },
      { date: "2023-11-07", page: 1, order: 9999 },
    ]) {
      const r = await fetchPath(`/v1/sections/politics?cursor=${encodeCursor("politics", position)}`);
      expect(r.status, JSON.stringify(position)).toBe(200);
    }
  });
});
