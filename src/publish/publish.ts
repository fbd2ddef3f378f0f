/**
 * Making a planned build live, rolling back and pruning, over any key-value
 * store (local Miniflare state, remote KV through wrangler, a Map in tests).
 *
 * Order is what makes publishing atomic: a registration of the build first,
 * then every immutable entry (only those not already stored), the build
 * manifest after them, a check that nothing it skipped was deleted meanwhile,
 * the pointer last. Until the pointer is written, readers see the previous build
 * unchanged; a failure at any earlier point leaves nothing live that refers to a
 * missing entry.
 *
 * Collection (after a publish, and `npm run gc`) deletes only what no kept build
 * and no registered in-flight publish references: two publishes that overlap
 * cannot delete each other's entries, even where KV shows writes late.
 */
import {
  buildKey, IMMUTABLE_KINDS, parseKey, KEEP_BUILDS, contentSince, LAYOUT_VERSION, makePointer, POINTER_KEY, readDirectory, readManifest, readMediaDirectory, readPointer, readRegistration, readSearchDirectory, registrationKey,
  REGISTRATION_GRACE_MS, LayoutError, readDay, changeKey, logFields, type BuildFates, type BuildManifest, type ChangeEntry, type Pointer, type Registration, type Withdrawal,
} from "./layout.ts";
import type { Plan } from "./plan.ts";
import { diffBuilds, nextLog, type NextLog, type Read } from "./changes.ts";

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
  /** Immutable entries written (not already stored, or deleted while this publish ran). */
  written: number;
  /** Immutable entries the build references. */
  total: number;
  pointerWritten: boolean;
  pruned: PruneResult;
  /** Set when the build went live but collecting old entries failed: run `npm run gc` to finish. */
  pruneError: string | null;
  /** The change-log entry this publish wrote (null when readers see no change, or the pointer did not move). */
  logged: ChangeEntry | null;
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

/** The pointer to build on: a corrupt one is replaced (its history is lost, the entries stay). */
async function previousPointer(store: KvStore): Promise<Pointer | null> {
  const text = await store.get(POINTER_KEY);
  if (text === null) return null;
  try {
    return readPointer(text);
  } catch {
    return null;
  }
}

export interface PublishOptions {
  /** Called between steps; throws to stop a publish whose lease was lost. */
  check?: () => void;
  /** Milliseconds since the epoch, for registrations' ages. */
  now?: () => number;
}

export async function publish(store: KvStore, plan: Plan, publishedAt: string, options: PublishOptions = {}): Promise<PublishResult> {
  const check = options.check ?? (() => {});
  const now = options.now ?? Date.now;
  const id = plan.manifest.id;
  const existing = new Set(await store.listKeys());
  // Publishing the live build again, whole, writes nothing.
  if ((await previousPointer(store))?.build === id && [...plan.entries.keys()].every((k) => existing.has(k))) {
    return { build: id, written: 0, total: plan.entries.size, pointerWritten: false, pruned: { builds: [], deleted: 0 }, pruneError: null, logged: null };
  }
  // Registered before any entry: from now on a collection spares everything this build references.
  const registration: Registration = { v: LAYOUT_VERSION, build: id, registeredAt: new Date(now()).toISOString(), manifest: plan.manifest };
  await store.putMany([[registrationKey(id), JSON.stringify(registration)]]);
  check();
  const missing = [...plan.entries].filter(([key]) => !existing.has(key));
  // The build manifest goes after every entry it names (plan puts it last; keep it last).
  await store.putMany(missing);
  check();
  // What was skipped as "already there" may have been deleted meanwhile by a collection that
  // could not yet see the registration: write it again before anything points at it.
  const present = new Set(await store.listKeys());
  const lost = [...plan.entries].filter(([key]) => !present.has(key));
  if (lost.length > 0) await store.putMany(lost);
  check();
  const previous = await previousPointer(store);
  let pointerWritten = false;
  let log: NextLog | null = null;
  if (previous?.build !== id) {
    const pointer = makePointer(plan.manifest, publishedAt, previous, fatesOf(plan));
    const read: Read = (key) => (plan.entries.has(key) ? Promise.resolve(plan.entries.get(key)!) : store.get(key));
    const changes = await diffBuilds(read, previous && { manifest: previous.manifest, withdrawn: reasons(previous.withdrawn) }, { manifest: plan.manifest, withdrawn: reasons(pointer.withdrawn) });
    log = nextLog(previous, changes, publishedAt, "publish", id);
    check();
    // The log's entry before the pointer that names it.
    if (log.entry) await store.putMany([[changeKey(log.entry.seq), JSON.stringify(log.entry)]]);
    await store.putMany([[POINTER_KEY, JSON.stringify({ ...pointer, ...logFields(log.state) })]]);
    pointerWritten = true;
  }
  // The build is live (or already was): a failure from here on is reported as what it is.
  let pruned: PruneResult = { builds: [], deleted: 0 };
  let pruneError: string | null = null;
  try {
    if (log && log.dropped.length > 0) await store.deleteMany(log.dropped.map(changeKey));
    await store.deleteMany([registrationKey(id)]);
    pruned = await prune(store, now());
  } catch (e) {
    pruneError = (e as Error).message;
  }
  return { build: id, written: missing.length + lost.length, total: plan.entries.size, pointerWritten, pruned, pruneError, logged: log?.entry ?? null };
}

