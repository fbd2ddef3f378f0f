/**
 * The editor's review of a build: per page, the source text with line numbers, each line's
 * role and the rule that decided it, article boundaries, each article's section with the
 * classifier's reasons, and every warning and low-margin decision flagged; an index lists
 * every page with its counts. Static HTML that works from disk: no scripts, no fonts or
 * styles to fetch, CJK fonts first in the stack (Latin-first stacks draw “” narrow).
 */
import type { Article, ParsedPage, ParseWarning } from "../core/model.ts";
import { pageLines } from "../core/parse/text.ts";
import type { Decision, LineRole } from "../core/parse/trace.ts";
import { lineFingerprint } from "../publish/corrections.ts";
import { escapeHtml } from "./escape.ts";

/** A weighed decision whose weights sum to at most this (either way) could easily have gone the other way. */
export const LOW_MARGIN = 2;
/** A section whose score leads the runner-up by less than this is flagged. */
export const LOW_SECTION_MARGIN = 2;

/** What the classifier said about one article (classifyArticle's answer). */
export interface SectionDecision {
  section: string;
  scores: Record<string, number>;
  reasons: string[];
}

/** One page as the review shows it. */
export interface ReviewPageInput {
  /** The page file as the manifest names it. */
  file: string;
  date: string;
  page: number;
  /** The page's printed name from the manifest, if any. */
  pageName: string | null;
  text: string;
  /** parsePage(text, { explain: true }). */
  parsed: ParsedPage;
  /** One per parsed article, same order. */
  sections: SectionDecision[];
  /** The page's corrections (seeds/corrections.json) that applied, and those whose line's text changed. */
  corrections?: { applied: number; stale: number };
  /** By article: the section a correction set, and the reason a correction retracted it. */
  corrected?: { section: (string | null)[]; retracted: (string | null)[] };
}

export interface ReviewCounts {
  articles: number;
  warnings: number;
  lowMargin: number;
  unassigned: number;
  furniture: number;
  /** Corrections applied to the page, and corrections no longer matching their line. */
  corrections: number;
  staleCorrections: number;
}

const ROLES: readonly LineRole[] = ["kicker", "title", "subtitle", "byline", "paragraph", "continuation", "crosshead", "caption", "credit", "furniture", "unassigned"];

/** Role colours (light, dark); the role is also written out, so colour is never the only cue. */
const ROLE_COLOURS: Record<LineRole, [string, string]> = {
  kicker: ["#fde9c8", "#5a4214"],
  title: ["#f9c9c0", "#6b2a20"],
  subtitle: ["#fbd9d2", "#56302a"],
  byline: ["#d9e8fb", "#213a5a"],
  paragraph: ["#ffffff00", "#00000000"],
  continuation: ["#eef3ea", "#27331f"],
  crosshead: ["#e6dcf7", "#3a2b57"],
  caption: ["#d6f1ee", "#1c4541"],
  credit: ["#c4e6e1", "#234b45"],
  furniture: ["#e4e4e4", "#3a3a3a"],
  unassigned: ["#ffd0d0", "#6a1b1b"],
};

