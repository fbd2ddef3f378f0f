/** GET /v1/articles/:id */
import { ARTICLE_ID_PATTERN } from "../../publish/ids.ts";
import { originOf, respondContent, type Handler } from "../context.ts";
import { notFound } from "../http/problem.ts";
import { article } from "../store.ts";
import { articleView } from "../views.ts";

export const getArticle: Handler = async (request, env) => {
  const id = String(request.params.id ?? "");
  const found = ARTICLE_ID_PATTERN.test(id) ? await article(env.PAPER, request.live, id) : null;
  if (!found) return notFound(`There is no article "${id.slice(0, 64)}" in the live build.`);
  // The article alone, no build id: an unchanged article keeps its ETag and Last-Modified across builds.
  const wentLive = request.live.since[found.edition.date]?.[0] ?? request.live.publishedAt;
  return respondContent(request, articleView(originOf(request), found, request.live.manifest.paper.utcOffset), wentLive);
};
