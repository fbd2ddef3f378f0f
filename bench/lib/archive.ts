/**
 * A synthetic archive made from real article shapes: the seed page and the
 * dev-set pages are the templates; each generated page takes one template and
 * varies what changes from day to day in a real paper: the edition date (and
 * the dates written in datelines), the page number and the headlines. The
 * page structure, article kinds, bylines and text lengths stay those of the
 * real pages, so the parser and classifier do the same work they do in
 * production.
 */
import { link, mkdir, rm, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parsePage } from "../../src/core/parse/index.ts";

export const ROOT = path.resolve(new URL("../..", import.meta.url).pathname);
export const PAGES_PER_DAY = 8;
export const FIRST_DATE = "2020-01-01";
export const PAPER = { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" };

export interface Template {
  file: string;
  text: string;
  /** Headlines as printed (one line each), to vary per generated page. */
  titles: string[];
  articles: number;
}

/** The seed page and the dev-set pages, with their headlines found by the parser. */
export function loadTemplates(): Template[] {
  const devset = path.join(ROOT, "test/fixtures/devset");
  const cases = readdirSync(devset, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const files = [path.join(ROOT, "test/fixtures/seed/000_f633fcfef24d2dbd.txt"), ...cases.map((c) => path.join(devset, c, "page.txt"))];
  return files.map((file) => {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const parsed = parsePage(text);
    const lines = new Set(text.split("\n").map((l) => l.trim()));
    const titles = parsed.articles.map((a) => a.title).filter((t): t is string => t !== null && lines.has(t));
    return { file: path.relative(ROOT, file), text, titles, articles: parsed.articles.length };
  });
}

export function dateOf(day: number): string {
  return new Date(Date.parse(`${FIRST_DATE}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
}

const NUMERALS = "〇一二三四五六七八九";
const chineseNumber = (n: number): string => String(n).split("").map((d) => NUMERALS[Number(d)]).join("");

/** Page `index` of the archive (0-based): its date, page number and text. */
export function syntheticPage(templates: readonly Template[], index: number): { date: string; page: number; text: string; template: string } {
  const day = Math.floor(index / PAGES_PER_DAY);
  const page = (index % PAGES_PER_DAY) + 1;
  const date = dateOf(day);
  const template = templates[index % templates.length]!;
  const month = Number(date.slice(5, 7));
  const dom = Number(date.slice(8, 10));
  let text = template.text.replace(/(\d{1,2})月(\d{1,2})日/g, `${month}月${dom}日`);
  // Headlines change every day. A numbered prefix keeps each headline a headline
  // (a suffix in brackets or after a dot turns some into captions or list items).
  text = `\n${text}`;
  for (const title of template.titles) text = text.replace(`\n${title}\n`, `\n${chineseNumber(index + 1)}号 ${title}\n`);
  return { date, page, text: text.slice(1), template: template.file };
}

export interface ArchivePage {
  date: string;
  page: number;
  /** Relative to the archive folder: pages/<date>-<page>.txt */
  file: string;
  bytes: number;
}

/** Writes pages 0 … count-1 of the synthetic archive to `dir`/pages. */
export async function writePages(dir: string, count: number, templates = loadTemplates()): Promise<ArchivePage[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "pages"), { recursive: true });
  const pages: ArchivePage[] = [];
  for (let i = 0; i < count; i++) {
    const p = syntheticPage(templates, i);
    const file = `pages/${p.date}-${String(p.page).padStart(2, "0")}.txt`;
    const data = Buffer.from(p.text, "utf8");
    await writeFile(path.join(dir, file), data);
    pages.push({ date: p.date, page: p.page, file, bytes: data.length });
  }
  return pages;
}

/**
 * A seeds folder (what scripts/build.ts reads) for `pages`: its manifest.json,
 * and each page hard-linked from the archive, so every size shares one copy of
 * the files. (Not a symbolic link: the build refuses pages that resolve outside
 * the seeds folder.)
 */
export async function writeSeeds(dir: string, archiveDir: string, pages: readonly ArchivePage[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const p of pages) {
    await mkdir(path.dirname(path.join(dir, p.file)), { recursive: true });
    await link(path.resolve(archiveDir, p.file), path.join(dir, p.file));
  }
  const editions = new Map<string, { page: number; file: string }[]>();
  for (const p of pages) {
    const list = editions.get(p.date) ?? [];
    list.push({ page: p.page, file: p.file });
    editions.set(p.date, list);
  }
  const manifest = { paper: PAPER, editions: [...editions].map(([date, list]) => ({ date, pages: list })) };
  await writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
}
