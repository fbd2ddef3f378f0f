import { leaderNews } from "../../src/core/classify/cues.ts";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Article, ArticleKind } from "../../src/core/model.ts";
import { classifyArticle, classifyPage, MIN_EVIDENCE, MIN_EVIDENCE_PHOTO_TOPIC, type Classification, type PageContext } from "../../src/core/classify/index.ts";
import { TOPICS } from "../../src/core/classify/lexicon.ts";
import { FALLBACK_SECTION, SECTIONS } from "../../src/core/sections.ts";

// ── fixtures ──────────────────────────────────────────────────────────────────────────

type GoldArticle = Article & { section: string };

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

function goldArticles(path: string): GoldArticle[] {
  const gold = JSON.parse(readFileSync(path, "utf8")) as { articles: GoldArticle[] };
  return gold.articles;
}

const seed = goldArticles(`${fixtures}gold/000_f633fcfef24d2dbd.json`);
const devFiles = readdirSync(`${fixtures}devset`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const dev = devFiles.flatMap((f) => goldArticles(`${fixtures}devset/${f}/gold.json`).map((a, i) => ({ file: f, index: i, article: a })));

/** A hand-written article: only what a case needs, the rest empty. */
function article(parts: Partial<Article>): Article {
  return {
    kind: "article",
    kicker: null,
    title: null,
    subtitle: null,
    byline: null,
    dateline: null,
    authors: [],
    paragraphs: [],
    photos: [],
    lines: { start: 1, end: 1 },
    ...parts,
  };
}

function photoStory(title: string, captions: string[]): Article {
  return article({
    kind: "photo",
    title,
    paragraphs: captions,
    photos: [{ caption: captions.join("\n"), credit: "记者 某某 摄", photographers: [{ role: "记者", name: "某某" }] }],
  });
}

/** The reasons must include one starting with each of `prefixes`. */
function expectReasons(c: Classification, ...prefixes: string[]): void {
  for (const prefix of prefixes) {
    expect(c.reasons.some((r) => r.startsWith(prefix)), `no reason starting "${prefix}" in:\n${c.reasons.join("\n")}`).toBe(true);
  }
}

function byTitle(title: string): GoldArticle {
  const found = seed.find((a) => a.title === title);
  if (!found) throw new Error(`seed has no article titled ${title}`);
  return found;
}

/** The lexicon's own decision, without the learned model: what its rules are tested on. */
const lexicon = (a: Article, context: PageContext = {}) => classifyArticle(a, context, null);

describe("words inside a street's name", () => {
  it("name a place, not the topic: 新铁路街 is no railway news, 铁路运输 is", () => {
    const street = classifyArticle(article({ title: "新铁路街桥下冰溜子悬挂", paragraphs: ["市民反映，新铁路街地道桥上有成排的冰溜子悬挂，行人担心被砸。"] }));
    expect(street.reasons.some((r) => r.includes("铁路"))).toBe(false);
    const railway = classifyArticle(article({ title: "铁路运输旺季到来", paragraphs: ["铁路部门增开列车，铁路货运量持续增长。"] }));
    expect(railway.reasons.some((r) => r.includes("铁路"))).toBe(true);
  });
});

describe("a paper's name in title marks", () => {
  it("says who printed it, not what the story is about: 《某某农民报》 is no farming news", () => {
    const memoir = lexicon(article({ title: "《甘肃农民报》的根在读者中", paragraphs: ["我与《甘肃农民报》结缘已有三十年，报纸是读者的朋友。"] }));
    expect(memoir.reasons.some((r) => r.includes("农民"))).toBe(false);
    const farming = lexicon(article({ title: "农民增收有了新门路", paragraphs: ["今年全县农民人均收入增长8%。"] }));
    expect(farming.reasons.some((r) => r.includes("农民"))).toBe(true);
    // a report or bulletin in title marks is about its topic
    const bulletin = lexicon(article({ title: "《扫黑除恶专项斗争简报》印发", paragraphs: ["近日，《扫黑除恶专项斗争简报》印发全市。"] }));
    expect(bulletin.reasons.some((r) => r.includes("扫黑除恶"))).toBe(true);
  });
});

describe("两岸, both banks", () => {
  it("of a river or a bridge weighs little for politics; across the strait (海峡两岸, 两岸关系, 两岸同胞) it is diplomacy", () => {
    const weight = (a: Article) => Number(/\+([\d.]+)$/u.exec(lexicon(a).reasons.find((r) => r.includes("两岸")) ?? "")?.[1] ?? 0);
    const bridge = article({ title: "跨江大桥正式通车", paragraphs: ["11月6日，跨江大桥正式通车，两岸通行时间由一小时缩短至十分钟。"] });
    expect(weight(bridge)).toBeGreaterThan(0);
    expect(lexicon(bridge).section).not.toBe("politics");
    for (const term of ["海峡两岸", "两岸关系", "两岸同胞", "两岸一家亲"]) {
      const strait = article({ title: "青年交流活动举行", paragraphs: [`11月6日，${term}青年交流活动在某市举行。`] });
      // (Where the term stands scales its weight alike: the lead's here, as the bridge's.)
      expect(weight(strait), term).toBeGreaterThanOrEqual(2 * weight(bridge));
      expect(lexicon(strait).section, term).toBe("politics");
    }
  });
});

describe("defence mobilisation", () => {
  it("a county's armed forces department, its militia and its conscription are the state's work → politics", () => {
    const drill = lexicon(article({ title: "强化责任及时补短", paragraphs: ["某市人武部组织民兵应急分队开展防汛救援演练，征兵工作同步推进。"] }));
    expect(drill.section).toBe("politics");
  });
});

// ── the seed page: why each article lands where it does ───────────────────────────────

describe("seed page", () => {
  it("classifies all 9 gold articles into their gold sections", () => {
    expect(seed).toHaveLength(9);
    expect(seed.map((a) => classifyArticle(a).section)).toEqual(seed.map((a) => a.section));
  });

  it("a leader meeting delegates → politics: 会见 in title and subtitle, party offices in the lead", () => {
    const c = classifyArticle(byTitle("习近平会见全国“枫桥式工作法” 入选单位代表"));
    expect(c.section).toBe("politics");
    expectReasons(c, "politics ", "title 会见 (diplomacy) → politics +9", "subtitle 会见 (diplomacy) → politics +6", "lead 中共中央 (party) → politics", "lead 总书记 (party) → politics");
    expect(c.scores.politics).toBeGreaterThan(10 * c.scores.economy!);
  });

  it("a party secretary's fact-finding visit → politics: speech frame kicker, 主题教育 in title, 专题调研 in kicker", () => {
    const c = classifyArticle(byTitle("深入开展“走找想促”活动 全力推动主题教育走深走实"));
    expect(c.section).toBe("politics");
    expectReasons(c, "speech frame in the kicker 「曹慧泉开展主题教育专题调研时强调」 → politics +3", "title 主题教育 (party) → politics +9", "kicker 专题调研 (government) → politics");
  });

  it("a meeting on political-legal work → politics: 政法 in title, a 任免 decision in the body", () => {
    const c = classifyArticle(byTitle("推动全市政法工作 再上新台阶"));
    expect(c.section).toBe("politics");
    expectReasons(c, "speech frame in the kicker", "title 政法 (law-and-order) → politics +9", "lead 政法委 (law-and-order) → politics", "paragraph 2 任免 (appointments-and-notices) → politics");
  });

  it("a commentary on regional cooperation → economy, although it quotes the party leadership", () => {
    const a = byTitle("毫不含糊走好区域协作之路");
    expect(a.kind).toBe("commentary");
    const c = classifyArticle(a);
    expect(c.section).toBe("economy");
    expectReasons(c, "economy ", "title 区域协作 (industry) → economy +7.5", "lead 经济 (industry) → economy", "lead 产业 (industry) → economy", "paragraph 2 总书记 (party) → politics +3");
    expect(c.scores.economy).toBeGreaterThan(3 * c.scores.politics!);
  });

  it("a trade union's skills contests → economy (labour); its farming words count for economy, as text", () => {
    const c = classifyArticle(byTitle("市总工会搭舞台助“工”成“匠”"));
    expect(c.section).toBe("economy");
    expectReasons(c, "text article about farming (", "title 总工会 (labour-and-skills) → economy +4.5", "subtitle 技能竞赛 (labour-and-skills) → economy +6", "subtitle 职工 (labour-and-skills) → economy");
    expect(c.scores["agriculture-photos"]).toBe(0);
  });

  it("an innovation and start-up contest → economy (innovation)", () => {
    const c = classifyArticle(byTitle("茶陵首届创新创业大赛即将开赛"));
    expect(c.section).toBe("economy");
    expectReasons(c, "title 创新创业 (innovation) → economy +9", "lead 创新创业 (innovation) → economy", "paragraph 2 金融 (finance-and-trade) → economy");
  });

  it("a concession auctioned at the public-resource exchange → economy (public-resource trading)", () => {
    const c = classifyArticle(byTitle("特许经营权交易活跃 交易金额创历年新高"));
    expect(c.section).toBe("economy");
    expectReasons(c, "title 特许经营 (public-resource-trading) → economy +9", "title 交易 (public-resource-trading) → economy +6", "lead 公共资源交易 (public-resource-trading) → economy", "lead 中标 (public-resource-trading) → economy");
  });

  it("a photo story of a harvest → agriculture-photos: kind photo + 收割, 种植基地, 水稻", () => {
    const a = byTitle("“牧草之王”收割忙");
    expect(a.kind).toBe("photo");
    const c = classifyArticle(a);
    expect(c.section).toBe("agriculture-photos");
    expectReasons(c, "photo story about farming (收割", "title 收割 (farming) → agriculture-photos +9", "lead 种植基地 (farming) → agriculture-photos", "lead 水稻 (farming) → agriculture-photos");
  });

  it("a photo story of fruit picking → agriculture-photos, ahead of the economy words in its caption", () => {
    const a = byTitle("油茶满枝喜丰收");
    expect(a.kind).toBe("photo");
    const c = classifyArticle(a);
    expect(c.section).toBe("agriculture-photos");
    expectReasons(c, "photo story about farming (丰收", "title 丰收 (farming) → agriculture-photos +9", "lead 采摘 (farming) → agriculture-photos", "paragraph 2 产值 (industry) → economy");
    expect(c.scores["agriculture-photos"]).toBeGreaterThan(c.scores.economy!);
  });
});

// ── the dev set ───────────────────────────────────────────────────────────────────────

describe("dev set", () => {
  const results = dev.map(({ file, index, article: a }) => ({ file, index, gold: a.section, kind: a.kind, title: a.title, got: classifyArticle(a) }));

  it("classifies at least 90% of the dev set's gold articles into their gold sections", () => {
    const misses = results.filter((r) => r.got.section !== r.gold);
    const accuracy = (results.length - misses.length) / results.length;
    console.info(
      `classify dev set: ${results.length - misses.length}/${results.length} = ${(accuracy * 100).toFixed(1)}%` +
        misses.map((m) => `\n  miss ${m.file}#${m.index} ${m.title}: gold ${m.gold}, got ${m.got.section} — ${m.got.reasons[0]}`).join(""),
    );
    expect(results.length).toBe(51);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("never puts a text article in agriculture-photos, and every article in a known section", () => {
    const slugs = SECTIONS.map((s) => s.slug);
    for (const r of results) {
      expect(slugs).toContain(r.got.section);
      if (r.kind !== "photo") expect(r.got.section, `${r.file}#${r.index}`).not.toBe("agriculture-photos");
    }
  });

  it("sends farming to agriculture-photos as a photo story and to economy as text, across the dev set", () => {
    const farmingText = results.filter((r) => r.kind !== "photo" && r.got.reasons.some((x) => x.startsWith("text article about farming")));
    const farmingPhotos = results.filter((r) => r.kind === "photo" && r.got.section === "agriculture-photos");
    expect(farmingText.length).toBeGreaterThanOrEqual(4);
    expect(farmingText.every((r) => r.got.section === "economy")).toBe(true);
    expect(farmingPhotos.map((r) => r.gold).every((g) => g === "agriculture-photos")).toBe(true);
    expect(farmingPhotos.length).toBe(results.filter((r) => r.gold === "agriculture-photos").length);
  });
});

// ── structure: photo stories, text, weak evidence ─────────────────────────────────────

describe("structural rules (the lexicon alone: the learned model is tested in section-model.test.ts)", () => {
  const harvestCaptions = ["连日来，农民驾驶收割机在稻田里抢收水稻，确保颗粒归仓。", "今年全镇水稻种植面积稳中有增，丰收已成定局。"];

  it("a photo story about farming goes to agriculture-photos", () => {
    const c = lexicon(photoStory("稻田里的丰收季", harvestCaptions));
    expect(c.section).toBe("agriculture-photos");
    expectReasons(c, "photo story about farming (稻田, 丰收", "title 丰收 (farming) → agriculture-photos +9");
  });

  it("the same words written as a text article go to economy, never agriculture-photos", () => {
    const c = lexicon(article({ title: "稻田里的丰收季", byline: "本报讯（记者 某某）", paragraphs: harvestCaptions }));
    expect(c.section).toBe("economy");
    expect(c.scores["agriculture-photos"]).toBe(0);
    expectReasons(c, "text article about farming (", "title 丰收 (farming) → economy +9", "lead 收割机 (farming) → economy");
  });

  it("a commentary about grain is economy too", () => {
    const c = lexicon(article({ kind: "commentary", title: "端牢饭碗", paragraphs: ["粮食安全是国之大者。稳住粮食播种面积，让种粮农民有钱挣。"], authors: [{ role: "评论员", name: "本报评论员" }] }));
    expect(c.section).toBe("economy");
  });

  it("a photo story not about farming goes to its topic section: a container port → economy", () => {
    const c = lexicon(photoStory("集装箱码头一派繁忙", ["港区内，一批集装箱正在装船。今年以来，港口货物吞吐量同比增长8%，外贸航线持续加密。"]));
    expect(c.section).toBe("economy");
    expectReasons(c, "photo story not mainly about farming → its topic section (economy)", "title 集装箱 (transport-and-logistics) → economy");
  });

  it("a photo story not about farming and about no section's topic goes to other: a lantern festival", () => {
    const c = lexicon(photoStory("元宵灯会点亮夜空", ["元宵节当晚，市民和游人在广场观赏灯会，民俗表演精彩纷呈，年味十足。"]));
    expect(c.section).toBe("other");
    expectReasons(c, "other vocabulary leads", "title 灯会 (culture) → other", "photo story not mainly about farming → its topic section (other)");
  });

  it("a photo story of a leader's visit to a farm stays politics", () => {
    const c = lexicon(photoStory("市委书记调研春耕生产", ["市委书记在田间察看春耕进度，与种植大户交流，强调要抓好粮食生产。"]));
    expect(c.section).toBe("politics");
    expectReasons(c, "official's activity in the headline 「书记调研」 → politics +9", "title 春耕 (farming) → agriculture-photos +9");
  });

  it("weighs the headline over the body and the lead over later paragraphs", () => {
    const c = lexicon(
      article({
        title: "外贸",
        kicker: "外贸",
        subtitle: "外贸",
        paragraphs: ["政法工作。", "外贸。", "外贸。", "审议。"],
      }),
    );
    // 外贸 (weight 3) counts once per headline zone and once in the body, where it weighs most.
    expectReasons(c, "title 外贸 (finance-and-trade) → economy +9", "kicker 外贸 (finance-and-trade) → economy +6", "subtitle 外贸 (finance-and-trade) → economy +6");
    expectReasons(c, "paragraph 2 外贸 (finance-and-trade) → economy +3", "lead 政法 (law-and-order) → politics +4.5", "paragraph 4 审议 (legislature) → politics +1");
    expect(c.reasons.some((r) => r.startsWith("paragraph 3 外贸"))).toBe(false);
    expect(c.scores).toMatchObject({ economy: 24, politics: 5.5 });
  });

  it("a visit the headline tells and the lead shows an official making is politics, whatever was visited", () => {
    const visit = lexicon(article({ title: "某某赴汽车企业和新能源企业调研", paragraphs: ["12月25日，市委副书记、市长某某赴汽车企业和新能源企业调研。市领导某某、某某参加。"] }));
    expect(visit.section).toBe("politics");
    expectReasons(visit, "visit in the headline, an official making it in the lead 「市长某某赴汽车企业和新能源企业调研」 → politics +9");
    // Leaders named as a group visit as much as one named by office.
    expectReasons(lexicon(article({ title: "市、区领导新春走访慰问重点企业" })), "official's activity in the headline 「领导新春走访」");
    // A visit with no official in the lead is no official's.
    const tour = lexicon(article({ title: "学生走访老工业企业", paragraphs: ["近日，某某中学的学生走访了市内三家老工业企业，了解企业发展历史。"] }));
    expect(tour.reasons.some((r) => r.startsWith("visit in the headline"))).toBe(false);
  });

  it("a title that opens on a name the lead gives a leader's office is that leader's news → politics, whatever it is about", () => {
    const led = lexicon(article({ title: "汪某程到大湾区开展招商考察", paragraphs: ["10月11日至13日，市委书记汪某程率队赴大湾区开展招商考察，与企业洽谈投资合作项目。"] }));
    expect(led.section).toBe("politics");
    expect(leaderNews(article({ title: "汪某程到大湾区开展招商考察", paragraphs: ["10月11日至13日，市委书记汪某程率队赴大湾区开展招商考察。"] }))).toBe("汪某程");
    // The same title, the lead naming no office for the name: no leader's news.
    expect(leaderNews(article({ title: "汪某程到大湾区开展招商考察", paragraphs: ["10月11日至13日，企业家汪某程赴大湾区洽谈投资合作项目，签约金额达10亿元。"] }))).toBeNull();
    // A leader's office is a level of government's: a village's party secretary, a student union's, a company's or a trade union's chairman is none.
    expect(leaderNews(article({ title: "严某督办调研重点提案办理情况", paragraphs: ["9月16日，市委副书记、副市长严某对重点提案办理情况进行督办调研。"] }))).toBe("严某");
    const others: [string, string][] = [["李某华带领村民种出致富瓜", "村党支部书记李某华带领村民种瓜。"], ["陈某当选校学生会主席后的第一件事", "学生会主席陈某上任后。"], ["张某某：让老百姓的菜篮子更丰富", "集团董事局主席张某某表示。"], ["王某获全省技能大赛一等奖", "市总工会主席王某为他颁奖。"]];
    for (const [title, lead] of others) {
      expect(leaderNews(article({ title, paragraphs: [lead] })), title).toBeNull();
    }
  });

  it("an official's title needs an official: a class teacher's home visit is not politics", () => {
    const official = lexicon(article({ title: "市长走访困难群众" }));
    const teacher = lexicon(article({ title: "班主任走访学生家庭" }));
    expectReasons(official, "official's activity in the headline 「市长走访」");
    expect(teacher.reasons.some((r) => r.startsWith("official's activity"))).toBe(false);
    expect(teacher.section).toBe("other");
  });

  it("weak evidence goes to other", () => {
    const c = lexicon(article({ title: "江边一景", paragraphs: ["傍晚时分，不少人在江边驻足拍照。"] }));
    expect(c.section).toBe(FALLBACK_SECTION);
    expectReasons(c, "weak evidence: best is");
  });

  it("weak evidence for a topic with other's own words close behind goes to other; strong or clear evidence keeps its topic", () => {
    const contested = lexicon(article({ title: "公路卡在哪儿", paragraphs: ["昨日下午，开发区一条道路因两处小楼挡路，至今未能贯通，附近居民停车难，社区居民盼通车。"] }));
    expect(contested.scores.economy).toBeGreaterThan(contested.scores.other!);
    expect(contested.section).toBe(FALLBACK_SECTION);
    expectReasons(contested, "weak and contested: economy");
    // The same topic words with no other words beside them keep the topic.
    const clear = lexicon(article({ title: "公路卡在哪儿", paragraphs: ["昨日下午，开发区一条道路因两处小楼挡路，至今未能贯通。"] }));
    expect(clear.scores.other).toBe(0);
    expect(clear.section).toBe("economy");
  });

  it("a landscape photographed is scenery, not farm news: a forest's view goes to other", () => {
    const photo = { caption: "林海风光如画，云海翻涌，景色宜人。", credit: "张某 摄", photographers: [{ role: null, name: "张某" }] };
    const c = lexicon(article({ kind: "photo", title: "林海风光", paragraphs: [photo.caption, "当地林业部门介绍，全县森林覆盖率逐年提高。"], photos: [photo] }));
    expect(c.section).toBe(FALLBACK_SECTION);
  });

  it("a photo story of daily life is other unless its words plainly make it economy (MIN_EVIDENCE_PHOTO_TOPIC)", () => {
    const daily = lexicon(photoStory("寒冬中的温暖", ["1月5日，区总工会工作人员为快递小哥送上热饮和暖手宝。"]));
    expect(daily.scores.economy).toBeGreaterThan(daily.scores.other!);
    expect(daily.section).toBe(FALLBACK_SECTION);
    expectReasons(daily, "weak evidence: best is economy");
    expect(daily.reasons[0]).toContain("a photo story of daily life needs more");
    const plain = lexicon(photoStory("港口集装箱吞吐量创新高", ["今年以来，港口集装箱吞吐量同比增长，外贸企业订单饱满，生产线满负荷运转，进出口贸易持续回暖。"]));
    expect(plain.scores.economy).toBeGreaterThanOrEqual(MIN_EVIDENCE_PHOTO_TOPIC);
    expect(plain.section).toBe("economy");
  });

  it("a photo story whose economy words fall short of a topic of their own goes to the best section that clears its bar: farming", () => {
    const pears = lexicon(photoStory("花开满坡", ["近年来，某镇积极发展特色产业，产品销售收入稳步增长，产值逐年提升，果农增收。"]));
    expect(pears.scores.economy).toBeLessThan(MIN_EVIDENCE_PHOTO_TOPIC);
    expect(pears.section).toBe("agriculture-photos");
    expect(pears.reasons[0]).toMatch(/^economy [\d.]+ < 15 falls short; agriculture-photos [\d.]+ clears its bar/);
  });

  it("the living environment (greening, rivers, wetlands) and poetry are other, not economy", () => {
    const green = lexicon(article({ title: "生态某市：绿满山川", paragraphs: ["十年来，全市实施植树造林工程，森林覆盖率逐年提高，湿地公园和绿道串起城乡，村民在林下种植花椒增收。"] }));
    expect(green.section).toBe(FALLBACK_SECTION);
    expectReasons(green, "other vocabulary leads");
    const poems = lexicon(article({ title: "百人百诗颂新区", paragraphs: ["昨日下午，开发区诗歌朗诵会举行，诗人们朗诵了歌颂新区经济建设成就的作品。"] }));
    expect(poems.section).toBe(FALLBACK_SECTION);
  });

  it("a political body at work named in the headline is politics, whatever it works on", () => {
    const c = lexicon(article({ title: "省人大开展百村调研", paragraphs: ["调研组深入农户，了解农民增收、农业生产和农村发展情况，走访种粮大户和合作社。"] }));
    expect(c.section).toBe("politics");
    expectReasons(c, "political institution at work in the headline");
  });

  it("a change to the administrative map (撤乡设镇, 行政区划) is an act of government → politics, even with economic figures after it", () => {
    const c = lexicon(article({ title: "某村撤乡设镇", paragraphs: ["近日，经省政府批准，某县某村撤乡设镇，举行挂牌仪式。", "该镇辖30个行政村，工农业生产蒸蒸日上，全镇人均收入逐年增长。"] }));
    expect(c.section).toBe("politics");
  });

  it("a single weak term is not enough: one mention of 项目 stays below the bar", () => {
    const c = lexicon(article({ title: "小区门口的那棵树", paragraphs: ["这棵树是当年一个绿化项目种下的，如今已枝繁叶茂。"] }));
    expect(c.scores.economy).toBeLessThan(MIN_EVIDENCE);
    expect(c.section).toBe("other");
  });

  it("society, sport, weather and civic campaigns go to other", () => {
    const cases: Article[] = [
      article({ title: "社区志愿者上门服务独居老人", paragraphs: ["重阳节前夕，社区志愿服务队走进独居老人家中，为居民打扫卫生、量血压。"] }),
      article({ title: "市运动会篮球比赛落幕", paragraphs: ["经过三天激烈角逐，篮球赛事决出冠军，运动员们展现了良好风貌。"] }),
      article({ title: "明起我市将迎来降温降雨天气", paragraphs: ["据市气象台消息，受冷空气影响，明天起气温下降6至8℃，并伴有中到大雨。"] }),
      article({ title: "争创全国文明城市 人人都是参与者", paragraphs: ["连日来，各街道开展文明创建主题活动，倡导文明出行、垃圾分类。"] }),
    ];
    for (const a of cases) expect(lexicon(a).section, a.title ?? "").toBe("other");
  });

  it("headline spaces are layout, not language: 政法 工作 still reads 政法", () => {
    const c = lexicon(article({ title: "推进政 法工作　高质量发展" }));
    expectReasons(c, "title 政法 (law-and-order) → politics +9");
  });

  it("appointment wording in a notice → politics", () => {
    const c = lexicon(
      article({ kind: "other", title: "市人民政府关于人事任免的通知", paragraphs: ["经研究决定：", "任命某某为市财政局局长；", "免去某某的市财政局局长职务。"] }),
    );
    expect(c.section).toBe("politics");
    expectReasons(c, "appointment wording 「", "title 人民政府 (government) → politics");
  });

  it("a digest of numbered briefs on different subjects goes to other, each item explained", () => {
    const c = lexicon(
      article({
        kind: "other",
        title: "简讯",
        paragraphs: [
          "1.近日，市中级人民法院公开审理一起电信诈骗犯罪案件。",
          "2.一季度全市规模以上工业增加值同比增长8%，制造业投资持续回暖。",
          "3.市图书馆举办非遗剪纸展览，吸引众多市民观展。",
        ],
      }),
    );
    expect(c.section).toBe("other");
    expectReasons(c, "digest of 3 numbered briefs on different subjects", "item 1: politics", "item 2: economy", "item 3: other");
  });

  it("a digest whose briefs all share one section takes that section", () => {
    const c = lexicon(
      article({
        kind: "other",
        title: "简讯",
        paragraphs: ["1.市人大常委会召开主任会议，审议有关议案。", "2.市政协召开常委会议，协商年度重点提案。", "3.市委召开常委会会议，研究部署主题教育工作。"],
      }),
    );
    expect(c.section).toBe("politics");
    expectReasons(c, "digest of 3 numbered briefs, all of them politics → politics");
  });

  it("a lead that opens on an official at work is a politics cue", () => {
    const c = lexicon(
      article({
        title: "加快推进重点项目建设",
        paragraphs: ["9月4日，市委书记某某主持召开全市重点项目建设推进会。", "会议听取了项目进展情况汇报。"],
      }),
    );
    expectReasons(c, "official at work in the lead 「书记某某主持召开」 → politics +4.5");
  });

  it("numbered clauses under a headline that names its subject are one document, not a digest", () => {
    const c = lexicon(
      article({
        kind: "other",
        title: "市人大常委会关于召开市人民代表大会的决定",
        paragraphs: ["一、会议于下月上旬召开。", "二、会议的主要议程是听取和审议工作报告。", "三、会议期间组织代表视察。"],
      }),
    );
    expect(c.section).toBe("politics");
    expectReasons(c, "decision or personnel notice title", "title 人大常委会 (legislature) → politics +9");
  });

  it("an article with no text goes to other with a reason, and is not dropped", () => {
    const empty = article({ kind: "other" });
    const c = lexicon(empty);
    expect(c).toEqual({ section: "other", scores: { politics: 0, economy: 0, "agriculture-photos": 0, other: 0 }, reasons: ["no text to classify → other"] });
    expect(classifyPage([empty, article({ title: "   ", paragraphs: ["\u3000"] })]).map((a) => a.section)).toEqual(["other", "other"]);
  });
});

// ── page-level contract and determinism ───────────────────────────────────────────────

describe("classifyPage", () => {
  const withoutGoldSection = ({ section: _gold, ...a }: GoldArticle): Article => a;
  const page: Article[] = [...seed, ...dev.map((d) => d.article)].map(withoutGoldSection);

  it("keeps every article, in order, unchanged apart from the added section", () => {
    const out = classifyPage(page);
    expect(out).toHaveLength(page.length);
    out.forEach((a, i) => {
      const { section, ...rest } = a;
      expect(rest).toEqual(page[i]);
      expect(section).toBe(classifyArticle(page[i]!).section);
    });
  });

  it("is deterministic: the same input gives the same output, whatever the page order", () => {
    const first = page.map((a) => classifyArticle(a));
    const again = page.map((a) => classifyArticle(structuredClone(a)));
    expect(again).toEqual(first);
    const reversed = classifyPage([...page].reverse()).reverse();
    expect(reversed.map((a) => a.section)).toEqual(first.map((c) => c.section));
  });

  it("always gives exactly one known section, never throws, and keeps agriculture-photos for photo stories (property)", () => {
    const slugs = SECTIONS.map((s) => s.slug);
    const allTerms = TOPICS.flatMap((t) => Object.keys(t.terms));
    const textPiece = fc.oneof(fc.constantFrom(...allTerms), fc.string(), fc.constantFrom("，", "。", " ", "\u3000", "\u00a0", "\n", "1.", "一、"));
    const text = fc.array(textPiece, { maxLength: 12 }).map((parts) => parts.join(""));
    const arbitraryArticle = fc.record({
      kind: fc.constantFrom<ArticleKind>("article", "commentary", "photo", "other"),
      kicker: fc.option(text),
      title: fc.option(text),
      subtitle: fc.option(text),
      paragraphs: fc.array(text, { maxLength: 6 }),
      captions: fc.array(text, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arbitraryArticle, (r) => {
        const a = article({ ...r, photos: r.captions.map((caption) => ({ caption, credit: "摄", photographers: [] })) });
        const c = classifyArticle(a);
        expect(slugs).toContain(c.section);
        expect(Object.keys(c.scores).sort()).toEqual([...slugs].sort());
        expect(c.reasons.length).toBeGreaterThan(0);
        if (a.kind !== "photo") expect(c.section).not.toBe("agriculture-photos");
        expect(classifyArticle(a)).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });
});

// ── the configuration ─────────────────────────────────────────────────────────────────

describe("lexicon configuration", () => {
  const slugs = SECTIONS.map((s) => s.slug);

  it("routes every topic to a section that exists", () => {
    for (const t of TOPICS) {
      expect(slugs, t.id).toContain(t.section);
      if (t.photoSection !== undefined) expect(slugs, t.id).toContain(t.photoSection);
    }
  });

  it("gives every section a way in", () => {
    const reachable = new Set(TOPICS.flatMap((t) => [t.section, t.photoSection ?? t.section]));
    for (const s of slugs) expect(reachable.has(s) || s === FALLBACK_SECTION, s).toBe(true);
  });

  it("lists each term in one topic only, with a positive weight and no spaces", () => {
    const seen = new Map<string, string>();
    for (const t of TOPICS) {
      for (const [term, weight] of Object.entries(t.terms)) {
        expect(seen.get(term), `${term} in ${t.id} and ${seen.get(term)}`).toBeUndefined();
        seen.set(term, t.id);
        expect(weight).toBeGreaterThan(0);
        expect(term).toMatch(/^\S+$/u);
      }
    }
  });
});

describe("the page's printed name (the lexicon alone)", () => {
  const weak = article({ title: "好日子越过越红火", paragraphs: ["日前，记者来到这里，看到一派新气象。"] });
  const harvest = article({ kind: "photo", title: "金秋时节", paragraphs: ["连日来，村民们在田间忙碌。"], photos: [{ caption: "连日来，村民们在田间忙碌。", credit: "张三 摄", photographers: [{ role: null, name: "张三" }] }] });

  it("tips an article with weak evidence of its own toward the page's section, and says so", () => {
    expect(lexicon(weak).section).toBe("other");
    const onEconomyPage = lexicon(weak, { pageName: "经济" });
    expect(onEconomyPage.section).toBe("economy");
    expect(onEconomyPage.reasons.join("\n")).toContain("page name 经济 (industry) → economy +3");
  });

  it("routes through the topic: a farm page makes a photo story agriculture-photos and a text economy", () => {
    expect(lexicon(harvest, { pageName: "农业农村" }).section).toBe("agriculture-photos");
    expect(lexicon({ ...weak, title: "村里来了新项目" }, { pageName: "农业农村" }).section).toBe("economy");
  });

  it("counts a topic once, by its strongest word (农业农村 is not 农业 + 农村)", () => {
    const c = lexicon(weak, { pageName: "农业农村" });
    expect(c.reasons.filter((r) => r.startsWith("page name")).length).toBe(1);
  });

  it("is only a prior: an article's own strong words outweigh it", () => {
    const leader = article({ title: "市委书记调研乡村振兴工作", paragraphs: ["市委书记、市人大常委会主任在调研时强调，要扎实推进全面从严治党。"] });
    expect(lexicon(leader, { pageName: "经济" }).section).toBe("politics");
  });

  it("changes nothing when the name says nothing (图片新闻) or is absent", () => {
    for (const a of [weak, harvest]) {
      expect(lexicon(a, { pageName: "图片新闻" })).toEqual(lexicon(a));
      expect(lexicon(a, { pageName: "  " })).toEqual(lexicon(a));
    }
    expect(classifyPage([weak], { pageName: "经济" })[0]!.section).toBe("economy");
  });
});
