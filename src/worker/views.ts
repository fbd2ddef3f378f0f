/** The JSON shapes the API serves, built from layout values plus this deployment's URLs. */
import { SECTIONS } from "../core/sections.ts";
import type { ArticleRecord, ArticleSummary } from "../publish/layout.ts";

export const articleUrls = (origin: string, id: string) => ({
  api: `${origin}/v1/articles/${id}`,
  html: `${origin}/articles/${id}`,
});

export const sectionUrls = (origin: string, slug: string) => ({
  api: `${origin}/v1/sections/${slug}`,
  rss: `${origin}/feeds/${slug}.rss`,
  atom: `${origin}/feeds/${slug}.atom`,
  jsonFeed: `${origin}/feeds/${slug}.json`,
});

export const articleView = (origin: string, r: ArticleRecord) => ({ ...r, urls: articleUrls(origin, r.id) });

export const summaryView = (origin: string, a: ArticleSummary) => ({ ...a, urls: articleUrls(origin, a.id) });

export const sectionNames = (): string[] => SECTIONS.map((s) => s.slug);
