/** The API's contract is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator). */
import { Validator } from "@seriousme/openapi-schema-validator";
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
