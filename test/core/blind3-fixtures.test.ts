// Checks the blind3 fixtures themselves: every gold file follows the gold schema in field
// order, carries every character of its page, and repeats photo-story captions faithfully.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AnnotatedPerson as Person, SourcedAnnotation as Gold } from "../support/annotation.ts";

const dir = fileURLToPath(new URL("../fixtures/blind3/", import.meta.url));
const pages = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const DECORATIVE = /[■▲●◀]/gu;
const KINDS = ["article", "commentary", "photo", "other"];
const SECTIONS = ["politics", "economy", "agriculture-photos", "other"];
const ARTICLE_KEYS = ["kind", "section", "kicker", "title", "subtitle", "byline", "dateline",
  "authors", "paragraphs", "photos", "source"];


function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(DECORATIVE, "").replace(/\s/gu, "")) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

function diff(page: Map<string, number>, gold: Map<string, number>): string[] {
  const out: string[] = [];
  for (const ch of new Set([...page.keys(), ...gold.keys()])) {
    const p = page.get(ch) ?? 0;
    const g = gold.get(ch) ?? 0;
    if (p !== g) out.push(`${ch}: page ${p}, gold ${g}`);
  }
  return out;
}

function expectPerson(p: Person, where: string): void {
  expect(Object.keys(p), where).toEqual(["role", "name"]);
  expect(p.role === null || (typeof p.role === "string" && p.role.length > 0), where).toBe(true);
  expect(typeof p.name === "string" && p.name.length > 0 && !/\s/u.test(p.name), where).toBe(true);
}

it("has eight pages, each with a gold file and a README row", () => {
  expect(pages).toHaveLength(8);
  const readme = readFileSync(join(dir, "README.md"), "utf8");
  for (const page of pages) {
    expect(readdirSync(dir)).toContain(page.replace(/\.txt$/u, ".json"));
    expect(readme, page).toContain(page.replace(/\.txt$/u, ""));
  }
});

describe.each(pages)("%s", (page) => {
  const text = readFileSync(join(dir, page), "utf8");
  const raw = readFileSync(join(dir, page.replace(/\.txt$/u, ".json")), "utf8");
  const gold = JSON.parse(raw) as Gold;

  it("follows the gold schema in field order", () => {
    expect(Object.keys(gold)).toEqual(["source", "edition", "note", "articles"]);
    expect(gold.source).toBe(page);
    expect(Object.keys(gold.edition)).toEqual(["paper", "paperEn", "date", "page"]);
    expect(gold.edition.date).toMatch(/^(200\d|201\d|202[0-5])-\d\d-\d\d$/u);
    expect(gold.articles.length).toBeGreaterThanOrEqual(4);
    expect(gold.articles.length).toBeLessThanOrEqual(7);
    gold.articles.forEach((a, i) => {
      const where = `${page} article ${i}`;
      expect(Object.keys(a), where).toEqual(ARTICLE_KEYS);
      expect(KINDS, where).toContain(a.kind);
      expect(SECTIONS, where).toContain(a.section);
      for (const field of ["kicker", "title", "subtitle", "byline"] as const) {
        const v = a[field];
        expect(v === null || (typeof v === "string" && v.trim() === v && v.length > 0), `${where} ${field}`).toBe(true);
      }
      if (a.dateline !== null) {
        expect(Object.keys(a.dateline), where).toEqual(["agency", "place", "date"]);
        expect(a.byline, where).not.toBeNull();
        for (const part of [a.dateline.agency, a.dateline.place, a.dateline.date]) {
          if (part !== null) expect(a.byline, where).toContain(part);
        }
      }
      a.authors.forEach((p) => {
        expectPerson(p, where);
        expect((a.byline ?? "").replace(/\s/gu, ""), where).toContain(p.name);
      });
      expect(a.paragraphs.length, where).toBeGreaterThan(0);
      for (const p of a.paragraphs) {
        expect(p.length > 0 && p.trim() === p && !p.includes("\n"), where).toBe(true);
        expect(p, where).not.toMatch(DECORATIVE);
      }
      a.photos.forEach((photo) => {
        expect(Object.keys(photo), where).toEqual(["caption", "credit", "photographers"]);
        photo.photographers.forEach((p) => {
          expectPerson(p, where);
          expect((photo.credit ?? "").replace(/\s/gu, ""), where).toContain(p.name);
        });
      });
      const sourceKeys = Object.keys(a.source);
      expect(sourceKeys.slice(0, 4), where).toEqual(["paper", "date", "page", "url"]);
      expect(a.source.page === null || typeof a.source.page === "string", where).toBe(true);
      expect(sourceKeys.length === 4 || (sourceKeys.length === 5 && sourceKeys[4] === "note"), where).toBe(true);
      if (a.kind === "photo") expect(a.photos.length, where).toBeGreaterThan(0);
      if (a.kind === "other" && a.title === null) {
        expect(a.section, where).toBe("other");
        expect(a.paragraphs, where).toHaveLength(1);
      }
    });
  });

  it("carries every non-decorative page character exactly once", () => {
    let carried = "";
    for (const a of gold.articles) {
      carried += [a.kicker, a.title, a.subtitle, a.byline].filter((v) => v !== null).join("");
      carried += a.paragraphs.join("");
      for (const photo of a.photos) {
        // A photo story's captions repeat its paragraphs; only credits are new text there.
        if (a.kind !== "photo") carried += photo.caption;
        carried += photo.credit ?? "";
      }
    }
    expect(diff(charCounts(text), charCounts(carried))).toEqual([]);
  });

  it("keeps every field's text in the page as printed, in page order", () => {
    const flat = text.replace(DECORATIVE, "").replace(/\s/gu, "");
    let cursor = 0;
    for (const a of gold.articles) {
      const head = [a.kicker, a.title, a.subtitle].filter((v) => v !== null).join("");
      const at = flat.indexOf(head.replace(/\s/gu, ""), cursor);
      expect(at, `${page} ${a.title ?? a.paragraphs[0]}`).toBeGreaterThanOrEqual(cursor);
      cursor = at + head.replace(/\s/gu, "").length;
      for (const p of a.paragraphs) {
        expect(flat, `${page} paragraph`).toContain(p.replace(/\s/gu, ""));
      }
    }
  });

  it("repeats photo-story paragraphs in its captions", () => {
    for (const a of gold.articles.filter((x) => x.kind === "photo")) {
      if (a.photos.length === 1) {
        expect(a.photos[0]!.caption).toBe(a.paragraphs.join("\n"));
      } else {
        for (const photo of a.photos) expect(a.paragraphs).toContain(photo.caption);
      }
    }
  });
});
