/**
 * seeds/corrections.json: an editor's corrections of the parser's cut, applied on every build
 * after parsing and before classifying and publishing. Each names a page file and a line of it
 * and does one thing there:
 *
 *   {"file": F, "line": N, "startsArticle": true}       a new article starts at line N
 *   {"file": F, "line": N, "joinsPrevious": true}       the article at N continues the one before
 *   {"file": F, "line": N, "role": "title"}             line N is a kicker, title, subtitle, byline,
 *                                                       paragraph, caption, credit or furniture
 *   {"file": F, "line": N, "section": "economy"}        the article containing N is in that section
 *   {"file": F, "line": N, "retract": true, "reason": "…"}   the article containing N is withdrawn
 *
 * `fingerprint` (what `npm run correct` writes) ties a correction to its line's text: when the
 * page changes under it, the correction stops applying, with a warning (an error with --strict).
 * Every mistake in the file is an error naming its line: `seeds/corrections.json:LINE: …`.
 */
import { SECTIONS } from "../core/sections.ts";
import { CORRECTED_ROLES, type CorrectedRole, type LineCorrection } from "../core/parse/trace.ts";
import { fnv1a } from "./hash.ts";
import { ARTICLE_ID_PATTERN } from "./ids.ts";
import { FileLineError, jsonLines, nearest } from "./source.ts";

export type CorrectionAction =
  | { kind: "startsArticle" }
  | { kind: "joinsPrevious" }
  | { kind: "role"; role: CorrectedRole }
  | { kind: "section"; section: string }
  | { kind: "retract"; reason: string };

export interface Correction {
  file: string;
  line: number;
  fingerprint: string | null;
  /**
   * The id the article at the line had when the correction was made (`npm run correct` records
   * it): a role correction that changes the title keeps it; a join answers it with a redirect to
   * the article it was joined into.
   */
  id: string | null;
  action: CorrectionAction;
  /** Line of this correction in corrections.json, for messages about it. */
  at: number;
}

export class CorrectionsError extends FileLineError {
  override name = "CorrectionsError";
}

/** A line's fingerprint: its text with white space removed, hashed (short; it only has to notice a change). */
export function lineFingerprint(text: string): string {
  return fnv1a(text.replace(/\s+/gu, ""));
}

const ACTIONS = ["startsArticle", "joinsPrevious", "role", "section", "retract"] as const;
const KEYS = ["file", "line", "fingerprint", "id", ...ACTIONS, "reason"] as const;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Reads and checks corrections.json against the manifest's page files. Throws a
 * CorrectionsError naming the line of the first mistake: JSON, shape, an unknown key, a page
 * the manifest does not list, a line below 1, an unknown role or section, a retraction without
 * a reason, or two corrections of one line that conflict.
 */
