/**
 * Character-level facts about printed Chinese newspaper text: what ends a
 * sentence, what is decoration, what counts as a space.
 */
import { ADDRESSED_BODIES, ADDRESSEES, anyOf, BLOCK_GLYPHS, DECORATIVE_GLYPHS, EDITORS_NOTES, END_MARKS, FULL_DATE, LANDMARK_ENDINGS, NUMBERED_ITEM, PLACE_ENDINGS, SALUTATION_OPENERS } from "../vocabulary.ts";

/** Spaces that PDF extraction leaves in text: ideographic space, NBSP, tabs, thin spaces. */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that carry nothing: byte-order marks, zero-width spaces and joiners. */
export const INVISIBLE_CHARS = "\\ufeff\\u200b\\u200c\\u200d\\u2060";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");
/** Layout glyphs that mark a picture or an item, not text. */
export const DECORATIVE = new RegExp(`[${DECORATIVE_GLYPHS}]`, "u");
/** Any glyph that may be layout, block glyphs included (which are layout only before a space): what conservation leaves uncounted. */
export const LAYOUT_GLYPH = new RegExp(`[${DECORATIVE_GLYPHS}${BLOCK_GLYPHS}]`, "u");
const LEADING_DECORATION = new RegExp(`^(?:(?:[${DECORATIVE_GLYPHS}]|[${BLOCK_GLYPHS}]+(?=\\s))\\s*)+`, "u");
/** An arrow pointing up opening a line (`▲ 市民现场欣赏…`): at the picture above it, the line its caption. (◀ ▶ ► ▼ mark a deck or a digest's item as often.) */
const POINTER = /^[▲△]/u;
/** An end mark after the last sentence of an article (`…了解海洋知识。 ■`): decoration, not text. */
const TRAILING_END_MARK = new RegExp(`(?<=[。！？!?”’」』）)…\\s])\\s*[${END_MARKS}]+$`, "u");
/**
 * `◤捍卫百年老庙◢`, `★ 专题 ★`: on a line a glyph opens, glyphs closing it frame it with the first, as a label's box does.
 * (Not ○ nor □: a zero, `二○○○`, and the mark for a character the font lacks, `张□`, close a line as text does.)
 */
const TRAILING_DECORATION = new RegExp(`(?:\\s*[${[...DECORATIVE_GLYPHS].filter((g) => g !== "○" && g !== "□").join("")}])+$`, "u");

/** A printed line: its text with spaces normalised and decoration removed, and its 1-based line number. */
export interface Line {
  text: string;
  line: number;
  /** How many blank lines stand before this one. */
  gap: number;
  /** A layout glyph (■ ● ▲) stood before the text: a crosshead, a caption or an item. */
  marked: boolean;
  /** The glyph was an arrow pointing up (▲ △), at the picture the text captions. */
  pointer?: true;
}

/** `…了解海洋知识。 ■`: a line's text without the end mark after its last sentence. */
export function withoutEndMark(text: string): string {
  return text.trim().replace(TRAILING_END_MARK, "").trim();
}

/** A page's lines as printed, numbered from 1 by everything that breaks a line: the numbering every tool shares. */
export function pageLines(page: string): string[] {
  return page.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
}

export function splitLines(page: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  const raw = pageLines(page);
  for (let i = 0; i < raw.length; i++) {
    const spaced = normaliseSpaces(raw[i] ?? "");
    const unmarked = spaced.replace(LEADING_DECORATION, "");
    const text = (unmarked === spaced ? unmarked : unmarked.replace(TRAILING_DECORATION, "")).replace(TRAILING_END_MARK, "").trim();
    if (text === "") {
      gap++;
      continue;
    }
    const printed: Line = { text, line: i + 1, gap, marked: text !== spaced };
    if (POINTER.test(spaced)) printed.pointer = true;
    out.push(printed);
    gap = 0;
  }
  return out;
}

