/**
 * npm run test:load [-- --seconds 30] [--connections 64] [--pages 200]
 *
 * The production Worker (bundled by `wrangler deploy --dry-run`) in Miniflare
 * on 127.0.0.1, KV filled by the real build of a synthetic archive, under
 * autocannon at 64 connections for 30 s across every route the Worker serves,
 * including the deliberate errors (404, 400, 405), HEAD, OPTIONS and 304
 * revalidations. Bounded in time and in count (at most 2,000,000 requests).
 *
 * HEAD requests go through fetch (undici) alongside autocannon: autocannon's
 * HTTP parser does not know a HEAD response has no body and waits for
 * Content-Length bytes until it times out.
 *
 * Passes when: no connection errors or timeouts, no 5xx, every status is one
 * the route answered before the run, and the Worker's memory is steady: the
 * isolate's JS heap, sampled every second through the inspector, has a floor
 * (its lowest sample, i.e. what survives collection) in the last third of the
 * run no higher than in the middle third (× 1.25 + 4 MiB). A leak (an
 * unbounded cache, retained responses) raises the floor; peaks only say when
 * V8 last collected. The first third is left out: caches fill there.
 *
 * workerd's RSS is reported, not judged: the runtime itself grows by about
 * 9 KiB per request until it levels off near 450 MiB, with a constant-response
 * Worker just the same (BENCHMARKS.md), so within 30 s it says more about
 * workerd's allocator than about this Worker. It must stay under 1 GiB.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load, type CannonRequest } from "./lib/cannon.ts";
import { loadTemplates, writePages, writeSeeds } from "./lib/archive.ts";
import { bundle, openHeapSampler, publishArchive, rssOf, startWorker, workerdPid, type RunningWorker } from "./lib/worker.ts";

const argv = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const v = Number(argv[at + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}
const SECONDS = option("seconds", 30);
const CONNECTIONS = option("connections", 64);
const PAGES = option("pages", 200);
const MAX_REQUESTS = 2_000_000;
const WARMUP_SECONDS = Math.min(5, SECONDS);
/** Memory is steady when it grew by at most this share plus this many bytes. */
const HEAP_GROWTH = { share: 0.25, bytes: 4 * 2 ** 20 };
const RSS_LIMIT = 2 ** 30;

const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

interface Probe extends CannonRequest {
  /** Status answered before the run; the load must give the same. */
  status: number;
}

