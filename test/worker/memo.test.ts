/**
 * Rendered responses are answered again from memory (src/worker/http/memo.ts):
 * the same bytes and headers, no KV read and no render; never across builds,
 * never for conditional requests, and never after a rollback has moved the pointer.
 */
import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { beforeEach, expect, it } from "vitest";
import worker from "../../src/worker/index.ts";
import { makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import { memoKey, recall } from "../../src/worker/http/memo.ts";
import { forgetLiveBuild, LIVE_TTL_MS, liveBuild } from "../../src/worker/store.ts";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";
import type { Plan } from "../../src/publish/plan.ts";

let reads: string[] = [];
const counting = new Proxy(env.PAPER, {
  get(target, prop) {
    const value = Reflect.get(target, prop, target);
    if (prop === "get") return (key: string, ...rest: unknown[]) => (reads.push(key), (value as Function).call(target, key, ...rest));
    return typeof value === "function" ? value.bind(target) : value;
  },
});
const countedEnv = { ...env, PAPER: counting } as Env;
const get = (path: string, init?: RequestInit) => worker.fetch(new Request(`${BASE}${path}`, init) as any, countedEnv, createExecutionContext());

let plan: Plan;
beforeEach(async () => {
  plan = await resetKv();
});

it.each(["/feeds/politics.rss", "/feeds/all.json", "/v1/sections/economy", "/feeds.opml", "/"])("%s: the second answer is the first one's bytes and headers, with no KV read", async (path) => {
  const key = memoKey(new Request(`${BASE}${path}`), plan.manifest.id)!;
  expect(recall(key)).toBeNull();
  const first = await get(path);
  expect(first.status).toBe(200);
  const body = await first.text();
  // What the memo keeps is what was sent.
  expect(await recall(key)!.text()).toBe(body);
  reads = [];
  const second = await get(path);
  expect(second.status).toBe(200);
  expect(await second.text()).toBe(body);
  expect([...second.headers]).toEqual([...first.headers]);
  expect(reads).toEqual([]);
  // Again, to show the kept body is not consumed by the answer that used it.
  expect(await (await get(path)).text()).toBe(body);
});

it("HEAD of a remembered response has its headers and no body; a conditional GET still gets its 304", async () => {
  expect(memoKey(new Request(`${BASE}/feeds/economy.atom`, { headers: { "if-none-match": '"x"' } }), plan.manifest.id)).toBeNull();
  expect(memoKey(new Request(`${BASE}/feeds/economy.atom`, { headers: { "if-modified-since": "Tue, 07 Nov 2023 00:00:00 GMT" } }), plan.manifest.id)).toBeNull();
  const first = await get("/feeds/economy.atom");
  await first.arrayBuffer();
  const head = await get("/feeds/economy.atom", { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(head.headers.get("etag")).toBe(first.headers.get("etag"));
  expect(await head.text()).toBe("");
  const revalidated = await get("/feeds/economy.atom", { headers: { "if-none-match": first.headers.get("etag")! } });
  expect(revalidated.status).toBe(304);
});

it("keys by URL: another query string is rendered for itself", async () => {
  const all = await (await get("/feeds/all.json")).json<any>();
  const two = await (await get("/feeds/all.json?limit=2")).json<any>();
  expect(all.items.length).toBeGreaterThan(2);
  expect(two.items).toHaveLength(2);
});

it("a new live build is rendered afresh once the isolate picks it up, and a rollback serves the old build again", async () => {
  const before = await (await get("/v1/sections/politics")).json<any>();
  expect(before.build).toBe(plan.manifest.id);
  // Another build: the same entries under a different build id.
  const other = { ...plan.manifest, id: "otherbuild" };
  await env.PAPER.put(POINTER_KEY, JSON.stringify(makePointer(other, PUBLISHED_AT, null)));
  // Until the pointer's TTL has passed the isolate keeps serving the build it knows (and its remembered answers).
  const t0 = Date.now();
  await liveBuild(env.PAPER, t0 + LIVE_TTL_MS + 1);
  const after = await (await get("/v1/sections/politics")).json<any>();
  expect(after.build).toBe("otherbuild");
  // Rolled back: the first build's answer, remembered under that build, is right again.
  await env.PAPER.put(POINTER_KEY, JSON.stringify(makePointer(plan.manifest, PUBLISHED_AT, null)));
  await liveBuild(env.PAPER, t0 + 2 * (LIVE_TTL_MS + 1));
  reads = [];
  const back = await (await get("/v1/sections/politics")).json<any>();
  expect(back).toEqual(before);
  expect(reads).toEqual([]);
  forgetLiveBuild();
});

it("a fault injected after forgetLiveBuild is not hidden by a remembered answer", async () => {
  const ok = await get("/feeds/politics.rss");
  expect(ok.status).toBe(200);
  await ok.arrayBuffer();
  const head = plan.manifest.sections.find((s) => s.slug === "politics")!.head!.key;
  await env.PAPER.delete(head);
  forgetLiveBuild();
  expect((await get("/feeds/politics.rss")).status).toBe(503);
});
