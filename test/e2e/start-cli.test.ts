/** The CLIs a newcomer meets first: `npm run build -- --help`, and `npm start` on a busy port. */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, freePort } from "./worker.ts";

const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });

describe("npm run build -- --help", () => {
  it("prints the usage and exits 0; an unknown option is refused with the options", () => {
    const help = node("build.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run build/);
    expect(help.stdout).toContain("--publish local|remote");
    const bad = node("build.ts", ["--bogus"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
  });
});

describe("npm run add-page", () => {
  it("starts a case in the one fixture layout, drafted or blank, and never overwrites one", () => {
    const set = `tmp-${process.pid}`;
    const seed = join(ROOT, "test/fixtures/seed/000_f633fcfef24d2dbd.txt");
    try {
      const drafted = node("add-page.ts", [set, "01-case", seed]);
      expect(drafted.status, drafted.stderr).toBe(0);
      const gold = JSON.parse(readFileSync(join(ROOT, "test/fixtures", set, "01-case", "gold.json"), "utf8"));
      expect(gold.articles).toHaveLength(9);
      expect(readFileSync(join(ROOT, "test/fixtures", set, "01-case", "page.txt"), "utf8")).toBe(readFileSync(seed, "utf8"));
      expect(node("add-page.ts", [set, "01-case", seed]).status).toBe(1);
      expect(node("add-page.ts", ["--blank", set, "02-case", seed]).status).toBe(0);
      expect(JSON.parse(readFileSync(join(ROOT, "test/fixtures", set, "02-case", "gold.json"), "utf8")).articles).toEqual([]);
    } finally {
      rmSync(join(ROOT, "test/fixtures", set), { recursive: true, force: true });
    }
  });
});

describe("npm start", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    server = createServer();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("on a busy port exits at once naming the port, before building anything", () => {
    const started = Date.now();
    const r = node("start.ts", [], { PORT: String(port) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(r.stdout).not.toContain("build ");
    expect(Date.now() - started).toBeLessThan(15_000);
    const flag = node("start.ts", ["--port", String(port)]);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain(`port ${port}`);
  });

  it("refuses a port that is no port, and has --help", () => {
    const r = node("start.ts", [], { PORT: "80000" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PORT must be a port number from 1 to 65535, got "80000"');
    const help = node("start.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--port N");
  });
});
