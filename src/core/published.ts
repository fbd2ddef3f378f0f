/**
 * What a published paper is made of, as every stage after the parser sees it: the paper,
 * where an article was printed, and the published article record. Types only (the way
 * jpmonette/feed keeps one typings file): publish writes these, the Worker reads them,
 * the renderers turn them into feeds and pages.
 */
import type { ClassifiedArticle } from "./model.ts";

/** The pseudo-section of every article: the feeds and listings of all sections together. */
export const ALL_SECTIONS = "all";
/** What `all` is called where a section's name would be shown. */
export const ALL_SECTIONS_NAME = { zh: "全部", en: "All sections" } as const;

/** The paper as `seeds/manifest.json` describes it. */
export interface PaperInfo {
  name: string;
  nameEn: string;
  /** BCP 47 tag, `zh-CN`. */
  language: string;
  /** The paper's zone, `+08:00`; every date is written with this offset. */
  utcOffset: string;
}

/** Where an article was printed. `time` is the manifest's publication time (`HH:MM`), if it gives one. */
export interface Edition {
  paper: string;
  date: string;
  page: number;
  time?: string;
}

/** A published article: the parser's fields and its section, plus its stable id, edition and order on the page. */
export interface ArticleRecord extends ClassifiedArticle {
  id: string;
  edition: Edition;
  /** 0-based position of the article on its page. */
  order: number;
  /** The page file it was parsed from, as the manifest names it (absent in builds made before it was recorded). */
  file?: string;
  /**
   * When the build that last changed its published fields went live (an ISO instant); absent when
   * no build changed it. Never stored with the article (builds stay reproducible from seeds/):
   * the Worker adds it from the live pointer.
   */
  updated?: string;
}
