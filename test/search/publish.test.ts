/** The search index is published with its build and collected with it: never a shard a kept build needs, always one none does. */
import { describe, expect, it } from "vitest";
import { KEEP_BUILDS, parseKey, readSearchDirectory } from "../../src/publish/layout.ts";
import { plan } from "../../src/publish/plan.ts";
import { prune, publish } from "../../src/publish/publish.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { archive, days, PAPER } from "../publish/helpers.ts";

const indexKeys = (entries: Map<string, string>) => [...entries.keys()].filter((k) => ["searchShard", "searchDirectory"].includes(parseKey(k).kind));

describe("the search index in KV", () => {
  it("is written before the pointer names it, and collection keeps the shards of kept builds only", async () => {
    const store = new MemoryStore();
    const builds = [];
    // Day after day, past a merge of the small level into the middle one (8 days).
    for (let n = 5; n <= 5 + KEEP_BUILDS + 4; n++) {
      const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", n), 1) });
      store.writes = [];
      await publish(store, p, `2026-01-${String(n).padStart(2, "0")}T00:00:00.000Z`);
      const written = store.writes;
      const pointerAt = written.indexOf("live");
      for (const key of indexKeys(p.entries)) if (written.includes(key)) expect(written.indexOf(key)).toBeLessThan(pointerAt);
      builds.push(p);
    }
    await prune(store);
    const kept = builds.slice(-KEEP_BUILDS);
    for (const p of kept) {
      const directory = readSearchDirectory(store.data.get(p.manifest.search!.key)!);
      for (const level of directory.levels) for (const key of level.shards) expect(store.data.has(key), key).toBe(true);
    }
    const needed = new Set(kept.flatMap((p) => indexKeys(p.entries)));
    const left = [...store.data.keys()].filter((k) => ["searchShard", "searchDirectory"].includes(parseKey(k).kind));
    expect(left.filter((k) => !needed.has(k))).toEqual([]);
    expect(indexKeys(builds[0]!.entries).some((k) => !store.data.has(k))).toBe(true);
  });
});
