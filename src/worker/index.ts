/**
 * The Worker: the router and its stages (stages.ts), and nothing else. Every request passes
 * the same stages; every thrown error becomes a problem response in one place.
 */
import { createRouter } from "./router.ts";
import { fromMemo, headless, intoMemo, matchAny, preflight, readOnly, routable, toProblem, withCors, withinLimits } from "./stages.ts";

const router = createRouter({
  before: [preflight, readOnly, withinLimits, fromMemo],
  catch: toProblem,
  finally: [intoMemo, matchAny, headless, withCors],
});

export default {
  fetch: (request, env, ctx) => router.fetch(routable(request), env, ctx) as Promise<Response>,
} satisfies ExportedHandler<Env>;
