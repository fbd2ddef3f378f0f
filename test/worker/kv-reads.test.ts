/**
 * KV reads per request: at most two on a cold isolate (the pointer, which
 * carries the build manifest, and one value) and at most one when warm.
 */
import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import worker from "../../src/worker/index.ts";
import { liveBuild, LIVE_TTL_MS } from "../../src/worker/store.ts";
import { forgetLiveBuild } from "./seed.ts";
import { makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { readCounter } from "./kv-counter.ts";

const counter = readCounter(env.PAPER);
const reads = counter.keys;
const countedEnv = { ...env, PAPER: counter.kv } as Env;

async function readsFor(path: string, headers: HeadersInit = {}): Promise<number> {
  counter.reset();
  const r = await worker.fetch(new Request(`${BASE}${path}`, { headers }) as any, countedEnv, createExecutionContext());
  expect(r.status, path).toBeLessThan(400);
  await r.arrayBuffer();
  return reads.length;
}

let plan: Plan;
let ids: string[];
beforeAll(async () => {
  plan = await resetKv();
  ids = [...plan.entries.keys()].filter((k) => k.startsWith("a/")).map((k) => k.split("/")[2]!);
});

it.each(["/v1/sections", "/v1/sections/economy", "/v1/sections/politics?limit=1", "ARTICLE", "/v1/editions/2023-11-07"])("%s: ≤2 reads cold, ≤1 warm", async (route) => {
  const path = route === "ARTICLE" ? `/v1/articles/${ids[0]}` : route;
  forgetLiveBuild();
  const cold = await readsFor(path);
  expect(cold).toBeLessThanOrEqual(2);
  expect(reads[0]).toBe(POINTER_KEY);
  expect(await readsFor(path)).toBeLessThanOrEqual(1);
});

it("a warm isolate reads a different article with one read, and revalidates with none", async () => {
  forgetLiveBuild();
  await readsFor(`/v1/articles/${ids[0]}`);
  expect(await readsFor(`/v1/articles/${ids[1]}`)).toBe(1);
  const r = await worker.fetch(new Request(`${BASE}/v1/sections/economy`) as any, countedEnv, createExecutionContext());
  counter.reset();
  const revalidated = await worker.fetch(new Request(`${BASE}/v1/sections/economy`, { headers: { "if-none-match": r.headers.get("etag")! } }) as any, countedEnv, createExecutionContext());
  expect(revalidated.status).toBe(304);
  expect(reads).toHaveLength(0);
});

it("re-reads the pointer once LIVE_TTL_MS has passed", async () => {
  forgetLiveBuild();
  const t0 = 1_000_000;
  expect((await liveBuild(env.PAPER, t0))?.id).toBe(plan.manifest.id);
  await env.PAPER.put(POINTER_KEY, JSON.stringify(makePointer({ ...plan.manifest, id: "next" }, PUBLISHED_AT, null)));
  expect((await liveBuild(env.PAPER, t0 + LIVE_TTL_MS - 1))?.id).toBe(plan.manifest.id);
  expect((await liveBuild(env.PAPER, t0 + LIVE_TTL_MS))?.id).toBe("next");
  await resetKv();
});
