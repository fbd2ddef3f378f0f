/** Shared inputs for the publish tests: the seed page's real articles, and archives made from them. */
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { BuildError, runBuild, type BuildOptions } from "../../src/build/pipeline.ts";
import type { KvStore } from "../../src/publish/publish.ts";
import { classifyPage } from "../../src/core/classify/index.ts";
import type { ClassifiedArticle } from "../../src/core/model.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import type { PaperInfo } from "../../src/publish/layout.ts";
import type { PlannedPage } from "../../src/publish/plan.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const SEED_FILE = "000_f633fcfef24d2dbd.txt";
export const SEED_TEXT = readFileSync(`${ROOT}test/fixtures/seed/${SEED_FILE}`, "utf8");
export const PAPER: PaperInfo = { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" };

let seedArticles: ClassifiedArticle[] | null = null;
export function seed(): ClassifiedArticle[] {
  seedArticles ??= classifyPage(parsePage(SEED_TEXT).articles);
  return seedArticles;
}

/** ISO dates from `start`, one a day. */
export function days(start: string, count: number): string[] {
  const t = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(t + i * 86_400_000).toISOString().slice(0, 10));
}

/** An archive of real article shapes: every day has `pagesPerDay` pages of the seed's articles, titles varied per page. */
export function archive(dates: readonly string[], pagesPerDay = 2): PlannedPage[] {
  return dates.flatMap((date) =>
    Array.from({ length: pagesPerDay }, (_, i) => ({
      date,
      page: i + 1,
      file: `${date}-${i + 1}.txt`,
      articles: seed().map((a) => ({ ...a, title: a.title === null ? null : `${a.title}（${date}第${i + 1}版）` })),
    })),
  );
}

/**
 * A temporary folder holding, before each test, a fresh copy of the seed fixtures
 * (`sandbox.seeds`), and build options over it writing to the same folder.
 */
export function seedsSandbox(prefix: string): { sandbox: { dir: string; seeds: string }; options: (store: KvStore, extra?: Partial<BuildOptions>) => BuildOptions } {
  const sandbox = { dir: "", seeds: "" };
  beforeAll(async () => {
    sandbox.dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(sandbox.dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    sandbox.seeds = path.join(sandbox.dir, "seeds");
    await rm(sandbox.seeds, { recursive: true, force: true });
    await cp(path.join(ROOT, "test/fixtures/seed"), sandbox.seeds, { recursive: true });
  });
  const options = (store: KvStore, extra: Partial<BuildOptions> = {}): BuildOptions => ({
    root: ROOT, seeds: sandbox.seeds, out: path.join(sandbox.dir, "build"), state: path.join(sandbox.dir, "state"), strict: false, keepGoing: false, publish: "local", store,
    log: () => {}, progress: null, now: () => "2026-01-01T00:00:00.000Z", ...extra,
  });
  return { sandbox, options };
}

/** The message of the BuildError a build fails with (the test fails if it does not). */
export async function buildFailure(opts: BuildOptions): Promise<string> {
  const error = await runBuild(opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return (error as BuildError).message;
}
