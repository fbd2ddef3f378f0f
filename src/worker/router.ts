/**
 * The router: GET routes only (HEAD is routed as GET and loses its body in a final stage;
 * OPTIONS and other methods are answered by the stages before routing). Route families
 * register themselves here; the not-found route goes last.
 */
import { Router, type IRequest, type RouterOptions, type RouterType } from "itty-router";
import { notFound } from "./http/problem.ts";
import { CONTENT_TYPES } from "../render/index.ts";
import { HTML_HEADERS, renderNotFoundPage } from "../render/page.ts";
import { registerApiRoutes } from "./routes/api.ts";
import { registerSiteRoutes } from "./routes/site.ts";

export function createRouter(stages: Pick<RouterOptions<IRequest, [Env, ExecutionContext]>, "before" | "catch" | "finally"> = {}): RouterType {
  const router = Router<IRequest, [Env, ExecutionContext]>(stages) as unknown as RouterType;
  registerApiRoutes(router);
  // Feed and HTML routes register here, before the fallback.
  registerSiteRoutes(router);
  router.all("*", (request: Request) => {
    const path = new URL(request.url).pathname.slice(0, 200);
    // A browser gets a page it can read and leave by; clients get the problem document.
    if (/\btext\/html\b/.test(request.headers.get("accept") ?? "")) {
      return new Response(renderNotFoundPage(path), { status: 404, headers: { "content-type": CONTENT_TYPES.html, "cache-control": "public, max-age=60", ...HTML_HEADERS } });
    }
    return notFound(`Nothing is served at ${path}.`);
  });
  return router;
}
