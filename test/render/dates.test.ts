import { describe, expect, it } from "vitest";
import { editionTime, parseUtcOffset, toZonedTime, zonedTime } from "../../src/render/dates.ts";

describe("editionTime", () => {
  it("puts an edition at 06:00 in the paper's zone by default", () => {
    const t = editionTime("2023-11-07", null, "+08:00");
    expect(t.epochMs).toBe(Date.UTC(2023, 10, 6, 22, 0, 0));
    expect(t.rfc3339).toBe("2023-11-07T06:00:00+08:00");
    expect(t.rfc822).toBe("Tue, 07 Nov 2023 06:00:00 +0800");
  });

  it("uses the manifest's time when given", () => {
    expect(editionTime("2023-11-07", "17:30", "+08:00").rfc3339).toBe("2023-11-07T17:30:00+08:00");
    expect(editionTime("2024-02-29", "00:00:05", "+08:00").rfc822).toBe("Thu, 29 Feb 2024 00:00:05 +0800");
  });

  it("writes RFC 822 with a numeric zone only, never a zone name or a colon", () => {
    for (const date of ["2023-01-01", "2023-06-30", "2023-12-31"]) {
      const { rfc822 } = editionTime(date, null, "+08:00");
      expect(rfc822).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
      expect(rfc822).not.toMatch(/CST|GMT|\+08:00/);
      expect(Date.parse(rfc822)).toBe(editionTime(date, null, "+08:00").epochMs);
    }
  });

  it("handles zones west of UTC and half hours", () => {
    expect(editionTime("2023-11-07", null, "-05:30").rfc822).toBe("Tue, 07 Nov 2023 06:00:00 -0530");
    expect(editionTime("2023-11-07", null, "-05:30").epochMs).toBe(Date.UTC(2023, 10, 7, 11, 30));
  });

  it("names the bad parameter", () => {
    expect(() => editionTime("2023-11-31", null, "+08:00")).toThrow(/edition\.date: 2023-11-31 is not a calendar date/);
    expect(() => editionTime("7 Nov 2023", null, "+08:00")).toThrow(/edition\.date: expected YYYY-MM-DD/);
    expect(() => editionTime("2023-11-07", "6am", "+08:00")).toThrow(/edition\.time/);
    expect(() => editionTime("2023-11-07", "24:00", "+08:00")).toThrow(/edition\.time/);
    expect(() => editionTime("2023-11-07", null, "CST")).toThrow(/utcOffset/);
  });
});

describe("zoned times", () => {
  it("shows one instant in the paper's zone", () => {
    const t = zonedTime(Date.UTC(2023, 11, 31, 20, 15, 7), 480);
    expect(t.rfc3339).toBe("2024-01-01T04:15:07+08:00");
    expect(t.rfc822).toBe("Mon, 01 Jan 2024 04:15:07 +0800");
  });

  it("parses offsets and RFC 3339 instants", () => {
    expect(parseUtcOffset("+08:00")).toBe(480);
    expect(parseUtcOffset("Z")).toBe(0);
    expect(toZonedTime("2023-11-07T00:30:00Z", 480).rfc3339).toBe("2023-11-07T08:30:00+08:00");
    expect(() => toZonedTime("2023-11-07 08:30", 480, "updated")).toThrow(/updated: expected an RFC 3339 time/);
  });
});
