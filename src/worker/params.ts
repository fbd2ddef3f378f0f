/**
 * Query parameters of the section listing, checked strictly: every bad value
 * is a 400 naming the parameter, never a guess.
 */
import { parseUtcOffset } from "../publish/values.ts";
import { decodeCursor, CursorError, isIsoDate } from "../publish/cursor.ts";
import { comparePositions, MAX_PAGE, type Position } from "../publish/layout.ts";
import { FIELDS, type Fields } from "./views.ts";

export const DEFAULT_LIMIT = 20;
/** The parameters of the paged lists: sections, and editions. */
export const LIST_PARAMETERS = ["limit", "cursor", "since", "from", "to", "fields", "order"] as const;
export const EDITION_LIST_PARAMETERS = ["limit", "cursor", "from", "to"] as const;
const MAX_PARAM_LENGTH = 256;

export type Checked<T> = { ok: true; value: T } | { ok: false; parameter: string; message: string };

export interface ListingParams {
  limit: number;
  /** Only items older than this: the cursor's position, or the end of the `to` day, whichever is older. */
  before: Position | null;
  /** `from` (or its alias `since`): only editions on or after this date. */
  since: string | null;
  /** `to`: only editions on or before this date (kept for the next link). */
  to: string | null;
  fields: Fields;
  order: "newest" | "oldest";
  /** Oldest first: only items newer than this (the cursor's position). */
  after: Position | null;
}

/** What a cursor is bound to: its section, and for an oldest-first list that order too. */
export const cursorScope = (section: string, order: "newest" | "oldest"): string => (order === "oldest" ? `${section}:oldest` : section);

/** A parameter given at most once (and not absurdly long): its value, or null when absent. */
export function single(params: URLSearchParams, name: string): Checked<string | null> {
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
  const orderParam = single(params, "order");
  if (!orderParam.ok) return orderParam;
  if (orderParam.value !== null && orderParam.value !== "newest" && orderParam.value !== "oldest") {
    return { ok: false, parameter: "order", message: `order must be newest or oldest, got "${orderParam.value.slice(0, 40)}"` };
  }
  const order = (orderParam.value ?? "newest") as "newest" | "oldest";
  const cursor = single(params, "cursor");
  if (!cursor.ok) return cursor;
  let before: Position | null = null;
  let after: Position | null = null;
  if (cursor.value !== null) {
    try {
      const position = decodeCursor(cursorScope(section, order), cursor.value);
      if (order === "oldest") after = position;
      else before = position;
    } catch (e) {
      if (!(e instanceof CursorError)) throw e;
      return { ok: false, parameter: "cursor", message: `${e.message}; use the "next" link of a previous page` };
    }
  }
  let sinceValue: string | null = null;
  for (const name of ["since", "from"]) {
    const since = single(params, name);
    if (!since.ok) return since;
    if (since.value === null) continue;
    if (sinceValue !== null) return { ok: false, parameter: name, message: "from and since are one parameter (since is its older name): give one" };
    sinceValue = sinceDate(since.value, utcOffset);
    if (sinceValue === null) return { ok: false, parameter: name, message: `${name} must be an ISO 8601 date (2023-11-07) or date-time (2023-11-07T08:00:00+08:00), got "${since.value.slice(0, 40)}"` };
  }
  const to = single(params, "to");
  if (!to.ok) return to;
  let toValue: string | null = null;
  if (to.value !== null) {
    toValue = sinceDate(to.value, utcOffset);
    if (toValue === null) return { ok: false, parameter: "to", message: `to must be an ISO 8601 date (2023-11-07) or date-time, got "${to.value.slice(0, 40)}"` };
    // Everything of the `to` day is older than a position before its first page (a lower page is newer).
    const end: Position = { date: toValue, page: -1, order: -1 };
    if (before === null || comparePositions(end, before) < 0) before = end;
  }
  const fields = single(params, "fields");
  if (!fields.ok) return fields;
  if (fields.value !== null && !FIELDS.includes(fields.value as Fields)) return { ok: false, parameter: "fields", message: `fields must be ${FIELDS.join(" or ")}, got "${fields.value.slice(0, 40)}"` };
  return { ok: true, value: { limit: n, before, since: sinceValue, to: toValue, fields: (fields.value ?? "full") as Fields, order, after } };
}
