/**
 * Hand-made pages in the style of real dailies, each parsed to exactly its
 * annotation: fixtures/variants/ covers every headline, byline, column-break,
 * photo and signature form the parser claims to read; fixtures/blind/ to blind5/
 * are forty-four more pages in the styles of forty-four more papers, composed
 * apart from the parser.
 */
import { describe, expect, it } from "vitest";
import { classifyPage } from "../../src/core/classify/index.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { casesOf, comparable, conservationDiff } from "../support/gold.ts";

const cases = ["variants", "blind", "blind2", "blind3", "blind4", "blind5"].flatMap(casesOf);

it("covers at least thirty pages", () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

for (const c of cases) {
  describe(c.name, () => {
    const page = parsePage(c.page);
    const articles = classifyPage(page.articles);

    it("parses to its annotation", () => {
      expect(articles.map(comparable)).toEqual(c.gold.articles.map(comparable));
    });

    it("keeps every character", () => {
      expect(conservationDiff(c.page, page)).toEqual({ lost: "", invented: "" });
      expect(page.unassigned).toEqual([]);
    });

    it("warns about exactly the lines it could not read as news", () => {
      const untitled = articles.filter((a) => a.title === null).length;
      expect(page.warnings.length).toBe(untitled);
    });
  });
}
