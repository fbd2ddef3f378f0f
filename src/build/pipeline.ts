/**
 * The build pipeline: seeds/manifest.json and its pages → parse → classify → plan → bulk files
 * under build/ (the format `wrangler kv bulk put` takes) → optionally publish. Any error names
 * the file (and line or byte offset) and publishes nothing: the build is complete in memory
 * before the first write, and a failed build writes no files either (build/ keeps the last good
 * one). I/O lives here and in kv.ts and writer.ts; parse, classify and plan stay pure.
 * `scripts/build.ts` is its command line; `npm start`, the benchmarks and the tests call it too.
 */
import { mkdir, mkdtemp, open, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { classifyPage } from "../core/classify/index.ts";
import type { ClassifiedArticle, ParsedPage } from "../core/model.ts";
import { articleAtLine, parsePage } from "../core/parse/index.ts";
import { pageLines } from "../core/parse/text.ts";
import { decodePage, DecodeError } from "../publish/decode.ts";
import { base32 } from "../publish/hash.ts";
import { articleIds } from "../publish/ids.ts";
import { MAX_IMAGE_BYTES, readImage } from "../publish/image.ts";
import { KV_LIMITS, makePointer, mediaKey, POINTER_KEY } from "../publish/layout.ts";
import { plan as planBuild, PlanError, type Plan, type PlannedPage } from "../publish/plan.ts";
import { publish, type KvStore, type PublishResult } from "../publish/publish.ts";
import { ManifestError, nearest, readSourceManifest } from "../publish/source.ts";
import { CorrectionsError, describeAction, lineCorrections, lineFingerprint, readCorrections, type Correction } from "../publish/corrections.ts";
import { bulkBatches } from "./kv.ts";
import { withWriter } from "./writer.ts";

export interface BuildOptions {
  /** Project root (wrangler.toml, node_modules). */
  root: string;
  seeds: string;
  out: string;
  /** Persist root for local state, as wrangler's --persist-to (default .wrangler/state). */
  state: string;
  strict: boolean;
  keepGoing: boolean;
  publish: "local" | "remote" | null;
  /** Store to publish to instead of opening one (tests). */
  store?: KvStore;
  log: (line: string) => void;
  /** Shown while pages are parsed; no output when null. */
  progress: ((done: number, total: number) => void) | null;
  now: () => string;
  /** Called with every page read, parsed with `explain` (the review); pages are parsed without it otherwise. */
  onPage?: (page: ReadPage) => void;
}

/** A page as the build read it: its manifest entry, shown file name, decoded text and parse. */
export interface ReadPage {
  /** The file as the manifest names it. */
  file: string;
  date: string;
  page: number;
  name: string | null;
  text: string;
  parsed: ParsedPage;
  /** Corrections of this page that applied, and those whose line's text changed (not applied). */
  corrections: { applied: number; stale: number };
  /** By parsed article: the section a correction set, and the reason a correction retracted it (null where none). */
  corrected: { section: (string | null)[]; retracted: (string | null)[] };
}

/**
 * Bounds of one page file, far beyond any printed page (the largest seen has 145
 * lines and 18 KB): a file over them is not a page of text, and is refused by
 * name before the parser spends minutes on it (its time grows faster than
 * linearly with the number of text blocks).
 */
export const MAX_PAGE_BYTES = 1024 * 1024;
export const MAX_PAGE_LINES = 10_000;

export class BuildError extends Error {
  override name = "BuildError";
}

export interface BuildResult {
  plan: Plan;
  warnings: number;
  files: string[];
  published: PublishResult | null;
  /** Articles an editor's correction withdrew: they are in no section, feed or edition of this build. */
  retracted: { file: string; title: string | null; reason: string }[];
}

function describe(error: unknown, file: string): string {
  if (error instanceof DecodeError || error instanceof ManifestError || error instanceof PlanError || error instanceof CorrectionsError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return `${file}: cannot read: no such file`;
  if (e?.code === "EISDIR") return `${file}: cannot read: is a directory`;
  if (e?.code) return `${file}: cannot read: ${e.message}`;
  return `${file}: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * A page's bytes, read only if the file is what a page is: a regular file inside the seeds
 * folder once links are resolved, at most MAX_PAGE_BYTES long. A link out of the folder
 * (to /etc/passwd, /dev/zero), a FIFO or a device is refused at once, naming the manifest
 * line that lists it; the read itself stops after MAX_PAGE_BYTES + 1 bytes whatever the size
 * the file claims.
 */
async function readPageFile(seeds: string, name: string, shownName: string, listedAt: string): Promise<Uint8Array> {
  return readSeedFile(seeds, name, shownName, listedAt, { maxBytes: MAX_PAGE_BYTES, kind: "page file", many: "a page may have at most", hint: " (not a page of text?)" });
}

/** A picture's bytes, with the same guards as a page's, up to MAX_IMAGE_BYTES. */
async function readImageFile(seeds: string, name: string, shownName: string, listedAt: string): Promise<Uint8Array> {
  return readSeedFile(seeds, name, shownName, listedAt, { maxBytes: MAX_IMAGE_BYTES, kind: "picture", many: "a picture may have at most", hint: "" });
}

interface SeedFileLimits {
  maxBytes: number;
  /** What the file should be, in messages: `page file`, `picture`. */
  kind: string;
  many: string;
  hint: string;
}

async function readSeedFile(seeds: string, name: string, shownName: string, listedAt: string, limits: SeedFileLimits): Promise<Uint8Array> {
  const { maxBytes, kind, many, hint } = limits;
  const folder = await realpath(seeds);
  let real: string;
  try {
    real = await realpath(path.join(seeds, name));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    const dir = path.dirname(path.join(seeds, name));
    const near = nearest(path.basename(name), await readdir(dir).catch(() => [] as string[]));
    throw new BuildError(`${shownName}: cannot read: no such file (listed in ${listedAt})${near ? `; did you mean ${path.join(path.dirname(name), near)}?` : ""}`);
  }
  if (real !== folder && !real.startsWith(folder + path.sep)) throw new BuildError(`${shownName}: links outside the seeds folder (to ${real}); refused (listed in ${listedAt})`);
  const info = await stat(real);
  if (!info.isFile()) {
    const what = info.isFIFO() ? "a FIFO" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : info.isDirectory() ? "a directory" : "not a regular file";
    throw new BuildError(`${shownName}: is ${what}, not a ${kind}; refused (listed in ${listedAt})`);
  }
  if (info.size > maxBytes) throw new BuildError(`${shownName}: ${info.size} bytes; ${many} ${maxBytes}${hint} (listed in ${listedAt})`);
  const handle = await open(real, "r");
  try {
    const buffer = new Uint8Array(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new BuildError(`${shownName}: more than ${maxBytes} bytes; ${many} ${maxBytes} (listed in ${listedAt})`);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * The photo a manifest line ties a picture to: the photo of the article printed over that
 * line whose caption or credit holds the line's text. Or why there is none.
 */
function photoAt(lines: readonly string[], articles: readonly ClassifiedArticle[], line: number): { article: number; photo: number } | string {
  if (line > lines.length) return `the page has only ${lines.length} lines`;
  const printed = lines[line - 1]!.replace(/\s+/gu, "");
  if (printed === "") return `line ${line} is blank`;
  const article = articleAtLine(articles, line);
  if (article < 0) return `line ${line} is in no article`;
  const photos = articles[article]!.photos;
  const byCaption = photos.flatMap((p, k) => (p.caption.replace(/\s+/gu, "").includes(printed) ? [k] : []));
  const byCredit = photos.flatMap((p, k) => (p.credit !== "" && printed.includes(p.credit.replace(/\s+/gu, "")) ? [k] : []));
  const candidates = byCaption.length > 0 ? byCaption : byCredit;
  // Several photos printed with the same words (每张都是 `张三 摄`): the nth such line is the nth photo's.
  const nth = lines.slice(articles[article]!.lines.start - 1, line).filter((l) => l.replace(/\s+/gu, "") === printed).length;
  const photo = candidates[Math.min(nth, candidates.length) - 1] ?? -1;
  if (photo < 0) return `line ${line} (${printed.slice(0, 24)}) is no photo's caption or credit in "${articles[article]!.title ?? "(untitled)"}"`;
  return { article, photo };
}

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const manifestFile = path.join(opts.seeds, "manifest.json");
  const shown = (file: string) => path.relative(opts.root, file) || file;
  let manifestText: string;
  try {
    manifestText = await readFile(manifestFile, "utf8");
  } catch (e) {
    throw new BuildError(describe(e, shown(manifestFile)));
  }
  let source;
  try {
    source = readSourceManifest(shown(manifestFile), manifestText);
  } catch (e) {
    throw new BuildError(describe(e, shown(manifestFile)));
  }

  // seeds/corrections.json, optional: an editor's corrections of the cut, checked before any page is read.
  const correctionsFile = path.join(opts.seeds, "corrections.json");
  let corrections: Correction[] = [];
  const correctionsText = await readFile(correctionsFile, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw new BuildError(describe(e, shown(correctionsFile)));
  });
  if (correctionsText !== null) {
    try {
      corrections = readCorrections(shown(correctionsFile), correctionsText, new Set(source.pages.map((p) => p.file)));
    } catch (e) {
      throw new BuildError(describe(e, shown(correctionsFile)));
    }
  }
  const retracted: BuildResult["retracted"] = [];

  const errors: string[] = [];
  let warnings = 0;
  const fatalWarnings: string[] = [];
  const pages: PlannedPage[] = [];
  const media = new Map<string, string>();
  let done = 0;
  for (const entry of source.pages) {
    const file = shown(path.join(opts.seeds, entry.file));
    try {
      const bytes = await readPageFile(opts.seeds, entry.file, file, `${shown(manifestFile)}:${entry.line}`);
      const { text } = decodePage(file, bytes, entry.encoding);
      let lines = text === "" || text.endsWith("\n") ? 0 : 1;
      for (let i = text.indexOf("\n"); i !== -1 && lines <= MAX_PAGE_LINES; i = text.indexOf("\n", i + 1)) lines++;
      if (lines > MAX_PAGE_LINES) throw new BuildError(`${file}: more than ${MAX_PAGE_LINES} lines; a page may have at most ${MAX_PAGE_LINES} (not a page of text?)`);
      // This page's corrections: a line past its end is an error; one whose line's text changed stops applying.
      const printedLines = pageLines(text);
      if (printedLines.at(-1) === "") printedLines.pop();
      const applied: Correction[] = [];
      let stale = 0;
      for (const c of corrections.filter((x) => x.file === entry.file)) {
        const where = `${shown(correctionsFile)}:${c.at}`;
        if (c.line > printedLines.length) throw new BuildError(`${where}: line ${c.line} is past the end of ${entry.file} (${printedLines.length} lines)`);
        const printed = printedLines[c.line - 1]!;
        if (printed.trim() === "") throw new BuildError(`${where}: line ${c.line} of ${entry.file} is blank; name a line of text`);
        if (c.fingerprint !== null && c.fingerprint !== lineFingerprint(printed)) {
          // A withdrawn article must not come back because a typo was fixed under its retraction.
          if (c.action.kind === "retract") throw new BuildError(`${where}: the retraction at ${entry.file}:${c.line} no longer matches its line (the page's text changed; it reads "${printed.trim().slice(0, 30)}"): check that it names the article to withdraw, and write its new fingerprint (npm run correct shows it); nothing was published`);
          stale++;
          warnings++;
          const line = `${where}: warning: the correction to ${describeAction(c.action)} at ${entry.file}:${c.line} no longer matches its line (the page's text changed; it reads "${printed.trim().slice(0, 30)}"); not applied`;
          opts.log(line);
          if (opts.strict) fatalWarnings.push(line);
          continue;
        }
        applied.push(c);
      }
      let parsed;
      try {
        parsed = parsePage(text, { explain: opts.onPage !== undefined, corrections: lineCorrections(applied) });
      } catch (e) {
        throw new BuildError(`${file}: the parser failed: ${(e as Error).message}`);
      }
      for (const w of parsed.warnings) {
        warnings++;
        const line = `${file}:${w.line}: warning: ${w.message}`;
        opts.log(line);
        if (opts.strict) fatalWarnings.push(line);
      }
      if (parsed.articles.length === 0) {
        warnings++;
        const line = `${file}: warning: no article found on this page (listed in ${shown(manifestFile)}:${entry.line})`;
        opts.log(line);
        if (opts.strict) fatalWarnings.push(line);
      }
      let articles = classifyPage(parsed.articles, { pageName: entry.name ?? null });
      const corrected: ReadPage["corrected"] = { section: articles.map(() => null), retracted: articles.map(() => null) };
      // Article-level corrections: a section, a retraction, for the article printed over the line.
      const articleAt = (c: Correction) => {
        const k = articleAtLine(articles, c.line);
        if (k < 0) throw new BuildError(`${shown(correctionsFile)}:${c.at}: line ${c.line} of ${entry.file} is in no article, so there is none to ${describeAction(c.action)}`);
        return k;
      };
      try {
        for (const c of applied) {
          if (c.action.kind === "section") articles[articleAt(c)]!.section = corrected.section[articleAt(c)] = c.action.section;
          if (c.action.kind === "retract") corrected.retracted[articleAt(c)] = c.action.reason;
        }
      } finally {
        // The review shows the page even when one of its corrections fails the build.
        opts.onPage?.({ file: entry.file, date: entry.date, page: entry.page, name: entry.name ?? null, text, parsed, corrections: { applied: applied.length, stale }, corrected });
      }
      // Ids as the page has them now; a retitled article keeps the id its correction recorded,
      // a retracted one is answered 410 under its id, a joined one 301 to the article it joined.
      // (Pages without corrections leave ids to the plan: no second hashing of every title.)
      const ids: string[] = applied.length === 0 ? [] : await articleIds(source.paper.name, entry.date, entry.page, articles);
      // A recorded id is the id the article at the line had before its correction. An article
      // retitled by a headline role keeps it, unless another article still has it (the role split
      // one off); an id that no article has any more (joined, or its title made text) redirects
      // to the article now at the line.
      const moved: Record<string, string> = {};
      for (const c of applied) {
        if (c.id === null || (c.action.kind !== "role" && c.action.kind !== "joinsPrevious")) continue;
        const k = articleAtLine(articles, c.line);
        if (k < 0 || ids.includes(c.id)) continue;
        if (c.action.kind === "role" && (c.action.role === "kicker" || c.action.role === "title" || c.action.role === "subtitle")) ids[k] = c.id;
        else moved[c.id] = ids[k]!;
      }
      const withdrawn = new Set(applied.flatMap((c) => (c.action.kind === "retract" ? [articleAt(c)] : [])));
      const gone: Record<string, string> = {};
      for (const k of withdrawn) {
        const reason = (applied.find((c) => c.action.kind === "retract" && articleAt(c) === k)!.action as { reason: string }).reason;
        retracted.push({ file: entry.file, title: articles[k]!.title, reason });
        gone[ids[k]!] = reason;
        opts.log(`${file}: retracted "${articles[k]!.title ?? "(untitled)"}": ${reason}`);
      }
      for (const image of entry.images ?? []) {
        const listedAt = `${shown(manifestFile)}:${image.at}`;
        const imageFile = shown(path.join(opts.seeds, image.file));
        const imageBytes = await readImageFile(opts.seeds, image.file, imageFile, listedAt);
        const facts = readImage(imageBytes);
        if (typeof facts === "string") throw new BuildError(`${listedAt}: ${imageFile}: ${facts}`);
        const at = photoAt(printedLines, articles, image.line);
        if (typeof at === "string") throw new BuildError(`${listedAt}: ${image.file} is tied to ${entry.file}:${image.line}, but ${at}`);
        // (A picture of a retracted article goes nowhere: its article is not published.)
        if (withdrawn.has(at.article)) continue;
        const photo = articles[at.article]!.photos[at.photo]!;
        if (photo.image) throw new BuildError(`${listedAt}: ${image.file} is tied to ${entry.file}:${image.line}, a photo that already has a picture`);
        const hash = base32(new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(imageBytes)))).slice(0, 32);
        photo.image = { hash, ext: facts.ext, type: facts.type, width: facts.width, height: facts.height, bytes: imageBytes.length };
        media.set(mediaKey(hash, facts.ext), Buffer.from(imageBytes).toString("base64"));
      }
      const kept = articles.flatMap((a, k) => (withdrawn.has(k) ? [] : [{ a, id: ids[k]! }]));
      articles = kept.map((x) => x.a);
      const fates = applied.length === 0 ? {} : { ids: kept.map((x) => x.id), ...(Object.keys(moved).length > 0 ? { moved } : {}), ...(Object.keys(gone).length > 0 ? { retracted: gone } : {}) };
      pages.push({ source: entry.file, date: entry.date, ...(entry.time === undefined ? {} : { time: entry.time }), page: entry.page, file, articles, ...fates });
    } catch (e) {
      const message = e instanceof BuildError ? e.message : describe(e, file);
      if (!opts.keepGoing) throw new BuildError(message);
      errors.push(message);
      opts.log(`error: ${message}`);
    }
    opts.progress?.(++done, source.pages.length);
  }
  // Each fatal warning is reported with its file and line, not only counted.
  for (const line of fatalWarnings) errors.push(`${line} (fatal with --strict)`);
  const failed = () => new BuildError(`${errors.length} problem(s); nothing was published:\n  ${errors.join("\n  ")}`);

  // The pages that were read are still planned, so --keep-going also reports plan errors (a duplicate id, KV limits).
  let plan: Plan;
  try {
    plan = await planBuild({ paper: source.paper, pages, media });
  } catch (e) {
    if (errors.length === 0) throw new BuildError(describe(e, shown(manifestFile)));
    errors.push(describe(e, shown(manifestFile)));
    throw failed();
  }
  // A failed build writes no files either: build/ keeps the last good build, and no
  // bulk file or build/live.json of a partial build exists to be published by hand.
  if (errors.length > 0) throw failed();
  const files = await writeBulkFiles(opts.out, plan, opts.now());

  let published: PublishResult | null = null;
  if (opts.publish) {
    const target = { root: opts.root, state: opts.publish === "local" ? opts.state : null, ...(opts.store ? { store: opts.store } : {}) };
    published = await withWriter(target, "publish", (store, check) => publish(store, plan, opts.now(), { check }));
  }
  return { plan, warnings, files, published, retracted };
}

