// Checks the hand-made variant fixtures themselves (test/fixtures/variants): every annotation
// parses, has the gold schema with its field order, follows the checkable parts of
// CONVENTIONS.md, and conserves its page. The parser is not involved: a fixture that fails here
// is a broken fixture, not a parser bug.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Annotation } from "../support/annotation.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, "test", "fixtures", "variants");

const ARTICLE_KEYS = [
  "kind", "section", "kicker", "title", "subtitle", "byline", "dateline", "authors", "paragraphs", "photos",
];
const KINDS = new Set(["article", "commentary", "photo", "other"]);
const SECTIONS = new Set(["politics", "economy", "agriculture-photos", "other"]);
// Glyphs that decorate a page and belong to no field.
const DECORATIVE = /[■□▲△▼▽◀▶●○◆◇★☆]/gu;
// Organisations a role must not keep (株洲日报全媒体记者 → 全媒体记者, 新华社记者 → 记者).
const ORGANISATION_IN_ROLE = /日报|晚报|新华社|本报|YMG|电讯/u;


/** Text as the conservation rules count it: no whitespace (U+3000, NBSP, BOM included), no decoration. */
function compact(text: string): string {
  return text.replace(/[\s\uFEFF]+/gu, "").replace(DECORATIVE, "");
}

/** Printed lines of a page (BOM and CRLF handled), with their 1-based line numbers. */
function pageLines(text: string): { line: number; text: string }[] {
  return text
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => compact(l.text) !== "");
}

/** Every text an annotation carries (headline, byline, paragraphs, captions, credits), in article order. */
function carriedFields(ann: Annotation): string[] {
  return ann.articles.flatMap((a) => [
    a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs,
    ...a.photos.flatMap((p) => [p.caption, p.credit]),
  ]).filter((f): f is string => typeof f === "string");
}

/**
 * Splits a printed line into the fewest greedy pieces each found inside one carried field;
 * returns the pieces, or the unmatched rest when some character is carried by no field.
 */
function coverLine(line: string, fields: string[]): { pieces: string[]; missing: string | null } {
  const haystack = fields.map(compact).join("\u0000");
  const text = compact(line);
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let len = 0;
    while (at + len < text.length && haystack.includes(text.slice(at, at + len + 1))) len++;
    if (len === 0) return { pieces, missing: text.slice(at) };
    pieces.push(text.slice(at, at + len));
    at += len;
  }
  return { pieces, missing: null };
}

/** Characters a page should hold: each field once, photo-story captions excepted (they repeat paragraphs). */
function carriedLength(ann: Annotation): number {
  let n = 0;
  for (const a of ann.articles) {
    for (const f of [a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs]) n += compact(f ?? "").length;
    for (const p of a.photos) {
      n += compact(p.credit).length;
      if (a.kind !== "photo") n += compact(p.caption).length;
    }
  }
  return n;
}

function nameTokens(name: string): string {
  return compact(name);
}

const names = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();

describe("variant fixtures: the set", () => {
  it("has 12 to 20 pages, each with an annotation, named NN-short-name", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.length).toBeLessThanOrEqual(20);
    const jsons = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    expect(jsons).toEqual(names);
    for (const n of names) expect(n).toMatch(/^\d\d-[a-z0-9]+(-[a-z0-9]+)*$/u);
  });

  it("README lists every page", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    for (const n of names) expect(readme, n).toContain(`${n}.txt`);
  });

  it("covers the page-format variants: CRLF, BOM, U+3000, NBSP, tabs, markers, extra blank lines", () => {
    const raw = names.map((n) => readFileSync(join(DIR, `${n}.txt`), "utf8"));
    expect(raw.some((t) => t.includes("\r\n"))).toBe(true);
    expect(raw.some((t) => t.startsWith("\uFEFF"))).toBe(true);
    expect(raw.some((t) => t.includes("\u3000"))).toBe(true);
    expect(raw.some((t) => t.includes("\u00A0"))).toBe(true);
    expect(raw.some((t) => t.includes("\t"))).toBe(true);
    for (const marker of ["■", "▲", "●"]) expect(raw.some((t) => t.includes(marker)), marker).toBe(true);
    expect(raw.some((t) => /\n[ \t]*\r?\n[ \t]*\r?\n[ \t]*\r?\n/u.test(t))).toBe(true);
  });
});

