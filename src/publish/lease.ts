/**
 * One writer at a time: a lease entry in the namespace names who is publishing (or rolling
 * back, or collecting) and until when; the holder renews it with a heartbeat and deletes it
 * when done. A second writer stops with the holder's name; a lease past its expiry (its
 * holder was killed) is taken over.
 *
 * On remote KV a write may take up to 60 s to be seen elsewhere, so two writers starting
 * within that window can both believe they hold the lease. The lease is therefore not what
 * keeps the live build whole: registrations and re-verification in publish.ts are. It is
 * what turns the common case — a second publish started while one runs — into a clear
 * message instead of a race.
 */
import { HEARTBEAT_MS, LAYOUT_VERSION, LEASE_KEY, LEASE_MS, LayoutError, readLease, type Lease } from "./layout.ts";
import type { KvStore } from "./publish.ts";

export class LeaseError extends Error {
  override name = "LeaseError";
  readonly holder: Lease;
  constructor(holder: Lease) {
    super(`another ${holder.action} holds the lease: ${holder.owner}, since ${holder.acquiredAt}, until ${holder.expiresAt} unless renewed; wait for it to finish (a lease whose holder died expires after ${LEASE_MS / 1000} s)`);
    this.holder = holder;
  }
}

/** The lease as stored, or null when none is held or the stored value is unreadable (then it is taken over). */
async function currentLease(store: KvStore): Promise<Lease | null> {
  const text = await store.get(LEASE_KEY);
  if (text === null) return null;
  try {
    return readLease(text);
  } catch (e) {
    if (e instanceof LayoutError) return null;
    throw e;
  }
}

function leaseFor(owner: string, action: string, now: number, acquiredAt = new Date(now).toISOString()): Lease {
  return { v: LAYOUT_VERSION, owner, action, acquiredAt, expiresAt: new Date(now + LEASE_MS).toISOString() };
}

/**
 * Takes the lease, or throws LeaseError naming the live holder. A held lease of the same owner
 * is renewed. `takeOver` is for a caller that already excludes every other writer by other
 * means (the local state's lock file): a lease still stored then belongs to a writer that was killed.
 */
export async function acquireLease(store: KvStore, owner: string, action: string, now: number = Date.now(), takeOver = false): Promise<Lease> {
  const held = await currentLease(store);
  if (!takeOver && held && held.owner !== owner && Date.parse(held.expiresAt) > now) throw new LeaseError(held);
  const lease = leaseFor(owner, action, now);
  await store.putMany([[LEASE_KEY, JSON.stringify(lease)]]);
  // Read back: of two writers that raced here, the one whose write was overwritten stops now.
  const after = await currentLease(store);
  if (after && after.owner !== owner) throw new LeaseError(after);
  return lease;
}

/** Extends the lease; throws LeaseError if another writer took it over meanwhile (this one then stops). */
export async function renewLease(store: KvStore, lease: Lease, now: number = Date.now()): Promise<Lease> {
  const held = await currentLease(store);
  if (held && held.owner !== lease.owner) throw new LeaseError(held);
  const renewed = leaseFor(lease.owner, lease.action, now, lease.acquiredAt);
  await store.putMany([[LEASE_KEY, JSON.stringify(renewed)]]);
  return renewed;
}

/** Gives the lease up, if it is still this owner's. */
export async function releaseLease(store: KvStore, lease: Lease): Promise<void> {
  const held = await currentLease(store);
  if (held?.owner === lease.owner) await store.deleteMany([LEASE_KEY]);
}

/**
 * Runs `work` holding the lease: acquired first, renewed every HEARTBEAT_MS while it runs,
 * released after it whatever happens. A renewal that finds the lease taken makes the next
 * `check()` throw, so long work can stop before its next write.
 */
export async function withLease<T>(store: KvStore, owner: string, action: string, work: (check: () => void) => Promise<T>, heartbeatMs: number = HEARTBEAT_MS, takeOver = false): Promise<T> {
  let lease = await acquireLease(store, owner, action, Date.now(), takeOver);
  let lost: LeaseError | null = null;
  let beating = Promise.resolve();
  const timer = setInterval(() => {
    beating = beating.then(async () => {
      if (lost) return;
      try {
        lease = await renewLease(store, lease);
      } catch (e) {
        if (e instanceof LeaseError) lost = e;
      }
    });
  }, heartbeatMs);
  const check = () => {
    if (lost) throw lost;
  };
  try {
    return await work(check);
  } finally {
    clearInterval(timer);
    await beating;
    if (!lost) await releaseLease(store, lease);
  }
}
