/** GET /v1/editions/:date */
import { isIsoDate } from "../../publish/cursor.ts";
import { originOf, respond, type Handler } from "../context.ts";
import { badParameter, notFound } from "../http/problem.ts";
import { editionDay } from "../store.ts";
import { summaryView } from "../views.ts";

export const getEdition: Handler = async (request, env) => {
  const date = String(request.params.date ?? "");
  if (!isIsoDate(date)) return badParameter("date", `the edition date must be an ISO date like 2023-11-07, got "${date.slice(0, 40)}"`);
  const day = await editionDay(env.PAPER, request.live, date);
  if (!day) {
    const dates = Object.keys(request.live.manifest.days).sort();
    return notFound(`There is no edition of ${date} in the live build.`, { first: dates[0] ?? null, last: dates.at(-1) ?? null });
  }
  const origin = originOf(request);
  return respond(request, {
    build: request.live.id,
    paper: day.paper,
    date: day.date,
    pages: day.pages.map((p) => ({ page: p.page, articles: p.articles.map((a) => summaryView(origin, a)) })),
  });
};
