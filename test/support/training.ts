/**
 * The annotated articles the section model learns from: every annotated set's gold (the seed's,
 * the style sets', the real corpus), by set, so that an evaluation can leave one set out.
 */
import { join } from "node:path";
import { SECTIONS } from "../../src/core/sections.ts";
import { trainModel, type ModelData } from "../../src/core/classify/model.ts";
import type { GoldArticle } from "./gold.ts";
import { FIXTURES } from "./gold.ts";
import { ANNOTATED_SETS, readSet } from "./sets.ts";

/** The seed's own gold lies apart from its page (seed/ and gold/), so it is not read as a set. */
export const TRAINING_SETS: readonly string[] = ANNOTATED_SETS.filter((s) => s !== "gold");

export interface TrainingArticle {
  set: string;
  page: string;
  article: GoldArticle;
  section: string;
  /** The page's printed name, where the annotation records it (the lexicon reads it). */
  pageName: string | null;
}

export function trainingArticles(sets: readonly string[] = TRAINING_SETS, root = FIXTURES): TrainingArticle[] {
  return sets.flatMap((set) =>
    readSet(join(root, set)).flatMap((c) => c.gold.articles.map((article) => ({ set, page: c.name, article, section: article.section, pageName: c.gold.edition.name ?? null }))),
  );
}

/** The model the annotated sets give (what model.json must hold). */
export function trainFromFixtures(articles: readonly TrainingArticle[] = trainingArticles()): ModelData {
  return trainModel(articles.map((a) => ({ article: a.article, section: a.section })), SECTIONS.map((s) => s.slug));
}
