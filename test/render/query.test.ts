import { describe, expect, it } from "vitest";
import { applyFeedQuery, FEED_LIMIT_DEFAULT, parseFeedQuery } from "../../src/render/query.ts";
import { seedItems } from "./seed.ts";

const parse = (qs: string) => parseFeedQuery(new URLSearchParams(qs));
const query = (qs: string) => {
  const result = parse(qs);
  if (!result.ok) throw new Error(result.message);
  return result.query;
};
const titles = (qs: string) => applyFeedQuery(seedItems(), query(qs)).map((i) => i.title);

describe("parseFeedQuery", () => {
  it("defaults to the first 50 items and no filters", () => {
    expect(parse("")).toEqual({ ok: true, query: { limit: FEED_LIMIT_DEFAULT, filter: [], filterout: [] } });
  });

  it("reads limit, filter and filterout; other parameters are ignored", () => {
    expect(parse("limit=3&filter=株洲|%20茶陵%20||&filterout=ABC&utm_source=x")).toEqual({
      ok: true,
      query: { limit: 3, filter: ["株洲", "茶陵"], filterout: ["abc"] },
    });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=2.5", "limit"],
    ["limit=-1", "limit"],
    ["limit=abc", "limit"],
    ["limit=1&limit=2", "limit"],
    [`filter=${"x".repeat(201)}`, "filter"],
    [`filterout=${Array.from({ length: 11 }, (_, i) => `k${i}`).join("|")}`, "filterout"],
    ["filter=a&filter=b", "filter"],
  ])("%s is rejected naming %s", (qs, parameter) => {
    const result = parse(qs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.parameter).toBe(parameter);
  });
});

describe("applyFeedQuery", () => {
  it("limits after filtering, keeping feed order", () => {
    expect(titles("limit=2")).toEqual(["习近平会见全国“枫桥式工作法” 入选单位代表", "深入开展“走找想促”活动 全力推动主题教育走深走实"]);
  });

  it("keeps items whose title or text contains any keyword", () => {
    expect(titles("filter=油茶")).toEqual(["油茶满枝喜丰收"]);
    // 枫桥 is in the first title; 技能竞赛 only in the text and subtitle of 市总工会…
    expect(titles("filter=枫桥|技能竞赛")).toEqual(["习近平会见全国“枫桥式工作法” 入选单位代表", "市总工会搭舞台助“工”成“匠”"]);
    // a byline and a photo credit count as content
    expect(titles("filter=邹怡敏")).toEqual(["油茶满枝喜丰收"]);
  });

  it("drops items containing a filterout keyword, and combines with filter", () => {
    expect(titles("filterout=曹慧泉|株洲")).toEqual(["习近平会见全国“枫桥式工作法” 入选单位代表"]);
    // 株洲日报 is in every local byline or credit; the commentary and the Xinhua story have none
    expect(titles("filter=株洲日报&filterout=曹慧泉")).toEqual([
      "市总工会搭舞台助“工”成“匠”",
      "茶陵首届创新创业大赛即将开赛",
      "特许经营权交易活跃 交易金额创历年新高",
      "“牧草之王”收割忙",
      "油茶满枝喜丰收",
    ]);
    expect(titles("filter=株洲日报&filterout=曹慧泉&limit=2")).toEqual(["市总工会搭舞台助“工”成“匠”", "茶陵首届创新创业大赛即将开赛"]);
  });

  it("matches case- and width-insensitively, and treats regex syntax as plain text", () => {
    expect(titles("filter=ＩＧＢＴ")).toEqual(["毫不含糊走好区域协作之路"]);
    expect(titles("filter=igbt")).toEqual(["毫不含糊走好区域协作之路"]);
    expect(titles("filter=.*")).toEqual([]);
    expect(titles("filter=(a+)+$")).toEqual([]);
  });
});
