/**
 * autocannon, bounded both ways: at most `amount` requests and at most
 * `seconds` of wall time, whichever ends first (autocannon alone honours only
 * one of the two). Loopback only: the URL must be http://127.0.0.1.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// autocannon ships no types; this is the part of its API used here.
const autocannon = require("autocannon") as (opts: Record<string, unknown>, done: (err: Error | null, result: CannonResult) => void) => { stop(): void };

export interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "1xx": number;
  "2xx": number;
  "3xx": number;
  "4xx": number;
  "5xx": number;
  statusCodeStats: Record<string, { count: number }>;
}

export interface CannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  base: string;
  /** One path, or requests cycled through in order by every connection. */
  requests: CannonRequest[];
  connections: number;
  seconds: number;
  amount: number;
}

export interface LoadResult {
  requests: number;
  elapsedSeconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  status5xx: number;
}

export function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (host !== "127.0.0.1") throw new Error(`refusing to load ${base}: only 127.0.0.1 is allowed`);
}

export function load(opts: LoadOptions): Promise<LoadResult> {
  assertLoopback(opts.base);
  const [first] = opts.requests;
  if (!first) throw new Error("load: no requests");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let next = 0;
    let timer: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url: opts.base,
        connections: opts.connections,
        amount: opts.amount,
        timeout: 10,
        // autocannon notices the end (count reached or stop()) only on its sampling tick; a short
        // tick keeps idle time out of the wall time that req/s is computed from.
        sampleInt: 100,
        // One shared round-robin over the list: autocannon's own `requests` sequence restarts at the
        // top for every connection, so a short run would only ever send the first few entries.
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const r = opts.requests[next++ % opts.requests.length]!;
              return { ...req, method: r.method ?? "GET", path: r.path, headers: { ...(req.headers as object), ...r.headers } };
            },
          },
        ],
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        const elapsedSeconds = (performance.now() - started) / 1000;
        const statuses: Record<string, number> = {};
        for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = s.count;
        resolve({
          requests: result.requests.total,
          elapsedSeconds,
          rps: result.requests.total / elapsedSeconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
          timeouts: result.timeouts,
          statuses,
          status5xx: result["5xx"],
        });
      },
    );
    timer = setTimeout(() => instance.stop(), opts.seconds * 1000);
  });
}
