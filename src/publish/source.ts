/**
 * The seeds manifest (seeds/manifest.json): which paper, which days, which
 * page files. Checked strictly, and every error names the manifest file and
 * the line of the offending entry, so a typo stops the build before anything
 * is read or published.
 */
import type { PaperInfo } from "./layout.ts";
import { ENCODINGS, type Encoding } from "./decode.ts";
import { isIsoDate, parseUtcOffset } from "./values.ts";

export interface SourcePage {
  date: string;
  /** When the edition appeared, local time "HH:MM", if the manifest says; feeds default to 06:00. */
  time?: string;
  page: number;
  file: string;
  /** The page's printed name (要闻, 经济, 农业农村), if the manifest gives one: evidence for sections. */
  name?: string;
  /** The page file's encoding, when the manifest names it instead of leaving it to detection. */
  encoding?: Encoding;
  /** Pictures printed on the page, each tied to a photo by a line of its caption or credit. */
  images?: SourceImage[];
  /** Line of this entry in the manifest, for messages about it. */
  line: number;
}

/** `{"file": "2023-11-07-01-a.jpg", "line": 146}`: a picture file and a line of its photo's caption or credit. */
export interface SourceImage {
  file: string;
  line: number;
  /** Line of this image's entry in the manifest. */
  at: number;
}

/** Longest printed page name the manifest may give (要闻·综合新闻 is eight). */
const MAX_PAGE_NAME = 24;

export interface SourceManifest {
  paper: PaperInfo;
  pages: SourcePage[];
}

/** The candidate nearest to `word` by edit distance, if it is near enough to be a typo (≤ 2 edits). */
export function nearest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** A mistake in a file the editor writes, at a line: `seeds/manifest.json:12: …`. */
export class FileLineError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

