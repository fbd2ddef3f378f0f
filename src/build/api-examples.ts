/** The API examples of the frozen seed (see src/worker/examples.ts): read, parse, classify, plan, then the views. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { classifyPage } from "../core/classify/index.ts";
import { parsePage } from "../core/parse/index.ts";
import { parseKey, readArticle, readDay, type ArticleRecord } from "../publish/layout.ts";
import { plan } from "../publish/plan.ts";
import { readSourceManifest } from "../publish/source.ts";
import { apiExamples, type ApiExamples } from "../worker/examples.ts";

/** The origin the examples show: what `npm start` serves on. */
export const EXAMPLE_ORIGIN = "http://127.0.0.1:8787";

export async function examplesFromSeed(root: string): Promise<ApiExamples> {
  const dir = path.join(root, "test/fixtures/seed");
  const source = readSourceManifest("manifest.json", await readFile(path.join(dir, "manifest.json"), "utf8"));
  const pages = await Promise.all(
    source.pages.map(async (p) => ({ date: p.date, page: p.page, file: p.file, source: p.file, articles: classifyPage(parsePage(await readFile(path.join(dir, p.file), "utf8")).articles) })),
  );
  const built = await plan({ paper: source.paper, pages });
  const records: ArticleRecord[] = [];
  let day = null;
  for (const [key, value] of built.entries) {
    const kind = parseKey(key).kind;
    if (kind === "article") records.push(readArticle(value));
    if (kind === "day" && day === null) day = readDay(value);
  }
  records.sort((a, b) => a.edition.date.localeCompare(b.edition.date) || a.edition.page - b.edition.page || a.order - b.order);
  return apiExamples(EXAMPLE_ORIGIN, built.manifest.id, records, day!, source.paper.utcOffset);
}
