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

/** Spaces are layout (政法 工作 is 政法工作); letters, digits, punctuation and symbols end a run of text, and no pair spans them. */
const SPACE = /\s+/gu;
const NOT_TEXT = /[\p{P}\p{S}\p{N}a-zA-Z]+/u;

/** The pairs of an article, each with its weighted count (capped). */
export function articlePairs(article: Pick<Article, "kind" | "kicker" | "title" | "subtitle" | "paragraphs" | "photos">): Map<string, number> {
  const pairs = new Map<string, number>();
  const add = (text: string | null, weight: number) => {
    if (!text) return;
    for (const run of text.normalize("NFKC").replace(SPACE, "").split(NOT_TEXT)) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        pairs.set(pair, (pairs.get(pair) ?? 0) + weight);
      }
    }
  };
  add(article.title, PART_WEIGHTS.title);
  add(article.kicker, PART_WEIGHTS.kicker);
  add(article.subtitle, PART_WEIGHTS.subtitle);
  article.paragraphs.forEach((p, i) => add(p, i === 0 ? PART_WEIGHTS.lead : i === 1 ? PART_WEIGHTS.second : PART_WEIGHTS.later));
  // A photo story's captions are its paragraphs; only a text article's pictures add text.
  if (article.kind !== "photo") for (const p of article.photos) add(p.caption, PART_WEIGHTS.caption);
  for (const [pair, n] of pairs) if (n > MAX_PAIR_COUNT) pairs.set(pair, MAX_PAIR_COUNT);
  return pairs;
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
  private readonly logProb = new Map<string, number[]>();
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
    for (const [pair, counts] of rows) this.logProb.set(pair, counts.map((c, s) => Math.log(c + d.alpha) - denominators[s]!));
    this.unseen = denominators.map((den) => Math.log(d.alpha) - den);
  }

  /**
   * The most likely of `allowed` sections for the article (pairs never seen in training are
   * left out). `prior` adds nats to sections the page the article was printed on speaks for.
   */
  predict(article: Parameters<typeof articlePairs>[0], allowed: readonly string[] = this.sections, prior: Readonly<Record<string, number>> = {}): Prediction {
    const index = allowed.map((slug) => this.sections.indexOf(slug)).filter((i) => i >= 0);
    const sums = index.map((i) => this.logPrior[i]! + (prior[this.sections[i]!] ?? 0));
    const pairs = articlePairs(article);
    const known: [string, number, number[]][] = [];
    for (const [pair, n] of pairs) {
      const lp = this.logProb.get(pair);
      if (!lp) continue;
      known.push([pair, n, lp]);
      index.forEach((i, k) => (sums[k]! += n * lp[i]!));
    }
    const order = index.map((_, k) => k).sort((a, b) => sums[b]! - sums[a]! || a - b);
    const [win, second] = [order[0]!, order[1]];
    const logProbs: Record<string, number> = {};
    index.forEach((i, k) => (logProbs[this.sections[i]!] = sums[k]!));
    const strongest = second === undefined ? [] : known
      .map(([pair, n, lp]) => ({ pair, nats: n * (lp[index[win]!]! - lp[index[second]!]!) }))
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
