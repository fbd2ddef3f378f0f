import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ParsedPage } from "../../src/core/model.ts";
import { LAYOUT_GLYPH } from "../../src/core/parse/text.ts";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** The fields an annotation carries for every article (its `source` aside). */
export const GOLD_FIELDS = ["kind", "section", "kicker", "title", "subtitle", "byline", "dateline", "authors", "paragraphs", "photos"] as const;

export interface GoldArticle extends Omit<Article, "lines"> {
  section: string;
}

export interface GoldPage {
  source: string;
  edition: { paper: string; paperEn?: string; date: string; page: number | null; name?: string };
  articles: GoldArticle[];
}

export interface Case {
  name: string;
  page: string;
  gold: GoldPage;
}

export function readCase(pagePath: string, goldPath: string): Case {
  return {
    name: pagePath.split("/").slice(-2).join("/"),
    page: readFileSync(pagePath, "utf8"),
    gold: JSON.parse(readFileSync(goldPath, "utf8")) as GoldPage,
  };
}

export function seedCase(): Case {
  return readCase(join(FIXTURES, "seed", "000_f633fcfef24d2dbd.txt"), join(FIXTURES, "gold", "000_f633fcfef24d2dbd.json"));
}

/** The cases of one of this project's sets (`devset`, `variants`, `blind` … `blind5`, the real corpus). */
export function casesOf(set: string): Case[] {
  return casesIn(set);
}

/** The cases of a set: one folder per case, `page.txt` and `gold.json`. */
function casesIn(folder: string): Case[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => readCase(join(dir, name, "page.txt"), join(dir, name, "gold.json")));
}

/** The article fields a gold annotation compares, in its order. */
export function comparable(a: Omit<Article, "lines"> & { section?: string }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of GOLD_FIELDS) out[f] = (a as unknown as Record<string, unknown>)[f];
  return out;
}

/** Characters that carry text: not white space, not control or invisible format characters, not layout glyphs. */
function isCarried(ch: string): boolean {
  return !/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(ch) && !LAYOUT_GLYPH.test(ch) && !/[\ud800-\udfff]/u.test(ch);
}

function tally(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of text) if (isCarried(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * Every carried character of the page is in the output exactly as often as in
 * the page: nothing lost, nothing invented. A photo story's captions repeat its
 * paragraphs by design, so they are not counted twice.
 */
export function conservationDiff(page: string, parsed: ParsedPage): { lost: string; invented: string } {
  const out: string[] = [];
  for (const a of parsed.articles) {
    out.push(a.kicker ?? "", a.title ?? "", a.subtitle ?? "", a.byline ?? "", ...a.paragraphs);
    for (const p of a.photos) {
      if (a.kind !== "photo") out.push(p.caption);
      out.push(p.credit);
    }
  }
  for (const u of parsed.unassigned) out.push(u.text);
  for (const f of parsed.furniture ?? []) out.push(f.text);
  const want = tally([page]);
  const got = tally(out);
  let lost = "";
  let invented = "";
  for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) lost += ch.repeat(n - (got.get(ch) ?? 0));
  for (const [ch, n] of got) if ((want.get(ch) ?? 0) < n) invented += ch.repeat(n - (want.get(ch) ?? 0));
  return { lost, invented };
}