export function readCorrections(file: string, raw: string, pages: ReadonlySet<string>): Correction[] {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /at position (\d+)/.exec(String((e as Error).message));
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : 1;
    throw new CorrectionsError(file, line, `not valid JSON: ${String((e as Error).message).split("\n")[0]}`);
  }
  const lines = jsonLines(text);
  const at = (path: string) => lines.get(path) ?? 1;
  const fail = (path: string, message: string): never => {
    throw new CorrectionsError(file, at(path), message);
  };
  if (!isObject(data) || !Array.isArray(data.corrections)) return fail("", 'expected {"corrections": [ … ]}');
  for (const key of Object.keys(data)) if (key !== "corrections") fail(key, `unknown key "${key}"; the file holds only "corrections"`);
  const out: Correction[] = [];
  (data.corrections as unknown[]).forEach((c, i) => {
    const path = `corrections.${i}`;
    const where = `corrections[${i}]`;
    if (!isObject(c)) return fail(path, `${where} must be an object with "file", "line" and one action`);
    for (const key of Object.keys(c)) {
      if ((KEYS as readonly string[]).includes(key)) continue;
      const near = nearest(key, KEYS);
      fail(`${path}.${key}`, `unknown key "${key}" in ${where}${near ? ` (did you mean "${near}"?)` : ""}; known keys: ${KEYS.join(", ")}`);
    }
    if (typeof c.file !== "string" || !pages.has(c.file)) {
      const near = typeof c.file === "string" ? nearest(c.file, [...pages]) : null;
      fail(`${path}.file`, `${where}.file must be a page file the manifest lists, got ${JSON.stringify(c.file)}${near ? ` (did you mean "${near}"?)` : ""}`);
    }
    if (typeof c.line !== "number" || !Number.isInteger(c.line) || c.line < 1) fail(`${path}.line`, `${where}.line must be a line of the page (from 1), got ${JSON.stringify(c.line)}`);
    if (c.fingerprint !== undefined && (typeof c.fingerprint !== "string" || !/^[0-9a-z]{1,16}$/.test(c.fingerprint))) {
      fail(`${path}.fingerprint`, `${where}.fingerprint must be what \`npm run correct\` or the review shows for the line, got ${JSON.stringify(c.fingerprint)}`);
    }
    if (c.id !== undefined && (typeof c.id !== "string" || !ARTICLE_ID_PATTERN.test(c.id))) fail(`${path}.id`, `${where}.id must be an article id (20231107-1-k3m9x2qa), got ${JSON.stringify(c.id)}`);
    const actions = ACTIONS.filter((a) => c[a] !== undefined);
    if (actions.length !== 1) fail(path, `${where} must have exactly one action of ${ACTIONS.join(", ")}; it has ${actions.length === 0 ? "none" : actions.join(", ")}`);
    const kind = actions[0]!;
    let action: CorrectionAction;
    if (kind === "role") {
      if (!(CORRECTED_ROLES as readonly unknown[]).includes(c.role)) fail(`${path}.role`, `${where}.role must be one of ${CORRECTED_ROLES.join(", ")}, got ${JSON.stringify(c.role)}`);
      action = { kind, role: c.role as CorrectedRole };
    } else if (kind === "section") {
      const slugs = SECTIONS.map((s) => s.slug);
      if (typeof c.section !== "string" || !slugs.includes(c.section)) fail(`${path}.section`, `${where}.section must be one of ${slugs.join(", ")}, got ${JSON.stringify(c.section)}`);
      action = { kind, section: c.section as string };
    } else if (kind === "retract") {
      if (c.retract !== true) fail(`${path}.retract`, `${where}.retract must be true`);
      if (typeof c.reason !== "string" || c.reason.trim() === "") fail(path, `${where} retracts an article: say why in "reason" (readers see it)`);
      action = { kind, reason: (c.reason as string).trim() };
    } else {
      if (c[kind] !== true) fail(`${path}.${kind}`, `${where}.${kind} must be true`);
      action = { kind };
    }
    if (kind !== "retract" && c.reason !== undefined) fail(`${path}.reason`, `${where}.reason goes with "retract" only`);
    if (c.id !== undefined && kind !== "role" && kind !== "joinsPrevious") fail(`${path}.id`, `${where}.id goes with "role" (the id the retitled article keeps) or "joinsPrevious" (the id that redirects) only`);
    const correction: Correction = { file: c.file as string, line: c.line as number, fingerprint: (c.fingerprint as string | undefined) ?? null, id: (c.id as string | undefined) ?? null, action, at: at(path) };
    const clash = out.find((o) => o.file === correction.file && o.line === correction.line && conflict(o.action, action));
    if (clash) fail(path, `${where} conflicts with the correction at line ${clash.at}: both ${describeAction(clash.action)} and ${describeAction(action)} for ${correction.file}:${correction.line}`);
    out.push(correction);
  });
  return out;
}

/** Two corrections of one line conflict when they do the same kind of thing, or start and join an article there. */
function conflict(a: CorrectionAction, b: CorrectionAction): boolean {
  if (a.kind === b.kind) return true;
  const kinds = new Set([a.kind, b.kind]);
  return kinds.has("startsArticle") && kinds.has("joinsPrevious");
}

export function describeAction(a: CorrectionAction): string {
  switch (a.kind) {
    case "startsArticle":
      return "start an article";
    case "joinsPrevious":
      return "join the article to the one before";
    case "role":
      return `make the line a ${a.role}`;
    case "section":
      return `put the article in ${a.section}`;
    case "retract":
      return `retract the article (${a.reason})`;
  }
}

/** The corrections of one page the parser applies (the cut), in the parser's terms. */
export function lineCorrections(corrections: readonly Correction[]): LineCorrection[] {
  return corrections.flatMap((c): LineCorrection[] => {
    if (c.action.kind === "startsArticle") return [{ line: c.line, startsArticle: true }];
    if (c.action.kind === "joinsPrevious") return [{ line: c.line, joinsPrevious: true }];
    if (c.action.kind === "role") return [{ line: c.line, role: c.action.role }];
    return [];
  });
}
