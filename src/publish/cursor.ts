/**
 * Paging cursors. A cursor names a position in the archive (the oldest item
 * already returned), not an offset or a key, so it stays valid when a new
 * build goes live, after a rollback and after pruning: the next page is simply
 * "items older than this position". It is opaque to clients (base64url) and
 * checked on the way in: any edit or garbage is rejected, never trusted.
 */
import { fnv1a } from "./hash.ts";
import { isIsoDate } from "./values.ts";
import type { Position } from "./layout.ts";

const MAX_CURSOR_LENGTH = 128;

export class CursorError extends Error {
  override name = "CursorError";
}

function toBase64Url(text: string): string {
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new CursorError("cursor is not base64url");
  try {
    return atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    throw new CursorError("cursor is not base64url");
  }
}

export function encodeCursor(section: string, position: Position): string {
  const body = `1.${section}.${position.date}.${position.page}.${position.order}`;
  return toBase64Url(`${body}.${fnv1a(body)}`);
}

export { isIsoDate } from "./values.ts";

/** The position a cursor names; throws CursorError when it was not made by encodeCursor for this section. */
export function decodeCursor(section: string, cursor: string): Position {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) throw new CursorError("cursor has the wrong length");
  const parts = fromBase64Url(cursor).split(".");
  if (parts.length !== 6) throw new CursorError("cursor is malformed");
  const [version, cursorSection, date, page, order, sum] = parts as [string, string, string, string, string, string];
  if (fnv1a(parts.slice(0, 5).join(".")) !== sum) throw new CursorError("cursor checksum does not match");
  if (version !== "1") throw new CursorError("cursor version is not supported");
  if (cursorSection !== section) throw new CursorError(`cursor belongs to section "${cursorSection}"`);
  if (!isIsoDate(date) || !/^\d{1,3}$/.test(page) || !/^\d{1,4}$/.test(order)) throw new CursorError("cursor is malformed");
  return { date, page: Number(page), order: Number(order) };
}

/**
 * A search cursor: the last article a page examined and its score, bound to the query it
 * pages (`scope`, a hash of the terms, filters and order), so it cannot page another search.
 */
export function encodeSearchCursor(scope: string, position: Position, score: number): string {
  const body = `s1.${scope}.${position.date}.${position.page}.${position.order}.${score}`;
  return toBase64Url(`${body}.${fnv1a(body)}`);
}

export function decodeSearchCursor(scope: string, cursor: string): { position: Position; score: number } {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) throw new CursorError("cursor has the wrong length");
  const parts = fromBase64Url(cursor).split(".");
  if (parts.length !== 7) throw new CursorError("cursor is malformed");
  const [version, cursorScope, date, page, order, score, sum] = parts as [string, string, string, string, string, string, string];
  if (fnv1a(parts.slice(0, 6).join(".")) !== sum) throw new CursorError("cursor checksum does not match");
  if (version !== "s1") throw new CursorError("cursor is not a search cursor");
  if (cursorScope !== scope) throw new CursorError("cursor belongs to another search (its words, filters or order differ)");
  if (!isIsoDate(date) || !/^\d{1,3}$/.test(page) || !/^\d{1,4}$/.test(order) || !/^\d{1,3}$/.test(score)) throw new CursorError("cursor is malformed");
  return { position: { date, page: Number(page), order: Number(order) }, score: Number(score) };
}
