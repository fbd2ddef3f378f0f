/** Pages printed in Traditional characters are read as Simplified ones are, and keep their own characters. */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/core/parse/index.ts";
import { classifyArticle } from "../../src/core/classify/index.ts";
import { conservationDiff } from "../support/gold.ts";
import { ANNOTATED_SETS, readSet } from "../support/sets.ts";

const page = (...blocks: string[]) => blocks.join("\n\n");

describe("Traditional characters", () => {
  it("reads a Traditional page's byline, lead and credit, and gives back the characters printed", () => {
    const text = page("緊張有序防汛 爭分奪秒抗洪", "——兩省防汛抗洪直擊", "大堤搶險 汪某某攝", "民眾在用石料壓實導滲溝", "本報記者 王某某 攝", "市圖書館延長開放時間", "本報訊（記者 張某）即日起，市圖書館每天開放至夜裡九點，方便讀者借閱。");
    const { articles } = parsePage(text);
    expect(articles.map((a) => [a.kind, a.title])).toEqual([["photo", "緊張有序防汛 爭分奪秒抗洪"], ["article", "市圖書館延長開放時間"]]);
    expect(articles[0]!.photos.map((p) => [p.caption, p.credit])).toEqual([["大堤搶險", "汪某某攝"], ["民眾在用石料壓實導滲溝", "本報記者 王某某 攝"]]);
    expect(articles[0]!.photos[1]!.photographers).toEqual([{ role: "記者", name: "王某某" }]);
    expect(articles[1]).toMatchObject({ byline: "本報訊（記者 張某）", authors: [{ role: "記者", name: "張某" }], paragraphs: ["即日起，市圖書館每天開放至夜裡九點，方便讀者借閱。"] });
    expect(conservationDiff(text, parsePage(text))).toEqual({ lost: "", invented: "" });
  });

  it("gives back a Traditional character outside the basic plane (𥸠, read as 𥮋) in a string the parser reshaped", () => {
    // (A control character the parser drops makes the string no longer one the view holds as it stands.)
    const text = "𥸠\u0000𐀀𐀀𐀀";
    const parsed = parsePage(text);
    expect(parsed.unassigned.map((u) => u.text)).toEqual(["𥸠𐀀𐀀𐀀"]);
    expect(conservationDiff(text, parsed)).toEqual({ lost: "", invented: "" });
  });

  it("keeps each article's own script on a page that mixes them, and a character printed both ways in one article where it stood", () => {
    const text = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，梁祝文化节同期举行。", "栋樑之材", "本報訊（記者 李某）雕樑畫棟的古建築修繕完工，梁某某說，工期比預計提前。");
    const parsed = parsePage(text);
    expect(parsed.articles.map((a) => a.byline)).toEqual(["本报讯（记者 张某）", "本報訊（記者 李某）"]);
    expect(parsed.articles[1]!.paragraphs[0]).toBe("雕樑畫棟的古建築修繕完工，梁某某說，工期比預計提前。");
    expect(conservationDiff(text, parsed)).toEqual({ lost: "", invented: "" });
  });

  it("gives back the printed characters on a page whose lines end in a lone carriage return or a line separator", () => {
    for (const end of ["\r", "\u2028", "\r\n"]) {
      const text = ["", "市圖書館延長開放時間", "", "本報訊（記者 張某）即日起，市圖書館每天開放至夜裡九點，方便讀者借閱。"].join(end);
      const parsed = parsePage(text);
      expect(conservationDiff(text, parsed)).toEqual({ lost: "", invented: "" });
      expect(parsed.articles[0]!.title).toBe("市圖書館延長開放時間");
    }
  });

  it("classifies a Traditional article by its words, as the Simplified one", () => {
    const simplified = parsePage(page("前三季度全市规上工业增加值增长8.2%", "本报讯（记者 张某）记者从市统计局获悉，前三季度全市规模以上工业增加值同比增长8.2%，工业投资稳步回升。")).articles[0]!;
    const traditional = parsePage(page("前三季度全市規上工業增加值增長8.2%", "本報訊（記者 張某）記者從市統計局獲悉，前三季度全市規模以上工業增加值同比增長8.2%，工業投資穩步回升。")).articles[0]!;
    expect(classifyArticle(traditional).section).toBe(classifyArticle(simplified).section);
    expect(classifyArticle(traditional).section).toBe("economy");
  });
});

