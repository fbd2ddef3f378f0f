/** An edition's publication time: from the manifest, through the plan, into every feed item's date. */
import { describe, expect, it } from "vitest";
import { ManifestError, readSourceManifest } from "../../src/publish/source.ts";
import { plan } from "../../src/publish/plan.ts";
import { readIndexPage } from "../../src/publish/layout.ts";
import { buildFeedItem } from "../../src/render/index.ts";
import { archive, PAPER } from "./helpers.ts";

const text = (time: string | null) =>
  JSON.stringify({
    paper: { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" },
    editions: [{ date: "2023-11-07", ...(time === null ? {} : { time }), pages: [{ page: 1, file: "a.txt" }] }],
  }, null, 2);

describe("edition time", () => {
  it("is read from the manifest when given, and absent otherwise", () => {
    expect(readSourceManifest("m.json", text("05:30")).pages[0]!.time).toBe("05:30");
    expect("time" in readSourceManifest("m.json", text(null)).pages[0]!).toBe(false);
  });

  it("must be a local HH:MM, named with its line when it is not", () => {
    for (const bad of ["6:00", "24:00", "06:60", "morning"]) {
      expect(() => readSourceManifest("m.json", text(bad))).toThrow(ManifestError);
      expect(() => readSourceManifest("m.json", text(bad))).toThrow(/m\.json:\d+: editions\[0\]\.time must be a local time/);
    }
  });

  it("reaches every article record, and each feed item is dated by it", async () => {
    const pages = archive(["2023-11-07"], 1).map((p) => ({ ...p, time: "05:30" }));
    const built = await plan({ paper: PAPER, pages });
    const head = built.manifest.all.head!;
    const records = readIndexPage(built.entries.get(head.key)!).items;
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.edition.time).toBe("05:30");
    const item = buildFeedItem({ siteUrl: "https://paper.example", paper: PAPER }, records[0]!);
    expect(item.published.rfc3339).toBe("2023-11-07T05:30:00+08:00");
  });

  it("changes nothing in a build whose manifest gives no time", async () => {
    const without = await plan({ paper: PAPER, pages: archive(["2023-11-07"], 1) });
    const again = await plan({ paper: PAPER, pages: archive(["2023-11-07"], 1).map((p) => ({ ...p, time: undefined })) });
    expect(again.manifest.id).toBe(without.manifest.id);
    const head = without.manifest.all.head!;
    for (const r of readIndexPage(without.entries.get(head.key)!).items) expect("time" in r.edition).toBe(false);
  });
});
