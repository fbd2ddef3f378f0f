/**
 * The Worker as it ships, in-process: bundled by `wrangler deploy --dry-run`
 * (the same esbuild step a deploy runs), served by Miniflare on 127.0.0.1 with
 * the KV state a real build published. No `wrangler dev` proxy in between.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import { runBuild } from "../../src/build/pipeline.ts";
import { BINDING, namespaceId } from "../../src/build/kv.ts";
import { ROOT } from "./archive.ts";

export const WRANGLER_ENV = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" };

export interface Bundle {
  file: string;
  bytes: number;
  /** What wrangler printed, e.g. "Total Upload: 64.89 KiB / gzip: 18.86 KiB". */
  upload: string;
}

/** `wrangler deploy --dry-run --outdir OUT [entry]`: the production Worker, or `entry` with the same config. */
export async function bundle(outdir: string, entry?: string): Promise<Bundle> {
  const args = ["deploy", "--dry-run", "--config", path.join(ROOT, "wrangler.toml"), "--outdir", outdir];
  if (entry) args.push(entry);
  const { stdout } = await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "wrangler"), args, { cwd: ROOT, env: { ...process.env, ...WRANGLER_ENV } });
  const name = entry ? `${path.basename(entry).replace(/\.ts$/, "")}.js` : "index.js";
  const file = path.join(outdir, name);
  const bytes = (await readFile(file)).length;
  return { file, bytes, upload: /Total Upload:[^\n]*/.exec(stdout)?.[0] ?? "" };
}

/** Build `seeds` with the real build and publish it to local KV state under `stateDir` (wrangler's --persist-to layout). */
export async function publishArchive(seeds: string, outDir: string, stateDir: string): Promise<{ build: string; articles: number; entries: number }> {
  const result = await runBuild({
    root: ROOT,
    seeds,
    out: outDir,
    state: stateDir,
    strict: false,
    keepGoing: false,
    publish: "local",
    log: () => {},
    progress: null,
    now: () => "2026-01-01T00:00:00.000Z",
  });
  return { build: result.plan.manifest.id, articles: result.plan.manifest.articles, entries: result.plan.entries.size };
}

async function compatibility(): Promise<{ date: string; flags: string[] }> {
  const toml = await readFile(path.join(ROOT, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
  if (!date) throw new Error("wrangler.toml: no compatibility_date");
  return { date, flags: flags ? [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [] };
}

export interface RunningWorker {
  base: string;
  mf: Miniflare;
  close(): Promise<void>;
}

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Serve the bundled `script` with KV from `stateDir` on 127.0.0.1 (`port`, or a
 * free one). A new call is a new, cold isolate; give every instance the same
 * port when validators must carry over (the ETag covers the origin).
 */
export async function startWorker(script: string, stateDir: string, opts: { inspector?: boolean; port?: number } = {}): Promise<RunningWorker> {
  const compat = await compatibility();
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      scriptPath: script,
      modulesRoot: path.dirname(script),
      compatibilityDate: compat.date,
      compatibilityFlags: compat.flags,
      kvNamespaces: { [BINDING]: await namespaceId(ROOT) },
      resourcePersistencePath: path.resolve(stateDir, "v3"),
      host: "127.0.0.1",
      port: opts.port ?? 0,
      ...(opts.inspector ? { inspectorPort: 0, inspectorHost: "127.0.0.1" } : {}),
    }),
  );
  const url = await mf.ready;
  const base = url.origin.replace("localhost", "127.0.0.1");
  return { base, mf, close: () => mf.dispose() };
}

/** The workerd process serving `w` (a child of this process), for its RSS. */
export async function workerdPid(): Promise<number | null> {
  const { readdir, readFile: read } = await import("node:fs/promises");
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await read(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …; comm may hold spaces, so split after the last ')'.
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid && comm.includes("workerd")) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

/** Resident set size of a process, from /proc (Linux). */
export async function rssOf(pid: number): Promise<number> {
  const { readFile: read } = await import("node:fs/promises");
  const status = await read(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/**
 * The Worker isolate's JS heap through the inspector (Chrome DevTools
 * Protocol, Runtime.getHeapUsage on the user worker's target), over one
 * connection kept open for sampling. Needs startWorker(…, { inspector: true }).
 * workerd does not answer HeapProfiler.collectGarbage, so a sample is the heap
 * as it stands, garbage included: compare peaks, not single samples.
 */
export async function openHeapSampler(w: RunningWorker): Promise<{ heap(): Promise<number>; close(): void }> {
  const ws = await w.mf.getInspectorURL();
  const targets = (await (await fetch(`http://${ws.host}/json`)).json()) as { id: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((t) => t.id.startsWith("core:user:"));
  if (!target) throw new Error("no inspector target for the user worker");
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener("error", () => reject(new Error(`cannot connect to the inspector at ${target.webSocketDebuggerUrl}`)), { once: true });
  });
  let id = 0;
  const waiting = new Map<number, (used: number) => void>();
  socket.addEventListener("message", (event) => {
    const msg = JSON.parse(String(event.data)) as { id?: number; result?: { usedSize: number } };
    if (msg.id !== undefined && msg.result) waiting.get(msg.id)?.(msg.result.usedSize);
  });
  return {
    heap: () =>
      new Promise((resolve, reject) => {
        const mine = ++id;
        const timer = setTimeout(() => reject(new Error("the inspector did not answer Runtime.getHeapUsage within 10 s")), 10_000);
        waiting.set(mine, (used) => {
          clearTimeout(timer);
          waiting.delete(mine);
          resolve(used);
        });
        socket.send(JSON.stringify({ id: mine, method: "Runtime.getHeapUsage" }));
      }),
    close: () => socket.close(),
  };
}
