/**
 * What the index stores per article: every folded character (so a one-character query
 * works) and every pair of adjacent folded characters, within one field. A gram is a number:
 * a character's code point, or for a pair (first + 1) × 0x110000 + second, so grams of one
 * and two characters never collide. A query term is looked up by the pairs that cover it
 * (its 1st+2nd, 3rd+4th, … characters, and the last two when its length is odd), then
 * checked against the article's text, so the pairs need not be stored with positions.
 */

const PLANE = 0x110000;

export const pairGram = (first: number, second: number): number => (first + 1) * PLANE + second;

/** Calls `visit` with every gram of a folded stream (duplicates included). */
export function forEachGram(folded: string, visit: (gram: number) => void): void {
  let previous = -1;
  for (let i = 0; i < folded.length; ) {
    const cp = folded.codePointAt(i)!;
    visit(cp);
    if (previous >= 0) visit(pairGram(previous, cp));
    previous = cp;
    i += cp > 0xffff ? 2 : 1;
  }
}

/**
 * The grams whose postings find the articles that may contain a folded term: a superset, since
 * every candidate is checked against the text. A term of up to three characters needs one
 * gram (one read per level); a longer one its first and last pairs, which rule out most
 * articles that have one of its words without the other.
 */
export function coverGrams(term: string): number[] {
  const cps = [...term].map((c) => c.codePointAt(0)!);
  if (cps.length === 1) return [cps[0]!];
  const first = pairGram(cps[0]!, cps[1]!);
  if (cps.length <= 3) return [first];
  const last = pairGram(cps.at(-2)!, cps.at(-1)!);
  return first === last ? [first] : [first, last];
}

/** A gram as text: its one or two characters (the key of its postings in a shard). */
export function gramText(gram: number): string {
  if (gram < PLANE) return String.fromCodePoint(gram);
  return String.fromCodePoint(Math.floor(gram / PLANE) - 1, gram % PLANE);
}

/** Which of `shards` shards holds a gram's postings: a fixed integer hash, the same in the build and the Worker. */
export function shardOf(gram: number, shards: number): number {
  if (shards <= 1) return 0;
  const hi = Math.floor(gram / PLANE);
  const lo = gram % PLANE;
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(hi ^ 0xc2b2ae35, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h >>> 0) % shards;
}
