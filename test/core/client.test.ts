/** The typed client made from the OpenAPI document type-checks under strict settings, and catches misuse. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientSource } from "../../src/build/client.ts";
import { openApiDocument } from "../../src/worker/openapi.ts";

const dir = mkdtempSync(join(tmpdir(), "edgepaper-client-"));
writeFileSync(join(dir, "edgepaper.ts"), clientSource(openApiDocument("http://127.0.0.1:8787")));

function diagnostics(usage: string): string[] {
  const file = join(dir, `use-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, usage);
  const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], skipLibCheck: true, allowImportingTsExtensions: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("npm run client", () => {
  it("type-checks, with a method per route and typed answers", () => {
    expect(
      diagnostics(`import { EdgepaperClient, ProblemError, type ArticleResponse } from "./edgepaper.ts";
const api = new EdgepaperClient("http://127.0.0.1:8787");
export async function use(): Promise<string[]> {
  const page = await api.section("politics", { limit: 5, fields: "summary", order: "oldest", from: "2023-11-01" });
  const a: ArticleResponse = await api.article(page.items[0]!.id);
  const day = await api.latestEdition();
  const list = await api.editions({ limit: 3 });
  try { await api.edition("2099-01-01"); } catch (e) { if (e instanceof ProblemError) return [e.problem.type]; }
  return [a.title ?? "", day.date, list.editions[0]?.urls.html ?? "", (await api.health()).status];
}`),
    ).toEqual([]);
  });

  it("catches misuse: a parameter a route does not take, or a wrong value", () => {
    expect(diagnostics(`import { EdgepaperClient } from "./edgepaper.ts";\nnew EdgepaperClient("x").section("politics", { q: "油茶" });`).join("\n")).toContain("'q'");
    expect(diagnostics(`import { EdgepaperClient } from "./edgepaper.ts";\nnew EdgepaperClient("x").section("politics", { order: "random" });`).length).toBeGreaterThan(0);
  });

  it("calls the API and throws a problem as ProblemError", async () => {
    const { EdgepaperClient, ProblemError } = await import(join(dir, "edgepaper.ts"));
    const seen: string[] = [];
    const fake = async (url: string) => {
      seen.push(url);
      return new Response(JSON.stringify({ type: "urn:edgepaper:problem:not-found", title: "Not found", status: 404, detail: "none" }), { status: 404 });
    };
    const api = new EdgepaperClient("http://paper.example", fake);
    await expect(api.section("all", { limit: 2, fields: "summary" })).rejects.toBeInstanceOf(ProblemError);
    expect(seen).toEqual(["http://paper.example/v1/sections/all?limit=2&fields=summary"]);
  });
});
