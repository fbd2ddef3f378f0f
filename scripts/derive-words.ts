/**
 * `npm run derive-words [-- --check]`: write src/core/parse/common-words.json, the two-character
 * words of everyday Chinese the parser uses to tell a line a column cut (插上了树 / 枝、…) from a
 * heading. They come from jieba's dictionary (dict.txt of @node-rs/jieba, MIT, pinned in
 * package.json), not from any page: every two-Han-character word it counts at least
 * MIN_COUNT times, with how common it is as a level (0 for 100–199, one more per doubling, at
 * most 9). `--check` only says whether the file is what the dictionary gives.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run derive-words [-- --check]
  (no option)  write src/core/parse/common-words.json from jieba's dictionary
  --check      exit 1 when common-words.json is not what the dictionary gives
`;
const FILE = join(import.meta.dirname, "..", "src", "core", "parse", "common-words.json");
/** Fewer counts than this are names and rare compounds: a word across a break must be one anyone would write. */
const MIN_COUNT = 100;
const MAX_LEVEL = 9;

/** The words and their levels from a jieba dictionary's text (`word count tag` a line). */
export function deriveCommonWords(dictionary: string): { source: string; minCount: number; words: string; levels: string } {
  const counts = new Map<string, number>();
  for (const line of dictionary.split("\n")) {
    const [word, count] = line.split(" ");
    if (!word || !count || !/^\p{Script=Han}{2}$/u.test(word) || [...word].length !== 2) continue;
    const n = Number(count);
    if (n >= MIN_COUNT) counts.set(word, Math.max(n, counts.get(word) ?? 0));
  }
  const words = [...counts.keys()].sort();
  return {
    source: "jieba dict.txt (@node-rs/jieba 2.0.3, MIT): two-character words counted at least 100 times; levels 0–9, one per doubling from 100",
    minCount: MIN_COUNT,
    words: words.join(""),
    levels: words.map((w) => String(Math.min(MAX_LEVEL, Math.floor(Math.log2(counts.get(w)! / MIN_COUNT))))).join(""),
  };
}

export function dictionaryText(): string {
  return readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt"), "utf8");
}

function main(argv: string[]): number {
  const args = readArgs(argv, { check: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  const text = `${JSON.stringify(deriveCommonWords(dictionaryText()))}\n`;
  if (args.values.check) {
    if (readFileSync(FILE, "utf8") === text) return 0;
    process.stderr.write("src/core/parse/common-words.json is not what the dictionary gives: run npm run derive-words\n");
    return 1;
  }
  writeFileSync(FILE, text);
  process.stdout.write(`wrote ${FILE} (${Buffer.byteLength(text)} bytes)\n`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
