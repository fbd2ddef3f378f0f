/**
 * npm run rollback [-- --to BUILD] [--list] [--remote] [--state DIR]
 *
 * Makes the build that was live before the live one live again (or a named kept build), by
 * rewriting only the pointer, under the namespace's lease. Every kept build's entries are
 * still in KV, so the switch is one write and Worker isolates follow within the pointer
 * cache's few seconds. `--list` prints the history rollback walks and changes nothing.
 */
import path from "node:path";
import type { Pointer } from "../src/publish/layout.ts";
import { readLivePointer, rollback, RollbackError, type KvStore } from "../src/publish/publish.ts";
import { LeaseError } from "../src/publish/lease.ts";
import { describeLogEntry } from "../src/publish/changes.ts";
import { readArgs } from "./args.ts";
import { namespaceId, openLocalStore, openWranglerStore } from "../src/build/kv.ts";
import { withWriter, WriterError } from "../src/build/writer.ts";

const USAGE = `usage: npm run rollback [-- --to BUILD] [--list] [--remote] [--state DIR]
  (no option)  make the build live before the live one live again
  --to BUILD   make a named kept build live (a unique prefix of its id is enough)
  --list       print the kept builds in the order rollback walks them; change nothing
  --remote     the remote namespace (default: local state, as npm start and wrangler dev read it)
  --state DIR  local state folder (default .wrangler/state)
`;

/** The kept builds, newest first, the live one starred: the order rollback walks. */
export function formatHistory(pointer: Pointer | null): string {
  if (!pointer) return "nothing is published\n";
  return pointer.history.map((h) => `  ${h.build === pointer.build ? "*" : " "} ${h.build}  first published ${h.publishedAt}\n`).join("");
}

async function list(root: string, state: string | null): Promise<void> {
  // Reading takes no lease: a list never changes anything.
  const store = state === null ? await openWranglerStore(root, "remote") : await openLocalStore(state, await namespaceId(root));
  try {
    process.stdout.write(formatHistory(await readLivePointer(store as KvStore)));
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const root = process.cwd();
  const args = readArgs(argv, { to: { type: "string" }, list: { type: "boolean" }, remote: { type: "boolean" }, state: { type: "string" } }, USAGE);
  if (typeof args === "number") return args;
  if (args.positionals.length > 0) {
    process.stderr.write(`rollback: unexpected argument ${args.positionals[0]}\n${USAGE}`);
    return 2;
  }
  const state = args.values.remote ? null : path.resolve(typeof args.values.state === "string" ? args.values.state : path.join(root, ".wrangler", "state"));
  if (args.values.list) {
    await list(root, state);
    return 0;
  }
  const to = typeof args.values.to === "string" ? args.values.to : undefined;
  try {
    const { result, pointer } = await withWriter({ root, state }, "rollback", async (store) => {
      const result = await rollback(store, new Date().toISOString(), to);
      return { result, pointer: await readLivePointer(store) };
    });
    console.log(`rolled back: ${result.from} → ${result.to} is live`);
    console.log(`readers see: ${describeLogEntry(result.logged)}`);
    process.stdout.write(formatHistory(pointer));
    return 0;
  } catch (e) {
    const known = e instanceof RollbackError || e instanceof LeaseError || e instanceof WriterError;
    console.error(`rollback failed: ${known ? (e as Error).message : (e as Error).stack}`);
    console.error("the live build is unchanged");
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
