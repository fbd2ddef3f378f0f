import { describe, expect, it } from "vitest";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { casesOf, comparable, conservationDiff, GOLD_FIELDS, seedCase, type Case } from "../support/gold.ts";

function parsed(c: Case) {
  const page = parsePage(c.page);
  return { page, articles: classifyPage(page.articles) };
}

describe("the seed page", () => {
  const c = seedCase();
  const { page, articles } = parsed(c);

  it("parses to exactly its gold annotation, every article and every field", () => {
    expect(articles.map(comparable)).toEqual(c.gold.articles.map(comparable));
  });

  it("leaves nothing unassigned and warns of nothing", () => {
    expect(page.unassigned).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it("conserves every character of the page", () => {
    expect(conservationDiff(c.page, page)).toEqual({ lost: "", invented: "" });
  });

  it("says where on the page each article came from", () => {
    const lines = c.page.split("\n");
    for (const a of page.articles) {
      expect(a.lines.start).toBeLessThanOrEqual(a.lines.end);
      const text = lines.slice(a.lines.start - 1, a.lines.end).join("");
      expect(text).toContain(a.title ?? "");
      expect(text).toContain(a.paragraphs[0] ?? a.photos[0]?.credit ?? "");
    }
  });
});

describe("the dev set", () => {
  const cases = casesOf("devset");
  const results = cases.map((c) => {
    const { page, articles } = parsed(c);
    const misses = c.gold.articles.flatMap((g, i) => {
      const got = articles[i];
      const fields = got ? GOLD_FIELDS.filter((f) => JSON.stringify(comparable(got)[f]) !== JSON.stringify(g[f])) : ["missing"];
      return fields.length === 0 ? [] : [`${c.name} #${i + 1} ${g.title}: ${fields.join(", ")}`];
    });
    return { c, page, articles, misses };
  });

  it("has ten annotated pages", () => {
    expect(cases).toHaveLength(10);
  });

  it("parses at least 95% of its articles exactly on every field the gold carries", () => {
    const total = results.reduce((n, r) => n + r.c.gold.articles.length, 0);
    const misses = results.flatMap((r) => r.misses);
    expect(total).toBeGreaterThanOrEqual(50);
    expect((total - misses.length) / total, `misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(0.95);
  });

  for (const r of results) {
    it(`${r.c.name}: finds as many articles as the gold, and loses no character`, () => {
      expect(r.articles.map((a) => a.title)).toEqual(r.c.gold.articles.map((a) => a.title));
      expect(conservationDiff(r.c.page, r.page)).toEqual({ lost: "", invented: "" });
      expect(r.page.unassigned).toEqual([]);
    });
  }
});
