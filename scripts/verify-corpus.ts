/**
 * `npm run --silent verify-corpus -- [DIR…]`: check that every gold string of the real corpus
 * (default: test/fixtures/real-b to real-z) occurs in the stored source it was taken from, and that no
 * two sets print the same story (a paragraph of 26 characters or more). Exit 1 listing each problem.
 */
import { join } from "node:path";
import { ANNOTATED_SETS, readSet } from "../test/support/sets.ts";
import { sharedAcrossSets, verifySources } from "../test/support/verify.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run --silent verify-corpus -- [DIR...]
  DIR  real-corpus sets whose cases carry source.json (default: test/fixtures/real-b to real-z)
`;
const ROOT = join(import.meta.dirname, "..");
const args = readArgs(process.argv.slice(2), {}, USAGE);
if (typeof args === "number") process.exit(args);
const dirs = args.positionals;
// (real-a came with its annotation, not from stored pages: it has no sources to check.)
const sets = dirs.length > 0 ? dirs : ANNOTATED_SETS.filter((set) => set.startsWith("real-") && set !== "real-a").map((set) => join(ROOT, "test/fixtures", set));
let pages = 0;
const problems: string[] = [];
const read: ReturnType<typeof readSet> = [];
for (const dir of sets) {
  for (const page of readSet(dir)) {
    pages++;
    read.push(page);
    problems.push(...verifySources(page));
  }
}
// (And no story taken twice, in two sets: see KNOWN_SHARED_CASES.)
problems.push(...sharedAcrossSets(read));
for (const p of problems) process.stderr.write(`${p}\n`);
process.stdout.write(`${pages} pages checked against their sources: ${problems.length === 0 ? "every gold string found" : `${problems.length} problem(s)`}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
