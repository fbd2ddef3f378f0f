/** GET /v1/openapi.json (also /openapi.json) and /docs: the API's contract and its reference page. */
import type { IRequest } from "itty-router";
import { fnv1a } from "../../publish/hash.ts";
import { renderApiDocs } from "../../render/api-docs.ts";
import { CONTENT_TYPES } from "../../render/index.ts";
import { HTML_HEADERS } from "../../render/page.ts";
import { openApiDocument } from "../openapi.ts";

/** A document that changes only with the deployment: its ETag is its content's hash. */
function respondStatic(request: IRequest, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = `"${fnv1a(body)}-${body.length.toString(36)}"`;
  const headers = { "content-type": contentType, etag, "cache-control": "public, max-age=300", ...extra };
  const match = request.headers.get("if-none-match");
  if (match !== null && match.split(",").some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

export const openApi = (request: IRequest): Response =>
  respondStatic(request, `${JSON.stringify(openApiDocument(new URL(request.url).origin), null, 1)}\n`, "application/json; charset=utf-8");

export const apiDocs = (request: IRequest): Response => respondStatic(request, renderApiDocs(openApiDocument(new URL(request.url).origin)), CONTENT_TYPES.html, HTML_HEADERS);
