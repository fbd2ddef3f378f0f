/**
 * `npm run correct`: appends one correction to seeds/corrections.json with the fingerprint of
 * its line, after checking it as the build will (the page is one the manifest lists, the line
 * is a line of text on it, the action is known and conflicts with no other). The file is
 * written beside itself and renamed over, so a failure leaves it as it was.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { CORRECTED_ROLES, type CorrectedRole } from "../core/parse/trace.ts";
import { SECTIONS } from "../core/sections.ts";
import { decodePage } from "../publish/decode.ts";
import { articleAtLine, parsePage } from "../core/parse/index.ts";
import { pageLines } from "../core/parse/text.ts";
import { describeAction, lineCorrections, lineFingerprint, readCorrections, type CorrectionAction } from "../publish/corrections.ts";
import { articleIds } from "../publish/ids.ts";
import { readSourceManifest } from "../publish/source.ts";
import { BuildError } from "./pipeline.ts";

/** `starts-article`, `joins-previous`, `role=title`, `section=economy`, `retract` (with a reason). */
export function parseAction(word: string, reason: string | undefined): CorrectionAction {
  if (word === "starts-article") return { kind: "startsArticle" };
  if (word === "joins-previous") return { kind: "joinsPrevious" };
  const [name, value] = word.split("=", 2) as [string, string | undefined];
  if (name === "role" && value !== undefined) {
    if (!(CORRECTED_ROLES as readonly string[]).includes(value)) throw new BuildError(`role=${value}: a role is one of ${CORRECTED_ROLES.join(", ")}`);
    return { kind: "role", role: value as CorrectedRole };
  }
  if (name === "section" && value !== undefined) {
    if (!SECTIONS.some((s) => s.slug === value)) throw new BuildError(`section=${value}: a section is one of ${SECTIONS.map((s) => s.slug).join(", ")}`);
    return { kind: "section", section: value };
  }
  if (word === "retract") {
    if (!reason || reason.trim() === "") throw new BuildError('retract needs a reason readers will see: --reason "…"');
    return { kind: "retract", reason: reason.trim() };
  }
  throw new BuildError(`unknown action ${JSON.stringify(word)}: starts-article, joins-previous, role=ROLE, section=SECTION or retract --reason "…"`);
}

function toJson(file: string, line: number, fingerprint: string, action: CorrectionAction, id: string | null): Record<string, unknown> {
  const base = { file, line, fingerprint, ...(id === null ? {} : { id }) };
  switch (action.kind) {
    case "startsArticle":
      return { ...base, startsArticle: true };
    case "joinsPrevious":
      return { ...base, joinsPrevious: true };
    case "role":
      return { ...base, role: action.role };
    case "section":
      return { ...base, section: action.section };
    case "retract":
      return { ...base, retract: true, reason: action.reason };
  }
}

/** Appends the correction; returns what was written and the line it names. Throws BuildError with what to fix. */
export async function addCorrection(seeds: string, file: string, line: number, action: CorrectionAction): Promise<{ path: string; entry: Record<string, unknown>; text: string; description: string }> {
  const manifestFile = path.join(seeds, "manifest.json");
  const manifest = readSourceManifest(manifestFile, await readFile(manifestFile, "utf8"));
  const entry = manifest.pages.find((p) => p.file === file);
  if (!entry) throw new BuildError(`${file} is not a page of ${manifestFile}; its pages: ${manifest.pages.map((p) => p.file).join(", ")}`);
  const { text } = decodePage(file, new Uint8Array(await readFile(path.join(seeds, file))), entry.encoding);
  const lines = pageLines(text);
  if (!Number.isInteger(line) || line < 1 || line > lines.length || lines[line - 1]!.trim() === "") throw new BuildError(`line ${line} of ${file} is not a line of text (the page has ${lines.length} lines)`);
  const target = path.join(seeds, "corrections.json");
  const before = await readFile(target, "utf8").catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? null : Promise.reject(e)));
  const data = before === null ? { corrections: [] as unknown[] } : (JSON.parse(before.replace(/^\uFEFF/, "")) as { corrections: unknown[] });
  // The id the article at the line has now, under the corrections already made: a retitled
  // article keeps it, a joined one redirects from it (see README, "Correcting a cut").
  let id: string | null = null;
  if (action.kind === "role" || action.kind === "joinsPrevious") {
    const existing = readCorrections(target, before ?? '{"corrections": []}', new Set(manifest.pages.map((p) => p.file)));
    const current = existing.filter((c) => c.file === file && (c.fingerprint === null || c.fingerprint === lineFingerprint(lines[c.line - 1] ?? "")));
    const articles = parsePage(text, { corrections: lineCorrections(current) }).articles;
    const k = articleAtLine(articles, line);
    if (k >= 0) id = (await articleIds(manifest.paper.name, entry.date, entry.page, articles))[k]!;
  }
  const added = toJson(file, line, lineFingerprint(lines[line - 1]!), action, id);
  data.corrections.push(added);
  const out = `${JSON.stringify(data, null, 2)}\n`;
  // Checked as the build checks it: a conflict or a bad value is refused before anything is written.
  readCorrections(target, out, new Set(manifest.pages.map((p) => p.file)));
  await writeFile(`${target}.tmp`, out);
  await rename(`${target}.tmp`, target);
  return { path: target, entry: added, text: lines[line - 1]!.trim(), description: describeAction(action) };
}
