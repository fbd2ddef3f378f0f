/**
 * Cleaning a published article for output: every string stripped of the
 * characters XML 1.0 forbids, so each format can serialise it as it is.
 */
import type { Article, Person } from "../core/model.ts";
import { cleanText } from "./escape.ts";

function cleanPerson(p: Person): Person {
  return { role: p.role === null ? null : cleanText(p.role), name: cleanText(p.name) };
}

const cleanOrNull = (s: string | null): string | null => (s === null ? null : cleanText(s));

/** A copy of the article's fields with every string stripped of characters XML 1.0 forbids. */
export function cleanArticle(a: Article): Article {
  return {
    kind: a.kind,
    kicker: cleanOrNull(a.kicker),
    title: cleanOrNull(a.title),
    subtitle: cleanOrNull(a.subtitle),
    byline: cleanOrNull(a.byline),
    dateline: a.dateline && {
      agency: cleanOrNull(a.dateline.agency),
      place: cleanOrNull(a.dateline.place),
      date: cleanText(a.dateline.date),
    },
    authors: a.authors.map(cleanPerson),
    paragraphs: a.paragraphs.map(cleanText),
    photos: a.photos.map((p) => ({ caption: cleanText(p.caption), credit: cleanText(p.credit), photographers: p.photographers.map(cleanPerson), ...(p.image ? { image: { ...p.image } } : {}) })),
    lines: { start: a.lines.start, end: a.lines.end },
  };
}
