/** Hostile articles for the renderer tests (test/render/hostile.test.ts, test/e2e). */
import type { ArticleRecord } from "../../src/core/published.ts";
import type { SiteConfig } from "../../src/render/index.ts";
import { SITE } from "./seed.ts";

/** A 10,000-character line ending in markup and control characters. */
export const LONG_LINE = "长".repeat(9_991) + "<b>&]]>\u0000\u0001";

/** A paper whose name needs escaping everywhere it appears. */
export const HOSTILE_SITE: SiteConfig = { siteUrl: "https://paper.example", paper: { ...SITE.paper, name: `株洲<日报>&"'\u0000\uD800` } };

export function hostileArticle(text: string, id = "hostile-1"): ArticleRecord {
  return {
    kind: "article",
    section: "politics",
    kicker: text,
    title: text,
    subtitle: text,
    byline: text,
    dateline: { agency: text, place: text, date: text },
    authors: [{ role: text, name: `${text}1` }],
    paragraphs: [text, LONG_LINE, text],
    photos: [{ caption: `${text}\n${text}`, credit: text, photographers: [{ role: null, name: `${text}2` }] }],
    lines: { start: 1, end: 3 },
    id,
    edition: { paper: text, date: "2023-11-07", page: 1 },
    order: 0,
  };
}
