/**
 * The router: GET routes only (HEAD is routed as GET and loses its body in a final stage;
 * OPTIONS and other methods are answered by the stages before routing). Route families
 * register themselves here; the not-found route goes last.
 */
import { Router, type IRequest, type RouterOptions, type RouterType } from "itty-router";
import { notFound } from "./http/problem.ts";
import { registerApiRoutes } from "./routes/api.ts";
import { registerSiteRoutes } from "./routes/site.ts";

export function createRouter(stages: Pick<RouterOptions<IRequest, [Env, ExecutionContext]>, "before" | "catch" | "finally"> = {}): RouterType {
  const router = Router<IRequest, [Env, ExecutionContext]>(stages) as unknown as RouterType;
  registerApiRoutes(router);
  // Feed and HTML routes register here, before the fallback.
  registerSiteRoutes(router);
  router.all("*", (request: Request) => notFound(`Nothing is served at ${new URL(request.url).pathname.slice(0, 200)}.`));
  return router;
}
