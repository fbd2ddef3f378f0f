// Checks the second blind evaluation set (test/fixtures/blind2) itself: every annotation has the
// gold schema in its field order, follows the checkable parts of CONVENTIONS.md, and conserves its
// page character for character. The parser is not involved: a failure here is a broken fixture.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SourcedAnnotation as Annotation, SourcedArticle as Article } from "../support/annotation.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "blind2");

const TOP_KEYS = ["source", "edition", "note", "articles"];
const EDITION_KEYS = ["paper", "paperEn", "date", "page"];
const ARTICLE_KEYS = [
  "kind", "section", "kicker", "title", "subtitle", "byline", "dateline", "authors", "paragraphs", "photos", "source",
];
const SOURCE_KEYS = ["paper", "date", "page", "url"];
const DATELINE_KEYS = ["agency", "place", "date"];
const PERSON_KEYS = ["role", "name"];
const PHOTO_KEYS = ["caption", "credit", "photographers"];
const KINDS = new Set(["article", "commentary", "photo", "other"]);
const SECTIONS = new Set(["politics", "economy", "agriculture-photos", "other"]);
// Glyphs that decorate a page and belong to no field.
const DECORATIVE = /[■□▲△▼▽◀▶●○◆◇★☆]/gu;
// A role keeps only the printed role word: 中青报·中青网记者 → 记者, 新华社记者 → 记者.
const ORGANISATION_IN_ROLE = /日报|晚报|新京报|中青|新华社|中新社|本报|·/u;
const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];


/** Text as conservation counts it: no whitespace (U+3000, NBSP and BOM included), no decoration. */
function compact(text: string): string {
  return text.replace(/[\s\uFEFF]+/gu, "").replace(DECORATIVE, "");
}

/** The texts an article carries from the page; a photo story's captions repeat its paragraphs. */
function carried(a: Article): string[] {
  const headline = [a.kicker, a.title, a.subtitle, a.byline].filter((t): t is string => t !== null);
  const photos = a.photos.flatMap((p) => (a.kind === "photo" ? [p.credit] : [p.caption, p.credit]));
  return [...headline, ...a.paragraphs, ...photos].map(compact).filter((t) => t !== "");
}

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

const names = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
const pages = names.map((name) => ({
  name,
  text: readFileSync(join(DIR, `${name}.txt`), "utf8"),
  json: readFileSync(join(DIR, `${name}.json`), "utf8"),
}));

