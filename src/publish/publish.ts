/**
 * Making a planned build live, rolling back and pruning, over any key-value
 * store (local Miniflare state, remote KV through wrangler, a Map in tests).
 *
 * Order is what makes publishing atomic: every immutable entry first (only
 * those not already stored), the build manifest after them, the pointer last.
 * Until the pointer is written, readers see the previous build unchanged; a
 * failure at any earlier point leaves nothing live that refers to a missing entry.
 */
import { buildKey, KEEP_BUILDS, makePointer, POINTER_KEY, readDirectory, readManifest, readPointer, LayoutError, type BuildManifest, type Pointer } from "./layout.ts";
import type { Plan } from "./plan.ts";

export interface KvStore {
  /** Every key in the namespace. */
  listKeys(): Promise<string[]>;
  get(key: string): Promise<string | null>;
  /** Writes in order; implementations batch within KV's bulk limits. */
  putMany(entries: readonly (readonly [string, string])[]): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

export interface PublishResult {
  build: string;
  /** Immutable entries written (not already stored). */
  written: number;
  /** Immutable entries the build references. */
  total: number;
  pointerWritten: boolean;
  pruned: PruneResult;
}

export interface PruneResult {
  builds: string[];
  deleted: number;
}

/** The live pointer, or null when nothing has been published. A corrupt pointer is an error: fix it by publishing or rolling back. */
export async function readLivePointer(store: KvStore): Promise<Pointer | null> {
  const text = await store.get(POINTER_KEY);
  return text === null ? null : readPointer(text);
}

export async function publish(store: KvStore, plan: Plan, publishedAt: string): Promise<PublishResult> {
  const previous = await store.get(POINTER_KEY).then((t) => {
    if (t === null) return null;
    try {
      return readPointer(t);
    } catch {
      return null; // A corrupt pointer is replaced; the history it held is lost, the entries stay.
    }
  });
  const existing = new Set(await store.listKeys());
  const missing = [...plan.entries].filter(([key]) => !existing.has(key));
  // The build manifest goes after every entry it names (plan puts it last; keep it last).
  await store.putMany(missing);
  let pointerWritten = false;
  if (previous?.build !== plan.manifest.id) {
    await store.putMany([[POINTER_KEY, JSON.stringify(makePointer(plan.manifest, publishedAt, previous))]]);
    pointerWritten = true;
  }
  const pruned = await prune(store);
  return { build: plan.manifest.id, written: missing.length, total: plan.entries.size, pointerWritten, pruned };
}

export class RollbackError extends Error {
  override name = "RollbackError";
}

/** Make an earlier kept build live: the one before the live build in the history, or `to`. */
export async function rollback(store: KvStore, publishedAt: string, to?: string): Promise<{ from: string; to: string }> {
  const pointer = await readLivePointer(store);
  if (!pointer) throw new RollbackError("nothing is published, so there is nothing to roll back");
  let target: string | undefined;
  if (to !== undefined) {
    target = pointer.history.find((h) => h.build === to || h.build.startsWith(to))?.build;
    if (!target) throw new RollbackError(`build ${to} is not among the kept builds: ${pointer.history.map((h) => h.build).join(", ")}`);
  } else {
    const index = pointer.history.findIndex((h) => h.build === pointer.build);
    target = pointer.history[index + 1]?.build;
    if (!target) throw new RollbackError(`build ${pointer.build} is the oldest kept build; there is no earlier build to roll back to`);
  }
  const text = await store.get(buildKey(target));
  if (text === null) throw new RollbackError(`build manifest ${buildKey(target)} is missing; cannot roll back to it`);
  const manifest = readManifest(text);
  const next: Pointer = { ...pointer, build: manifest.id, publishedAt, manifest };
  await store.putMany([[POINTER_KEY, JSON.stringify(next)]]);
  return { from: pointer.build, to: manifest.id };
}

/** Keys of the entries some builds reference, as a membership test. Reads their chunk directories from the store. */
async function referenceTest(store: KvStore, manifests: readonly BuildManifest[]): Promise<(key: string) => boolean> {
  const exact = new Set<string>();
  const days = new Set<string>();
  for (const m of manifests) {
    exact.add(buildKey(m.id));
    for (const s of [...m.sections, m.all]) {
      if (s.head) exact.add(s.head.key);
      if (s.chunks) {
        exact.add(s.chunks.key);
        const text = await store.get(s.chunks.key);
        if (text !== null) for (const c of readDirectory(text).chunks) exact.add(c.key);
      }
    }
    for (const h of Object.values(m.days)) days.add(h);
  }
  return (key) => {
    if (exact.has(key)) return true;
    const [kind, hash] = key.split("/", 2);
    return (kind === "d" || kind === "a") && hash !== undefined && days.has(hash);
  };
}

/**
 * Delete builds that are no longer in the live pointer's history (the last
 * KEEP_BUILDS published) and the entries that only they reference. Entries
 * referenced by a kept build, and keys no build manifest names, are left alone.
 */
export async function prune(store: KvStore): Promise<PruneResult> {
  const pointer = await readLivePointer(store);
  if (!pointer) return { builds: [], deleted: 0 };
  const keptIds = new Set(pointer.history.slice(0, KEEP_BUILDS).map((h) => h.build));
  keptIds.add(pointer.build);
  const keys = await store.listKeys();
  const dropped = keys.filter((k) => k.startsWith("b/") && !keptIds.has(k.slice(2)));
  if (dropped.length === 0) return { builds: [], deleted: 0 };

  const kept: BuildManifest[] = [pointer.manifest];
  for (const id of keptIds) {
    if (id === pointer.build) continue;
    const text = await store.get(buildKey(id));
    if (text === null) continue; // A kept build whose manifest is gone cannot be rolled back to; nothing to protect.
    kept.push(readManifest(text));
  }
  const droppedManifests: BuildManifest[] = [];
  for (const key of dropped) {
    const text = await store.get(key);
    try {
      if (text !== null) droppedManifests.push(readManifest(text));
    } catch (e) {
      if (!(e instanceof LayoutError)) throw e;
    }
  }
  const isKept = await referenceTest(store, kept);
  const isDropped = await referenceTest(store, droppedManifests);
  const doomed = keys.filter((k) => k !== POINTER_KEY && !k.startsWith("b/") && isDropped(k) && !isKept(k));
  await store.deleteMany(doomed);
  // Manifests last: an interrupted prune is finished by the next one.
  await store.deleteMany(dropped);
  return { builds: dropped.map((k) => k.slice(2)), deleted: doomed.length + dropped.length };
}

/** An in-memory store, for tests and dry runs. Counts writes so tests can assert what a publish costs. */
export class MemoryStore implements KvStore {
  readonly data = new Map<string, string>();
  writes: string[] = [];
  deletes: string[] = [];
  async listKeys(): Promise<string[]> {
    return [...this.data.keys()].sort();
  }
  async get(key: string): Promise<string | null> {
    return this.data.get(key) ?? null;
  }
  async putMany(entries: readonly (readonly [string, string])[]): Promise<void> {
    for (const [k, v] of entries) {
      this.data.set(k, v);
      this.writes.push(k);
    }
  }
  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const k of keys) {
      this.data.delete(k);
      this.deletes.push(k);
    }
  }
}
