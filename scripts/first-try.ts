/**
 * `npm run --silent first-try -- --at REV DIR… [--worst N] [--json]`: score annotated pages with
 * the parser as it was at commit REV, the honest measure of how it does on pages none of its
 * rules was written from. The pages are read where they are now; the parser, classifier and
 * scorer are REV's, checked out in a temporary git worktree that is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readArgs } from "./args.ts";

const USAGE = `usage: npm run --silent first-try -- --at REV DIR... [--worst N] [--json]
  --at REV     the commit whose parser reads the pages (a hash, a tag, HEAD~3)
  DIR          an annotated set, as npm run score takes it
  --worst N    list the N gold articles with the most wrong fields
  --json       one JSON object per set instead of the table
`;

const ROOT = resolve(import.meta.dirname, "..");

function git(args: string[]): { ok: boolean; out: string } {
  const run = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return { ok: run.status === 0, out: `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
}

function main(argv: string[]): number {
  const args = readArgs(argv, { at: { type: "string" }, worst: { type: "string" }, json: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
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
  if (!commit.ok) {
    process.stderr.write(`--at ${rev}: not a commit of this repository\n`);
    return 2;
  }
  const tree = join(mkdtempSync(join(tmpdir(), "edgepaper-first-try-")), "tree");
  const added = git(["worktree", "add", "--detach", tree, commit.out]);
  if (!added.ok) {
    process.stderr.write(`--at ${rev}: could not check it out: ${added.out}\n`);
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
    const run = spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", "scripts/score.ts", ...dirs, ...extra], { cwd: tree, stdio: "inherit" });
    return run.status ?? 1;
  } finally {
    git(["worktree", "remove", "--force", tree]);
    rmSync(join(tree, ".."), { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
