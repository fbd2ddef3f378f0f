/**
 * A real-corpus page is only as good as its provenance: every string of its gold must occur,
 * verbatim up to width, case and white space, in the stored source text it was taken from
 * (`source.json`, one entry per gold article, with the source's URL and its text as stored).
 */
import { existsSync, readFileSync } from "node:fs";
import { BLOCK_GLYPHS, DECORATIVE_GLYPHS } from "../../src/core/vocabulary.ts";
import { dirname, join } from "node:path";
import type { AnnotatedPage } from "./sets.ts";

export interface SourceRecord {
  articles: Array<{ title: string | null; paper: string; date: string | null; url: string; raw: string }>;
}

const LAYOUT_GLYPHS = new RegExp(`[${DECORATIVE_GLYPHS}${BLOCK_GLYPHS}]`, "gu");

/** NFKC (width), lower case, no white space, no layout glyphs (■ □ ▲): how a stored web copy and a printed page are compared. */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{Cf}]/gu, "").replace(LAYOUT_GLYPHS, "");
}

/** Problems with one case's provenance: empty when every gold string is in its source. */
export function verifySources(page: AnnotatedPage): string[] {
  const file = join(dirname(page.pagePath), "source.json");
  if (!existsSync(file)) return [`${page.name}: no source.json beside the page`];
  const sources = JSON.parse(readFileSync(file, "utf8")) as SourceRecord;
  const problems: string[] = [];
  if (sources.articles.length !== page.gold.articles.length) problems.push(`${page.name}: ${sources.articles.length} sources for ${page.gold.articles.length} gold articles`);
  page.gold.articles.forEach((a, i) => {
    const src = sources.articles[i];
    if (!src) return;
    if (!/^https?:\/\/\S+$/u.test(src.url)) problems.push(`${page.name} #${i}: source url ${JSON.stringify(src.url)} is not a URL`);
    const raw = fold(src.raw);
    const byline = a.byline === null ? [] : bylinePieces(a.byline, a.paragraphs[0] ?? "", (s) => raw.includes(fold(s)));
    const strings = [a.kicker, a.title, a.subtitle, ...byline, ...a.paragraphs, ...a.photos.flatMap((p) => [...p.caption.split("\n"), p.credit])];
    for (const s of strings) {
      if (s === null || s === "") continue;
      if (!raw.includes(fold(s))) problems.push(`${page.name} #${i}: not in its source (${src.url}): ${s.slice(0, 40)}`);
    }
  });
  return problems;
}

/**
 * The printed pieces of a byline. A lead label that opens the text and a signature printed
 * after it are one byline, label first (`本报讯` … `本报记者 甲` → `本报讯 本报记者 甲`): its
 * pieces are the label run into the first paragraph, and the rest. So is a byline line over a
 * lead label that opens the text (`记者：甲` / `（金边讯）…` → `记者：甲 （金边讯）`), where a copy
 * prints something between them (a time stamp): the line, and the label run into the first
 * paragraph. Any other byline is one piece.
 */
export function bylinePieces(byline: string, firstParagraph: string, isPrinted: (text: string) => boolean): string[] {
  if (isPrinted(byline)) return [byline];
  for (let i = byline.indexOf(" "); i > 0; i = byline.indexOf(" ", i + 1)) {
    const labelFirst = [byline.slice(0, i) + firstParagraph, byline.slice(i + 1)];
    if (labelFirst.every(isPrinted)) return labelFirst;
    const lineFirst = [byline.slice(0, i), byline.slice(i + 1) + firstParagraph];
    if (lineFirst.every(isPrinted)) return lineFirst;
  }
  return [byline];
}

/** A paragraph this long that two sets both print is one story taken twice, not a phrase papers share. */
const SHARED_PARAGRAPH = 26;
/**
 * Cases of different sets known to print the same story, each pair once: they came in before this check. (A held-out
 * set's page that a tuned set prints too is partly in-sample; the fragment model leaves such paragraphs out.)
 * Each pair holds one article twice: real-a 05 and real-zl 479 the same Xiangxi report (州政协召开《见证》出版座谈会), real-x
 * 341 and real-zzzh 841 the same Ankang feature (老报纸里的元旦), real-zj 463 and real-zm 493 the same Chongqing evening
 * paper's web story.
 */
export const KNOWN_SHARED_CASES: readonly (readonly [string, string])[] = [
  ["real-a/05", "real-zl/479-xiangxituanjiebao-2022"],
  ["real-x/341-ankangribao-2021", "real-zzzh/841-ankangribao-2020"],
  ["real-zj/463-chongqingwanbao-2016", "real-zm/493-chongqingwanbao-2016"],
];

/** Paragraphs of SHARED_PARAGRAPH characters or more that cases of two different sets both print, bar KNOWN_SHARED_CASES: one line per pair of cases. */
export function sharedAcrossSets(pages: readonly AnnotatedPage[]): string[] {
  const known = new Set(KNOWN_SHARED_CASES.map(([a, b]) => `${a} ${b}`));
  const seen = new Map<string, string>();
  const found = new Set<string>();
  for (const page of pages) {
    for (const a of page.gold.articles) {
      for (const p of a.paragraphs) {
        const text = p.replace(/\s+/gu, "");
        if ([...text].length < SHARED_PARAGRAPH) continue;
        const first = seen.get(text);
        if (first === undefined) seen.set(text, page.name);
        else if (first.split("/")[0] !== page.name.split("/")[0]) {
          const pair = [first, page.name].sort().join(" ");
          if (!known.has(pair)) found.add(pair);
        }
      }
    }
  }
  return [...found].map((pair) => `${pair.replace(" ", " and ")} print the same paragraph: one story taken twice`);
}
