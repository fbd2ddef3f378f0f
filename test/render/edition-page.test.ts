import { describe, expect, it } from "vitest";
import { renderEditionPage } from "../../src/render/edition-page.ts";
import { SITE } from "./seed.ts";

const story = (id: string, order: number, title: string | null, section = "politics") => ({ id, section, kicker: null, title, subtitle: title === null ? "副题" : null, order });

describe("renderEditionPage", () => {
  const html = renderEditionPage(SITE, {
    date: "2023-11-07",
    pages: [
      { page: 2, articles: [story("20231107-2-b", 1, "第二版的稿", "economy")] },
      { page: 1, articles: [story("20231107-1-b", 2, null), story("20231107-1-a", 1, "头条")] },
    ],
    previous: "2023-11-06",
    next: "2023-11-09",
  });

  it("lists pages in print order and stories in page order, untitled ones by their subtitle", () => {
    const order = [...html.matchAll(/<h2 id="page-(\d)">|articles\/([\w-]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(order).toEqual(["1", "20231107-1-a", "20231107-1-b", "2", "20231107-2-b"]);
    expect(html).toContain(">副题</a>");
    expect(html).toContain('<span class="meta">经济</span>');
  });

  it("links the previous and next day with rel prev/next, in Chinese", () => {
    expect(html).toContain('<a rel="prev" href="https://paper.example/editions/2023-11-06">← 前一期 2023年11月6日</a>');
    expect(html).toContain('<a rel="next" href="https://paper.example/editions/2023-11-09">后一期 → 2023年11月9日</a>');
  });
});
