/**
 * Examples for the OpenAPI document, made from a build plan the way the routes make their
 * answers (same views, same URL scheme). `npm run api-examples` writes them from the frozen
 * seed into openapi-examples.json; a test fails when that file no longer matches the parser.
 */
import { findSection } from "../core/sections.ts";
import type { ArticleRecord, EditionDay } from "../publish/layout.ts";
import { articleView, sectionUrls, summaryView } from "./views.ts";

export interface ApiExamples {
  ArticleResponse: unknown;
  SectionPage: unknown;
  EditionDay: unknown;
}

/** The first article, its section's first page in summaries (one item), and the edition (two articles a page). */
export function apiExamples(origin: string, buildId: string, records: readonly ArticleRecord[], day: EditionDay, utcOffset: string): ApiExamples {
  const first = records[0]!;
  const slug = first.section;
  return {
    ArticleResponse: articleView(origin, first, utcOffset),
    SectionPage: {
      build: buildId,
      syncToken: "1",
      section: { slug, name: findSection(slug)!.name, count: records.filter((r) => r.section === slug).length, urls: sectionUrls(origin, slug) },
      items: [articleView(origin, first, utcOffset, "summary")],
      cursor: null,
      next: null,
    },
    EditionDay: {
      paper: day.paper,
      date: day.date,
      prev: null,
      next: null,
      pages: day.pages.map((p) => ({ page: p.page, articles: p.articles.slice(0, 2).map((a) => summaryView(origin, a, utcOffset)) })),
    },
  };
}