const CSS =
  ":root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5c5c5c;--bg:#fffdf8;--line:#ddd;--warn:#b3261e}" +
  "@media (prefers-color-scheme:dark){:root{--fg:#e8e6e1;--muted:#a3a09a;--bg:#161514;--line:#3a3836;--warn:#ff8a80}}" +
  "*{box-sizing:border-box}" +
  "body{margin:0 auto;max-width:78rem;padding:1rem;background:var(--bg);color:var(--fg);" +
  'font:1rem/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",system-ui,sans-serif;' +
  "overflow-wrap:anywhere;-webkit-text-size-adjust:100%}" +
  "a{color:inherit}h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.05rem;margin:0 0 .3rem}" +
  ".muted,.rule,.no{color:var(--muted)}.counts span{margin-right:1rem;white-space:nowrap}" +
  ".warn{color:var(--warn);font-weight:600}" +
  ".wide{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}" +
  "td.n{text-align:right;font-variant-numeric:tabular-nums}" +
  ".legend span{display:inline-block;margin:.1rem .3rem .1rem 0;padding:0 .4rem;border-radius:.2rem}" +
  ".article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;border-top:3px solid var(--fg);margin-top:1rem;padding-top:.5rem}" +
  ".outside{border-top:1px dashed var(--muted);margin-top:1rem;padding-top:.5rem}" +
  ".card{position:sticky;top:.5rem;align-self:start;border:1px solid var(--line);padding:.5rem .7rem;font-size:.92rem}" +
  ".card dl{display:grid;grid-template-columns:auto 1fr;gap:0 .6rem;margin:.3rem 0}.card dt{color:var(--muted)}.card dd{margin:0}" +
  ".card ul{padding-left:1.1rem;margin:.2rem 0}" +
  ".line{display:grid;grid-template-columns:2.6rem 6.6rem minmax(0,1fr);gap:0 .5rem;padding:.15rem .3rem;border-left:4px solid transparent}" +
  ".line .text{white-space:pre-wrap}.line .rule{grid-column:3;font-size:.8rem}" +
  ".line .role{font-size:.85rem;font-weight:600}.line .no{text-align:right;font-variant-numeric:tabular-nums}" +
  ".line.flag{border-left-color:var(--warn)}.flagged{grid-column:3;font-size:.85rem}" +
  "@media (max-width:48rem){.article{grid-template-columns:1fr}.card{position:static;order:-1}" +
  ".line{grid-template-columns:2.2rem minmax(0,1fr)}.line .role{grid-column:2}.line .text,.line .rule,.flagged{grid-column:1/-1}}" +
  ROLES.map((r) => `.r-${r}{background:${ROLE_COLOURS[r][0]}}`).join("") +
  `@media (prefers-color-scheme:dark){${ROLES.map((r) => `.r-${r}{background:${ROLE_COLOURS[r][1]}}`).join("")}}`;

/** Nothing loads or runs: the page's own inline stylesheet only. */
const META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function document(title: string, body: string): string {
  return (
    "<!doctype html>\n" +
    '<html lang="zh-Hans"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${META_CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${CSS}</style></head>` +
    `<body>${body}</body></html>\n`
  );
}

/** The review page's file name for a page file: `<file>.html`, as the index links it. */
export function reviewFileName(file: string): string {
  return `${file}.html`;
}

const margin = (d: Decision): number | null => (d.evidence && d.evidence.length > 0 ? d.evidence.reduce((s, e) => s + e.weight, 0) : null);

/** A weighed line decision that nearly went the other way. */
export function isLowMargin(d: Decision): boolean {
  const m = margin(d);
  return m !== null && Math.abs(m) <= LOW_MARGIN;
}

/** The winning section's lead over the runner-up. */
export function sectionLead(s: SectionDecision): number {
  const scores = Object.values(s.scores).sort((a, b) => b - a);
  return (scores[0] ?? 0) - (scores[1] ?? 0);
}

const isLowSection = (s: SectionDecision): boolean => sectionLead(s) < LOW_SECTION_MARGIN && (Object.values(s.scores).some((v) => v > 0));

/** The counts the index shows for one page. */
export function reviewCounts(input: ReviewPageInput): ReviewCounts {
  const decisions = input.parsed.decisions ?? [];
  // A weighed decision is made once per headline group or crosshead; count it once.
  const low = new Set<string>();
  for (const d of decisions) if (isLowMargin(d)) low.add(`${d.article}:${d.rule}:${JSON.stringify(d.evidence)}`);
  return {
    articles: input.parsed.articles.length,
    warnings: input.parsed.warnings.length,
    lowMargin: low.size + input.sections.filter(isLowSection).length,
    unassigned: decisions.filter((d) => d.role === "unassigned").length,
    furniture: decisions.filter((d) => d.role === "furniture").length,
    corrections: input.corrections?.applied ?? 0,
    staleCorrections: input.corrections?.stale ?? 0,
  };
}

function evidenceText(d: Decision): string {
  if (!d.evidence || d.evidence.length === 0) return "";
  return ` {${d.evidence.map((e) => `${e.feature} ${e.weight > 0 ? "+" : ""}${e.weight}`).join(", ")}}`;
}

