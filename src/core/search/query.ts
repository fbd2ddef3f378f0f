/**
 * A search query as a reader types it: terms separated by spaces (or punctuation), every
 * term required, in any order; a phrase in ASCII or curly double quotes is one term, so its
 * words must be adjacent (spaces and punctuation between them do not count). Terms are
 * folded like the index (fold.ts): `楓橋` finds `枫桥`.
 */
import { foldChar } from "./fold.ts";

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;

export type ParsedQuery = { ok: true; terms: string[] } | { ok: false; message: string };

const OPEN = new Set(['"', "“", "”", "＂"]);

export function parseSearchQuery(q: string): ParsedQuery {
  if (q.length > MAX_QUERY_LENGTH) return { ok: false, message: `q is longer than ${MAX_QUERY_LENGTH} characters` };
  const terms: string[] = [];
  let current = "";
  let quoted = false;
  const end = () => {
    if (current !== "" && !terms.includes(current)) terms.push(current);
    current = "";
  };
  for (const ch of q) {
    if (OPEN.has(ch)) {
      end();
      quoted = !quoted;
      continue;
    }
    const folded = foldChar(ch.codePointAt(0)!);
    // Outside quotes, a space or a punctuation mark ends a term; inside, they are skipped.
    if (folded === "" && !quoted) end();
    else current += folded;
  }
  end();
  if (terms.length === 0) return { ok: false, message: q.trim() === "" ? "q is empty: give the words to search for" : "q has no letters or digits to search for" };
  if (terms.length > MAX_TERMS) return { ok: false, message: `q has ${terms.length} terms; at most ${MAX_TERMS} are searched together` };
  // A term inside another adds nothing: every article with the longer one has it.
  return { ok: true, terms: terms.filter((t) => !terms.some((u) => u !== t && u.includes(t))) };
}
