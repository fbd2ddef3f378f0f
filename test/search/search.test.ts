/** Search: folding, queries, postings, the planned index and queries answered from a plan's entries. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldWithOffsets } from "../../src/core/search/fold.ts";
import { coverGrams, forEachGram, gramText, pairGram, shardOf } from "../../src/core/search/grams.ts";
import { matchRecord } from "../../src/core/search/match.ts";
import { decodePostings, intersect, PostingsWriter } from "../../src/core/search/postings.ts";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "../../src/core/search/query.ts";
import { LayoutError, readDirectory, readIndexPage, readSearchDirectory, readSearchShard, writeSearchShard, type ArticleRecord } from "../../src/publish/layout.ts";
import { plan, type Plan } from "../../src/publish/plan.ts";
import { levelDays, shardCount } from "../../src/publish/search-index.ts";
import { runSearch, type SearchQuery } from "../../src/publish/search.ts";
import { archive, days, PAPER, seed } from "../publish/helpers.ts";

const terms = (q: string): string[] => {
  const p = parseSearchQuery(q);
  if (!p.ok) throw new Error(p.message);
  return p.terms;
};

function loader(p: Plan, reads: string[] = []) {
  const get = (key: string): string => {
    reads.push(key);
    const text = p.entries.get(key);
    if (text === undefined) throw new Error(`no entry ${key}`);
    return text;
  };
  return {
    page: async (key: string) => readIndexPage(get(key)),
    directory: async (key: string) => readDirectory(get(key)),
    searchDirectory: async (key: string) => readSearchDirectory(get(key)),
    searchShard: async (key: string) => readSearchShard(get(key)),
  };
}

async function search(p: Plan, q: string, options: Partial<SearchQuery> = {}) {
  return runSearch(p.manifest, loader(p), { terms: terms(q), section: null, from: null, to: null, order: "newest", limit: 20, after: null, ...options });
}

/** The articles of a plan (its a/ entries). */
const articles = (p: Plan): ArticleRecord[] => [...p.entries].flatMap(([k, v]) => (k.startsWith("a/") ? [JSON.parse(v) as ArticleRecord] : []));

const text = (r: ArticleRecord) => [r.kicker, r.title, r.subtitle, r.byline, ...r.paragraphs, ...r.photos.flatMap((ph) => [ph.caption, ph.credit])].filter((t) => t).join("\n");

describe("folding", () => {
  it("folds width, case, Traditional characters and drops what is not a letter or digit", () => {
    expect(fold("楓橋經驗，ＡＢＣ１２３ 株洲")).toBe("枫桥经验abc123株洲");
    expect(fold("裡面")).toBe(fold("里面"));
    // 著 is a Simplified character too: a regional variant does not fold it into 着.
    expect(fold("著名")).toBe("著名");
  });
  it("keeps, for every folded unit, where it came from", () => {
    const f = foldWithOffsets("楓 「橋」");
    expect(f.folded).toBe("枫桥");
    expect(f.start).toEqual([0, 3]);
    expect(f.end).toEqual([1, 4]);
  });
});

describe("queries", () => {
  it("splits terms on spaces and punctuation, keeps quoted phrases whole, folds them", () => {
    expect(terms("株洲 工会")).toEqual(["株洲", "工会"]);
    expect(terms("株洲，工会")).toEqual(["株洲", "工会"]);
    expect(terms('"株洲 工会" 楓橋')).toEqual(["株洲工会", "枫桥"]);
    expect(terms("“技能竞赛”")).toEqual(["技能竞赛"]);
    // A term inside another is implied by it.
    expect(terms("株洲 株洲市")).toEqual(["株洲市"]);
  });
  it("refuses an empty, punctuation-only or too long query", () => {
    expect(parseSearchQuery("  ").ok).toBe(false);
    expect(parseSearchQuery("，。！").ok).toBe(false);
    expect(parseSearchQuery("株".repeat(MAX_QUERY_LENGTH + 1)).ok).toBe(false);
    expect(parseSearchQuery("a b c d e f g h i").ok).toBe(false);
  });
});

describe("grams and postings", () => {
  it("every character and every adjacent pair is a gram; a term is looked up by its first (and last) pair", () => {
    const grams: string[] = [];
    forEachGram("株洲市", (g) => grams.push(gramText(g)));
    expect(grams).toEqual(["株", "洲", "株洲", "市", "洲市"]);
    expect(coverGrams("株洲市").map(gramText)).toEqual(["株洲"]);
    expect(coverGrams("技能竞赛").map(gramText)).toEqual(["技能", "竞赛"]);
    expect(coverGrams("全国技能竞赛").map(gramText)).toEqual(["全国", "竞赛"]);
    expect(coverGrams("株").map(gramText)).toEqual(["株"]);
    expect(pairGram(1, 2)).not.toBe(pairGram(2, 1));
  });
  it("shards spread grams and stay in range", () => {
    const counts = new Array(8).fill(0);
    for (let c = 0x4e00; c < 0x4e00 + 800; c++) counts[shardOf(pairGram(c, c + 1), 8)]++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(shardOf(12345, 1)).toBe(0);
  });
  it("postings round-trip any ascending list", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.uniqueArray(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 200 }), (base, raw) => {
        const list = raw.map((n) => n + base).sort((a, b) => a - b);
        const w = new PostingsWriter(base);
        for (const n of list) w.add(n);
        expect(decodePostings(w.text(), base)).toEqual(list);
      }),
    );
    expect(intersect([1, 3, 5, 9], [3, 4, 5, 10])).toEqual([3, 5]);
    expect(() => decodePostings("a{", 0)).toThrow(/unexpected character/);
  });
});

