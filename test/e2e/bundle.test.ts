/** `wrangler deploy --dry-run` bundles the Worker exactly as a deploy would, without an account. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { ROOT } from "../publish/helpers.ts";

it("bundles the Worker with wrangler deploy --dry-run", { timeout: 120_000 }, async () => {
  const out = await mkdtemp(path.join(tmpdir(), "edgepaper-bundle-"));
  try {
    const { stdout } = await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "wrangler"), ["deploy", "--dry-run", "--outdir", out], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" },
    });
    expect(stdout).toMatch(/--dry-run: exiting now/);
    expect(stdout).toMatch(/env\.PAPER/);
    const bundle = await readFile(path.join(out, "index.js"), "utf8");
    // The bundle carries the layout module the build used.
    expect(bundle).toContain('"live"');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
