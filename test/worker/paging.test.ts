/**
 * Deep paging through the Worker on an archive large enough to have full
 * chunks (the seed page's real articles over many days), and cursors that
 * outlive the build they came from.
 */
import { env, exports } from "cloudflare:workers";
import { beforeAll, expect, it } from "vitest";
import manifestText from "../fixtures/seed/manifest.json?raw";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer } from "../../src/publish/layout.ts";
import { plan, type Plan } from "../../src/publish/plan.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { BASE, putPointer, resetKv } from "./seed.ts";

const articles = classifyPage(parsePage(seedText).articles);
const paper = readSourceManifest("seeds/manifest.json", manifestText).paper;

async function archive(dayCount: number): Promise<Plan> {
  const pages = Array.from({ length: dayCount }, (_, d) => {
    const date = new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
    return [1, 2].map((page) => ({ date, page, file: `${date}-${page}.txt`, articles }));
  }).flat();
  return plan({ paper, pages });
}

async function publish(p: Plan, at: string) {
  const entries = [...p.entries];
  for (let i = 0; i < entries.length; i += 50) await Promise.all(entries.slice(i, i + 50).map(([key, value]) => env.PAPER.put(key, value)));
  await putPointer(makePointer(p.manifest, at, null));
}

async function walk(path: string) {
  const ids: string[] = [];
  let url: string | null = `${BASE}${path}`;
  while (url) {
    const r: Response = await exports.default.fetch(new Request(url));
    expect(r.status).toBe(200);
    const body: any = await r.json();
    ids.push(...body.items.map((i: any) => i.id));
    url = body.next;
  }
  return ids;
}

let big: Plan;
beforeAll(async () => {
  await resetKv(false);
  big = await archive(40);
  await publish(big, "2026-01-01T00:00:00.000Z");
}, 60_000);

it("walks a section with full chunks to its oldest article, every article once", { timeout: 60_000 }, async () => {
  const politics = big.manifest.sections.find((s) => s.slug === "politics")!;
  expect(politics.chunks?.count).toBeGreaterThan(1);
  for (const limit of [100, 33]) {
    const ids = await walk(`/v1/sections/politics?limit=${limit}`);
    expect(ids).toHaveLength(politics.count);
    expect(new Set(ids).size).toBe(politics.count);
  }
});

it("keeps a cursor valid after a new build with another day goes live", { timeout: 60_000 }, async () => {
  const first: any = await (await exports.default.fetch(new Request(`${BASE}/v1/sections/economy?limit=50`))).json();
  const rest = async () => {
    const ids: string[] = [];
    let url: string | null = first.next;
    while (url) {
      const body: any = await (await exports.default.fetch(new Request(url))).json();
      ids.push(...body.items.map((i: any) => i.id));
      url = body.next;
    }
    return ids;
  };
  const before = await rest();
  await publish(await archive(41), "2026-01-02T00:00:00.000Z");
  expect(await rest()).toEqual(before);
  await publish(big, "2026-01-03T00:00:00.000Z"); // a rollback to the smaller build
  expect(await rest()).toEqual(before);
});