/** Withdrawals as id → the reason readers see. */
function reasons(withdrawn: Readonly<Record<string, Withdrawal>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(withdrawn ?? {}).map(([id, w]) => [id, w.reason]));
}

/** The plan's articles and the ids its corrections withdrew, from its edition days. */
export function fatesOf(plan: Plan): BuildFates {
  const ids = new Set<string>();
  const retracted: Record<string, string> = {};
  for (const [key, value] of plan.entries) {
    const k = parseKey(key);
    if (k.kind === "article") ids.add(k.id);
    else if (k.kind === "day") Object.assign(retracted, readDay(value).retracted ?? {});
  }
  return { retracted, serves: (id) => ids.has(id) };
}

export class RollbackError extends Error {
  override name = "RollbackError";
}

/**
 * Make an earlier kept build live: the one after the live build in the history (the order
 * rollback walks), or `to`. The history itself is kept as it is, so rolling back again goes
 * further back, and a publish afterwards puts the build rolled back to right after itself.
 */
export async function rollback(store: KvStore, publishedAt: string, to?: string): Promise<{ from: string; to: string; logged: ChangeEntry | null }> {
  const pointer = await readLivePointer(store);
  if (!pointer) throw new RollbackError("nothing is published, so there is nothing to roll back");
  let target: string | undefined;
  if (to !== undefined) {
    const matches = pointer.history.filter((h) => h.build === to || h.build.startsWith(to));
    if (matches.length > 1) throw new RollbackError(`${to} names ${matches.length} kept builds; give more of the id`);
    target = matches[0]?.build;
    if (!target) throw new RollbackError(`build ${to} is not among the kept builds: ${pointer.history.map((h) => h.build).join(", ")}`);
  } else {
    const index = pointer.history.findIndex((h) => h.build === pointer.build);
    target = pointer.history[index + 1]?.build;
    if (!target) throw new RollbackError(`build ${pointer.build} is the oldest kept build; there is no earlier build to roll back to`);
  }
  const text = await store.get(buildKey(target));
  if (text === null) throw new RollbackError(`build manifest ${buildKey(target)} is missing; cannot roll back to it`);
  const manifest = readManifest(text);
  // What the rollback changes goes live now; what it leaves as it was keeps its time. Withdrawals stay.
  const withdrawn = reasons(pointer.withdrawn);
  const changes = await diffBuilds((key) => store.get(key), { manifest: pointer.manifest, withdrawn }, { manifest, withdrawn });
  const log = nextLog(pointer, changes, publishedAt, "rollback", manifest.id);
  const { updated: _updated, changes: _changes, ...rest } = pointer;
  const next: Pointer = { ...rest, build: manifest.id, publishedAt, manifest, since: contentSince(manifest, publishedAt, pointer), ...logFields(log.state) };
  if (log.entry) await store.putMany([[changeKey(log.entry.seq), JSON.stringify(log.entry)]]);
  await store.putMany([[POINTER_KEY, JSON.stringify(next)]]);
  if (log.dropped.length > 0) await store.deleteMany(log.dropped.map(changeKey));
  return { from: pointer.build, to: manifest.id, logged: log.entry };
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
    if (m.search) {
      exact.add(m.search.key);
      const text = await store.get(m.search.key);
      if (text !== null) for (const level of readSearchDirectory(text).levels) for (const key of level.shards) exact.add(key);
    }
    if (m.media) {
      exact.add(m.media.key);
      const text = await store.get(m.media.key);
      if (text !== null) for (const key of readMediaDirectory(text).keys) exact.add(key);
    }
  }
  return (key) => {
    if (exact.has(key)) return true;
    const k = parseKey(key);
    return (k.kind === "day" || k.kind === "article") && days.has(k.day);
  };
}


