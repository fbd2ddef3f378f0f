import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyArticle } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import type { Decision } from "../../src/core/parse/trace.ts";
import {
  isLowMargin,
  LOW_MARGIN,
  renderReviewIndex,
  renderReviewPage,
  reviewCounts,
  reviewFileName,
  sectionLead,
  type ReviewPageInput,
} from "../../src/render/review.ts";

const SEED = readFileSync(new URL("../fixtures/seed/000_f633fcfef24d2dbd.txt", import.meta.url), "utf8");

function review(text: string, file = "p.txt"): ReviewPageInput {
  const parsed = parsePage(text, { explain: true });
  return { file, date: "2023-11-07", page: 1, pageName: null, text, parsed, sections: parsed.articles.map((a) => classifyArticle(a)) };
}

/** The text of every element with class `cls`, tags stripped and entities decoded (enough for these pages). */
const decode = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

function lineRows(html: string): Map<number, { cls: string; role: string; text: string; rule: string }> {
  const rows = new Map<number, { cls: string; role: string; text: string; rule: string }>();
  const re = /<div class="line ([^"]*)" id="L(\d+)">.*?<span class="role">(.*?)<\/span><span class="text">(.*?)<\/span><span class="rule">(.*?)<\/span>/g;
  for (const m of html.matchAll(re)) rows.set(Number(m[2]), { cls: m[1]!, role: decode(m[3]!), text: decode(m[4]!), rule: decode(m[5]!) });
  return rows;
}

describe("the review of a page", () => {
  const input = review(SEED);
  const html = renderReviewPage(input);
  const rows = lineRows(html);

  it("shows every non-blank line once, with its number, text, role and rule, coloured by role", () => {
    const lines = SEED.split("\n");
    const nonBlank = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => l.trim() !== "");
    expect([...rows.keys()]).toEqual(nonBlank.map(([n]) => n));
    const decisions = new Map(input.parsed.decisions!.map((d) => [d.line, d]));
    for (const [n, text] of nonBlank) {
      const row = rows.get(n)!;
      const d = decisions.get(n)!;
      expect(row.text).toBe(text.trim());
      expect(row.role).toBe(d.role);
      expect(row.cls.split(" ")).toContain(`r-${d.role}`);
      expect(row.rule.startsWith(d.rule)).toBe(true);
    }
  });

  it("draws one block per article with its card: title, section and the classifier's reasons", () => {
    const blocks = [...html.matchAll(/<section class="article" id="article-(\d+)"/g)].map((m) => Number(m[1]));
    expect(blocks).toEqual(input.parsed.articles.map((_, i) => i));
    input.parsed.articles.forEach((a, i) => {
      const block = html.slice(html.indexOf(`id="article-${i}"`), html.indexOf(`id="article-${i + 1}"`) >>> 0);
      if (a.title) expect(decode(block)).toContain(a.title);
      expect(block).toContain(`<strong>${input.sections[i]!.section}</strong>`);
      expect(decode(block)).toContain(input.sections[i]!.reasons[0]!);
    });
  });

  it("names the rule that opened each article on its first line", () => {
    for (const d of input.parsed.decisions!.filter((x) => x.opens)) expect(rows.get(d.line)!.rule).toContain(`opens the article: ${d.opens}`);
  });

  it("counts articles, warnings, unassigned and furniture lines as the parse has them", () => {
    expect(reviewCounts(input)).toMatchObject({ articles: input.parsed.articles.length, warnings: input.parsed.warnings.length });
    expect(decode(html)).toContain(`${input.parsed.articles.length} articles`);
  });

  it("works offline: no script, no external resource, CJK fonts first", () => {
    expect(html).not.toMatch(/<script|src=|href="https?:/);
    expect(html).toMatch(/font:[^;]*"Noto Sans CJK SC"/);
    expect(html.indexOf('"Noto Sans CJK SC"')).toBeLessThan(html.indexOf("system-ui"));
  });
});

describe("flags", () => {
  it("flags a parser warning on its line and lists it at the top", () => {
    const text = "本报讯（记者 张三）昨日，市里召开会议。\n\n会议强调要抓好落实。\n";
    const input = review(text);
    expect(input.parsed.warnings.length).toBeGreaterThan(0);
    const html = renderReviewPage(input);
    const w = input.parsed.warnings[0]!;
    const row = html.slice(html.indexOf(`id="L${w.line}"`));
    expect(row.slice(0, row.indexOf("</div></")).includes("⚠ warning")).toBe(true);
    expect(html).toContain(`<a href="#L${w.line}">line ${w.line}</a>`);
    expect(reviewCounts(input).warnings).toBe(input.parsed.warnings.length);
  });

  it("a weighed decision is low-margin when its weights sum to at most LOW_MARGIN either way", () => {
    const d = (weights: number[]): Decision => ({ line: 1, role: "kicker", rule: "headline.kicker-clause", article: 0, evidence: weights.map((w, i) => ({ feature: `f${i}`, weight: w })) });
    expect(isLowMargin(d([LOW_MARGIN]))).toBe(true);
    expect(isLowMargin(d([4, -3]))).toBe(true);
    expect(isLowMargin(d([-LOW_MARGIN]))).toBe(true);
    expect(isLowMargin(d([LOW_MARGIN + 1]))).toBe(false);
    expect(isLowMargin({ line: 1, role: "title", rule: "headline.single", article: 0 })).toBe(false);
  });

  it("a section is low-margin when it leads the runner-up by less than two points", () => {
    expect(sectionLead({ section: "economy", scores: { economy: 8, other: 6.5, politics: 0 }, reasons: [] })).toBe(1.5);
    const input = review(SEED);
    const close = { ...input, sections: input.sections.map((s, i) => (i === 0 ? { ...s, scores: { politics: 5, economy: 4 } } : s)) };
    expect(reviewCounts(close).lowMargin).toBe(reviewCounts(input).lowMargin + (sectionLead(input.sections[0]!) < 2 ? 0 : 1));
    expect(renderReviewPage(close)).toContain("≈ low margin (leads by 1)");
  });
});

describe("the index", () => {
  it("lists every page with its counts and links its review page; pages with something to check are marked", () => {
    const a = review(SEED, "2023/a.txt");
    const b = review("本报讯（记者 张三）昨日，市里召开会议。\n", "b.txt");
    const html = renderReviewIndex("株洲日报", "build1", [a, b].map((p) => ({ file: p.file, date: p.date, page: p.page, pageName: null, counts: reviewCounts(p) })));
    expect(html).toContain(`href="${reviewFileName("2023/a.txt")}"`);
    expect(reviewFileName("2023/a.txt")).toBe("2023/a.txt.html");
    const rowOf = (file: string) => decode(html.slice(html.indexOf(`>${file}<`), html.indexOf("</tr>", html.indexOf(`>${file}<`))));
    expect(rowOf("b.txt")).toContain("look");
    const c = reviewCounts(a);
    expect(rowOf("2023/a.txt").replace(/\s+/g, " ")).toContain(`${c.articles}${c.warnings}${c.lowMargin}${c.unassigned}${c.furniture}`);
  });

  it("shows a failed build's error above the pages it could read", () => {
    const html = renderReviewIndex("株洲日报", null, [], "seeds/manifest.json:3: unknown key");
    expect(decode(html)).toContain("The build failed");
    expect(decode(html)).toContain("seeds/manifest.json:3: unknown key");
  });
});
