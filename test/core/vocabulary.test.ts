/**
 * One vocabulary: the word lists parse and classify share live in src/core/vocabulary.ts,
 * and no other core file types three or more words of one of them again, whether as a
 * regular-expression alternation (强调|指出|要求) or as an array ("记者", "通讯员", …).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as vocabulary from "../../src/core/vocabulary.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const CORE = join(ROOT, "src", "core");
const OWN = join(CORE, "vocabulary.ts");
/** The classifier's weighted topics score words; they are data of their own, not a recogniser's list. */
const LEXICON = join(CORE, "classify", "lexicon.ts");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const LISTS: [string, readonly string[]][] = Object.entries(vocabulary).flatMap(([name, value]): [string, readonly string[]][] =>
  Array.isArray(value) ? [[name, value as readonly string[]]] : [],
);

/** Runs of words written one after another in source: `a|b|c` or `"a", "b", "c"`. */
export function typedRuns(source: string): string[][] {
  const runs: string[][] = [];
  for (const m of source.matchAll(/(?:[^\s|()?:[\]"'`/]+\|){2,}[^\s|()?:[\]"'`/]+/gu)) runs.push(m[0].split("|"));
  for (const m of source.matchAll(/(?:"[^"\n]{1,12}",\s*){2,}"[^"\n]{1,12}"/gu)) runs.push([...m[0].matchAll(/"([^"]*)"/gu)].map((x) => x[1]!));
  return runs;
}

/** The lists of which a run repeats three or more words. */
function repeats(run: readonly string[]): string[] {
  return LISTS.filter(([, list]) => run.filter((w) => list.includes(w)).length >= 3).map(([name]) => name);
}

describe("the shared vocabulary", () => {
  it("holds the lists parse and classify read", () => {
    for (const name of ["BYLINE_ROLES", "HOUSE_AGENCIES", "LEADER_TITLES", "SPEECH_VERBS", "NOTICE_ENDINGS", "DECORATIVE_GLYPHS", "FULL_DATE"]) {
      expect(vocabulary).toHaveProperty(name);
    }
    expect(LISTS.length).toBeGreaterThan(15);
  });

  it("finds a list typed again, so the check below can fail", () => {
    expect(repeats(typedRuns("const X = /(?:强调|指出|要求)$/u;")[0]!)).toContain("SPEECH_VERBS");
    expect(repeats(typedRuns('const R = ["记者", "通讯员", "编辑"];')[0]!)).toContain("BYLINE_ROLES");
    expect(typedRuns("const Y = /(?:甲|乙)/u;").flatMap(repeats)).toEqual([]);
  });

  it("is not typed twice anywhere else in the core", () => {
    const offenders: string[] = [];
    for (const file of files(CORE)) {
      if (file === OWN || file === LEXICON) continue;
      for (const run of typedRuns(readFileSync(file, "utf8"))) {
        for (const name of repeats(run)) offenders.push(`${relative(ROOT, file)}: ${run.join("|")} repeats ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("builds alternations that match longest first", () => {
    const roles = new RegExp(`^(?:${vocabulary.anyOf(vocabulary.BYLINE_ROLES)})`, "u");
    expect(roles.exec("全媒体记者 张三")?.[0]).toBe("全媒体记者");
    expect(new RegExp(`^(?:${vocabulary.anyOf(["文", "文/图"])})$`, "u").test("文/图")).toBe(true);
  });
});
