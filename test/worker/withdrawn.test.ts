/**
 * A build from before a retraction made live again by a rollback: the pointer's withdrawals
 * (kept outside the builds) keep the article off every list, feed, edition and search, and its
 * API answer and permalink say 410 with the reason, although the build itself still holds it.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { makePointer, parseKey, readDay } from "../../src/publish/layout.ts";
import { BASE, PUBLISHED_AT, putPointer, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }));
const REASON = "数据有误，待核实后重发";
let withdrawn: string;
let kept: string;
let title: string;

beforeAll(async () => {
  const plan = await resetKv();
  const day = [...plan.entries].filter(([k]) => parseKey(k).kind === "day").map(([, v]) => readDay(v))[0]!;
  [withdrawn, kept] = [day.pages[0]!.articles[6]!.id, day.pages[0]!.articles[4]!.id];
  title = day.pages[0]!.articles[6]!.title!;
  // The seed build, as a rollback leaves it live after a later build withdrew one of its articles.
  const pointer = makePointer(plan.manifest, PUBLISHED_AT, null);
  await putPointer({ ...pointer, withdrawn: { [withdrawn]: { reason: REASON, at: "2026-11-19T08:00:00.000Z" } } });
});

describe("an article withdrawn after the live build was made", () => {
  it("answers 410 Gone with its reason on the API and the permalink; the others are served", async () => {
    const api = await get(`/v1/articles/${withdrawn}`);
    expect(api.status).toBe(410);
    expect(await api.json()).toMatchObject({ type: "urn:edgepaper:problem:retracted", status: 410, reason: REASON });
    const page = await get(`/articles/${withdrawn}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(410);
    expect(await page.text()).toContain(`撤回原因：${REASON}`);
    expect((await get(`/v1/articles/${kept}`)).status).toBe(200);
  });

  it("is in no section, feed, edition or search result, though the build holds it", async () => {
    const all = (await (await get("/v1/sections/all?limit=100")).json()) as { items: { id: string }[] };
    expect(all.items.map((i) => i.id)).toContain(kept);
    expect(all.items.map((i) => i.id)).not.toContain(withdrawn);
    expect(await (await get("/v1/editions/2023-11-07")).text()).not.toContain(withdrawn);
    for (const feed of ["/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json"]) expect(await (await get(feed)).text()).not.toContain(withdrawn);
    expect(await (await get("/", { headers: { accept: "text/html" } })).text()).not.toContain(withdrawn);
    const found = (await (await get(`/v1/search?q=${encodeURIComponent(title.slice(0, 4))}`)).json()) as { items: { id: string }[] };
    expect(found.items.map((i) => i.id)).not.toContain(withdrawn);
  });
});
