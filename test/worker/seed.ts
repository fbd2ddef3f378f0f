/**
 * The real build output of the seed page, made inside workerd: the seed text
 * (imported raw, as the build reads it) goes through the parser, the
 * classifier and the pure plan step, exactly as src/build/pipeline.ts runs them.
 */
import { env } from "cloudflare:workers";
import manifestText from "../fixtures/seed/manifest.json?raw";
import seedText from "../fixtures/seed/000_f633fcfef24d2dbd.txt?raw";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { makePointer, POINTER_KEY, type Pointer } from "../../src/publish/layout.ts";
import { plan, type Plan } from "../../src/publish/plan.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { forgetResponses } from "../../src/worker/http/memo.ts";
import { forgetLiveBuild as forgetStore } from "../../src/worker/store.ts";

/** Forget everything this isolate keeps (the pointer, values, remembered responses): what a new isolate starts with. */
export function forgetLiveBuild(): void {
  forgetStore();
  forgetResponses();
}

export const PUBLISHED_AT = "2026-11-20T08:00:00.000Z";

export async function seedPlan(): Promise<Plan> {
  const source = readSourceManifest("seeds/manifest.json", manifestText);
  const pages = source.pages.map((p) => ({ date: p.date, page: p.page, file: p.file, source: p.file, articles: classifyPage(parsePage(seedText).articles) }));
  return plan({ paper: source.paper, pages });
}

/** Empty the namespace, then (unless `publish` is false) write the seed build and its pointer. */
export async function resetKv(publish = true): Promise<Plan> {
  const listed = await env.PAPER.list();
  await Promise.all(listed.keys.map((k) => env.PAPER.delete(k.name)));
  const p = await seedPlan();
  if (publish) {
    for (const [key, value] of p.entries) await env.PAPER.put(key, value);
    await putPointer(makePointer(p.manifest, PUBLISHED_AT, null));
  }
  forgetLiveBuild();
  return p;
}

export async function putPointer(pointer: Pointer | string): Promise<void> {
  await env.PAPER.put(POINTER_KEY, typeof pointer === "string" ? pointer : JSON.stringify(pointer));
  forgetLiveBuild();
}

export const BASE = "http://edgepaper.test";
