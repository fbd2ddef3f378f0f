/**
 * No user-controlled regular expressions: nothing a request carries is compiled
 * into a pattern, so no query can make the Worker backtrack (ReDoS). Checked on
 * the source of every module the Worker bundles (followed through its imports
 * from src/worker/index.ts): no `RegExp(` constructor at all, and no
 * `match`/`matchAll`/`search` with anything but a regular-expression literal or
 * a module-level constant pattern (those methods compile a string argument).
 * The behaviour is tested too: test/worker/fuzz.test.ts and feeds.test.ts send
 * patterns such as `(a+)+$` as filter keywords and get plain keyword matching.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const ENTRY = join(ROOT, "src/worker/index.ts");

/** Every .ts module reachable from `entry` through relative imports. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+\.ts)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

/** Whether a line of code builds a pattern from something other than a literal or an UPPER_CASE constant. */
function compilesData(line: string): boolean {
  if (/\bRegExp\s*\(/.test(line)) return true;
  // match/matchAll/search compile a string argument.
  return [...line.matchAll(/\.(?:match|matchAll|search)\(\s*/g)].some((m) => !/^(?:\/|[A-Z][A-Z0-9_]*\))/.test(line.slice(m.index! + m[0].length)));
}

/** Strips comments so that prose about patterns is not mistaken for code. */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");

it("the Worker's modules build no regular expression from data", () => {
  const files = moduleGraph(ENTRY);
  const names = files.map((f) => relative(ROOT, f));
  // The graph really is the Worker: its routes, the renderers, the KV layout and cursors.
  for (const expected of ["src/worker/params.ts", "src/worker/http/limits.ts", "src/render/query.ts", "src/render/escape.ts", "src/publish/cursor.ts", "src/publish/layout.ts"]) expect(names).toContain(expected);
  const offenders = files.flatMap((file) =>
    code(readFileSync(file, "utf8"))
      .split("\n")
      .flatMap((line, i) => (compilesData(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(files.length).toBeGreaterThan(25);
  expect(offenders).toEqual([]);
});

it("the check itself flags patterns built from a request, and passes literals and constants", () => {
  for (const line of ['const re = new RegExp(url.searchParams.get("filter"));', "text.match(query.filter)", "title.search(keyword)", "s.matchAll(name)"]) expect(compilesData(line), line).toBe(true);
  for (const line of ["text.match(/^a+$/)", "s.search(ODD_SPACES)", 'text.replace(/&/g, "&amp;")', "a.includes(keyword)"]) expect(compilesData(line), line).toBe(false);
});
