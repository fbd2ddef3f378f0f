/**
 * The site as a reader browses it, in headless Chromium at phone (390 px) and desktop
 * (1280 px) width: home, a section, an edition, the archive, a photo story (with its picture) and a 404.
 * Screenshots go to test-results/pages/; axe-core finds no serious or critical violation on
 * any page; no request leaves the site; the CJK font stack applies.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePng } from "../support/images.ts";
import { ROOT, startWorker, type LocalWorker } from "./worker.ts";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(ROOT, "test-results", "pages");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let worker: LocalWorker;
let browser: Browser;
let photoStory: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package \`chromium\` (apt-get install -y chromium)`);
  // Pictures for a text report's photo (line 112) and the first photo story's (line 134): the figure with its picture, as readers see it.
  worker = await startWorker({
    nextDays: ["2023-11-08"],
    images: [
      { file: "report.png", bytes: makePng(480, 320, [70, 110, 160]), line: 112 },
      { file: "story.png", bytes: makePng(640, 400, [90, 150, 80]), line: 134 },
    ],
  });
  const day = (await (await fetch(`${worker.url}/v1/editions/2023-11-07`)).json()) as { pages: { articles: { id: string; kind: string }[] }[] };
  photoStory = day.pages.flatMap((p) => p.articles).find((a) => a.kind === "photo")!.id;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

const PAGES: [string, () => string, number][] = [
  ["home", () => "/", 200],
  ["section", () => "/sections/politics", 200],
  ["edition", () => "/editions/2023-11-07", 200],
  ["archive", () => "/editions/", 200],
  ["photo-story", () => `/articles/${photoStory}`, 200],
  ["search", () => `/search?q=${encodeURIComponent("油茶 丰收")}`, 200],
  ["not-found", () => "/nothing-here", 404],
];

describe("the site in Chromium", () => {
  for (const [width, label] of [[390, "phone"], [1280, "desktop"]] as const) {
    for (const [name, path, status] of PAGES) {
      it(`${name} (${label}): renders, stays on the site, passes axe-core`, async () => {
        // CSP is bypassed only so that axe-core can be injected; the site's own policy is checked in pages-chromium.test.ts.
        const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, extraHTTPHeaders: { accept: "text/html" } });
        const page = await context.newPage();
        const elsewhere: string[] = [];
        page.on("request", (r) => {
          if (!r.url().startsWith(worker.url) && !r.url().startsWith("data:")) elsewhere.push(r.url());
        });
        const response = await page.goto(`${worker.url}${path()}`);
        expect(response?.status()).toBe(status);
        await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
        expect(elsewhere).toEqual([]);
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?PingFang SC"?, "?Noto Sans CJK SC"?/);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await page.addScriptTag({ content: AXE });
        const violations = (await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        })) as { id: string; impact: string; nodes: number }[];
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
        await context.close();
      });
    }
  }

  it("a photo's picture loads from the site at its own size and never overflows a phone's width (phone screenshot: photo-picture-phone.png)", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, extraHTTPHeaders: { accept: "text/html" } });
    const page = await context.newPage();
    await page.goto(`${worker.url}/articles/${photoStory}`);
    const img = page.locator("figure.photo img").first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBe(640);
    const box = await img.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width / box!.height).toBeCloseTo(640 / 400, 1);
    expect(await img.getAttribute("src")).toMatch(new RegExp(`^${worker.url.replace(/[.:/]/g, "\\$&")}/images/[a-z2-7]+\\.png$`));
    await page.screenshot({ path: join(SHOTS, "photo-picture-phone.png"), fullPage: true });
    await context.close();
  });
});
