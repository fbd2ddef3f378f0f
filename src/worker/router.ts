/**
 * The router: GET routes only (HEAD is served as GET without a body, OPTIONS
 * and other methods are answered in index.ts before routing). Route families
 * register themselves here; the not-found route goes last.
 */
import { Router, type RouterType } from "itty-router";
import { notFound } from "./http/problem.ts";
import { registerApiRoutes } from "./routes/api.ts";
import { registerSiteRoutes } from "./routes/site.ts";

export function createRouter(): RouterType {
  const router = Router();
  registerApiRoutes(router);
  // Feed and HTML routes register here, before the fallback.
  registerSiteRoutes(router);
  router.all("*", (request: Request) => notFound(`Nothing is served at ${new URL(request.url).pathname.slice(0, 200)}.`));
  return router;
}
