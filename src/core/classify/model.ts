/**
 * The learned half of the section classifier: a naive Bayes model over character pairs,
 * trained on every annotated article (`npm run train-sections` writes model.json from the
 * fixtures' gold; nothing in it is written by hand).
 *
 * Why: the lexicon (lexicon.ts) is exact where its words are decisive, but on pages of papers
 * it was never tuned on its weak calls were wrong one time in four or five, while a model of
 * the words annotated articles actually use in each section, trained on other papers than the
 * ones it is asked about, generalised better (README: Sections, for the measurement). Pairs of
 * characters need no word segmentation and carry most of Chinese news vocabulary.
 *
 * Each part of an article counts as often as the lexicon weighs it (the title three times, a
 * later paragraph half), and one pair counts at most MAX_PAIR_COUNT times, so a long article
 * does not drown its headline. Pure: the counts are data, the arithmetic is here.
 */
import type { Article } from "../model.ts";
import data from "./model.json" with { type: "json" };

/** What a training run stores: per section its number of articles, and per pair its counts. */
export interface ModelData {
  v: number;
  /** Section slugs, in the order the counts are given. */
  sections: string[];
  /** Articles per section. */
  docs: number[];
  /** Smoothing added to every count. */
  alpha: number;
  /** One line per pair: the two characters, a tab, the per-section counts separated by spaces. */
  pairs: string;
}

export const MODEL_VERSION = 1;
/** One pair's weight in an article is capped: repetition says less than presence. */
export const MAX_PAIR_COUNT = 6;
/** How much each part of an article counts (as the lexicon's zones weigh them). */
export const PART_WEIGHTS = { title: 3, kicker: 2, subtitle: 2, lead: 1.5, second: 1, later: 0.5, caption: 0.5 } as const;

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
 * A table from pair keys to numbers, open addressing: an article's pairs are counted, and the
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

/** The table an article's pairs are counted in: one, reused (the core is single-threaded). */
const counting = new PairTable(4096);

