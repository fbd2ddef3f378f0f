/**
 * Withdrawals live outside the builds (Pointer.withdrawn): a publish records its build's
 * retractions and carries the earlier ones, a rollback keeps them all, so an older build never
 * serves a withdrawn article again.
 */
import { describe, expect, it } from "vitest";
import { carryWithdrawals, makePointer, parseKey, readDay, WITHDRAWN_KEEP_MS, type BuildManifest, type Pointer } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { publish, readLivePointer, rollback } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { archive, days, PAPER } from "./helpers.ts";

const manifest = (id: string) => ({ id, days: {}, sections: [], all: {} }) as unknown as BuildManifest;
const at = (days: number) => new Date(Date.parse("2026-12-01T00:00:00Z") + days * 24 * 3600 * 1000).toISOString();

describe("the pointer's withdrawals", () => {
  it("a publish adds its build's retractions with when they went live, and keeps that time on later publishes", () => {
    const first = makePointer(manifest("a"), at(0), null, { retracted: { x: "事实有误" }, serves: () => false });
    expect(first.withdrawn).toEqual({ x: { reason: "事实有误", at: at(0) } });
    const second = makePointer(manifest("b"), at(1), first, { retracted: { x: "事实有误" }, serves: () => false });
    expect(second.withdrawn).toEqual({ x: { reason: "事实有误", at: at(0) } });
  });

  it("a later build without the correction keeps the withdrawal unless it serves the article again", () => {
    const first = makePointer(manifest("a"), at(0), null, { retracted: { x: "事实有误" }, serves: () => false });
    expect(makePointer(manifest("b"), at(1), first, { retracted: {}, serves: () => false }).withdrawn).toEqual({ x: { reason: "事实有误", at: at(0) } });
    // The editor took the correction back: the build serves the article, the withdrawal goes.
    expect(makePointer(manifest("c"), at(1), first, { retracted: {}, serves: (id) => id === "x" }).withdrawn).toBeUndefined();
  });

  it("one older than the kept time goes once no kept build was published before it", () => {
    const previous = { withdrawn: { x: { reason: "r", at: at(0) } } } as unknown as Pointer;
    const late = at(0) + "";
    const past = Date.parse(late) + WITHDRAWN_KEEP_MS + 1;
    const now = new Date(past).toISOString();
    // Every kept build is newer than the withdrawal: none can hold the article.
    expect(carryWithdrawals(previous, {}, () => false, now, [{ build: "b", publishedAt: at(1) }])).toEqual({});
    // A kept build from before it could be rolled back to: the withdrawal stays.
    expect(carryWithdrawals(previous, {}, () => false, now, [{ build: "b", publishedAt: at(1) }, { build: "a", publishedAt: at(-1) }])).toEqual({ x: { reason: "r", at: at(0) } });
    // Younger than the kept time: stays whatever the builds.
    expect(carryWithdrawals(previous, {}, () => false, at(2), [{ build: "b", publishedAt: at(1) }])).toEqual({ x: { reason: "r", at: at(0) } });
  });
});

describe("a rollback past a retraction", () => {
  it("keeps the article withdrawn: the pointer of the older build still lists it, with its reason", async () => {
    const pages = archive(days("2023-01-01", 2), 1);
    const before = await plan({ paper: PAPER, pages });
    const firstDay = [...before.entries].filter(([k]) => parseKey(k).kind === "day").map(([, v]) => readDay(v)).find((d) => d.date === pages[0]!.date)!;
    const id = firstDay.pages[0]!.articles[0]!.id;
    const after = await plan({ paper: PAPER, pages: [{ ...pages[0]!, articles: pages[0]!.articles.slice(1), retracted: { [id]: "事实有误" } }, ...pages.slice(1)] });
    const store = new MemoryStore();
    await publish(store, before, "2026-02-01T00:00:00.000Z");
    await publish(store, after, "2026-02-02T00:00:00.000Z");
    expect((await readLivePointer(store))!.withdrawn).toEqual({ [id]: { reason: "事实有误", at: "2026-02-02T00:00:00.000Z" } });
    await rollback(store, "2026-02-03T00:00:00.000Z");
    const back = (await readLivePointer(store))!;
    expect(back.build).toBe(before.manifest.id);
    expect(back.withdrawn).toEqual({ [id]: { reason: "事实有误", at: "2026-02-02T00:00:00.000Z" } });
  });
});
