/** CORS: the API is public and read-only, so any origin may read it. */

export const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

export function withCors(response: Response): Response {
  // The Worker makes every response itself, so its headers can be set in place: the body is
  // sent as it is instead of being re-wrapped as a stream (which costs per chunk: a 200 KB
  // feed went out at a third of the rate of a constant response of the same size).
  try {
    response.headers.set("access-control-allow-origin", "*");
    response.headers.set("access-control-expose-headers", "ETag, Last-Modified, Retry-After, Link");
    return response;
  } catch {
    // Immutable headers (a response from fetch or the cache): copy them.
  }
  const headers = new Headers(response.headers);
  headers.set("access-control-allow-origin", "*");
  headers.set("access-control-expose-headers", "ETag, Last-Modified, Retry-After, Link");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Answer to an OPTIONS request (a CORS preflight or a plain capability query). */
export function preflight(request: Request): Response {
  const headers = new Headers({
    allow: ALLOWED_METHODS,
    "access-control-allow-origin": "*",
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": request.headers.get("access-control-request-headers")?.slice(0, 512) || "If-None-Match, If-Modified-Since",
    "access-control-max-age": "86400",
    "cache-control": "public, max-age=86400",
  });
  return new Response(null, { status: 204, headers });
}
