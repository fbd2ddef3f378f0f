/**
 * The editor's review as an editor meets it: `npm start` in a copy of the project builds the
 * seed, writes build/review and serves it at /review/ beside the Worker; headless Chromium
 * opens the index and the seed page's review at phone and desktop width (screenshots go to
 * test-results/review/). Every non-blank line shows a role and a rule, the index's counts are
 * the page's, no console error, and the stylesheet applies (roles are coloured).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, freePort } from "./worker.ts";

const CHROMIUM = "/usr/bin/chromium";
const SEED_FILE = "000_f633fcfef24d2dbd.txt";
const SHOTS = join(ROOT, "test-results", "review");

let dir: string;
let child: ChildProcess;
let base: string;
let browser: Browser;
let output = "";

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package \`chromium\` (apt-get install -y chromium)`);
  dir = mkdtempSync(join(tmpdir(), "edgepaper-start-"));
  for (const name of ["node_modules", "src", "scripts", "package.json", "wrangler.toml", "tsconfig.json"]) symlinkSync(join(ROOT, name), join(dir, name));
  cpSync(join(ROOT, "test/fixtures/seed"), join(dir, "seeds"), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--experimental-strip-types", "--no-warnings", join(dir, "scripts", "start.ts"), "--port", String(port)], {
    cwd: dir,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (b) => (output += b));
  child.stderr!.on("data", (b) => (output += b));
  const deadline = Date.now() + 90_000;
  while (!output.includes("Press Ctrl+C")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, viewport: { width: number; height: number }, shot: string) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(`${base}${path}`);
  expect(response?.status()).toBe(200);
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  return { page, errors, close: () => context.close() };
}

describe("the review at /review/ of npm start", () => {
  it("npm start prints where the review is, and build/review holds it", () => {
    expect(output).toContain(`${base}/review/`);
    expect(existsSync(join(dir, "build", "review", "index.html"))).toBe(true);
    expect(existsSync(join(dir, "build", "review", `${SEED_FILE}.html`))).toBe(true);
  });

  for (const [label, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
    it(`the index lists the seed page with its counts (${label})`, async () => {
      const { page, errors, close } = await open("/review/", viewport, `index-${label}.png`);
      const row = await page.$$eval("tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent!.trim())));
      expect(row).toHaveLength(1);
      expect(row[0]![0]).toBe(SEED_FILE);
      expect(row[0]![4]).toBe("9");
      expect(errors).toEqual([]);
      await close();
    });

    it(`the seed page's review shows a role and a rule for every non-blank line, coloured (${label})`, async () => {
      const { page, errors, close } = await open(`/review/${SEED_FILE}.html`, viewport, `page-${label}.png`);
      const lines = await page.$$eval(".line", (rows) =>
        rows.map((r) => ({ role: r.querySelector(".role")!.textContent, rule: r.querySelector(".rule")!.textContent, bg: getComputedStyle(r).backgroundColor, cls: r.className })),
      );
      const text = readFileSync(join(dir, "seeds", SEED_FILE), "utf8");
      expect(lines).toHaveLength(text.split("\n").filter((l) => l.trim() !== "").length);
      for (const l of lines) {
        expect(l.role).toMatch(/^(kicker|title|subtitle|byline|paragraph|continuation|crosshead|caption|credit|furniture|unassigned)$/);
        expect(l.rule).toMatch(/^[a-z]+\.[a-z-]+/);
      }
      const title = lines.find((l) => l.role === "title")!;
      expect(title.bg).not.toBe("rgba(0, 0, 0, 0)");
      expect(await page.$$eval("section.article", (s) => s.length)).toBe(9);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
