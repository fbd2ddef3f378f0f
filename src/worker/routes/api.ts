/** The JSON API's routes, each with the query parameters it accepts (anything else is a 400). */
import type { RouterType } from "itty-router";
import { withLive } from "../context.ts";
import { accepts } from "../http/accepts.ts";
import { EDITION_LIST_PARAMETERS, LIST_PARAMETERS } from "../params.ts";
import { getArticle } from "./articles.ts";
import { CHANGES_PARAMETERS, listChanges } from "./changes.ts";
import { apiDocs, openApi } from "./contract.ts";
import { getEdition, latestEdition, listEditions } from "./editions.ts";
import { health } from "./health.ts";
import { searchApi, SEARCH_PARAMETERS } from "./search.ts";
import { listSections, sectionPage } from "./sections.ts";


export function registerApiRoutes(router: RouterType): void {
  const none = accepts([]);
  router.get("/healthz", none, health);
  router.get("/v1/sections", none, withLive, listSections);
  router.get("/v1/sections/:section", accepts(LIST_PARAMETERS), withLive, sectionPage);
  router.get("/v1/articles/:id", none, withLive, getArticle);
  router.get("/v1/editions", accepts(EDITION_LIST_PARAMETERS), withLive, listEditions);
  router.get("/v1/editions/latest", none, withLive, latestEdition);
  router.get("/v1/editions/:date", none, withLive, getEdition);
  router.get("/v1/changes", accepts(CHANGES_PARAMETERS), withLive, listChanges);
  router.get("/v1/search", accepts(SEARCH_PARAMETERS), withLive, searchApi);
  router.get("/v1/openapi.json", none, openApi);
  router.get("/openapi.json", none, openApi);
  router.get("/docs", apiDocs);
}
