/**
 * The parser's invariants, property-tested: it never throws, it is
 * deterministic, it conserves every character of any string, and on
 * generated pages it recovers exactly the articles that were laid out.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/core/parse/index.ts";
import { anyOf, WHEN_WORDS } from "../../src/core/vocabulary.ts";
import { assignHeadline } from "../../src/core/parse/headline.ts";
import { casesOf, conservationDiff, seedCase } from "../support/gold.ts";

const realPages = [seedCase(), ...["devset", "variants", "blind", "blind2", "blind3", "blind4", "blind5"].flatMap(casesOf)].map((c) => c.page);

describe("on any string", () => {
  it("never throws, conserves every character and is deterministic", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const once = parsePage(text);
        expect(conservationDiff(text, once)).toEqual({ lost: "", invented: "" });
        expect(parsePage(text)).toEqual(once);
      }),
      { numRuns: 400 },
    );
  });

  it("does the same on strings built from newspaper parts", () => {
    const parts = ["本报讯", "（记者 张某）", "(", ")", "新华社北京3月5日电", "摄", "/", "——", "“", "”", "。", "，", "■", "\n", "\n\n", " ", "\u3000", "\t", "\r\n", "1.", "执笔：", "评论员", "记者", "责任编辑：", "全媒体记者/", "日电", "讯", "会议", "强调", "丰收"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 80 }), (pieces) => {
        const text = pieces.join("");
        expect(conservationDiff(text, parsePage(text))).toEqual({ lost: "", invented: "" });
      }),
      { numRuns: 400 },
    );
  });

  it("returns nothing, and says nothing, for an empty or blank page", () => {
    for (const blank of ["", "\n\n", " \u3000\t\r\n", "\ufeff"]) expect(parsePage(blank)).toEqual({ articles: [], unassigned: [], warnings: [], furniture: [] });
  });
});

describe("on mutations of real pages", () => {
  const page = fc.constantFrom(...realPages);
  const mutation = fc.oneof(
    fc.record({ op: fc.constant("delete" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ op: fc.constant("swap" as const), at: fc.nat(), count: fc.nat() }),
    fc.record({ op: fc.constant("control" as const), at: fc.nat(), count: fc.integer({ min: 0, max: 31 }) }),
    fc.record({ op: fc.constant("parens" as const), at: fc.nat(), count: fc.nat() }),
  );

  function mutate(text: string, m: { op: string; at: number; count: number }): string {
    const lines = text.split("\n");
    const at = m.at % lines.length;
    switch (m.op) {
      case "delete":
        lines.splice(at, m.count);
        break;
      case "duplicate":
        lines.splice(at, 0, ...lines.slice(at, at + m.count));
        break;
      case "swap": {
        const other = m.count % lines.length;
        [lines[at], lines[other]] = [lines[other]!, lines[at]!];
        break;
      }
      case "control": {
        const line = lines[at]!;
        const pos = line.length === 0 ? 0 : m.count % line.length;
        lines[at] = line.slice(0, pos) + String.fromCharCode(m.count) + line.slice(pos);
        break;
      }
      case "parens":
        lines[at] = lines[at]!.replace(/（/g, "(").replace(/\)/g, "）");
        break;
    }
    return lines.join("\n");
  }

  it("never throws and never loses or invents a character", () => {
    fc.assert(
      fc.property(page, fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, ms) => {
        const mutated = ms.reduce(mutate, text);
        const parsed = parsePage(mutated);
        expect(conservationDiff(mutated, parsed)).toEqual({ lost: "", invented: "" });
      }),
      { numRuns: 300 },
    );
  });
});

describe("spacing and line endings", () => {
  const variants: [string, (t: string) => string][] = [
    ["CRLF line endings", (t) => t.replace(/\n/g, "\r\n")],
    ["a byte-order mark", (t) => `\ufeff${t}`],
    ["ideographic-space indentation", (t) => t.replace(/^(?=\S)/gm, "\u3000\u3000")],
    ["tab indentation and trailing spaces", (t) => t.replace(/^(?=\S)/gm, "\t").replace(/(?<=\S)$/gm, "  ")],
    ["NBSP and ideographic spaces inside lines", (t) => t.replace(/ /g, "\u00a0")],
    ["extra blank lines between blocks", (t) => t.replace(/\n\n/g, "\n\n\n")],
  ];
  const { page } = seedCase();
  const plain = parsePage(page);
  for (const [name, change] of variants) {
    it(`reads the seed the same with ${name}`, () => {
      const changed = parsePage(change(page));
      const strip = (p: typeof plain) => p.articles.map(({ lines: _lines, ...rest }) => rest);
      expect(strip(changed)).toEqual(strip(plain));
    });
  }

  it("reads the seed the same with a web copy's half-width punctuation, and gives back the characters it printed", () => {
    const HALF: Record<string, string> = { "，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")" };
    const half = (t: string) => t.replace(/[，：；！？（）]/gu, (c) => HALF[c]!);
    const halved = (x: unknown): unknown => (typeof x === "string" ? half(x) : Array.isArray(x) ? x.map(halved) : x !== null && typeof x === "object" ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, halved(v)])) : x);
    const changed = parsePage(half(page));
    expect(changed.articles).toEqual(halved(plain.articles));
    expect(conservationDiff(half(page), changed)).toEqual({ lost: "", invented: "" });
    // (Between digits and Latin letters it is read as printed: a time, a number, an address.)
    expect(parsePage("市区公交运营时间调整\n\n本报讯（记者 张某）即日起，首班车6:30发车，票价1,000元以内不变，详见www.example.com。").articles[0]!.paragraphs[0]).toBe("即日起，首班车6:30发车，票价1,000元以内不变，详见www.example.com。");
  });
});

describe("on generated pages", () => {
  // Han characters that form no role word, agency, credit or numbering when cut anywhere.
  const HAN = Array.from("的一是在不了有和人这中大为上个国我以要他时来用们到作地于出就分对成会可主年动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政日那事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情最立代想已通并提直题党程展果料象革位入常总次品式活设及管特件长求老头基资边流路级少山统接知较将组见计别她手角期根运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石需段研界拉林律叫且究观越织装算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞");
  const LEADS = ["本报讯（记者 张某 通讯员 李某）", "新华社北京3月5日电 ", "株洲日报(全媒体记者/王某)", "本报讯 ", "湘潭日报讯(记者周某 通讯员赵某)", "新华社长沙11月6日电（记者刘某）"];
  const han = (min: number, max: number) => fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((a) => a.join(""));
  const sentence = fc.array(han(4, 18), { minLength: 1, maxLength: 4 }).map((clauses) => `${clauses.join("，")}。`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(""));
  // A title never ends where a phrase is cut (digits, 的, 和…) and is longer than a name.
  const title = han(5, 16).filter((t) => !/[的和与及在对把被从向将之以而并但或由]$/.test(t));
  const article = fc.record({
    title,
    lead: fc.constantFrom(...LEADS),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    cuts: fc.array(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 3 }),
  });

  /**
   * A column break: a blank line at a point where no sentence ends, past the
   * paragraph's first comma, and past a heading's length when only one comma is
   * before it. (A bare clause, or two terse ones, cut from the start of a paragraph
   * reads like a heading to anyone, `文艺演出，演绎精彩时刻`: real pages leave that to the annotator.)
   */
  /** Longest heading of two clauses the parser reads between paragraphs. */
  const HEADING_LENGTH = 18;
  const WHEN_AND_COMMA = new RegExp(`^(?:${anyOf(WHEN_WORDS)})，`, "u");
  function cut(text: string, at: number): string {
    const firstComma = text.indexOf("，");
    if (firstComma < 0) return text;
    const secondComma = text.indexOf("，", firstComma + 1);
    const pastHeading = secondComma > 0 && secondComma < HEADING_LENGTH ? secondComma + 1 : HEADING_LENGTH + 1;
    let pos = Math.max(firstComma + 1, pastHeading, Math.floor(text.length * at));
    // (Nor right before a word of when and its comma, `…的应` / `去年，…`: that reads as a label over a dated sentence to anyone.)
    while (pos < text.length - 1 && (text[pos - 1] === "。" || WHEN_AND_COMMA.test(text.slice(pos)))) pos++;
    if (pos >= text.length - 1) return text;
    return `${text.slice(0, pos)}\n\n${text.slice(pos)}`;
  }

  it("recovers every article, its title, lead and paragraphs, column breaks re-joined", () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 6 }), (articles) => {
        const blocks = articles.map((a) => {
          const body = a.paragraphs.map((p, i) => (i === 0 ? a.lead + p : p));
          const printed = body.map((p, i) => (i === 0 ? p : a.cuts.reduce((t, c) => (t.includes("\n") ? t : cut(t, c)), p)));
          return [a.title, ...printed].join("\n\n");
        });
        const parsed = parsePage(blocks.join("\n\n"));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.articles.map((a) => a.title)).toEqual(articles.map((a) => a.title));
        expect(parsed.articles.map((a) => a.paragraphs)).toEqual(articles.map((a) => a.paragraphs));
        expect(parsed.articles.map((a) => a.byline)).toEqual(articles.map((a) => a.lead.trim()));
      }),
      { numRuns: 200 },
    );
  });
});

