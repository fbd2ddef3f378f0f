/** `PageWords`: shared words weigh by how few of the page's blocks use them. */
import { describe, expect, it } from "vitest";
import { PageWords } from "../../src/core/parse/page-words.ts";

describe("PageWords", () => {
  const blocks = ["全市各地秋收忙", "全市各地农民抢收晚稻。", "全市各地粮站收购秋粮。", "图书馆延长开放时间。", "图书馆新添借还设备。"];
  const words = new PageWords(blocks);

  it("gives a word every block uses no weight: sharing the page's theme says nothing", () => {
    expect(new PageWords(["全市各地甲乙", "全市各地丙丁"]).similarity("全市各地甲乙", "全市各地丙丁")).toBe(0);
  });

  it("weighs a word few blocks use: two blocks about the library are alike, a library block and a harvest block are not", () => {
    const library = words.similarity(blocks[3]!, blocks[4]!);
    const across = words.similarity(blocks[1]!, blocks[3]!);
    expect(library).toBeGreaterThan(0.1);
    expect(across).toBe(0);
    expect(words.similarity(blocks[1]!, blocks[2]!)).toBeLessThan(library);
  });

  it("is 1 for the same text and 0 for text with no Han words", () => {
    expect(words.similarity(blocks[3]!, blocks[3]!)).toBeCloseTo(1, 10);
    expect(words.similarity("2024", blocks[3]!)).toBe(0);
    expect(words.similarity("", "")).toBe(0);
  });
});
