/**
 * `npm run --silent first-try -- --at REV DIR… [--worst N] [--json] [--even-spacing | --recut SEED]`:
 * score annotated pages with the parser as it was at commit REV, the honest measure of how it does
 * on pages none of its rules was written from. The pages are read where they are now (or evenly
 * spaced or re-cut copies of them, written beside the checkout); the parser, classifier and scorer
 * are REV's, checked out in a temporary git worktree that is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { evenlySpaced, readSet, recutColumns, type AnnotatedPage } from "../test/support/sets.ts";
import { readArgs, readSeed } from "./args.ts";

const USAGE = `usage: npm run --silent first-try -- --at REV DIR... [--worst N] [--json] [--even-spacing | --recut SEED]
  --at REV     the commit whose parser reads the pages (a hash, a tag, HEAD~3)
  DIR          an annotated set, as npm run score takes it
  --worst N    list the N gold articles with the most wrong fields
  --json       one JSON object per set instead of the table
  --even-spacing
               read each page with every run of blank lines made one (as score takes it;
               the copies are made here, so any earlier commit can read them)
  --recut SEED read each page evenly spaced with its paragraphs re-cut at random places a
               column may end, as score takes it (copies made here, as for --even-spacing)
`;

const ROOT = resolve(import.meta.dirname, "..");

/** Runs git in the repository: its stdout (the value asked for) and stderr (what went wrong) apart. */
function git(args: string[]): { ok: boolean; out: string; err: string } {
  // (No hooks: a checkout for measuring must not run the user's post-checkout scripts.)
  const run = spawnSync("git", ["-c", "core.hooksPath=/dev/null", ...args], { cwd: ROOT, encoding: "utf8" });
  return { ok: run.status === 0, out: (run.stdout ?? "").trim(), err: (run.stderr ?? "").trim() };
}

/** A checkout this script left behind (killed before it could clean up): its worktree entry and directory. */
const LEFT_BEHIND = "edgepaper-first-try-";

function main(argv: string[]): number {
  const args = readArgs(argv, { at: { type: "string" }, worst: { type: "string" }, json: { type: "boolean" }, "even-spacing": { type: "boolean" }, recut: { type: "string" } }, USAGE);
  if (typeof args === "number") return args;
  const recut = readSeed(args.values.recut, args.values["even-spacing"] === true, USAGE);
  if (recut === null) return 2;
  const rev = args.values.at;
  if (rev === undefined || rev === "") {
    process.stderr.write(`--at: which commit's parser? (a hash, a tag, HEAD~3)\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const dirs = args.positionals.map((d) => resolve(d));
  const missing = dirs.find((d) => !existsSync(d));
  if (missing) {
    process.stderr.write(`${missing}: no such directory\n`);
    return 2;
  }
  const commit = git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  if (!commit.ok || !/^[0-9a-f]{40}$/u.test(commit.out)) {
    process.stderr.write(`--at ${rev}: not a commit of this repository\n`);
    return 2;
  }
  // (Worktrees whose directory is gone, as an interrupted run leaves them, are forgotten first.)
  git(["worktree", "prune"]);
  const scratch = mkdtempSync(join(tmpdir(), LEFT_BEHIND));
  const tree = join(scratch, "tree");
  const cleanUp = () => {
    git(["worktree", "remove", "--force", tree]);
    rmSync(scratch, { recursive: true, force: true });
  };
  // (Interrupted, it still removes its checkout; the exit code says it was stopped.)
  const stop = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const added = git(["worktree", "add", "--detach", tree, commit.out]);
  if (!added.ok) {
    cleanUp();
    process.stderr.write(`--at ${rev}: could not check it out: ${added.err}\n`);
    return 1;
  }
  try {
    if (!existsSync(join(tree, "scripts", "score.ts"))) {
      process.stderr.write(`--at ${rev}: that commit has no scripts/score.ts to score with\n`);
      return 2;
    }
    // (The commit's own dependencies are not installed: it borrows this checkout's.)
    symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
    const extra = [...(args.values.worst !== undefined ? ["--worst", args.values.worst] : []), ...(args.values.json ? ["--json"] : [])];
    if (!args.values.json) process.stdout.write(`parser at ${commit.out.slice(0, 7)} (${rev})\n`);
    // (An earlier commit's scorer may not know the option: it reads copies of the pages, evenly spaced or re-cut, one folder per case.)
    const reading = recut !== undefined ? (c: AnnotatedPage) => recutColumns(c.page, c.gold, recut) : args.values["even-spacing"] ? (c: AnnotatedPage) => evenlySpaced(c.page) : null;
    const read = reading ? dirs.map((dir) => readCopy(dir, join(scratch, "pages"), reading)) : dirs;
    const run = spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", "scripts/score.ts", ...read, ...extra], { cwd: tree, stdio: "inherit" });
    return run.status ?? 1;
  } finally {
    cleanUp();
  }
}

/** Writes the set's pages, as `reading` gives them, with their annotations under `into/<set>/<case>/`; returns that set's folder. */
function readCopy(dir: string, into: string, reading: (c: AnnotatedPage) => string): string {
  const set = join(into, basename(dir));
  for (const c of readSet(dir)) {
    const folder = join(set, c.name.slice(c.name.indexOf("/") + 1));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "page.txt"), reading(c));
    writeFileSync(join(folder, "gold.json"), JSON.stringify(c.gold));
  }
  return set;
}

process.exitCode = main(process.argv.slice(2));
