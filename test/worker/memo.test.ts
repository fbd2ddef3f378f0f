/**
 * Rendered responses are answered again from memory (src/worker/http/memo.ts):
 * the same bytes and headers, no KV read and no render; revalidations get the
 * same 304 or 200 the routes give; a new build is rendered afresh.
 */
import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { beforeEach, expect, it } from "vitest";
import worker from "../../src/worker/index.ts";
import { makePointer, POINTER_KEY } from "../../src/publish/layout.ts";
import { memoKey, recall } from "../../src/worker/http/memo.ts";
import { LIVE_TTL_MS, liveBuild } from "../../src/worker/store.ts";
import { forgetLiveBuild } from "./seed.ts";
import { BASE, PUBLISHED_AT, resetKv } from "./seed.ts";
import type { Plan } from "../../src/publish/plan.ts";
import { readCounter } from "./kv-counter.ts";

const counter = readCounter(env.PAPER);
const reads = counter.keys;
const countedEnv = { ...env, PAPER: counter.kv } as Env;
const get = (path: string, init?: RequestInit) => worker.fetch(new Request(`${BASE}${path}`, init) as any, countedEnv, createExecutionContext());

let plan: Plan;
beforeEach(async () => {
  plan = await resetKv();
});

it.each(["/feeds/politics.rss", "/feeds/all.json", "/v1/sections/economy", "/feeds.opml", "/", "/v1/editions/2023-11-07", "/v1/editions/latest"])("%s: the second answer is the first one's bytes and headers, with no KV read", async (path) => {
  const key = memoKey(new Request(`${BASE}${path}`), { id: plan.manifest.id, publishedAt: PUBLISHED_AT })!;
  expect(recall(key, new Request(`${BASE}${path}`))).toBeNull();
  const first = await get(path);
  expect(first.status).toBe(200);
  const body = await first.text();
  // What the memo keeps is what was sent.
  expect(await recall(key, new Request(`${BASE}${path}`))!.text()).toBe(body);
  counter.reset();
  const second = await get(path);
  expect(second.status).toBe(200);
  expect(await second.text()).toBe(body);
  expect([...second.headers]).toEqual([...first.headers]);
  expect(reads).toEqual([]);
  // Again, to show the kept body is not consumed by the answer that used it.
  expect(await (await get(path)).text()).toBe(body);
});

it("HEAD of a remembered response has its headers and no body; revalidations get 304 or, with a stale ETag, the full answer", async () => {
  const first = await get("/feeds/economy.atom");
  const body = await first.text();
  const head = await get("/feeds/economy.atom", { method: "HEAD" });
  expect(head.status).toBe(200);
  expect(head.headers.get("etag")).toBe(first.headers.get("etag"));
  expect(await head.text()).toBe("");
  const key = memoKey(new Request(`${BASE}/feeds/economy.atom`), { id: plan.manifest.id, publishedAt: PUBLISHED_AT })!;
  const etag = first.headers.get("etag")!;
  for (const headers of [{ "if-none-match": etag }, { "if-none-match": `W/${etag}, "other"` }, { "if-modified-since": first.headers.get("last-modified")! }] as Record<string, string>[]) {
    // From the memo itself, and through the Worker.
    expect(recall(key, new Request(`${BASE}/feeds/economy.atom`, { headers }))!.status).toBe(304);
    const revalidated = await get("/feeds/economy.atom", { headers });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");
  }
  for (const headers of [{ "if-none-match": '"an-older-build-x"' }, { "if-modified-since": "Mon, 01 Jan 2001 00:00:00 GMT" }] as Record<string, string>[]) {
    const stale = recall(key, new Request(`${BASE}/feeds/economy.atom`, { headers }))!;
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);
    const full = await get("/feeds/economy.atom", { headers });
    expect(full.status).toBe(200);
    expect(await full.text()).toBe(body);
  }
});

it("keys by URL: another query string is rendered for itself", async () => {
  const all = await (await get("/feeds/all.json")).json<any>();
  const two = await (await get("/feeds/all.json?limit=2")).json<any>();
  expect(all.items.length).toBeGreaterThan(2);
  expect(two.items).toHaveLength(2);
});

it("a new live build is rendered afresh once the isolate picks it up, and a rollback renders the old build again with the validators of now", async () => {
  const first = await get("/feeds/politics.rss");
  const before = await first.text();
  const firstModified = first.headers.get("last-modified")!;
  // Another build: the same entries under a different build id, published later.
  const other = { ...plan.manifest, id: "otherbuild" };
  const later = "2026-11-21T08:00:00.000Z";
  await env.PAPER.put(POINTER_KEY, JSON.stringify(makePointer(other, later, null)));
  // Until the pointer's TTL has passed the isolate keeps serving the build it knows (and its remembered answers).
  const t0 = Date.now();
  await liveBuild(env.PAPER, t0 + LIVE_TTL_MS + 1);
  const after = await get("/feeds/politics.rss");
  await after.arrayBuffer();
  const otherModified = after.headers.get("last-modified")!;
  expect(Date.parse(otherModified)).toBeGreaterThan(Date.parse(firstModified));
  // Rolled back, later still: the first build's content, but Last-Modified moves forward, so a
  // reader that revalidates with the other build's date gets the content again, not a 304.
  const rolledBack = "2026-11-22T08:00:00.000Z";
  await env.PAPER.put(POINTER_KEY, JSON.stringify({ ...makePointer(plan.manifest, rolledBack, null) }));
  await liveBuild(env.PAPER, t0 + 2 * (LIVE_TTL_MS + 1));
  const back = await get("/feeds/politics.rss", { headers: { "if-modified-since": otherModified } });
  expect(back.status).toBe(200);
  expect(Date.parse(back.headers.get("last-modified")!)).toBe(Date.parse(rolledBack));
  expect((await back.text()).replaceAll(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, "")).toBe(before.replaceAll(/<lastBuildDate>[^<]*<\/lastBuildDate>/g, ""));
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

it("an article, whose validators come from its content, is remembered too: no KV read the second time", async () => {
  const id = [...plan.entries.keys()].find((k) => k.startsWith("a/"))!.split("/")[2]!;
  const first = await get(`/v1/articles/${id}`);
  expect(first.headers.get("etag")).toMatch(/^"c-/);
  counter.reset();
  const second = await get(`/v1/articles/${id}`);
  expect(await second.text()).toBe(await first.text());
  expect(reads).toEqual([]);
  expect((await get(`/v1/articles/${id}`, { headers: { "if-none-match": first.headers.get("etag")! } })).status).toBe(304);
});


it("with a change log (a sync token other than 0), lists are remembered too, and answered from the memo", async () => {
  await env.PAPER.put(POINTER_KEY, JSON.stringify({ ...makePointer(plan.manifest, PUBLISHED_AT, null), changes: [[3, PUBLISHED_AT]] }));
  forgetLiveBuild();
  for (const path of ["/v1/sections/economy", "/feeds/politics.rss", "/v1/search?q=%E6%A0%AA%E6%B4%B2", "/v1/changes?token=3"]) {
    const first = await get(path);
    expect(first.status, path).toBe(200);
    const body = await first.text();
    const key = memoKey(new Request(`${BASE}${path}`), { id: plan.manifest.id, publishedAt: PUBLISHED_AT })!;
    expect(await recall(key, new Request(`${BASE}${path}`))?.text(), path).toBe(body);
  }
});
