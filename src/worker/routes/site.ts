/** The feed and HTML routes: feeds in three formats for every section and `all`, OPML, permalinks, edition pages, the home page, photos' pictures. */
import type { RouterType } from "itty-router";
import { FEED_FORMAT_NAMES, FEED_FORMATS } from "../../render/formats.ts";
import { withLive } from "../context.ts";
import { accepts } from "../http/accepts.ts";
import { feed, opml } from "./feeds.ts";
import { image } from "./images.ts";
import { SEARCH_FEED_PARAMETERS, searchFeed, searchPage } from "./search.ts";
import { archivePage, articlePage, editionPage, homePage, sectionHtmlPage } from "./pages.ts";

export function registerSiteRoutes(router: RouterType): void {
  router.get("/", withLive, homePage);
  router.get("/articles/:id", withLive, articlePage);
  router.get("/editions", withLive, archivePage);
  router.get("/editions/", withLive, archivePage);
  router.get("/editions/:date", withLive, editionPage);
  router.get("/sections/:section", withLive, sectionHtmlPage);
  router.get("/search", withLive, searchPage);
  router.get("/images/:name", image);
  router.get("/feeds.opml", accepts([], { tracking: true }), withLive, opml);
  // A saved search before the sections' feeds, whose pattern would take `search` for a section.
  const searchParameters = accepts(SEARCH_FEED_PARAMETERS, { tracking: true });
  for (const format of FEED_FORMAT_NAMES) router.get(`/feeds/search.${FEED_FORMATS[format].extension}`, searchParameters, withLive, searchFeed(format));
  const feedParameters = accepts(["limit", "filter", "filterout"], { tracking: true });
  for (const format of FEED_FORMAT_NAMES) router.get(`/feeds/:section.${FEED_FORMATS[format].extension}`, feedParameters, withLive, feed(format));
}
