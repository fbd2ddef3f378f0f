/**
 * Pages printed in Traditional characters (or reprinted so by a mirror site), with a web copy's half-width
 * punctuation, straight quotes, full stops for an ellipsis or another middle dot, or with full-width digits and
 * letters: the parser's words and patterns are Simplified and full-width, so it reads such a view of the page,
 * character for character, and every string it returns is given back the characters the page printed.
 * The view keeps every line's length, so each output character is restored from the lines of
 * its own article (a page may mix scripts, article by article).
 */
import type { Article, ParsedPage, Person } from "../model.ts";
import { simplifiedText, traditionalUnits } from "../search/fold.ts";
import { INVISIBLE_CHARS, pageLines as linesOf } from "./text.ts";

/**
 * The page as the parser's patterns read it, character for character: each Traditional character turned Simplified
 * where that is one character for one, full-width digits and letters turned ASCII, and the half-width punctuation a
 * web copy prints among Han text (`,` `:` `;` `!` `?` `(` `)`) turned full-width, its straight double quotes curly, its
 * runs of full stops an ellipsis, its other middle dots `·` and its other slashes `／`; null when the page needs none of these.
 */
export function readingView(page: string): string | null {
  // (A Simplified page with a name's odd character or two, 解雯贇, reads the same either way.)
  const simplified = traditionalUnits(page) < MIN_TRADITIONAL ? page : simplifiedText(page);
  const view = slashes(middleDots(ellipses(curlyQuotes(fullWidthPunctuation(asciiDigits(simplified))))));
  return view === page ? null : view;
}

/**
 * Full-width digits and letters (`１９９８年３月`, `ＧＤＰ增长３．５％`, as older pages and some PDFs print them) read as
 * ASCII, one for one (a full stop only between digits, a decimal point): the parser's dates, numbers, numbered items
 * and page labels are written with \d and [A-Z].
 */
function asciiDigits(text: string): string {
  return FULL_WIDTH_ALPHANUMERIC.test(text) ? text.replace(FULL_WIDTH_ALPHANUMERICS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}
/** Any of the marks (a full stop read as a decimal point only between full-width digits, so the digits alone say whether to look). */
const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ％]/u;
const FULL_WIDTH_ALPHANUMERICS = /[０-９Ａ-Ｚａ-ｚ％]|(?<=[０-９])．(?=[０-９])/gu;

/**
 * A web copy's straight double quotes among Han text (`他说:"好。"`) read as the printed page's “ and ”: an opening one
 * after a colon (at a line's end too, `…说:"` / `这片林子…`), a closing one where a mark, a space or the line's end
 * follows it, an opening one where text follows it and the line's start, a space or an opening bracket comes before
 * it, and otherwise the one the line's quotation so far calls for (`"生意好不好？"记者问。`: after the question, the
 * quotation closes). (Only on a page that prints no curly double quote: every character of the view then stands for
 * one the page printed, as with the marks above.)
 */
function curlyQuotes(text: string): string {
  if (!text.includes('"') || /[“”]/u.test(text) || !QUOTE_AMONG_HAN.test(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      if (!line.includes('"')) return line;
      let open = false;
      // (The last character before each quote, white space aside.)
      let before: string | undefined;
      const chars = [...line];
      return chars
        .map((c, i) => {
          if (c !== '"') {
            if (!/\s/u.test(c)) before = c;
            return c;
          }
          const after = chars[i + 1];
          const closing = before !== undefined && /[：:]/u.test(before) ? false : after === undefined || /[\s，。、；：！？）》」』,.;:!?)…—]/u.test(after) ? true : before === undefined || /[\s（《「『(—]/u.test(before) ? false : open;
          open = !closing;
          before = c;
          return closing ? "”" : "“";
        })
        .join("");
    })
    .join("\n");
}
const QUOTE_AMONG_HAN = /[\p{Script=Han}]"|"[\p{Script=Han}]/u;

/**
 * A web copy's run of three or more full stops after Han text or a mark (`…不够...`, `“然后......”`) read as the printed
 * ellipsis, one `…` for each stop (a decimal point or a web address has no such run). Only on a page that prints no `…`.
 */
function ellipses(text: string): string {
  if (!text.includes("...") || text.includes("…")) return text;
  return text.replace(DOT_RUN, (run) => "…".repeat(run.length));
}
const DOT_RUN = /(?<=[\p{Script=Han}\p{P}])\.{3,}/gu;

/**
 * The other middle dots a copy prints between Han characters (`•`, `・`, `‧`, `∙`) read as `·`, as in a transliterated
 * name (`阿不都•买买提`) or a paper's (`中国•企业家日报`). Only on a page that prints no `·`.
 */
function middleDots(text: string): string {
  // (A scan for the marks alone first: most pages print none, and the pattern that looks for Han on either side is the costlier.)
  if (text.includes("·") || !OTHER_DOT.test(text)) return text;
  return text.replace(OTHER_DOTS_AMONG_HAN, "·");
}
const OTHER_DOT = /[•・‧∙]/u;
const OTHER_DOTS_AMONG_HAN = /(?<=\p{Script=Han})[•・‧∙](?=\p{Script=Han})/gu;

/**
 * The box-drawing slash a copy prints between a paper's name, a role, a name and a place (`【經濟日報╱記者/吳某】`) read as
 * `／`. Only on a page that prints no `／`, and only ╱: the fraction slash stands in figures (`3⁄4`), and the patterns read ∕ as printed.
 */
function slashes(text: string): string {
  return text.includes("／") || !text.includes("╱") ? text : text.replaceAll("╱", "／");
}

/** Fewest Traditional characters that make a page worth reading through a Simplified view. */
const MIN_TRADITIONAL = 4;

