/** The feed and HTML routes: feeds in three formats for every section and `all`, OPML, permalinks, the home page. */
import type { RouterType } from "itty-router";
import { withLive } from "../context.ts";
import { feed, opml } from "./feeds.ts";
import { articlePage, homePage } from "./pages.ts";

export function registerSiteRoutes(router: RouterType): void {
  router.get("/", withLive, homePage);
  router.get("/articles/:id", withLive, articlePage);
  router.get("/feeds.opml", withLive, opml);
  router.get("/feeds/:section.rss", withLive, feed("rss"));
  router.get("/feeds/:section.atom", withLive, feed("atom"));
  router.get("/feeds/:section.json", withLive, feed("json"));
}