function lineRow(no: number, raw: string, d: Decision, warnings: readonly ParseWarning[]): string {
  const low = isLowMargin(d);
  const flags = [
    ...warnings.map((w) => `<div class="flagged warn">⚠ warning: ${escapeHtml(w.message)}</div>`),
    ...(low ? [`<div class="flagged warn">≈ low margin: the weights sum to ${margin(d)}; check this ${escapeHtml(d.role)}</div>`] : []),
  ];
  return (
    `<div class="line r-${d.role}${flags.length > 0 ? " flag" : ""}" id="L${no}">` +
    `<a class="no" href="#L${no}">${no}</a><span class="role">${escapeHtml(d.role)}</span>` +
    `<span class="text">${escapeHtml(raw.trim())}</span>` +
    `<span class="rule">${escapeHtml(d.rule)}${d.opens ? ` · opens the article: ${escapeHtml(d.opens)}` : ""}${escapeHtml(evidenceText(d))} · <span class="fp" title="the line's fingerprint, for seeds/corrections.json">fingerprint ${lineFingerprint(raw)}</span></span>` +
    flags.join("") +
    "</div>"
  );
}

function field(name: string, value: string | null): string {
  return value === null || value === "" ? "" : `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`;
}

function articleCard(index: number, a: Article, s: SectionDecision, setSection: string | null = null, retracted: string | null = null): string {
  const lead = sectionLead(s);
  const scores = Object.entries(s.scores)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ");
  return (
    `<aside class="card"><h2>Article ${index} · ${escapeHtml(a.kind)}</h2>` +
    (retracted === null ? "" : `<p class="warn">retracted by a correction: ${escapeHtml(retracted)} — not published</p>`) +
    "<dl>" +
    field("kicker", a.kicker) +
    field("title", a.title) +
    field("subtitle", a.subtitle) +
    field("byline", a.byline) +
    field("authors", a.authors.map((p) => (p.role ? `${p.role} ${p.name}` : p.name)).join("、")) +
    field("dateline", a.dateline ? [a.dateline.agency, a.dateline.place, a.dateline.date].filter(Boolean).join(" ") : null) +
    `<dt>text</dt><dd>${a.paragraphs.length} paragraph(s), ${a.photos.length} photo(s), lines ${a.lines.start}–${a.lines.end}</dd>` +
    (setSection === null
      ? `<dt>section</dt><dd><strong>${escapeHtml(s.section)}</strong>${isLowSection(s) ? ` <span class="warn">≈ low margin (leads by ${lead})</span>` : ""}</dd>`
      : `<dt>section</dt><dd><strong>${escapeHtml(setSection)}</strong>, set by a correction (the classifier: ${escapeHtml(s.section)})</dd>`) +
    `<dt>scores</dt><dd>${escapeHtml(scores)}</dd></dl>` +
    `<details${isLowSection(s) ? " open" : ""}><summary>why ${escapeHtml(s.section)}</summary><ul>${s.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul></details>` +
    "</aside>"
  );
}

function legend(): string {
  return `<p class="legend">${ROLES.map((r) => `<span class="r-${r}">${r}</span>`).join("")}</p>`;
}

function countsLine(c: ReviewCounts): string {
  const item = (n: number, what: string, warn = false) => `<span${warn && n > 0 ? ' class="warn"' : ""}>${n} ${what}</span>`;
  return (
    `<p class="counts">${item(c.articles, "articles")}${item(c.warnings, "warnings", true)}${item(c.lowMargin, "low-margin decisions", true)}` +
    `${item(c.unassigned, "unassigned lines", true)}${item(c.furniture, "furniture lines")}${item(c.corrections, "corrections applied")}${item(c.staleCorrections, "corrections no longer matching", true)}</p>`
  );
}

