/**
 * Every route's real responses — successes and errors — validate against the schemas of
 * /v1/openapi.json (@cfworker/json-schema, draft 2020-12, inside workerd), and the document
 * lists exactly the JSON API's routes. A field, route or status added without the document
 * fails here.
 */
import { Validator } from "@cfworker/json-schema";
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "../../src/worker/router.ts";
import { BASE, resetKv } from "./seed.ts";

const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

let doc: any;
let ids: string[];

beforeAll(async () => {
  await resetKv();
  const r = await get("/v1/openapi.json");
  expect(r.status).toBe(200);
  doc = await r.json();
  ids = (await (await get("/v1/sections/all?limit=100&fields=summary")).json<any>()).items.map((a: any) => a.id);
});

/** The document's path template matching a concrete path: /v1/articles/{id} for /v1/articles/2023…. */
function templateOf(path: string): string {
  const exact = Object.keys(doc.paths).find((t) => t === path);
  if (exact) return exact;
  const found = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path));
  if (!found) throw new Error(`no path of the document matches ${path}`);
  return found;
}

async function expectConforms(path: string, status: number) {
  const r = await get(path);
  expect(r.status, path).toBe(status);
  const operation = doc.paths[templateOf(path.split("?")[0]!)].get;
  const response = operation.responses[String(status)];
  expect(response, `${path}: status ${status} is not in the document`).toBeDefined();
  const [mediaType, content] = Object.entries(response.content ?? {})[0] as [string, any];
  expect(r.headers.get("content-type")).toContain(mediaType);
  const validator = new Validator({ ...content.schema, components: doc.components }, "2020-12", false);
  const result = validator.validate(await r.json());
  expect(result.errors.slice(0, 5), path).toEqual([]);
  for (const header of Object.keys(response.headers ?? {})) expect(r.headers.has(header), `${path}: ${header}`).toBe(true);
}

describe("real responses validate against the document", () => {
  it("lists", async () => {
    await expectConforms("/v1/sections", 200);
    for (const q of ["", "?limit=2", "?fields=summary&limit=3", "?from=2023-11-01&to=2023-11-30"]) {
      await expectConforms(`/v1/sections/politics${q}`, 200);
      await expectConforms(`/v1/sections/all${q}`, 200);
    }
    await expectConforms("/v1/editions", 200);
    await expectConforms("/v1/editions?limit=1&from=2023-01-01", 200);
    for (const query of ["q=油茶", "q=株洲%20工会&fields=full&order=relevance", "q=zzzz", "q=株洲&limit=1&section=politics"]) await expectConforms(`/v1/search?${query}`, 200);
  });

  it("every article, the edition and the newest edition", async () => {
    for (const id of ids) await expectConforms(`/v1/articles/${id}`, 200);
    await expectConforms("/v1/editions/2023-11-07", 200);
    await expectConforms("/v1/editions/latest", 200);
    await expectConforms("/v1/changes?token=0", 200);
    await expectConforms("/healthz", 200);
  });

  it("errors: 400 and 404 problem documents", async () => {
    await expectConforms("/v1/sections/politics?limit=0", 400);
    await expectConforms("/v1/sections/politics?q=油茶", 400);
    await expectConforms("/v1/sections/sports", 404);
    await expectConforms("/v1/articles/20231107-1-aaaaaaaa", 404);
    await expectConforms("/v1/editions/2099-01-01", 404);
    await expectConforms("/v1/editions/nope", 400);
    await expectConforms("/v1/editions?cursor=x", 400);
    await expectConforms("/v1/search", 400);
    await expectConforms("/v1/search?q=a&order=best", 400);
    await expectConforms("/v1/changes", 400);
    await expectConforms("/v1/changes?token=x1", 400);
    await expectConforms("/v1/changes?token=7", 410);
  });

  it("a revalidation is a documented 304", async () => {
    const first = await get("/v1/sections/politics");
    const again = await get("/v1/sections/politics", { headers: { "if-none-match": first.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect(doc.paths["/v1/sections/{section}"].get.responses["304"]).toBeDefined();
  });
});

describe("the schemas bite", () => {
  it("an article with a field the document does not name, or without one it requires, fails", async () => {
    const body = await (await get(`/v1/articles/${ids[0]}`)).json<any>();
    const schema = { ...doc.paths["/v1/articles/{id}"].get.responses["200"].content["application/json"].schema, components: doc.components };
    const validator = new Validator(schema, "2020-12", false);
    expect(validator.validate(body).valid).toBe(true);
    expect(validator.validate({ ...body, lines: { start: 1, end: 2 } }).valid).toBe(false);
    const { summary: _summary, ...withoutSummary } = body;
    expect(validator.validate(withoutSummary).valid).toBe(false);
    expect(validator.validate({ ...body, section: "sports" }).valid).toBe(false);
  });
});

describe("the document's examples", () => {
  it("validate against their schemas and are the real answers of the seed", async () => {
    const article = doc.paths["/v1/articles/{id}"].get.responses["200"].content["application/json"];
    const schema = { ...article.schema, components: doc.components };
    expect(new Validator(schema, "2020-12", false).validate(article.example).errors).toEqual([]);
    const real = await (await get(`/v1/articles/${article.example.id}`)).json();
    expect(JSON.parse(JSON.stringify(article.example).replaceAll("http://127.0.0.1:8787", BASE))).toEqual(real);
    for (const [path, name] of [["/v1/sections/{section}", "SectionPage"], ["/v1/editions/{date}", "EditionDay"]] as const) {
      const content = doc.paths[path].get.responses["200"].content["application/json"];
      expect(new Validator({ ...content.schema, components: doc.components }, "2020-12", false).validate(content.example).errors, name).toEqual([]);
    }
  });
});

describe("the document and the router agree", () => {
  it("every JSON API route is documented and every documented path is routed", () => {
    const routed = (createRouter() as any).routes
      .map((r: unknown[]) => String(r[3]))
      .filter((p: string) => p.startsWith("/v1/") || p === "/healthz")
      .map((p: string) => p.replace(/:(\w+)/g, "{$1}"));
    expect(new Set(routed)).toEqual(new Set(Object.keys(doc.paths)));
  });

  it("is served at /openapi.json too, and /docs renders it; both revalidate by content", async () => {
    const alias = await get("/openapi.json");
    expect(await alias.json()).toEqual(doc);
    const docs = await get("/docs");
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await docs.text();
    expect(html).toContain("<code>GET /v1/sections/{section}</code>");
    const etag = docs.headers.get("etag")!;
    expect((await get("/docs", { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