describe("bylines composed from their parts", () => {
  it("an organisation, a role, names (spaced, run together, compound surnames), a second role and a note: every name is read with its role", () => {
    const orgs = ["", "本报", "晚报", "兰州日报社", "新重庆-重庆日报", "某某融媒体中心"];
    // (Qualifiers run together before a role are part of it: 特派全媒体记者, 驻京记者.)
    const roles = ["记者", "全媒体记者", "首席记者", "见习记者", "融媒体记者", "特派记者", "特派全媒体记者", "驻京记者", "全媒体首席记者", "融媒记者", "视频记者"];
    const nameSets = [["张明"], ["王晓红"], ["李强", "赵丽"], ["欧阳明", "陈静"], ["司马南"]];
    const seconds: [string, string[]][] = [["", []], [" 通讯员 刘洋", ["刘洋"]], [" 实习生 周婷", ["周婷"]], [" 通讯员刘洋 周婷", ["刘洋", "周婷"]]];
    const notes = ["", " 文/图", "文/图", " 报道", "（图/文）", " 发自北京", " 北京报道"];
    fc.assert(
      fc.property(fc.constantFrom(...orgs), fc.constantFrom(...roles), fc.constantFrom(...nameSets), fc.constantFrom(" ", "", "\u3000"), fc.constantFrom(...seconds), fc.constantFrom(...notes), (org, role, names, sep, [second, others], note) => {
        const line = `${org}${role}${sep}${names.join(sep === "" ? "" : " ")}${second}${note}`;
        const page = `市民夜市热闹非凡\n\n${line}\n\n近日，记者走访了全市多个夜市，看到市民们在摊位前挑选商品，一派热闹景象。\n`;
        const parsed = parsePage(page);
        expect(parsed.articles, line).toHaveLength(1);
        expect(parsed.articles[0]!.byline?.replace(/\s/gu, ""), line).toBe(line.replace(/\s/gu, ""));
        expect(parsed.articles[0]!.authors.map((p) => p.name), line).toEqual([...names, ...others]);
        expect(parsed.articles[0]!.authors[0]!.role, line).toBe(role);
      }),
      { numRuns: 300 },
    );
  });
});

