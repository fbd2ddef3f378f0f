/**
 * npm run gc [-- --dry-run] [--remote] [--state DIR]
 *
 * Collects garbage in the namespace, under its lease: builds no longer kept for rollback,
 * entries that no kept build and no in-flight publish references (a dropped build's, or
 * what an interrupted publish left), and registrations of publishes that died. A publish
 * runs the same collection after it makes its build live; run this to finish one whose
 * collection failed, or to clean up after interrupted publishes.
 */
import path from "node:path";
import { LeaseError } from "../src/publish/lease.ts";
import { prune } from "../src/publish/publish.ts";
import { readArgs } from "./args.ts";
import { withWriter, WriterError } from "../src/build/writer.ts";

const USAGE = `usage: npm run gc [-- --dry-run] [--remote] [--state DIR]
  --dry-run    list what would be deleted; delete nothing
  --remote     the remote namespace (default: local state)
  --state DIR  local state folder (default .wrangler/state)
`;

async function main(argv: string[]): Promise<number> {
  const root = process.cwd();
  const args = readArgs(argv, { "dry-run": { type: "boolean" }, remote: { type: "boolean" }, state: { type: "string" } }, USAGE);
  if (typeof args === "number") return args;
  const state = args.values.remote ? null : path.resolve(typeof args.values.state === "string" ? args.values.state : path.join(root, ".wrangler", "state"));
  const dryRun = args.values["dry-run"] === true;
  try {
    const result = await withWriter({ root, state }, "gc", (store) => prune(store, Date.now(), { dryRun }));
    if (dryRun) for (const key of result.keys) console.log(`would delete ${key}`);
    console.log(`${dryRun ? "would collect" : "collected"} ${result.builds.length} old build(s), ${result.deleted} entries${dryRun ? "" : " deleted"}`);
    return 0;
  } catch (e) {
    const known = e instanceof LeaseError || e instanceof WriterError;
    console.error(`gc failed: ${known ? (e as Error).message : (e as Error).stack}`);
    console.error("the live build is unchanged; entries already deleted were unreferenced");
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
