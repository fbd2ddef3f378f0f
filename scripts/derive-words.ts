/**
 * `npm run derive-words [-- --check]`: write src/core/parse/common-words.json, the words of
 * everyday Chinese the parser uses to tell a line a column cut (插上了树 / 枝、…, 市委常委 / 会主持…)
 * from a heading. They come from jieba's dictionary (dict.txt of @node-rs/jieba, MIT, pinned in
 * package.json), not from any page: every word of one to four Han characters it counts at least
 * MIN_COUNT times, with how common it is as a level (0 for 100–199, one more per doubling), and
 * the sum of all its counts. `--check` only says whether the file is what the dictionary gives.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readArgs } from "./args.ts";
import { writeDerived } from "./derived-file.ts";

const USAGE = `usage: npm run derive-words [-- --check]
  (no option)  write src/core/parse/common-words.json from jieba's dictionary
  --check      exit 1 when common-words.json is not what the dictionary gives
`;
const FILE = join(import.meta.dirname, "..", "src", "core", "parse", "common-words.json");
/** Fewer counts than this are names and rare compounds: a word across a break must be one anyone would write. */
const MIN_COUNT = 100;

/** The longest word kept: a column's break falls inside a word of two to four characters far more often than a longer one. */
const MAX_LENGTH = 4;
/** Levels as one character each, 0–9 then a–z: one per doubling of a word's count from MIN_COUNT. */
const LEVEL_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

export interface CommonWords {
  source: string;
  minCount: number;
  /** Every count in the dictionary summed: a word's count over it is how likely the word is. */
  total: number;
  /** The words of each length (1 to MAX_LENGTH), sorted and run together. */
  words: Record<string, string>;
  /** Each word's level, a character per word in the same order. */
  levels: Record<string, string>;
}

/** The words and their levels from a jieba dictionary's text (`word count tag` a line). */
export function deriveCommonWords(dictionary: string): CommonWords {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of dictionary.split("\n")) {
    const [word, count] = line.split(" ");
    if (!word || !count) continue;
    const n = Number(count);
    total += n;
    const length = [...word].length;
    if (length > MAX_LENGTH || !/^\p{Script=Han}+$/u.test(word)) continue;
    if (n >= MIN_COUNT) counts.set(word, Math.max(n, counts.get(word) ?? 0));
  }
  const words: Record<string, string> = {};
  const levels: Record<string, string> = {};
  for (let length = 1; length <= MAX_LENGTH; length++) {
    const these = [...counts.keys()].filter((w) => [...w].length === length).sort();
    words[length] = these.join("");
    levels[length] = these.map((w) => LEVEL_DIGITS[Math.min(LEVEL_DIGITS.length - 1, Math.floor(Math.log2(counts.get(w)! / MIN_COUNT)))]).join("");
  }
  return {
    source: `jieba dict.txt (@node-rs/jieba 2.0.3, MIT): words of one to ${MAX_LENGTH} Han characters counted at least ${MIN_COUNT} times; levels 0-9a-z, one per doubling from ${MIN_COUNT}`,
    minCount: MIN_COUNT,
    total,
    words,
    levels,
  };
}

export function dictionaryText(): string {
  return readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt"), "utf8");
}

function main(argv: string[]): number {
  const args = readArgs(argv, { check: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  return writeDerived(FILE, deriveCommonWords(dictionaryText()), args.values.check === true, "npm run derive-words");
}

if (process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
