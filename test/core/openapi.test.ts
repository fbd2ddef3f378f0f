/** The API's contract is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator). */
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { examplesFromSeed } from "../../src/build/api-examples.ts";
import { describe, expect, it } from "vitest";
import { renderApiDocs } from "../../src/render/api-docs.ts";
import { openApiDocument } from "../../src/worker/openapi.ts";
import { LIST_PARAMETERS } from "../../src/worker/params.ts";

const doc = openApiDocument("https://paper.example");

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists a section's parameters from the same list the route accepts", () => {
    const params = ((doc.paths as any)["/v1/sections/{section}"].get.parameters as any[]).filter((p) => p.$ref).map((p) => p.$ref.split("/").at(-1));
    expect(params).toEqual([...LIST_PARAMETERS]);
  });

  it("renders as a reference page with every route and schema, linked, and no script", () => {
    const html = renderApiDocs(doc);
    for (const path of Object.keys(doc.paths as object)) expect(html).toContain(`<code>GET ${path.replace(/&/g, "&amp;")}</code>`);
    for (const name of Object.keys((doc.components as any).schemas)) expect(html).toContain(`id="schema-${name}"`);
    expect(html).toContain('<a href="#schema-Article">Article</a>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!paper\.example)/);
  });
});

describe("the document's examples", () => {
  it("are what the parser makes of the frozen seed now (npm run api-examples rewrites them)", async () => {
    const root = new URL("../../", import.meta.url).pathname;
    const committed = JSON.parse(readFileSync(new URL("../../src/worker/openapi-examples.json", import.meta.url), "utf8"));
    expect(committed, "src/worker/openapi-examples.json is out of date: run npm run api-examples").toEqual(await examplesFromSeed(root));
  });
});

