/** Feed items built from the seed page's gold articles, as the build would publish them. */
import type { ArticleRecord } from "../../src/core/published.ts";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json" with { type: "json" };
import manifest from "../fixtures/seed/manifest.json" with { type: "json" };
import type { ClassifiedArticle } from "../../src/core/model.ts";
import { buildFeedItem, sortFeedItems, type FeedItem, type SiteConfig } from "../../src/render/index.ts";

export const SITE: SiteConfig = { siteUrl: "https://paper.example/", paper: manifest.paper };

export const GOLD_ARTICLES = gold.articles as unknown as Omit<ClassifiedArticle, "lines">[];

/** The seed's articles as published: ids like `20231107-1-3`, order = position on the page. */
export function seedArticles(): ArticleRecord[] {
  return GOLD_ARTICLES.map((article, order) => ({
    ...article,
    lines: { start: order * 10 + 1, end: order * 10 + 9 },
    id: `20231107-1-${order}`,
    edition: { paper: gold.edition.paper, date: gold.edition.date, page: gold.edition.page },
    order,
  }));
}

export function seedItems(section?: string): FeedItem[] {
  const items = seedArticles().map((a) => buildFeedItem(SITE, a));
  return sortFeedItems(section && section !== "all" ? items.filter((i) => i.section.slug === section) : items);
}

/** 2023-11-07 06:00 in Beijing, i.e. 2023-11-06 22:00 UTC. */
export const SEED_INSTANT = Date.UTC(2023, 10, 6, 22, 0, 0);

/** Who each seed article is by, read off the printed page: authors, then photographers, else the agency. */
export const SEED_AUTHORS: Record<string, string[]> = {
  "20231107-1-0": ["新华社"],
  "20231107-1-1": ["胡文洁"],
  "20231107-1-2": ["周菁"],
  "20231107-1-3": ["吴楚", "王彦峰"],
  "20231107-1-4": ["何春林", "何杏"],
  "20231107-1-5": ["陈洲平", "雷雪梅", "雷丽"],
  "20231107-1-6": ["张平"],
  "20231107-1-7": ["杨如", "李江"],
  "20231107-1-8": ["邹怡敏", "刘旺", "陈柱波"],
};
