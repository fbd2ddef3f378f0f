/**
 * Build and publish benchmarks. Each size runs in its own Node process
 * (bench/build-child.ts, bench/publish-child.ts) so peak memory is that
 * build's alone and one size's garbage does not slow the next.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { IndexFigures, YearFigures } from "./search.ts";

const HERE = path.dirname(new URL(import.meta.url).pathname);

export async function runChild<T>(script: string, args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--experimental-strip-types", "--no-warnings", path.join(HERE, script), ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = stdout.trim().split("\n").at(-1);
  if (!last) throw new Error(`${script} printed nothing`);
  return JSON.parse(last) as T;
}

export interface BuildSize {
  pages: number;
  articles: number;
  entries: number;
  totalMs: number;
  parseMs: number;
  planAndWriteMs: number;
  maxRssBytes: number;
  ceiling?: { files: number; rounds: number; ceilingMs: number; parserMs: number };
}

export interface BuildFigures {
  sizes: BuildSize[];
  /** time(largest)/time(middle) of the end-to-end build. */
  scaling: { from: number; to: number; ratio: number };
  /** parse+classify against read-and-split, on the middle size. */
  parser: { pages: number; pagesPerSecond: number; ceilingPagesPerSecond: number; timesCeiling: number };
}

export async function benchBuild(seedsFor: (pages: number) => string, outDir: string, sizes: readonly number[], ceilingAt: number, ceilingRounds: number, log: (line: string) => void): Promise<BuildFigures> {
  const results: BuildSize[] = [];
  for (const pages of sizes) {
    const args = [seedsFor(pages), path.join(outDir, `build-${pages}`)];
    if (pages === ceilingAt) args.push("--ceiling", String(ceilingRounds));
    const r = await runChild<BuildSize>("build-child.ts", args);
    log(`  ${pages} pages: ${(r.totalMs / 1000).toFixed(2)} s end to end, peak RSS ${(r.maxRssBytes / 2 ** 20).toFixed(0)} MiB`);
    results.push(r);
  }
  const [mid, big] = [results.at(-2)!, results.at(-1)!];
  const c = results.find((r) => r.ceiling)!.ceiling!;
  return {
    sizes: results,
    scaling: { from: mid.pages, to: big.pages, ratio: big.totalMs / mid.totalMs },
    parser: { pages: c.files, pagesPerSecond: (c.files * 1000) / c.parserMs, ceilingPagesPerSecond: (c.files * 1000) / c.ceilingMs, timesCeiling: c.parserMs / c.ceilingMs },
  };
}

export interface PublishFigures {
  search: { index: IndexFigures; dayWritten: number; year: YearFigures };
  basePages: number;
  addedPages: number;
  addedDay: string;
  archiveEntries: number;
  append: { immutableWritten: number; pointerWritten: boolean; kvWrites: number; byKind: Record<string, number>; ms: number };
  republish: { immutableWritten: number; pointerWritten: boolean; kvWrites: number; sameBuild: boolean };
}

export function benchPublish(seeds: string, basePages: number): Promise<PublishFigures> {
  return runChild<PublishFigures>("publish-child.ts", [seeds, String(basePages)]);
}
