/**
 * The learned half of the section classifier: a logistic regression over characters and pairs of
 * characters, trained on every annotated article (`npm run train-sections` writes model.json from
 * the fixtures' gold; nothing in it is written by hand).
 *
 * Why: the lexicon (lexicon.ts) is exact where its words are decisive, but on pages of papers
 * it was never tuned on its weak calls were wrong one time in four or five, while a model of
 * the words annotated articles actually use in each section, trained on other papers than the
 * ones it is asked about, generalised better (README: Sections, for the measurement). Characters
 * and their pairs need no word segmentation and carry most of Chinese news vocabulary. A logistic
 * regression weighs them against each other where naive Bayes, the model before it, counted each
 * as if alone: with each set left out in turn it files 87.0 % of the real corpus's 1,427 articles
 * right alone against naive Bayes's 84.8 %, and with the lexicon 87.5 % against 86.5 %.
 *
 * Each part of an article counts as often as the lexicon weighs it (the title three times, a
 * later paragraph half), one term counts at most MAX_PAIR_COUNT times, and the counts are
 * log-scaled and the article's vector made of length one, so a long article does not drown its
 * headline. Pure: the weights are data, the arithmetic is here.
 */
import type { Article } from "../model.ts";
import data from "./model.json" with { type: "json" };

/** What a training run stores: the sections, each one's bias, and per term its weight for each section. */
export interface ModelData {
  v: number;
  /** Section slugs, in the order the weights are given. */
  sections: string[];
  /** Per section, the score an article with no known term starts from. */
  bias: number[];
  /** One line per term (a character or a pair of characters): the term, a tab, its weight per section separated by spaces. */
  terms: string;
}

export const MODEL_VERSION = 2;
/** One term's count in an article is capped: repetition says less than presence. */
export const MAX_PAIR_COUNT = 6;
/** How much each part of an article counts (as the lexicon's zones weigh them). */
export const PART_WEIGHTS = { title: 3, kicker: 2, subtitle: 2, lead: 1.5, second: 1, later: 0.5, caption: 0.5 } as const;
/**
 * The model's score differences are given in nats ten times over, so that the classifier's page-name weight, set in
 * naive Bayes's nats (10 a point), keeps its weight: chosen with each of ten groups of sets left out, where 5, 10, 15 and
 * 20 read 86.8, 87.6, 87.1 and 87.1 % with the lexicon (a prototype's figures).
 */
export const SCORE_NATS = 10;
/** The regularisation's strength, as the inverse of the weights' variance: 100, 300 and 1,000 read alike. */
const REGULARISATION = 300;
/** Training steps (L-BFGS): the fit is settled by then (100 read no better). */
const TRAINING_STEPS = 60;
/** A term must be used by this many articles to be learned: one article's term is a name or a typo. */
const MIN_ARTICLES = 2;

/**
 * Per UTF-16 code unit, how pairing treats it: 0 text (paired), 1 space (layout: 政法 工作 is
 * 政法工作), 2 a letter, digit, punctuation or symbol (ends a run of text: no pair spans it).
 * Bit 4 marks a code unit NFKC would change or compose, so only text holding one is
 * normalised. Built once, on first use.
 */
let unitKinds: Uint8Array | null = null;
function kinds(): Uint8Array {
  if (unitKinds) return unitKinds;
  const table = new Uint8Array(0x10000);
  const space = /^\s$/u;
  const breaks = /^[\p{P}\p{S}\p{N}a-zA-Z]$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = 16; // half of a pair: read with its other half, the slow way
      continue;
    }
    const ch = String.fromCharCode(c);
    table[c] = space.test(ch) ? 1 : breaks.test(ch) ? 2 : 0;
    if (ch.normalize("NFKC") !== ch || `a${ch}`.normalize("NFKC") !== `a${ch}`) table[c]! |= 16;
  }
  unitKinds = table;
  return table;
}

/** The kind of the character at `i` of a normalised text (a pair of surrogates read as one code point). */
function kindAt(text: string, i: number, table: Uint8Array): number {
  const k = table[text.charCodeAt(i)]! & 15;
  if (table[text.charCodeAt(i)]! & 16) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    return /^\s$/u.test(ch) ? 1 : /^[\p{P}\p{S}\p{N}a-zA-Z]$/u.test(ch) ? 2 : 0;
  }
  return k;
}

/** A pair of UTF-16 code units as one number (never 0: no text code unit is 0). */
const pairKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;
/** The pair a key stands for. */
export const pairText = (key: number): string => String.fromCharCode(key >>> 16, key & 0xffff);

