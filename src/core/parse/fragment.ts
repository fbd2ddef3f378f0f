/**
 * Is a short line in an article's text a heading, or a paragraph's first piece that its column cut early
 * (`港口村坐落于南` / `明湖上游，…`, `记者就此情况` / `采访了…`)? The two look alike: short, no end mark. A
 * logistic model over the line's characters, its edges and the characters either side of the break tells them
 * apart, learned from the annotated corpus's gold (`npm run train-fragments` writes fragment-model.json: every
 * crosshead and title there, with the text under it, against first pieces of its paragraphs cut where a
 * column may end). Pure: the weights are data, the arithmetic is here.
 */
import data from "./fragment-model.json" with { type: "json" };

/** What a training run stores: the bias and per feature its weight (in nats; above 0 reads as a cut piece). */
export interface FragmentModel {
  v: number;
  bias: number;
  weights: Record<string, number>;
}

export const FRAGMENT_MODEL_VERSION = 1;
/** Lines longer than this are no heading's (a crosshead or title of the corpus is at most this long, bar a few): not asked. */
export const MAX_FRAGMENT_LINE = 30;
/**
 * The score (log-odds) from which a line reads as a piece its column cut: chosen so that with each tenth of the sets left
 * out in turn, about one crosshead or title in a hundred reads as a piece (README: Column cuts, learned).
 */
export const FRAGMENT_THRESHOLD = 4;
/**
 * The fragment model's score from which a line after a closed paragraph, that would head the next story, reads as a piece:
 * higher than where it would head a part (FRAGMENT_THRESHOLD), for a story swallowed costs two articles. With each tenth of
 * the sets left out, 4 read 16 articles better and one worse, 6 two better and none worse; but of 196 made-up briefs, a title
 * of a few words over text that opens on its subject (`在希望的田野上` / `他叫王某，…`), 4 swallowed 26, 5 thirteen, 6 four. The
 * line under a headline's line is read as the text's first piece, no deck, from the same score (index.ts: pieceUnderTitle).
 */
export const TITLE_CUT_THRESHOLD = 6;

const HAN = /\p{Script=Han}/u;
/** How long the line is, as a feature: headings cluster short, early cuts spread wider. */
function lengthBucket(n: number): string {
  return n <= 4 ? "≤4" : n <= 6 ? "≤6" : n <= 8 ? "≤8" : n <= 10 ? "≤10" : n <= 13 ? "≤13" : n <= 17 ? "≤17" : "long";
}

/** The named features of a line over the next line's start (text as printed; white space inside is a feature of its own). */
export function fragmentFeatures(line: string, next: string): string[] {
  const a = [...line.trim().replace(/\s+/gu, " ")];
  const b = [...next.trim().replace(/\s+/gu, "")].slice(0, 3);
  const tight = a.filter((c) => c !== " ");
  const out: string[] = [];
  if (tight.length === 0 || b.length === 0) return out;
  const [e1, e2] = [tight.at(-1)!, tight.slice(-2).join("")];
  const [s1, s2] = [b[0]!, b.slice(0, 2).join("")];
  out.push(`e1:${e1}`, `e2:${e2}`, `s1:${s1}`, `s2:${s2}`, `x:${e1}${s1}`, `x2:${e2}${s1}`, `x3:${e1}${s2}`);
  out.push(`b1:${tight[0]}`, `b2:${tight.slice(0, 2).join("")}`, `len:${lengthBucket(tight.length)}`);
  if (a.includes(" ")) out.push("space");
  if (tight.some((c) => c === "，" || c === ",")) out.push("comma");
  if (tight.includes("、")) out.push("enum");
  if (tight.some((c) => /\d/u.test(c))) out.push("digit");
  if (!HAN.test(e1)) out.push(`e1-mark:${e1}`);
  // (Every character of the line once: the words only running text uses, 的, 就, 该, 将, and those headings use.)
  for (const c of new Set(tight)) out.push(`c:${c}`);
  return out;
}

/** The model's log-odds that the line is a piece its column cut, read from the given weights. */
export function fragmentScoreWith(model: FragmentModel, line: string, next: string): number {
  let score = model.bias;
  for (const f of fragmentFeatures(line, next)) score += model.weights[f] ?? 0;
  return score;
}

const MODEL = data as FragmentModel;
/** The committed model's log-odds that the line is a piece its column cut (null when the line is too long to be asked). */
export function fragmentScore(line: string, next: string): number | null {
  if ([...line.replace(/\s+/gu, "")].length > MAX_FRAGMENT_LINE) return null;
  return fragmentScoreWith(MODEL, line, next);
}
