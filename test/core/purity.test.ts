/** The core (parse, classify, render, the KV layout) runs in Node and in workerd alike: no Node or Worker APIs in it. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const PURE = ["src/core", "src/render", "src/publish"].map((d) => join(ROOT, d));
const IMPURE = /from\s+["'](?:node:|cloudflare:|fs|path|os|child_process|process)|\b(?:process\.|Buffer\.|require\(|__dirname|globalThis\.caches|caches\.default)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

it("keeps the core free of Node and Worker APIs", () => {
  const all = PURE.flatMap(files);
  expect(all.length).toBeGreaterThan(10);
  const offenders = all.filter((f) => IMPURE.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
  expect(offenders).toEqual([]);
});