/**
 * A table from term keys to numbers, open addressing: an article's terms are counted, and the
 * model's looked up, tens of thousands of times a second, where a Map of numbers costs more than
 * the arithmetic it serves.
 */
class PairTable {
  private keys: Uint32Array;
  values: Float64Array;
  /** Slots in use, in insertion order. */
  readonly used: number[] = [];
  constructor(capacity = 1024) {
    this.keys = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
  }
  /** The slot of `key`, or -1 when absent. */
  find(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return slot;
      if (k === 0) return -1;
    }
  }
  /** Adds `n` to the value of `key` (a new key starts at 0). */
  add(key: number, n: number): void {
    if ((this.used.length + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.values[slot]! += n;
        return;
      }
      if (k === 0) {
        this.keys[slot] = key;
        this.values[slot] = n;
        this.used.push(slot);
        return;
      }
    }
  }
  keyAt(slot: number): number {
    return this.keys[slot]!;
  }
  clear(): void {
    for (const slot of this.used) this.keys[slot] = 0;
    this.used.length = 0;
  }
  private grow(): void {
    const old = this.used.map((slot) => [this.keys[slot]!, this.values[slot]!] as const);
    this.keys = new Uint32Array(this.keys.length * 2);
    this.values = new Float64Array(this.keys.length);
    this.used.length = 0;
    for (const [k, v] of old) this.add(k, v);
  }
}

/** The table an article's terms are counted in: one, reused (the core is single-threaded). */
const counting = new PairTable(4096);

/** A term's key: a character's code unit as it is, a pair's as pairKey gives it (never below 0x10000). */
const termText = (key: number): string => (key < 0x10000 ? String.fromCharCode(key) : pairText(key));
const termKey = (term: string): number => (term.length === 1 ? term.charCodeAt(0) : pairKey(term.charCodeAt(0), term.charCodeAt(1)));

/** Counts the terms of an article into `table` (cleared first): each character and pair weighted by its part, then capped. */
function countTerms(article: Pick<Article, "kind" | "kicker" | "title" | "subtitle" | "paragraphs" | "photos">, table: PairTable): void {
  const units = kinds();
  table.clear();
  const add = (raw: string | null, weight: number) => {
    if (!raw) return;
    let text = raw;
    for (let i = 0; i < raw.length; i++) {
      if (units[raw.charCodeAt(i)]! & 16) {
        text = raw.normalize("NFKC");
        break;
      }
    }
    // The previous text code unit, or -1 after a break (spaces are skipped, not breaks).
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const kind = kindAt(text, i, units);
      if (kind === 1) continue;
      if (kind === 2) {
        prev = -1;
        if (text.codePointAt(i)! > 0xffff) i++;
        continue;
      }
      const c = text.charCodeAt(i);
      table.add(c, weight);
      if (prev >= 0) table.add(pairKey(prev, c), weight);
      prev = c;
    }
  };
  add(article.title, PART_WEIGHTS.title);
  add(article.kicker, PART_WEIGHTS.kicker);
  add(article.subtitle, PART_WEIGHTS.subtitle);
  article.paragraphs.forEach((p, i) => add(p, i === 0 ? PART_WEIGHTS.lead : i === 1 ? PART_WEIGHTS.second : PART_WEIGHTS.later));
  // A photo story's captions are its paragraphs; only a text article's pictures add text.
  if (article.kind !== "photo") for (const p of article.photos) add(p.caption, PART_WEIGHTS.caption);
  for (const slot of table.used) if (table.values[slot]! > MAX_PAIR_COUNT) table.values[slot] = MAX_PAIR_COUNT;
}

/** The same, each count log-scaled and the whole made of length one: what the model reads. */
function readTerms(article: Parameters<typeof countTerms>[0], table: PairTable): void {
  countTerms(article, table);
  let norm = 0;
  for (const slot of table.used) {
    const x = Math.log1p(table.values[slot]!);
    table.values[slot] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const slot of table.used) table.values[slot]! /= norm;
}

/** The terms of an article (characters and pairs), each with its weighted count (capped), as training reads them before scaling. */
export function articleTerms(article: Parameters<typeof countTerms>[0]): Map<string, number> {
  countTerms(article, counting);
  return new Map(counting.used.map((slot) => [termText(counting.keyAt(slot)), counting.values[slot]!]));
}

