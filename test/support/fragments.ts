/**
 * What the fragment model (src/core/parse/fragment.ts) learns from: every annotated set's gold but the held-out
 * sets', read as headings over their text (crossheads, titles, subtitles) against paragraphs' first pieces cut
 * where a column may end; and the fit itself, a logistic regression. Deterministic: the same gold gives the same
 * weights.
 */
import { join } from "node:path";
import { FRAGMENT_MODEL_VERSION, fragmentFeatures, MAX_FRAGMENT_LINE, type FragmentModel } from "../../src/core/parse/fragment.ts";
import { FIXTURES } from "./gold.ts";
import { ANNOTATED_SETS, HELD_OUT_SETS, mayCutAt, mulberry32, readSet } from "./sets.ts";

export interface FragmentExample {
  set: string;
  line: string;
  next: string;
  /** 1 for a piece its column cut, 0 for a heading. */
  cut: 0 | 1;
}

/** The sets the model learns from: the held-out sets are only ever measured. */
export const FRAGMENT_SETS: readonly string[] = ANNOTATED_SETS.filter((s) => s !== "gold" && !(HELD_OUT_SETS as readonly string[]).includes(s));

/** A heading's line ends on no end mark: a line that does closes a sentence, and no model is asked about it. */
const ENDS = /[。！？…；：”’」』!?;:.]$/u;
/** First pieces shorter than this are rare, and headings of so few characters the text's own. */
const MIN_PIECE = 4;
/** How many first pieces each paragraph gives at most. */
const PIECES_PER_PARAGRAPH = 3;

const bare = (s: string) => s.replace(/\s+/gu, "");
const bareLength = (s: string) => [...bare(s)].length;

/** Every example the given sets' gold gives. */
export function fragmentExamples(sets: readonly string[] = FRAGMENT_SETS, root = FIXTURES): FragmentExample[] {
  const out: FragmentExample[] = [];
  // (A paragraph a held-out set prints too, a story two papers ran, is left out: its set is only measured.)
  const heldOut = new Set(HELD_OUT_SETS.flatMap((set) => readSet(join(root, set)).flatMap((c) => c.gold.articles.flatMap((a) => a.paragraphs.map(bare)))));
  for (const set of sets) {
    // (Each set draws its own pieces: a gold file edited in one set moves no other set's.)
    const random = mulberry32([...set].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0, 0x811c9dc5));
    for (const c of readSet(join(root, set))) {
      for (const a of c.gold.articles) {
        const paragraphs = a.paragraphs.filter((p) => p.trim() !== "");
        const heading = (line: string | null | undefined, next: string | undefined) => {
          if (!line || next === undefined || ENDS.test(line.trim()) || bareLength(line) > MAX_FRAGMENT_LINE || bareLength(line) < 2) return;
          out.push({ set, line, next, cut: 0 });
        };
        heading(a.title, paragraphs[0]);
        heading(a.subtitle, paragraphs[0]);
        paragraphs.forEach((p, i) => {
          if (heldOut.has(bare(p))) return;
          heading(p, paragraphs[i + 1]);
          // (Pieces come from text: a paragraph that ends a sentence, or one longer than any heading; a heading's own
          // halves, `从一片叶子` / `到一条产业链`, are no piece a column cut.)
          if (!ENDS.test(p.trim()) && bareLength(p) <= MAX_FRAGMENT_LINE) return;
          const chars = [...p.trim()];
          const last = Math.min(MAX_FRAGMENT_LINE, chars.length - MIN_PIECE);
          const places: number[] = [];
          // (Where a column may end, as the re-cut readings place cuts.)
          for (let at = MIN_PIECE; at <= last; at++) if (mayCutAt(chars, at)) places.push(at);
          for (let k = 0; k < PIECES_PER_PARAGRAPH && places.length > 0; k++) {
            const at = places.splice(Math.floor(random() * places.length), 1)[0]!;
            out.push({ set, line: chars.slice(0, at).join(""), next: chars.slice(at).join(""), cut: 1 });
          }
        });
      }
    }
  }
  return out;
}

/** L2 regularisation, as the inverse of the weights' variance. */
const REGULARISATION = 1;
const EPOCHS = 12;
const LEARNING_RATE = 0.3;
/** A feature seen in fewer examples than this is a name or a typo: not learned. */
const MIN_EXAMPLES = 2;

/** A logistic regression over the examples' features (AdaGrad, examples taken in a fixed shuffled order; headings weigh as much as pieces in all). */
export function trainFragments(examples: readonly FragmentExample[]): FragmentModel {
  const counts = new Map<string, number>();
  const rows = examples.map((e) => ({ f: fragmentFeatures(e.line, e.next), y: e.cut }));
  for (const r of rows) for (const f of r.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (n >= MIN_EXAMPLES) index.set(f, index.size);
  const data = rows.map((r) => ({ f: r.f.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: r.y }));
  // (Pieces outnumber headings several times: each class weighs as much in all, so the bias is no count of them.)
  const positives = data.filter((r) => r.y === 1).length;
  const classWeight = [data.length / (2 * Math.max(1, data.length - positives)), data.length / (2 * Math.max(1, positives))];
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  let state = 0x9e3779b9;
  const order = data.map((_, i) => i);
  const lambda = 1 / (REGULARISATION * data.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = data[k]!;
      let z = bias;
      for (const f of r.f) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - r.y) * classWeight[r.y]!;
      for (const f of r.f) {
        const grad = g + lambda * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (LEARNING_RATE * grad) / Math.sqrt(g2[f]!);
      }
      biasG2 += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(biasG2);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (Math.abs(w[i]!) >= 0.005) weights[f] = Math.round(w[i]! * 1000) / 1000;
  return { v: FRAGMENT_MODEL_VERSION, bias: Math.round(bias * 1000) / 1000, weights };
}
