/**
 * One writer at a time, and what overlapping writers can no longer do: the lease, the
 * registrations that keep an in-flight publish's entries from collection, the history rule
 * of rollback after publish, collection of what interrupted publishes leave, and a failure
 * after the pointer moved reported as such.
 */
import { describe, expect, it } from "vitest";
import { buildKey, KEEP_BUILDS, LAYOUT_VERSION, LEASE_KEY, LEASE_MS, POINTER_KEY, registrationKey, REGISTRATION_GRACE_MS } from "../../src/publish/layout.ts";
import { acquireLease, LeaseError, releaseLease, renewLease, withLease } from "../../src/publish/lease.ts";
import { plan, type Plan } from "../../src/publish/plan.ts";
import { prune, publish, readLivePointer, rollback } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { archive, days, PAPER } from "./helpers.ts";

const build = (dayCount: number, start = "2023-01-01") => plan({ paper: PAPER, pages: archive(days(start, dayCount), 1) });
const live = async (store: MemoryStore) => (await readLivePointer(store))?.build;
const T0 = Date.parse("2026-01-01T00:00:00.000Z");
const at = (n: number) => new Date(T0 + n * 60_000).toISOString();

/** Every entry a build references is present. */
function missingOf(store: MemoryStore, p: Plan): string[] {
  return [...p.entries.keys()].filter((k) => !store.data.has(k));
}

describe("the lease", () => {
  it("lets one owner in and names it to the next", async () => {
    const store = new MemoryStore();
    await acquireLease(store, "host:1:a", "publish", T0);
    const refused = await acquireLease(store, "host:2:b", "publish", T0 + 1000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeaseError);
    expect((refused as LeaseError).message).toMatch(/another publish holds the lease: host:1:a, since 2026-01-01T00:00:00.000Z/);
  });

  it("is taken over when its holder stopped renewing it, or when it is unreadable", async () => {
    const store = new MemoryStore();
    await acquireLease(store, "host:1:a", "publish", T0);
    const taken = await acquireLease(store, "host:2:b", "gc", T0 + LEASE_MS + 1);
    expect(taken.owner).toBe("host:2:b");
    await store.putMany([[LEASE_KEY, "{garbled"]]);
    expect((await acquireLease(store, "host:3:c", "publish", T0)).owner).toBe("host:3:c");
  });

  it("is taken over at once by a writer that excludes every other by other means (the local lock file)", async () => {
    const store = new MemoryStore();
    await acquireLease(store, "killed:1:a", "publish", T0);
    await expect(acquireLease(store, "host:2:b", "publish", T0 + 1000)).rejects.toBeInstanceOf(LeaseError);
    expect((await acquireLease(store, "host:2:b", "publish", T0 + 1000, true)).owner).toBe("host:2:b");
  });

  it("is renewed by its holder, refused to a holder that lost it, and released only by its owner", async () => {
    const store = new MemoryStore();
    const mine = await acquireLease(store, "host:1:a", "publish", T0);
    const renewed = await renewLease(store, mine, T0 + 60_000);
    expect(Date.parse(renewed.expiresAt)).toBe(T0 + 60_000 + LEASE_MS);
    expect(renewed.acquiredAt).toBe(mine.acquiredAt);
    const theirs = await acquireLease(store, "host:2:b", "publish", T0 + 60_000 + LEASE_MS + 1);
    await expect(renewLease(store, mine, T0 + 60_000 + LEASE_MS + 2)).rejects.toBeInstanceOf(LeaseError);
    await releaseLease(store, mine);
    expect(store.data.has(LEASE_KEY)).toBe(true);
    await releaseLease(store, theirs);
    expect(store.data.has(LEASE_KEY)).toBe(false);
  });

  it("is held while the work runs, renewed by the heartbeat, and released after it fails", async () => {
    const store = new MemoryStore();
    let seen = 0;
    const error = await withLease(
      store,
      "host:1:a",
      "publish",
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 60));
        seen = store.writes.filter((k) => k === LEASE_KEY).length;
        throw new Error("boom");
      },
      10,
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe("boom");
    expect(seen).toBeGreaterThan(1); // acquired, then renewed by the heartbeat
    expect(store.data.has(LEASE_KEY)).toBe(false);
  });
});

