/**
 * Annotated page sets on disk, in any of the three layouts they come in:
 * one folder per case (`<case>/page.txt` + `gold.json`), `pages/NN.txt` + `gold/NN.json`,
 * or `NN.txt` + `NN.json` side by side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { GoldPage } from "./gold.ts";

/** Every annotated set under test/fixtures, in the order reports list them (`gold` is the seed's). */
export const ANNOTATED_SETS = ["gold", "devset", "variants", "blind", "blind2", "blind3", "blind4", "blind5", "real-a", "real-b", "real-c", "real-d", "real-e", "real-f", "real-g", "real-h", "real-i", "real-j", "real-k", "real-l", "real-m", "real-n", "real-o", "real-p", "real-q", "real-r", "real-s", "real-t", "real-u", "real-v", "real-w", "real-x", "real-y", "real-z", "real-za", "real-zb", "real-zc", "real-zd", "real-ze", "real-zf", "real-zg", "real-zh", "real-zi", "real-zj", "real-zk", "real-zl", "real-zm", "real-zn", "real-zo", "real-zp", "real-zq", "real-zr", "real-zs", "real-zt", "real-zu", "real-zv", "real-zw", "real-zx", "real-zy", "real-zz", "real-zza", "real-zzb", "real-zzc", "real-zzd", "real-zze", "real-zzf"] as const;

/**
 * The page with every run of blank lines made one. Pages taken from a PDF's text often print no
 * wider space between stories than between paragraphs; reading a set so measures the parser
 * without that cue. (Line numbers change; no scored field carries one.)
 */
export function evenlySpaced(page: string): string {
  return page.replace(/\n(?:[ \t\u3000]*\n){2,}/gu, "\n\n");
}

export interface AnnotatedPage {
  /** `set/case`, for reports. */
  name: string;
  pagePath: string;
  page: string;
  gold: GoldPage & { furniture?: Array<{ line: number; text: string }> };
}

export function readSet(dir: string): AnnotatedPage[] {
  const set = basename(dir);
  const read = (name: string, pagePath: string, goldPath: string): AnnotatedPage => ({
    name: `${set}/${name}`,
    pagePath,
    page: readFileSync(pagePath, "utf8"),
    gold: JSON.parse(readFileSync(goldPath, "utf8")) as AnnotatedPage["gold"],
  });
  if (existsSync(join(dir, "pages")) && existsSync(join(dir, "gold"))) {
    return readdirSync(join(dir, "pages"))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => read(f.replace(/\.txt$/, ""), join(dir, "pages", f), join(dir, "gold", f.replace(/\.txt$/, ".json"))));
  }
  const entries = readdirSync(dir).sort();
  const cases = entries.filter((e) => statSync(join(dir, e)).isDirectory() && existsSync(join(dir, e, "page.txt")) && existsSync(join(dir, e, "gold.json")));
  if (cases.length > 0) return cases.map((c) => read(c, join(dir, c, "page.txt"), join(dir, c, "gold.json")));
  return entries
    .filter((f) => f.endsWith(".txt") && existsSync(join(dir, f.replace(/\.txt$/, ".json"))))
    .map((f) => read(f.replace(/\.txt$/, ""), join(dir, f), join(dir, f.replace(/\.txt$/, ".json"))));
}
