// Checks the blind4 fixtures themselves (not the parser): every gold file has exactly the dev-set
// schema in its field order, carries every printed character of its page (and nothing else), and
// its photo captions repeat the story's paragraphs as CONVENTIONS.md says.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourcedAnnotation as Gold, SourcedArticle as Article } from "../support/annotation.ts";

const dir = new URL("../fixtures/blind4/", import.meta.url);
const pageNames = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

// Markers that decorate a page and belong to no field.
const DECORATIVE = new Set([..."■□▲△▼▽◀▶◆◇★☆●"]);
const KINDS = ["article", "commentary", "photo", "other"];
const SECTIONS = ["politics", "economy", "agriculture-photos", "other"];
const ARTICLE_KEYS = [
  "kind", "section", "kicker", "title", "subtitle", "byline", "dateline",
  "authors", "paragraphs", "photos", "source",
];
const SENTENCE_END = new Set([..."。！？；…：”）"]);


const compact = (s: string): string =>
  [...s].filter((c) => !/\s/u.test(c) && !DECORATIVE.has(c)).join("");

function count(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of compact(s)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

// The printed text of an article's fields, each character once: a photo story's captions repeat
// its paragraphs, so only the credits of its pictures are printed in addition.
function printedFields(a: Article): string[] {
  const heads = [a.kicker, a.title, a.subtitle, a.byline].filter((x): x is string => x !== null);
  const pics = a.photos.flatMap((p) => (a.kind === "photo" ? [p.credit] : [p.caption, p.credit]));
  return [...heads, ...a.paragraphs, ...pics];
}

function isPersonList(v: unknown): boolean {
  return Array.isArray(v) && v.every((p) =>
    JSON.stringify(Object.keys(p)) === JSON.stringify(["role", "name"]) &&
    (p.role === null || (typeof p.role === "string" && p.role.length > 0)) &&
    typeof p.name === "string" && p.name.length > 0 && !/\s/u.test(p.name));
}

describe("blind4 fixtures", () => {
  it("holds eight pages, each with its gold file", () => {
    expect(pageNames).toHaveLength(8);
    const golds = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    expect(golds).toEqual(pageNames);
  });

  for (const name of pageNames) {
    describe(name, () => {
      const text = readFileSync(new URL(`${name}.txt`, dir), "utf8");
      const gold = JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Gold;

      it("has the gold schema in the dev-set field order", () => {
        expect(Object.keys(gold)).toEqual(["source", "edition", "note", "articles"]);
        expect(gold.source).toBe(`${name}.txt`);
        expect(Object.keys(gold.edition)).toEqual(["paper", "paperEn", "date", "page"]);
        expect(gold.edition.date).toMatch(/^(199[5-9]|20[0-2]\d)-\d\d-\d\d$/);
        expect(gold.edition.page === null || Number.isInteger(gold.edition.page)).toBe(true);
        expect(gold.articles.length).toBeGreaterThanOrEqual(4);
        expect(gold.articles.length).toBeLessThanOrEqual(7);
        for (const a of gold.articles) {
          expect(Object.keys(a)).toEqual(ARTICLE_KEYS);
          expect(KINDS).toContain(a.kind);
          expect(SECTIONS).toContain(a.section);
          for (const k of ["kicker", "title", "subtitle", "byline"] as const) {
            expect(a[k] === null || (typeof a[k] === "string" && a[k] !== "")).toBe(true);
          }
          if (a.dateline !== null) {
            expect(Object.keys(a.dateline)).toEqual(["agency", "place", "date"]);
            expect(a.byline).not.toBeNull();
            for (const part of [a.dateline.agency, a.dateline.place, a.dateline.date]) {
              if (part !== null) expect(a.byline).toContain(part);
            }
          }
          expect(isPersonList(a.authors)).toBe(true);
          expect(a.paragraphs.length).toBeGreaterThan(0);
          for (const p of a.paragraphs) expect(p).toBe(p.trim());
          for (const p of a.photos) {
            expect(Object.keys(p)).toEqual(["caption", "credit", "photographers"]);
            expect(isPersonList(p.photographers)).toBe(true);
          }
          const srcKeys = Object.keys(a.source);
          expect(srcKeys.slice(0, 4)).toEqual(["paper", "date", "page", "url"]);
          expect(srcKeys.length === 4 || (srcKeys.length === 5 && srcKeys[4] === "note")).toBe(true);
          expect(a.source.page === null || typeof a.source.page === "string").toBe(true);
          if (a.title === null) expect(a.kind).toBe("other");
          if (a.kind === "photo") expect(a.photos.length).toBeGreaterThan(0);
        }
      });

      it("is laid out one printed line per block", () => {
        const lines = text.split("\n");
        for (let i = 1; i < lines.length; i++) {
          expect(lines[i - 1]!.trim() !== "" && lines[i]!.trim() !== "", `line ${i + 1}`).toBe(false);
        }
      });

      it("carries every printed character exactly once, in page order", () => {
        const fields = gold.articles.flatMap(printedFields);
        expect(count(fields.join(""))).toEqual(count(text));
        // Each field is printed contiguously once whitespace and markers are gone (column breaks
        // re-joined with nothing added), and the articles follow the page from top to bottom.
        const page = compact(text);
        let from = 0;
        for (const a of gold.articles) {
          const parts = printedFields(a).map(compact);
          for (const p of parts) expect(page, `${a.title}: ${p}`).toContain(p);
          const at = page.indexOf(compact(a.kicker ?? a.title ?? a.paragraphs[0]!), from);
          expect(at, `${a.title} after the previous article`).toBeGreaterThanOrEqual(from);
          from = at;
        }
      });

      it("cuts paragraphs only where a column can break", () => {
        // Two neighbouring blocks whose junction lies inside one paragraph are a column break;
        // a break never follows sentence-final punctuation, and the paragraph holds both sides
        // with nothing between them.
        const blocks = text.split(/\n\s*\n/u).map(compact).filter((b) => b !== "");
        const paragraphs = gold.articles.flatMap((a) => a.paragraphs.map(compact));
        let breaks = 0;
        for (let i = 1; i < blocks.length; i++) {
          const junction = blocks[i - 1]!.slice(-8) + blocks[i]!.slice(0, 8);
          if (!paragraphs.some((p) => p.includes(junction))) continue;
          breaks++;
          expect(SENTENCE_END.has(blocks[i - 1]!.at(-1)!), `break after: ${blocks[i - 1]}`).toBe(false);
        }
        expect(breaks).toBeGreaterThan(0);
      });

      it("repeats a photo story's paragraphs in its captions", () => {
        for (const a of gold.articles) {
          if (a.kind !== "photo") continue;
          if (a.photos.length === 1) {
            expect(a.photos[0]!.caption).toBe(a.paragraphs.join("\n"));
          } else {
            for (const p of a.photos) {
              for (const line of p.caption.split("\n")) expect(a.paragraphs).toContain(line);
            }
          }
        }
      });

      it("ends every credit with a photo credit word", () => {
        for (const a of gold.articles) {
          for (const p of a.photos) expect(p.credit).toMatch(/(摄|摄影报道|新华社发)[）)]?$/u);
        }
      });
    });
  }
});
