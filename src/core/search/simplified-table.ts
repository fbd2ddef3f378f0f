/**
 * The Traditional → Simplified character table as search folds it, from OpenCC's data
 * (opencc-js): TSCharacters, plus the Taiwan and Hong Kong variants whose standard form has
 * a Simplified one (裡 → 裏 → 里). A variant is not folded when its standard form is itself
 * Simplified text (著 stays 著: folding it into 着 would confuse two Simplified characters).
 *
 * The Worker carries the table as compact ASCII (simplified-map.ts, written by
 * `npm run simplified-map`): sorted by Traditional code point, each entry is the gap from the
 * previous Traditional character and the Traditional minus the Simplified code point, both
 * base 36. The bundler would escape the characters themselves as \uXXXX, twice the bytes.
 */

/** The table from OpenCC's dictionaries (`from to [to…]|…`): first Simplified form of each single character. */
export function simplifiedTable(characters: string, variants: readonly string[]): Map<number, number> {
  const pairs = (dictionary: string) =>
    dictionary.split("|").flatMap((entry) => {
      const [from, to] = entry.split(" ");
      return from && to && [...from].length === 1 && [...to].length === 1 ? [[from.codePointAt(0)!, to.codePointAt(0)!] as const] : [];
    });
  const table = new Map(pairs(characters));
  for (const v of variants) for (const [from, standard] of pairs(v)) if (!table.has(from) && table.has(standard)) table.set(from, table.get(standard)!);
  for (const [from, to] of table) if (from === to) table.delete(from);
  return table;
}

export function encodeTable(table: ReadonlyMap<number, number>): string {
  let last = 0;
  const out: string[] = [];
  for (const from of [...table.keys()].sort((a, b) => a - b)) {
    out.push(`${(from - last).toString(36)}.${(from - table.get(from)!).toString(36)}`);
    last = from;
  }
  return out.join(",");
}

export function decodeTable(encoded: string): Map<number, number> {
  const table = new Map<number, number>();
  let from = 0;
  for (const entry of encoded.split(",")) {
    const dot = entry.indexOf(".");
    from += parseInt(entry.slice(0, dot), 36);
    table.set(from, from - parseInt(entry.slice(dot + 1), 36));
  }
  return table;
}
