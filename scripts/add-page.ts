/**
 * `npm run --silent add-page -- SET CASE PAGE.txt`: start a new annotated page in the layout
 * every set uses (one folder per case): test/fixtures/SET/CASE/page.txt, a gold.json drafted
 * from the parser's own reading (every field to be checked by hand against CONVENTIONS.md),
 * and, for the real corpus, a source.json with one empty entry per drafted article.
 * Refuses to overwrite an existing case.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { decodePage, DecodeError } from "../src/publish/decode.ts";
import { GOLD_FIELDS } from "../test/support/gold.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run --silent add-page -- [--blank] SET CASE PAGE.txt
  SET       a fixture set under test/fixtures (real-e, blind5, …); created if new
  CASE      the case's folder name, e.g. 95-kunmingribao-2019
  PAGE.txt  the page text (UTF-8, UTF-16 with BOM or GB18030)
  --blank   no draft: an empty article list, for a held-out set annotated without the parser's view
  Writes page.txt, a drafted gold.json (check every field by hand) and, for real-* sets, source.json.
`;

function main(argv: string[]): number {
  const args = readArgs(argv, { blank: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  const [set, name, file] = args.positionals;
  if (!set || !name || !file || args.positionals.length !== 3) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(set) || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    process.stderr.write(`add-page: SET and CASE must be plain folder names, got "${set}" and "${name}"\n`);
    return 2;
  }
  const dir = join(import.meta.dirname, "..", "test", "fixtures", set, name);
  if (existsSync(dir)) {
    process.stderr.write(`add-page: ${dir} already exists; choose another CASE\n`);
    return 1;
  }
  let text: string;
  try {
    text = decodePage(file, readFileSync(file)).text;
  } catch (e) {
    process.stderr.write(`${e instanceof DecodeError ? e.message : `${file}: cannot read the page (${(e as NodeJS.ErrnoException).code ?? e})`}\n`);
    return 1;
  }
  const parsed = parsePage(text);
  const articles = args.values.blank ? [] : classifyPage(parsed.articles).map((a) => Object.fromEntries(GOLD_FIELDS.map((f) => [f, a[f]])));
  const gold = {
    source: "page.txt",
    edition: { paper: "", date: "", page: null },
    note: `Drafted by add-page from the parser's reading of ${basename(file)}: check every field against CONVENTIONS.md before committing.`,
    furniture: args.values.blank ? [] : parsed.furniture,
    articles,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "page.txt"), text);
  writeFileSync(join(dir, "gold.json"), `${JSON.stringify(gold, null, 2)}\n`);
  if (set.startsWith("real-")) {
    const sources = { articles: articles.map((a) => ({ title: a.title, paper: "", date: "", url: "", raw: "" })) };
    writeFileSync(join(dir, "source.json"), `${JSON.stringify(sources, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${dir}: ${articles.length} drafted article(s)${parsed.unassigned.length ? `, ${parsed.unassigned.length} unassigned text block(s) to place by hand` : ""}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
