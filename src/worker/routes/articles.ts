/** GET /v1/articles/:id */
import { ARTICLE_ID_PATTERN } from "../../publish/ids.ts";
import { originOf, respondContent, type Handler } from "../context.ts";
import { gone, movedTo, notFound } from "../http/problem.ts";
import { apiArticleUrl } from "../../render/urls.ts";
import { article, articleFate } from "../store.ts";
import { articleView } from "../views.ts";

export const getArticle: Handler = async (request, env) => {
  const id = String(request.params.id ?? "");
  const found = ARTICLE_ID_PATTERN.test(id) ? await article(env.PAPER, request.live, id) : null;
  if (!found) {
    const fate = ARTICLE_ID_PATTERN.test(id) ? await articleFate(env.PAPER, request.live, id) : null;
    if (fate && "movedTo" in fate) return movedTo(apiArticleUrl(originOf(request), fate.movedTo));
    if (fate && "retracted" in fate) return gone(`The article "${id}" was withdrawn: ${fate.retracted}`, fate.retracted);
    return notFound(`There is no article "${id.slice(0, 64)}" in the live build.`);
  }
  // The article alone, no build id: an unchanged article keeps its ETag and Last-Modified across builds.
  const wentLive = request.live.since[found.edition.date]?.[0] ?? request.live.publishedAt;
  return respondContent(request, articleView(originOf(request), found, request.live.manifest.paper.utcOffset), wentLive);
};
