/**
 * KV faults and an empty namespace: the Worker answers 503 with a problem
 * document and Retry-After, never 500, whatever KV holds.
 */
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { articleKey, dayKey, makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { BASE, PUBLISHED_AT, putPointer, resetKv } from "./seed.ts";
import { forgetLiveBuild } from "../../src/worker/store.ts";

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
  expect(body).toMatchObject({ status: 503, type: expect.stringMatching(/^urn:edgepaper:problem:/) });
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
