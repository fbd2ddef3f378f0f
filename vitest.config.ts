import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-plugin";

export default defineConfig({
  test: {
    // Vitest's default leaves one core to the main process (1 worker on a 2-core machine), which
    // mostly waits: a worker per core took npm test's vitest run from 65 s to about 40 s.
    maxWorkers: "100%",
    projects: [
      {
        test: {
          name: "core",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "test/e2e/**"],
          environment: "node",
          // One worker per file cost ~0.5 s of start-up each (60 files on 2 cores): these tests
          // keep no state between files, so files share workers.
          isolate: false,
          // (Some tests read the whole corpus or retrain a model, 2 to 6 s alone and more on a busy machine: a timeout is
          // no speed check here, npm run bench is.)
          testTimeout: 60_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          // A workerd per file cost ~0.9 s each and took the run from 20 s to 50 s, so files share
          // workers; each file starts from an empty namespace and cold caches (fresh-namespace.ts).
          isolate: false,
          setupFiles: ["test/worker/fresh-namespace.ts"],
        },
      },
    ],
  },
});