export interface Prediction {
  /** The most likely section among those allowed. */
  section: string;
  /** Score per allowed section, in nats (SCORE_NATS to a unit of the model's log-odds), up to a shared constant. */
  logProbs: Record<string, number>;
  /** How far the winner is ahead of the runner-up, in nats. */
  margin: number;
  /** The terms that pulled most towards the winner against the runner-up, strongest first. */
  strongest: { pair: string; nats: number }[];
}

export class SectionModel {
  readonly sections: readonly string[];
  private readonly bias: number[];
  /** Per term: the index of its row in `rows` (its weight per section). */
  private readonly rowOf = new PairTable(1024);
  private readonly rows: Float64Array;

  constructor(d: ModelData) {
    if (d.v !== MODEL_VERSION) throw new Error(`section model has version ${d.v}, expected ${MODEL_VERSION}: run npm run train-sections`);
    this.sections = d.sections;
    this.bias = d.bias;
    const lines = d.terms === "" ? [] : d.terms.split("\n");
    const width = d.sections.length;
    this.rows = new Float64Array(lines.length * width);
    lines.forEach((line, r) => {
      const [term, weights] = line.split("\t");
      this.rowOf.add(termKey(term!), r);
      weights!.split(" ").forEach((w, s) => (this.rows[r * width + s] = Number(w)));
    });
  }

  /**
   * The likeliest of `allowed` sections for the article (terms never learned are left out). `prior` adds nats to
   * sections the page the article was printed on speaks for.
   */
  predict(article: Parameters<typeof countTerms>[0], allowed: readonly string[] = this.sections, prior: Readonly<Record<string, number>> = {}, explain = true): Prediction {
    const index = allowed.map((slug) => this.sections.indexOf(slug)).filter((i) => i >= 0);
    const sums = index.map((i) => SCORE_NATS * this.bias[i]! + (prior[this.sections[i]!] ?? 0));
    const width = this.sections.length;
    const known: [number, number, number][] = [];
    readTerms(article, counting);
    for (const slot of counting.used) {
      const at = this.rowOf.find(counting.keyAt(slot));
      if (at < 0) continue;
      const base = this.rowOf.values[at]! * width;
      const x = counting.values[slot]!;
      if (explain) known.push([counting.keyAt(slot), x, base]);
      for (let k = 0; k < index.length; k++) sums[k]! += SCORE_NATS * x * this.rows[base + index[k]!]!;
    }
    const order = index.map((_, k) => k).sort((a, b) => sums[b]! - sums[a]! || a - b);
    const [win, second] = [order[0]!, order[1]];
    const logProbs: Record<string, number> = {};
    index.forEach((i, k) => (logProbs[this.sections[i]!] = sums[k]!));
    const strongest = second === undefined ? [] : known
      .map(([term, x, base]) => ({ pair: termText(term), nats: SCORE_NATS * x * (this.rows[base + index[win]!]! - this.rows[base + index[second]!]!) }))
      .filter((t) => t.nats > 0)
      .sort((a, b) => b.nats - a.nats || (a.pair < b.pair ? -1 : 1))
      .slice(0, 8);
    return { section: this.sections[index[win]!]!, logProbs, margin: second === undefined ? Infinity : sums[win]! - sums[second]!, strongest };
  }
}

/**
 * Weights for a model from annotated articles: a multinomial logistic regression over every term of two or more
 * articles, fitted by L-BFGS from zero for a fixed number of steps, its weights rounded, so the same annotations always
 * give the same file. A text article is never filed under the photo section, in training as in use.
 */
