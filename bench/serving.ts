/**
 * Serving: the bench bundle (the production Worker plus the constant route of
 * bench/worker-entry.ts) in Miniflare on 127.0.0.1, KV filled by the real
 * build of a synthetic archive, driven by autocannon.
 *
 * Throughput: every route runs once per round, the constant route first, and
 * each route's ratio is taken against the constant run of the same round, so
 * a slow moment of a shared machine hits the pair, not one side. Medians over
 * rounds are reported.
 *
 * KV reads: counted by the bench entry's wrapper around env.PAPER. "Cold" is
 * the first request of a fresh Miniflare instance (a new isolate: no pointer
 * or value cached); "warm" is the next request of the same kind (another
 * article id for the article route).
 */
import { load, loadInterleaved, type LoadResult } from "./lib/cannon.ts";
import { freePort, startWorker as start, type RunningWorker } from "./lib/worker.ts";

export interface ServingOptions {
  script: string;
  stateDir: string;
  connections: number;
  rounds: number;
  seconds: number;
  amount: number;
  warmupSeconds: number;
  /** Interleaved pairs (see loadInterleaved): runs per pair, each this long, sides swapping every sliceMs. */
  interleave: { rounds: number; seconds: number; sliceMs: number };
}

export interface RouteFigures {
  name: string;
  path: string;
  status: number;
  /** null when the route is not served by this Worker (yet). */
  rps: number | null;
  p50: number | null;
  p99: number | null;
  ratio: number | null;
  /** req/s ÷ req/s of a constant response as large as this one's body, same round. */
  sizedRatio: number | null;
  /** The middle half of the per-round ratios behind `sizedRatio` (or `ratio` when a route has no sized constant): their spread. */
  spread: [number, number] | null;
  /**
   * req/s ÷ req/s of the same-bytes constant (for the control: of the constant) when the two
   * share one run, swapping every slice: the median over every pair of slices of every run, and
   * the range of the runs' own medians.
   */
  interleaved: number | null;
  interleavedSpread: [number, number] | null;
  /** req/s ÷ req/s of the article route, same round (search's target). */
  articleRatio: number | null;
  kvReadsCold: number | null;
  kvReadsWarm: number | null;
  errors: number;
  non2xx: number;
}

export interface ServingFigures {
  connections: number;
  rounds: number;
  seconds: number;
  interleave: { rounds: number; seconds: number; sliceMs: number };
  routes: RouteFigures[];
}

interface Route {
  name: string;
  /** Paths cycled through (articles: several ids). */
  paths: string[];
  headers?: Record<string, string>;
  expect: number;
  /** Target class: "ceiling" or "content" (feed and JSON routes, each ≥ 0.9× its "sized" constant) or "revalidation"; "sized" is a constant as large as a content route's body; "control" is the ceiling measured again. */
  kind: "ceiling" | "control" | "content" | "revalidation" | "sized";
  /** For content routes: the name of the sized constant of the same body size. */
  sized?: string;
}

/** The middle half of a sample: its first and third quartiles (nearest rank). */
const middleHalf = (xs: number[]): [number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)]!, s[Math.ceil((3 * (s.length - 1)) / 4)]!];
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function get(w: RunningWorker, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(w.base + path, { headers });
}

/** Paths and validators found on the running Worker: article ids from the API, the feed's ETag. */
async function discover(w: RunningWorker): Promise<Route[]> {
  const listing = await get(w, "/v1/sections/economy?limit=50");
  if (listing.status !== 200) throw new Error(`serving bench: /v1/sections/economy answered ${listing.status}`);
  const ids = ((await listing.json()) as { items: { id: string }[] }).items.map((i) => i.id);
  if (ids.length < 2) throw new Error("serving bench: the archive needs at least two economy articles");
  // Revalidate the RSS feed (what feed readers poll) when it is served, else the JSON section.
  let revalidated = "/feeds/politics.rss";
  let feed = await get(w, revalidated);
  if (feed.status !== 200) {
    revalidated = "/v1/sections/economy";
    feed = await get(w, revalidated);
  }
  await feed.arrayBuffer();
  const etag = feed.headers.get("etag");
  if (!etag) throw new Error(`serving bench: ${revalidated} has no ETag`);
  // For each content route, a constant carrying that route's own bytes. The article route serves
  // many ids of different sizes (1.2–6.7 KB), so its constant cycles through the same ids' bodies.
  const searches = SEARCHES.map((q) => `/v1/search?q=${encodeURIComponent(q)}`);
  const constantLike = (path: string) => `/__bench/constant?like=${encodeURIComponent(path)}`;
  const sized: Route[] = [
    ...["/feeds/politics.rss", "/feeds/all.json", "/v1/sections/economy"].map((path) => ({ name: `constant like ${path}`, paths: [constantLike(path)], expect: 200, kind: "sized" as const })),
    { name: "constant like /v1/articles/:id", paths: ids.map((id) => constantLike(`/v1/articles/${id}`)), expect: 200, kind: "sized" },
    { name: "constant like /v1/search", paths: searches.map(constantLike), expect: 200, kind: "sized" },
  ];
  return [
    { name: "constant", paths: ["/__bench/constant"], expect: 200, kind: "ceiling" },
    // The constant again, right after itself: its ratio (ideally 1) shows what the measurement's own noise is.
    { name: "constant again (noise)", paths: ["/__bench/constant"], expect: 200, kind: "control" },
    { name: "feed rss politics", paths: ["/feeds/politics.rss"], expect: 200, kind: "content", sized: sized[0]!.name },
    { name: "feed json all", paths: ["/feeds/all.json"], expect: 200, kind: "content", sized: sized[1]!.name },
    { name: "api section economy", paths: ["/v1/sections/economy"], expect: 200, kind: "content", sized: sized[2]!.name },
    { name: "api article", paths: ids.map((id) => `/v1/articles/${id}`), expect: 200, kind: "content", sized: sized[3]!.name },
    { name: `304 ${revalidated}`, paths: [revalidated], headers: { "if-none-match": etag }, expect: 304, kind: "revalidation" },
    // Searches of two terms the archive prints, cycled (each answer is remembered per URL, as every route's is).
    { name: "api search", paths: searches, expect: 200, kind: "content", sized: sized[4]!.name },
    ...sized,
  ];
}

