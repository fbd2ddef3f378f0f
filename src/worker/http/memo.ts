/**
 * Rendered responses, kept per isolate. A 200 that carries the live build's
 * validators depends only on the build and the request URL (see caching.ts),
 * so once rendered it can be answered again without reading or rendering
 * anything: a feed costs milliseconds of CPU to render and nothing to repeat.
 * A new build changes the key, so nothing stale is served after the isolate
 * picks the build up; so does a rollback, which makes an earlier build live at a
 * new time: its responses are rendered again with the Last-Modified of now, never
 * answered with the validators of the period it was live before. Bounded by
 * bytes, least recently used first out.
 */
import { isNotModified, notModified, type Validators } from "./caching.ts";
import { withCors } from "./cors.ts";

const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

interface Memo {
  body: Uint8Array;
  headers: [string, string][];
  validators: Validators;
  /** When it was last answered (a counter): eviction drops the least recently used first. */
  used: number;
}

let clock = 0;

const memo = new Map<string, Memo>();
let bytes = 0;

/** Forget every rendered response (tests that change KV under a build). */
export function forgetResponses(): void {
  memo.clear();
  bytes = 0;
}

/** The key of a GET that may be answered from the memo: the build, when it went live, and the URL. */
export function memoKey(request: Request, build: { id: string; publishedAt: string }): string | null {
  if (request.method !== "GET") return null;
  return urlKey(request.url, build);
}

/** The memo key of a URL (a HEAD is answered from its GET's entry). */
export function urlKey(url: string, build: { id: string; publishedAt: string }): string {
  return `${build.id}@${build.publishedAt} ${url}`;
}

/**
 * The remembered answer to `request`: its 200, or the 304 a revalidation with
 * matching validators gets (the same rules as the routes, from caching.ts;
 * a stale ETag, as every reader sends after a new build, gets the full 200).
 */
export function recall(key: string, request: Request): Response | null {
  const hit = memo.get(key);
  if (!hit) return null;
  // Recency is stamped, not kept by reinserting: a hit costs one lookup.
  hit.used = ++clock;
  if (isNotModified(request, hit.validators)) return notModified(hit.validators);
  return new Response(hit.body, { status: 200, headers: hit.headers });
}

/**
 * Keep `response` (its headers with CORS's) when it is a 200 rendered from build `buildId`: its ETag names the build
 * it came from (one that went live between the lookup and the render is not filed under the
 * old one), or it is a content ETag (`"c-…"`, an article or an edition), rendered from the
 * build the request read once at its start. Returns a response to send in its place.
 */
export async function remember(key: string, buildId: string, response: Response): Promise<Response> {
  const etag = response.headers.get("etag") ?? "";
  if (response.status !== 200 || !(etag.startsWith(`"${buildId}-`) || etag.startsWith('"c-')) || response.body === null) return response;
  const lastModified = new Date(response.headers.get("last-modified") ?? "");
  if (Number.isNaN(lastModified.getTime())) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  // Kept with the CORS headers every answer carries, so a remembered 200 goes out as it is kept.
  const headers = [...withCors(response).headers];
  if (body.byteLength <= MAX_ENTRY_BYTES) {
    const old = memo.get(key);
    if (old) bytes -= old.body.byteLength;
    memo.set(key, { body, headers, validators: { etag: response.headers.get("etag")!, lastModified }, used: ++clock });
    bytes += body.byteLength;
    if (bytes > MAX_BYTES) {
      // Least recently answered first out (rare: only when the memo is full).
      for (const [k, v] of [...memo].sort((a, b) => a[1].used - b[1].used)) {
        if (bytes <= MAX_BYTES) break;
        memo.delete(k);
        bytes -= v.body.byteLength;
      }
    }
  }
  return new Response(body, { status: 200, headers });
}
