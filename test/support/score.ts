/**
 * How close a parse is to its annotation, per field, the way the parser is measured on
 * pages it has never seen: each gold article is matched to at most one parsed article by
 * the text they share, then every field is compared exactly. Pure, for tests and scripts.
 */
import { classifyPage } from "../../src/core/classify/index.ts";
import type { Article, ParsedPage } from "../../src/core/model.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { conservationDiff, type GoldArticle, type GoldPage } from "./gold.ts";
import { evenlySpaced, recutColumns, readSet } from "./sets.ts";

/** The fields scored, in the order reports print them. */
export const SCORED_FIELDS = ["title", "kicker", "subtitle", "byline", "authors", "paragraphs", "credits", "kind", "section"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

type Parsed = Article & { section: string };

export interface ArticleScore {
  /** Index in the gold's articles. */
  gold: number;
  /** Index of the matched parsed article, or null when none shares enough text. */
  parsed: number | null;
  title: string | null;
  /** The fields that differ (every field when unmatched). */
  wrong: ScoredField[];
}

export interface PageScore {
  name: string;
  articles: ArticleScore[];
  /** Parsed articles that match no gold article. */
  extra: number;
  /** Characters of the page that no output field carries. */
  lost: number;
  /** Gold section → parsed section, for a confusion matrix. */
  sections: Array<{ gold: string; parsed: string | null }>;
}

/** Minimum share of a gold article's text bigrams a parsed article must hold to be its match. */
const MATCH_SHARE = 0.5;

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}]/gu, ""));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

function textOf(a: Pick<Article, "title" | "paragraphs" | "photos" | "kicker" | "subtitle">): string {
  return [a.kicker ?? "", a.title ?? "", a.subtitle ?? "", ...a.paragraphs, ...a.photos.map((p) => p.caption)].join("");
}

function fieldValue(a: GoldArticle | Parsed, field: ScoredField): unknown {
  switch (field) {
    case "credits":
      return a.photos.map((p) => [p.credit, p.photographers]);
    case "authors":
      return a.authors.map((p) => [p.role, p.name]);
    default:
      return (a as unknown as Record<string, unknown>)[field];
  }
}

export function scorePage(name: string, pageText: string, gold: GoldPage, parsed: ParsedPage & { articles: Parsed[] }): PageScore {
  const goldGrams = gold.articles.map((a) => bigrams(textOf(a)));
  const parsedGrams = parsed.articles.map((a) => bigrams(textOf(a)));
  const pairs: Array<{ g: number; p: number; share: number }> = [];
  goldGrams.forEach((gg, g) => {
    parsedGrams.forEach((pg, p) => {
      if (gg.size === 0) return;
      let shared = 0;
      for (const x of gg) if (pg.has(x)) shared++;
      // Shared over the larger of the two, so that a parse that swallowed a neighbour still matches the one it mostly is.
      const share = shared / Math.max(gg.size, Math.min(pg.size, gg.size * 3));
      if (shared / gg.size >= MATCH_SHARE) pairs.push({ g, p, share });
    });
  });
  pairs.sort((a, b) => b.share - a.share || a.g - b.g);
  const goldTo = new Map<number, number>();
  const takenParsed = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldTo.has(g) || takenParsed.has(p)) continue;
    goldTo.set(g, p);
    takenParsed.add(p);
  }
  const articles = gold.articles.map((ga, g): ArticleScore => {
    const p = goldTo.get(g);
    if (p === undefined) return { gold: g, parsed: null, title: ga.title, wrong: [...SCORED_FIELDS] };
    const pa = parsed.articles[p]!;
    const wrong = SCORED_FIELDS.filter((f) => JSON.stringify(fieldValue(ga, f)) !== JSON.stringify(fieldValue(pa, f)));
    return { gold: g, parsed: p, title: ga.title, wrong };
  });
  const { lost } = conservationDiff(pageText, parsed);
  return {
    name,
    articles,
    extra: parsed.articles.length - takenParsed.size,
    lost: Array.from(lost).length,
    sections: gold.articles.map((ga, g) => ({ gold: ga.section, parsed: goldTo.has(g) ? parsed.articles[goldTo.get(g)!]!.section : null })),
  };
}

/**
 * Parses and classifies every annotated page of a set and scores each: optionally with rules
 * switched off, with the pages evenly spaced (no wider space between stories; see `evenlySpaced`),
 * or evenly spaced with their paragraphs re-cut as columns cut them (`recut`, a seed; see `recutColumns`).
 */
export function scoreSet(dir: string, options: { disabled?: ReadonlySet<string>; evenSpacing?: boolean; recut?: number } = {}): PageScore[] {
  return readSet(dir).map((c) => {
    const text = options.recut !== undefined ? recutColumns(c.page, c.gold, options.recut) : options.evenSpacing ? evenlySpaced(c.page) : c.page;
    const page = parsePage(text, { disabled: options.disabled });
    // A page's printed name, where an annotation records it, is what the manifest would give the build.
    return scorePage(c.name, text, c.gold, { ...page, articles: classifyPage(page.articles, { pageName: c.gold.edition.name ?? null }) });
  });
}

export interface SetScore {
  pages: number;
  articles: number;
  found: number;
  extra: number;
  lost: number;
  /** Share of gold articles whose field is exactly right (unmatched articles count as wrong). */
  fields: Record<ScoredField, number>;
  /** Share of gold articles right in every field. */
  exact: number;
}

export function summarise(pages: readonly PageScore[]): SetScore {
  const all = pages.flatMap((p) => p.articles);
  const n = Math.max(1, all.length);
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, all.filter((a) => a.parsed !== null && !a.wrong.includes(f)).length / n])) as Record<ScoredField, number>;
  return {
    pages: pages.length,
    articles: all.length,
    found: all.filter((a) => a.parsed !== null).length,
    extra: pages.reduce((s, p) => s + p.extra, 0),
    lost: pages.reduce((s, p) => s + p.lost, 0),
    fields,
    exact: all.filter((a) => a.parsed !== null && a.wrong.length === 0).length / n,
  };
}

/** Gold section → parsed section counts (`null` parsed: the article was not found). */
export function confusion(pages: readonly PageScore[]): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  for (const { gold, parsed } of pages.flatMap((p) => p.sections)) {
    const row = m.get(gold) ?? new Map<string, number>();
    const key = parsed ?? "(missed)";
    row.set(key, (row.get(key) ?? 0) + 1);
    m.set(gold, row);
  }
  return m;
}
