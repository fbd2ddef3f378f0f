/**
 * The two stores a build can publish to.
 *
 * - local: the state `wrangler dev` and Miniflare read (.wrangler/state/v3),
 *   opened in-process with Miniflare (same persist path and namespace id that
 *   wrangler uses). One workerd start per command, about 0.8 s, where every
 *   `wrangler kv … --local` call costs about 2.7 s of start-up.
 * - remote: a real namespace through `wrangler kv … --remote` (bulk files of at
 *   most 10,000 pairs). Needs `wrangler login` and the namespace id in wrangler.toml.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import { KV_LIMITS } from "../publish/layout.ts";
import type { KvStore } from "../publish/publish.ts";

export const BINDING = "PAPER";

/** Namespace id of the PAPER binding in wrangler.toml. */
export async function namespaceId(root: string): Promise<string> {
  const toml = await readFile(path.join(root, "wrangler.toml"), "utf8");
  const block = toml.split("[[kv_namespaces]]").slice(1).find((b) => new RegExp(`binding\\s*=\\s*"${BINDING}"`).test(b));
  const id = block && /\bid\s*=\s*"([^"]+)"/.exec(block)?.[1];
  if (!id) throw new Error(`wrangler.toml: no [[kv_namespaces]] entry with binding = "${BINDING}" and an id`);
  return id;
}

export interface ClosableStore extends KvStore {
  close(): Promise<void>;
}

/** Split entries into bulk batches within KV's pair and request-size limits. */
export function* bulkBatches<T extends readonly [string, string]>(entries: readonly T[]): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = entry[0].length + entry[1].length * 3 + 32;
    if (batch.length > 0 && (batch.length >= KV_LIMITS.pairsPerBulk || bytes + size > KV_LIMITS.bytesPerBulk)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}

/** Local state through an in-process Miniflare. `stateDir` is the persist root wrangler uses (.wrangler/state). */
export async function openLocalStore(stateDir: string, id: string): Promise<ClosableStore> {
  const watchdog = watchChildren();
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      script: 'addEventListener("fetch", (e) => e.respondWith(new Response(null, { status: 404 })))',
      resourcePersistencePath: path.resolve(stateDir, "v3"),
      kvNamespaces: { [BINDING]: id },
    }),
  );
  const kv = await mf.getKVNamespace(BINDING);
  return {
    async listKeys() {
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await kv.list({ cursor });
        for (const k of page.keys) keys.push(k.name);
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      return keys;
    },
    get: (key) => kv.get(key),
    async putMany(entries) {
      // In order, a bounded number at a time, so the pointer (always its own call) lands last.
      for (let i = 0; i < entries.length; i += 64) await Promise.all(entries.slice(i, i + 64).map(([k, v]) => kv.put(k, v)));
    },
    async deleteMany(keys) {
      for (let i = 0; i < keys.length; i += 64) await Promise.all(keys.slice(i, i + 64).map((k) => kv.delete(k)));
    },
    close: async () => {
      await mf.dispose();
      watchdog.kill();
    },
  };
}

/**
 * A killed CLI (kill -9, or a signal it handles by exiting) cannot dispose of Miniflare, whose
 * workerd child would then run on forever. A tiny detached watchdog, started before Miniflare,
 * notes this process's workerd children while it lives and, once it has ended, stops those
 * still running as workerd (pids are reused). A child spawned in the last moment before the kill,
 * between two looks, is found by the mark this process leaves in its children's environment.
 * Needs `sh` and `pgrep` (procps); without them it does nothing.
 */
/** The environment variable that marks the workerd children of one CLI process, for its watchdog. */
const WATCH_MARK = "EDGEPAPER_WATCHDOG_MARK";

function watchChildren(): ChildProcess {
  const parent = process.pid;
  const mark = `${parent}-${Date.now()}`;
  // (Miniflare spawns workerd with this process's environment: the mark names it ours once it is orphaned.)
  process.env[WATCH_MARK] = mark;
  const script =
    `seen=""; while kill -0 ${parent} 2>/dev/null; do seen="$seen $(pgrep -P ${parent} -x workerd 2>/dev/null)"; sleep 0.2; done; ` +
    `for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = workerd ] && tr '\\0' '\\n' < $p/environ 2>/dev/null | grep -qx "${WATCH_MARK}=${mark}" && seen="$seen \${p#/proc/}"; done; ` +
    `for c in $seen; do [ "$(cat /proc/$c/comm 2>/dev/null)" = workerd ] && kill $c 2>/dev/null; done; exit 0`;
  const watchdog = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  watchdog.on("error", () => {});
  watchdog.unref();
  return watchdog;
}

function run(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "wrangler"), args, {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrangler ${args.slice(0, 3).join(" ")} failed (exit ${code}):\n${err || out}`))));
  });
}

/** A namespace through the wrangler CLI: `--remote` for a real account, or `--local` (slower than openLocalStore; kept for comparison). */
export async function openWranglerStore(root: string, where: "remote" | "local", persistTo?: string): Promise<ClosableStore> {
  const flags = ["--binding", BINDING, `--${where}`, ...(where === "local" && persistTo ? ["--persist-to", persistTo] : [])];
  const dir = await mkdtemp(path.join(tmpdir(), "edgepaper-kv-"));
  let n = 0;
  return {
    async listKeys() {
      const out = await run(root, ["kv", "key", "list", ...flags]);
      return (JSON.parse(out.slice(out.indexOf("["))) as { name: string }[]).map((k) => k.name);
    },
    async get(key) {
      // wrangler prints the value and a newline, or "Value not found" (exit code 0 either way).
      const out = await run(root, ["kv", "key", "get", key, "--text", ...flags]);
      if (out === "Value not found\n" || out === "Value not found") return null;
      return out.endsWith("\n") ? out.slice(0, -1) : out;
    },
    async putMany(entries) {
      for (const batch of bulkBatches(entries)) {
        const file = path.join(dir, `put-${++n}.json`);
        await writeFile(file, JSON.stringify(batch.map(([key, value]) => ({ key, value }))));
        await run(root, ["kv", "bulk", "put", file, ...flags]);
      }
    },
    async deleteMany(keys) {
      for (const batch of bulkBatches(keys.map((k) => [k, ""] as const))) {
        const file = path.join(dir, `delete-${++n}.json`);
        await writeFile(file, JSON.stringify(batch.map(([k]) => k)));
        await run(root, ["kv", "bulk", "delete", file, "--force", ...flags]);
      }
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