describe("photo credits in their printed forms", () => {
  const caption = "10月16日，学生和市民在校园银杏林中拍照留念，金黄的银杏叶铺满小路。";
  const credits: [string, string[]][] = [
    ["本报记者 张明 摄", ["张明"]], ["张明 摄", ["张明"]], ["张明/摄", ["张明"]], ["首席记者 张明 摄", ["张明"]], ["兰州日报社全媒体记者 张明 摄", ["张明"]],
    ["张明 李强 摄", ["张明", "李强"]], ["张明、李强 摄", ["张明", "李强"]], ["张明李强赵丽摄", ["张明", "李强", "赵丽"]], ["（张明 摄）", ["张明"]], ["(本报记者 张明 摄)", ["张明"]],
    ["市园林局供图", []], ["新华社发", []], ["新华社记者 张明 摄", ["张明"]], ["摄影/张明", ["张明"]], ["摄影：张明", ["张明"]], ["图/张明", ["张明"]], ["摄/张明", ["张明"]],
    ["本报记者 张明 图", ["张明"]], ["摄影记者 张明", ["张明"]], ["首席摄影记者 张明", ["张明"]], ["特约摄影 张明", ["张明"]], ["摄影/晚报记者 张明", ["张明"]],
    ["图/本报记者 张明 李强", ["张明", "李强"]], ["摄影 记者 王 蓉", ["王蓉"]], ["张明 李强 摄影报道", ["张明", "李强"]], ["欧阳明 摄", ["欧阳明"]], ["本报记者 张明 通讯员 李强 摄", ["张明", "李强"]],
    // A source with no one named, and a name after the picture's word.
    ["资料图片", []], ["（资料图片）", []], ["本报资料图", []], ["网络图片", []], ["（图片来源：网络）", []], ["图片来源：新华社", []], ["人民图片", []], ["视觉中国", []], ["图片：张明", ["张明"]],
    // In brackets, who the picture came from and 图片 (or 照片).
    ["（民政总署图片）", []], ["（主办单位提供图片）", []], ["（受访者提供照片）", []],
  ];
  it("a photo story: the credit on its own line, after the caption on its line, or before the caption; every photographer named", () => {
    for (const [credit, names] of credits) {
      for (const page of [`校园银杏美如画\n\n${caption}\n\n${credit}\n`, `校园银杏美如画\n\n${caption}${credit}\n`, `校园银杏美如画\n\n${credit}\n\n${caption}\n`]) {
        const { articles } = parsePage(page);
        expect(articles.map((a) => a.kind), page).toEqual(["photo"]);
        expect(articles[0]!.photos.map((p) => [p.credit.replace(/\s/gu, ""), p.photographers.map((x) => x.name)]), page).toEqual([[credit.replace(/\s/gu, ""), names]]);
      }
    }
  });

  it("a writer and a photographer on one line (记者 甲 文 乙 摄, 甲/文 乙/图) is the byline of a report, never a credit", () => {
    const body = "近日，记者走访了全市多个夜市，看到市民们在摊位前挑选商品，一派热闹景象。";
    const leads = ["", "本报记者 ", "本报首席记者 ", "晚报全媒体记者 ", "记者 "];
    const writers = [["张明"], ["王晓红", "李强"], ["欧阳明"]];
    const forms: [string, (names: string[]) => string][] = [[" 文 ", (n) => `${n.join(" ")} 文`], ["/文", (n) => `${n.slice(0, -1).map((x) => `${x} `).join("")}${n.at(-1)}/文`]];
    const shots: [string, string][] = [["赵丽 摄", "摄"], ["赵丽/摄", "摄"], ["赵丽/图", "图"], ["赵丽 图", "图"]];
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.constantFrom(...writers), fc.constantFrom(...forms), fc.constantFrom(...shots), (lead, names, [, write], [shot, madeAs]) => {
        const line = `${lead}${write(names)} ${shot}`;
        const { articles } = parsePage(`市民夜市热闹非凡\n\n${line}\n\n${body}\n`);
        expect(articles.map((a) => [a.kind, a.byline, a.photos.length]), line).toEqual([["article", line, 0]]);
        const role = lead === "" ? "文" : lead.trim().replace(/^(?:本报|晚报)/u, "");
        expect(articles[0]!.authors, line).toEqual([...names.map((name) => ({ role, name })), { role: madeAs, name: "赵丽" }]);
      }),
      { numRuns: 200 },
    );
  });

  it("a layout glyph before a credit on its caption's line is no part of the credit", () => {
    const [a] = parsePage(`校园银杏美如画\n\n${caption}■本报记者 张明 摄\n`).articles;
    expect(a!.photos.map((p) => [p.caption, p.credit])).toEqual([[caption, "本报记者 张明 摄"]]);
  });

  it("text and picture by one writer (图/文 甲) is a byline, not a credit", () => {
    const [a] = parsePage(`校园银杏美如画\n\n图/文 张明\n\n${caption}\n`).articles;
    expect({ kind: a!.kind, byline: a!.byline, photos: a!.photos }).toEqual({ kind: "article", byline: "图/文 张明", photos: [] });
  });
});

