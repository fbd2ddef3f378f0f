/**
 * Query parameters of the section listing, checked strictly: every bad value
 * is a 400 naming the parameter, never a guess.
 */
import { parseUtcOffset } from "../publish/values.ts";
import { decodeCursor, CursorError, isIsoDate } from "../publish/cursor.ts";
import { MAX_PAGE, type Position } from "../publish/layout.ts";

export const DEFAULT_LIMIT = 20;
const MAX_PARAM_LENGTH = 256;

export type Checked<T> = { ok: true; value: T } | { ok: false; parameter: string; message: string };

export interface ListingParams {
  limit: number;
  before: Position | null;
  since: string | null;
}

function single(params: URLSearchParams, name: string): Checked<string | null> {
  const values = params.getAll(name);
  if (values.length > 1) return { ok: false, parameter: name, message: `${name} may be given only once` };
  const v = values[0] ?? null;
  if (v !== null && v.length > MAX_PARAM_LENGTH) return { ok: false, parameter: name, message: `${name} is longer than ${MAX_PARAM_LENGTH} characters` };
  return { ok: true, value: v };
}

/** An ISO date, or an ISO date-time turned into the paper's local date (utcOffset like +08:00). */
export function sinceDate(text: string, utcOffset: string): string | null {
  if (isIsoDate(text)) return text;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m || !isIsoDate(m[1]!)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + parseUtcOffset(utcOffset) * 60_000);
  // An instant whose local date falls outside years 0000–9999 is before or after every edition.
  const year = local.getUTCFullYear();
  if (year > 9999) return "9999-12-31";
  if (year < 0) return "0000-01-01";
  return `${String(year).padStart(4, "0")}-${String(local.getUTCMonth() + 1).padStart(2, "0")}-${String(local.getUTCDate()).padStart(2, "0")}`;
}

export function listingParams(params: URLSearchParams, section: string, utcOffset: string): Checked<ListingParams> {
  const limit = single(params, "limit");
  if (!limit.ok) return limit;
  let n = DEFAULT_LIMIT;
  if (limit.value !== null) {
    if (!/^\d{1,3}$/.test(limit.value) || Number(limit.value) < 1 || Number(limit.value) > MAX_PAGE) {
      return { ok: false, parameter: "limit", message: `limit must be an integer from 1 to ${MAX_PAGE}, got "${limit.value.slice(0, 40)}"` };
    }
    n = Number(limit.value);
  }
  const cursor = single(params, "cursor");
  if (!cursor.ok) return cursor;
  let before: Position | null = null;
  if (cursor.value !== null) {
    try {
      before = decodeCursor(section, cursor.value);
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return { ok: false, parameter: "cursor", message: `${e.message}; use the "next" link of a previous page` };
    }
  }
  const since = single(params, "since");
  if (!since.ok) return since;
  let sinceValue: string | null = null;
  if (since.value !== null) {
    sinceValue = sinceDate(since.value, utcOffset);
    if (sinceValue === null) return { ok: false, parameter: "since", message: `since must be an ISO 8601 date (2023-11-07) or date-time (2023-11-07T08:00:00+08:00), got "${since.value.slice(0, 40)}"` };
  }
  return { ok: true, value: { limit: n, before, since: sinceValue } };
}
