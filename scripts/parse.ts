/**
 * `npm run --silent parse -- <page.txt>`: one page file → its articles, each
 * with its section, as JSON on stdout. Errors name the file and go to stderr.
 */
import { readFileSync } from "node:fs";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { decodePage, DecodeError } from "../src/publish/decode.ts";

function main(args: string[]): number {
  const files = args.filter((a) => a !== "--");
  if (files.length !== 1) {
    process.stderr.write("usage: npm run --silent parse -- <page.txt>\n");
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
  const page = parsePage(text);
  const output = { articles: classifyPage(page.articles), unassigned: page.unassigned, warnings: page.warnings };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
