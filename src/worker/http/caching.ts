/**
 * Conditional requests. A response depends only on the live build and the
 * request URL (origin included), so the strong ETag is derived from those two, and a matching
 * If-None-Match is answered with 304 before any content is read from KV.
 * If-Modified-Since is honoured (when no If-None-Match is sent) as "not
 * modified since": the build's publication time ≤ the date the client sent.
 */
import { fnv1a } from "../../publish/hash.ts";

export const CACHE_CONTROL = "public, max-age=60";

export interface Validators {
  etag: string;
  lastModified: Date;
}

/**
 * Validators of a representation that outlives builds (an article, an edition): the ETag is
 * its bytes' hash and Last-Modified when that content went live, so an unchanged article
 * answers 304 to yesterday's ETag after any number of new builds.
 */
export function contentValidators(body: string, wentLive: string): Validators {
  const ms = Date.parse(wentLive);
  return { etag: `"c-${fnv1a(body)}-${body.length.toString(36)}"`, lastModified: new Date(Math.floor(ms / 1000) * 1000) };
}

export function validatorsFor(buildId: string, publishedAt: Date, url: URL, syncToken = "0"): Validators {
  // The origin is part of it: absolute links in a body differ from one host name to another.
  // The sync token too: a rollback to a build live before makes its lists carry other update
  // times and tokens, so they must not revalidate against what they were then. (The ETag still
  // opens with the build id: the memo files a response under the build it names.)
  const token = syncToken === "0" ? "" : `${syncToken} `;
  return { etag: `"${buildId}-${fnv1a(token + url.origin + url.pathname + url.search)}"`, lastModified: publishedAt };
}

/**
 * `If-None-Match: *` matches only when a current representation exists (RFC 9110 §13.1.2):
 * before the route has looked, that is not known, so it does not match here; a 200 to such a
 * request is turned into a 304 afterwards (`anyMatch`).
 */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return false;
  // Weak comparison, as RFC 9110 asks for If-None-Match.
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export function isNotModified(request: Request, v: Validators): boolean {
  const inm = request.headers.get("if-none-match");
  if (inm !== null) return etagMatches(inm, v.etag);
  const ims = request.headers.get("if-modified-since");
  if (ims === null) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && v.lastModified.getTime() <= since;
}

/** A 200 answered to `If-None-Match: *`: the representation exists, so the answer is 304 with its validators. */
export function anyMatch(request: Request, response: Response): Response {
  if (response.status !== 200 || request.headers.get("if-none-match")?.trim() !== "*") return response;
  const etag = response.headers.get("etag");
  const lastModified = new Date(response.headers.get("last-modified") ?? "");
  if (etag === null || Number.isNaN(lastModified.getTime())) return response;
  return notModified({ etag, lastModified });
}

export function cachingHeaders(v: Validators): Record<string, string> {
  return { etag: v.etag, "last-modified": v.lastModified.toUTCString(), "cache-control": CACHE_CONTROL };
}

export function notModified(v: Validators): Response {
  return new Response(null, { status: 304, headers: cachingHeaders(v) });
}
