/**
 * What the build accepts, the Worker serves: one validator for edition dates and UTC offsets,
 * ids of any count, and `since` at the ends of the calendar.
 */
import { describe, expect, it } from "vitest";
import { articleIds, ARTICLE_ID_PATTERN, dateOfArticleId } from "../../src/publish/ids.ts";
import { readSourceManifest } from "../../src/publish/source.ts";
import { isIsoDate, parseUtcOffset } from "../../src/publish/values.ts";
import { editionTime } from "../../src/render/dates.ts";
import { sinceDate } from "../../src/worker/params.ts";

const manifest = (utcOffset: string, date: string) =>
  JSON.stringify({ paper: { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset }, editions: [{ date, pages: [{ page: 1, file: "a.txt" }] }] }, null, 2);

describe("edition dates", () => {
  it("years 0000–0099 are the years they say, in the build and in the renderers alike", () => {
    for (const date of ["0023-11-08", "0000-01-01", "0099-12-31"]) {
      expect(isIsoDate(date), date).toBe(true);
      expect(editionTime(date, null, "+08:00").rfc3339).toBe(`${date}T06:00:00+08:00`);
      expect(readSourceManifest("seeds/manifest.json", manifest("+08:00", date)).pages[0]!.date).toBe(date);
    }
    for (const date of ["2023-02-30", "0023-13-01", "1900-02-29"]) {
      expect(isIsoDate(date), date).toBe(false);
      expect(() => editionTime(date, null, "+08:00"), date).toThrow(/not a calendar date/);
    }
  });
});

describe("UTC offsets", () => {
  it("the build refuses, naming the manifest line, every offset the renderers refuse", () => {
    for (const offset of ["+15:00", "-14:01", "+08:60", "8:00", "+0800"]) {
      expect(() => parseUtcOffset(offset), offset).toThrow(RangeError);
      expect(() => readSourceManifest("seeds/manifest.json", manifest(offset, "2023-11-07")), offset).toThrow(/^seeds\/manifest\.json:6: "paper\.utcOffset" must look like \+08:00, from -14:00 to \+14:00/);
    }
    for (const offset of ["+14:00", "-12:00", "+05:45", "Z"]) {
      expect(() => parseUtcOffset(offset), offset).not.toThrow();
      expect(() => editionTime("2023-11-07", null, offset)).not.toThrow();
    }
  });
});

describe("article ids", () => {
  it("stay servable for any count of same-titled articles on a page", async () => {
    const same = Array.from({ length: 1200 }, () => ({ title: "图片新闻", kicker: null, paragraphs: [], photos: [] }));
    const ids = await articleIds("株洲日报", "2023-11-07", 1, same);
    expect(new Set(ids).size).toBe(1200);
    expect(ids[1199]).toMatch(/-1200$/);
    for (const id of ids) expect(ARTICLE_ID_PATTERN.test(id), id).toBe(true);
    expect(dateOfArticleId(ids[1199]!)).toBe("2023-11-07");
    expect(ARTICLE_ID_PATTERN.test(`${ids[0]}-0`)).toBe(false);
  });
});

describe("since at the ends of the calendar", () => {
  it("an instant after year 9999 or before year 0000 in the paper's zone is the last or first date, never a malformed one", () => {
    expect(sinceDate("9999-12-31T23:00:00-05:00", "+08:00")).toBe("9999-12-31");
    expect(sinceDate("0000-01-01T00:00:00+05:00", "+08:00")).toBe("0000-01-01");
    expect(sinceDate("0000-01-01T00:00:00+09:00", "+08:00")).toBe("0000-01-01");
    expect(sinceDate("2023-11-06T20:00:00Z", "+08:00")).toBe("2023-11-07");
    expect(sinceDate("0023-11-08", "+08:00")).toBe("0023-11-08");
  });
});
