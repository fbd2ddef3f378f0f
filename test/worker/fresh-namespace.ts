/**
 * Test files share workerd processes (`isolate: false`), and so the KV namespace and the
 * Worker's module state: each file starts from an empty namespace and cold caches, as it
 * would in a workerd of its own.
 */
import { env } from "cloudflare:test";
import { beforeAll } from "vitest";
import { forgetResponses } from "../../src/worker/http/memo.ts";
import { forgetLiveBuild } from "../../src/worker/store.ts";

beforeAll(async () => {
  let cursor: string | undefined;
  do {
    const page = await env.PAPER.list({ cursor });
    await Promise.all(page.keys.map((k) => env.PAPER.delete(k.name)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  forgetLiveBuild();
  forgetResponses();
});
