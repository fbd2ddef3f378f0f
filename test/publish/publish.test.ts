import { describe, expect, it } from "vitest";
import { buildKey, changeKey, KEEP_BUILDS, parseKey, POINTER_KEY, readPointer, registrationKey } from "../../src/publish/layout.ts";
import { plan, type Plan } from "../../src/publish/plan.ts";
import { prune, publish, readLivePointer, rollback, RollbackError } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { archive, days, PAPER } from "./helpers.ts";

const build = (dayCount: number, start = "2023-01-01") => plan({ paper: PAPER, pages: archive(days(start, dayCount), 1) });
const live = async (store: MemoryStore) => (await readLivePointer(store))?.build;

/** Every entry a build references is present. */
function complete(store: MemoryStore, p: Plan): boolean {
  return [...p.entries.keys()].every((k) => store.data.has(k));
}

describe("publish", () => {
  it("writes every entry, then the pointer last", async () => {
    const store = new MemoryStore();
    const p = await build(3);
    const result = await publish(store, p, "2026-01-01T00:00:00.000Z");
    expect(result).toMatchObject({ build: p.manifest.id, written: p.entries.size, total: p.entries.size, pointerWritten: true });
    // The manifest after every entry it names, the change log's first entry, the pointer last.
    expect(store.writes.slice(-3)).toEqual([buildKey(p.manifest.id), changeKey(1), POINTER_KEY]);
    expect(await live(store)).toBe(p.manifest.id);
    expect(complete(store, p)).toBe(true);
  });

  it("is a no-op the second time: identical input, same build id, nothing written", async () => {
    const store = new MemoryStore();
    await publish(store, await build(3), "2026-01-01T00:00:00.000Z");
    store.writes = [];
    const again = await publish(store, await build(3), "2026-01-02T00:00:00.000Z");
    expect(again).toMatchObject({ written: 0, pointerWritten: false });
    expect(store.writes).toEqual([]);
    expect(readPointer(store.data.get(POINTER_KEY)!).publishedAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("writes only new entries when a day is added", async () => {
    const store = new MemoryStore();
    const before = await build(30);
    await publish(store, before, "2026-01-01T00:00:00.000Z");
    store.writes = [];
    const after = await build(31);
    const result = await publish(store, after, "2026-01-02T00:00:00.000Z");
    const fresh = [...after.entries.keys()].filter((k) => !before.entries.has(k));
    expect(result.written).toBe(fresh.length);
    expect(store.writes).toEqual([registrationKey(after.manifest.id), ...fresh, changeKey(2), POINTER_KEY]);
    expect(store.data.has(registrationKey(after.manifest.id))).toBe(false);
  });

  it("leaves the live build untouched when writing fails part way", async () => {
    const store = new MemoryStore();
    const first = await build(2);
    await publish(store, first, "2026-01-01T00:00:00.000Z");
    const failing = Object.assign(Object.create(store) as MemoryStore, {
      putMany: async (entries: readonly (readonly [string, string])[]) => {
        await store.putMany(entries.slice(0, 3));
        throw new Error("network down");
      },
    });
    await expect(publish(failing, await build(3), "2026-01-02T00:00:00.000Z")).rejects.toThrow("network down");
    expect(await live(store)).toBe(first.manifest.id);
    expect(complete(store, first)).toBe(true);
  });
});

describe("rollback", () => {
  it("makes the previous build live again, and can go further back or to a named build", async () => {
    const store = new MemoryStore();
    const builds = [await build(1), await build(2), await build(3)];
    for (const [i, b] of builds.entries()) await publish(store, b, `2026-01-0${i + 1}T00:00:00.000Z`);
    expect(await live(store)).toBe(builds[2]!.manifest.id);

    expect(await rollback(store, "2026-02-01T00:00:00.000Z")).toMatchObject({ from: builds[2]!.manifest.id, to: builds[1]!.manifest.id });
    const pointer = (await readLivePointer(store))!;
    expect(pointer.build).toBe(builds[1]!.manifest.id);
    expect(pointer.manifest).toEqual(builds[1]!.manifest);
    expect(pointer.publishedAt).toBe("2026-02-01T00:00:00.000Z"); // Last-Modified moves forward so caches revalidate
    expect(complete(store, builds[1]!)).toBe(true);

    await rollback(store, "2026-02-02T00:00:00.000Z");
    expect(await live(store)).toBe(builds[0]!.manifest.id);
    await expect(rollback(store, "2026-02-03T00:00:00.000Z")).rejects.toThrow(RollbackError);

    await rollback(store, "2026-02-04T00:00:00.000Z", builds[2]!.manifest.id.slice(0, 8));
    expect(await live(store)).toBe(builds[2]!.manifest.id);
  });

  it("refuses when nothing is published or the build is unknown", async () => {
    const store = new MemoryStore();
    await expect(rollback(store, "2026-01-01T00:00:00.000Z")).rejects.toThrow(/nothing is published/);
    await publish(store, await build(1), "2026-01-01T00:00:00.000Z");
    await expect(rollback(store, "2026-01-01T00:00:00.000Z", "zzzz")).rejects.toThrow(/not among the kept builds/);
  });
});

describe("prune", () => {
  it(`keeps the last ${KEEP_BUILDS} builds whole and deletes only entries no kept build references`, async () => {
    const store = new MemoryStore();
    const builds: Plan[] = [];
    // Each build drops the oldest day and adds a new one, so old days become unreferenced.
    for (let i = 0; i < KEEP_BUILDS + 3; i++) {
      const b = await plan({ paper: PAPER, pages: archive(days(`2023-01-${String(1 + i).padStart(2, "0")}`, 5), 1) });
      builds.push(b);
      await publish(store, b, `2026-01-${String(1 + i).padStart(2, "0")}T00:00:00.000Z`);
    }
    const kept = builds.slice(-KEEP_BUILDS);
    const dropped = builds.slice(0, -KEEP_BUILDS);
    for (const b of kept) expect(complete(store, b), b.manifest.id).toBe(true);
    for (const b of dropped) expect(store.data.has(buildKey(b.manifest.id))).toBe(false);
    const referenced = new Set(kept.flatMap((b) => [...b.entries.keys()]));
    // Besides the pointer, only the change log's kept entries live outside the builds.
    for (const k of store.data.keys()) if (k !== POINTER_KEY && parseKey(k).kind !== "change") expect(referenced.has(k), k).toBe(true);
    // Day 1 was only in the first build: its article entries are gone.
    const day1 = builds[0]!.manifest.days["2023-01-01"]!;
    expect([...store.data.keys()].some((k) => k.startsWith(`a/${day1}/`))).toBe(false);
    // Rolling back to the oldest kept build still works after pruning.
    for (let i = 0; i < KEEP_BUILDS - 1; i++) await rollback(store, "2026-03-01T00:00:00.000Z");
    expect(await live(store)).toBe(kept[0]!.manifest.id);
  });

  it("deletes nothing that a kept build shares with a dropped one, and leaves foreign keys alone", async () => {
    const store = new MemoryStore();
    await store.putMany([["unrelated", "x"]]);
    for (let i = 0; i < KEEP_BUILDS + 1; i++) await publish(store, await build(1 + i), `2026-01-0${i + 1}T00:00:00.000Z`);
    const first = await build(1);
    const oldest = await build(2);
    expect(store.data.has(buildKey(first.manifest.id))).toBe(false);
    // Day 1's entries are shared by every later build: still there.
    const day1 = first.manifest.days["2023-01-01"]!;
    expect(store.data.has(`d/${day1}`)).toBe(true);
    expect(complete(store, oldest)).toBe(true);
    expect(store.data.get("unrelated")).toBe("x");
    expect((await prune(store)).deleted).toBe(0);
  });
});

describe("when content went live (pointer.since)", () => {
  it("keeps a day's time while its articles and neighbours are unchanged, moves it when they change, and a rollback moves what it changes forward", async () => {
    const store = new MemoryStore();
    const t = (n: number) => `2026-01-0${n}T00:00:00.000Z`;
    await publish(store, await build(2), t(1));
    const first = (await readLivePointer(store))!;
    expect(first.since).toEqual({ "2023-01-01": [t(1), t(1)], "2023-01-02": [t(1), t(1)] });
    // a third day: day 1 untouched; day 2 keeps its articles but gains a next link
    await publish(store, await build(3), t(2));
    const second = (await readLivePointer(store))!;
    expect(second.since).toEqual({ "2023-01-01": [t(1), t(1)], "2023-01-02": [t(1), t(2)], "2023-01-03": [t(2), t(2)] });
    // rolling back drops day 3 and changes day 2's edition again: now, not the old time
    await rollback(store, t(3));
    const back = (await readLivePointer(store))!;
    expect(back.since).toEqual({ "2023-01-01": [t(1), t(1)], "2023-01-02": [t(1), t(3)] });
  });
});