describe("shards", () => {
  it("round-trip their lines, and a garbled one is a LayoutError naming what is wrong", () => {
    const text = writeSearchShard([["株洲", "0A", null], ["油", "13", "1"]]);
    expect(readSearchShard(text).grams).toEqual(new Map([["株洲", { all: "0A", headline: "" }], ["油", { all: "13", headline: "1" }]]));
    expect(() => readSearchShard('{"v":1}')).toThrow(LayoutError);
    expect(() => readSearchShard("s1\n株洲")).toThrow(/unexpected shape/);
  });
});

describe("levels", () => {
  it("cuts days into big, middle and small levels by count alone", () => {
    expect(levelDays(1)).toEqual([0, 0, 1]);
    expect(levelDays(8)).toEqual([0, 8, 0]);
    expect(levelDays(130)).toEqual([128, 0, 2]);
    expect(levelDays(1250)).toEqual([1152, 96, 2]);
    expect(shardCount("small", 10_000)).toBe(1);
    expect(shardCount("big", 1)).toBe(1);
    expect(shardCount("big", 33)).toBe(2);
  });
});

describe("a record's match", () => {
  const [first] = seed();
  it("finds every term, counts headline hits, and marks the matches inside the snippet", () => {
    const record = { ...first!, kicker: null, title: "油茶丰收", subtitle: null, byline: null, paragraphs: ["今年株洲的油茶又是一个丰收年，茶农们忙着采摘。"], photos: [] };
    const m = matchRecord(record, ["油茶", "株洲"]);
    expect(m).not.toBeNull();
    expect(m!.headlineTerms).toBe(1);
    expect(m!.matches.map(([s, e]) => m!.snippet.slice(s, e))).toEqual(["株洲", "油茶"]);
    expect(matchRecord(record, ["油茶", "湘潭"])).toBeNull();
  });
});

describe("search over a planned archive", () => {
  it("finds the seed's stories by Simplified or Traditional words, all terms required, phrases adjacent", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 3), 1) });
    const oil = await search(p, "油茶");
    expect(oil.hits.length).toBeGreaterThan(0);
    for (const h of oil.hits) expect(fold(text(h.record))).toContain("油茶");
    const fengqiao = await search(p, "枫桥");
    expect(fengqiao.hits.length).toBe(3);
    expect((await search(p, "楓橋")).hits.map((h) => h.record.id)).toEqual(fengqiao.hits.map((h) => h.record.id));
    const both = await search(p, "株洲 工会");
    for (const h of both.hits) expect(fold(text(h.record)).includes("株洲") && fold(text(h.record)).includes("工会")).toBe(true);
    expect((await search(p, "zzzz")).hits).toEqual([]);
    // Newest first: dates never increase down the list.
    const dates = oil.hits.map((h) => h.record.edition.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("finds an article by any substring of its text (property)", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 2), 1) });
    const records = articles(p);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: records.length - 1 }), fc.nat(), fc.nat(), fc.integer({ min: 2, max: 12 }), async (k, f, at, length) => {
        const r = records[k]!;
        // Any field: a headline, the byline, a paragraph, a caption.
        const fields = text(r).split("\n").filter((t) => t !== "null" && t.length >= 2);
        const body = fields[f % fields.length]!;
        const start = at % Math.max(1, body.length - 1);
        const piece = body.slice(start, start + length);
        const q = parseSearchQuery(`"${piece}"`);
        fc.pre(q.ok);
        const found = await runSearch(p.manifest, loader(p), { terms: q.ok ? q.terms : [], section: null, from: r.edition.date, to: r.edition.date, order: "newest", limit: 100, after: null });
        expect(found.hits.map((h) => h.record.id)).toContain(r.id);
      }),
      { numRuns: 50 },
    );
  });

  it("pages with a cursor in every order without losing or repeating an article", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 20), 2) });
    const expected = articles(p).filter((r) => fold(text(r)).includes("株洲")).map((r) => r.id).sort();
    for (const order of ["newest", "oldest", "relevance"] as const) {
      const all = await search(p, "株洲", { order, limit: 100 });
      const seen: string[] = [];
      let after = null as Awaited<ReturnType<typeof search>>["next"];
      for (let i = 0; i < 50; i++) {
        const page = await search(p, "株洲", { order, limit: 7, after });
        seen.push(...page.hits.map((h) => h.record.id));
        if (!page.next) break;
        after = page.next;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(expected);
      if (order === "relevance") {
        const scores = all.hits.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      }
    }
  });

  it("filters by section and dates", async () => {
    const p = await plan({ paper: PAPER, pages: archive(days("2023-01-01", 10), 1) });
    const only = await search(p, "株洲", { section: "politics", from: "2023-01-03", to: "2023-01-04", limit: 100 });
    expect(only.hits.length).toBeGreaterThan(0);
    for (const h of only.hits) {
      expect(h.record.section).toBe("politics");
      expect(h.record.edition.date >= "2023-01-03" && h.record.edition.date <= "2023-01-04").toBe(true);
    }
  });

  it("adding a day rewrites the small level and the directory only, except on a merging day", async () => {
    const keys = async (n: number) => new Set([...(await plan({ paper: PAPER, pages: archive(days("2023-01-01", n), 1) })).entries.keys()].filter((k) => /^[xy]\//.test(k)));
    const before = await keys(9);
    const after = await keys(10);
    const added = [...after].filter((k) => !before.has(k));
    expect(added.length).toBe(2);
    const merged = [...(await keys(16))].filter((k) => !after.has(k));
    expect(merged.length).toBeGreaterThan(2);
  });
});
