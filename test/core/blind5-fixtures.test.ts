// Checks the blind5 fixtures themselves (not the parser): every gold file follows the
// dev-set schema in its field order, every page keeps one printed line per block, every
// character of a page is carried by exactly one gold field (photo-story captions repeat
// their paragraphs), and column breaks fall only where a sentence is unfinished.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourcedAnnotation as Gold, SourcedArticle as Article } from "../support/annotation.ts";

const dir = join(import.meta.dirname, "../fixtures/blind5");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

const DECORATIVE = /[■▲◀▶●◆★]/gu;
const SENTENCE_END = new Set([..."。！？；…："]);
const compact = (s: string): string => s.replace(/\s+/gu, "").replace(DECORATIVE, "");

const TOP_KEYS = ["source", "edition", "note", "articles"];
const EDITION_KEYS = ["paper", "paperEn", "date", "page"];
const ARTICLE_KEYS = [
  "kind", "section", "kicker", "title", "subtitle", "byline", "dateline",
  "authors", "paragraphs", "photos", "source",
];
const SOURCE_KEYS = ["paper", "date", "page", "url"];
const KINDS = ["article", "commentary", "photo", "other"];
const SECTIONS = ["politics", "economy", "agriculture-photos", "other"];


const load = (name: string): { page: string; gold: Gold } => ({
  page: readFileSync(join(dir, `${name}.txt`), "utf8"),
  gold: JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Gold,
});