describe("blind2 fixtures", () => {
  it("holds eight pages, each with its annotation, all listed in the README", () => {
    expect(names).toHaveLength(8);
    const jsons = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    expect(jsons).toEqual(names);
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    for (const name of names) expect(readme, name).toContain(`${name}.txt`);
  });

  describe.each(pages)("$name", ({ name, text, json }) => {
    const ann = JSON.parse(json) as Annotation;

    it("has the gold schema in its field order", () => {
      expect(Object.keys(ann)).toEqual(TOP_KEYS);
      expect(ann.source).toBe(`${name}.txt`);
      expect(Object.keys(ann.edition)).toEqual(EDITION_KEYS);
      expect(ann.edition.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(typeof ann.note).toBe("string");
      expect(ann.articles.length).toBeGreaterThanOrEqual(4);
      for (const [i, a] of ann.articles.entries()) {
        const where = `${name} article ${i}`;
        expect(Object.keys(a), where).toEqual(ARTICLE_KEYS);
        expect(KINDS.has(a.kind), where).toBe(true);
        expect(SECTIONS.has(a.section), where).toBe(true);
        for (const key of ["kicker", "title", "subtitle", "byline"] as const) {
          const v = a[key];
          if (v !== null) {
            expect(typeof v, where).toBe("string");
            expect(v, `${where} ${key} is trimmed and non-empty`).toBe(v.trim());
            expect(v.length, where).toBeGreaterThan(0);
          }
        }
        if (a.dateline !== null) expect(Object.keys(a.dateline), where).toEqual(DATELINE_KEYS);
        for (const p of a.authors) expect(Object.keys(p), where).toEqual(PERSON_KEYS);
        expect(a.paragraphs.length, where).toBeGreaterThan(0);
        for (const p of a.paragraphs) {
          expect(typeof p, where).toBe("string");
          expect(p, where).toBe(p.trim());
          expect(p, `${where}: no column break left in a paragraph`).not.toMatch(/\n/u);
        }
        for (const ph of a.photos) {
          expect(Object.keys(ph), where).toEqual(PHOTO_KEYS);
          for (const p of ph.photographers) expect(Object.keys(p), where).toEqual(PERSON_KEYS);
        }
        expect(Object.keys(a.source).slice(0, 4), where).toEqual(SOURCE_KEYS);
      }
    });

    it("carries every printed character exactly once, in page order", () => {
      const page = compact(text);
      const fields = ann.articles.map(carried);
      const all = fields.flat().join("");
      expect(all.length).toBe(page.length);
      expect(charCounts(all)).toEqual(charCounts(page));
      let cursor = 0;
      for (const [i, texts] of fields.entries()) {
        let end = cursor;
        for (const t of texts) {
          const at = page.indexOf(t, cursor);
          expect(at, `${name} article ${i}: «${t.slice(0, 20)}» not found after the previous article`).toBeGreaterThanOrEqual(0);
          end = Math.max(end, at + t.length);
        }
        cursor = end;
      }
      expect(cursor).toBe(page.length);
    });

    it("cuts paragraphs only where a printed block, a lead or a credit starts or ends", () => {
      const page = compact(text);
      // Offsets in the compact page where a printed block (separated by blank lines) starts or ends.
      const edges = new Set<number>();
      let offset = 0;
      for (const block of text.replace(/^\uFEFF/u, "").split(/\r?\n[ \t\u3000]*\r?\n/u)) {
        edges.add(offset);
        offset += compact(block).length;
        edges.add(offset);
      }
      let cursor = 0;
      for (const [i, a] of ann.articles.entries()) {
        const allowed = new Set(edges);
        const leads = [a.byline, ...a.photos.map((p) => p.credit)].filter((t): t is string => t !== null);
        for (const lead of leads.map(compact)) {
          const at = page.indexOf(lead, cursor);
          allowed.add(at);
          allowed.add(at + lead.length);
        }
        for (const p of a.paragraphs.map(compact)) {
          const at = page.indexOf(p, cursor);
          const where = `${name} article ${i}: paragraph «${p.slice(0, 20)}»`;
          expect(allowed.has(at), `${where} starts mid-block`).toBe(true);
          expect(allowed.has(at + p.length), `${where} ends mid-block`).toBe(true);
          // A column break never follows a finished sentence: a block boundary inside a paragraph
          // right after 。！？；：… (or a closing quote after one) would be two paragraphs merged.
          for (let e = at + 1; e < at + p.length; e++) {
            if (!edges.has(e)) continue;
            const before = page.slice(Math.max(0, e - 2), e);
            expect(before, `${where} joins a finished block at ${e}`).not.toMatch(/[。！？；：…]$|[。！？…][”’）]$/u);
          }
          cursor = at + p.length;
        }
      }
    });

    it("follows the checkable conventions for photos, people, datelines and furniture", () => {
      for (const [i, a] of ann.articles.entries()) {
        const where = `${name} article ${i} (${a.title ?? "furniture"})`;
        if (a.kind === "photo") {
          expect(a.photos.length, where).toBeGreaterThan(0);
          expect(a.dateline, where).toBeNull();
          if (a.photos.length === 1) expect(a.photos[0]!.caption, where).toBe(a.paragraphs.join("\n"));
          else for (const p of a.photos) expect(a.paragraphs, where).toContain(p.caption);
        }
        for (const p of [...a.authors, ...a.photos.flatMap((ph) => ph.photographers)]) {
          expect(p.name, where).toMatch(/^\S+$/u);
          if (p.role !== null) expect(p.role, where).not.toMatch(ORGANISATION_IN_ROLE);
        }
        for (const ph of a.photos) {
          expect(ph.credit, where).toMatch(/摄|摄影报道|新华社发/u);
          for (const p of ph.photographers) expect(compact(ph.credit), where).toContain(p.name);
        }
        if (a.byline === null) {
          expect(a.dateline, where).toBeNull();
        } else {
          for (const p of a.authors) {
            if (p.role !== "评论员" || p.name !== a.byline) expect(compact(a.byline), where).toContain(p.name);
          }
        }
        if (a.dateline !== null) {
          const { agency, place, date } = a.dateline;
          const parts = [agency, place, date].filter((t): t is string => t !== null);
          expect(a.byline, where).toMatch(new RegExp(parts.join(".*"), "u"));
        }
        if (a.kind === "commentary") {
          expect(a.authors.some((p) => p.role === "评论员" || p.role === "执笔"), where).toBe(true);
        }
        if (a.title === null) {
          expect(a.kind, `${where}: only page furniture has no title`).toBe("other");
          expect(a.section, where).toBe("other");
          expect([a.kicker, a.subtitle, a.byline, a.dateline], where).toEqual([null, null, null, null]);
          expect(a.photos, where).toEqual([]);
        }
      }
    });

    it("prints the edition's date and weekday wherever the page header gives them", () => {
      const [y, m, d] = ann.edition.date.split("-").map(Number) as [number, number, number];
      const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
      const furniture = ann.articles.filter((a) => a.title === null).flatMap((a) => a.paragraphs).join("\n");
      const weekdays = [...furniture.matchAll(/星期(.)/gu)].map((x) => x[1]);
      expect(weekdays.length).toBeGreaterThan(0);
      for (const w of weekdays) expect(w).toBe(weekday);
      const dates = [...furniture.matchAll(/(\d{4})[年.](\d{1,2})[月.](\d{1,2})/gu)].map((x) => x.slice(1).map(Number));
      for (const date of dates) expect(date).toEqual([y, m, d]);
    });
  });
});