export function trainModel(articles: readonly { article: Parameters<typeof countTerms>[0]; section: string }[], sections: readonly string[]): ModelData {
  const photoOnly = sections.indexOf("agriculture-photos");
  const read = articles.map((a, k) => {
    const section = sections.indexOf(a.section);
    if (section < 0) throw new Error(`article ${k} has section "${a.section}", not one of ${sections.join(", ")}`);
    readTerms(a.article, counting);
    return { section, photo: a.article.kind === "photo", terms: counting.used.map((slot) => [counting.keyAt(slot), counting.values[slot]!] as const) };
  });
  const usedBy = new Map<number, number>();
  for (const a of read) for (const [key] of a.terms) usedBy.set(key, (usedBy.get(key) ?? 0) + 1);
  const learned = [...usedBy].filter(([, n]) => n >= MIN_ARTICLES).map(([key]) => termText(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const column = new Map(learned.map((term, i) => [termKey(term), i]));
  const rows = read.map((a) => {
    const cols: number[] = [];
    const values: number[] = [];
    for (const [key, x] of a.terms) {
      const c = column.get(key);
      if (c !== undefined) (cols.push(c), values.push(x));
    }
    return { cols, values, section: a.section, allowed: (s: number) => a.photo || s !== photoOnly };
  });
  const K = sections.length;
  const D = learned.length;
  const w = minimise(D * K + K, (w, g) => {
    g.fill(0);
    let loss = 0;
    const z = new Float64Array(K);
    for (const r of rows) {
      for (let k = 0; k < K; k++) z[k] = w[D * K + k]!;
      for (let j = 0; j < r.cols.length; j++) {
        const base = r.cols[j]! * K;
        for (let k = 0; k < K; k++) z[k]! += w[base + k]! * r.values[j]!;
      }
      let top = -Infinity;
      for (let k = 0; k < K; k++) if (r.allowed(k)) top = Math.max(top, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = r.allowed(k) ? Math.exp(z[k]! - top) : 0;
      loss -= Math.log(z[r.section]! / sum);
      for (let k = 0; k < K; k++) {
        const d = z[k]! / sum - (k === r.section ? 1 : 0);
        if (d === 0) continue;
        g[D * K + k]! += d;
        for (let j = 0; j < r.cols.length; j++) g[r.cols[j]! * K + k]! += d * r.values[j]!;
      }
    }
    for (let i = 0; i < D * K; i++) {
      loss += (w[i]! * w[i]!) / (2 * REGULARISATION);
      g[i]! += w[i]! / REGULARISATION;
    }
    return loss;
  }, TRAINING_STEPS);
  const round = (n: number) => Math.round(n * 1e4) / 1e4 || 0;
  const terms = learned
    .map((term, i) => [term, Array.from({ length: K }, (_, k) => round(w[i * K + k]!))] as const)
    .filter(([, weights]) => weights.some((x) => x !== 0))
    .map(([term, weights]) => `${term}\t${weights.join(" ")}`)
    .join("\n");
  return { v: MODEL_VERSION, sections: [...sections], bias: Array.from({ length: K }, (_, k) => round(w[D * K + k]!)), terms };
}

/**
 * L-BFGS from zero (the last eight steps remembered, each step's length halved until the loss falls enough), for at most
 * `steps` steps or until the loss stops falling: the minimum of a smooth convex `loss`, which also fills its gradient.
 */
function minimise(n: number, loss: (w: Float64Array, gradient: Float64Array) => number, steps: number): Float64Array {
  const memory = 8;
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
    return s;
  };
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let w = new Float64Array(n);
  let g = new Float64Array(n);
  let f = loss(w, g);
  for (let step = 0; step < steps; step++) {
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let i = S.length - 1; i >= 0; i--) {
      alpha[i] = rho[i]! * dot(S[i]!, q);
      for (let j = 0; j < n; j++) q[j]! -= alpha[i]! * Y[i]![j]!;
    }
    const scale = S.length > 0 ? dot(S.at(-1)!, Y.at(-1)!) / dot(Y.at(-1)!, Y.at(-1)!) : 1 / Math.sqrt(dot(g, g) || 1);
    for (let j = 0; j < n; j++) q[j]! *= scale;
    for (let i = 0; i < S.length; i++) {
      const beta = rho[i]! * dot(Y[i]!, q);
      for (let j = 0; j < n; j++) q[j]! += S[i]![j]! * (alpha[i]! - beta);
    }
    const slope = dot(g, q);
    const next = new Float64Array(n);
    const nextG = new Float64Array(n);
    let length = 1;
    let nextF = f;
    for (let tries = 0; tries < 20; tries++) {
      for (let j = 0; j < n; j++) next[j] = w[j]! - length * q[j]!;
      nextF = loss(next, nextG);
      if (nextF <= f - 1e-4 * length * slope) break;
      length /= 2;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = next[j]! - w[j]!;
      y[j] = nextG[j]! - g[j]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-10) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > memory) (S.shift(), Y.shift(), rho.shift());
    }
    const settled = Math.abs(f - nextF) < 1e-6 * Math.max(1, Math.abs(f));
    [w, g, f] = [next, nextG, nextF];
    if (settled) break;
  }
  return w;
}

let shipped: SectionModel | null = null;

/** The model trained from the fixtures (model.json), built once. */
export function sectionModel(): SectionModel {
  shipped ??= new SectionModel(data as unknown as ModelData);
  return shipped;
}
