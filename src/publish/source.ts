/**
 * The seeds manifest (seeds/manifest.json): which paper, which days, which
 * page files. Checked strictly, and every error names the manifest file and
 * the line of the offending entry, so a typo stops the build before anything
 * is read or published.
 */
import type { PaperInfo } from "./layout.ts";
import { isIsoDate } from "./cursor.ts";

export interface SourcePage {
  date: string;
  page: number;
  file: string;
  /** Line of this entry in the manifest, for messages about it. */
  line: number;
}

export interface SourceManifest {
  paper: PaperInfo;
  pages: SourcePage[];
}

export class ManifestError extends Error {
  override name = "ManifestError";
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the first occurrence of `needle` at or after `from` (JSON-encoded string values), or `fallback`. */
function lineOf(text: string, needle: string, from: number, fallback: number): { line: number; index: number } {
  const index = text.indexOf(needle, from);
  return index < 0 ? { line: fallback, index: from } : { line: lineAt(text, index), index };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

export function readSourceManifest(file: string, text: string): SourceManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    throw new ManifestError(file, m ? lineAt(text, Number(m[1])) : 1, `not valid JSON: ${(e as Error).message}`);
  }
  const fail = (line: number, message: string): never => {
    throw new ManifestError(file, line, message);
  };
  if (!isObject(data)) return fail(1, "expected an object with \"paper\" and \"editions\"");
  const paper = data.paper;
  const paperLine = lineOf(text, '"paper"', 0, 1).line;
  if (!isObject(paper)) return fail(paperLine, "\"paper\" must be an object");
  for (const field of ["name", "nameEn", "language", "utcOffset"] as const) {
    if (typeof paper[field] !== "string" || paper[field] === "") fail(paperLine, `"paper.${field}" must be a non-empty string`);
  }
  if (!/^[+-]\d{2}:\d{2}$/.test(paper.utcOffset as string)) fail(paperLine, "\"paper.utcOffset\" must look like +08:00");
  if (!Array.isArray(data.editions)) return fail(lineOf(text, '"editions"', 0, 1).line, "\"editions\" must be an array");

  const pages: SourcePage[] = [];
  const dates = new Set<string>();
  const files = new Set<string>();
  let cursor = lineOf(text, '"editions"', 0, 1).index;
  data.editions.forEach((edition: unknown, e: number) => {
    if (!isObject(edition)) fail(lineAt(text, cursor), `editions[${e}] must be an object`);
    const ed = edition as Record<string, unknown>;
    const at = typeof ed.date === "string" ? lineOf(text, JSON.stringify(ed.date), cursor, lineAt(text, cursor)) : { line: lineAt(text, cursor), index: cursor };
    cursor = at.index;
    if (typeof ed.date !== "string" || !isIsoDate(ed.date)) fail(at.line, `editions[${e}].date must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(ed.date)}`);
    const date = ed.date as string;
    if (dates.has(date)) fail(at.line, `edition ${date} is listed twice`);
    dates.add(date);
    if (!Array.isArray(ed.pages) || ed.pages.length === 0) fail(at.line, `editions[${e}].pages must be a non-empty array`);
    const numbers = new Set<number>();
    (ed.pages as unknown[]).forEach((p: unknown, i: number) => {
      const where = `editions[${e}].pages[${i}]`;
      if (!isObject(p)) fail(lineAt(text, cursor), `${where} must be an object with "page" and "file"`);
      const pg = p as Record<string, unknown>;
      const pAt = typeof pg.file === "string" ? lineOf(text, JSON.stringify(pg.file), cursor, lineAt(text, cursor)) : { line: lineAt(text, cursor), index: cursor };
      cursor = pAt.index;
      if (typeof pg.page !== "number" || !Number.isInteger(pg.page) || pg.page < 1 || pg.page > 999) fail(pAt.line, `${where}.page must be an integer from 1 to 999, got ${JSON.stringify(pg.page)}`);
      if (numbers.has(pg.page as number)) fail(pAt.line, `page ${String(pg.page)} of ${date} is listed twice`);
      numbers.add(pg.page as number);
      const name = pg.file;
      if (typeof name !== "string" || name === "") return fail(pAt.line, `${where}.file must be a file name`);
      if (name.startsWith("/") || name.includes("\\") || name.split("/").some((s) => s === ".." || s === "." || s === "")) fail(pAt.line, `${where}.file must be a relative path inside the seeds folder, got ${JSON.stringify(name)}`);
      if (files.has(name)) fail(pAt.line, `${name} is listed twice`);
      files.add(name);
      pages.push({ date, page: pg.page as number, file: name, line: pAt.line });
    });
  });
  return { paper: paper as unknown as PaperInfo, pages };
}
