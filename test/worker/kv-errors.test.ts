/**
 * KV itself failing, beyond faults.test.ts's missing and corrupt values: a
 * binding whose reads reject answers every route family (JSON API, feeds,
 * HTML) with a 503 problem and Retry-After, never a 500; and the Worker's log
 * names the KV key that failed, which is what the operator deletes or
 * republishes (README, "Operating it").
 */
import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { articleKey, dayKey } from "../../src/publish/layout.ts";
import type { Plan } from "../../src/publish/plan.ts";
import worker from "../../src/worker/index.ts";
import { forgetLiveBuild } from "./seed.ts";
import { BASE, resetKv } from "./seed.ts";

let plan: Plan;
let id: string;
const ROUTES = () => ["/", "/healthz", "/v1/sections", "/v1/sections/politics", `/v1/articles/${id}`, "/v1/editions/2023-11-07", "/feeds/all.rss", "/feeds/politics.atom", "/feeds/economy.json", "/feeds.opml", `/articles/${id}`];

/** The binding with `get` replaced (other methods as they are). */
function withGet(get: (key: string) => Promise<string | null>): Env {
  const kv = new Proxy(env.PAPER, {
    get(target, prop) {
      if (prop === "get") return (key: string) => get(key);
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...env, PAPER: kv } as Env;
}

async function fetchWith(e: Env, path: string): Promise<Response> {
  return worker.fetch(new Request(`${BASE}${path}`) as any, e, createExecutionContext());
}

async function expect503(r: Response, path: string): Promise<any> {
  expect(r.status, path).toBe(503);
  expect(r.headers.get("content-type"), path).toBe("application/problem+json; charset=utf-8");
  expect(Number(r.headers.get("retry-after")), path).toBeGreaterThan(0);
  const body = await r.json<any>();
  expect(body).toMatchObject({ status: 503, type: "urn:edgepaper:problem:unavailable" });
  return body;
}

beforeAll(async () => {
  plan = await resetKv();
  id = [...plan.entries.keys()].find((k) => k.startsWith("a/"))!.split("/")[2]!;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await resetKv();
});

describe("KV reads that fail", () => {
  it("every route answers 503 when every read rejects (KV down), and the log names the key", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = withGet(async () => {
      throw new Error("KV GET failed: 500 Internal Server Error");
    });
    for (const path of ROUTES()) {
      forgetLiveBuild();
      const body = await expect503(await fetchWith(down, path), path);
      expect(body.detail).toContain("cannot be read right now");
    }
    expect(logged.mock.calls.map((c) => String(c[0])).join("\n")).toContain("KV read of live failed: KV GET failed");
  });

  it("every route answers 503 when only content reads fail (the pointer is fine)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const flaky = withGet(async (key) => {
      if (key === "live") return env.PAPER.get(key);
      throw new Error("Too many requests");
    });
    for (const path of ROUTES().filter((p) => !["/healthz", "/v1/sections", "/feeds.opml"].includes(p))) {
      forgetLiveBuild();
      await expect503(await fetchWith(flaky, path), path);
    }
    // Routes served from the pointer alone keep working.
    for (const path of ["/healthz", "/v1/sections", "/feeds.opml"]) expect((await fetchWith(flaky, path)).status, path).toBe(200);
  });
});

describe("corrupt values", () => {
  it("are logged with the key to delete or republish", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const day = dayKey(plan.manifest.days["2023-11-07"]!);
    const art = articleKey(plan.manifest.days["2023-11-07"]!, id);
    const head = plan.manifest.sections.find((s) => s.slug === "politics")!.head!.key;
    for (const [key, path] of [
      [day, "/v1/editions/2023-11-07"],
      [art, `/v1/articles/${id}`],
      [art, `/articles/${id}`],
      [head, "/v1/sections/politics"],
      [head, "/feeds/politics.rss"],
    ] as const) {
      await resetKv();
      await env.PAPER.put(key, "{ not json");
      logged.mockClear();
      await expect503(await fetchWith(env, path), path);
      expect(logged.mock.calls.map((c) => String(c[0])).join("\n"), path).toContain(key);
    }
  });
});