describe("a paragraph a column cut anywhere", () => {
  const paras = [
    "据了解，今年以来，该市累计完成投资1250亿元，同比增长12.5%，其中工业投资增长18.3%，增速位居全省前列。",
    "“我们要把群众的事当成自己的事来办。”市委书记在座谈会上说，“只有这样，才能真正赢得民心。”",
    "该项目由中国中车集团（CRRC）投资建设，总面积约3.2万平方米——相当于4个标准足球场大小，预计明年6月投产。",
    "活动现场，工作人员向市民发放《防诈骗手册》等宣传资料2000余份，解答咨询300余人次，不少市民表示“受益匪浅”。",
    "近年来，当地坚持“生态优先、绿色发展”理念，先后实施退耕还林、湿地保护等工程，森林覆盖率达到65.8%以上。",
  ];
  const END = /[。！？…”」』）)；]$/u;
  /** The page: a report whose second paragraph is cut at `at`, between two whole ones. */
  const cutPage = (k: number, at: number) => {
    const p = paras[k]!;
    return `全市经济运行稳中向好\n\n本报讯（记者 张明）${paras[(k + 1) % paras.length]}\n\n${p.slice(0, at)}\n\n${p.slice(at)}\n\n${paras[(k + 2) % paras.length]}\n`;
  };

  // (A first part shorter than that, with no comma, has a title's form: 该项目由中国中车集团（CRRC）投 reads
  // as the next story's headline. Columns cut every 40–90 characters; a paragraph opening at a
  // column's foot is the exception.)
  it("is joined again wherever the cut falls, once the first part is 20 characters long or leaves a quote or bracket open", () => {
    for (const [k, p] of paras.entries()) {
      for (let at = 4; at < p.length - 4; at++) {
        const before = p.slice(0, at);
        if (END.test(before)) continue;
        const open = (before.match(/[“（《]/gu)?.length ?? 0) > (before.match(/[”）》]/gu)?.length ?? 0);
        if (at < 20 && !open && !/^[，、；：]/u.test(p.slice(at))) continue;
        const { articles } = parsePage(cutPage(k, at));
        expect(articles.map((a) => a.paragraphs[1]), `${before} | ${p.slice(at)}`).toEqual([p]);
      }
    }
  });
});

