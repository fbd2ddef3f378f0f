/** Whole small pages: what the parser does with the edges of a page and with text that fits no rule. */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/core/parse/index.ts";
import { conservationDiff } from "../support/gold.ts";

const page = (...blocks: string[]) => blocks.join("\n\n");

describe("the edges of a page", () => {
  it("keeps the page's running head, editors' line and jump lines as furniture, out of every article", () => {
    const text = page("2023年11月7日 星期二", "第1版 要闻", "全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚", "（下转第二版）", "稻，秋收工作进展顺利。", "本版编辑 张某 校对 李某");
    const parsed = parsePage(text);
    expect(parsed.articles.map((a) => [a.kind, a.title, a.paragraphs])).toEqual([["article", "全市秋收进展顺利", ["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"]]]);
    expect(parsed.furniture).toEqual([
      { line: 1, text: "2023年11月7日 星期二" },
      { line: 3, text: "第1版 要闻" },
      { line: 9, text: "（下转第二版）" },
      { line: 13, text: "本版编辑 张某 校对 李某" },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it("keeps text carried over from another page as unassigned, with a warning naming its lines", () => {
    const text = page("（上接第一版）工作会议还对下一步工作作出部署。", "全市秋收进展顺利", "本报讯（记者 张某）近日，全市秋收进展顺利。");
    const parsed = parsePage(text);
    expect(parsed.unassigned).toEqual([{ text: "（上接第一版）工作会议还对下一步工作作出部署。", lines: { start: 1, end: 1 } }]);
    expect(parsed.warnings[0]?.message).toMatch(/unassigned \(lines 1–1\)/);
    expect(parsed.articles.map((a) => a.title)).toEqual(["全市秋收进展顺利"]);
  });

  it("reads the headline under a page's first line when that line is a long kicker's first half, not a cut sentence", () => {
    const text = page("对表对标走在前 为建设富强活力幸福美丽的", "新时代现代化强市而努力奋斗", "某市第十六次党代会开幕", "张某代表市委向大会作报告", "2月18日上午，某市第十六次党代会在市会展中心开幕。大会应到代表435名，实到421名。");
    const parsed = parsePage(text);
    // (The kicker's first half stays unassigned, kept and warned of: a headline line is read as one line.)
    expect(parsed.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([["新时代现代化强市而努力奋斗", "某市第十六次党代会开幕", "张某代表市委向大会作报告"]]);
    expect(parsed.articles[0]!.paragraphs).toEqual(["2月18日上午，某市第十六次党代会在市会展中心开幕。大会应到代表435名，实到421名。"]);
    expect(parsed.unassigned.map((u) => u.text)).toEqual(["对表对标走在前 为建设富强活力幸福美丽的"]);
    // A sentence a column cut (its clauses say so) still holds the line under it in its paragraph.
    const cut = parsePage(page("工作会议还对下一步工作作出了部署，要求各地", "抓好秋收", "全市秋收进展顺利", "近日，全市各地抢抓晴好天气，组织农机手开展秋收作业。"));
    expect(cut.unassigned[0]?.text.startsWith("工作会议还对下一步工作作出了部署，要求各地抓好秋收")).toBe(true);
  });

  it("keeps a credit with no article before it, with a warning", () => {
    const parsed = parsePage(page("新华社记者 李某 摄"));
    expect(parsed.articles).toEqual([]);
    expect(parsed.unassigned.map((u) => u.text)).toEqual(["新华社记者 李某 摄"]);
    expect(parsed.warnings).toHaveLength(1);
  });

  it("starts an untitled article at a lead with no headline, with a warning", () => {
    const parsed = parsePage(page("本报讯（记者 张某）近日，全市秋收进展顺利。", "各地抢抓晴好天气收割晚稻。"));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ title: null, byline: "本报讯（记者 张某）", paragraphs: ["近日，全市秋收进展顺利。", "各地抢抓晴好天气收割晚稻。"] });
    expect(parsed.warnings[0]?.message).toMatch(/no headline/);
  });

  it("warns of a headline with no text under it", () => {
    const parsed = parsePage(page("全市秋收进展顺利", "本报讯（记者 张某）"));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.warnings[0]?.message).toMatch(/no text under it/);
  });
});

describe("column breaks", () => {
  it("continues a paragraph through a short line that looks like a headline", () => {
    const text = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气", "收割晚稻", "，秋收工作进展顺利。");
    expect(parsePage(text).articles[0]?.paragraphs).toEqual(["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"]);
  });

  it("never joins a numbered item or a parenthetical line to the paragraph before it", () => {
    const text = page("关于春运期间交通管制的通告", "为保障道路交通安全畅通，现通告如下", "1.管制时间为每日7时至21时。", "（此前通告同时废止）");
    const a = parsePage(text).articles[0]!;
    expect(a.paragraphs).toEqual(["为保障道路交通安全畅通，现通告如下", "1.管制时间为每日7时至21时。", "（此前通告同时废止）"]);
    expect(a.kind).toBe("other");
  });

  it("reads numbered crossheads as headings of a report, not the items of a list", () => {
    const text = page("全市夜市经济持续升温", "本报记者 张某", "近日，记者走访了全市多个夜市，看到一派热闹景象。", "一、规划先行", "今年以来全市新增夜市街区12个。", "二、服务跟进", "相关部门为摊主提供上门服务。", "三、管理到位", "城管部门每晚巡查。");
    const a = parsePage(text).articles[0]!;
    expect(a.paragraphs).toEqual(["近日，记者走访了全市多个夜市，看到一派热闹景象。", "一、规划先行", "今年以来全市新增夜市街区12个。", "二、服务跟进", "相关部门为摊主提供上门服务。", "三、管理到位", "城管部门每晚巡查。"]);
    expect(a.kind).toBe("article");
  });

  it("reads a part's number alone on its line (一, （二）, Ⅲ) as a heading: the text under it opens its own paragraph", () => {
    for (const numeral of ["二", "（二）", "Ⅲ"]) {
      const text = page("沧桑巨变中的本地报业", "今天如此，一百多年前亦如是。", numeral, "让我们把时间往回迁移，回到十九世纪末二十世纪初，", "彼时的中国风云激荡。");
      expect(parsePage(text).articles[0]!.paragraphs).toEqual(["今天如此，一百多年前亦如是。", numeral, "让我们把时间往回迁移，回到十九世纪末二十世纪初，彼时的中国风云激荡。"]);
    }
    // The first part's number, right under the byline, too.
    const first = page("沧桑巨变中的本地报业", "本报记者 孙某", "一", "让我们把时间往回迁移，回到十九世纪末二十世纪初，", "彼时的中国风云激荡。", "二", "于是，本地报的出现，便也顺理成章。");
    expect(parsePage(first).articles[0]!.paragraphs).toEqual(["一", "让我们把时间往回迁移，回到十九世纪末二十世纪初，彼时的中国风云激荡。", "二", "于是，本地报的出现，便也顺理成章。"]);
    // (Brackets must close: `（一` is no part's number.)
    expect(parsePage(page("沧桑巨变中的本地报业", "今天如此，一百多年前亦如是。", "（一", "让我们把时间往回迁移，", "彼时的中国风云激荡。")).articles[0]!.paragraphs).toHaveLength(2);
    // (A number with words after it is not a part's number alone: 二十多天前 opens a sentence.)
    expect(parsePage(page("沧桑巨变中的本地报业", "今天如此，一百多年前亦如是。", "二十多天前，新冠疫情袭来，", "整个株洲按下了“暂停键”。")).articles[0]!.paragraphs).toHaveLength(2);
  });

  it("files a piece under the paper's opinion label (社论, 社論, 本报社论, 青年时评) as a commentary, under a series of reviews as an article", () => {
    const text = "香港人口老化及「少子化」持续，令适龄学童人数持续减少，学校面对收生不足的危机。";
    for (const label of ["社论", "本报社论", "青年时评", "社评", "【社论】"]) expect(parsePage(page(label, "有序减校应对学童减少", text)).articles[0]!.kind, label).toBe("commentary");
    expect(parsePage(page("社論", "有序減校應對學童減少", "香港人口老化及「少子化」持續，令適齡學童人數持續減少，學校面對收生不足的危機。")).articles[0]!.kind).toBe("commentary");
    for (const label of ["深化改革系列述评之十一", "时评员走基层"]) expect(parsePage(page(label, "有序减校应对学童减少", text)).articles[0]!.kind, label).toBe("article");
  });

  it("files a piece a commentator signs as a commentary, its picture printed before the signature included", () => {
    const text = page("一张75岁的报纸，何以青春？", "《某报》与新中国同龄。", "某报记者 郭某 摄", "□某报评论员 陈某", "2003年，一个普通的年份，一个普通的男青年，走进了东湖路17号的大楼。", "楼里有些许岁月的斑驳痕迹。", "报社的老楼。", "某报记者 李某 摄");
    const [a] = parsePage(text).articles;
    expect([a!.kind, a!.authors, a!.photos.length, a!.paragraphs.length]).toEqual(["commentary", [{ role: "评论员", name: "陈某" }], 2, 2]);
  });

  it("reads a part of a speech numbered in Han numerals as its heading at a title's length; a list's item numbered in digits that long goes on", () => {
    const heading = "一、科学技术进步是新中国纺织工业55年发展历程的主线";
    const under = ["新中国的纺织工业从建国之初艰苦创业的年代开始，经过5个五年计划大规模建设，", "建成独立完整的纺织工业体系。"];
    const speech = page("加快纺织科学技术进步", "在这里，请允许我就发展纲要作3点说明。", heading, ...under);
    expect(parsePage(speech).articles[0]!.paragraphs).toEqual(["在这里，请允许我就发展纲要作3点说明。", heading, under.join("")]);
    const item = page("加快纺织科学技术进步", "在这里，请允许我就发展纲要作3点说明。", "1.科学技术进步是新中国纺织工业55年发展历程的主线", "新中国的纺织工业从建国之初艰苦创业的年代开始。");
    expect(parsePage(item).articles[0]!.paragraphs).toHaveLength(2);
    // (Items of a list a colon announced, a column cutting each, go on however long: no part's heading.)
    const list = page("公租房政策调整", "本报讯 市住建局日前发布通知，主要内容如下：", "一、凡在本市居住满一年以上且持有居住证的外来务工人员", "均可申请公租房，具体办法另行公布。", "二、全市各级公立医院全面推行先诊疗后付费服务模式", "患者就医更加方便。");
    expect(parsePage(list).articles[0]!.paragraphs).toEqual(["市住建局日前发布通知，主要内容如下：", "一、凡在本市居住满一年以上且持有居住证的外来务工人员均可申请公租房，具体办法另行公布。", "二、全市各级公立医院全面推行先诊疗后付费服务模式患者就医更加方便。"]);
  });

  it("keeps a reprint's source closing its story, and what follows it, in the story", () => {
    const text = page("全国秋粮收购进展顺利", "本报讯 近日，全国秋粮收购工作有序推进，各地收购进度快于去年同期。", "据了解，今年秋粮收购总量预计将超过去年。", "（据人民日报报道）", "相关链接", "秋粮收购是保障粮食安全的重要环节，各地高度重视。");
    expect(parsePage(text).articles.map((a) => [a.title, a.paragraphs.length])).toEqual([["全国秋粮收购进展顺利", 5]]);
  });

  it("files a report of a statement as an article, and the statement itself as a notice", () => {
    const body = "新华社联合国11月6日电 联合国秘书长6日发表声明，呼吁各方保持克制。";
    expect(parsePage(page("联合国秘书长发表声明", body)).articles[0]?.kind).toBe("article");
    expect(parsePage(page("遗失声明", "某某不慎遗失身份证一张，特此声明作废。")).articles[0]?.kind).toBe("other");
  });

  it("reads a notice made only of detail lines (招标公告 / 项目名称：…) as one notice, and the story after it as its own", () => {
    const text = page("招标公告", "项目名称：某某市城区道路改造工程", "招标人：某某市住房和城乡建设局", "联系人：张先生", "联系电话：0731-22334455", "图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点。");
    const { articles } = parsePage(text);
    expect(articles.map((a) => [a.title, a.kind, a.paragraphs.length])).toEqual([["招标公告", "other", 4], ["图书馆延长开放时间", "article", 1]]);
  });

  it("reads a feature that opens on quoted dialogue after another story: a title over two quoted lines, or a quoted line over 他/她", () => {
    const report = ["全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻。"];
    const opening = parsePage(page(...report, "回家过年", "“妈，我回来了！”", "“哎，快进屋！”", "腊月二十八，在外打工的小王终于回到了家乡。"));
    expect(opening.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([["全市秋收进展顺利", 1], ["回家过年", 3]]);
    const inside = parsePage(page(...report, "回家过年", "本报记者 李某", "腊月二十八，在外打工的小王终于回到了家乡。", "“到家了！”", "他长舒一口气，拖着行李箱往村里走去。"));
    expect(inside.articles.map((a) => [a.title, a.paragraphs.length])).toEqual([["全市秋收进展顺利", 1], ["回家过年", 3]]);
  });

  it("joins a crosshead a narrow column printed on two lines into one paragraph, and keeps a column's label over the next story's title apart", () => {
    const report = ["某区持续推进文明城市创建", "本报记者 孙某", "为巩固文明城市创建成果，某区持续开展小区环境整治，居民生活环境不断改善。"];
    const pair = parsePage(page(...report, "文明和谐成为家门口", "最好的风景", "道路变宽了、环境变美了，小区环境整治让居民生活更加舒心，文明创建成果惠及千家万户。"));
    expect(pair.articles.map((a) => a.paragraphs.length)).toEqual([3]);
    expect(pair.articles[0]!.paragraphs[1]).toBe("文明和谐成为家门口最好的风景");
    const label = parsePage(page(...report, "漫话", "不明之水", "一条小河忽然变了颜色，谁也说不清水从哪里来。"));
    expect(label.articles.map((a) => a.title)).toEqual(["某区持续推进文明城市创建", "不明之水"]);
  });

  it("keeps a bracketed source or end note (（中新社）, （完）, （记者 甲 报导）) with the story above it", () => {
    for (const note of ["（中新社）", "（完）", "（新华网）", "（记者 张某 报导）"]) {
      const { articles } = parsePage(page("全市秋收进展顺利", "本报讯 近日，全市各地抢抓晴好天气收割晚稻。", note, "图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点。"));
      expect(articles.map((a) => a.title), note).toEqual(["全市秋收进展顺利", "图书馆延长开放时间"]);
    }
  });

  it("keeps a title about scanning codes, a date that signs a notice off and a number inside the text where they are", () => {
    expect(parsePage(page("扫码点餐成新风尚", "本报讯（记者 张某）近日，不少餐馆推出扫码点餐服务。")).articles[0]?.title).toBe("扫码点餐成新风尚");
    const notice = parsePage(page("停水通知", "因管网维修，城东片区停水一天。", "市自来水公司", "2024.3.5"));
    expect(notice.furniture).toEqual([]);
    expect(notice.articles[0]?.paragraphs.at(-1)).toBe("2024.3.5");
  });

  it("conserves every character of all of the above", () => {
    const text = page("2023年11月7日 星期二", "（上接第一版）部署。", "全市秋收进展顺利", "本报讯（记者 张某）近日，全市", "收割晚稻", "。", "新华社记者 李某 摄");
    expect(conservationDiff(text, parsePage(text))).toEqual({ lost: "", invented: "" });
  });
});
