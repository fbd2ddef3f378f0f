/**
 * npm run correct -- FILE LINE ACTION [--reason "…"] [--seeds DIR]
 *
 * Appends a correction of the parser's cut to seeds/corrections.json, with the fingerprint of
 * the line (src/build/correct.ts). Exit 1 when the correction is refused (nothing is written),
 * 2 on bad usage.
 */
import path from "node:path";
import { addCorrection, parseAction } from "../src/build/correct.ts";
import { BuildError } from "../src/build/pipeline.ts";
import { CorrectionsError } from "../src/publish/corrections.ts";
import { ManifestError } from "../src/publish/source.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run correct -- FILE LINE ACTION [--reason "…"]
  appends a correction of the cut to seeds/corrections.json (line numbers as npm run review shows them)
  FILE     a page file, as seeds/manifest.json names it
  LINE     a line of that page (from 1)
  ACTION   starts-article      a new article starts at LINE
           joins-previous      the article at LINE continues the one before
           role=ROLE           LINE is a kicker, title, subtitle, byline, paragraph, caption, credit or furniture
           section=SECTION     the article containing LINE is in politics, economy, agriculture-photos or other
           retract             withdraw the article containing LINE; --reason says why (readers see it)
  --reason TEXT   why an article is retracted
  --seeds DIR     the seeds folder (default seeds/)
  --help          this text
  then: npm run review (see the result), npm run build -- --publish local
`;

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2), { seeds: { type: "string" }, reason: { type: "string" } }, USAGE);
  if (typeof args === "number") {
    process.exitCode = args;
    return;
  }
  const [file, lineText, word, ...rest] = args.positionals;
  if (!file || !lineText || !word || rest.length > 0) {
    process.stderr.write(`correct: expected FILE LINE ACTION\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const line = Number(lineText);
  try {
    const action = parseAction(word, args.values.reason as string | undefined);
    const seeds = path.resolve(args.values.seeds === undefined ? "seeds" : (args.values.seeds as string));
    const added = await addCorrection(seeds, file, line, action);
    console.log(`added to ${path.relative(process.cwd(), added.path)}: ${added.description} at ${file}:${line} ("${added.text.slice(0, 40)}")`);
    console.log(`  ${JSON.stringify(added.entry)}`);
    console.log("  see it: npm run review; publish it: npm run build -- --publish local");
  } catch (e) {
    if (e instanceof BuildError || e instanceof CorrectionsError || e instanceof ManifestError) {
      console.error(`correct: ${e.message}`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
}

await main();
