import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FRAGMENT_THRESHOLD, fragmentFeatures, fragmentScore, MAX_FRAGMENT_LINE } from "../../src/core/parse/fragment.ts";
import { fragmentExamples, trainFragments } from "../support/fragments.ts";

describe("the fragment model (src/core/parse/fragment.ts)", () => {
  it("reads a line's edges, the characters either side of the break, its length and its characters", () => {
    const features = fragmentFeatures("柳树村坐落于北", "山脚下，地处两条河流的交汇处。");
    expect(features).toEqual(expect.arrayContaining(["e1:北", "e2:于北", "s1:山", "s2:山脚", "x:北山", "b1:柳", "len:≤8", "c:于"]));
    expect(features).not.toContain("comma");
    expect(fragmentFeatures("十年来，初心不改", "村党支部书记张某带领村民修路建房。")).toContain("comma");
    expect(fragmentFeatures("转型升级  古城新生", "永甸镇地处宽甸中南部。")).toContain("space");
  });

  it("scores a sentence's first words a column cut above its threshold, a heading below it", () => {
    for (const [line, next] of [["记者就此事", "采访了柳树村村委会。村委会负责人表示，将尽快组织人员清理。"], ["会议要求各地", "要抓好秋收秋种工作，确保颗粒归仓，并做好安全生产。"]]) {
      expect(fragmentScore(line!, next!), line).toBeGreaterThanOrEqual(FRAGMENT_THRESHOLD);
    }
    for (const [line, next] of [["产业兴旺", "近年来，柳树村大力发展特色产业，村民收入逐年提高。"], ["乡村旅游火起来", "每到周末，来柳树村游玩的市民络绎不绝。"]]) {
      expect(fragmentScore(line!, next!), line).toBeLessThan(FRAGMENT_THRESHOLD);
    }
    expect(fragmentScore("一".repeat(MAX_FRAGMENT_LINE + 1), "二")).toBeNull();
  });

  it("is what npm run train-fragments gives from the annotated sets but the held-out ones (run it after changing a gold file)", () => {
    const committed = readFileSync(new URL("../../src/core/parse/fragment-model.json", import.meta.url), "utf8");
    expect(`${JSON.stringify(trainFragments(fragmentExamples()))}\n`).toBe(committed);
  });
});
