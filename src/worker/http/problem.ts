/** Errors as RFC 9457 problem documents (application/problem+json). */
import { cleanJson } from "../../render/escape.ts";

export const PROBLEM_TYPE = "application/problem+json";

export interface ProblemDetails {
  /** A URN naming the kind of problem; clients branch on it. */
  type: string;
  title: string;
  detail: string;
  [extension: string]: unknown;
}

export function problem(status: number, details: ProblemDetails, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set("content-type", `${PROBLEM_TYPE}; charset=utf-8`);
  if (!h.has("cache-control")) h.set("cache-control", status >= 500 || status === 400 ? "no-store" : "public, max-age=60");
  // Details quote the request (cut to a length, which can split a surrogate pair): cleanJson drops lone halves.
  return new Response(cleanJson({ ...details, status }), { status, headers: h });
}

/** How long clients should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 30;

export const unavailable = (detail: string): Response =>
  problem(503, { type: "urn:edgepaper:problem:unavailable", title: "Service unavailable", detail }, { "retry-after": String(RETRY_AFTER_SECONDS) });

export const notFound = (detail: string, extra: Record<string, unknown> = {}): Response =>
  problem(404, { type: "urn:edgepaper:problem:not-found", title: "Not found", detail, ...extra });

export const badParameter = (parameter: string, detail: string): Response =>
  problem(400, { type: "urn:edgepaper:problem:invalid-parameter", title: `Invalid parameter "${parameter}"`, detail, parameter });

/** An article an editor's correction withdrew: 410, with the reason readers are given. */
export const gone = (detail: string, reason: string): Response => problem(410, { type: "urn:edgepaper:problem:retracted", title: "Gone", detail, reason });

/** The article was joined into another: 301 to it, cached like the rest of the build. */
/** A sync token older than the kept change log: the app fetches its lists afresh. */
export const resync = (detail: string): Response => problem(410, { type: "urn:edgepaper:problem:resync", title: "Gone", detail });
export const movedTo = (location: string): Response => new Response(null, { status: 301, headers: { location, "cache-control": "public, max-age=60" } });
