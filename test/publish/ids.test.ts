import { describe, expect, it } from "vitest";
import { articleIds, ARTICLE_ID_PATTERN, dateOfArticleId, normaliseTitle } from "../../src/publish/ids.ts";
import { seed } from "./helpers.ts";

const item = (title: string | null, paragraphs: string[] = ["正文"]) => ({ title, kicker: null, paragraphs, photos: [] });

describe("article ids", () => {
  it("are URL-safe, name the edition date, and are the same on every run", async () => {
    const a = await articleIds("株洲日报", "2023-11-07", 1, seed());
    const b = await articleIds("株洲日报", "2023-11-07", 1, seed());
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(9);
    for (const id of a) {
      expect(id).toMatch(ARTICLE_ID_PATTERN);
      expect(encodeURIComponent(id)).toBe(id);
      expect(dateOfArticleId(id)).toBe("2023-11-07");
    }
  });

  it("do not depend on position: reordering or dropping other articles keeps every id", async () => {
    const articles = seed();
    const ids = await articleIds("株洲日报", "2023-11-07", 1, articles);
    const reversed = await articleIds("株洲日报", "2023-11-07", 1, [...articles].reverse());
    expect(reversed).toEqual([...ids].reverse());
    const withoutFirst = await articleIds("株洲日报", "2023-11-07", 1, articles.slice(1));
    expect(withoutFirst).toEqual(ids.slice(1));
  });

  it("do not change when the parser changes the text but not the title, and ignore spacing and width", async () => {
    const [a] = await articleIds("p", "2023-11-07", 1, [item("推动全市政法工作 再上新台阶", ["一"])]);
    const [b] = await articleIds("p", "2023-11-07", 1, [item("推动全市政法工作\n再上新台阶", ["一", "二"])]);
    const [c] = await articleIds("p", "2023-11-07", 1, [item("ＡＢＣ 标题")]);
    const [d] = await articleIds("p", "2023-11-07", 1, [item("abc标题")]);
    expect(a).toBe(b);
    expect(c).toBe(d);
  });

  it("differ by paper, date, page and title", async () => {
    const base = (await articleIds("p", "2023-11-07", 1, [item("标题")]))[0];
    expect((await articleIds("q", "2023-11-07", 1, [item("标题")]))[0]).not.toBe(base);
    expect((await articleIds("p", "2023-11-08", 1, [item("标题")]))[0]).not.toBe(base);
    expect((await articleIds("p", "2023-11-07", 2, [item("标题")]))[0]).not.toBe(base);
    expect((await articleIds("p", "2023-11-07", 1, [item("标题二")]))[0]).not.toBe(base);
  });

  it("suffix same-title collisions by their order among those articles only", async () => {
    const ids = await articleIds("p", "2023-11-07", 1, [item("图片新闻"), item("别的"), item("图片新闻"), item("图片新闻")]);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    // Removing the unrelated article in between changes nothing.
    const again = await articleIds("p", "2023-11-07", 1, [item("图片新闻"), item("图片新闻"), item("图片新闻")]);
    expect(again).toEqual([ids[0], ids[2], ids[3]]);
  });

  it("fall back to kicker, caption or first paragraph for untitled items", () => {
    expect(normaliseTitle({ title: null, kicker: "引题", paragraphs: [], photos: [] })).toBe("引题");
    expect(normaliseTitle({ title: null, kicker: null, paragraphs: ["第一段"], photos: [{ caption: "说明", credit: "", photographers: [] }] })).toBe("说明");
    expect(normaliseTitle({ title: null, kicker: null, paragraphs: ["第一段"], photos: [] })).toBe("第一段");
  });

  it("are rejected when malformed", () => {
    for (const bad of ["", "abc", "20231107-1-ABCDEFGH", "20231107-1-abcdefgh-", "../etc", "20231107-1000-abcdefgh"]) expect(dateOfArticleId(bad)).toBeNull();
  });
});
