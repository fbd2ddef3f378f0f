/**
 * The change log and update times: a publish or rollback records what it added, updated,
 * merged, retracted or removed (c/<seq>, named by the pointer), and the pointer carries when
 * each article was last updated.
 */
import { describe, expect, it } from "vitest";
import { describeLogEntry, nextLog } from "../../src/publish/changes.ts";
import { changeKey, CHANGES_KEEP_MIN, CHANGES_KEEP_MS, parseKey, readChangeEntry, readDay, type ChangeEntry, type EditionDay } from "../../src/publish/layout.ts";
import { plan, type Plan, type PlannedPage } from "../../src/publish/plan.ts";
import { prune, publish, readLivePointer, rollback } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { archive, days, PAPER } from "./helpers.ts";

const T = (n: number) => `2026-03-0${n}T00:00:00.000Z`;

function dayOf(p: Plan, date: string): EditionDay {
  return readDay(p.entries.get(`d/${p.manifest.days[date]}`)!);
}
const idsOf = (p: Plan, date: string) => dayOf(p, date).pages.flatMap((page) => page.articles.map((a) => a.id));

function entry(store: MemoryStore, seq: number): ChangeEntry {
  return readChangeEntry(store.data.get(changeKey(seq))!);
}

/** Two days of two pages each; `edit` may change the pages before planning. */
async function build(edit: (pages: PlannedPage[]) => PlannedPage[] = (p) => p): Promise<Plan> {
  return plan({ paper: PAPER, pages: edit(archive(days("2023-01-01", 2), 2)) });
}

/** The pages with the first article of the first page's paragraphs changed. */
const reworded = (pages: PlannedPage[]) => pages.map((p, i) => (i === 0 ? { ...p, articles: p.articles.map((a, k) => (k === 0 ? { ...a, paragraphs: [...a.paragraphs, "（本文有更正）"] } : a)) } : p));

describe("the change log", () => {
  it("the first publish lists every article as added; the pointer names the entry", async () => {
    const store = new MemoryStore();
    const first = await build();
    const result = await publish(store, first, T(1));
    const e = entry(store, 1);
    expect(result.logged).toEqual(e);
    expect(describeLogEntry(result.logged)).toBe(`change log entry 1: ${e.changes.length} added`);
    expect(e).toMatchObject({ seq: 1, at: T(1), action: "publish", build: first.manifest.id });
    expect(e.changes.map((c) => c.change)).toEqual(e.changes.map(() => "added"));
    expect(e.changes.map((c) => c.id).sort()).toEqual([...idsOf(first, "2023-01-01"), ...idsOf(first, "2023-01-02")].sort());
    expect((await readLivePointer(store))!.changes).toEqual([[1, T(1)]]);
    expect((await readLivePointer(store))!.updated).toBeUndefined();
  });

  it("a changed paragraph is an update, with the publish's time in the pointer; a new day's articles are added", async () => {
    const store = new MemoryStore();
    const first = await build();
    await publish(store, first, T(1));
    const second = await plan({ paper: PAPER, pages: [...reworded(archive(days("2023-01-01", 2), 2)), ...archive(["2023-01-03"], 1)] });
    await publish(store, second, T(2));
    const changed = idsOf(first, "2023-01-01")[0]!;
    const e = entry(store, 2);
    expect(e.changes.filter((c) => c.change === "updated")).toEqual([{ id: changed, change: "updated" }]);
    expect(e.changes.filter((c) => c.change === "added").map((c) => c.id).sort()).toEqual(idsOf(second, "2023-01-03").sort());
    expect(e.changes).toHaveLength(1 + idsOf(second, "2023-01-03").length);
    const pointer = (await readLivePointer(store))!;
    expect(pointer.updated).toEqual({ [T(2)]: [changed] });
    // A later publish that leaves the article as it is keeps its time.
    const third = await plan({ paper: PAPER, pages: [...reworded(archive(days("2023-01-01", 2), 2)), ...archive(days("2023-01-03", 2), 1)] });
    await publish(store, third, T(3));
    expect((await readLivePointer(store))!.updated).toEqual({ [T(2)]: [changed] });
    expect(entry(store, 3).changes.every((c) => c.change === "added")).toBe(true);
  });

  it("an article a build no longer has is removed, and loses its update time", async () => {
    const store = new MemoryStore();
    await publish(store, await build(), T(1));
    const updated = await build(reworded);
    await publish(store, updated, T(2));
    const gone = idsOf(updated, "2023-01-01")[0]!;
    const without = await build((pages) => reworded(pages).map((p, i) => (i === 0 ? { ...p, articles: p.articles.slice(1) } : p)));
    await publish(store, without, T(3));
    expect(entry(store, 3).changes).toContainEqual({ id: gone, change: "removed" });
    expect((await readLivePointer(store))!.updated).toBeUndefined();
  });

  it("a correction's retraction and join are listed with the reason and the surviving id", async () => {
    const store = new MemoryStore();
    const first = await build();
    await publish(store, first, T(1));
    const [a, b, c] = idsOf(first, "2023-01-01");
    const corrected = await build((pages) =>
      pages.map((p, i) =>
        i === 0
          ? { ...p, articles: [p.articles[0]!, ...p.articles.slice(3)], ids: [a, ...p.articles.slice(3).map(() => undefined)], moved: { [b!]: a! }, retracted: { [c!]: "事实有误" } }
          : p,
      ),
    );
    await publish(store, corrected, T(2));
    const changes = entry(store, 2).changes;
    expect(changes).toContainEqual({ id: b, change: "merged", into: a });
    expect(changes).toContainEqual({ id: c, change: "retracted", reason: "事实有误" });
    // Nothing else on the other pages changed.
    expect(changes.filter((x) => x.change === "added")).toEqual([]);
  });

  it("a rollback is an entry of its own, listing what it changed back; the reverted article is updated at the rollback's time", async () => {
    const store = new MemoryStore();
    const first = await build();
    await publish(store, first, T(1));
    await publish(store, await build(reworded), T(2));
    await rollback(store, T(3));
    const changed = idsOf(first, "2023-01-01")[0]!;
    expect(entry(store, 3)).toMatchObject({ seq: 3, action: "rollback", build: first.manifest.id, changes: [{ id: changed, change: "updated" }] });
    const pointer = (await readLivePointer(store))!;
    expect(pointer.updated).toEqual({ [T(3)]: [changed] });
    expect(pointer.changes!.map(([seq]) => seq)).toEqual([1, 2, 3]);
  });

  it("a rollback past a retraction lists nothing for the withdrawn article: it stays withdrawn", async () => {
    const store = new MemoryStore();
    const first = await build();
    await publish(store, first, T(1));
    const [, , c] = idsOf(first, "2023-01-01");
    await publish(store, await build((pages) => pages.map((p, i) => (i === 0 ? { ...p, articles: [...p.articles.slice(0, 2), ...p.articles.slice(3)], retracted: { [c!]: "事实有误" } } : p))), T(2));
    await rollback(store, T(3));
    expect(entry(store, 2).changes).toEqual([{ id: c, change: "retracted", reason: "事实有误" }]);
    // The older build still holds the article, but readers never saw it come back: nothing changed for them.
    expect(store.data.has(changeKey(3))).toBe(false);
    expect((await readLivePointer(store))!.changes!.at(-1)![0]).toBe(2);
  });

  it("a build that changes no article's published fields writes no entry", async () => {
    const store = new MemoryStore();
    await publish(store, await build(), T(1));
    // Another page file name: a new build (the records say where they came from), the same articles for readers.
    const renamed = await build((pages) => pages.map((p) => ({ ...p, source: `renamed/${p.file}` })));
    const result = await publish(store, renamed, T(2));
    expect(result.pointerWritten).toBe(true);
    expect(describeLogEntry(result.logged)).toBe("no change (no change-log entry)");
    expect(store.data.has(changeKey(2))).toBe(false);
    expect((await readLivePointer(store))!.changes).toEqual([[1, T(1)]]);
  });

  it("days written before fingerprints existed are compared by reading their articles", async () => {
    const store = new MemoryStore();
    await publish(store, await build(), T(1));
    // Strip the fingerprints from the stored days, as an older build wrote them.
    for (const [key, value] of store.data) {
      if (parseKey(key).kind !== "day") continue;
      const day = readDay(value);
      store.data.set(key, JSON.stringify({ ...day, pages: day.pages.map((p) => ({ ...p, articles: p.articles.map(({ fingerprint: _f, ...a }) => a) })) }));
    }
    const updated = await build(reworded);
    await publish(store, updated, T(2));
    expect(entry(store, 2).changes).toEqual([{ id: idsOf(updated, "2023-01-01")[0], change: "updated" }]);
  });
});

