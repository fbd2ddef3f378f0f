/**
 * A page's printed lines, each read once for what it is on its own: a lead,
 * a byline line, a credit, or text (a caption that ends with its credit
 * becomes two units). Context decides the rest.
 */
import { readBylineLine, readLead, type Byline, type Lead } from "./byline.ts";
import { readCredit, splitTrailingCredit, type Credit } from "./credit.ts";
import { splitLines } from "./text.ts";

interface UnitBase {
  text: string;
  line: number;
  afterGap: boolean;
}

export type Unit =
  | (UnitBase & { kind: "text"; listItem: boolean; captionOf: boolean })
  | (UnitBase & { kind: "lead"; lead: Lead })
  | (UnitBase & { kind: "byline"; byline: Byline })
  | (UnitBase & { kind: "credit"; credit: Credit });

export function readUnits(page: string): Unit[] {
  const units: Unit[] = [];
  for (const { text, line, afterGap } of splitLines(page)) {
    const credit = readCredit(text);
    if (credit) {
      units.push({ kind: "credit", text, line, afterGap, credit });
      continue;
    }
    const lead = readLead(text);
    if (lead) {
      units.push({ kind: "lead", text, line, afterGap, lead });
      continue;
    }
    const byline = readBylineLine(text);
    if (byline) {
      units.push({ kind: "byline", text, line, afterGap, byline });
      continue;
    }
    const captioned = splitTrailingCredit(text);
    if (captioned) {
      units.push({ kind: "text", text: captioned.caption, line, afterGap, listItem: false, captionOf: true });
      units.push({ kind: "credit", text: captioned.credit.credit, line, afterGap: false, credit: captioned.credit });
      continue;
    }
    units.push({ kind: "text", text, line, afterGap, listItem: false, captionOf: false });
  }
  markLists(units);
  return units;
}

/** Shortest run of parallel lines read as a list. */
const MIN_LIST = 3;
const MAX_ITEM = 40;
/** Characters that parallel items share at their start or end (`…为副秘书长`). */
const MIN_AFFIX = 3;

/**
 * Parallel short lines with no closing punctuation (`王某为副秘书长` ×8) are
 * list items, each complete: a column break never joins them.
 */
function markLists(units: Unit[]): void {
  let start = 0;
  while (start < units.length) {
    let end = start;
    let texts: string[] = [];
    while (end < units.length && isItemShaped(units[end]!)) {
      const next = [...texts, units[end]!.text];
      if (next.length >= 2 && sharedAffix(next) < MIN_AFFIX) break;
      texts = next;
      end++;
    }
    if (end - start >= MIN_LIST) {
      for (let i = start; i < end; i++) {
        const u = units[i]!;
        if (u.kind === "text") u.listItem = true;
      }
      start = end;
    } else {
      start++;
    }
  }
}

function isItemShaped(u: Unit): boolean {
  return u.kind === "text" && !u.captionOf && u.text.length <= MAX_ITEM && !/[。！？；]/u.test(u.text);
}

function sharedAffix(texts: string[]): number {
  const first = texts[0]!;
  let prefix = first.length;
  let suffix = first.length;
  for (const t of texts.slice(1)) {
    let p = 0;
    while (p < prefix && p < t.length && t[p] === first[p]) p++;
    prefix = p;
    let s = 0;
    while (s < suffix && s < t.length && t[t.length - 1 - s] === first[first.length - 1 - s]) s++;
    suffix = s;
  }
  return Math.max(prefix, suffix);
}