describe("what a text extraction or a web copy leaves in a page", () => {
  // Pages of the real corpus, each read as printed and as an extraction or a web copy might have left it: the parser must
  // give every line the same role and keep every character.
  // (Every page printed in Traditional characters, which the parser reads through a Simplified view and gives back, and a
  // Simplified page of each of a dozen sets.)
  const real = ANNOTATED_SETS.filter((s) => s.startsWith("real-")).map((set) => readSet(`test/fixtures/${set}`));
  const traditional = (text: string) => (text.match(/[們這會為說國個來時對後發與經開關實場]/gu) ?? []).length >= 4;
  const cases = [...real.flat().filter((c) => traditional(c.page)), ...real.slice(0, 12).map((set) => set.find((c) => !traditional(c.page))!).filter(Boolean)];
  const roles = (text: string) => parsePage(text, { explain: true }).decisions!.map((d) => `${d.line}:${d.role}`);
  const variants: Record<string, (text: string) => string> = {
    "lines that end in spaces": (t) => t.replace(/\n/gu, "  \n"),
    "blank lines that hold a tab or an ideographic space": (t) => t.replace(/\n\n/gu, "\n\t\n").replace(/\n\t\n\t\n/gu, "\n\t\n\u3000\n"),
    "zero-width spaces inside the text": (t) => { let k = 0; return t.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, () => (++k % 40 === 0 ? "\u200b" : "")); },
    "full-width digits and letters": (t) => t.replace(/[0-9A-Za-z%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/gu, "．"),
    "straight double quotes": (t) => (/"/u.test(t) ? t : t.replace(/[“”]/gu, '"')),
    "full stops for an ellipsis": (t) => (/\.\.\./u.test(t) ? t : t.replace(/…+/gu, "...")),
    "another middle dot": (t) => (/•/u.test(t) ? t : t.replace(/·/gu, "•")),
    "another slash": (t) => (/[╱／]/u.test(t) ? t : t.replace(/(?<=\p{Script=Han})\/(?=\p{Script=Han})/gu, "╱")),
  };
  for (const [name, change] of Object.entries(variants)) {
    it(`reads a page with ${name} as the page printed, and keeps every character`, () => {
      const changed = cases.map((c) => ({ c, text: change(c.page) })).filter((x) => x.text !== x.c.page);
      expect(changed.length).toBeGreaterThanOrEqual(5);
      for (const { c, text: changedText } of changed) {
        const changed = changedText;
        expect(roles(changed), c.name).toEqual(roles(c.page));
        expect(conservationDiff(changed, parsePage(changed)), c.name).toEqual({ lost: "", invented: "" });
      }
    });
  }

  it("closes a straight quote after a question and before who asked it, as the curly page reads", () => {
    const curly = page("菜市场里的年味", "本报记者 王某", "腊月二十八，城东菜市场里人头攒动，年味越来越浓。", "“生意好不好？”记者问。", "“好得很！”", "摊主李大姐笑得合不拢嘴。");
    const straight = curly.replace(/[“”]/gu, '"');
    const roles = (text: string) => parsePage(text, { explain: true }).decisions!.map((d) => `${d.line}:${d.role}:${d.rule}`);
    expect(roles(straight)).toEqual(roles(curly));
    expect(parsePage(straight).articles.map((a) => a.title)).toEqual(["菜市场里的年味"]);
  });

  it("gives back full-width digits and straight quotes as printed, and reads them as their usual forms", () => {
    const text = page("全市ＧＤＰ增长３．５％", "本报讯（记者 张某）１９９８年３月５日上午，市统计局发布数据：全市\"稳中有进\"。");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ title: "全市ＧＤＰ增长３．５％", byline: "本报讯（记者 张某）", paragraphs: ["１９９８年３月５日上午，市统计局发布数据：全市\"稳中有进\"。"] });
    expect(conservationDiff(text, parsePage(text))).toEqual({ lost: "", invented: "" });
  });
});