/** Counts the pairs of an article into `table` (cleared first), each weighted by its part, then capped. */
function countPairs(article: Pick<Article, "kind" | "kicker" | "title" | "subtitle" | "paragraphs" | "photos">, table: PairTable): void {
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

/** The pairs of an article (as pairKey numbers), each with its weighted count (capped). */
export function articlePairKeys(article: Pick<Article, "kind" | "kicker" | "title" | "subtitle" | "paragraphs" | "photos">): Map<number, number> {
  countPairs(article, counting);
  return new Map(counting.used.map((slot) => [counting.keyAt(slot), counting.values[slot]!]));
}

/** The same, the pairs as text: what training counts and model.json stores. */
export function articlePairs(article: Parameters<typeof articlePairKeys>[0]): Map<string, number> {
  return new Map([...articlePairKeys(article)].map(([key, n]) => [pairText(key), n]));
}

export interface Prediction {
  /** The most likely section among those allowed. */
  section: string;
  /** Log-probability per allowed section (natural log, up to a shared constant). */
  logProbs: Record<string, number>;
  /** How far the winner is ahead of the runner-up, in nats. */
  margin: number;
  /** The pairs that pulled most towards the winner against the runner-up, strongest first. */
  strongest: { pair: string; nats: number }[];
}

export class SectionModel {
  readonly sections: readonly string[];
  private readonly logPrior: number[];
  /** Per pair: the index of its row in `rows` (its log-probability per section). */
  private readonly rowOf = new PairTable(1024);
  private readonly rows: Float64Array;
  private readonly unseen: number[];

  constructor(d: ModelData) {
    if (d.v !== MODEL_VERSION) throw new Error(`section model has version ${d.v}, expected ${MODEL_VERSION}: run npm run train-sections`);
    this.sections = d.sections;
    const totalDocs = d.docs.reduce((a, b) => a + b, 0);
    this.logPrior = d.docs.map((n) => Math.log(n / totalDocs));
    const rows = d.pairs === "" ? [] : d.pairs.split("\n").map((line) => {
      const [pair, counts] = line.split("\t");
      return [pair!, counts!.split(" ").map(Number)] as const;
    });
    const totals = d.sections.map((_, s) => rows.reduce((sum, [, c]) => sum + c[s]!, 0));
    const vocabulary = rows.length;
    const denominators = totals.map((t) => Math.log(t + d.alpha * vocabulary));
    const width = d.sections.length;
    this.rows = new Float64Array(rows.length * width);
    rows.forEach(([pair, counts], r) => {
      this.rowOf.add(pairKey(pair.charCodeAt(0), pair.charCodeAt(1)), r);
      counts.forEach((c, s) => (this.rows[r * width + s] = Math.log(c + d.alpha) - denominators[s]!));
    });
    this.unseen = denominators.map((den) => Math.log(d.alpha) - den);
  }

  /**
   * The most likely of `allowed` sections for the article (pairs never seen in training are
   * left out). `prior` adds nats to sections the page the article was printed on speaks for.
   */
  predict(article: Parameters<typeof articlePairKeys>[0], allowed: readonly string[] = this.sections, prior: Readonly<Record<string, number>> = {}, explain = true): Prediction {
    const index = allowed.map((slug) => this.sections.indexOf(slug)).filter((i) => i >= 0);
    const sums = index.map((i) => this.logPrior[i]! + (prior[this.sections[i]!] ?? 0));
    const width = this.sections.length;
    const known: [number, number, number][] = [];
    countPairs(article, counting);
    for (const slot of counting.used) {
      const at = this.rowOf.find(counting.keyAt(slot));
      if (at < 0) continue;
      const base = this.rowOf.values[at]! * width;
      const n = counting.values[slot]!;
      if (explain) known.push([counting.keyAt(slot), n, base]);
      for (let k = 0; k < index.length; k++) sums[k]! += n * this.rows[base + index[k]!]!;
    }
    const order = index.map((_, k) => k).sort((a, b) => sums[b]! - sums[a]! || a - b);
    const [win, second] = [order[0]!, order[1]];
    const logProbs: Record<string, number> = {};
    index.forEach((i, k) => (logProbs[this.sections[i]!] = sums[k]!));
    const strongest = second === undefined ? [] : known
      .map(([pair, n, base]) => ({ pair: pairText(pair), nats: n * (this.rows[base + index[win]!]! - this.rows[base + index[second]!]!) }))
      .filter((x) => x.nats > 0)
      .sort((a, b) => b.nats - a.nats || (a.pair < b.pair ? -1 : 1))
      .slice(0, 8);
    return { section: this.sections[index[win]!]!, logProbs, margin: second === undefined ? Infinity : sums[win]! - sums[second]!, strongest };
  }
}

/**
 * Counts for a model from annotated articles: every pair of two or more articles (a pair seen
 * once is a name or a typo, not vocabulary), in a fixed order, so the same annotations always
 * give the same file.
 */
export function trainModel(articles: readonly { article: Parameters<typeof articlePairs>[0]; section: string }[], sections: readonly string[], alpha = 0.3): ModelData {
  const perArticle = articles.map((a) => ({ section: sections.indexOf(a.section), pairs: articlePairs(a.article) }));
  for (const [k, a] of perArticle.entries()) if (a.section < 0) throw new Error(`article ${k} has section "${articles[k]!.section}", not one of ${sections.join(", ")}`);
  const seenIn = new Map<string, number>();
  for (const a of perArticle) for (const pair of a.pairs.keys()) seenIn.set(pair, (seenIn.get(pair) ?? 0) + 1);
  const counts = new Map<string, number[]>();
  for (const a of perArticle) {
    for (const [pair, n] of a.pairs) {
      if ((seenIn.get(pair) ?? 0) < 2) continue;
      const row = counts.get(pair) ?? sections.map(() => 0);
      row[a.section]! += n;
      counts.set(pair, row);
    }
  }
  const round = (n: number) => Math.round(n * 2) / 2;
  const pairs = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([pair, row]) => `${pair}\t${row.map(round).join(" ")}`).join("\n");
  return { v: MODEL_VERSION, sections: [...sections], docs: sections.map((_, s) => perArticle.filter((a) => a.section === s).length), alpha, pairs };
}

let shipped: SectionModel | null = null;

/** The model trained from the fixtures (model.json), built once. */
export function sectionModel(): SectionModel {
  shipped ??= new SectionModel(data as ModelData);
  return shipped;
}
