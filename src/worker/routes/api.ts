/** The JSON API's routes, each with the query parameters it accepts (anything else is a 400). */
import type { RouterType } from "itty-router";
import { withLive } from "../context.ts";
import { accepts } from "../http/accepts.ts";
import { getArticle } from "./articles.ts";
import { getEdition, latestEdition, listEditions } from "./editions.ts";
import { health } from "./health.ts";
import { listSections, sectionPage } from "./sections.ts";

/** The parameters of the paged lists. */
export const LIST_PARAMETERS = ["limit", "cursor", "since", "from", "to", "fields"] as const;
export const EDITION_LIST_PARAMETERS = ["limit", "cursor", "from", "to"] as const;

export function registerApiRoutes(router: RouterType): void {
  const none = accepts([]);
  router.get("/healthz", none, health);
  router.get("/v1/sections", none, withLive, listSections);
  router.get("/v1/sections/:section", accepts(LIST_PARAMETERS), withLive, sectionPage);
  router.get("/v1/articles/:id", none, withLive, getArticle);
  router.get("/v1/editions", accepts(EDITION_LIST_PARAMETERS), withLive, listEditions);
  router.get("/v1/editions/latest", none, withLive, latestEdition);
  router.get("/v1/editions/:date", none, withLive, getEdition);
}
