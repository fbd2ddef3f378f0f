/**
 * What readers and apps meet after an editor's corrections (seeds/corrections.json): an id
 * joined into another answers 301 to it, a withdrawn article answers 410 with its reason, on
 * the API and the permalink, and neither is listed anywhere.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import manifestText from "../fixtures/seed/manifest.json?raw";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { articleIds } from "../../src/publish/ids.ts";
import { makePointer } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { BASE, PUBLISHED_AT, putPointer } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", ...init }));
const REASON = "数据有误，待核实后重发";
let joined: string;
let into: string;
let withdrawn: string;

beforeAll(async () => {
  const listed = await env.PAPER.list();
  await Promise.all(listed.keys.map((k) => env.PAPER.delete(k.name)));
  const source = readSourceManifest("seeds/manifest.json", manifestText);
  const p = source.pages[0]!;
  const articles = classifyPage(parsePage(seedText).articles);
  const ids = await articleIds(source.paper.name, p.date, p.page, articles);
  // As the build makes it of a join of article 5 into 4 and a retraction of article 6.
  [into, joined, withdrawn] = [ids[4]!, ids[5]!, ids[6]!];
  const keep = articles.flatMap((a, k) => (k === 5 || k === 6 ? [] : [{ a, id: ids[k]! }]));
  const built = await plan({
    paper: source.paper,
    pages: [{ date: p.date, page: p.page, file: p.file, source: p.file, articles: keep.map((x) => x.a), ids: keep.map((x) => x.id), moved: { [joined]: into }, retracted: { [withdrawn]: REASON } }],
  });
  for (const [key, value] of built.entries) await env.PAPER.put(key, value);
  await putPointer(makePointer(built.manifest, PUBLISHED_AT, null));
});

describe("after corrections", () => {
  it("an id joined into another answers 301 to it, on the API and the permalink", async () => {
    const api = await get(`/v1/articles/${joined}`);
    expect(api.status).toBe(301);
    expect(api.headers.get("location")).toBe(`${BASE}/v1/articles/${into}`);
    const page = await get(`/articles/${joined}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(301);
    expect(page.headers.get("location")).toBe(`${BASE}/articles/${into}`);
    expect((await get(`/v1/articles/${into}`)).status).toBe(200);
  });

  it("a withdrawn article answers 410 Gone with its reason, on the API and the permalink", async () => {
    const api = await get(`/v1/articles/${withdrawn}`);
    expect(api.status).toBe(410);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await api.json()).toMatchObject({ type: "urn:edgepaper:problem:retracted", status: 410, reason: REASON });
    const page = await get(`/articles/${withdrawn}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(410);
    expect(await page.text()).toContain(`撤回原因：${REASON}`);
  });

  it("neither is listed in sections, feeds or the edition; an unknown id is still a 404", async () => {
    const all = (await (await get("/v1/sections/all?limit=100")).json()) as { items: { id: string }[] };
    const listed = all.items.map((i) => i.id);
    expect(listed).toContain(into);
    expect(listed).not.toContain(joined);
    expect(listed).not.toContain(withdrawn);
    const day = await (await get("/v1/editions/2023-11-07")).text();
    expect(day).not.toContain(withdrawn);
    const rss = await (await get("/feeds/all.rss")).text();
    expect(rss).not.toContain(withdrawn);
    expect(rss).not.toContain(joined);
    expect((await get(`/v1/articles/${into.slice(0, -2)}zz`)).status).toBe(404);
  });
});