describe("pages composed of stories of every kind", () => {
  type Story = { title: string; kind: string; text: string };
  const KINDS: Record<string, (t: string) => Story> = {
    report: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报讯（记者 张明 通讯员 李强）昨天上午，${t}相关工作推进会在市行政中心召开，会议总结了前一阶段的工作。\n\n会议指出，各部门要进一步压实责任，确保各项任务按期完成，让群众得到更多实惠。` }),
    signed: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 王晓红\n\n近日，记者走进${t.slice(0, 4)}，看到一派繁忙景象。工人们正在加紧施工，确保项目早日建成投用。\n\n据介绍，该项目总投资约5亿元，建成后将有效带动周边产业发展。` }),
    photo: (t) => ({ title: t, kind: "photo", text: `${t}\n\n10月16日，市民在公园赏花拍照，处处洋溢着欢声笑语。\n\n本报记者 赵丽 摄` }),
    captionCredit: (t) => ({ title: t, kind: "photo", text: `${t}\n\n10月16日，游客在景区观赏红叶，层林尽染，美不胜收。本报记者 赵丽 摄` }),
    creditFirst: (t) => ({ title: t, kind: "photo", text: `${t}\n\n本报记者 钱伟 摄\n\n11月5日，农民在田间收割晚稻，一派丰收景象。` }),
    wire: (t) => ({ title: t, kind: "article", text: `${t}\n\n新华社北京11月6日电（记者 周婷）国家统计局6日发布数据，前三季度国内生产总值同比增长5.2%。\n\n数据显示，消费对经济增长的贡献率持续提升。` }),
    notice: (t) => {
      const title = `关于做好${t.slice(0, 4)}工作的通知`;
      return { title, kind: "other", text: `${title}\n\n为做好相关工作，现将有关事项通知如下：\n\n一、各单位要加强值班值守，严格执行24小时值班制度。\n\n二、各地要加强隐患排查，发现问题及时处置。\n\n市防汛抗旱指挥部\n\n2024年6月1日` };
    },
    details: (t) => {
      const title = `${t.slice(0, 4)}志愿者招募启事`;
      return { title, kind: "other", text: `${title}\n\n为做好相关服务保障，现面向社会招募志愿者30名。\n\n联系人：周老师\n\n联系电话：0731-22886699\n\n共青团某某市委员会` };
    },
    commentary: (t) => ({ title: t, kind: "commentary", text: `${t}\n\n发展是第一要务，也是解决一切问题的基础和关键。我们要坚持以人民为中心的发展思想，不断增进民生福祉。\n\n实干才能出实绩，担当才能有作为。\n\n（执笔：刘洋）` }),
    dialogue: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 陈静\n\n“快来看，新房子！”\n\n“真漂亮啊！”\n\n村民们围在新建的安置房前，脸上洋溢着笑容。今年以来，村里先后建成安置房120套，困难群众住上了新房。` }),
    obituary: () => ({ title: "张某某同志逝世", kind: "article", text: "著名科学家、教育家\n\n张某某同志逝世\n\n新华社北京11月6日电 著名科学家、教育家张某某同志，因病医治无效，于2024年11月1日在北京逝世，享年88岁。" }),
    crossheads: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 孙明\n\n今年以来，${t.slice(0, 4)}工作取得明显成效，群众满意度持续提升，各项指标稳中有进。\n\n${t.slice(0, 4)}抓落实\n\n${t.slice(0, 4)}工作推进中，各部门密切配合，形成了工作合力，一批重点任务提前完成。\n\n群众得实惠\n\n${t.slice(0, 4)}工作惠及群众，不少居民说，生活越来越方便了。` }),
    withPicture: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报讯（记者 吴敏）昨天，${t.slice(0, 4)}现场会召开，与会人员实地观摩了项目建设情况。\n\n现场会上，各地交流了经验做法。\n\n与会人员实地观摩项目建设情况。本报记者 吴敏 摄` }),
    // (Another story shares little vocabulary with the one above it; two briefs are two different stories.)
    brief: (t) => ({ title: t, kind: "article", text: `${t}\n\n${BRIEFS[TITLES.indexOf(t) % BRIEFS.length]}` }),
    endSigned: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报讯 近日，${t.slice(0, 4)}工作现场推进会召开，会议对下一阶段工作作出部署。\n\n会议要求，各地要抓住关键环节，确保工作落到实处。\n\n■本报记者 孙明\n\n通讯员 周婷` }),
    deck: (t) => ({ title: t, kind: "article", text: `奋力谱写新篇章\n\n${t}\n\n——我市扎实推进各项重点工作\n\n本报讯（记者 王晓红）今年以来，我市坚持稳中求进，${t.slice(0, 4)}等各项工作扎实推进。` }),
    madeBy: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报首席记者 刘洋 文 赵丽 摄\n\n夏夜，记者来到${t.slice(0, 4)}现场，只见灯火通明，工人们正在加紧作业，机器轰鸣声此起彼伏。\n\n“再过一个月就能完工了。”项目负责人告诉记者。` }),
    numbered: (t) => ({ title: t, kind: "photo", text: `${t}\n\n这是记者昨天在街头抓拍的一组镜头。\n\n图①环卫工人清扫大道\n\n图②志愿者清除小广告\n\n见习记者 刘 慧 摄` }),
    attributed: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 陈静\n\n傍晚时分，记者来到${t.slice(0, 4)}现场，只见人来人往，十分热闹。\n\n“生意比去年好多了！”\n\n摊主王大姐笑着说。` }),
    sections: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 孙明\n\n初冬时节，走进${t.slice(0, 4)}现场，返乡青年王某正在大棚里查看西红柿的长势。\n\n返乡创业\n\n2018年，在外打拼多年的王某回到家乡，承包了20亩土地种植大棚蔬菜。\n\n科技助力\n\n为了种好菜，他请来专家现场指导，还引进了智能温控系统。\n\n带富乡邻\n\n如今，合作社吸纳了40多户村民入股，每户年均增收两万余元。` }),
    interview: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 孙明\n\n近日，记者就${t.slice(0, 4)}工作专访了相关负责人。\n\n记者：今年的目标能完成吗？\n\n李某：没问题！\n\n问：还有什么打算？\n\n答：再办两场展销会，让更多群众受益。` }),
    numberedHeads: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 孙明\n\n今年以来，${t.slice(0, 4)}工作取得明显成效，群众满意度持续提升。\n\n一、规划先行\n\n各部门密切配合，形成了工作合力，一批重点任务提前完成。\n\n二、服务跟进\n\n不少居民说，生活越来越方便了。` }),
    spread: (t) => ({ title: t, kind: "photo", text: `${t}\n\n新春将至，各地年味渐浓，市民忙着置办年货、挂灯笼、贴春联。\n\n“福”字送市民\n\n本报记者 谭丽 摄\n\n年货节年味拉满\n\n本报记者 张伟 摄` }),
    speech: (t) => ({ title: t, kind: "article", text: `${t}\n\n同志们、朋友们：\n\n时光荏苒，岁序更新。值此新春佳节来临之际，我们向全市人民致以新春的祝福！` }),
    address: (t) => ({ title: t, kind: "article", text: `${t}\n\n市委书记 傅某荣\n\n市长 沃某特\n\n岁序更替，华章日新。过去一年，我们团结奋斗，交出了一份沉甸甸的答卷。` }),
    dispatch: (t) => ({ title: t, kind: "article", text: `${t}\n\n会议安排在下午三时开始，还未到二时，轮候的记者就已远远超过十五人。\n\n相信在未来岁月，各方定会以更加开放的姿态共谋发展。\n\n（北京七日电）\n\n本报记者 冯某欣` }),
    paperReport: (t) => ({ title: t, kind: "article", text: `${t}\n\n（某岛日报报道）因应区内乡郊爆窃情况，警区联同机动部队一连三日于区内黑点进行反爆窃行动。\n\n警方呼吁，市民应时刻提高警觉、加强住宅保安。` }),
    editorial: (t) => ({ title: t, kind: "commentary", text: `社论\n\n${t}\n\n人口老化持续，令适龄学童人数持续减少，越来越多学校面对收生不足的危机。\n\n当局宜及早规划，有序应对，不能一拖再拖。` }),
    translated: (t) => ({ title: t, kind: "article", text: `${t}\n\n【路透社华盛顿12月11日电】题：明年的世界经济：好事做过了头？（记者里奇·米勒）\n\n分析家说，如果富国不把好事做过头，明年世界经济增长的速度会加快。\n\n一些分析家担心全球经济可能因为决策者的良好用意而蹒跚不前。` }),
    parts: (t) => ({ title: t, kind: "article", text: `${t}\n\n本报记者 孙明\n\n你现在还有读报的习惯吗？每一天，报纸带着油墨的芬芳送到你面前。\n\n一\n\n让我们把时间往回迁移，回到十九世纪末二十世纪初，\n\n彼时的中国风云激荡。\n\n二\n\n于是，本地报的出现，便也顺理成章。` }),
  };
  // (Each brief shares no words with the other kinds' texts: a short line over text about something
  // else entirely is another story. Over text that shares a word or two, weak evidence keeps it in.)
  const BRIEFS = [
    "市图书馆新添一批自助借还设备，借书再也不用排长队。",
    "一场秋雨过后气温骤降，气象台提醒注意添衣保暖。",
    "湘江边将举办龙舟邀请赛，共有十二支队伍报名参赛。",
    "多所中小学开设围棋、书法等兴趣课，孩子们学得津津有味。",
    "一名外卖骑手跳进河里救起落水儿童，被评为见义勇为好市民。",
    "城区新开通三条夜间公交线路，末班车延至晚上十一点。",
    "一批明清瓷器入藏市博物馆，将于春节期间展出。",
    "志愿者去养老院看望老人，理发、量血压、唱红歌。",
  ];
  const TITLES = ["全市秋粮收购进展顺利", "城区老旧小区改造提速", "湘江风光带游人如织", "乡村振兴展新颜", "高新区项目建设如火如荼", "文明城市创建再出发", "市民文化节精彩纷呈", "农村公路通到家门口"];
  const story = fc.tuple(fc.constantFrom(...Object.keys(KINDS)), fc.constantFrom(...TITLES));

  it("finds every story, with its title and kind, in print order (thirty kinds)", () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 2, maxLength: 4 }), (picked) => {
        const stories = picked.map(([kind, title]) => KINDS[kind]!(title));
        fc.pre(new Set(stories.map((s) => s.title)).size === stories.length);
        const { articles } = parsePage(`${stories.map((s) => s.text).join("\n\n")}\n`);
        expect(articles.map((a) => `${a.kind}:${a.title}`)).toEqual(stories.map((s) => `${s.kind}:${s.title}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe("a notice's numbered items cut by a column", () => {
  const items = ["各单位要加强值班值守，严格执行24小时值班和领导带班制度，确保信息畅通。", "各地要加强隐患排查，对发现的问题建立台账，限期整改到位，防止发生次生灾害。", "各部门要加强协调配合，形成工作合力，确保各项措施落实落细。"];
  const numberings: [string, (n: number) => string][] = [["一、", (n) => `${"一二三"[n]}、`], ["1.", (n) => `${n + 1}.`], ["（1）", (n) => `（${n + 1}）`], ["(1)", (n) => `(${n + 1})`]];
  it("joins each item again, whatever the numbering, wherever in the item the cut falls past its first clause", () => {
    for (const [name, number] of numberings) {
      const numbered = items.map((t, n) => number(n) + t);
      for (const [k, item] of numbered.entries()) {
        // Past the first comma, or right at it (the rest then opens on the comma).
        for (const at of [item.indexOf("，"), item.indexOf("，") + 4, item.indexOf("，") + 10]) {
          const blocks = numbered.map((x, i) => (i === k ? `${x.slice(0, at)}\n\n${x.slice(at)}` : x));
          const page = `关于做好防汛工作的通知\n\n为做好全市防汛工作，现将有关事项通知如下：\n\n${blocks.join("\n\n")}\n\n市防汛抗旱指挥部\n\n2024年6月1日\n`;
          const { articles } = parsePage(page);
          expect(articles.map((a) => a.paragraphs), `${name} item ${k + 1} cut at ${at}`).toEqual([["为做好全市防汛工作，现将有关事项通知如下：", ...numbered, "市防汛抗旱指挥部", "2024年6月1日"]]);
        }
      }
    }
  });
});