describe("how long the log is kept", () => {
  const log = (n: number, start: number) => Array.from({ length: n }, (_, i) => [i + 1, new Date(start + i * 3600_000).toISOString()] as [number, string]);

  it(`keeps ${CHANGES_KEEP_MS / 86_400_000} days of entries, and at least the newest ${CHANGES_KEEP_MIN}`, () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const old = log(CHANGES_KEEP_MIN + 5, start);
    const late = new Date(start + CHANGES_KEEP_MS + 100 * 3600_000).toISOString();
    const next = nextLog({ changes: old }, [{ id: "x", change: "added" }], late, "publish", "b");
    expect(next.entry?.seq).toBe(CHANGES_KEEP_MIN + 6);
    expect(next.state.changes).toHaveLength(CHANGES_KEEP_MIN);
    expect(next.dropped).toEqual(old.slice(0, 6).map(([seq]) => seq));
    // Young entries are all kept.
    const soon = new Date(start + 48 * 3600_000).toISOString();
    expect(nextLog({ changes: old }, [{ id: "x", change: "added" }], soon, "publish", "b").dropped).toEqual([]);
  });

  it("a publish deletes the entries it drops, and collection deletes any the pointer no longer keeps", async () => {
    const store = new MemoryStore();
    let day = 0;
    const at = () => new Date(Date.parse("2026-01-01T00:00:00Z") + day * 5 * 86_400_000).toISOString();
    for (; day < CHANGES_KEEP_MIN + 2; day++) await publish(store, await plan({ paper: PAPER, pages: archive(days("2023-01-01", day + 1), 1) }), at());
    const kept = (await readLivePointer(store))!.changes!.map(([seq]) => seq);
    expect(kept).toHaveLength(CHANGES_KEEP_MIN);
    const stored = () => [...store.data.keys()].filter((k) => parseKey(k).kind === "change").map((k) => Number(k.slice(2))).sort((a, b) => a - b);
    expect(stored()).toEqual(kept);
    // An entry left behind (a publish died after writing it): collected when older than the pointer's newest.
    store.data.set(changeKey(1), store.data.get(changeKey(kept[0]!))!);
    await prune(store);
    expect(stored()).toEqual(kept);
  });
});
