/**
 * The Worker: method handling, routing, and the two things every response
 * gets (CORS headers; a problem document instead of an exception).
 */
import { preflight, withCors } from "./http/cors.ts";
import { headOf, methodNotAllowed } from "./http/methods.ts";
import { checkRequestLimits } from "./http/limits.ts";
import { anyMatch } from "./http/caching.ts";
import { memoKey, recall, remember } from "./http/memo.ts";
import { problem, unavailable } from "./http/problem.ts";
import { createRouter } from "./router.ts";
import { forgetCachedValues, liveBuild, StoreUnavailable } from "./store.ts";

const router = createRouter();

async function handle(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  if (request.method === "OPTIONS") return preflight(request);
  if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed(request.method);
  const overLimit = checkRequestLimits(request.url);
  if (overLimit) return request.method === "HEAD" ? headOf(overLimit) : overLimit;
  const asGet = request.method === "HEAD" ? new Request(request, { method: "GET" }) : request;
  let response: Response;
  try {
    // A representation rendered earlier for this build and URL is answered from memory.
    // A pointer that cannot be read is the routes' to report, as before; it only means no memo here.
    const build = await liveBuild(env.PAPER).catch(() => null);
    const key = build ? memoKey(asGet, build) : null;
    const hit = key ? recall(key, asGet) : null;
    response = hit ?? ((await router.fetch(asGet, env, ctx)) as Response);
    if (build && key && !hit) response = await remember(key, build.id, response);
    response = anyMatch(asGet, response);
  } catch (e) {
    if (e instanceof StoreUnavailable) {
      console.error(`store unavailable: ${e.message}`);
      response = unavailable("The published data cannot be read right now; the operator has been told. Retry shortly.");
    } else {
      // Never a 500: an unexpected failure is reported as a temporary one and logged. What this
      // isolate keeps in memory may be its cause: it is dropped, so a repaired entry is read again.
      forgetCachedValues();
      console.error(e);
      response = problem(503, { type: "urn:edgepaper:problem:internal", title: "Service unavailable", detail: "An unexpected error occurred. Retry shortly." }, { "retry-after": "30" });
    }
  }
  return request.method === "HEAD" ? headOf(response) : response;
}

export default {
  async fetch(request, env, ctx) {
    let response: Response;
    try {
      response = await handle(request, env, ctx);
    } catch (e) {
      console.error(e);
      response = problem(503, { type: "urn:edgepaper:problem:internal", title: "Service unavailable", detail: "An unexpected error occurred. Retry shortly." }, { "retry-after": "30" });
    }
    return withCors(response);
  },
} satisfies ExportedHandler<Env>;
