/**
 * China's provinces, prefecture-level cities and counties by name (place-names.json, from the
 * National Bureau of Statistics' division codes: knowledge of the country, not of any page), and
 * the two questions the parser asks of them: is this a place's name, and does a place's name run
 * across a column's break.
 */
import data from "./place-names.json" with { type: "json" };
import { anyOf, AUTONOMOUS_DIVISIONS, DIVISION_ENDINGS, PEOPLES } from "../vocabulary.ts";

/** What a division's name ends with, its kind: 省, 市, 自治区 (the peoples it is named for before it), 自治州, 地区, 盟, 县, 区, 旗…. */
const DIVISION_ENDING = new RegExp(`(?:(?:(?:${anyOf(PEOPLES)})族)*(?:${anyOf(AUTONOMOUS_DIVISIONS)})|${anyOf(DIVISION_ENDINGS)})$`, "u");

/** The first characters a division's kind opens with (市, 区, 自治州's 自, 回族自治州's 回…). */
const ENDING_STARTS: ReadonlySet<string> = new Set([...DIVISION_ENDINGS, ...AUTONOMOUS_DIVISIONS, ...PEOPLES].map((w) => w.charAt(0)));

export type PlaceLevel = "province" | "city" | "county";

/** Every full name and every short one (its kind's ending left off, two characters or more), with the highest level it names. */
const NAMES: ReadonlyMap<string, PlaceLevel> = (() => {
  const out = new Map<string, PlaceLevel>();
  for (const [level, run] of [["county", data.counties], ["city", data.cities], ["province", data.provinces]] as const) {
    for (const full of run.split(" ")) {
      out.set(full, level);
      const short = full.replace(DIVISION_ENDING, "");
      if (short !== full && [...short].length >= 2) out.set(short, level);
    }
  }
  return out;
})();

/** Full names only: a place's name cut across a break is finished by its ending on the next line. */
const FULL_NAMES: ReadonlySet<string> = new Set([data.provinces, data.cities, data.counties].flatMap((run) => run.split(" ")));

/** The level of the place a word names, full (唐山市) or short (唐山), or null for none. */
export function placeLevel(word: string): PlaceLevel | null {
  return NAMES.get(word) ?? null;
}

/**
 * Does a place's full name run across the break: the line's last characters and the next line's first make it, and the
 * line does not end on that whole name already (`…在唐山` / `市交通…` reads 唐山市; `…公安局金凤` / `区分局…` reads 金凤区)?
 * Only the name's kind of division may open the next line: a name is never cut inside its own stem.
 */
export function placeAcross(line: string, next: string): string | null {
  // (Most lines open on no division's kind: a cheap test first, as the parser asks this of every break.)
  if (!ENDING_STARTS.has(next.trimStart().charAt(0))) return null;
  const tail = [...line.trimEnd()];
  const head = [...next.trimStart()];
  for (let k = Math.min(4, tail.length); k >= 2; k--) {
    const stem = tail.slice(-k).join("");
    if (!/^\p{Script=Han}+$/u.test(stem)) continue;
    for (let j = 1; j <= Math.min(5, head.length); j++) {
      const name = stem + head.slice(0, j).join("");
      if (FULL_NAMES.has(name) && DIVISION_ENDING.exec(name)?.[0] === head.slice(0, j).join("")) return name;
    }
  }
  return null;
}
