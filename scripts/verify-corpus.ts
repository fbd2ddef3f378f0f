/**
 * `npm run --silent verify-corpus -- [DIR…]`: check that every gold string of the real corpus
 * (default: test/fixtures/real-b to real-z) occurs in the stored source it was taken from.
 * Exit 1 listing each string that does not.
 */
import { join } from "node:path";
import { readSet } from "../test/support/sets.ts";
import { verifySources } from "../test/support/verify.ts";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run --silent verify-corpus -- [DIR...]
  DIR  real-corpus sets whose cases carry source.json (default: test/fixtures/real-b to real-z)
`;
const ROOT = join(import.meta.dirname, "..");
const args = readArgs(process.argv.slice(2), {}, USAGE);
if (typeof args === "number") process.exit(args);
const dirs = args.positionals;
const sets = dirs.length > 0 ? dirs : ["real-b", "real-c", "real-d", "real-e", "real-f", "real-g", "real-h", "real-i", "real-j", "real-k", "real-l", "real-m", "real-n", "real-o", "real-p", "real-q", "real-r", "real-s", "real-t", "real-u", "real-v", "real-w", "real-x", "real-y", "real-z"].map((set) => join(ROOT, "test/fixtures", set));
let pages = 0;
const problems: string[] = [];
for (const dir of sets) {
  for (const page of readSet(dir)) {
    pages++;
    problems.push(...verifySources(page));
  }
}
for (const p of problems) process.stderr.write(`${p}\n`);
process.stdout.write(`${pages} pages checked against their sources: ${problems.length === 0 ? "every gold string found" : `${problems.length} problem(s)`}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
