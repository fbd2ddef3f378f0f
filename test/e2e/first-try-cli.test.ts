/**
 * `npm run first-try`: scoring pages with an earlier commit's parser, in a worktree it removes
 * again. At HEAD it must print what `npm run score` prints; a commit that is not one, or a
 * missing set, is refused naming the parameter.
 */
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../publish/helpers.ts";

const exec = promisify(execFile);
const SET = path.join(ROOT, "test/fixtures/real-s");
const script = (name: string) => [path.join(ROOT, "scripts", name)];
const node = (args: string[]) => exec(process.execPath, ["--experimental-strip-types", "--no-warnings", ...args], { cwd: ROOT });

// (With uncommitted changes to the parser or the scorer, HEAD's reading differs from the working tree's by design.)
const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "scripts", "test/support"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";

describe("first-try", () => {
  it.skipIf(dirty)("scores with HEAD's parser exactly as score does, and leaves no worktree behind", async () => {
    const before = (await exec("git", ["worktree", "list"], { cwd: ROOT })).stdout;
    const first = await node([...script("first-try.ts"), "--at", "HEAD", SET, "--json"]);
    const now = await node([...script("score.ts"), SET, "--json"]);
    const strip = (line: string) => ({ ...JSON.parse(line), set: undefined });
    expect(strip(first.stdout.trim())).toEqual(strip(now.stdout.trim()));
    expect(JSON.parse(first.stdout).articles).toBeGreaterThan(0);
    expect((await exec("git", ["worktree", "list"], { cwd: ROOT })).stdout).toBe(before);
  });

  it.skipIf(dirty)("reads the pages evenly spaced exactly as score --even-spacing does", async () => {
    const first = await node([...script("first-try.ts"), "--at", "HEAD", SET, "--json", "--even-spacing"]);
    const now = await node([...script("score.ts"), SET, "--json", "--even-spacing"]);
    const strip = (line: string) => ({ ...JSON.parse(line), set: undefined });
    expect(strip(first.stdout.trim())).toEqual(strip(now.stdout.trim()));
    expect(JSON.parse(first.stdout).articles).toBeGreaterThan(0);
  });

  it.skipIf(dirty)("reads the pages re-cut exactly as score --recut does, the same seed the same cuts", async () => {
    const first = await node([...script("first-try.ts"), "--at", "HEAD", SET, "--json", "--recut", "7"]);
    const now = await node([...script("score.ts"), SET, "--json", "--recut", "7"]);
    const strip = (line: string) => ({ ...JSON.parse(line), set: undefined });
    expect(strip(first.stdout.trim())).toEqual(strip(now.stdout.trim()));
    expect(JSON.parse(first.stdout).articles).toBeGreaterThan(0);
  });

  it("refuses a seed that is no whole number, and a seed with --even-spacing, naming the parameter", async () => {
    for (const name of ["score.ts", "ablate.ts"]) {
      await expect(node([...script(name), SET, "--recut", "abc"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--recut: expected a whole number from 0 to 4294967295 as the seed, got "abc"') });
      await expect(node([...script(name), SET, "--recut", "1", "--even-spacing"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--recut and --even-spacing: give one") });
    }
    await expect(node([...script("first-try.ts"), "--at", "HEAD", SET, "--recut", "1.5"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--recut: expected a whole number") });
  });

  it("refuses what is not a commit, and a set that is not there, naming them", async () => {
    await expect(node([...script("first-try.ts"), "--at", "no-such-commit", SET])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--at no-such-commit: not a commit") });
    await expect(node([...script("first-try.ts"), "--at", "HEAD", path.join(ROOT, "no-such-set")])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("no-such-set: no such directory") });
    await expect(node([...script("first-try.ts"), SET])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--at:") });
  });
});

describe("weigh-evidence", () => {
  it("prints each weighed decision's cases, the hand weights' and the held-out fit's right calls; refuses a set it does not know, naming it", async () => {
    const { stdout } = await node([...script("weigh-evidence.ts"), "real-a"]);
    expect(stdout).toMatch(/^crosshead or story\s+\d+\s+\d+\s+\d+ %\s+\d+\s+\d+ %$/mu);
    expect(stdout).toMatch(/^kicker or subtitle\s+\d+\s+\d+\s+\d+ %\s+\d+\s+\d+ %$/mu);
    await expect(node([...script("weigh-evidence.ts"), "real-none"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("real-none: no such annotated set") });
  });
});
