/**
 * Request limits, checked before routing: how many query parameters a request
 * may carry, how long each parameter a route reads may be, and how long the
 * URL may be. The routes' own parsers check values more tightly; this bound
 * holds for every route, so a huge or endlessly repeated parameter is a 400
 * naming it (not a 414 or a slow parse), and nothing larger reaches a handler.
 */
import { badParameter, problem } from "./problem.ts";

/** No route needs a longer URL. */
export const MAX_URL_LENGTH = 4096;
/** No route reads more than four parameters; a few unknown ones (tracking tags) are tolerated. */
export const MAX_QUERY_PARAMETERS = 16;
/** Every parameter some route reads (sections: limit, cursor, since; editions: limit, cursor, from, to; feeds: limit, filter, filterout; search: q, section). */
export const QUERY_PARAMETERS: readonly string[] = ["limit", "cursor", "since", "from", "to", "fields", "order", "filter", "filterout", "q", "section"];
/** Longest value of a parameter in QUERY_PARAMETERS; the routes' own limits are tighter. */
export const MAX_PARAMETER_LENGTH = 256;
/** Beyond this the query string is not even parsed: the URL is simply too long. */
const MAX_PARSED_URL_LENGTH = 65_536;

const uriTooLong = (): Response =>
  problem(414, { type: "urn:edgepaper:problem:uri-too-long", title: "URI too long", detail: `Request URLs are limited to ${MAX_URL_LENGTH} characters.` });

/** A 400 or 414 problem when the request's URL breaks a limit, else null. */
export function checkRequestLimits(url: string): Response | null {
  if (url.length > MAX_PARSED_URL_LENGTH) return uriTooLong();
  const query = url.indexOf("?");
  if (query !== -1) {
    const hash = url.indexOf("#", query);
    const params = new URLSearchParams(url.slice(query + 1, hash === -1 ? undefined : hash));
    const counts = new Map<string, number>();
    let total = 0;
    for (const [name, value] of params) {
      total++;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (QUERY_PARAMETERS.includes(name) && value.length > MAX_PARAMETER_LENGTH) {
        return badParameter(name, `${name} is longer than ${MAX_PARAMETER_LENGTH} characters (${value.length})`);
      }
    }
    if (total > MAX_QUERY_PARAMETERS) {
      let [name, most] = ["", 0];
      for (const [n, c] of counts) if (c > most) [name, most] = [n, c];
      const shown = [...name].slice(0, 40).join(""); // whole code points: never half a surrogate pair
      return badParameter(shown, `the query has ${total} parameters ("${shown}" ${most} times); at most ${MAX_QUERY_PARAMETERS} are accepted`);
    }
  }
  return url.length > MAX_URL_LENGTH ? uriTooLong() : null;
}