describe("overlapping publishes", () => {
  /**
   * The lost-build race: publish A lists the namespace and skips entries "already there"
   * (those of an old build X), then uploads slowly; meanwhile B publishes, X drops out of the
   * kept builds and B's collection deletes X's entries; then A points live at its build.
   */
  async function race(hideRegistrations: boolean) {
    const store = new MemoryStore();
    const x = await build(3, "2023-01-01");
    await publish(store, x, at(0));
    for (let i = 1; i < KEEP_BUILDS; i++) await publish(store, await build(1, `2024-0${i}-01`), at(i));
    const a = await build(4, "2023-01-01"); // shares X's first three days
    const b = await build(1, "2025-01-01");
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    let stalled = false;
    const slow = Object.assign(Object.create(store) as MemoryStore, {
      putMany: async (entries: readonly (readonly [string, string])[]) => {
        // A's first upload of entries (after its registration) waits until B has finished.
        if (!stalled && entries.length > 1) {
          stalled = true;
          await paused;
        }
        return store.putMany(entries);
      },
    });
    // B sees the namespace without A's registration when KV has not shown it yet.
    const late = Object.assign(Object.create(store) as MemoryStore, {
      listKeys: async () => (await store.listKeys()).filter((k) => !(hideRegistrations && k.startsWith("p/"))),
    });
    const first = publish(slow, a, at(10), { now: () => T0 + 10 * 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stalled).toBe(true);
    await publish(late, b, at(11), { now: () => T0 + 11 * 60_000 });
    expect(store.data.has(buildKey(x.manifest.id))).toBe(false); // X was collected
    release();
    const result = await first;
    return { store, a, b, result };
  }

  it("cannot delete what an in-flight publish registered", async () => {
    const { store, a, result } = await race(false);
    expect(store.deletes.filter((k) => a.entries.has(k))).toEqual([]);
    expect(await live(store)).toBe(a.manifest.id);
    expect(result.pruneError).toBeNull();
    expect(missingOf(store, a)).toEqual([]);
  });

  it("re-writes what a collection deleted before it could see the registration, before the pointer moves", async () => {
    const { store, a, b } = await race(true);
    expect(await live(store)).toBe(a.manifest.id);
    expect(missingOf(store, a)).toEqual([]);
    expect(missingOf(store, b)).toEqual([]); // B stays kept: rollback goes to it
    await rollback(store, at(20));
    expect(await live(store)).toBe(b.manifest.id);
  });

  it("reports a failed collection after the pointer moved as a live build, not as nothing published", async () => {
    const store = new MemoryStore();
    const first = await build(1);
    await publish(store, first, at(0));
    const failing = Object.assign(Object.create(store) as MemoryStore, {
      deleteMany: async () => {
        throw new Error("KV unavailable");
      },
    });
    const second = await build(2);
    const result = await publish(failing, second, at(1));
    expect(await live(store)).toBe(second.manifest.id);
    expect(result.pointerWritten).toBe(true);
    expect(result.pruneError).toBe("KV unavailable");
    expect(missingOf(store, second)).toEqual([]);
  });
});

describe("rollback history", () => {
  it("rollback ×4, publish, rollback: the build live before that publish is live again", async () => {
    const store = new MemoryStore();
    const builds: Plan[] = [];
    for (let i = 0; i < KEEP_BUILDS; i++) {
      builds.push(await build(1 + i));
      await publish(store, builds[i]!, at(i));
    }
    for (let i = 0; i < 4; i++) await rollback(store, at(10 + i));
    const good = builds[0]!;
    expect(await live(store)).toBe(good.manifest.id);
    const next = await build(1, "2025-06-01");
    await publish(store, next, at(20));
    expect(missingOf(store, good)).toEqual([]); // the build rolled back to was not pruned
    expect((await readLivePointer(store))!.history.map((h) => h.build).slice(0, 2)).toEqual([next.manifest.id, good.manifest.id]);
    await rollback(store, at(21));
    expect(await live(store)).toBe(good.manifest.id);
    // The bad build rolled away from is still kept, and reachable by name.
    const bad = builds[KEEP_BUILDS - 1]!;
    expect(missingOf(store, bad)).toEqual([]);
    await rollback(store, at(22), bad.manifest.id);
    expect(await live(store)).toBe(bad.manifest.id);
  });
});

describe("collection (npm run gc)", () => {
  it("collects what an interrupted publish left once its registration is stale, and nothing else", async () => {
    const store = new MemoryStore();
    const kept = await build(2);
    await publish(store, kept, at(0));
    // An interrupted publish: registered, some entries written, the pointer never moved.
    const interrupted = await build(3, "2024-01-01");
    await store.putMany([[registrationKey(interrupted.manifest.id), JSON.stringify({ v: LAYOUT_VERSION, build: interrupted.manifest.id, registeredAt: at(1), manifest: interrupted.manifest })]]);
    const orphans = [...interrupted.entries].filter(([k]) => !store.data.has(k)).slice(0, 5);
    await store.putMany(orphans);
    await store.putMany([["t/retracted-article", "{}"], ["unrelated", "x"], [LEASE_KEY, "{}"]]);

    const young = await prune(store, T0 + 2 * 60_000);
    expect(young.deleted).toBe(0); // its registration is young: it may still be uploading
    const stale = await prune(store, T0 + 60_000 + REGISTRATION_GRACE_MS + 1);
    expect(stale.keys.sort()).toEqual([...orphans.map(([k]) => k), registrationKey(interrupted.manifest.id)].sort());
    expect(missingOf(store, kept)).toEqual([]);
    for (const k of ["t/retracted-article", "unrelated", LEASE_KEY, POINTER_KEY]) expect(store.data.has(k), k).toBe(true);
  });

  it("lists without deleting on a dry run", async () => {
    const store = new MemoryStore();
    await publish(store, await build(1), at(0));
    await store.putMany([["a/deadbeef/orphan", "{}"]]);
    const dry = await prune(store, T0, { dryRun: true });
    expect(dry.keys).toEqual(["a/deadbeef/orphan"]);
    expect(store.data.has("a/deadbeef/orphan")).toBe(true);
  });
});

describe("keys are read back by the layout that spells them", () => {
  it("parseKey inverts every key builder, and calls anything else foreign", async () => {
    const { articleKey, buildKey, dayKey, directoryKey, indexKey, parseKey } = await import("../../src/publish/layout.ts");
    expect(parseKey(buildKey("abc"))).toEqual({ kind: "build", build: "abc" });
    expect(parseKey(registrationKey("abc"))).toEqual({ kind: "registration", build: "abc" });
    expect(parseKey(dayKey("h1"))).toEqual({ kind: "day", day: "h1" });
    expect(parseKey(articleKey("h1", "20231107-1-aaaaaaaa"))).toEqual({ kind: "article", day: "h1", id: "20231107-1-aaaaaaaa" });
    expect(parseKey(indexKey("x"))).toEqual({ kind: "index", hash: "x" });
    expect(parseKey(directoryKey("y"))).toEqual({ kind: "directory", hash: "y" });
    expect(parseKey(POINTER_KEY)).toEqual({ kind: "pointer" });
    expect(parseKey(LEASE_KEY)).toEqual({ kind: "lease" });
    for (const k of ["unrelated", "t/retracted", "a/onlyday", "b/", "/x"]) expect(parseKey(k), k).toEqual({ kind: "foreign" });
  });
});
