/**
 * Article ids: stable across builds and parser improvements, because they come
 * from what an article is (paper, edition date, page, title), never from where
 * the parser happened to find it. Feed readers use them as guids.
 *
 *   20231107-1-k3m9x2qa        date (YYYYMMDD), page, 8 base32 chars of
 *   20231107-1-k3m9x2qa-2      SHA-256(paper, date, page, normalised title);
 *                              the second article with the same title on the
 *                              same page gets "-2", and so on.
 *
 * The date comes first so the Worker can find an article's edition day from
 * its id alone (see layout.ts).
 */
import type { Article } from "../core/model.ts";
import { hashText } from "./hash.ts";

/** Any count of same-titled articles is servable: a page's byte bound keeps the suffix under seven digits. */
export const ARTICLE_ID_PATTERN = /^(\d{4})(\d{2})(\d{2})-(\d{1,3})-([a-z2-7]{8})(?:-([1-9]\d{0,6}))?$/;

/**
 * The text an id is derived from: the title with width, case and all spacing
 * normalised (the same headline printed with a line break or full-width
 * letters keeps its id). Untitled items (some photos, notices) fall back to
 * their kicker, then their first caption or paragraph.
 */
export function normaliseTitle(article: Pick<Article, "title" | "kicker" | "paragraphs" | "photos">): string {
  const source = article.title ?? article.kicker ?? article.photos[0]?.caption ?? article.paragraphs[0] ?? "";
  return source.normalize("NFKC").replace(/\s+/gu, "").toLowerCase().slice(0, 200);
}

/** Ids for the articles of one page, in page order. */
export async function articleIds(paper: string, date: string, page: number, articles: readonly Pick<Article, "title" | "kicker" | "paragraphs" | "photos">[]): Promise<string[]> {
  const seen = new Map<string, number>();
  const ids: string[] = [];
  const compactDate = date.replaceAll("-", "");
  for (const article of articles) {
    const title = normaliseTitle(article);
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    const hash = await hashText(`${paper}\n${date}\n${page}\n${title}`, 8);
    ids.push(`${compactDate}-${page}-${hash}${n > 1 ? `-${n}` : ""}`);
  }
  return ids;
}

/** The ISO edition date an id names, or null when the id is not one of ours. */
export function dateOfArticleId(id: string): string | null {
  const m = ARTICLE_ID_PATTERN.exec(id);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
