/**
 * The Worker: the router and its stages (stages.ts), and nothing else. A remembered answer is
 * given before routing (answerRemembered); every other request passes the same stages, and
 * every thrown error becomes a problem response in one place.
 */
import { createRouter } from "./router.ts";
import { answerRemembered, fromMemo, headless, intoMemo, matchAny, preflight, readOnly, routable, toProblem, withCors, withinLimits } from "./stages.ts";

const router = createRouter({
  before: [preflight, readOnly, withinLimits, fromMemo],
  catch: toProblem,
  finally: [intoMemo, matchAny, headless, withCors],
});

export default {
  fetch: async (request, env, ctx) => (await answerRemembered(request, env)) ?? ((await router.fetch(routable(request), env, ctx)) as Response),
} satisfies ExportedHandler<Env>;
