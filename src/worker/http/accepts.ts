/**
 * Strict parameters: each route names the query parameters it knows, and any other is a 400
 * naming it and listing the accepted ones, so `?q=油茶` or `order=oldest` never answers
 * something else than was asked. Feeds also accept (and ignore) `utm_*` tracking parameters,
 * which feed URLs pick up when shared. HTML pages stay lenient: links shared from chat apps
 * arrive with parameters of their own.
 */
import type { IRequest } from "itty-router";
import { problem } from "./problem.ts";

export interface AcceptOptions {
  /** Accept and ignore `utm_source`, `utm_medium`, … (feeds). */
  tracking?: boolean;
}

const TRACKING = /^utm_[a-z0-9_]{1,30}$/i;

/** The first parameter of `params` a route accepting `names` does not know, or null. */
export function unknownParameter(params: URLSearchParams, names: readonly string[], options: AcceptOptions = {}): string | null {
  for (const name of params.keys()) {
    if (names.includes(name)) continue;
    if (options.tracking && TRACKING.test(name)) continue;
    return name;
  }
  return null;
}

/** Middleware: 400 for a query parameter the route does not know. */
export function accepts(names: readonly string[], options: AcceptOptions = {}) {
  return (request: IRequest, ..._rest: unknown[]): Response | undefined => {
    const name = unknownParameter(new URL(request.url).searchParams, names, options);
    if (name === null) return undefined;
    const shown = name.slice(0, 64);
    const accepted = names.length === 0 ? "it accepts no parameters" : `it accepts ${names.join(", ")}`;
    const detail =
      name === "q"
        ? `This route does not search (q); ${accepted}. Search is at /v1/search?q=… (and as a feed at /feeds/search.rss?q=…); a section's feed keeps the items containing a keyword with filter=….`
        : `"${shown}" is not a parameter of this route; ${accepted}${options.tracking ? " (and utm_* tracking parameters, ignored)" : ""}.`;
    return problem(400, { type: "urn:edgepaper:problem:unknown-parameter", title: `Unknown parameter "${shown}"`, detail, parameter: shown, accepted: [...names] });
  };
}
