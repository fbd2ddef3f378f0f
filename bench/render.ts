/**
 * Render CPU: one 50-item feed (the feeds' default length) in each format, in
 * process with tinybench. The items are the newest 50 of the `all` head of a
 * real plan of synthetic pages, i.e. exactly what the feed route reads from KV.
 *
 *   render   renderFeedBytes(format, channel, items) on ready feed items: the
 *            UTF-8 bytes a response sends (a string alone is not the whole cost:
 *            a concatenated one is flattened and encoded later, in the response)
 *   request  what a feed request computes after its KV read: feed items from
 *            the layout records (buildFeedItem + sortFeedItems), the channel,
 *            then renderFeedBytes; the 1 ms target applies to this.
 */
import { Bench } from "tinybench";
import { classifyPage } from "../src/core/classify/index.ts";
import { parsePage } from "../src/core/parse/index.ts";
import { readIndexPage, type ArticleRecord } from "../src/publish/layout.ts";
import { plan } from "../src/publish/plan.ts";
import { buildChannel, buildFeedItem, renderFeedBytes, sortFeedItems, type FeedFormat, type SiteConfig } from "../src/render/index.ts";
import { loadTemplates, PAPER, syntheticPage } from "./lib/archive.ts";

export const FEED_ITEMS = 50;
const FORMATS: FeedFormat[] = ["rss", "atom", "json"];

export interface RenderFigures {
  items: number;
  formats: Record<FeedFormat, { bytes: number; renderMs: number; renderP99Ms: number; requestMs: number; requestP99Ms: number; samples: number }>;
}

async function newestRecords(count: number): Promise<ArticleRecord[]> {
  const templates = loadTemplates();
  const pages = Array.from({ length: 24 }, (_, i) => {
    const p = syntheticPage(templates, i);
    return { date: p.date, page: p.page, file: p.template, articles: classifyPage(parsePage(p.text).articles) };
  });
  const built = await plan({ paper: PAPER, pages });
  const head = built.manifest.all.head;
  if (!head) throw new Error("render bench: the plan has no articles");
  const items = readIndexPage(built.entries.get(head.key)!).items;
  if (items.length < count) throw new Error(`render bench: only ${items.length} articles, need ${count}`);
  return items.slice(-count).reverse();
}

export async function benchRender(opts: { timeMs: number }): Promise<RenderFigures> {
  const records = await newestRecords(FEED_ITEMS);
  const site: SiteConfig = { siteUrl: "https://paper.example", paper: PAPER };
  const feedItems = () => sortFeedItems(records.map((r) => buildFeedItem(site, r)));
  const items = feedItems();
  const channel = buildChannel(site, "all", { items });
  const bench = new Bench({ time: opts.timeMs, warmupTime: Math.min(200, opts.timeMs) });
  const bytes: Partial<Record<FeedFormat, number>> = {};
  let sink = 0;
  for (const format of FORMATS) {
    bytes[format] = renderFeedBytes(format, channel, items).length;
    bench.add(`render ${format}`, () => {
      sink += renderFeedBytes(format, channel, items).length;
    });
    bench.add(`request ${format}`, () => {
      const list = feedItems();
      sink += renderFeedBytes(format, buildChannel(site, "all", { items: list }), list).length;
    });
  }
  await bench.run();
  if (sink === 0) throw new Error("render bench: nothing rendered");
  const stat = (name: string) => {
    const task = bench.tasks.find((t) => t.name === name)!;
    const r = task.result;
    if (r.state !== "completed") throw new Error(`render bench: ${name} ${r.state}`);
    return { mean: r.latency.mean, p99: r.latency.p99, samples: r.latency.samplesCount };
  };
  const formats = {} as RenderFigures["formats"];
  for (const format of FORMATS) {
    const render = stat(`render ${format}`);
    const request = stat(`request ${format}`);
    formats[format] = { bytes: bytes[format]!, renderMs: render.mean, renderP99Ms: render.p99, requestMs: request.mean, requestP99Ms: request.p99, samples: request.samples };
  }
  return { items: FEED_ITEMS, formats };
}
