/**
 * Search folding: text and queries are compared as a stream of folded characters. Each
 * character is NFKC-normalised (full-width Latin and digits become ASCII, compatibility
 * ideographs their unified form), lower-cased and, when Traditional, turned Simplified with
 * OpenCC's character table; whatever is not a letter or a number (punctuation, spaces,
 * symbols, layout glyphs) is dropped. So `楓橋`, `枫桥` and `枫 桥` fold alike, and a phrase
 * matches across the spaces and punctuation a column break or a typesetter left in it.
 */
import { SIMPLIFIED_MAP } from "./simplified-map.ts";
import { decodeTable } from "./simplified-table.ts";

let simplified: Map<number, number> | null = null;

/** Traditional → Simplified for one character (simplified-table.ts: OpenCC's table, regional variants included). */
function toSimplified(ch: string): string {
  simplified ??= decodeTable(SIMPLIFIED_MAP);
  const to = simplified.get(ch.codePointAt(0)!);
  return to === undefined ? ch : String.fromCodePoint(to);
}

/** For each code unit of the Basic Multilingual Plane, 1 when it may be Traditional (a surrogate may start one). */
let mayBeTraditional: Uint8Array | null = null;

/** How many of the text's code units may be Traditional characters: 0 for nearly all Simplified text. */
export function traditionalUnits(text: string): number {
  if (mayBeTraditional === null) {
    simplified ??= decodeTable(SIMPLIFIED_MAP);
    mayBeTraditional = new Uint8Array(0x10000);
    for (const from of simplified.keys()) if (from < 0x10000) mayBeTraditional[from] = 1;
    mayBeTraditional.fill(1, 0xd800, 0xdc00);
  }
  let n = 0;
  for (let i = 0; i < text.length; i++) n += mayBeTraditional[text.charCodeAt(i)]!;
  return n;
}

/** The text with every Traditional character turned Simplified, one for one, nothing else changed. */
export function simplifiedText(text: string): string {
  // (Most text has none: scan the code units first and build nothing.)
  if (traditionalUnits(text) === 0) return text;
  let out = "";
  for (const ch of text) {
    const to = toSimplified(ch);
    out += to.length === ch.length ? to : ch;
  }
  return out;
}

const KEEP = /[\p{L}\p{N}]/u;
/** Folded characters of the Basic Multilingual Plane, as they are met; a map above it. */
const bmp: (string | undefined)[] = [];
const memo = new Map<number, string>();

/** One character folded: zero, one or more characters (NFKC may expand, `㍿` → `株式会社`). */
export function foldChar(codePoint: number): string {
  const known = codePoint < 0x10000 ? bmp[codePoint] : memo.get(codePoint);
  if (known !== undefined) return known;
  let out = "";
  for (const ch of String.fromCodePoint(codePoint).normalize("NFKC").toLowerCase()) {
    if (KEEP.test(ch)) out += toSimplified(ch);
  }
  if (codePoint < 0x10000) bmp[codePoint] = out;
  else if (memo.size < 50_000) memo.set(codePoint, out);
  return out;
}

/** The folded stream of `text`. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    out += foldChar(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** A folded stream with, for each of its UTF-16 units, where it came from in the text (start and end, UTF-16). */
export interface FoldedText {
  folded: string;
  start: number[];
  end: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = "";
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldChar(cp);
    folded += out;
    for (let k = 0; k < out.length; k++) {
      start.push(i);
      end.push(i + width);
    }
    i += width;
  }
  return { folded, start, end };
}