describe.each(names)("variant fixture %s", (name) => {
  const pagePath = join(DIR, `${name}.txt`);
  const page = readFileSync(pagePath, "utf8");
  const ann = JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) as Annotation;
  const where = (i: number) => `${name}.json articles[${i}]`;

  it("has the gold schema, fields in gold order", () => {
    expect(Object.keys(ann)).toEqual(["source", "edition", "note", "articles"]);
    expect(ann.source).toBe(`test/fixtures/variants/${name}.txt`);
    expect(Object.keys(ann.edition)).toEqual(["paper", "paperEn", "date", "page"]);
    expect(ann.edition.paper).toMatch(/\S/u);
    expect(ann.edition.paperEn).toMatch(/\S/u);
    expect(ann.edition.date).toMatch(/^\d{4}-\d\d-\d\d$/u);
    expect(ann.edition.page === null || Number.isInteger(ann.edition.page)).toBe(true);
    expect(ann.note).toMatch(/\S/u);
    expect(ann.articles.length).toBeGreaterThanOrEqual(2);
    expect(ann.articles.length).toBeLessThanOrEqual(6);
    ann.articles.forEach((a, i) => {
      expect(Object.keys(a), where(i)).toEqual(ARTICLE_KEYS);
      expect(KINDS.has(a.kind), where(i)).toBe(true);
      expect(SECTIONS.has(a.section), where(i)).toBe(true);
      for (const key of ["kicker", "title", "subtitle", "byline"] as const) {
        const v = a[key];
        expect(v === null || (typeof v === "string" && v === v.trim() && v !== ""), `${where(i)}.${key}`).toBe(true);
      }
      if (a.kind !== "other") expect(a.title, where(i)).toEqual(expect.any(String));
      if (a.dateline !== null) expect(Object.keys(a.dateline), where(i)).toEqual(["agency", "place", "date"]);
      for (const p of a.authors) expect(Object.keys(p), where(i)).toEqual(["role", "name"]);
      expect(a.paragraphs.length, where(i)).toBeGreaterThan(0);
      for (const p of a.paragraphs) expect(p !== "" && p === p.trim(), `${where(i)} paragraph ${JSON.stringify(p)}`).toBe(true);
      for (const p of a.photos) {
        expect(Object.keys(p), where(i)).toEqual(["caption", "credit", "photographers"]);
        for (const g of p.photographers) expect(Object.keys(g), where(i)).toEqual(["role", "name"]);
      }
    });
  });

  it("carries no decorative marker and no line break outside photo-story captions", () => {
    ann.articles.forEach((a, i) => {
      for (const f of [a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs, ...a.photos.map((p) => p.credit)]) {
        if (f === null) continue;
        expect(f.match(DECORATIVE), `${where(i)} ${f}`).toBeNull();
        expect(f.includes("\n"), `${where(i)} ${f}`).toBe(false);
      }
      for (const p of a.photos) expect(p.caption.match(DECORATIVE), where(i)).toBeNull();
    });
  });

  it("conserves its page: every printed character is carried, in order within its line", () => {
    const fields = carriedFields(ann);
    for (const { line, text } of pageLines(page)) {
      const { pieces, missing } = coverLine(text, fields);
      expect(missing, `${name}.txt line ${line}: not carried by any field`).toBeNull();
      // A line is one field, or a lead plus text, or a caption plus its credit.
      expect(pieces.length, `${name}.txt line ${line} splits into ${JSON.stringify(pieces)}`).toBeLessThanOrEqual(2);
    }
  });

  it("invents nothing: every field is a contiguous run of the page, and each printed character is counted once", () => {
    const whole = pageLines(page).map((l) => compact(l.text)).join("");
    for (const f of carriedFields(ann)) expect(whole.includes(compact(f)), `not on the page: ${f}`).toBe(true);
    expect(carriedLength(ann)).toBe(whole.length);
  });

  it("keeps bylines, datelines and authors consistent with CONVENTIONS", () => {
    ann.articles.forEach((a, i) => {
      const byline = a.byline ?? "";
      if (a.dateline !== null) {
        const { agency, place, date } = a.dateline;
        expect(date, where(i)).toMatch(/^\d{1,2}月\d{1,2}日$/u);
        const printed = `${agency}${place ?? ""}${date}`;
        expect(byline.replace(/^据/u, "").startsWith(printed), `${where(i)} ${byline} vs ${printed}`).toBe(true);
      } else {
        expect(byline, `${where(i)}: a printed date needs a dateline`).not.toMatch(/\d{1,2}月\d{1,2}日[电讯]/u);
      }
      for (const p of a.authors) {
        expect(compact(byline).includes(nameTokens(p.name)), `${where(i)} author ${p.name} not in byline`).toBe(true);
        if (p.role !== null) {
          expect(byline.includes(p.role), `${where(i)} role ${p.role} not in byline`).toBe(true);
          expect(p.role, where(i)).not.toMatch(ORGANISATION_IN_ROLE);
        }
      }
      if (a.byline !== null && /[记者通讯员评论执笔]/u.test(a.byline) && !/^本报讯$|电$/u.test(a.byline)) {
        expect(a.authors.length, `${where(i)} byline ${a.byline} names nobody`).toBeGreaterThan(0);
      }
      for (const ph of a.photos) {
        expect(ph.credit, where(i)).toMatch(/摄|摄影|新华社发/u);
        for (const g of ph.photographers) {
          expect(compact(ph.credit).includes(nameTokens(g.name)), `${where(i)} photographer ${g.name}`).toBe(true);
          if (g.role !== null) {
            expect(ph.credit.includes(g.role), where(i)).toBe(true);
            expect(g.role, where(i)).not.toMatch(ORGANISATION_IN_ROLE);
          }
        }
      }
    });
  });

  it("keeps kinds consistent: photo stories, commentaries", () => {
    ann.articles.forEach((a, i) => {
      if (a.kind === "photo") {
        expect(a.photos.length, where(i)).toBeGreaterThan(0);
        if (a.photos.length === 1) {
          expect(a.photos[0]!.caption, where(i)).toBe(a.paragraphs.join("\n"));
        } else {
          for (const p of a.photos) {
            const parts = p.caption.split("\n");
            const at = a.paragraphs.indexOf(parts[0]!);
            expect(at, `${where(i)} caption ${p.caption}`).toBeGreaterThanOrEqual(0);
            expect(a.paragraphs.slice(at, at + parts.length), where(i)).toEqual(parts);
          }
        }
      }
      if (a.kind === "commentary") {
        const signed = a.authors.some((p) => p.role === "执笔" || p.role === "评论员");
        expect(signed || (a.subtitle ?? "").startsWith("——"), where(i)).toBe(true);
      }
      if (a.authors.some((p) => p.role === "执笔" || p.role === "评论员")) expect(a.kind, where(i)).toBe("commentary");
    });
  });
});

describe("the conservation check can fail", () => {
  const name = names[0]!;
  const page = readFileSync(join(DIR, `${name}.txt`), "utf8");
  const ann = JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) as Annotation;
  const lines = pageLines(page);

  it("notices a dropped paragraph", () => {
    const cut: Annotation = structuredClone(ann);
    const dropped = cut.articles[0]!.paragraphs.pop()!;
    const fields = carriedFields(cut);
    const uncovered = lines.filter((l) => coverLine(l.text, fields).missing !== null);
    expect(uncovered.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
  });

  it("notices an invented character and a field counted twice", () => {
    const whole = lines.map((l) => compact(l.text)).join("");
    const invented: Annotation = structuredClone(ann);
    invented.articles[0]!.title += "！";
    expect(whole.includes(compact(invented.articles[0]!.title!))).toBe(false);
    const doubled: Annotation = structuredClone(ann);
    doubled.articles[0]!.paragraphs.push(doubled.articles[0]!.paragraphs[0]!);
    expect(carriedLength(doubled)).not.toBe(whole.length);
  });
});
