/**
 * The parser's two weighed decisions, as data: every time the real corpus makes it, the named features
 * that fired, the hand weights' verdict and what the gold says. With them, a logistic fit of the same
 * features, trained leaving one set out at a time, is measured against the hand weights (`npm run
 * --silent weigh-evidence`): learned weights replace hand weights only if they win on sets they never saw.
 */
import { join } from "node:path";
import { weighTwoLines } from "../../src/core/parse/headline.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { FIXTURES } from "./gold.ts";
import { evenlySpaced, readSet } from "./sets.ts";

export type DecisionKind = "crosshead-or-story" | "kicker-or-subtitle";

export interface WeighedDecision {
  kind: DecisionKind;
  set: string;
  /** `feature:weight` for each feature that fired (one feature may fire at two strengths). */
  features: string[];
  /** The hand weights' sum: above 0 means crosshead (or kicker). */
  hand: number;
  /** What the gold says: a crosshead (or a kicker over its title). */
  positive: boolean;
}

const bare = (s: string) => s.replace(/\s+/gu, "");

/**
 * Every line the crosshead evidence weighed, as printed and evenly spaced, that the gold names as a
 * paragraph (a crosshead kept in its article) or a headline line (the next story's); lines it names as
 * neither are left out.
 */
export function crossheadDecisions(sets: readonly string[], root = FIXTURES): WeighedDecision[] {
  const out: WeighedDecision[] = [];
  for (const set of sets) {
    for (const c of readSet(join(root, set))) {
      const heads = new Set<string>();
      const paragraphs = new Set<string>();
      for (const a of c.gold.articles) {
        for (const h of [a.kicker, a.title, a.subtitle]) if (h) heads.add(bare(h));
        for (const p of a.paragraphs) paragraphs.add(bare(p));
      }
      for (const text of [c.page, evenlySpaced(c.page)]) {
        const lines = text.split("\n");
        for (const d of parsePage(text, { explain: true }).decisions ?? []) {
          const evidence = (d.evidence ?? []).filter((e) => /^(?:crosshead|story)\./u.test(e.feature));
          if (evidence.length === 0) continue;
          const line = bare(lines[d.line - 1] ?? "");
          const positive = paragraphs.has(line) ? true : heads.has(line) ? false : null;
          if (positive === null) continue;
          out.push({ kind: "crosshead-or-story", set, features: evidence.map((e) => `${e.feature}:${e.weight}`), hand: evidence.reduce((s, e) => s + e.weight, 0), positive });
        }
      }
    }
  }
  return out;
}

/** Every two-line headline the gold prints with no dash, colon or dash-closed kicker: kicker + title, or title + subtitle. */
export function headlineDecisions(sets: readonly string[], root = FIXTURES): WeighedDecision[] {
  const out: WeighedDecision[] = [];
  for (const set of sets) {
    for (const c of readSet(join(root, set))) {
      for (const a of c.gold.articles) {
        const pair = a.kicker && !a.subtitle && !/[：:—]$/u.test(a.kicker) ? { first: a.kicker, second: a.title, positive: true } : a.subtitle && !a.kicker && !/^—/u.test(a.subtitle) ? { first: a.title, second: a.subtitle, positive: false } : null;
        if (!pair || !pair.first || !pair.second) continue;
        const evidence = weighTwoLines(pair.first, pair.second);
        out.push({ kind: "kicker-or-subtitle", set, features: evidence.map((e) => `${e.feature}:${e.weight}`), hand: evidence.reduce((s, e) => s + e.weight, 0), positive: pair.positive });
      }
    }
  }
  return out;
}

export interface LogisticModel {
  bias: number;
  weights: Map<string, number>;
}

/** A logistic regression over the features (each present or not), L2-regularised, by gradient descent. */
export function fitLogistic(rows: readonly WeighedDecision[], options: { l2?: number; iterations?: number; rate?: number } = {}): LogisticModel {
  const { l2 = 0.5, iterations = 400, rate = 0.3 } = options;
  const weights = new Map<string, number>();
  for (const r of rows) for (const f of r.features) weights.set(f, 0);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Map<string, number>([...weights.keys()].map((k) => [k, 0]));
    let gradientBias = 0;
    for (const r of rows) {
      const z = bias + r.features.reduce((s, f) => s + weights.get(f)!, 0);
      const error = 1 / (1 + Math.exp(-z)) - (r.positive ? 1 : 0);
      for (const f of r.features) gradient.set(f, gradient.get(f)! + error);
      gradientBias += error;
    }
    for (const [k, w] of weights) weights.set(k, w - rate * (gradient.get(k)! / n + (l2 * w) / n));
    bias -= (rate * gradientBias) / n;
  }
  return { bias, weights };
}

/** Does the model call the decision positive (a crosshead, a kicker)? Features it never saw weigh nothing. */
export function predicts(model: LogisticModel, row: WeighedDecision): boolean {
  return model.bias + row.features.reduce((s, f) => s + (model.weights.get(f) ?? 0), 0) > 0;
}

/** How many decisions the hand weights get right, and a fit trained on every other set gets right, set by set. */
export function leaveOneSetOut(rows: readonly WeighedDecision[]): { decisions: number; hand: number; learned: number } {
  let [hand, learned] = [0, 0];
  for (const set of new Set(rows.map((r) => r.set))) {
    const model = fitLogistic(rows.filter((r) => r.set !== set));
    for (const r of rows.filter((x) => x.set === set)) {
      if (r.hand > 0 === r.positive) hand++;
      if (predicts(model, r) === r.positive) learned++;
    }
  }
  return { decisions: rows.length, hand, learned };
}
