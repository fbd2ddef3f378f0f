/**
 * Photos' pictures through the build: the manifest ties a picture file to a photo by a line of
 * its caption or credit; the build checks the file by its bytes, stores it content-addressed
 * (m/<hash>.<ext>, listed in the build's n/ directory), and collection keeps it while a kept
 * build uses it. Every mistake names the manifest line.
 */
import { readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBuild } from "../../src/build/pipeline.ts";
import { parseKey, readMediaDirectory, readManifest } from "../../src/publish/layout.ts";
import { prune } from "../../src/publish/publish.ts";
import { ManifestError, readSourceManifest } from "../../src/publish/source.ts";
import { makeGif, makeJpeg, makePng } from "../support/images.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { ROOT, SEED_FILE, seedsSandbox, buildFailure } from "./helpers.ts";

const { sandbox, options } = seedsSandbox("edgepaper-images-");


/** Lines of the seed page: a text report's photo credit, a photo story's caption, a title. */
const REPORT_CREDIT = 112;
const STORY_CAPTION = 134;
const TITLE = 3;

async function manifest(images: unknown, extra: Record<string, unknown> = {}): Promise<void> {
  const m = JSON.parse(await readFile(path.join(ROOT, "test/fixtures/seed/manifest.json"), "utf8"));
  m.editions[0].pages[0] = { ...m.editions[0].pages[0], images, ...extra };
  await writeFile(path.join(sandbox.seeds, "manifest.json"), JSON.stringify(m, null, 2));
}


describe("pictures in the build", () => {
  it("ties each picture to the photo whose credit or caption is on its line, and stores it by content", async () => {
    const png = makePng(4, 3);
    const jpeg = makeJpeg(1024, 683);
    await writeFile(path.join(sandbox.seeds, "report.png"), png);
    await writeFile(path.join(sandbox.seeds, "story.jpg"), jpeg);
    await manifest([
      { file: "report.png", line: REPORT_CREDIT },
      { file: "story.jpg", line: STORY_CAPTION },
    ]);
    const store = new MemoryStore();
    const { plan } = await runBuild(options(store));
    const records = [...plan.entries].filter(([k]) => parseKey(k).kind === "article").map(([, v]) => JSON.parse(v));
    const pictured = records.flatMap((r) => r.photos.filter((p: { image?: unknown }) => p.image).map((p: { image: unknown; credit: string }) => ({ title: r.title, kind: r.kind, credit: p.credit, image: p.image })));
    expect(pictured).toHaveLength(2);
    const [report, story] = pictured;
    expect(report).toMatchObject({ kind: "article", image: { ext: "png", type: "image/png", width: 4, height: 3, bytes: png.length } });
    expect(story).toMatchObject({ kind: "photo", image: { ext: "jpg", type: "image/jpeg", width: 1024, height: 683, bytes: jpeg.length } });
    // Stored under m/<hash>.<ext>, base64, and listed in the build's picture directory.
    const mediaKeys = [...plan.entries.keys()].filter((k) => parseKey(k).kind === "media");
    expect(mediaKeys.sort()).toEqual([`m/${report.image.hash}.png`, `m/${story.image.hash}.jpg`].sort());
    expect(Buffer.from(plan.entries.get(`m/${report.image.hash}.png`)!, "base64")).toEqual(Buffer.from(png));
    expect(plan.manifest.media?.count).toBe(2);
    expect(readMediaDirectory(plan.entries.get(plan.manifest.media!.key)!).keys.sort()).toEqual(mediaKeys.sort());
    // Published: the pictures are in KV before the pointer names the build.
    const pointerAt = store.writes.indexOf("live");
    for (const key of mediaKeys) expect(store.writes.indexOf(key)).toBeLessThan(pointerAt);
    // The same bytes make the same key: a rebuild writes nothing.
    store.writes = [];
    await runBuild(options(store));
    expect(store.writes.filter((k) => k !== "lease")).toEqual([]);
  });

  it("two photos printed with the same credit: a picture tied to the second credit line is the second photo's", async () => {
    const page = ["春日掠影", "", "公园里游人如织，市民纷纷走出家门踏青赏花。", "", "张某 摄", "", "湖边垂柳依依，孩子们在草地上放风筝。", "", "张某 摄", ""].join("\n");
    await writeFile(path.join(sandbox.seeds, SEED_FILE), page);
    await writeFile(path.join(sandbox.seeds, "second.png"), makePng(5, 4));
    await manifest([{ file: "second.png", line: 9 }]);
    const { plan } = await runBuild(options(new MemoryStore(), { publish: null }));
    const [story] = [...plan.entries].filter(([k]) => parseKey(k).kind === "article").map(([, v]) => JSON.parse(v));
    expect(story.photos.map((p: { image?: { width: number } }) => p.image?.width ?? null)).toEqual([null, 5]);
  });

  it("a picture of a retracted article is left out with it", async () => {
    await writeFile(path.join(sandbox.seeds, "report.png"), makePng(4, 3));
    await manifest([{ file: "report.png", line: REPORT_CREDIT }]);
    await writeFile(path.join(sandbox.seeds, "corrections.json"), JSON.stringify({ corrections: [{ file: SEED_FILE, line: REPORT_CREDIT, retract: true, reason: "图片有误" }] }));
    const { plan, retracted } = await runBuild(options(new MemoryStore(), { publish: null }));
    expect(retracted.map((r) => r.reason)).toEqual(["图片有误"]);
    expect([...plan.entries.keys()].filter((k) => parseKey(k).kind === "media")).toEqual([]);
    expect(plan.manifest.media).toBeUndefined();
  });

  it("a build without pictures keeps the build id it had before pictures existed (no media in its manifest)", async () => {
    await manifest(undefined);
    const { plan } = await runBuild(options(new MemoryStore(), { publish: null }));
    expect(plan.manifest.media).toBeUndefined();
    expect(readManifest(plan.entries.get(`b/${plan.manifest.id}`)!).media).toBeUndefined();
  });

  it("collection keeps a picture while a kept build uses it, and deletes one nothing uses", async () => {
    await writeFile(path.join(sandbox.seeds, "report.gif"), makeGif(8, 8));
    await manifest([{ file: "report.gif", line: REPORT_CREDIT }]);
    const store = new MemoryStore();
    const first = await runBuild(options(store));
    const key = [...first.plan.entries.keys()].find((k) => parseKey(k).kind === "media")!;
    expect(store.data.has(key)).toBe(true);
    // A second build without the picture goes live: the first is kept for rollback, and so is its picture.
    await manifest(undefined);
    await runBuild(options(store, { now: () => "2026-01-02T00:00:00.000Z" }));
    await store.putMany([["m/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png", "AAAA"]]);
    const collected = await prune(store);
    expect(collected.keys).toContain("m/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png");
    expect(collected.keys).not.toContain(key);
    expect(store.data.has(key)).toBe(true);
  });
});

