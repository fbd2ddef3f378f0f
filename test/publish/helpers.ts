/** Shared inputs for the publish tests: the seed page's real articles, and archives made from them. */
import { readFileSync } from "node:fs";
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
