/** The JSON API's routes. */
import type { RouterType } from "itty-router";
import { withLive } from "../context.ts";
import { getArticle } from "./articles.ts";
import { getEdition } from "./editions.ts";
import { health } from "./health.ts";
import { listSections, sectionPage } from "./sections.ts";

export function registerApiRoutes(router: RouterType): void {
  router.get("/healthz", health);
  router.get("/v1/sections", withLive, listSections);
  router.get("/v1/sections/:section", withLive, sectionPage);
  router.get("/v1/articles/:id", withLive, getArticle);
  router.get("/v1/editions/:date", withLive, getEdition);
}
