/**
 * Updates reach readers and apps: after a publish that rewords one article, joins one into
 * another and withdraws a third, the reworded article carries `updated` in the API, Atom and
 * JSON Feed; every list carries a syncToken; /v1/changes lists each change once since a token,
 * and answers 410 for a token older than the kept log.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { parseKey, readDay } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { publish, rollback, type KvStore } from "../../src/publish/publish.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import manifestText from "../fixtures/seed/manifest.json?raw";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { BASE, forgetLiveBuild, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }));
const json = async (path: string) => (await get(path)).json<any>();

/** The Worker's namespace as the build's publish sees a store. */
const store: KvStore = {
  async listKeys() {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await env.PAPER.list({ cursor });
      keys.push(...page.keys.map((k) => k.name));
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
    return keys;
  },
  get: (key) => env.PAPER.get(key),
  async putMany(entries) {
    for (const [k, v] of entries) await env.PAPER.put(k, v);
  },
  async deleteMany(keys) {
    for (const k of keys) await env.PAPER.delete(k);
  },
};

const FIRST = "2026-11-20T08:00:00.000Z";
const SECOND = "2026-11-21T02:30:00.000Z";
const REASON = "数据有误";
let reworded: string, survivor: string, joined: string, withdrawn: string, untouched: string;

beforeAll(async () => {
  await resetKv(false);
  const source = readSourceManifest("seeds/manifest.json", manifestText);
  const articles = classifyPage(parsePage(seedText).articles);
  const page = { date: source.pages[0]!.date, page: source.pages[0]!.page, file: source.pages[0]!.file, source: source.pages[0]!.file };
  const first = await plan({ paper: source.paper, pages: [{ ...page, articles }] });
  await publish(store, first, FIRST);
  const ids = [...first.entries].filter(([k]) => parseKey(k).kind === "day").map(([, v]) => readDay(v))[0]!.pages[0]!.articles.map((a) => a.id);
  [reworded, survivor, joined, withdrawn, untouched] = [ids[0]!, ids[1]!, ids[2]!, ids[6]!, ids[4]!];
  // The editor's second build: article 0 reworded, article 2 joined into 1, article 6 withdrawn.
  const second = articles.flatMap((a, k) => {
    if (k === 2 || k === 6) return [];
    if (k === 0) return [{ ...a, paragraphs: [...a.paragraphs, "（本文已更正）"] }];
    if (k === 1) return [{ ...a, paragraphs: [...a.paragraphs, ...articles[2]!.paragraphs] }];
    return [a];
  });
  const keep = ids.filter((_, k) => k !== 2 && k !== 6);
  await publish(store, await plan({ paper: source.paper, pages: [{ ...page, articles: second, ids: keep, moved: { [joined]: survivor }, retracted: { [withdrawn]: REASON } }] }), SECOND);
  forgetLiveBuild();
});

describe("an updated article", () => {
  it("carries `updated` (the second publish, in the paper's zone) beside `published` in the API; an untouched one has null", async () => {
    const a = await json(`/v1/articles/${reworded}`);
    expect(a.updated).toBe("2026-11-21T10:30:00+08:00");
    expect(a.published).toBe("2023-11-07T06:00:00+08:00");
    expect((await json(`/v1/articles/${untouched}`)).updated).toBeNull();
    const listed = (await json("/v1/sections/all?limit=100&fields=summary")).items;
    expect(listed.find((i: any) => i.id === reworded).updated).toBe("2026-11-21T10:30:00+08:00");
    const edition = await json("/v1/editions/2023-11-07");
    const summaries = edition.pages.flatMap((p: any) => p.articles);
    expect(summaries.find((i: any) => i.id === reworded).updated).toBe("2026-11-21T10:30:00+08:00");
    expect(summaries.find((i: any) => i.id === untouched).updated).toBeNull();
  });

  it("has atom:updated and JSON Feed date_modified; the feed is updated when the article was", async () => {
    const atom = await (await get("/feeds/all.atom")).text();
    const entry = atom.split("<entry>").find((e) => e.includes(reworded))!;
    expect(entry).toContain("<published>2023-11-07T06:00:00+08:00</published>");
    expect(entry).toContain("<updated>2026-11-21T10:30:00+08:00</updated>");
    expect(atom.slice(0, atom.indexOf("<entry>"))).toContain("<updated>2026-11-21T10:30:00+08:00</updated>");
    const other = atom.split("<entry>").find((e) => e.includes(untouched))!;
    expect(other).toContain("<updated>2023-11-07T06:00:00+08:00</updated>");
    const feed = await json("/feeds/all.json");
    expect(feed.items.find((i: any) => i.id === reworded).date_modified).toBe("2026-11-21T10:30:00+08:00");
    expect(feed.items.find((i: any) => i.id === untouched)).not.toHaveProperty("date_modified");
  });

  it("says when on its page (and in its JSON-LD dateModified)", async () => {
    const html = await (await get(`/articles/${reworded}`, { headers: { accept: "text/html" } })).text();
    expect(html).toContain('更新于<time datetime="2026-11-21T10:30:00+08:00">');
    expect(html).toContain('"dateModified":"2026-11-21T10:30:00+08:00"');
  });
});

