/** The order items appear in, in every feed and list. */
import type { FeedItem } from "./types.ts";

/**
 * Feed order: newest edition first; within one edition by page, then position on
 * the page (`order`). Returns a new array.
 */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort(
    (a, b) =>
      b.published.epochMs - a.published.epochMs ||
      (a.edition.date < b.edition.date ? 1 : a.edition.date > b.edition.date ? -1 : 0) ||
      a.edition.page - b.edition.page ||
      a.order - b.order ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
