/**
 * npm run review [-- --seeds DIR --out DIR]
 *
 * Builds without publishing and writes the editor's review site to build/review/
 * (src/build/review.ts), then prints the page to open. Exit 1 when the build failed (the
 * review then shows the pages that were read and the errors); 2 on a bad option.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { defaultBuildOptions } from "../src/build/pipeline.ts";
import { writeReview } from "../src/build/review.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run review [-- OPTIONS]
  builds seeds/ without publishing and writes a static review of every page to build/review/:
  each line's role and rule, article boundaries, sections with their reasons, warnings and
  low-margin decisions flagged; npm start serves it at /review/
  --seeds DIR   the seeds folder (default seeds/)
  --out DIR     the build folder; the review goes to DIR/review (default build/)
  --help        this text
`;

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2), { seeds: { type: "string" }, out: { type: "string" } }, USAGE);
  if (typeof args === "number") {
    process.exitCode = args;
    return;
  }
  if (args.positionals.length > 0) {
    process.stderr.write(`review: unexpected argument ${args.positionals[0]}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const root = process.cwd();
  const opts = defaultBuildOptions(root);
  if (args.values.seeds !== undefined) opts.seeds = path.resolve(args.values.seeds);
  if (args.values.out !== undefined) opts.out = path.resolve(args.values.out);
  const review = await writeReview(opts);
  const look = review.pages.filter((p) => p.counts.warnings + p.counts.lowMargin + p.counts.unassigned > 0);
  const articles = review.pages.reduce((n, p) => n + p.counts.articles, 0);
  console.log(`review: ${review.pages.length} pages, ${articles} articles; ${look.length} page(s) to look at${look.length ? `: ${look.map((p) => p.file).join(", ")}` : ""}`);
  if (review.error) {
    console.error(`the build failed (nothing was published):\n  ${review.error}`);
    process.exitCode = 1;
  }
  console.log(`open ${pathToFileURL(review.index).href}`);
  console.log(`  (or npm start, then http://127.0.0.1:8787/review/)`);
}

await main();
