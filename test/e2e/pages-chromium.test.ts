/**
 * The home page and a permalink as a phone shows them, in headless Chromium
 * (Debian package `chromium`, driven by playwright-core): served with the
 * Content-Security-Policy the Worker sends, they must show the article, find the
 * feeds by autodiscovery, apply their stylesheet, and log no console errors
 * (a CSP violation is one).
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderArticlePage } from "../../src/render/article-page.ts";
import { renderHomePage } from "../../src/render/home-page.ts";
import { buildFeedItem, type FeedItem, type SiteConfig } from "../../src/render/item.ts";
import { PAGE_CSP } from "../../src/render/page.ts";
import { hostileArticle } from "../render/hostile.fixtures.ts";
import { GOLD_ARTICLES, SITE, seedArticles } from "../render/seed.ts";

const CHROMIUM = "/usr/bin/chromium";

let server: Server;
let browser: Browser;
let site: SiteConfig;
let items: FeedItem[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package \`chromium\` (apt-get install -y chromium)`);
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const item = items.find((i) => new URL(i.url).pathname === path);
    const body = path === "/" ? renderHomePage(site, { latestEdition: { date: "2023-11-07", items } }) : item ? renderArticlePage(site, item) : null;
    response.writeHead(body === null ? 404 : 200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": PAGE_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = { ...SITE, siteUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  items = [...seedArticles(), hostileArticle(`<img src=x onerror="alert(1)"><script>alert(2)</script>`, "hostile-1")].map((a) => buildFeedItem(site, a));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a URL on a phone-sized page and collects every console error and uncaught exception. */
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
  return { page, errors, close: () => context.close() };
}

describe("pages in headless Chromium", () => {
  it("the home page lists the feeds for autodiscovery and the latest edition, with no console errors", async () => {
    const { page, errors, close } = await open(`${site.siteUrl}/`);
    const alternates = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => [l.getAttribute("type"), (l as HTMLLinkElement).href]));
    expect(alternates).toHaveLength(15);
    expect(alternates).toContainEqual(["application/rss+xml", `${site.siteUrl}/feeds/all.rss`]);
    expect(alternates).toContainEqual(["application/atom+xml", `${site.siteUrl}/feeds/politics.atom`]);
    expect(alternates).toContainEqual(["application/feed+json", `${site.siteUrl}/feeds/economy.json`]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("株洲日报");
    for (const gold of GOLD_ARTICLES) expect(await page.getByRole("link", { name: gold.title!, exact: true }).isVisible()).toBe(true);
    // the stylesheet ran (CSP allowed it by hash) and nothing scrolls sideways on a phone
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("672px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it("a permalink shows the whole article, styled, with its JSON-LD and no console errors", async () => {
    const item = items[1]!;
    const gold = GOLD_ARTICLES[1]!;
    const { page, errors, close } = await open(item.url);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(gold.title);
    for (const text of [gold.kicker!, gold.subtitle!, gold.byline!, ...gold.paragraphs]) {
      expect(await page.getByText(text, { exact: true }).isVisible(), text).toBe(true);
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: gold.title, datePublished: "2023-11-07T06:00:00+08:00", printPage: "1" });
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("672px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it("hostile text stays text: no element is injected and no script runs", async () => {
    const item = items.at(-1)!;
    const { page, errors, close } = await open(item.url);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`<img src=x onerror="alert(1)"><script>alert(2)</script>`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1); // the JSON-LD block
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390); // the 10,000-character line wraps
    expect(errors).toEqual([]);
    await close();
  });
});
