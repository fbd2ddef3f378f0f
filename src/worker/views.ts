/** The JSON shapes the API serves, built from layout values plus this deployment's URLs. */
import { SECTIONS } from "../core/sections.ts";
import { apiArticleUrl, apiSectionUrl, articleUrl, feedUrls } from "../render/urls.ts";
import type { ArticleRecord, ArticleSummary } from "../publish/layout.ts";

export const articleUrls = (origin: string, id: string) => ({
  api: apiArticleUrl(origin, id),
  html: articleUrl(origin, id),
});

export const sectionUrls = (origin: string, slug: string) => {
  const feeds = feedUrls(origin, slug);
  return { api: apiSectionUrl(origin, slug), rss: feeds.rss, atom: feeds.atom, jsonFeed: feeds.json };
};

export const articleView = (origin: string, r: ArticleRecord) => ({ ...r, urls: articleUrls(origin, r.id) });

export const summaryView = (origin: string, a: ArticleSummary) => ({ ...a, urls: articleUrls(origin, a.id) });

export const sectionNames = (): string[] => SECTIONS.map((s) => s.slug);