describe("page furniture anywhere on the page", () => {
  const story = (t: string) => `${t}\n\n本报讯（记者 张明）昨天上午，${t}相关工作推进会召开，会议总结了前一阶段的工作。\n\n会议要求，各部门要进一步压实责任，确保各项任务按期完成。`;
  const FURNITURE = ["本版编辑 王某", "责任编辑：李某", "本版责编：李某 美编：赵某", "（下转第二版）", "（下转第3）", "{相关新闻见p04}", "（上接第一版）", "（上接一版②）", "（紧接第一版）", "A3", "第3版", "2023年11月7日 星期二", "株洲日报 2023年11月7日 星期二 第3版", "编辑/李某 校对/赵某", "本版责任编辑 王某 校对 李某", "新闻热线：0731-12345678", "03 要闻", "A3 要闻", "要闻·综合", "今日8版", "扫码看视频", "扫一扫 看更多", "扫二维码 了解更多", "扫描下方二维码观看视频", "扫描右下方二维码观看视频", "扫描文末二维码了解详情", "邮发代号：41-1", "值班编委：张某", "热线值班：于某 余某 张某", "第A3版：要闻", "01版:要闻"];
  it("goes to the page's furniture, above, between or below the stories, and never into one", () => {
    for (const line of FURNITURE) {
      for (const at of [0, 1, 2]) {
        const blocks = [story("全市秋粮收购进展顺利"), story("城区老旧小区改造提速")];
        blocks.splice(at, 0, line);
        const parsed = parsePage(`${blocks.join("\n\n")}\n`);
        expect(parsed.articles.map((a) => a.title), `${line} at ${at}`).toEqual(["全市秋粮收购进展顺利", "城区老旧小区改造提速"]);
        expect(parsed.furniture.map((f) => f.text.replace(/\s/gu, "")), `${line} at ${at}`).toEqual([line.replace(/\s/gu, "")]);
      }
    }
  });
});