describe("sync", () => {
  it("every list carries the syncToken of the newest change", async () => {
    for (const path of ["/v1/sections", "/v1/sections/politics", "/v1/sections/all", "/v1/editions", "/v1/search?q=株洲"]) expect((await json(path)).syncToken, path).toBe("2");
  });

  it("/v1/changes lists what the second publish changed, each once, with the reason and the surviving id", async () => {
    const answer = await json("/v1/changes?token=1");
    expect(answer).toMatchObject({ token: "1", syncToken: "2", more: false });
    const byId = new Map(answer.changes.map((c: any) => [c.id, c]));
    expect(answer.changes).toHaveLength(4);
    expect(byId.get(reworded)).toMatchObject({ change: "updated", at: "2026-11-21T10:30:00+08:00", urls: { api: `${BASE}/v1/articles/${reworded}` } });
    expect(byId.get(joined)).toMatchObject({ change: "merged", into: survivor });
    expect(byId.get(withdrawn)).toMatchObject({ change: "retracted", reason: REASON });
    // The article the join grew is updated too; the others are not listed.
    expect(byId.get(survivor)).toMatchObject({ change: "updated" });
    expect(answer.changes.map((c: any) => c.id)).not.toContain(untouched);
  });

  it("from the beginning, an article added and then updated is simply added; an up-to-date token gets nothing", async () => {
    const answer = await json("/v1/changes?token=0");
    const byId = new Map(answer.changes.map((c: any) => [c.id, c.change]));
    expect(byId.get(reworded)).toBe("added");
    expect(byId.get(withdrawn)).toBe("retracted");
    expect(new Set(answer.changes.map((c: any) => c.id)).size).toBe(answer.changes.length);
    expect((await json("/v1/changes?token=2")).changes).toEqual([]);
  });

  it("a token the log does not hold answers 410 resync; a malformed one 400 naming the parameter", async () => {
    const gone = await get("/v1/changes?token=9");
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ type: "urn:edgepaper:problem:resync" });
    const bad = await get("/v1/changes?token=yesterday");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "token" });
  });
});

describe("a long gap between syncs", () => {
  it("is answered ten publishes at a time: `more` until the app has caught up", async () => {
    const pointer = JSON.parse((await env.PAPER.get("live"))!);
    const log: [number, string][] = [...pointer.changes];
    for (let seq = 3; seq <= 14; seq++) {
      const at = new Date(Date.parse(SECOND) + seq * 60_000).toISOString();
      await env.PAPER.put(`c/${seq}`, JSON.stringify({ v: 1, seq, at, action: "publish", build: pointer.build, changes: [{ id: untouched, change: "updated" }] }));
      log.push([seq, at]);
    }
    await env.PAPER.put("live", JSON.stringify({ ...pointer, changes: log }));
    forgetLiveBuild();
    const first = await json("/v1/changes?token=2");
    expect(first).toMatchObject({ syncToken: "12", more: true });
    expect(first.changes).toEqual([expect.objectContaining({ id: untouched, change: "updated" })]);
    expect(first.changes[0].at).toBe("2026-11-21T10:42:00+08:00");
    const rest = await json(`/v1/changes?token=${first.syncToken}`);
    expect(rest).toMatchObject({ syncToken: "14", more: false });
    expect((await json("/v1/sections")).syncToken).toBe("14");
  });
});

describe("revalidation after a rollback to a build live before", () => {
  it("does not answer 304 with the lists as they were then: the sync token is part of their ETag", async () => {
    await resetKv(false);
    const source = readSourceManifest("seeds/manifest.json", manifestText);
    const articles = classifyPage(parsePage(seedText).articles);
    const page = { date: source.pages[0]!.date, page: source.pages[0]!.page, file: source.pages[0]!.file, source: source.pages[0]!.file };
    const a = await plan({ paper: source.paper, pages: [{ ...page, articles }] });
    const b = await plan({ paper: source.paper, pages: [{ ...page, articles: articles.map((x, k) => (k === 0 ? { ...x, paragraphs: [...x.paragraphs, "（更正）"] } : x)) }] });
    await publish(store, a, FIRST);
    forgetLiveBuild();
    const then = await get("/v1/changes?token=1");
    expect(await then.json<any>()).toMatchObject({ syncToken: "1", changes: [] });
    await publish(store, b, SECOND);
    await rollback(store, "2026-11-22T00:00:00.000Z");
    forgetLiveBuild();
    const now = await get("/v1/changes?token=1", { headers: { "if-none-match": then.headers.get("etag")! } });
    expect(now.status).toBe(200);
    expect((await now.json<any>()).changes.map((c: any) => c.change)).toEqual(["updated"]);
  });
});
