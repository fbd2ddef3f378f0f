/**
 * An article of a few plain words that the shipped model files outside economy, and by fewer nats than a page named 经济
 * adds: what a page's printed name should tip. Chosen from a list at run time, as the model is retrained with every set.
 */
import { sectionModel } from "../../src/core/classify/model.ts";
import type { Article } from "../../src/core/model.ts";

const PLAIN: ReadonlyArray<readonly [string, string]> = [
  ["走进一线", "日前，记者走进一线，看到一派忙碌景象。"],
  ["老街换新颜", "日前，记者来到这里，看到一派新气象。"],
  ["新的一天", "日前，记者来到这里。"],
  ["见闻", "记者来到这里，看到了新变化。"],
  ["新变化", "今年以来，这里发生了新变化。"],
  ["走访", "近日，记者走访了这里。"],
  ["一线见闻", "记者在一线看到，大家都很忙碌。"],
  ["现场直击", "记者在现场看到，人们正在忙碌。"],
  ["春天", "春天来了，到处一片生机。"],
  ["新面貌", "如今，这里有了新面貌。"],
  ["一天", "这一天，大家都很忙。"],
  ["忙碌", "大家都在忙碌着。"],
];

/** How far short of the page name's 30 nats the model's lean away from economy must stay. */
const WEAK_NATS = 20;

export function plainArticle(title: string, paragraph: string): Article {
  return { kind: "article", kicker: null, title, subtitle: null, byline: null, dateline: null, authors: [], paragraphs: [paragraph], photos: [], lines: { start: 1, end: 3 } };
}

export function weakOutsideEconomy(): Article | undefined {
  const model = sectionModel();
  const allowed = model.sections.filter((s) => s !== "agriculture-photos");
  return PLAIN.map(([title, paragraph]) => plainArticle(title, paragraph)).find((a) => {
    const p = model.predict(a, allowed, {}, false);
    return p.section !== "economy" && p.logProbs[p.section]! - p.logProbs.economy! < WEAK_NATS;
  });
}
