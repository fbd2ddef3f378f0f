import { defineConfig } from "vitest/config";

/**
 * `npm run test:e2e`: tests that drive tools from Debian packages (jing, newsboat,
 * chromium, python3-feedparser). `npm test` never runs them (the default config
 * excludes test/e2e); here a missing tool fails with its package's name.
 */
export default defineConfig({
  test: {
    name: "e2e",
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // the tools are heavy (a JVM, a browser): one file at a time on a shared machine
    fileParallelism: false,
  },
});
