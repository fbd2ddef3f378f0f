/**
 * The tests read a frozen copy of the seed page (test/fixtures/seed), never the working
 * `seeds/` folder: an editor adds days, corrections and images there, and `npm test` must not
 * care. This guards the rule for every test file, including ones added later.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
/** Ways a test could reach the working folder: a path from the root, or relative imports up to it. */
const WORKING_SEEDS = /(?:ROOT|root)\s*,\s*["'`]seeds\b|\$\{ROOT\}seeds\/|["'`](?:\.\.\/)+seeds\/|["'`]\.\.["'`]\s*,\s*["'`]seeds["'`]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "fixtures" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

it("no test reads the working seeds/ folder", () => {
  const all = files(join(ROOT, "test"));
  expect(all.length).toBeGreaterThan(20);
  expect(WORKING_SEEDS.test('cp(path.join(ROOT, "seeds"), dir)')).toBe(true);
  expect(WORKING_SEEDS.test('import text from "../../seeds/manifest.json?raw"')).toBe(true);
  const offenders = all.filter((f) => !f.endsWith("frozen-seed.test.ts") && WORKING_SEEDS.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
  expect(offenders).toEqual([]);
});
