/**
 * One validator for every annotated page set: the gold schema and field order, every printed
 * character carried by exactly one field (the parser's own glyph set decides what is
 * decoration), every field a run of the page as printed (column breaks closed up), furniture
 * on its own printed line, photo stories' captions repeating their paragraphs, and people
 * named where their byline or credit prints them.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTIONS } from "../../src/core/sections.ts";
import { LAYOUT_GLYPH } from "../../src/core/parse/text.ts";
import { FIXTURES, GOLD_FIELDS, seedCase } from "../support/gold.ts";
import { ANNOTATED_SETS, readSet, type AnnotatedPage } from "../support/sets.ts";
import { bylinePieces, sharedAcrossSets, verifySources } from "../support/verify.ts";


const KINDS = ["article", "commentary", "photo", "other"];
const TOP_KEYS = ["source", "edition", "note", "furniture", "articles"];
const SECTION_SLUGS = SECTIONS.map((s) => s.slug);

/** The seed's annotation lies apart from its page (seeds/); every other set reads as a set. */
function setPages(set: string): AnnotatedPage[] {
  if (set !== "gold") return readSet(join(FIXTURES, set));
  const seed = seedCase();
  return [{ name: "gold/seed", pagePath: "", page: seed.page, gold: seed.gold }];
}

/** What conservation counts: no white space, no control or format characters, no layout glyphs. */
function carried(text: string): string {
  return Array.from(text)
    .filter((ch) => !/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(ch) && !LAYOUT_GLYPH.test(ch))
    .join("");
}

function tally(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of carried(text)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Every field's text; `asPrinted` gives a byline in the pieces the page prints it in. */
function fieldTexts(p: AnnotatedPage, asPrinted = false): string[] {
  const out: string[] = [];
  for (const a of p.gold.articles) {
    const page = carried(p.page);
    const byline = a.byline === null ? [] : asPrinted ? bylinePieces(a.byline, a.paragraphs[0] ?? "", (s) => page.includes(carried(s))) : [a.byline];
    out.push(a.kicker ?? "", a.title ?? "", a.subtitle ?? "", ...byline, ...a.paragraphs);
    for (const ph of a.photos) {
      if (a.kind !== "photo") out.push(ph.caption);
      out.push(ph.credit);
    }
  }
  for (const f of p.gold.furniture ?? []) out.push(f.text);
  return out;
}

const present = ANNOTATED_SETS.filter((s) => {
  try {
    return readdirSync(join(FIXTURES, s)).length > 0;
  } catch {
    return false;
  }
});

it("finds the annotated sets", () => {
  expect(present).toEqual(expect.arrayContaining(["gold", "devset", "variants", "blind", "real-a"]));
});

for (const set of present) {
  describe(`fixtures/${set}`, () => {
    const pages = setPages(set);
    it("holds annotated pages", () => {
      expect(pages.length).toBeGreaterThan(0);
    });
    for (const p of pages) {
      describe(p.name, () => {
        it("has the gold schema in its field order", () => {
          const keys = Object.keys(p.gold);
          expect(keys.filter((k) => TOP_KEYS.includes(k))).toEqual(TOP_KEYS.filter((k) => keys.includes(k)));
          expect(keys).toEqual(expect.arrayContaining(["edition", "articles"]));
          for (const [i, a] of p.gold.articles.entries()) {
            const where = `${p.name} #${i}`;
            expect(Object.keys(a).filter((k) => k !== "source"), where).toEqual([...GOLD_FIELDS]);
            expect(KINDS, where).toContain(a.kind);
            expect(SECTION_SLUGS, where).toContain(a.section);
            for (const f of ["kicker", "title", "subtitle", "byline"] as const) expect(a[f] === null || typeof a[f] === "string", `${where} ${f}`).toBe(true);
            expect(Array.isArray(a.paragraphs) && a.paragraphs.every((x) => typeof x === "string" && x !== ""), where).toBe(true);
            for (const person of [...a.authors, ...a.photos.flatMap((x) => x.photographers)]) {
              expect(Object.keys(person), where).toEqual(["role", "name"]);
            }
            if (a.dateline !== null) expect(Object.keys(a.dateline), where).toEqual(["agency", "place", "date"]);
          }
        });

        it("carries every printed character exactly once: nothing lost, nothing invented", () => {
          const want = tally(p.page);
          const got = tally(fieldTexts(p).join(""));
          const lost: string[] = [];
          const invented: string[] = [];
          for (const [ch, n] of want) if ((got.get(ch) ?? 0) < n) lost.push(ch);
          for (const [ch, n] of got) if ((want.get(ch) ?? 0) < n) invented.push(ch);
          expect({ lost: lost.join(""), invented: invented.join("") }).toEqual({ lost: "", invented: "" });
        });

        it("takes every field from the page as printed, column breaks closed up", () => {
          const page = carried(p.page);
          for (const text of fieldTexts(p, true)) for (const part of text.split("\n")) expect(page, p.name).toContain(carried(part));
        });

        if (set.startsWith("real-") && set !== "real-a") {
          it("takes every gold string from its stored source (source.json)", () => {
            expect(verifySources(p)).toEqual([]);
          });
        }

        it("puts furniture on printed lines of its own", () => {
          const lines = p.page.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
          for (const f of p.gold.furniture ?? []) expect(carried(lines[f.line - 1] ?? ""), `${p.name} line ${f.line}`).toBe(carried(f.text));
        });

        it("repeats a photo story's paragraphs in its captions and names people where they are printed", () => {
          for (const [i, a] of p.gold.articles.entries()) {
            const where = `${p.name} #${i}`;
            if (a.kind === "photo") {
              for (const ph of a.photos) for (const part of ph.caption.split("\n")) if (part !== "") expect(a.paragraphs, where).toContain(part);
            }
            const signed = carried([a.byline ?? "", a.title ?? "", a.subtitle ?? "", ...a.paragraphs.slice(-2)].join(""));
            for (const person of a.authors) for (const ch of carried(person.name)) expect(signed, `${where} author ${person.name}`).toContain(ch);
            for (const ph of a.photos) for (const person of ph.photographers) for (const ch of carried(person.name)) expect(carried(ph.credit), `${where} photographer`).toContain(ch);
          }
        });
      });
    }
  });
}

describe("the real corpus, across its sets", () => {
  it("prints no story twice in two sets (a held-out set's page a tuned set prints too would be measured in-sample), bar the pairs known", () => {
    const pages = ANNOTATED_SETS.filter((set) => set.startsWith("real-")).flatMap((set) => readSet(join(FIXTURES, set)));
    expect(sharedAcrossSets(pages)).toEqual([]);
  });
  it("finds a paragraph two sets both print", () => {
    const text = "某市今年新建改建农村公路三百公里，全市所有行政村通上了硬化路，群众出行更方便了。";
    const page = (name: string): AnnotatedPage => ({ name, pagePath: "", page: "", gold: { articles: [{ paragraphs: [text] }] } as unknown as AnnotatedPage["gold"] });
    expect(sharedAcrossSets([page("real-x/1-a"), page("real-y/2-b")])).toHaveLength(1);
    expect(sharedAcrossSets([page("real-x/1-a"), page("real-x/2-b")])).toEqual([]);
  });
});
