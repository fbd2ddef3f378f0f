/**
 * `npm run --silent parse -- [--explain] [--json] [--page-name NAME] <page.txt>`: one page file →
 * its articles, each with its section (the page's printed name, if given, is evidence for it), as
 * JSON on stdout. `--explain` prints the page line by line with the
 * role and the rule the parser gave each line; with `--json` as well, the JSON gains a
 * `decisions` array. Errors name the file and go to stderr.
 */
import { readFileSync } from "node:fs";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { formatExplanation } from "../src/core/parse/explain.ts";
import { decodePage, DecodeError } from "../src/publish/decode.ts";
import { readArgs, stopWhenPipeCloses } from "./args.ts";

const USAGE = `usage: npm run --silent parse -- [--explain] [--json] [--page-name NAME] <page.txt>
  (no option)  the parse as JSON: {articles, unassigned, warnings, furniture}
  --page-name NAME
               the page's printed name (要闻, 经济, 农业农村), evidence for each article's section
  --explain    the page, one line each: line number, role, rule, article
  --explain --json
               the parse as JSON with a top-level "decisions" array, one {line, role, rule, article} per non-blank line
`;

function main(argv: string[]): number {
  const args = readArgs(argv, { explain: { type: "boolean" }, json: { type: "boolean" }, "page-name": { type: "string" } }, USAGE);
  if (typeof args === "number") return args;
  const files = args.positionals;
  if (files.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    process.stderr.write(`${file}: cannot read the page (${reason})\n`);
    return 1;
  }
  let text: string;
  try {
    text = decodePage(file, bytes).text;
  } catch (error) {
    process.stderr.write(`${error instanceof DecodeError ? error.message : `${file}: ${String(error)}`}\n`);
    return 1;
  }
  const explain = args.values.explain === true;
  const page = parsePage(text, { explain });
  const pageName = args.values["page-name"];
  const articles = classifyPage(page.articles, { pageName: typeof pageName === "string" ? pageName : null });
  if (explain && !args.values.json) {
    process.stdout.write(formatExplanation(text, page.decisions ?? [], articles));
    return 0;
  }
  const output = { articles, unassigned: page.unassigned, warnings: page.warnings, furniture: page.furniture, ...(explain ? { decisions: page.decisions } : {}) };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

stopWhenPipeCloses();
process.exitCode = main(process.argv.slice(2));