/**
 * build/entries-NNNN.json: every immutable entry, in `wrangler kv bulk put`
 * format and within its 10,000-pair limit; build/live.json: the pointer for a
 * namespace that has no build yet (publish through this script to keep the
 * rollback history); build/build.json: a summary.
 *
 * Each file is written beside the folder's files and renamed over its old self, so a crash
 * never leaves build/ empty or a file half-written; files of this build's own kinds that the
 * new build no longer has are removed afterwards, and anything else in build/ (a review site,
 * a generated client) is left alone.
 */
async function writeBulkFiles(out: string, plan: Plan, now: string): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const staging = await mkdtemp(path.join(out, ".staging-"));
  try {
    const names: string[] = [];
    let n = 0;
    for (const batch of bulkBatches([...plan.entries])) {
      const name = `entries-${String(++n).padStart(4, "0")}.json`;
      await writeFile(path.join(staging, name), JSON.stringify(batch.map(([key, value]) => ({ key, value }))));
      names.push(name);
    }
    await writeFile(path.join(staging, "live.json"), JSON.stringify([{ key: POINTER_KEY, value: JSON.stringify(makePointer(plan.manifest, now, null)) }]));
    names.push("live.json");
    const m = plan.manifest;
    await writeFile(
      path.join(staging, "build.json"),
      JSON.stringify({ build: m.id, articles: m.articles, days: Object.keys(m.days).length, entries: plan.entries.size, limits: KV_LIMITS, sections: m.sections.map((s) => ({ slug: s.slug, count: s.count, chunks: s.chunks?.count ?? 0 })) }, null, 2) + "\n",
    );
    const before = (await readdir(out)).filter((f) => OWN_FILE.test(f));
    // The summary last: a build.json always describes entries files already in place.
    for (const name of [...names, "build.json"]) await rename(path.join(staging, name), path.join(out, name));
    for (const name of before) if (!names.includes(name) && name !== "build.json") await rm(path.join(out, name), { force: true });
    return names.map((name) => path.join(out, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The files a build writes under build/: only these are replaced or removed there. */
const OWN_FILE = /^(?:entries-\d{4,}\.json|live\.json|build\.json)$/;

/** The options `npm run build` starts from: the project's seeds, build/ and local KV state, nothing published. */
export function defaultBuildOptions(root: string): BuildOptions {
  return {
    root,
    seeds: path.join(root, "seeds"),
    out: path.join(root, "build"),
    state: path.join(root, ".wrangler", "state"),
    strict: false,
    keepGoing: false,
    publish: null,
    log: (line) => console.error(line),
    progress: null,
    now: () => new Date().toISOString(),
  };
}