/** Anything normaliseSpaces would change inside a line; most lines have none. */
const UNUSUAL = /[\t\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function normaliseSpaces(raw: string): string {
  if (!UNUSUAL.test(raw)) return raw.trim();
  return raw
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .trim();
}

/** A note's marker closing a line (`…护栏新。①`), and a line that is nothing else. */
const NOTE_MARKER_AFTER = /[①-⑳]+$/u;
const NOTE_MARKER_ONLY = /^\s*[①-⑳]+$/u;
/** A bracketed note after a sentence's end: `…享年86岁。（附图片）`. */
const NOTE_AFTER_SENTENCE = /[。！？!?…][”’」』]?\s*[（(][^（()）]{1,30}[)）]$/u;

/** Closing marks after which a printed paragraph may end (full-width ＂ and ＇ too, as some extractions print them). */
const CLOSERS = "”’」』）)】》\"'＂＇";
const FINAL = "。！？；：!?;:…";
/** A letter or a digit: what a line of marks alone holds none of. */
const WORDED = /[\p{L}\p{N}]/u;

/**
 * Does this text end a sentence, so that a blank line after it is a paragraph
 * break and not a column break? A closing quote or bracket counts only with a
 * sentence-final mark inside it (…。” ): `称为“城市会客厅”` may go on.
 */
export function endsSentence(text: string): boolean {
  // A line of marks alone (`……`, `＊ ＊ ＊`) leaves out text or breaks an essay: nothing runs on across it.
  if (!WORDED.test(text)) return true;
  // A note's marker after the sentence (`…护栏新。①`) refers to a note below it: the sentence has ended.
  if (NOTE_MARKER_AFTER.test(text) && !NOTE_MARKER_ONLY.test(text)) return endsSentence(text.replace(NOTE_MARKER_AFTER, ""));
  // A note in brackets after the last sentence (`…享年86岁。（附图片）`, `…。（完）`) closes it too.
  if (NOTE_AFTER_SENTENCE.test(text)) return true;
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--;
  if (end === 0) return true;
  return FINAL.includes(text[end - 1]!);
}

const DATE_AT_END = new RegExp(`${FULL_DATE}$`, "u");
const BARE_DATE = new RegExp(`^${FULL_DATE}$`, "u");

/** A sign-off that ends on a full date (`某某部 2025年2月10日`) closes its paragraph. */
export function endsWithDate(text: string): boolean {
  return DATE_AT_END.test(text);
}

/** A full date alone on its line (`2019年5月8日`, `一九九六年一月一日`): a notice's sign-off, never a headline or a column's cut. */
export function isBareDate(text: string): boolean {
  return BARE_DATE.test(text);
}

/** Text inside quotes or brackets removed, to look at a line's own punctuation. */
export function withoutQuoted(text: string): string {
  if (!/[“「《‘"]/u.test(text)) return text;
  return text.replace(/“[^”]*”|「[^」]*」|《[^》]*》|‘[^’]*’|"[^"]*"/g, "");
}

/** Bigrams of adjacent Han characters (never across a digit or a mark), for topical overlap between a line and an article. */
export function hanBigrams(text: string): Set<string> {
  return new Set(hanBigramCounts(text).keys());
}

/** The same bigrams, each with how often it occurs (for weighing words, `PageWords`). */
export function hanBigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const gram = run.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

const NUMBERED = new RegExp(`^${NUMBERED_ITEM}`, "u");

/** `1.`, `2、`, `（3）`, `一、`: the start of a numbered item, which never continues the paragraph before it. */
export function startsNumberedItem(text: string): boolean {
  return NUMBERED.test(text);
}

/** The line without the number a numbered item opens on (`二、夏河机场建成通航` → `夏河机场建成通航`). */
export function withoutItemNumber(text: string): string {
  return text.replace(NUMBERED, "").trim();
}

/** A line that is wholly a parenthetical, such as `（1998年3月16日…通过）` or `（一九九六年一月一日）`. */
export function isParenthetical(text: string): boolean {
  return /^[（(][^（()）]{1,200}[)）](?:[\p{Script=Han}]{0,4}[：:])?$/u.test(text);
}

/**
 * A place named over the title, closed by a colon: `金台区陈仓镇金星村：` / `垃圾堆在渠边…`; a road, a park or a building in it too,
 * `什邡市峨眉山路：` / `围墙年久失修…`, a name of a few words after a place's own (`市民可前往以下公园：`, `我市首批命名的文明示范街：`,
 * `某某说起城市发展之路：` introduce what follows in a sentence's words).
 */
export const PLACE_KICKER = new RegExp(`^(?:[\\p{Script=Han}·]{1,20}(?:${anyOf(PLACE_ENDINGS)})|(?![^：:]*[的说是有在以可将把被对向之起为])[\\p{Script=Han}·]{2,8}(?:${anyOf(PLACE_ENDINGS)})[\\p{Script=Han}·]{1,6}(?:${anyOf(LANDMARK_ENDINGS)}))[：:]$`, "u");

/** An editor's note's label alone on its line (编者按, 开栏语, 编后语：): a piece's title, never a name or a crosshead. */
const EDITORS_NOTE = new RegExp(`^(?:${anyOf(EDITORS_NOTES)})[：:]?$`, "u");
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}

/** Text that opens on an editor's note heading a piece (`编者按：…`, `开栏语：…`; not an afterword, `编后：…`, which closes one). */
export function opensOnEditorsNote(text: string): boolean {
  return OPENING_NOTE.test(text);
}
const OPENING_NOTE = new RegExp(`^(?:${anyOf(EDITORS_NOTES.filter((n) => !n.startsWith("编后")))})[：:]?`, "u");

/**
 * Whom a speech or a letter addresses, alone on its line and closed by a colon: `同志们、朋友们：`, `尊敬的市民朋友们：`,
 * `各位代表：`, `中国共产党某市第十六次代表大会：`. Each part names people as a speaker calls them (up to four characters
 * before the word: 市民朋友们); a pronoun (`我们：`, `人们：`) or prose (`激动地告诉我们：`) addresses no one, nor does a
 * label (`编者按：`, `主持人：`).
 */
const ADDRESSEE = `[\\p{Script=Han}]{0,4}(?:${anyOf(ADDRESSEES)})们?`;
const SALUTATION = new RegExp(`^(?:(?:${anyOf(SALUTATION_OPENERS)})[^，。；！？：:“”\\s]{1,24}|${ADDRESSEE}(?:[、，,]${ADDRESSEE})*|[^，。；！？：:“”\\s]{2,24}(?:${anyOf(ADDRESSED_BODIES)}))[：:]$`, "u");
const MAX_SALUTATION = 30;
export function isSalutation(text: string): boolean {
  // (Most lines end otherwise: test the colon before anything else.)
  if (!/[：:]\s*$/u.test(text)) return false;
  const t = text.replace(/\s+/gu, "");
  return t.length <= MAX_SALUTATION && SALUTATION.test(t);
}

/**
 * Text that opens on whom it greets and a colon, the letter run on after it: `编辑同志：多年来，…`, `尊敬的各位领导：…`. Only a
 * greeting's form (尊敬的, 亲爱的, 各位, …同志, …们): one person or one role so labelled, `张老师：`, `王某明代表：`, `读者：`, is a
 * speaker's turn in an interview or a Q&A, under a part's heading as often.
 */
export function opensOnSalutation(text: string): boolean {
  const colon = text.search(/[：:]/u);
  if (colon <= 0 || colon >= text.length - 1) return false;
  const greeted = text.slice(0, colon + 1);
  return isSalutation(greeted) && GREETING_FORM.test(greeted);
}
const GREETING_FORM = new RegExp(`^(?:${anyOf(SALUTATION_OPENERS)})|(?:同志|们)[：:]$`, "u");

/** A dash as print sets it before a subtitle or after a kicker: ——, —, --, and their look-alikes (－－, ──, ―). */
export const DASH = "(?:——|──|－－|―|—|--)";
/** The doubled dash that closes a kicker leading into its title (`…住手吧——`). */
export const CLOSING_DASH = "(?:——|──|－－)";

/** `图①环卫工人清扫大道`, `上图：…`, `图2 …`, `图片说明：…`: a caption named by its picture's number or place, or labelled so. */
const PICTURE_LABEL = /^(?:(?:图\s*[①-⑳\d]{1,2}|[上下左右中]图)(?:[：:\s]|(?=\p{Script=Han}))|(?:图片说明|图说)[：:]|图为(?=[\p{Script=Han}\d：:]))/u;

/** Does the line open on its picture's label? Such a caption is never a headline, and never the rest of another line. */
export function isPictureLabel(text: string): boolean {
  return PICTURE_LABEL.test(text);
}
