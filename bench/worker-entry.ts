/**
 * Bench-only entry module: the production Worker's default export, unchanged,
 * plus two things compiled into the same bundle (nothing here ships):
 *
 *   GET /__bench/constant   a constant Response, the ceiling every route is
 *                           compared with (same isolate, same bundle, no KV).
 *   GET /__bench/constant?bytes=N  the same with an N-byte body (N ≤ 4 MiB): the
 *                           ceiling for a response as large as a feed, which
 *                           separates moving the bytes from producing them.
 *   GET /__bench/kv-reads   the keys read from the PAPER binding since the last
 *                           call (then forgotten), while counting is on.
 *   GET /__bench/count?on=1|0  switch counting on or off.
 *
 * Counting wraps `env.PAPER` so that every `get` is recorded before it is
 * forwarded; with counting off the real Worker receives the real env object.
 */
import worker from "../src/worker/index.ts";

const CONSTANT_BODY = "constant\n";
const bodies = new Map<number, Uint8Array>();
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
        const size = Number(url.searchParams.get("bytes") ?? 0);
        if (size > 0 && size <= 4 * 1024 * 1024) {
          let body = bodies.get(size);
          if (!body) bodies.set(size, (body = new Uint8Array(size).fill(0x61)));
          return new Response(body.slice(), { headers: { "content-type": url.searchParams.get("type") ?? "text/plain; charset=utf-8" } });
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
