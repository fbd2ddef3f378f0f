/**
 * Bench-only entry module: the production Worker's default export, unchanged,
 * plus two things compiled into the same bundle (nothing here ships):
 *
 *   GET /__bench/constant   a constant Response, the ceiling every route is
 *                           compared with (same isolate, same bundle, no KV).
 *   GET /__bench/kv-reads   the keys read from the PAPER binding since the last
 *                           call (then forgotten), while counting is on.
 *   GET /__bench/count?on=1|0  switch counting on or off.
 *
 * Counting wraps `env.PAPER` so that every `get` is recorded before it is
 * forwarded; with counting off the real Worker receives the real env object.
 */
import worker from "../src/worker/index.ts";

const CONSTANT_BODY = "constant\n";
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
      if (url.pathname === "/__bench/constant") return new Response(CONSTANT_BODY, { headers: { "content-type": "text/plain; charset=utf-8" } });
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
