/**
 * Rendered responses, kept per isolate. A 200 that carries the live build's
 * validators depends only on the build and the request URL (see caching.ts),
 * so once rendered it can be answered again without reading or rendering
 * anything: a feed costs milliseconds of CPU to render and nothing to repeat.
 * A new build changes the key, so nothing stale is served after the isolate
 * picks the build up. Bounded by bytes, least recently used first out.
 */
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

interface Memo {
  body: Uint8Array;
  headers: [string, string][];
}

const memo = new Map<string, Memo>();
let bytes = 0;

/** Forget every rendered response (tests that change KV under a build). */
export function forgetResponses(): void {
  memo.clear();
  bytes = 0;
}

/** The key of a GET that may be answered from the memo, or null (conditional requests go through the router, for their 304). */
export function memoKey(request: Request, buildId: string): string | null {
  if (request.method !== "GET" || request.headers.has("if-none-match") || request.headers.has("if-modified-since")) return null;
  return `${buildId} ${request.url}`;
}

export function recall(key: string): Response | null {
  const hit = memo.get(key);
  if (!hit) return null;
  memo.delete(key);
  memo.set(key, hit);
  return new Response(hit.body.slice(), { status: 200, headers: hit.headers });
}

/**
 * Keep `response` when it is a 200 rendered from build `buildId` (its ETag names
 * the build it came from: one that went live between the lookup and the render
 * is not filed under the old one). Returns a response to send in its place.
 */
export async function remember(key: string, buildId: string, response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get("etag")?.startsWith(`"${buildId}-`) || response.body === null) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const headers = [...response.headers];
  if (body.byteLength <= MAX_ENTRY_BYTES) {
    const old = memo.get(key);
    if (old) bytes -= old.body.byteLength;
    memo.set(key, { body, headers });
    bytes += body.byteLength;
    for (const [k, v] of memo) {
      if (bytes <= MAX_BYTES) break;
      memo.delete(k);
      bytes -= v.body.byteLength;
    }
  }
  return new Response(body, { status: 200, headers });
}
