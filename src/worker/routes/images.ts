/**
 * GET /images/<hash>.<ext>: a photo's picture. Named by the hash of its bytes, so it never
 * changes: cached for a year as immutable, with that hash as its strong ETag.
 */
import { IMAGE_TYPES } from "../../publish/image.ts";
import { MEDIA_NAME } from "../../publish/layout.ts";
import type { Handler } from "../context.ts";
import { notFound } from "../http/problem.ts";
import { media } from "../store.ts";

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

export const image: Handler = async (request, env) => {
  const name = String(request.params.name ?? "");
  const m = MEDIA_NAME.exec(name);
  const bytes = m ? await media(env.PAPER, m[1]!, m[2]!) : null;
  if (!m || !bytes) return notFound(`There is no picture "${name.slice(0, 80)}".`);
  const etag = `"m-${m[1]}"`;
  const validators = { etag, "cache-control": IMMUTABLE_CACHE };
  const inm = request.headers.get("if-none-match");
  if (inm !== null && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*")) return new Response(null, { status: 304, headers: validators });
  return new Response(bytes, { headers: { ...validators, "content-type": IMAGE_TYPES[m[2] as keyof typeof IMAGE_TYPES], "x-content-type-options": "nosniff" } });
};
