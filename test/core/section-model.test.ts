/**
 * The learned half of the section classifier: its features, its training, its predictions, how
 * the classifier weighs it against the lexicon, and that it generalises to sets it never saw.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyArticle, DECISIVE_EVIDENCE, PAGE_NAME_NATS } from "../../src/core/classify/index.ts";
import { articleTerms, MAX_PAIR_COUNT, SectionModel, trainModel } from "../../src/core/classify/model.ts";
import type { Article } from "../../src/core/model.ts";
import { trainFromFixtures, trainingArticles } from "../support/training.ts";
import { weakOutsideEconomy } from "../support/weak-article.ts";

const SECTIONS = ["politics", "economy", "agriculture-photos", "other"];

function article(parts: Partial<Article>): Article {
  return { kind: "article", kicker: null, title: null, subtitle: null, byline: null, dateline: null, authors: [], paragraphs: [], photos: [], lines: { start: 1, end: 1 }, ...parts };
}

/** A model that has seen a few articles: 工厂/产值 in economy, 社区/居民 in other, 人大/代表 in politics. */
function toyModel(): SectionModel {
  const text = (title: string, body: string) => article({ title, paragraphs: [body] });
  const examples = [
    { article: text("工厂产值增长", "工厂产值今年增长，订单饱满。"), section: "economy" },
    { article: text("工厂扩产", "新工厂投产，产值翻番。"), section: "economy" },
    { article: text("社区居民", "社区居民参加义诊。"), section: "other" },
    { article: text("居民社区活动", "社区组织居民看戏。"), section: "other" },
    { article: text("人大代表视察", "人大代表履职尽责。"), section: "politics" },
    { article: text("人大代表建议", "代表们审议议案。"), section: "politics" },
  ];
  return new SectionModel(trainModel(examples, SECTIONS));
}

describe("the terms an article is read as", () => {
  it("counts each character and pair as the lexicon weighs its part, skips what is not text, and caps repetition", () => {
    const terms = articleTerms(article({ title: "工厂", kicker: "工厂", paragraphs: ["工厂，2024年。", "工厂", "工厂"] }));
    // title 3 + kicker 2 + lead 1.5 + second 1 + later 0.5 = 8, capped; 年 once, in the lead.
    expect(terms.get("工厂")).toBe(MAX_PAIR_COUNT);
    expect(terms.get("工")).toBe(MAX_PAIR_COUNT);
    expect([...terms.keys()].sort()).toEqual(["厂", "工", "工厂", "年"]);
    // Full-width letters and digits fold, and end a run: no pair spans them.
    expect([...articleTerms(article({ title: "Ａ股 ２０２４ 上涨" }))]).toEqual([["股", 3], ["上", 3], ["涨", 3], ["上涨", 3]]);
  });

  it("reads a text article's captions, but not a photo story's twice", () => {
    const photo = { caption: "稻田收割", credit: "", photographers: [] };
    expect(articleTerms(article({ photos: [photo] })).get("稻田")).toBe(0.5);
    expect(articleTerms(article({ kind: "photo", photos: [photo], paragraphs: ["稻田收割"] })).get("稻田")).toBe(1.5);
  });
});

describe("training", () => {
  it("learns only terms of two or more articles, weighs them for their articles' section, in a fixed order, and names an article with an unknown section", () => {
    const data = trainModel([{ article: article({ title: "工厂投产" }), section: "economy" }, { article: article({ title: "工厂开工" }), section: "economy" }, { article: article({ title: "社区义诊" }), section: "other" }, { article: article({ title: "社区看戏" }), section: "other" }], SECTIONS);
    const rows = data.terms.split("\n").map((line) => line.split("\t"));
    expect(rows.map(([term]) => term)).toEqual(["区", "厂", "工", "工厂", "社", "社区"]);
    const weights = Object.fromEntries(rows.map(([term, w]) => [term, w!.split(" ").map(Number)]));
    expect(weights["工厂"]![1]).toBeGreaterThan(weights["工厂"]![3]!);
    expect(weights["社区"]![3]).toBeGreaterThan(weights["社区"]![1]!);
    expect(trainModel([{ article: article({ title: "工厂投产" }), section: "economy" }, { article: article({ title: "工厂开工" }), section: "economy" }], SECTIONS)).toEqual(trainModel([{ article: article({ title: "工厂投产" }), section: "economy" }, { article: article({ title: "工厂开工" }), section: "economy" }], SECTIONS));
    expect(() => trainModel([{ article: article({ title: "x" }), section: "sport" }], SECTIONS)).toThrow(/article 0 has section "sport"/);
  });

  it("model.json is what the annotated sets give (run npm run train-sections after changing a gold file)", () => {
    const shipped = readFileSync(new URL("../../src/core/classify/model.json", import.meta.url), "utf8");
    expect(JSON.parse(shipped)).toEqual(trainFromFixtures());
  });
});