/** The review of one page: every non-blank line with its role and rule, grouped by article, each article's card beside its lines. */
export function renderReviewPage(input: ReviewPageInput): string {
  const decisions = new Map((input.parsed.decisions ?? []).map((d) => [d.line, d]));
  const warningsAt = new Map<number, ParseWarning[]>();
  for (const w of input.parsed.warnings) warningsAt.set(w.line, [...(warningsAt.get(w.line) ?? []), w]);
  const lines = pageLines(input.text);

  const blocks: string[] = [];
  let open: { article: number | null; rows: string[] } | null = null;
  const close = () => {
    if (!open) return;
    const rows = `<div class="lines">${open.rows.join("")}</div>`;
    const k = open.article;
    blocks.push(
      k === null
        ? `<section class="outside" aria-label="lines outside any article">${rows}</section>`
        : `<section class="article" id="article-${k}" aria-label="article ${k}">${rows}${articleCard(k, input.parsed.articles[k]!, input.sections[k]!, input.corrected?.section[k] ?? null, input.corrected?.retracted[k] ?? null)}</section>`,
    );
    open = null;
  };
  lines.forEach((raw, i) => {
    const no = i + 1;
    const d = decisions.get(no);
    if (!d) {
      // A blank line has no decision; a non-blank one always has one (the parser's contract).
      if (raw.trim() !== "") {
        close();
        blocks.push(`<div class="line r-unassigned flag" id="L${no}"><span class="no">${no}</span><span class="role">none</span><span class="text">${escapeHtml(raw.trim())}</span><span class="flagged warn">no decision for this line</span></div>`);
      }
      return;
    }
    if (!open || open.article !== d.article || d.opens) {
      close();
      open = { article: d.article, rows: [] };
    }
    open.rows.push(lineRow(no, raw, d, warningsAt.get(no) ?? []));
  });
  close();

  const warningList =
    input.parsed.warnings.length === 0
      ? ""
      : `<h2 class="warn">Warnings</h2><ul>${input.parsed.warnings.map((w) => `<li><a href="#L${w.line}">line ${w.line}</a>: ${escapeHtml(w.message)}</li>`).join("")}</ul>`;
  const where = `${input.date} · page ${input.page}${input.pageName ? ` · ${input.pageName}` : ""}`;
  const body =
    `<p><a href="index.html">← all pages</a></p><h1>${escapeHtml(input.file)}</h1><p class="muted">${escapeHtml(where)}</p>` +
    countsLine(reviewCounts(input)) +
    warningList +
    legend() +
    blocks.join("");
  return document(`${input.file} · review`, body);
}

export interface ReviewIndexEntry {
  file: string;
  date: string;
  page: number;
  pageName: string | null;
  counts: ReviewCounts;
}

/** The index: every page with its counts, pages needing a look (warnings, low margins, unassigned lines) marked. */
export function renderReviewIndex(paper: string, buildId: string | null, pages: readonly ReviewIndexEntry[], error: string | null = null): string {
  const total = (k: keyof ReviewCounts) => pages.reduce((s, p) => s + p.counts[k], 0);
  const rows = pages
    .map((p) => {
      const c = p.counts;
      const look = c.warnings + c.lowMargin + c.unassigned + c.staleCorrections > 0;
      const cell = (n: number, warn: boolean) => `<td class="n${warn && n > 0 ? " warn" : ""}">${n}</td>`;
      return (
        `<tr><td><a href="${escapeHtml(encodeURI(reviewFileName(p.file)))}">${escapeHtml(p.file)}</a>${look ? ' <span class="warn">look</span>' : ""}</td>` +
        `<td>${escapeHtml(p.date)}</td><td class="n">${p.page}</td><td>${escapeHtml(p.pageName ?? "")}</td>` +
        cell(c.articles, false) + cell(c.warnings, true) + cell(c.lowMargin, true) + cell(c.unassigned, true) + cell(c.furniture, false) + cell(c.corrections, false) + cell(c.staleCorrections, true) +
        "</tr>"
      );
    })
    .join("");
  const body =
    `<h1>${escapeHtml(paper)} · review</h1>` +
    `<p class="muted">${buildId ? `build ${escapeHtml(buildId)} · ` : ""}${pages.length} pages · the review publishes nothing</p>` +
    (error === null ? "" : `<h2 class="warn">The build failed; these pages are the ones it could read</h2><pre class="warn">${escapeHtml(error)}</pre>`) +
    countsLine({ articles: total("articles"), warnings: total("warnings"), lowMargin: total("lowMargin"), unassigned: total("unassigned"), furniture: total("furniture"), corrections: total("corrections"), staleCorrections: total("staleCorrections") }) +
    '<div class="wide"><table><thead><tr><th>page file</th><th>date</th><th>page</th><th>name</th><th>articles</th><th>warnings</th><th>low margin</th><th>unassigned</th><th>furniture</th><th>corrections</th><th>corrections no longer matching</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></div>`;
  return document(`${paper} · review`, body);
}