const FULL_WIDTH: Readonly<Record<string, string>> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };
/**
 * Half-width punctuation with Han text (or full-width punctuation) on either side: `记者,` `(记者`. Between digits or
 * Latin letters it stays as printed: `10:30`, `1,000`, `www.x.com`, `(1)`.
 */
const HALF_WIDTH_AMONG_HAN = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])[,:;!?()]|[,:;!?()](?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])/gu;

/**
 * (Only a mark whose full-width form the page never prints: every character of the view then stands for one the page
 * printed, so the strings the parser returns are given back exactly. A page that prints both forms is read as printed.)
 */
function fullWidthPunctuation(text: string): string {
  // (Most pages print none: one scan says so.)
  if (!/[,:;!?()]/u.test(text)) return text;
  const convertible = new Set(Object.keys(FULL_WIDTH).filter((c) => text.includes(c) && !text.includes(FULL_WIDTH[c]!)));
  if (convertible.size === 0) return text;
  return text.replace(HALF_WIDTH_AMONG_HAN, (c) => (convertible.has(c) ? FULL_WIDTH[c]! : c));
}

/** White space and the invisible marks a web copy leaves in text (zero-width spaces and joiners), which the parser drops. */
const WHITE_SPACE = new RegExp(`[\\s${INVISIBLE_CHARS}]+`, "gu");
const WHITE_CHAR = new RegExp(`^[\\s${INVISIBLE_CHARS}]$`, "u");

/** For a range of lines, what each Simplified character of the view stood for on the page, where the page printed another. */
function restorer(pageLines: readonly string[], viewLines: readonly string[], start: number, end: number): (text: string) => string {
  const pageFlat = pageLines.slice(start - 1, end).join("");
  const viewFlat = viewLines.slice(start - 1, end).join("");
  if (pageFlat === viewFlat) return (text) => text;
  // (The tables below are built only for a string not found as it stands in the view: most strings are.)
  let bare: { page: string; view: string } | null = null;
  let back: Map<string, string> | null = null;
  // A string found as it stands in the range's view takes the page's characters at that place; one found once its white
  // space is set aside (a paragraph joined from lines that end in spaces, a name with its spaces taken out) takes the
  // page's character for each of its own, its white space kept; any other the parser reshaped takes each character's
  // commoner form.
  return (text) => {
    const at = text === "" ? -1 : viewFlat.indexOf(text);
    if (at >= 0) return pageFlat.slice(at, at + text.length);
    // (The same ranges with their white space and invisible marks left out, still aligned: the view changes neither.)
    bare ??= { page: pageFlat.replace(WHITE_SPACE, ""), view: viewFlat.replace(WHITE_SPACE, "") };
    const textBare = text.replace(WHITE_SPACE, "");
    const from = textBare === "" ? -1 : bare.view.indexOf(textBare);
    if (from >= 0) {
      let out = "";
      let k = from;
      for (const ch of text) {
        if (WHITE_CHAR.test(ch)) {
          out += ch;
          continue;
        }
        out += bare.page.slice(k, k + ch.length);
        k += ch.length;
      }
      return out;
    }
    back ??= printedForms(pageFlat, viewFlat);
    let out = "";
    for (const ch of text) out += back.get(ch) ?? ch;
    return out;
  };
}

/**
 * For two ranges aligned character for character (the view keeps every character's place and length; a character outside
 * the basic plane, 𥸠 for 𥮋, read whole), each view character the page printed otherwise, and the form it printed most
 * often (a range that prints both gives back the commoner).
 */
function printedForms(pageFlat: string, viewFlat: string): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  for (let i = 0; i < pageFlat.length; ) {
    const printed = String.fromCodePoint(pageFlat.codePointAt(i)!);
    const viewChar = viewFlat.slice(i, i + printed.length);
    const counts = seen.get(viewChar) ?? new Map<string, number>();
    counts.set(printed, (counts.get(printed) ?? 0) + 1);
    seen.set(viewChar, counts);
    i += printed.length;
  }
  const back = new Map<string, string>();
  for (const [viewChar, counts] of seen) {
    const [printed] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    if (printed !== viewChar) back.set(viewChar, printed);
  }
  return back;
}

/** The parse of the view, its strings given back the page's own characters. */
export function restoreScript(parsed: ParsedPage, page: string, view: string): ParsedPage {
  // (Lines as every tool numbers them: a lone \r or a line separator breaks a line too.)
  const pageLines = linesOf(page);
  const viewLines = linesOf(view);
  const forLines = (start: number, end: number) => restorer(pageLines, viewLines, start, end);
  const orNull = (f: (t: string) => string, t: string | null) => (t === null ? null : f(t));
  const people = (f: (t: string) => string, list: Person[]) => list.map((p) => ({ role: orNull(f, p.role), name: f(p.name) }));
  const articles = parsed.articles.map((a): Article => {
    const f = forLines(a.lines.start, a.lines.end);
    return {
      ...a,
      kicker: orNull(f, a.kicker),
      title: orNull(f, a.title),
      subtitle: orNull(f, a.subtitle),
      byline: orNull(f, a.byline),
      dateline: a.dateline && { agency: orNull(f, a.dateline.agency), place: orNull(f, a.dateline.place), date: f(a.dateline.date) },
      authors: people(f, a.authors),
      paragraphs: a.paragraphs.map(f),
      photos: a.photos.map((p) => ({ ...p, caption: f(p.caption), credit: f(p.credit), photographers: people(f, p.photographers) })),
    };
  });
  return {
    ...parsed,
    articles,
    unassigned: parsed.unassigned.map((u) => ({ ...u, text: forLines(u.lines.start, u.lines.end)(u.text) })),
    furniture: parsed.furniture.map((x) => ({ ...x, text: forLines(x.line, x.line)(x.text) })),
  };
}
