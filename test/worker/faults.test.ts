/**
 * KV faults and an empty namespace: the Worker answers 503 with a problem
 * document and Retry-After, never 500, whatever KV holds.
 */
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { articleKey, dayKey, makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { BASE, PUBLISHED_AT, putPointer, resetKv } from "./seed.ts";
import { forgetLiveBuild } from "./seed.ts";

const fetchPath = (path: string) => exports.default.fetch(new Request(`${BASE}${path}`));
let plan: Plan;
let firstId: string;

const ALL_ROUTES = () => ["/healthz", "/v1/sections", "/v1/sections/politics", "/v1/sections/economy?limit=1", `/v1/articles/${firstId}`, "/v1/editions/2023-11-07"];

async function expectUnavailable(path: string) {
  forgetLiveBuild();
  const r = await fetchPath(path);
  expect(r.status, path).toBe(503);
  expect(r.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(r.headers.get("cache-control")).toBe("no-store");
  const body = await r.json<any>();
  expect(body).toMatchObject({ status: 503, type: "urn:edgepaper:problem:unavailable" });
  return body;
}

beforeEach(async () => {
  plan = await resetKv();
  firstId = plan.manifest.days["2023-11-07"] ? [...plan.entries.keys()].find((k) => k.startsWith("a/"))!.split("/")[2]! : "";
});

describe("nothing published", () => {
  it("answers every route with 503 and Retry-After", async () => {
    await resetKv(false);
    for (const path of ALL_ROUTES()) {
      const body = await expectUnavailable(path);
      expect(body.detail).toContain("Nothing has been published");
    }
  });
});

describe("a browser before anything is published", () => {
  it("gets an HTML page naming the command to run, with the page policy; an API client gets the problem document", async () => {
    await resetKv(false);
    forgetLiveBuild();
    const r = await exports.default.fetch(new Request(`${BASE}/`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } }));
    expect(r.status).toBe(503);
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(r.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await r.text();
    expect(html).toContain("npm start");
    expect(html).toContain("npm run build -- --publish local");
    const api = await fetchPath("/v1/sections");
    expect(api.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    await api.arrayBuffer();
  });
});

describe("corrupt or missing values", () => {
  it("a pointer that is not JSON, or of another layout version", async () => {
    for (const bad of ["{not json", "[]", JSON.stringify({ v: 99, build: "x" }), JSON.stringify({ v: 1, build: "x", publishedAt: PUBLISHED_AT, history: [] })]) {
      await env.PAPER.put(POINTER_KEY, bad);
      for (const path of ALL_ROUTES()) await expectUnavailable(path);
    }
  });

  it("a pointer naming a build whose entries are not there", async () => {
    const p = makePointer(plan.manifest, PUBLISHED_AT, null);
    const listed = await env.PAPER.list();
    await Promise.all(listed.keys.filter((k) => k.name !== POINTER_KEY).map((k) => env.PAPER.delete(k.name)));
    await putPointer(p);
    for (const path of ALL_ROUTES().filter((p) => p !== "/healthz" && p !== "/v1/sections")) await expectUnavailable(path);
  });

  it("a missing or corrupt section head", async () => {
    const head = plan.manifest.sections[0]!.head!.key;
    await env.PAPER.delete(head);
    await expectUnavailable("/v1/sections/politics");
    await env.PAPER.put(head, "{\"v\":1,\"section\":");
    await expectUnavailable("/v1/sections/politics");
    await env.PAPER.put(head, JSON.stringify({ v: 1, section: "politics", start: 0, items: [] }));
    await expectUnavailable("/v1/sections/politics");
  });

  it("a missing or corrupt edition day", async () => {
    const key = dayKey(plan.manifest.days["2023-11-07"]!);
    await env.PAPER.put(key, "garbage");
    await expectUnavailable("/v1/editions/2023-11-07");
    await env.PAPER.delete(key);
    await expectUnavailable("/v1/editions/2023-11-07");
  });

  it("a missing or corrupt article", async () => {
    const key = articleKey(plan.manifest.days["2023-11-07"]!, firstId);
    await env.PAPER.put(key, "{}");
    await expectUnavailable(`/v1/articles/${firstId}`);
    await env.PAPER.delete(key);
    await expectUnavailable(`/v1/articles/${firstId}`);
  });

  it("never answers 500, whatever the URL", async () => {
    const odd = ["/v1/sections/%FF", "/v1/sections/%", "/v1/articles/%00", "/v1/editions/%E4%BB%8A%E5%A4%A9", "//v1//sections", "/v1/sections/politics?cursor=%FF%FE", "/v1/sections/politics?limit=%00", `/v1/sections/${"a".repeat(3000)}`, "/v1/sections/politics?" + "x=1&".repeat(500)];
    for (const path of odd) {
      const r = await fetchPath(path);
      expect(r.status, path).toBeLessThan(500);
    }
  });
});

describe("caches that heal and tell", () => {
  /** Garbled the way KV or a hand edit garbles: valid JSON, the old shallow shape, fields a renderer trips on. */
  const garble = (text: string) => {
    const value = JSON.parse(text);
    return JSON.stringify({ ...value, photos: "broken", edition: { ...value.edition, date: 20231107 } });
  };

  it("a garbled article, page or day is `unavailable` with its key in the log, never cached: the repaired entry is served at the next request", async () => {
    const day = plan.manifest.days["2023-11-07"]!;
    const articleEntry = articleKey(day, firstId);
    const head = plan.manifest.sections.find((s) => s.slug === "politics")!.head!.key;
    const cases: [string, string, (t: string) => string][] = [
      [articleEntry, `/v1/articles/${firstId}`, garble],
      [articleEntry, `/articles/${firstId}`, garble],
      [head, "/feeds/politics.atom", (t) => JSON.stringify({ ...JSON.parse(t), items: JSON.parse(t).items.map((i: string) => garble(JSON.stringify(i))).map((x: string) => JSON.parse(x)) })],
      [dayKey(day), "/v1/editions/2023-11-07", (t) => JSON.stringify({ ...JSON.parse(t), pages: [{ page: 1, articles: [{ id: 7 }] }] })],
    ];
    for (const [key, path, spoil] of cases) {
      forgetLiveBuild();
      const good = (await env.PAPER.get(key))!;
      expect((await fetchPath(path)).status, path).toBe(200);
      forgetLiveBuild();
      await env.PAPER.put(key, spoil(good));
      const logged: string[] = [];
      const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
      try {
        for (let i = 0; i < 2; i++) {
          const r = await fetchPath(path);
          expect(r.status, path).toBe(503);
          if (path.startsWith("/v1/")) expect((await r.json<any>()).type, path).toBe("urn:edgepaper:problem:unavailable");
          else await r.arrayBuffer();
        }
        expect(logged.some((line) => line.includes(key)), `${path}: ${logged.join(" | ")}`).toBe(true);
      } finally {
        spy.mockRestore();
      }
      // Repaired, as the README tells operators: served at the next request, nothing restarted.
      await env.PAPER.put(key, good);
      expect((await fetchPath(path)).status, path).toBe(200);
    }
  });
});

describe("the pointer cache", () => {
  it("keeps the live build for a few seconds, then follows the pointer (rollback and new builds converge)", async () => {
    const before = await (await fetchPath("/healthz")).json<any>();
    expect(before.build).toBe(plan.manifest.id);
    const otherManifest = { ...plan.manifest, id: "otherbuildid" };
    await env.PAPER.put(POINTER_KEY, JSON.stringify(makePointer(otherManifest, "2026-11-21T00:00:00.000Z", null)));
    expect((await (await fetchPath("/healthz")).json<any>()).build).toBe(plan.manifest.id);
    forgetLiveBuild(); // what LIVE_TTL_MS does in production
    expect((await (await fetchPath("/healthz")).json<any>()).build).toBe("otherbuildid");
  });
});
