/**
 * The benchmark still runs: `npm run bench -- --quick` (tiny sizes) prints
 * every figure and every target of issue 5. No timing is asserted: the
 * figures only have to be there and be numbers.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
let stdout = "";
let results: { figures: any; targets: { name: string; value: string; met: boolean | null }[] };
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "edgepaper-bench-smoke-"));
  const json = path.join(dir, "results.json");
  // npm run bench is how users run it; the npm script sets the WRANGLER_* variables.
  const run = await promisify(execFile)("npm", ["run", "--silent", "bench", "--", "--quick", "--json", json], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 });
  stdout = run.stdout;
  results = JSON.parse(await readFile(json, "utf8"));
}, 250_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const isNumber = (x: unknown) => typeof x === "number" && Number.isFinite(x);

describe("npm run bench -- --quick", () => {
  it("prints a figure for every serving route, as req/s, latency and a ratio to the constant route, with KV reads", () => {
    const routes = results.figures.serving.routes as any[];
    expect(routes.map((r) => r.path)).toEqual([
      "/__bench/constant",
      "/__bench/constant",
      "/feeds/politics.rss",
      "/feeds/all.json",
      "/v1/sections/economy",
      "/v1/articles/:id",
      expect.stringMatching(/^\/(feeds|v1)\//),
      "/v1/search?q=…",
      "/__bench/constant?like=/feeds/politics.rss",
      "/__bench/constant?like=/feeds/all.json",
      "/__bench/constant?like=/v1/sections/economy",
      "/__bench/constant?like=/v1/articles/:id",
      "/__bench/constant?like=/v1/search?q=…",
    ]);
    const content = [...routes.slice(2, 6), routes[7]];
    for (const r of content) expect(isNumber(r.sizedRatio), `${r.path} × same-bytes constant`).toBe(true);
    // The target's figure: each content route interleaved with its constant, and the constant with itself (the noise control).
    for (const r of [routes[1], ...content]) expect(isNumber(r.interleaved), `${r.path} interleaved`).toBe(true);
    expect(routes[1].name).toMatch(/^constant again/);
    expect(stdout).toMatch(/× same-bytes, interleaved/);
    expect(isNumber(routes[7].articleRatio), "search × the article route").toBe(true);
    for (const r of routes) {
      expect(stdout).toContain(r.path);
      for (const k of ["rps", "p50", "p99", "ratio"]) expect(isNumber(r[k]), `${r.path} ${k}`).toBe(true);
      if (!r.path.startsWith("/__bench/constant")) {
        expect(Number.isInteger(r.kvReadsCold), `${r.path} cold reads`).toBe(true);
        expect(Number.isInteger(r.kvReadsWarm), `${r.path} warm reads`).toBe(true);
      }
    }
    expect(routes[6].status).toBe(304);
    expect(stdout).toMatch(/KV reads cold\s+KV reads warm/);
  });

  it("prints the render time of a 50-item feed in each format", () => {
    expect(results.figures.render.items).toBe(50);
    for (const f of ["rss", "atom", "json"]) {
      const r = results.figures.render.formats[f];
      for (const k of ["bytes", "renderMs", "requestMs", "requestP99Ms"]) expect(isNumber(r[k]), `${f} ${k}`).toBe(true);
      expect(stdout).toMatch(new RegExp(`^  ${f}\\s+[\\d,]+\\s+\\d+\\.\\d{3}`, "m"));
    }
  });

  it("prints build figures for three sizes, the scaling ratio and the parser against its ceiling", () => {
    const b = results.figures.build;
    expect(b.sizes.map((s: any) => s.pages)).toEqual([10, 50, 500]);
    for (const s of b.sizes) for (const k of ["articles", "entries", "totalMs", "parseMs", "planAndWriteMs", "maxRssBytes"]) expect(isNumber(s[k]), `${s.pages} ${k}`).toBe(true);
    expect(b.sizes[2].articles).toBeGreaterThan(b.sizes[1].articles);
    expect(isNumber(b.scaling.ratio)).toBe(true);
    expect(isNumber(b.parser.pagesPerSecond) && isNumber(b.parser.ceilingPagesPerSecond) && isNumber(b.parser.timesCeiling)).toBe(true);
    expect(stdout).toMatch(/time\(500\)\/time\(50\): \d+\.\d\d/);
    expect(stdout).toMatch(/parser takes [\d.]+× the ceiling's time/);
  });

  it("prints what adding a day and republishing write", () => {
    const p = results.figures.publish;
    expect(p.addedPages).toBe(8);
    expect(p.append.kvWrites).toBeGreaterThan(0);
    expect(p.republish.sameBuild).toBe(true);
    expect(stdout).toMatch(/adding the day wrote \d+ KV entries/);
    expect(stdout).toMatch(/publishing the identical build again wrote \d+ KV entries/);
  });

  it("prints the bundle size raw and gzipped", () => {
    expect(results.figures.bundle.rawBytes).toBeGreaterThan(results.figures.bundle.gzipBytes);
    expect(stdout).toMatch(/raw [\d.]+ KiB \([\d,]+ bytes\), gzip [\d.]+ KiB/);
  });

  it("prints every target of the issue with whether it is met", () => {
    const names = results.targets.map((t) => t.name);
    for (const pattern of [/every route ≥ 0\.9× a constant response carrying its own bytes/, /≤ 2 KV reads.*cold/, /≤ 1 KV read.*warm/, /50-item feed ≤ 1 ms/, /≥ 2,000 pages\/s/, /10× of the read-and-split ceiling/, /time\(500\)\/time\(50\) ≤ 11/, /adding a day writes ≤ 2%/, /republish writes none/, /≤ 64 KiB gzipped/, /two-term query on a warm isolate reads ≤ 8/, /search throughput ≥ 0\.5× the article route/, /≤ 2% of the index's entries/, /index bytes ≤ 1\.5×/]) {
      const t = results.targets.find((x) => pattern.test(x.name));
      expect(t, String(pattern)).toBeDefined();
      expect(stdout).toContain(`] ${t!.name}: ${t!.value}`);
    }
    expect(names).toHaveLength(14);
    expect(stdout).toMatch(/^  \d+ of 14 met/m);
  });
});

describe("the bench sources", () => {
  // npm run typecheck covers src, scripts and test; the bench has its own two projects (Node, and workerd for the entry module).
  it.each(["bench/tsconfig.json", "bench/tsconfig.worker.json"])("typecheck with %s", { timeout: 120_000 }, async (project) => {
    await expect(promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "tsc"), ["-p", project], { cwd: ROOT })).resolves.toBeDefined();
  });
});
