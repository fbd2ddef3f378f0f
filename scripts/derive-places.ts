/**
 * `npm run derive-places [-- --check]`: write src/core/parse/place-names.json, the names of China's
 * provinces, prefecture-level cities and counties the parser uses to tell a place's name that a
 * column cut (`…在唐山` / `市交通…`, `…公安局金凤` / `区分局…`) or that opens a report (`河北唐山讯 …`).
 * They come from china-area-data (the National Bureau of Statistics' division codes, MIT, pinned in
 * package.json), not from any page. `--check` only says whether the file is what the data gives.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readArgs } from "./args.ts";
import { writeDerived } from "./derived-file.ts";

const USAGE = `usage: npm run derive-places [-- --check]
  (no option)  write src/core/parse/place-names.json from china-area-data
  --check      exit 1 when place-names.json is not what the data gives
`;
const FILE = join(import.meta.dirname, "..", "src", "core", "parse", "place-names.json");

export interface PlaceNames {
  source: string;
  /** Full names, as the divisions' codes give them, run together with a space between: provinces, cities, counties. */
  provinces: string;
  cities: string;
  counties: string;
}

/** The names of each level from the data's code tree (`{"86": {code: name}, code: {code: name}, …}`). */
export function derivePlaceNames(tree: Record<string, Record<string, string>>): PlaceNames {
  const provinceCodes = Object.keys(tree["86"] ?? {});
  const names = (codes: string[]) => [...new Set(codes.map((c) => codeName(tree, c)).filter((n): n is string => n !== null && /^\p{Script=Han}+$/u.test(n) && n !== "市辖区"))].sort();
  const cityCodes = provinceCodes.flatMap((p) => Object.keys(tree[p] ?? {}));
  const countyCodes = cityCodes.flatMap((c) => Object.keys(tree[c] ?? {}));
  return {
    source: "china-area-data 5.0.1 (MIT; the National Bureau of Statistics' division codes of 2019-10-31): provinces, prefecture-level cities, counties",
    provinces: names(provinceCodes).join(" "),
    cities: names(cityCodes).join(" "),
    counties: names(countyCodes).join(" "),
  };
}

function codeName(tree: Record<string, Record<string, string>>, code: string): string | null {
  for (const level of Object.values(tree)) if (level[code] !== undefined) return level[code]!;
  return null;
}

export function placeData(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(createRequire(import.meta.url).resolve("china-area-data/v5/data.json"), "utf8"));
}

function main(argv: string[]): number {
  const args = readArgs(argv, { check: { type: "boolean" } }, USAGE);
  if (typeof args === "number") return args;
  return writeDerived(FILE, derivePlaceNames(placeData()), args.values.check === true, "npm run derive-places");
}

if (process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