export class ManifestError extends FileLineError {
  override name = "ManifestError";
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Line of every value in a (valid) JSON text, by path ("editions.0.pages.1.file"),
 * so errors can point at the entry they are about.
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === "\n") line++;
      i++;
    }
  };
  const string = (): string => {
    const from = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = text[i];
    const child = (k: string) => (path ? `${path}.${k}` : k);
    if (c === "{") {
      i++;
      skip();
      while (text[i] !== "}" && i < text.length) {
        skip();
        const key = string();
        skip();
        i++; // :
        value(child(key));
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === "[") {
      i++;
      skip();
      for (let n = 0; text[i] !== "]" && i < text.length; n++) {
        value(child(String(n)));
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value("");
  return lines;
}

/** Where JSON.parse stopped: V8 gives "at position N", or the token with up to 10 characters of context either side. */
function syntaxErrorPosition(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const token = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (token) {
    const context = token[3]!;
    const index = text.indexOf(context);
    if (index >= 0) return token[2] ? index + 10 : index + Math.max(0, context.indexOf(token[1]!));
  }
  return 0;
}

/** A relative path that stays inside the folder it is read from: no `/…`, `..`, `.`, empty parts or backslashes. */
const isInsidePath = (name: string): boolean => name !== "" && !name.startsWith("/") && !name.includes("\\") && !name.split("/").some((s) => s === ".." || s === "." || s === "");

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

export function readSourceManifest(file: string, raw: string): SourceManifest {
  // Editors on Windows save JSON with a byte-order mark; it is no part of the JSON.
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = String((e as Error).message);
    throw new ManifestError(file, lineAt(text, syntaxErrorPosition(text, message)), `not valid JSON: ${message.split("\n")[0]}`);
  }
  const lines = jsonLines(text);
  /** Line of the deepest value along `path` that exists. */
  const at = (path: string): number => {
    for (let p = path; p !== ""; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
      const l = lines.get(p);
      if (l !== undefined) return l;
    }
    return 1;
  };
  const fail = (path: string, message: string): never => {
    throw new ManifestError(file, at(path), message);
  };
  if (!isObject(data)) return fail("", "expected an object with \"paper\" and \"editions\"");
  // A misspelt key (`"tiem"`) would otherwise be ignored without a word.
  const knownKeys = (value: Record<string, unknown>, known: readonly string[], path: string, where: string): void => {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const near = nearest(key, known);
      fail(path === "" ? key : `${path}.${key}`, `unknown key "${key}" in ${where}${near ? ` (did you mean "${near}"?)` : ""}; known keys: ${known.join(", ")}`);
    }
  };
  knownKeys(data, ["paper", "editions"], "", "the manifest");
  const paper = data.paper;
  if (!isObject(paper)) return fail("paper", "\"paper\" must be an object");
  knownKeys(paper, ["name", "nameEn", "language", "utcOffset"], "paper", "\"paper\"");
  for (const field of ["name", "nameEn", "language", "utcOffset"] as const) {
    if (typeof paper[field] !== "string" || paper[field] === "") fail(`paper.${field}`, `"paper.${field}" must be a non-empty string`);
  }
  try {
    parseUtcOffset(paper.utcOffset as string);
  } catch {
    fail("paper.utcOffset", `"paper.utcOffset" must look like +08:00, from -14:00 to +14:00, got ${JSON.stringify(paper.utcOffset)}`);
  }
  if (!Array.isArray(data.editions)) return fail("editions", "\"editions\" must be an array");

  const pages: SourcePage[] = [];
  const dates = new Set<string>();
  const files = new Set<string>();
  data.editions.forEach((edition: unknown, e: number) => {
    const ep = `editions.${e}`;
    if (!isObject(edition)) fail(ep, `editions[${e}] must be an object`);
    const ed = edition as Record<string, unknown>;
    knownKeys(ed, ["date", "time", "pages"], ep, `editions[${e}]`);
    if (typeof ed.date !== "string" || !isIsoDate(ed.date)) fail(`${ep}.date`, `editions[${e}].date must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(ed.date)}`);
    const date = ed.date as string;
    if (dates.has(date)) fail(`${ep}.date`, `edition ${date} is listed twice`);
    dates.add(date);
    if (ed.time !== undefined && (typeof ed.time !== "string" || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(ed.time))) {
      fail(`${ep}.time`, `editions[${e}].time must be a local time "HH:MM", got ${JSON.stringify(ed.time)}`);
    }
    const time = ed.time as string | undefined;
    if (!Array.isArray(ed.pages) || ed.pages.length === 0) fail(`${ep}.date`, `editions[${e}].pages must be a non-empty array`);
    const numbers = new Set<number>();
    (ed.pages as unknown[]).forEach((p: unknown, i: number) => {
      const pp = `${ep}.pages.${i}`;
      const where = `editions[${e}].pages[${i}]`;
      if (!isObject(p)) fail(pp, `${where} must be an object with "page" and "file"`);
      const pg = p as Record<string, unknown>;
      knownKeys(pg, ["page", "file", "name", "encoding", "images"], pp, where);
      if (typeof pg.page !== "number" || !Number.isInteger(pg.page) || pg.page < 1 || pg.page > 999) fail(`${pp}.page`, `${where}.page must be an integer from 1 to 999, got ${JSON.stringify(pg.page)}`);
      if (numbers.has(pg.page as number)) fail(`${pp}.page`, `page ${String(pg.page)} of ${date} is listed twice`);
      numbers.add(pg.page as number);
      const name = pg.file;
      if (typeof name !== "string" || name === "") return fail(`${pp}.file`, `${where}.file must be a file name`);
      if (!isInsidePath(name)) fail(`${pp}.file`, `${where}.file must be a relative path inside the seeds folder, got ${JSON.stringify(name)}`);
      if (files.has(name)) fail(`${pp}.file`, `${name} is listed twice`);
      files.add(name);
      const images: SourceImage[] = [];
      if (pg.images !== undefined) {
        if (!Array.isArray(pg.images)) fail(`${pp}.images`, `${where}.images must be an array of {"file", "line"}`);
        (pg.images as unknown[]).forEach((img: unknown, k: number) => {
          const ip = `${pp}.images.${k}`;
          const iw = `${where}.images[${k}]`;
          if (!isObject(img)) return fail(ip, `${iw} must be an object with "file" and "line"`);
          knownKeys(img, ["file", "line"], ip, iw);
          if (typeof img.file !== "string" || !isInsidePath(img.file)) fail(`${ip}.file`, `${iw}.file must be a relative path inside the seeds folder, got ${JSON.stringify(img.file)}`);
          if (typeof img.line !== "number" || !Number.isInteger(img.line) || img.line < 1) fail(`${ip}.line`, `${iw}.line must be a line of the page (from 1), got ${JSON.stringify(img.line)}`);
          if (files.has(img.file as string)) fail(`${ip}.file`, `${img.file as string} is listed twice`);
          files.add(img.file as string);
          images.push({ file: img.file as string, line: img.line as number, at: at(ip) });
        });
      }
      const printed = pg.name;
      if (printed !== undefined && (typeof printed !== "string" || printed.trim() === "" || printed.length > MAX_PAGE_NAME || /[\u0000-\u001f\u007f]/.test(printed))) {
        fail(`${pp}.name`, `${where}.name must be the page's printed name, 1 to ${MAX_PAGE_NAME} characters, got ${JSON.stringify(printed)}`);
      }
      const encoding = pg.encoding;
      if (encoding !== undefined && !(ENCODINGS as readonly unknown[]).includes(encoding)) {
        fail(`${pp}.encoding`, `${where}.encoding must be one of ${ENCODINGS.join(", ")}, got ${JSON.stringify(encoding)}`);
      }
      pages.push({
        date,
        ...(time === undefined ? {} : { time }),
        page: pg.page as number,
        file: name,
        ...(printed === undefined ? {} : { name: (printed as string).trim() }),
        ...(encoding === undefined ? {} : { encoding: encoding as Encoding }),
        ...(images.length === 0 ? {} : { images }),
        line: at(pp),
      });
    });
  });
  return { paper: paper as unknown as PaperInfo, pages };
}
