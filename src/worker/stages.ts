/**
 * The Worker's stages, each one small concept, composed by the router in index.ts:
 *
 *   before   preflight → readOnly → withinLimits → fromMemo      (any may answer at once)
 *   routes   the API, feeds and pages (router.ts)
 *   catch    toProblem: every thrown error becomes one problem response, never a 500
 *   finally  intoMemo → anyMatch → headless → withCors
 *
 * A HEAD request is routed as a GET (`routable`) and loses its body at the end; the live
 * build is read once, here, and kept on the request for the routes.
 */
import type { IRequest } from "itty-router";
import { anyMatch } from "./http/caching.ts";
import { preflight as preflightResponse, withCors as corsHeaders } from "./http/cors.ts";
import { checkRequestLimits } from "./http/limits.ts";
import { forgetResponses, memoKey, recall, remember, urlKey } from "./http/memo.ts";
import { headOf, methodNotAllowed } from "./http/methods.ts";
import { problem, unavailable } from "./http/problem.ts";
import { forgetCachedValues, liveBuild, StoreUnavailable, type LiveBuild } from "./store.ts";

/** What the stages note on a request as it passes. */
export type StagedRequest = IRequest & {
  /** The client asked with HEAD: answer as GET, without the body. */
  head?: boolean;
  /** The live build, read once per request (null: nothing published or unreadable; the routes report which). */
  liveBuild?: LiveBuild | null;
  /** Where this request's answer is remembered, when it may be. */
  memo?: { key: string; buildId: string; hit: boolean };
};

/** The request as the router sees it: HEAD becomes GET, marked to lose its body at the end. */
export function routable(request: Request): Request {
  if (request.method !== "HEAD") return request;
  const get = new Request(request, { method: "GET" });
  (get as StagedRequest).head = true;
  return get;
}

export const preflight = (request: IRequest): Response | undefined => (request.method === "OPTIONS" ? preflightResponse(request as unknown as Request) : undefined);

export const readOnly = (request: IRequest): Response | undefined => (request.method === "GET" ? undefined : methodNotAllowed((request as StagedRequest).head ? "HEAD" : request.method));

export const withinLimits = (request: IRequest): Response | undefined => checkRequestLimits(request.url) ?? undefined;

/**
 * Before routing: a GET or HEAD whose URL was answered with a 200 for the live build is
 * answered again from memory, through the same ending stages (If-None-Match: *, HEAD, CORS),
 * without routing it. (Its URL passed the limits when it was first answered.) On a small
 * response the router's own work — parsing the URL and query, eight awaited stages — was a
 * fifth of what a request took. Returns null to route the request.
 */
export async function answerRemembered(request: Request, env: Env): Promise<Response | null> {
  const method = request.method;
  if (method !== "GET" && method !== "HEAD") return null;
  const build = await liveBuild(env.PAPER).catch(() => null);
  if (!build) return null;
  const hit = recall(urlKey(request.url, build), request);
  if (hit === null) return null;
  const answer = anyMatch(request, hit);
  // A remembered 200 was kept with its CORS headers (memo.ts): it goes out untouched.
  if (answer === hit && hit.status === 200 && method === "GET") return hit;
  return withCors(method === "HEAD" ? headOf(answer) : answer);
}

/** A representation rendered earlier for this build and URL is answered from memory. */
export async function fromMemo(request: IRequest, env: Env): Promise<Response | undefined> {
  const r = request as StagedRequest;
  // A pointer that cannot be read is the routes' to report; it only means no memo here.
  const build = await liveBuild(env.PAPER).catch(() => null);
  r.liveBuild = build;
  const key = build ? memoKey(request as unknown as Request, build) : null;
  if (!build || !key) return undefined;
  const hit = recall(key, request as unknown as Request);
  r.memo = { key, buildId: build.id, hit: hit !== null };
  return hit ?? undefined;
}

/** Every thrown error answered in one place: a store fault is `unavailable`, anything else `internal`; never a 500. */
export function toProblem(error: unknown): Response {
  if (error instanceof StoreUnavailable) {
    console.error(`store unavailable: ${error.message}`);
    return unavailable("The published data cannot be read right now; the operator has been told. Retry shortly.");
  }
  // What this isolate keeps in memory may be the cause: it is dropped, so a repaired entry is read again.
  forgetCachedValues();
  forgetResponses();
  console.error(error);
  return problem(503, { type: "urn:edgepaper:problem:internal", title: "Service unavailable", detail: "An unexpected error occurred. Retry shortly." }, { "retry-after": "30" });
}

/** A fresh 200 for a memo key is kept for the next request. */
export async function intoMemo(response: Response, request: IRequest): Promise<Response> {
  const memo = (request as StagedRequest).memo;
  return memo && !memo.hit ? remember(memo.key, memo.buildId, response) : response;
}

export const matchAny = (response: Response, request: IRequest): Response => anyMatch(request as unknown as Request, response);

export const headless = (response: Response, request: IRequest): Response => ((request as StagedRequest).head ? headOf(response) : response);

export const withCors = (response: Response): Response => corsHeaders(response);
