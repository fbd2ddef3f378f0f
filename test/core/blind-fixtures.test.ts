// Checks the blind evaluation pages themselves (test/fixtures/blind): that every annotation is in
// the gold schema with its exact field order, that it carries every printed character of its page
// and invents none, and that photo stories and bylines are consistent with CONVENTIONS.md. The
// parser is not involved here; this keeps the fixtures honest before anything is scored on them.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AnnotatedPerson as Person, SourcedAnnotation as Gold, SourcedArticle as Article } from "../support/annotation.ts";

const DIR = fileURLToPath(new URL("../fixtures/blind/", import.meta.url));
const DECORATIVE = /[■▲◀●]/gu;
const KINDS = ["article", "commentary", "photo", "other"];
const SECTIONS = ["politics", "economy", "agriculture-photos", "other"];


const pages = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

const readPage = (name: string): string => readFileSync(`${DIR}${name}.txt`, "utf8");
const readGold = (name: string): Gold => JSON.parse(readFileSync(`${DIR}${name}.json`, "utf8")) as Gold;

/** Non-whitespace, non-decorative characters, in order. */
const ink = (s: string): string => s.replace(/^\uFEFF/u, "").replace(DECORATIVE, "").replace(/\s+/gu, "");
/** The page as one line: line ends dropped (so column breaks close up), decorative glyphs dropped. */
const oneLine = (s: string): string => s.replace(/^\uFEFF/u, "").replace(/[\r\n]/gu, "").replace(DECORATIVE, "");
const noSpace = (s: string): string => s.replace(/\s+/gu, "");