describe("two headline lines", () => {
  const KICKERS = ["走进乡村振兴一线", "在希望的田野上", "春到湘江", "深入基层察民情", "聚焦两会", "风雨同舟七十载", "奋进新征程 建功新时代", "喜迎二十大", "践行新发展理念", "为了群众的笑脸"];
  const TITLES = ["市委书记调研春耕生产", "全市召开优化营商环境大会", "省人大常委会开展执法检查", "我市新增三家国家级专精特新企业", "市长主持召开政府常务会议", "县委理论学习中心组举行集体学习"];
  const SUBTITLES = ["涉案金额逾300万元 11名嫌疑人落网", "副市长出席并讲话", "总投资超过百亿元", "为期三天的活动吸引游客十万人次", "全年粮食产量稳定在120亿斤以上"];
  it("a theme or scene over a line stating the news is its kicker; a fact under the news line is its subtitle", () => {
    for (const kicker of KICKERS) for (const title of TITLES) expect(assignHeadline([kicker, title]).headline, `${kicker} / ${title}`).toEqual({ kicker, title, subtitle: null });
    for (const title of TITLES) for (const subtitle of SUBTITLES) expect(assignHeadline([title, subtitle]).headline, `${title} / ${subtitle}`).toEqual({ kicker: null, title, subtitle });
  });
});