describe("predictions", () => {
  it("goes by the terms the sections' articles use, says by how much and which terms did it", () => {
    const model = toyModel();
    const p = model.predict(article({ title: "工厂订单", paragraphs: ["产值增长。"] }));
    expect(p.section).toBe("economy");
    expect(p.margin).toBeGreaterThan(0);
    expect(p.strongest.map((x) => x.pair)).toContain("工厂");
    expect(model.predict(article({ title: "社区居民" })).section).toBe("other");
  });

  it("chooses only among the sections it is allowed, and a prior in nats can tip it", () => {
    const model = toyModel();
    const factory = article({ title: "工厂" });
    expect(model.predict(factory, ["politics", "other"]).section).not.toBe("economy");
    const p = model.predict(factory);
    expect(model.predict(factory, undefined, { other: p.logProbs[p.section]! - p.logProbs.other! + 1 }).section).toBe("other");
  });
});

describe("the classifier weighs the lexicon and the model", () => {
  it(`lexicon evidence of ${DECISIVE_EVIDENCE} points or more decides, whatever the model says`, () => {
    const session = article({ title: "市人大常委会举行会议", paragraphs: ["市人大常委会审议议案，表决通过决议。"] });
    expect(classifyArticle(session, {}, null).scores.politics).toBeGreaterThanOrEqual(DECISIVE_EVIDENCE);
    // A model that has only ever seen other articles says other; the lexicon's decisive evidence wins.
    const onlyOther = new SectionModel(trainModel([{ article: session, section: "other" }, { article: session, section: "other" }], SECTIONS));
    const c = classifyArticle(session, {}, onlyOther);
    expect(c.section).toBe("politics");
    expect(c.reasons[0]).toMatch(/^lexicon decisive: politics/);
  });

  it("below that the model decides, and says why; the lexicon's reasons follow", () => {
    const factory = article({ title: "工厂订单饱满", paragraphs: ["工厂产值增长。"] });
    const lexical = classifyArticle(factory, {}, null);
    expect(lexical.scores[lexical.section] ?? 0).toBeLessThan(DECISIVE_EVIDENCE);
    const c = classifyArticle(factory, {}, toyModel());
    expect(c.section).toBe("economy");
    expect(c.reasons[0]).toMatch(/^learned model: economy, [\d.]+ nats ahead of/);
    expect(c.reasons.some((r) => r.startsWith("lexicon: "))).toBe(true);
  });

  it("never files a text article under the photo section, and a photo story may be", () => {
    const harvest = { article: article({ kind: "photo", paragraphs: ["稻田收割忙"], photos: [{ caption: "稻田收割忙", credit: "", photographers: [] }] }), section: "agriculture-photos" };
    const model = new SectionModel(trainModel([harvest, harvest], SECTIONS));
    expect(classifyArticle(article({ title: "稻田收割忙" }), {}, model).section).not.toBe("agriculture-photos");
    expect(classifyArticle(harvest.article, {}, model).section).toBe("agriculture-photos");
  });

  it(`a page's printed name adds ${PAGE_NAME_NATS} nats a point to its section: it tips weak words, and says so`, () => {
    // (Weak words lean a few nats away from economy; an article plainly about something else, many more than 30, stays.)
    const plain = weakOutsideEconomy();
    expect(plain, "a plain article the model files outside economy by under 20 nats").toBeDefined();
    expect(classifyArticle(plain!).section).not.toBe("economy");
    const onEconomyPage = classifyArticle(plain!, { pageName: "经济" });
    expect(onEconomyPage.section).toBe("economy");
    expect(onEconomyPage.reasons).toContain("page name 「经济」 → economy +30 nats");
    const plainlyOther = article({ title: "看变化", paragraphs: ["记者看到，这里变化很大。"] });
    expect(classifyArticle(plainlyOther, { pageName: "经济" }).section).toBe("other");
  });
});

describe("generalisation", () => {
  it("trained without the newest four real sets (21 pages of 20 papers), it files at least 85 % of their articles right", () => {
    const held = ["real-n", "real-o", "real-p", "real-q"];
    const all = trainingArticles();
    const model = new SectionModel(trainFromFixtures(all.filter((a) => !held.includes(a.set))));
    const test = all.filter((a) => held.includes(a.set));
    const right = test.filter((a) => model.predict(a.article, a.article.kind === "photo" ? undefined : SECTIONS.filter((s) => s !== "agriculture-photos")).section === a.section).length;
    expect(test.length).toBe(66);
    expect(right / test.length).toBeGreaterThanOrEqual(0.85);
  });
});
