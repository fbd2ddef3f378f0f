/** Bundle size: `wrangler deploy --dry-run --outdir`, the file a deploy uploads, raw and gzipped. */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { bundle } from "./lib/worker.ts";

export interface BundleFigures {
  rawBytes: number;
  gzipBytes: number;
  /** wrangler's own summary line. */
  wrangler: string;
}

export async function benchBundle(outdir: string): Promise<BundleFigures> {
  const b = await bundle(outdir);
  const raw = await readFile(b.file);
  return { rawBytes: raw.length, gzipBytes: gzipSync(raw).length, wrangler: b.upload };
}
