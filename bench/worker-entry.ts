/**
 * Bench-only entry module: the production Worker's default export, unchanged,
 * plus two things compiled into the same bundle (nothing here ships):
 *
 *   GET /__bench/constant   a constant Response, the ceiling every route is
 *                           compared with (same isolate, same bundle, no KV).
 *   GET /__bench/constant?like=PATH  a constant Response carrying the bytes PATH
 *                           answered the first time, body and header lines
 *                           (rendered once by the real Worker, then kept): the ceiling for moving
 *                           exactly those bytes, which separates moving a
 *                           feed from producing it. (Bodies of repeated 'a's
 *                           are not a fair ceiling: the same 200 KB go out
 *                           over twice as fast as a JSON feed's bytes.)
 *   GET /__bench/kv-reads   the keys read from the PAPER binding since the last
 *                           call (then forgotten), while counting is on.
 *   GET /__bench/count?on=1|0  switch counting on or off.
 *
 * Counting wraps `env.PAPER` so that every `get` is recorded before it is
 * forwarded; with counting off the real Worker receives the real env object.
 */
import worker from "../src/worker/index.ts";

const CONSTANT_BODY = "constant\n";
const responses = new Map<string, { body: Uint8Array; headers: [string, string][] }>();
let counting = false;
let reads: string[] = [];

function countedEnv(env: Env): Env {
  const kv = env.PAPER;
  const wrapped = new Proxy(kv, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === "get") {
        return (key: string, ...rest: unknown[]) => {
          reads.push(key);
          return (value as (...args: unknown[]) => unknown).call(target, key, ...rest);
        };
      }
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...env, PAPER: wrapped };
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/__bench/")) {
      if (url.pathname === "/__bench/constant") {
        const like = url.searchParams.get("like");
        if (like !== null && like.startsWith("/") && !like.startsWith("/__bench/")) {
          let kept = responses.get(like);
          if (!kept) {
            const original = await worker.fetch(new Request(new URL(like, url.origin).href), env, ctx);
            kept = { body: new Uint8Array(await original.arrayBuffer()), headers: [...original.headers] };
            responses.set(like, kept);
          }
          // The route's own header lines too: on a 1–7 KB article they are a tenth of the bytes sent.
          return new Response(kept.body, { headers: kept.headers });
        }
        return new Response(CONSTANT_BODY, { headers: { "content-type": "text/plain; charset=utf-8" } });
      }
      if (url.pathname === "/__bench/kv-reads") {
        const body = JSON.stringify({ counting, reads });
        reads = [];
        return new Response(body, { headers: { "content-type": "application/json" } });
      }
      if (url.pathname === "/__bench/count") {
        counting = url.searchParams.get("on") === "1";
        reads = [];
        return new Response(JSON.stringify({ counting }), { headers: { "content-type": "application/json" } });
      }
    }
    return worker.fetch(request, counting ? countedEnv(env) : env, ctx);
  },
} satisfies ExportedHandler<Env>;
