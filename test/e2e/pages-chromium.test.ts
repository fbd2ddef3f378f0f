/**
 * The real Worker's home page and permalinks as a phone shows them, in headless
 * Chromium (Debian package `chromium`, driven by playwright-core). `wrangler dev`
 * serves the seeds plus a second page whose article carries markup in its
 * title and text; the Worker sends its own Content-Security-Policy. The pages
 * must show the articles, offer the feeds by autodiscovery, apply their
 * stylesheet, keep hostile text inert, and log no console errors (a CSP
 * violation is one).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import gold from "../fixtures/gold/000_f633fcfef24d2dbd.json" with { type: "json" };
import { PAGE_CSP } from "../../src/render/page.ts";
import { HOSTILE_PAGE, HOSTILE_TEXT, HOSTILE_TITLE } from "./hostile-page.ts";
import { startWorker, type LocalWorker } from "./worker.ts";

const CHROMIUM = "/usr/bin/chromium";

let worker: LocalWorker;
let browser: Browser;
let edition: { page: number; articles: { id: string; title: string }[] }[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package \`chromium\` (apt-get install -y chromium)`);
  worker = await startWorker({ pages: [{ date: "2023-11-07", page: 2, text: HOSTILE_PAGE }] });
  edition = ((await (await fetch(`${worker.url}/v1/editions/2023-11-07`)).json()) as { pages: typeof edition }).pages;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

/** Opens a URL on a phone-sized page and collects every console error, uncaught exception and dialog. */
async function open(url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  const headers = await response!.allHeaders();
  expect(headers["content-security-policy"]).toBe(PAGE_CSP);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  return { page, errors, close: () => context.close() };
}

describe("the Worker's pages in headless Chromium", () => {
  it("the home page offers every feed by autodiscovery and lists the latest edition, with no console errors", async () => {
    const { page, errors, close } = await open(`${worker.url}/`);
    const alternates = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute("type"), (l as HTMLLinkElement).href]));
    expect(alternates).toHaveLength(15);
    for (const section of ["all", "politics", "economy", "agriculture-photos", "other"]) {
      expect(alternates).toContainEqual(["application/rss+xml", `${worker.url}/feeds/${section}.rss`]);
      expect(alternates).toContainEqual(["application/atom+xml", `${worker.url}/feeds/${section}.atom`]);
      expect(alternates).toContainEqual(["application/feed+json", `${worker.url}/feeds/${section}.json`]);
    }
    // every advertised feed answers with its format
    for (const [type, href] of alternates) {
      const r = await fetch(href!);
      expect(r.status, href!).toBe(200);
      expect(r.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
    }
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("株洲日报");
    for (const article of edition.flatMap((p) => p.articles)) {
      const link = page.getByRole("link", { name: article.title, exact: true });
      expect(await link.isVisible(), article.title).toBe(true);
      expect(await link.getAttribute("href")).toBe(`${worker.url}/articles/${article.id}`);
    }
    // the stylesheet ran (CSP allowed it by hash) and nothing scrolls sideways on a phone
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("672px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it("a permalink followed from the home page shows the whole article, styled, with its JSON-LD and no console errors", async () => {
    const article = gold.articles[1]!;
    const { page, errors, close } = await open(`${worker.url}/`);
    await page.getByRole("link", { name: article.title, exact: true }).click();
    await page.waitForLoadState();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(article.title);
    for (const text of [article.kicker!, article.subtitle!, article.byline!, ...article.paragraphs]) {
      expect(await page.getByText(text, { exact: true }).isVisible(), text).toBe(true);
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: article.title, datePublished: "2023-11-07T06:00:00+08:00", printPage: "1", printEdition: "2023-11-07" });
    const feeds = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(feeds).toEqual(["rss", "atom", "json"].map((f) => `${worker.url}/feeds/${article.section}.${f}`));
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("672px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it("an article with markup in its title and text shows it as text: nothing injected, no script runs", async () => {
    const hostile = edition.find((p) => p.page === 2)!.articles[0]!;
    expect(hostile.title).toBe(HOSTILE_TITLE);
    const { page, errors, close } = await open(`${worker.url}/articles/${hostile.id}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(HOSTILE_TITLE);
    expect(await page.getByText(HOSTILE_TEXT, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1); // the JSON-LD block
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390); // the long line wraps
    expect(errors).toEqual([]);
    await close();
  });

  it("an unknown article is the Worker's 404 page, with the same policy and no console errors", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && !m.text().includes("404") && errors.push(m.text())));
    const response = await page.goto(`${worker.url}/articles/20231107-1-aaaaaaaa`);
    expect(response?.status()).toBe(404);
    expect((await response!.allHeaders())["content-security-policy"]).toBe(PAGE_CSP);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("没有这篇文章");
    await page.getByRole("link", { name: "株洲日报" }).click();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${worker.url}/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
