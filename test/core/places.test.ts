/**
 * The country's divisions by name (place-names.json): what the data gives, and the two questions the parser asks of
 * them — a place's name, a place's name cut across a column's break.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnCut } from "../../src/core/parse/column.ts";
import { readLead } from "../../src/core/parse/byline.ts";
import { placeAcross, placeLevel } from "../../src/core/parse/places.ts";

describe("place names", () => {
  it("are what npm run derive-places gives from the pinned division codes: knowledge of the country, not of any page", async () => {
    const { derivePlaceNames, placeData } = await import("../../scripts/derive-places.ts");
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "../../src/core/parse/place-names.json"), "utf8"));
    expect(committed).toEqual(derivePlaceNames(placeData()));
  });

  it("name provinces, cities and counties in full and short, the peoples of an autonomous division left off with its kind", () => {
    // (A short name may be a word too, 公安 of 公安县: the parser asks only where a place is expected.)
    expect(["河北省", "河北", "唐山市", "唐山", "金凤区", "金凤", "宁夏", "临夏", "延边", "大兴安岭"].map(placeLevel)).toEqual(["province", "province", "city", "city", "county", "county", "province", "city", "city", "city"]);
    for (const word of ["新天水", "龙腾南阳", "新闻", "记者", "群众"]) expect(placeLevel(word), word).toBeNull();
  });

  it("run across a break when the next line opens on the name's kind of division", () => {
    expect(placeAcross("王某对某集团在唐山", "市交通和城市基础设施建设")).toBe("唐山市");
    expect(placeAcross("银川市公安局金凤", "区分局上海西路派出所")).toBe("金凤区");
    expect(placeAcross("在雄关区福民小区棚", "户区回迁户王某家中")).toBeNull();
    // (A column cut the name: it runs on, unless the ending and what follows read as a word of their own, 市民, 市区.)
    expect(columnCut("王某对某集团在唐山", "市交通和城市基础设施建设领域给予的大力支持表示感谢。")).toBe("word-across");
    expect(columnCut("银川市公安局金凤", "区分局上海西路派出所“义警”巡逻队由夜市从业人员组成。")).toBe("word-across");
    for (const [heading, next] of [["走进唐山", "市民纷纷走上街头，感受节日气氛。"], ["美丽乡村看江门", "市区新貌日新月异，游客纷至沓来。"]]) expect(columnCut(heading!, next!), heading).toBeNull();
  });

  it("open a trade paper's report as its lead, a province's before a city's (北京讯, 河北唐山讯); a brand's 讯 is not one", () => {
    expect(readLead("河北唐山讯 某集团总裁张某和唐山市委书记王某近日举行会谈。")).toEqual({ byline: "河北唐山讯", dateline: null, authors: [], rest: "某集团总裁张某和唐山市委书记王某近日举行会谈。" });
    expect(readLead("北京讯 全国劳模、某局电力工高级技师窦某先进事迹入选大型展览。")?.byline).toBe("北京讯");
    // (A dash may set the lead apart as a space does, and stays in the byline as printed: `泗水讯——…`.)
    expect(readLead("泗水讯——创刊于泗水的华文报迎来创刊25周年。")).toEqual({ byline: "泗水讯——", dateline: null, authors: [], rest: "创刊于泗水的华文报迎来创刊25周年。" });
    for (const text of ["新天水讯 7月12日", "龙腾南阳讯 南阳月季，千姿百态。", "新闻快讯 昨日下午，某路段发生交通事故。"]) expect(readLead(text), text).toBeNull();
    // (A place's brand, a word or two before its name, leads a text that opens on its day: `爱东营讯 近日，…`; not a brand of no
    // place's, nor one over text that opens otherwise.)
    expect(readLead("爱东营讯 近日，在某镇的一处苹果种植园里，农民正在采摘。")).toEqual({ byline: "爱东营讯", dateline: null, authors: [], rest: "近日，在某镇的一处苹果种植园里，农民正在采摘。" });
    expect(readLead("掌上东营讯 3月2日上午，某某活动举行。")?.byline).toBe("掌上东营讯");
    for (const text of ["爱东营讯 农民正在采摘。", "喜事多多讯 近日，某某活动举行。", "新闻快讯 近日，某路段发生交通事故。"]) expect(readLead(text), text).toBeNull();
  });
});