/** Every route of the Worker, with real ids, dates, cursors and validators from the live build. */
async function routes(w: RunningWorker): Promise<Probe[]> {
  const json = async (p: string) => (await (await fetch(w.base + p)).json()) as Record<string, unknown>;
  const sections = ((await json("/v1/sections")).sections as { slug: string }[]).map((s) => s.slug);
  const economy = (await json("/v1/sections/economy?limit=20")) as { items: { id: string; edition: { date: string } }[] };
  const ids = economy.items.map((i) => i.id).slice(0, 8);
  const date = economy.items[0]?.edition.date ?? "2020-01-01";
  const paged = (await json("/v1/sections/politics?limit=5")) as { cursor: string | null };
  const list: CannonRequest[] = [
    { path: "/healthz" },
    { path: "/v1/sections" },
    ...sections.map((s) => ({ path: `/v1/sections/${s}` })),
    { path: "/v1/sections/economy?limit=100" },
    { path: `/v1/sections/economy?since=${date}` },
    ...(paged.cursor ? [{ path: `/v1/sections/politics?limit=5&cursor=${encodeURIComponent(paged.cursor)}` }] : []),
    ...ids.map((id) => ({ path: `/v1/articles/${id}` })),
    { path: `/v1/editions/${date}` },
    ...["all", ...sections].flatMap((s) => ["rss", "atom", "json"].map((f) => ({ path: `/feeds/${s}.${f}` }))),
    { path: "/feeds/all.rss?limit=10&filter=%E5%B8%82" },
    { path: "/feeds.opml" },
    { path: "/" },
    ...ids.slice(0, 4).map((id) => ({ path: `/articles/${id}` })),
    // Deliberate errors and other methods.
    { path: "/v1/articles/20200101-1-aaaaaaaa" },
    { path: "/v1/sections/nope" },
    { path: "/v1/sections/economy?limit=abc" },
    { path: "/v1/sections/economy?cursor=tampered" },
    { path: "/v1/editions/not-a-date" },
    { path: "/feeds/nope.rss" },
    { path: "/wp-login.php" },
    { path: `/${"a".repeat(2000)}` },
    { method: "HEAD", path: "/v1/sections" },
    { method: "OPTIONS", path: "/v1/sections", headers: { origin: "https://app.example", "access-control-request-method": "GET" } },
    { method: "POST", path: "/v1/sections" },
    { method: "DELETE", path: "/feeds/all.rss" },
  ];
  // Revalidations of the feeds and the API with the ETag each answered with.
  for (const p of ["/feeds/all.rss", "/feeds/politics.atom", "/v1/sections/economy"]) {
    const etag = (await fetch(w.base + p)).headers.get("etag");
    if (etag) list.push({ path: p, headers: { "if-none-match": etag } });
  }
  const probes: Probe[] = [];
  for (const r of list) {
    const res = await fetch(w.base + r.path, { method: r.method ?? "GET", headers: r.headers });
    await res.arrayBuffer();
    probes.push({ ...r, status: res.status });
  }
  return probes;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "edgepaper-load-"));
  let w: RunningWorker | null = null;
  try {
    console.log(`load: ${CONNECTIONS} connections for ${SECONDS} s (at most ${MAX_REQUESTS.toLocaleString("en-US")} requests), 127.0.0.1 only`);
    const archive = path.join(work, "archive");
    const pages = await writePages(archive, PAGES, loadTemplates());
    await writeSeeds(path.join(work, "seeds"), archive, pages);
    const published = await publishArchive(path.join(work, "seeds"), path.join(work, "build"), path.join(work, "state"));
    console.log(`published a ${PAGES}-page synthetic archive: build ${published.build}, ${published.articles} articles`);
    const production = await bundle(path.join(work, "bundle"));
    console.log(`Worker bundled by wrangler deploy --dry-run: ${production.upload}`);
    w = await startWorker(production.file, path.join(work, "state"), { inspector: true });
    const pid = await workerdPid();
    if (pid === null) throw new Error("cannot find the workerd process");

    const probes = await routes(w);
    const byStatus = new Map<number, number>();
    for (const p of probes) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
    console.log(`${probes.length} requests in the mix; statuses before the run: ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(", ")}`);
    for (const p of probes) console.log(`  ${String(p.status).padEnd(3)} ${(p.method ?? "GET").padEnd(7)} ${p.path.length > 90 ? `${p.path.slice(0, 60)}… (${p.path.length} chars)` : p.path}${p.headers?.["if-none-match"] ? " (If-None-Match)" : ""}`);
    const serverErrors = probes.filter((p) => p.status >= 500);
    if (serverErrors.length) throw new Error(`5xx before the run: ${serverErrors.map((p) => `${p.status} ${p.path}`).join(", ")}`);

    const mix = probes.filter((p) => p.method !== "HEAD").map(({ status: _, ...r }) => r);
    const heads = probes.filter((p) => p.method === "HEAD");
    await load({ base: w.base, requests: mix, connections: CONNECTIONS, seconds: WARMUP_SECONDS, amount: MAX_REQUESTS });
    const inspector = await openHeapSampler(w);
    const before = { rss: await rssOf(pid), heap: await inspector.heap() };
    const harnessBefore = process.memoryUsage();
    const samples: { at: number; rss: number; heap: number }[] = [];
    const t0 = performance.now();
    const sampler = setInterval(() => {
      void Promise.all([rssOf(pid), inspector.heap()]).then(([rss, heap]) => samples.push({ at: (performance.now() - t0) / 1000, rss, heap }), () => {});
    }, 1000);
    const headStats = { requests: 0, errors: 0, statuses: {} as Record<string, number> };
    let loading = true;
    const headLoop = async () => {
      for (let i = 0; loading && heads.length > 0; i++) {
        const h = heads[i % heads.length]!;
        try {
          const res = await fetch(w!.base + h.path, { method: "HEAD", signal: AbortSignal.timeout(10_000) });
          await res.arrayBuffer();
          headStats.statuses[res.status] = (headStats.statuses[res.status] ?? 0) + 1;
        } catch {
          headStats.errors++;
        }
        headStats.requests++;
      }
    };
    const headLoops = Promise.all([headLoop(), headLoop()]);
    const result = await load({ base: w.base, requests: mix, connections: CONNECTIONS, seconds: SECONDS, amount: MAX_REQUESTS });
    loading = false;
    await headLoops;
    clearInterval(sampler);
    const after = { rss: await rssOf(pid), heap: await inspector.heap() };
    inspector.close();
    const harnessAfter = process.memoryUsage();
    for (const [code, n] of Object.entries(headStats.statuses)) result.statuses[code] = (result.statuses[code] ?? 0) + n;
    result.errors += headStats.errors;
    result.status5xx += Object.entries(headStats.statuses).filter(([c]) => Number(c) >= 500).reduce((a, [, n]) => a + n, 0);
    result.requests += headStats.requests;

    const expected = new Set(probes.map((p) => String(p.status)));
    const unexpected = Object.entries(result.statuses).filter(([code]) => !expected.has(code));
    const floor = (xs: { heap: number }[]) => Math.min(...xs.map((x) => x.heap));
    const peak = (xs: { heap: number }[]) => Math.max(...xs.map((x) => x.heap));
    const middleThird = samples.filter((x) => x.at > SECONDS / 3 && x.at < (2 * SECONDS) / 3);
    const lastThird = samples.filter((x) => x.at >= (2 * SECONDS) / 3);
    const heapSteady = middleThird.length > 0 && lastThird.length > 0 && floor(lastThird) <= floor(middleThird) * (1 + HEAP_GROWTH.share) + HEAP_GROWTH.bytes;
    const maxRss = Math.max(after.rss, ...samples.map((x) => x.rss));
    const every = Math.max(1, Math.round(samples.length / 10));
    const series = (f: (x: { rss: number; heap: number }) => number) => samples.filter((_, i) => i % every === 0).map((x) => (f(x) / 2 ** 20).toFixed(0)).join(", ");
    const checks = [
      { name: "zero connection errors and timeouts", ok: result.errors === 0 && result.timeouts === 0, value: `${result.errors} errors, ${result.timeouts} timeouts` },
      { name: "zero 5xx", ok: result.status5xx === 0, value: `${result.status5xx}` },
      { name: "only the statuses each route answered before the run", ok: unexpected.length === 0, value: unexpected.length ? unexpected.map(([c, n]) => `${c}×${n}`).join(", ") : "yes" },
      {
        name: `isolate JS heap steady (floor of the last third ≤ floor of the middle third × ${1 + HEAP_GROWTH.share} + ${mib(HEAP_GROWTH.bytes)})`,
        ok: heapSteady,
        value: `after warm-up ${mib(before.heap)}; floor ${middleThird.length ? mib(floor(middleThird)) : "—"} → ${lastThird.length ? mib(floor(lastThird)) : "—"}, peak ${middleThird.length ? mib(peak(middleThird)) : "—"} → ${lastThird.length ? mib(peak(lastThird)) : "—"}; end ${mib(after.heap)}; every ${every} s: ${series((x) => x.heap)} MiB`,
      },
      { name: `workerd RSS under ${mib(RSS_LIMIT)}`, ok: maxRss < RSS_LIMIT, value: `after warm-up ${mib(before.rss)}, end ${mib(after.rss)}; every ${every} s: ${series((x) => x.rss)} MiB` },
    ];
    console.log(`\n${result.requests.toLocaleString("en-US")} requests (${headStats.requests} of them HEAD through fetch) in ${result.elapsedSeconds.toFixed(1)} s = ${Math.round(result.rps).toLocaleString("en-US")} req/s; latency p50 ${result.p50} ms, p99 ${result.p99} ms`);
    console.log(`statuses: ${Object.entries(result.statuses).map(([c, n]) => `${c}×${n.toLocaleString("en-US")}`).join(", ")}`);
    console.log(`harness (autocannon) heap: ${mib(harnessBefore.heapUsed)} → ${mib(harnessAfter.heapUsed)}, RSS ${mib(harnessBefore.rss)} → ${mib(harnessAfter.rss)}`);
    for (const c of checks) console.log(`  [${c.ok ? "ok" : "FAILED"}] ${c.name}: ${c.value}`);
    const failed = checks.filter((c) => !c.ok);
    console.log(failed.length ? `\nload test FAILED: ${failed.map((c) => c.name).join("; ")}` : "\nload test passed");
    if (failed.length) process.exitCode = 1;
  } finally {
    await w?.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
