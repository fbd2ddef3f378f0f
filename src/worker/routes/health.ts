/** GET /healthz: the live build and when it went live. Never cached. */
import { unavailable } from "../http/problem.ts";
import { liveBuild } from "../store.ts";

export async function health(_request: unknown, env: Env): Promise<Response> {
  const build = await liveBuild(env.PAPER);
  if (!build) return unavailable("Nothing has been published yet. Run the build with --publish, then retry.");
  return new Response(JSON.stringify({ status: "ok", build: build.id, publishedAt: build.publishedAt, articles: build.manifest.articles }), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
