/**
 * Publish cost, in its own process:
 *   node bench/publish-child.ts SEEDS_DIR BASE_PAGES
 * SEEDS_DIR lists BASE_PAGES pages plus one more edition day. The pages are
 * read, decoded, parsed and classified as src/build/pipeline.ts does; then the real
 * plan and publish steps run against an in-memory KV store (publish.ts's
 * MemoryStore, which records every write): the base archive is published, then
 * the archive with the new day, then the same build again.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { decodePage } from "../src/publish/decode.ts";
import { plan, type PlannedPage } from "../src/publish/plan.ts";
import { publish } from "../src/publish/publish.ts";
import { MemoryStore } from "../test/support/memory-store.ts";
import { readSourceManifest } from "../src/publish/source.ts";
import { indexFigures, yearOfDays } from "./search.ts";

const [seeds, baseArg] = process.argv.slice(2);
if (!seeds || !baseArg) throw new Error("usage: publish-child.ts SEEDS_DIR BASE_PAGES");
const base = Number(baseArg);
const manifestFile = path.join(seeds, "manifest.json");
const source = readSourceManifest(manifestFile, await readFile(manifestFile, "utf8"));
const pages: PlannedPage[] = [];
for (const entry of source.pages) {
  const file = path.join(seeds, entry.file);
  const { text } = decodePage(file, await readFile(file));
  pages.push({ date: entry.date, page: entry.page, file, articles: classifyPage(parsePage(text).articles) });
}
const added = pages.slice(base);
const addedDays = new Set(added.map((p) => p.date));
if (addedDays.size !== 1) throw new Error(`expected one new edition day after page ${base}, got ${addedDays.size}`);

/** Two-term queries of words the archive's templates print (株洲, 工会, 油茶 …) and of rarer ones. */
const SEARCH_QUERIES = ["株洲 工会", "油茶 丰收", "习近平 枫桥", "技能 竞赛", "政法 工作", "牧草 收割"];

const store = new MemoryStore();
const before = await plan({ paper: source.paper, pages: pages.slice(0, base) });
await publish(store, before, "2026-01-01T00:00:00.000Z");
const after = await plan({ paper: source.paper, pages });
store.writes = [];
const t = performance.now();
const appended = await publish(store, after, "2026-01-02T00:00:00.000Z");
const appendMs = performance.now() - t;
const appendKeys = [...store.writes];
store.writes = [];
const again = await plan({ paper: source.paper, pages });
const republished = await publish(store, again, "2026-01-03T00:00:00.000Z");

const kinds = (keys: string[]) => {
  const count: Record<string, number> = {};
  for (const k of keys) count[k.split("/")[0]!] = (count[k.split("/")[0]!] ?? 0) + 1;
  return count;
};
// Search: the index of the archive with the new day, and what a year of added days writes.
const articlesPerDay = after.manifest.articles / Object.keys(after.manifest.days).length;
const search = {
  index: await indexFigures(after, SEARCH_QUERIES),
  dayWritten: appendKeys.filter((k) => k.startsWith("x/") || k.startsWith("y/")).length,
  year: yearOfDays(Object.keys(after.manifest.days).length, 365, Math.round(articlesPerDay)),
};

process.stdout.write(
  JSON.stringify({
    search,
    basePages: base,
    addedPages: added.length,
    addedDay: [...addedDays][0],
    archiveEntries: after.entries.size,
    append: { immutableWritten: appended.written, pointerWritten: appended.pointerWritten, kvWrites: appendKeys.length, byKind: kinds(appendKeys), ms: appendMs },
    republish: { immutableWritten: republished.written, pointerWritten: republished.pointerWritten, kvWrites: store.writes.length, sameBuild: again.manifest.id === after.manifest.id },
  }) + "\n",
);