function countChars(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of compact(text)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Every gold field that carries printed characters once (photo-story captions excluded). */
function carriedTexts(article: Article): string[] {
  const texts = [article.kicker, article.title, article.subtitle, article.byline, ...article.paragraphs];
  for (const photo of article.photos) {
    texts.push(photo.credit);
    if (article.kind !== "photo") texts.push(photo.caption);
  }
  return texts.filter((t): t is string => t !== null);
}

describe("blind5 fixtures", () => {
  it("hold ten pages, each with its gold file and 4–7 items", () => {
    expect(names).toHaveLength(10);
    for (const name of names) {
      expect(name).toMatch(/^\d\d-[a-z-]+$/u);
      expect(load(name).gold.articles.length).toBeGreaterThanOrEqual(4);
      expect(load(name).gold.articles.length).toBeLessThanOrEqual(7);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).toHaveLength(10);
  });

  describe.each(names)("%s", (name) => {
    const { page, gold } = load(name);

    it("follows the gold schema in its field order", () => {
      expect(Object.keys(gold)).toEqual(TOP_KEYS);
      expect(gold.source).toBe(`blind5/${name}.txt`);
      expect(Object.keys(gold.edition)).toEqual(EDITION_KEYS);
      expect(gold.edition.date).toMatch(/^20(1[5-9]|2[0-5])-\d\d-\d\d$/u);
      expect(gold.edition.page === null || Number.isInteger(gold.edition.page)).toBe(true);
      for (const a of gold.articles) {
        expect(Object.keys(a)).toEqual(ARTICLE_KEYS);
        expect(KINDS).toContain(a.kind);
        expect(SECTIONS).toContain(a.section);
        for (const field of [a.kicker, a.subtitle, a.byline]) {
          expect(field === null || (typeof field === "string" && field.trim() === field && field !== "")).toBe(true);
        }
        expect(typeof a.title).toBe("string");
        expect(a.title?.length).toBeGreaterThan(0);
        if (a.dateline !== null) {
          expect(Object.keys(a.dateline)).toEqual(["agency", "place", "date"]);
          const byline = a.byline ?? "";
          for (const part of [a.dateline.agency, a.dateline.place, a.dateline.date]) {
            if (part !== null) expect(byline).toContain(part);
          }
        }
        for (const person of a.authors) {
          expect(Object.keys(person)).toEqual(["role", "name"]);
          expect(compact(a.byline ?? "")).toContain(person.name);
        }
        expect(a.paragraphs.length).toBeGreaterThan(0);
        for (const p of a.paragraphs) expect(p).toBe(p.trim());
        for (const photo of a.photos) {
          expect(Object.keys(photo)).toEqual(["caption", "credit", "photographers"]);
          for (const person of photo.photographers) {
            expect(Object.keys(person)).toEqual(["role", "name"]);
            expect(compact(photo.credit)).toContain(person.name);
          }
        }
        const sourceKeys = Object.keys(a.source);
        expect(sourceKeys.slice(0, 4)).toEqual(SOURCE_KEYS);
        expect(sourceKeys.length === 4 || (sourceKeys.length === 5 && sourceKeys[4] === "note")).toBe(true);
        expect(a.source.date).toMatch(/^20(1[5-9]|2[0-5])-\d\d(-\d\d)?$/u);
        expect(a.source.page === null || typeof a.source.page === "string").toBe(true);
        if (a.kind === "photo") expect(a.photos.length).toBeGreaterThan(0);
      }
    });

    it("prints one line per block, blocks separated by one or two blank lines", () => {
      const lines = page.replace(/\n$/u, "").split("\n");
      let blank = 0;
      let seenText = false;
      for (const [i, line] of lines.entries()) {
        if (line.trim() === "") {
          blank += 1;
          continue;
        }
        if (seenText) {
          expect(blank, `line ${i + 1} follows ${blank} blank lines`).toBeGreaterThanOrEqual(1);
          expect(blank, `line ${i + 1} follows ${blank} blank lines`).toBeLessThanOrEqual(2);
        }
        expect(line, `line ${i + 1} has edge whitespace`).toBe(line.trim());
        seenText = true;
        blank = 0;
      }
    });

    it("carries every page character in exactly one field, nothing invented", () => {
      const pageCounts = countChars([page]);
      const goldCounts = countChars(gold.articles.flatMap(carriedTexts));
      expect(Object.fromEntries(goldCounts)).toEqual(Object.fromEntries(pageCounts));
      const flat = compact(page);
      for (const text of gold.articles.flatMap(carriedTexts)) expect(flat).toContain(compact(text));
    });

    it("re-joins paragraphs in page order, cut only inside unfinished sentences", () => {
      const flat = compact(page);
      // Offsets in the compact page where a printed line ends.
      const lineEnds = new Set<number>();
      let offset = 0;
      for (const line of page.split("\n")) {
        const length = compact(line).length;
        if (length > 0) {
          offset += length;
          lineEnds.add(offset);
        }
      }
      let cursor = 0;
      for (const a of gold.articles) {
        for (const p of a.paragraphs) {
          const text = compact(p);
          const start = flat.indexOf(text, cursor);
          expect(start, `paragraph not found in order: ${p.slice(0, 20)}`).toBeGreaterThanOrEqual(0);
          const end = start + text.length;
          // A paragraph ends its line, unless a picture credit follows it on that line.
          if (!lineEnds.has(end)) {
            const lineEnd = Math.min(...[...lineEnds].filter((e) => e > end));
            const rest = flat.slice(end, lineEnd);
            expect(a.photos.map((photo) => compact(photo.credit)), `paragraph ends mid-line: ${p.slice(-20)}`).toContain(rest);
          }
          for (let at = start + 1; at < end; at += 1) {
            if (lineEnds.has(at)) {
              expect(SENTENCE_END.has(flat[at - 1]!), `column break after a finished sentence: ${p.slice(0, 20)}`).toBe(false);
            }
          }
          cursor = end;
        }
      }
    });

    it("gives photo stories captions that repeat their paragraphs", () => {
      for (const a of gold.articles.filter((x) => x.kind === "photo")) {
        if (a.photos.length === 1) {
          expect(a.photos[0]!.caption).toBe(a.paragraphs.join("\n"));
        } else {
          for (const photo of a.photos) expect(a.paragraphs).toContain(photo.caption);
        }
      }
    });
  });
});