function countChars(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

function diffCounts(page: Map<string, number>, gold: Map<string, number>): string[] {
  const out: string[] = [];
  for (const c of new Set([...page.keys(), ...gold.keys()])) {
    const p = page.get(c) ?? 0;
    const g = gold.get(c) ?? 0;
    if (p !== g) out.push(`${JSON.stringify(c)} page ${p} gold ${g}`);
  }
  return out;
}

/** Every printed string a gold article carries (a photo story's captions repeat its paragraphs). */
function carried(a: Article): string[] {
  const out: string[] = [];
  for (const f of [a.kicker, a.title, a.subtitle, a.byline]) if (f !== null) out.push(f);
  out.push(...a.paragraphs);
  for (const p of a.photos) {
    if (a.kind !== "photo") out.push(p.caption);
    if (p.credit !== null) out.push(p.credit);
  }
  return out;
}

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === "string";

function checkPerson(p: Person, where: string): void {
  expect(Object.keys(p), where).toEqual(["role", "name"]);
  expect(isStringOrNull(p.role), where).toBe(true);
  expect(typeof p.name === "string" && p.name.length > 0 && !/\s/u.test(p.name), where).toBe(true);
}

it("holds ten pages, each with its annotation, listed in the README", () => {
  expect(pages).toHaveLength(10);
  const jsons = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  expect(jsons).toEqual(pages);
  const readme = readFileSync(`${DIR}README.md`, "utf8");
  for (const name of pages) expect(readme, name).toContain(`${name}.txt`);
});

describe.each(pages)("blind page %s", (name) => {
  const text = readPage(name);
  const gold = readGold(name);

  it("is in the gold schema with the gold field order", () => {
    expect(Object.keys(gold)).toEqual(["source", "edition", "note", "articles"]);
    expect(gold.source).toBe(`${name}.txt`);
    expect(Object.keys(gold.edition)).toEqual(["paper", "paperEn", "date", "page"]);
    expect(gold.edition.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(gold.edition.page === null || Number.isInteger(gold.edition.page)).toBe(true);
    expect(gold.articles.length).toBeGreaterThanOrEqual(3);
    gold.articles.forEach((a, i) => {
      const where = `${name} article ${i}`;
      expect(Object.keys(a), where).toEqual([
        "kind", "section", "kicker", "title", "subtitle", "byline", "dateline", "authors", "paragraphs", "photos", "source",
      ]);
      expect(KINDS, where).toContain(a.kind);
      expect(SECTIONS, where).toContain(a.section);
      for (const f of [a.kicker, a.title, a.subtitle, a.byline]) expect(isStringOrNull(f), where).toBe(true);
      if (a.dateline !== null) {
        expect(Object.keys(a.dateline), where).toEqual(["agency", "place", "date"]);
        expect(a.dateline.date, where).toMatch(/^(\d{1,2}月)?\d{1,2}日$/u);
      }
      a.authors.forEach((p) => checkPerson(p, where));
      expect(a.paragraphs.length, where).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p.trim() === p && p.length > 0 && !p.includes("\n"), where).toBe(true);
      for (const p of a.photos) {
        expect(Object.keys(p), where).toEqual(["caption", "credit", "photographers"]);
        expect(isStringOrNull(p.credit), where).toBe(true);
        p.photographers.forEach((q) => checkPerson(q, where));
      }
      const sourceKeys = Object.keys(a.source);
      expect(sourceKeys.slice(0, 4), where).toEqual(["paper", "date", "page", "url"]);
      expect(sourceKeys.length === 4 || (sourceKeys.length === 5 && sourceKeys[4] === "note"), where).toBe(true);
    });
  });

  it("carries every printed character of the page and nothing else", () => {
    const fromGold = gold.articles.flatMap(carried).map(ink).join("");
    expect(diffCounts(countChars(ink(text)), countChars(fromGold))).toEqual([]);
  });

  it("takes every field from the page as printed (column breaks closed up, nothing added)", () => {
    const line = oneLine(text);
    gold.articles.forEach((a, i) => {
      for (const s of carried(a)) expect(line.includes(s), `${name} article ${i}: ${s}`).toBe(true);
    });
  });

  it("keeps headlines, bylines and credits on printed lines of their own or at a paragraph start", () => {
    const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u).map((l) => l.replace(DECORATIVE, "").trim());
    gold.articles.forEach((a, i) => {
      for (const h of [a.kicker, a.title, a.subtitle]) {
        if (h !== null) expect(lines, `${name} article ${i}`).toContain(h);
      }
      if (a.byline !== null) {
        expect(lines.some((l) => l.startsWith(a.byline ?? "")), `${name} article ${i}`).toBe(true);
      }
    });
  });

  it("follows the conventions for photos, bylines and kinds", () => {
    gold.articles.forEach((a, i) => {
      const where = `${name} article ${i}`;
      const byline = noSpace(a.byline ?? "");
      for (const p of a.authors) expect(byline, where).toContain(p.name);
      if (a.dateline !== null) {
        expect(byline, where).toContain(noSpace(`${a.dateline.agency}${a.dateline.place ?? ""}${a.dateline.date}`));
      }
      for (const p of a.photos) {
        for (const q of p.photographers) expect(noSpace(p.credit ?? ""), where).toContain(q.name);
      }
      if (a.kind === "photo") {
        expect(a.photos.length, where).toBeGreaterThan(0);
        if (a.photos.length === 1) {
          expect(a.photos[0]?.caption, where).toBe(a.paragraphs.join("\n"));
        } else {
          for (const p of a.photos) {
            for (const part of p.caption.split("\n")) expect(a.paragraphs, where).toContain(part);
          }
        }
      } else {
        for (const p of a.photos) expect(a.paragraphs.includes(p.caption), where).toBe(false);
      }
      if (a.kind === "commentary") {
        const signed = a.authors.some((p) => p.role === "执笔" || p.role === "评论员");
        expect(signed || /^——.+论/u.test(a.subtitle ?? ""), where).toBe(true);
      }
      if (a.title === null) {
        // page furniture: a line that fits no rule, kept whole as its only paragraph
        expect([a.kind, a.section, a.paragraphs.length], where).toEqual(["other", "other", 1]);
      }
      if (a.section === "agriculture-photos") expect(a.kind, where).toBe("photo");
    });
  });
});