interface Protection {
  /** The builds kept for rollback: the live one and the last KEEP_BUILDS of the history. */
  kept: Set<string>;
  /** Builds of in-flight publishes registered within the grace period. */
  inFlight: Set<string>;
  /** Registrations older than the grace period: publishes that died. */
  stale: string[];
  isReferenced: (key: string) => boolean;
  /** The change-log entries the pointer keeps, and the newest of them (0 when none). */
  changes: Set<number>;
  newestChange: number;
}

/** What collection must keep: every kept build's entries, and every young registration's. */
async function protection(store: KvStore, keys: readonly string[], now: number): Promise<Protection> {
  const pointer = await readLivePointer(store);
  const manifests: BuildManifest[] = [];
  const kept = new Set<string>();
  if (pointer) {
    for (const h of pointer.history.slice(0, KEEP_BUILDS)) kept.add(h.build);
    kept.add(pointer.build);
    manifests.push(pointer.manifest);
    for (const id of kept) {
      if (id === pointer.build) continue;
      const text = await store.get(buildKey(id));
      if (text !== null) manifests.push(readManifest(text)); // A kept build whose manifest is gone cannot be rolled back to; nothing to protect.
    }
  }
  const inFlight = new Set<string>();
  const stale: string[] = [];
  for (const key of keys.filter((k) => parseKey(k).kind === "registration")) {
    const text = await store.get(key);
    let registration: Registration | null = null;
    try {
      registration = text === null ? null : readRegistration(text);
    } catch (e) {
      if (!(e instanceof LayoutError)) throw e;
    }
    if (registration && now - Date.parse(registration.registeredAt) < REGISTRATION_GRACE_MS) {
      inFlight.add(registration.build);
      manifests.push(registration.manifest);
    } else stale.push(key);
  }
  const changes = new Set((pointer?.changes ?? []).map(([seq]) => seq));
  return { kept, inFlight, stale, isReferenced: await referenceTest(store, manifests), changes, newestChange: Math.max(0, ...changes) };
}

/**
 * Collect garbage: delete builds that are no longer kept (the live one and the last
 * KEEP_BUILDS of the history) and every immutable entry that no kept build and no in-flight
 * publish references — a dropped build's, or one an interrupted publish left behind — and
 * registrations of publishes that died. The pointer, the lease and keys of kinds this
 * layout does not write are left alone. Manifests go last, so an interrupted collection
 * is finished by the next.
 */
export async function prune(store: KvStore, now: number = Date.now(), options: { dryRun?: boolean } = {}): Promise<PruneResult & { keys: string[] }> {
  const keys = await store.listKeys();
  if (!keys.includes(POINTER_KEY)) return { builds: [], deleted: 0, keys: [] };
  const guard = await protection(store, keys, now);
  const dropped: string[] = [];
  const builds: string[] = [];
  const doomed: string[] = [];
  for (const key of keys) {
    const k = parseKey(key);
    if (k.kind === "build") {
      if (!guard.kept.has(k.build) && !guard.inFlight.has(k.build)) {
        dropped.push(key);
        builds.push(k.build);
      }
    } else if (IMMUTABLE_KINDS.has(k.kind) && !guard.isReferenced(key)) doomed.push(key);
    // A log entry the pointer no longer keeps (never one past its newest: that is the next publish's).
    else if (k.kind === "change" && !guard.changes.has(k.seq) && k.seq <= guard.newestChange) doomed.push(key);
  }
  const all = [...doomed, ...guard.stale, ...dropped];
  if (!options.dryRun) {
    await store.deleteMany(doomed);
    await store.deleteMany(guard.stale);
    await store.deleteMany(dropped);
  }
  return { builds, deleted: all.length, keys: all };
}
