/**
 * Per-request context and the middleware that fills it. A route that serves
 * the live build lists `withLive` before its handler: the handler then finds
 * the build on `request.live` and answers with `respond`, which adds the
 * caching headers; a revalidation that matches is answered here with 304,
 * before the handler reads anything.
 */
import type { IRequest } from "itty-router";
import { cleanJson } from "../render/escape.ts";
import { cachingHeaders, contentValidators, isNotModified, notModified, validatorsFor, type Validators } from "./http/caching.ts";
import { RETRY_AFTER_SECONDS, unavailable } from "./http/problem.ts";
import { CONTENT_TYPES } from "../render/index.ts";
import { HTML_HEADERS, renderNotPublishedPage } from "../render/page.ts";
import { liveBuild, type LiveBuild } from "./store.ts";

export type LiveRequest = IRequest & { live: LiveBuild; validators: Validators; url: string };
export type Handler = (request: LiveRequest, env: Env) => Promise<Response> | Response;

/** Middleware: the live build (503 until one is published) and conditional-request handling. */
export async function withLive(request: IRequest, env: Env): Promise<Response | undefined> {
  // Read once per request: the memo stage has already read it (null means "try again here", so a fault is reported).
  const build = (request as { liveBuild?: LiveBuild | null }).liveBuild ?? (await liveBuild(env.PAPER));
  if (!build) {
    // A browser gets a page saying which command to run; clients get the problem document.
    if (/\btext\/html\b/.test(request.headers.get("accept") ?? "")) {
      const headers = { "content-type": CONTENT_TYPES.html, "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store", ...HTML_HEADERS };
      return new Response(renderNotPublishedPage(), { status: 503, headers });
    }
    return unavailable("Nothing has been published yet. Run the build with --publish, then retry.");
  }
  const r = request as LiveRequest;
  r.live = build;
  r.validators = validatorsFor(build.id, build.lastModified, new URL(request.url), build.syncToken);
  if (isNotModified(request as unknown as Request, r.validators)) return notModified(r.validators);
  return undefined;
}

/**
 * A 200 JSON response carrying the build's validators. Serialised like the JSON
 * Feed (cleanJson): a page's lone surrogates and stray C0 controls are dropped,
 * since a `\ud800` escape that decodes to no character breaks strict clients.
 */
export function respond(request: LiveRequest, body: unknown): Response {
  return new Response(cleanJson(body), {
    headers: { "content-type": "application/json; charset=utf-8", ...cachingHeaders(request.validators) },
  });
}

/**
 * A 200 JSON response for content that outlives builds (contentValidators): 304 when the
 * client's validators still hold. `wentLive` is when this content went live.
 */
export function respondContent(request: LiveRequest, body: unknown, wentLive: string): Response {
  const text = cleanJson(body);
  const validators = contentValidators(text, wentLive);
  if (isNotModified(request as unknown as Request, validators)) return notModified(validators);
  return new Response(text, { headers: { "content-type": "application/json; charset=utf-8", ...cachingHeaders(validators) } });
}

/** This deployment's origin, for absolute links. */
export const originOf = (request: IRequest): string => new URL(request.url).origin;