const SEARCHES = ["株洲 工会", "油茶 丰收", "政法 工作", "技能 竞赛", "牧草 收割", "习近平 枫桥", "主题 教育", "交易 金额"];

/** A route's paths as the report names them: searches as `…/v1/search?q=…`, several ids as `…/:id`. */
function pathLabel(paths: readonly string[]): string {
  const first = decodeURIComponent(paths[0]!);
  const search = first.indexOf("/v1/search?");
  if (search >= 0) return `${first.slice(0, search)}/v1/search?q=…`;
  return paths.length > 1 ? first.replace(/[^/]+$/, ":id") : first;
}

async function kvReads(w: RunningWorker, path: string, headers?: Record<string, string>): Promise<number> {
  const r = await get(w, path, headers);
  await r.arrayBuffer();
  const counted = (await (await get(w, "/__bench/kv-reads")).json()) as { counting: boolean; reads: string[] };
  if (!counted.counting) throw new Error("serving bench: KV read counting is off");
  return counted.reads.length;
}

export async function benchServing(opts: ServingOptions, log: (line: string) => void): Promise<ServingFigures> {
  // Every instance on one port: an ETag covers the origin, and the 304 route replays one.
  const port = await freePort();
  const startWorker = (script: string, stateDir: string) => start(script, stateDir, { port });
  let w = await startWorker(opts.script, opts.stateDir);
  let routes: Route[];
  const status = new Map<string, number>();
  try {
    routes = await discover(w);
    for (const r of routes) {
      const res = await get(w, r.paths[0]!, r.headers);
      await res.arrayBuffer();
      status.set(r.name, res.status);
      if (res.status !== r.expect) log(`  ${r.name}: ${r.paths[0]} answers ${res.status}, not ${r.expect}; not measured`);
    }
  } finally {
    await w.close();
  }
  // Each content route is run right before the constant carrying its bytes, so that the pair
  // meets the same machine state (two cores shared with autocannon drift over a round).
  const measured = routes.filter((r) => status.get(r.name) === r.expect);
  const live = measured.filter((r) => r.kind !== "sized").flatMap((r) => [r, ...measured.filter((s) => s.name === r.sized)]);
  live.push(...measured.filter((s) => s.kind === "sized" && !live.includes(s)));

  // KV reads: a fresh Miniflare (cold isolate) per route, then a warm request.
  const reads = new Map<string, { cold: number; warm: number }>();
  for (const r of live) {
    if (r.kind === "ceiling" || r.kind === "control" || r.kind === "sized") continue;
    w = await startWorker(opts.script, opts.stateDir);
    try {
      await (await get(w, "/__bench/count?on=1")).arrayBuffer();
      const cold = await kvReads(w, r.paths[0]!, r.headers);
      const warm = await kvReads(w, r.paths[1] ?? r.paths[0]!, r.headers);
      reads.set(r.name, { cold, warm });
    } finally {
      await w.close();
    }
  }

  // Throughput: one instance for every route and round.
  const runs = new Map<string, { result: LoadResult; ratio: number }[]>();
  /** Per route: every slice pair's ratio, and each run's median of them. */
  const interleaved = new Map<string, { pairs: number[]; runs: number[] }>();
  w = await startWorker(opts.script, opts.stateDir);
  try {
    const run = (r: Route, seconds: number, amount: number) =>
      load({ base: w.base, requests: r.paths.map((path) => ({ path, headers: r.headers })), connections: opts.connections, seconds, amount });
    for (const r of live) await run(r, opts.warmupSeconds, opts.amount);
    for (let round = 1; round <= opts.rounds; round++) {
      let ceiling = 0;
      // Each pair runs route first in odd rounds and constant first in even ones: whichever runs
      // second meets what the first left (garbage to collect, warm connections), so the order is balanced.
      const order = round % 2 === 1 ? live : live.map((r, k) => (r.kind === "content" && live[k + 1]?.name === r.sized ? live[k + 1]! : k > 0 && live[k - 1]!.kind === "content" && live[k - 1]!.sized === r.name ? live[k - 1]! : r));
      for (const r of order) {
        const result = await run(r, opts.seconds, opts.amount);
        if (r.kind === "ceiling") ceiling = result.rps;
        const list = runs.get(r.name) ?? [];
        list.push({ result, ratio: ceiling > 0 ? result.rps / ceiling : NaN });
        runs.set(r.name, list);
      }
      log(`  round ${round}/${opts.rounds}: ${order.map((r) => `${r.name} ${Math.round(runs.get(r.name)!.at(-1)!.result.rps)}`).join(", ")} req/s`);
    }
    // Each content route and the constant carrying its bytes in one run, sides swapping every
    // slice; the control is the constant against itself.
    const ceiling = live.find((r) => r.kind === "ceiling");
    for (const r of live) {
      const against = r.kind === "content" ? live.find((x) => x.name === r.sized) : r.kind === "control" ? ceiling : undefined;
      if (!against) continue;
      const ratios: number[] = [];
      const pairs: number[] = [];
      for (let k = 0; k < opts.interleave.rounds; k++) {
        const result = await loadInterleaved({
          base: w.base,
          a: r.paths.map((path) => ({ path, headers: r.headers })),
          b: against.paths.map((path) => ({ path, headers: against.headers })),
          connections: opts.connections,
          seconds: opts.interleave.seconds,
          sliceMs: opts.interleave.sliceMs,
        });
        if (result.failures > 0) log(`  ${r.name} interleaved with ${against.name}: ${result.failures} failed responses`);
        if (result.pairRatios.length > 0) ratios.push(median(result.pairRatios));
        pairs.push(...result.pairRatios);
      }
      interleaved.set(r.name, { pairs, runs: ratios });
      log(`  interleaved: ${r.name} ÷ ${against.name}: runs ${ratios.map((x) => x.toFixed(3)).join(", ")}; all ${pairs.length} slice pairs ${pairs.length > 0 ? median(pairs).toFixed(3) : "—"}`);
    }
  } finally {
    await w.close();
  }

  const figures: RouteFigures[] = routes.map((r) => {
    const list = runs.get(r.name);
    const rc = reads.get(r.name);
    const pick = (f: (x: { result: LoadResult; ratio: number }) => number) => (list ? median(list.map(f)) : null);
    const sizedRuns = r.sized ? runs.get(r.sized) : undefined;
    const perRound = list ? (sizedRuns ? list.map((x, i) => x.result.rps / sizedRuns[i]!.result.rps) : list.map((x) => x.ratio)) : null;
    return {
      name: r.name,
      path: pathLabel(r.paths),
      status: status.get(r.name) ?? 0,
      rps: pick((x) => x.result.rps),
      p50: pick((x) => x.result.p50),
      p99: pick((x) => x.result.p99),
      ratio: pick((x) => x.ratio),
      sizedRatio: list && sizedRuns ? median(perRound!) : null,
      spread: perRound && perRound.length > 0 && r.kind !== "ceiling" ? middleHalf(perRound) : null,
      interleaved: (interleaved.get(r.name)?.pairs.length ?? 0) > 0 ? median(interleaved.get(r.name)!.pairs) : null,
      interleavedSpread: (interleaved.get(r.name)?.runs.length ?? 0) > 0 ? [Math.min(...interleaved.get(r.name)!.runs), Math.max(...interleaved.get(r.name)!.runs)] : null,
      articleRatio: list && runs.get("api article") ? median(list.map((x, i) => x.result.rps / runs.get("api article")![i]!.result.rps)) : null,
      kvReadsCold: rc?.cold ?? null,
      kvReadsWarm: rc?.warm ?? null,
      errors: list ? list.reduce((n, x) => n + x.result.errors + x.result.timeouts, 0) : 0,
      non2xx: list ? list.reduce((n, x) => n + Object.entries(x.result.statuses).filter(([c]) => Number(c) !== r.expect).reduce((a, [, k]) => a + k, 0), 0) : 0,
    };
  });
  return { connections: opts.connections, rounds: opts.rounds, seconds: opts.seconds, interleave: opts.interleave, routes: figures };
}
