/**
 * Opening a namespace to write to it: publish, rollback and gc all go through `withWriter`.
 *
 * - Local state: an OS file lock (`<state>/edgepaper-writer.lock`, created exclusively, holding
 *   the pid) is taken before Miniflare opens `.wrangler/state`, because two Miniflare instances
 *   writing the same SQLite files fail each other with `KV GET/PUT failed: 500`. A lock whose
 *   process is gone is taken over. `npm start` / `wrangler dev` only read and take no lock.
 * - Both stores: the lease in the namespace (src/publish/lease.ts), renewed while the work runs.
 *
 * The lock and the lease are released on every exit path this process can catch (an error,
 * Ctrl-C, SIGTERM, SIGHUP); a process killed with -9 leaves them behind to be taken over.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, unlinkSync, writeSync, mkdirSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { withLease } from "../publish/lease.ts";
import type { KvStore } from "../publish/publish.ts";
import { namespaceId, openLocalStore, openWranglerStore, type ClosableStore } from "./kv.ts";

export class WriterError extends Error {
  override name = "WriterError";
}

export const LOCK_FILE = "edgepaper-writer.lock";

interface LockHolder {
  pid: number;
  host: string;
  action: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the state folder's lock file, or throws naming the process that holds it. Returns its release. */
export function lockState(stateDir: string, action: string): () => void {
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), action, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        try {
          const held = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
          if (held.pid === me.pid && held.host === me.host) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let held: LockHolder | null = null;
    try {
      held = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    } catch {
      held = null; // Unreadable or half-written: its writer died mid-write or is writing now; treat as stale once.
    }
    if (held && held.host === me.host && alive(held.pid) && held.pid !== me.pid) {
      throw new WriterError(`another ${held.action} (pid ${held.pid}, since ${held.since}) is writing ${stateDir}; wait for it to finish`);
    }
    if (held && held.host !== me.host) {
      throw new WriterError(`${file} is held by ${held.action} on ${held.host} (pid ${held.pid}, since ${held.since}); remove the file if that machine no longer writes here`);
    }
    // The holder is gone (killed): take the lock over.
    try {
      unlinkSync(file);
    } catch {
      // Another process took it over first; the next attempt finds out.
    }
  }
  throw new WriterError(`could not take ${file}: another process took it over at the same time; try again`);
}

export interface WriterTarget {
  root: string;
  /** The local state folder (.wrangler/state), or null for the remote namespace. */
  state: string | null;
  /** An already-open store (tests): no lock file, no opening or closing. */
  store?: KvStore;
}

const releases = new Set<() => void>();
let handlersInstalled = false;

/** On a signal: release what is held, then exit as the signal would. */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      for (const release of releases) release();
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}

/** Runs `work` on the store, holding the state lock (local) and the namespace's lease. */
export async function withWriter<T>(target: WriterTarget, action: string, work: (store: KvStore, check: () => void) => Promise<T>): Promise<T> {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  if (target.store) return withLease(target.store, owner, action, (check) => work(target.store!, check));
  installSignalHandlers();
  const unlock = target.state === null ? () => {} : lockState(target.state, action);
  releases.add(unlock);
  let store: ClosableStore | null = null;
  try {
    store = target.state === null ? await openWranglerStore(target.root, "remote") : await openLocalStore(target.state, await namespaceId(target.root));
    const opened = store;
    // Holding the local state's lock, no other writer can be at work here: a lease left in the
    // namespace is a killed process's, and is taken over at once instead of after it expires.
    return await withLease(opened, owner, action, (check) => work(opened, check), undefined, target.state !== null);
  } finally {
    await store?.close();
    unlock();
    releases.delete(unlock);
  }
}
