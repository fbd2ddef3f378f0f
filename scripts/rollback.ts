/**
 * npm run rollback [-- --to BUILD] [--remote] [--state DIR]
 *
 * Makes the build published before the live one live again (or a named kept
 * build), by rewriting only the pointer. Every kept build's entries are still
 * in KV, so the switch is one write and Worker isolates follow within the
 * pointer cache's few seconds.
 */
import path from "node:path";
import { readLivePointer, rollback, RollbackError } from "../src/publish/publish.ts";
import { namespaceId, openLocalStore, openWranglerStore } from "./kv.ts";

async function main(): Promise<void> {
  const root = process.cwd();
  const args = process.argv.slice(2);
  let to: string | undefined;
  let remote = false;
  let state = path.join(root, ".wrangler", "state");
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--to" && args[i + 1]) to = args[++i];
    else if (a === "--remote") remote = true;
    else if (a === "--state" && args[i + 1]) state = path.resolve(args[++i]!);
    else {
      console.error(`rollback: unknown option ${a} (options: --to BUILD --remote --state DIR)`);
      process.exitCode = 2;
      return;
    }
  }
  const store = remote ? await openWranglerStore(root, "remote") : await openLocalStore(state, await namespaceId(root));
  try {
    const result = await rollback(store, new Date().toISOString(), to);
    console.log(`rolled back: ${result.from} → ${result.to} is live`);
    const pointer = await readLivePointer(store);
    for (const h of pointer?.history ?? []) console.log(`  ${h.build === pointer?.build ? "*" : " "} ${h.build}  first published ${h.publishedAt}`);
  } catch (e) {
    console.error(`rollback failed: ${e instanceof RollbackError ? e.message : (e as Error).stack}`);
    console.error("the live build is unchanged");
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

await main();
