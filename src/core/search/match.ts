/**
 * An article's searchable text and what a query finds in it: which terms match (all must),
 * which of them in its headline (kicker, title, subtitle: they weigh more), and a snippet
 * of the field that matches most, with where the matches are inside the snippet.
 */
import type { ArticleRecord } from "../published.ts";
import { foldWithOffsets, type FoldedText } from "./fold.ts";

export interface SearchField {
  text: string;
  headline: boolean;
}

/** The fields searched, headline first: kicker, title, subtitle, byline, paragraphs, captions and credits (a caption a paragraph repeats once). */
export function searchFields(r: Pick<ArticleRecord, "kicker" | "title" | "subtitle" | "byline" | "paragraphs" | "photos">): SearchField[] {
  const fields: SearchField[] = [];
  for (const text of [r.kicker, r.title, r.subtitle]) if (text) fields.push({ text, headline: true });
  if (r.byline) fields.push({ text: r.byline, headline: false });
  for (const text of r.paragraphs) fields.push({ text, headline: false });
  const paragraphs = new Set(r.paragraphs);
  for (const p of r.photos) {
    if (p.caption && !paragraphs.has(p.caption)) fields.push({ text: p.caption, headline: false });
    if (p.credit) fields.push({ text: p.credit, headline: false });
  }
  return fields;
}

export const SNIPPET_LENGTH = 100;
const SNIPPET_LEAD = 30;

export interface RecordMatch {
  /** How many terms the headline has. */
  headlineTerms: number;
  snippet: string;
  /** [start, end) of each match inside `snippet`, UTF-16 offsets, in order, not overlapping. */
  matches: [number, number][];
}

function occurrences(f: FoldedText, term: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = f.folded.indexOf(term); at >= 0; at = f.folded.indexOf(term, at + 1)) out.push([f.start[at]!, f.end[at + term.length - 1]!]);
  return out;
}

/** What `terms` (folded) find in the article, or null when one of them is not in it. */
export function matchRecord(r: Parameters<typeof searchFields>[0], terms: readonly string[]): RecordMatch | null {
  const fields = searchFields(r).map((field) => ({ field, folded: foldWithOffsets(field.text) }));
  const found = new Set<string>();
  const inHeadline = new Set<string>();
  let best: { text: string; hits: [number, number][]; terms: number; headline: boolean } | null = null;
  for (const { field, folded } of fields) {
    const hits: [number, number][] = [];
    let termsHere = 0;
    for (const term of terms) {
      const at = occurrences(folded, term);
      if (at.length === 0) continue;
      termsHere++;
      found.add(term);
      if (field.headline) inHeadline.add(term);
      hits.push(...at);
    }
    // The snippet: the body field with most terms (the first such), else the headline's.
    const better = best === null || (best.headline && !field.headline) || (best.headline === field.headline && termsHere > best.terms);
    if (termsHere > 0 && better) best = { text: field.text, hits, terms: termsHere, headline: field.headline };
  }
  if (found.size < terms.length || best === null) return null;
  const hits = best.hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const text = best.text;
  let begin = Math.max(0, hits[0]![0] - SNIPPET_LEAD);
  const end = Math.min(text.length, begin + SNIPPET_LENGTH);
  begin = Math.max(0, Math.min(begin, end - SNIPPET_LENGTH));
  // Never cut a surrogate pair.
  if (begin > 0 && /[\udc00-\udfff]/.test(text[begin]!)) begin--;
  const cutEnd = end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!) ? end - 1 : end;
  const prefix = begin > 0 ? "…" : "";
  const snippet = prefix + text.slice(begin, cutEnd) + (cutEnd < text.length ? "…" : "");
  const matches: [number, number][] = [];
  for (const [s, e] of hits) {
    if (s < begin || e > cutEnd) continue;
    const from = s - begin + prefix.length;
    const to = e - begin + prefix.length;
    const last = matches.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else matches.push([from, to]);
  }
  return { headlineTerms: inHeadline.size, snippet, matches };
}
