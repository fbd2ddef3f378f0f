/**
 * Where a column, not the writer, ended a line. A page's text breaks a paragraph wherever its
 * column runs out of room: inside a word (插上了树 / 枝、木棍), after a preposition or a particle,
 * inside a number or a quotation. A headline ends on a whole phrase. So a line whose end
 * runs on into the next line's start, as a word or a phrase does, was cut by the column.
 */
import commonWords from "./common-words.json" with { type: "json" };
import { endsMidPhrase } from "./headline.ts";

/**
 * Two-character words of everyday Chinese, from jieba's dictionary (dict.txt, MIT), those it
 * counts at least 100 times: knowledge of the language, not of any page. `npm run derive-words`
 * writes them.
 */
const COMMON_WORDS: ReadonlyMap<string, number> = (() => {
  const chars = [...commonWords.words];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 2) out.set(chars[i]! + chars[i + 1]!, Number(commonWords.levels[i / 2]));
  return out;
})();

/** How common a two-character word is (0 for 100–199 in jieba's counts, one more for each doubling), or -1 for none. */
function wordLevel(pair: string): number {
  return COMMON_WORDS.get(pair) ?? -1;
}

/** Adverbs that want a verb after them (也, 还, 正, 已…): no heading ends on one, unless it ends a word (成就, 人才, 方便). */
const ADVERBS = /^[还也都就又才更再已正曾很最太均皆仍便]$/u;

/**
 * Particles and suffixes that attach to what comes before them, unless they open a word of their own:
 * `了，比去年…`, `着聚焦点` (选择 / 着), `者表演了` (工作 / 者); but `了解…`, `的确…`, `着力…`, `地处…`, `过去…`, `得到…`.
 */
const BOUND_START = /^[的了们吗呢吧着地过得者之]$/u;

export type ColumnCut = "word-across" | "phrase-open" | "bound-start";

/**
 * How the column cut `line` before `next`, or null when the line may end where it does.
 * (Only between two blocks of text: a byline or a lead under a line says nothing of its end.)
 */
export function columnCut(line: string, next: string): ColumnCut | null {
  // (Only the characters either side of the break matter: the line's last two, the next line's first two.)
  const x = edge(line, true);
  const y = edge(next, false);
  if (x.length === 0 || y.length === 0) return null;
  const last = x.at(-1)!;
  const first = y[0]!;
  // (A heading's last character and the text's first may make a word by chance: 河流变清 / 明星村… reads 清明. The break
  // cut a word only where that word binds tighter than the words on either side of it: here 明星 does.)
  const across = wordLevel(last + first);
  const beside = Math.max(x.length >= 2 ? wordLevel(x[0]! + last) : -1, y.length >= 2 ? wordLevel(first + y[1]!) : -1);
  if (across >= 0 && across > beside) return "word-across";
  // (A colon closes a label or announces what follows: a line may end there.)
  const a = line.trimEnd();
  if (endsMidPhrase(a) && last !== "：" && last !== ":") return "phrase-open";
  if (ADVERBS.test(last) && !(x.length >= 2 && wordLevel(x[0]! + last) >= 0)) return "phrase-open";
  if (BOUND_START.test(first) && !(y.length >= 2 && wordLevel(first + y[1]!) >= 0)) return "bound-start";
  return null;
}

/** The last two characters of a line (`end`) or the first two, white space left out. */
function edge(text: string, end: boolean): string[] {
  const out: string[] = [];
  // (Walked a code point at a time from that end, so a character outside the basic plane stays whole.)
  let i = end ? text.length : 0;
  while (out.length < 2 && (end ? i > 0 : i < text.length)) {
    let c: string;
    if (end) {
      const low = text.charCodeAt(i - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
      c = text.slice(pair ? i - 2 : i - 1, i);
      i -= c.length;
    } else {
      c = String.fromCodePoint(text.codePointAt(i)!);
      i += c.length;
    }
    if (!/\s/u.test(c)) end ? out.unshift(c) : out.push(c);
  }
  return out;
}
