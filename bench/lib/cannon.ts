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

export interface InterleavedOptions {
  base: string;
  /** The two sides compared: each a list of requests cycled through in order. */
  a: CannonRequest[];
  b: CannonRequest[];
  connections: number;
  seconds: number;
  /** How long each side has the connections before the other takes over. */
  sliceMs: number;
}

export interface InterleavedResult {
  /** Responses a second for each side, over the time its slices had. */
  rps: [number, number];
  /** a's req/s ÷ b's, over the whole run. */
  ratio: number;
  /** a's responses ÷ b's in each pair of whole slices after the warm-up, in order. */
  pairRatios: number[];
  /** Responses whose status was not 2xx/3xx, and errors, summed over both sides. */
  failures: number;
}

/**
 * Two request lists sharing one autocannon run: the connections send `a`'s requests for one
 * slice of time, then `b`'s for the next, and so on, and each response counts for the side
 * whose slice its request was sent in. A slow drift of the machine falls on both sides alike,
 * which it does not when the two sides run one after the other; a stall (a collection in
 * workerd, another process) falls on a slice or two, and the median of the pairs' ratios
 * (`pairRatios`) leaves it out where the ratio of the totals does not.
 */
export function loadInterleaved(opts: InterleavedOptions): Promise<InterleavedResult> {
  assertLoopback(opts.base);
  if (opts.a.length === 0 || opts.b.length === 0) throw new Error("loadInterleaved: each side needs a request");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sides = [opts.a, opts.b] as const;
    const next = [0, 0];
    const counts = [0, 0];
    const perSlice: number[] = [];
    let failures = 0;
    let timer: NodeJS.Timeout | undefined;
    // The first two slices open the connections and warm both sides: their responses are not
    // counted. After them the slices come in pairs, each pair in a random order, so that nothing
    // periodic (a timer of the client, a collector's rhythm) keeps falling on one side.
    const firstOfPair: number[] = [];
    // A new order every run: a fixed one would let something periodic fall on the same side in every run.
    let seed = Math.floor(Math.random() * 2 ** 32) >>> 0;
    const sideOf = (slice: number): number => {
      if (slice < 2) return -1 - (slice % 2);
      const pair = (slice - 2) >> 1;
      while (firstOfPair.length <= pair) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        firstOfPair.push(seed >>> 31);
      }
      return firstOfPair[pair]! ^ ((slice - 2) & 1);
    };
    const instance = autocannon(
      {
        url: opts.base,
        connections: opts.connections,
        amount: Number.MAX_SAFE_INTEGER,
        timeout: 10,
        sampleInt: 100,
        requests: [
          {
            setupRequest: (req: Record<string, unknown>, context: { side?: number; slice?: number }) => {
              const index = Math.floor((performance.now() - started) / opts.sliceMs);
              const slice = sideOf(index);
              const side = slice < 0 ? -1 - slice : slice;
              context.side = slice < 0 ? undefined : side;
              context.slice = index;
              const list = sides[side]!;
              const r = list[next[side]!++ % list.length]!;
              return { ...req, method: r.method ?? "GET", path: r.path, headers: { ...(req.headers as object), ...r.headers } };
            },
            onResponse: (status: number, _body: unknown, context: { side?: number; slice?: number }) => {
              if (context.side === undefined) return;
              counts[context.side]!++;
              perSlice[context.slice!] = (perSlice[context.slice!] ?? 0) + 1;
              if (status >= 400) failures++;
            },
          },
        ],
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        const elapsed = performance.now() - started;
        if (elapsed <= 2 * opts.sliceMs) return reject(new Error(`loadInterleaved: a run of ${opts.seconds} s is shorter than its two warm-up slices`));
        // The time each side had after the warm-up: its whole slices, and the last one if partial.
        const time = [0, 0];
        const whole = Math.floor(elapsed / opts.sliceMs);
        for (let slice = 2; slice < whole; slice++) time[sideOf(slice)]! += opts.sliceMs;
        time[sideOf(whole)]! += elapsed - whole * opts.sliceMs;
        const rps: [number, number] = [counts[0]! / (time[0]! / 1000), counts[1]! / (time[1]! / 1000)];
        const pairRatios: number[] = [];
        for (let first = 2; first + 1 < whole; first += 2) {
          const [x, y] = [perSlice[first] ?? 0, perSlice[first + 1] ?? 0];
          const [a, b] = sideOf(first) === 0 ? [x, y] : [y, x];
          if (a > 0 && b > 0) pairRatios.push(a / b);
        }
        resolve({ rps, ratio: rps[0] / rps[1], pairRatios, failures: failures + result.errors + result.timeouts });
      },
    );
    timer = setTimeout(() => instance.stop(), opts.seconds * 1000);
  });
}