describe("a picture that cannot be used fails the build, naming the manifest line", () => {
  it("bytes that are no picture, whatever the name", async () => {
    await writeFile(path.join(sandbox.seeds, "photo.jpg"), "不是图片");
    await manifest([{ file: "photo.jpg", line: REPORT_CREDIT }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/seeds\/manifest\.json:\d+: .*seeds\/photo\.jpg: not a JPEG, PNG, WebP or GIF picture/);
  });

  it("a line that is no photo's caption or credit, a line past the page's end, a missing file", async () => {
    await writeFile(path.join(sandbox.seeds, "a.png"), makePng(2, 2));
    await manifest([{ file: "a.png", line: TITLE }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(new RegExp(`manifest\\.json:\\d+: a\\.png is tied to ${SEED_FILE}:3, but line 3 .* is no photo's caption or credit`));
    await manifest([{ file: "a.png", line: 99_999 }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/but the page has only \d+ lines/);
    await manifest([{ file: "b.png", line: REPORT_CREDIT }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/b\.png: cannot read: no such file \(listed in .*manifest\.json:\d+\); did you mean a\.png\?/);
  });

  it("two pictures for one photo", async () => {
    await writeFile(path.join(sandbox.seeds, "a.png"), makePng(2, 2));
    await writeFile(path.join(sandbox.seeds, "b.png"), makePng(3, 3));
    await manifest([
      { file: "a.png", line: REPORT_CREDIT },
      { file: "b.png", line: REPORT_CREDIT - 1 },
    ]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/b\.png is tied to .*, a photo that already has a picture/);
  });

  it("a link out of the seeds folder is refused, as for page files", async () => {
    await writeFile(path.join(sandbox.dir, "outside.png"), makePng(2, 2));
    await symlink(path.join(sandbox.dir, "outside.png"), path.join(sandbox.seeds, "link.png"));
    await manifest([{ file: "link.png", line: REPORT_CREDIT }]);
    expect(await buildFailure(options(new MemoryStore()))).toMatch(/link\.png: links outside the seeds folder .*refused \(listed in .*manifest\.json:\d+\)/);
  });

  it("the manifest's own checks: keys, paths, lines, a file listed twice", () => {
    const text = (images: unknown) => JSON.stringify({ paper: { name: "株洲日报", nameEn: "Zhuzhou Daily", language: "zh-CN", utcOffset: "+08:00" }, editions: [{ date: "2023-11-07", pages: [{ page: 1, file: "p.txt", images }] }] }, null, 2);
    const error = (images: unknown) => {
      try {
        readSourceManifest("seeds/manifest.json", text(images));
      } catch (e) {
        expect(e).toBeInstanceOf(ManifestError);
        return (e as Error).message;
      }
      return null;
    };
    expect(error([{ file: "a.png", line: 3 }])).toBeNull();
    expect(error({ file: "a.png" })).toMatch(/^seeds\/manifest\.json:\d+: editions\[0\]\.pages\[0\]\.images must be an array/);
    expect(error([{ file: "a.png", lien: 3 }])).toMatch(/unknown key "lien" in editions\[0\]\.pages\[0\]\.images\[0\] \(did you mean "line"\?\)/);
    expect(error([{ file: "../a.png", line: 3 }])).toMatch(/images\[0\]\.file must be a relative path inside the seeds folder/);
    expect(error([{ file: "a.png", line: 0 }])).toMatch(/images\[0\]\.line must be a line of the page \(from 1\), got 0/);
    expect(error([{ file: "p.txt", line: 2 }])).toMatch(/p\.txt is listed twice/);
    expect(error([{ file: "a.png", line: 2 }, { file: "a.png", line: 5 }])).toMatch(/a\.png is listed twice/);
  });
});
