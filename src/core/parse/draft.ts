/**
 * An article while the page is being read, and how it becomes an Article once
 * it is complete: kind, byline, and which paragraphs are captions.
 */
import type { Article, ArticleKind, Dateline, Person, Photo } from "../model.ts";
import type { Byline, Lead } from "./byline.ts";
import type { Credit } from "./credit.ts";
import { isDatedOpinionLabel, type Headline } from "./headline.ts";
import { anyOf, COMMENTARY_LABELS, COMMENTARY_ROLES as SIGNING_ROLES, DOCUMENT_KINDS, ISSUING_VERBS, LETTER_OCCASIONS, NOTICE_ENDINGS, NOTICE_HEADS, WRITER_KINDS } from "../vocabulary.ts";
import { endsSentence, startsNumberedItem } from "./text.ts";
import type { Decision } from "./trace.ts";

/** How many closing characters tell how a paragraph ends. */
const TAIL = 32;

/**
 * A printed paragraph, grown block by block across column breaks. Its parts are
 * joined once, when the text is read: appending stays linear in the page.
 */
export class Paragraph {
  private parts: string[];
  /** The last characters, enough to tell whether the paragraph ends a sentence. */
  tail: string;
  /** A column break may have cut it: the next text block may continue it. */
  open: boolean;
  /** A credit after it made it a picture's caption. */
  captioned = false;
  /** A layout glyph (● ■) stood before it: an item of a list. */
  marked: boolean;
  /** Read as a crosshead: it heads the paragraphs under it, it is no item of a list. */
  heading = false;
  /**
   * Kept as a crosshead by weighed evidence (shared vocabulary), not by its form, the evidence's total (more is
   * surer); 0 for any other paragraph. Such a heading may yet title a story.
   */
  weight = 0;
  /** The page line it starts on. */
  line = 0;
  /** How many blocks it was printed in: a heading of two or more ran on into the text under it. */
  blocks = 1;
  /** The explanations of its lines, relabelled when a credit makes it a caption. */
  readonly decisions: Decision[] = [];

  constructor(text: string, open: boolean, marked = false) {
    this.parts = [text];
    this.tail = text.slice(-TAIL);
    this.open = open;
    this.marked = marked;
  }

  append(text: string): void {
    this.blocks++;
    this.parts.push(text);
    this.tail = (this.tail + text).slice(-TAIL);
  }

  /** Takes the last `n` characters off (people a column cut from the credit under them). */
  cut(n: number): void {
    const text = this.text.slice(0, -n);
    this.parts = [text];
    this.tail = text.slice(-TAIL);
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0]!;
  }

  /** At most the last `n` characters, without joining the whole paragraph. */
  end(n: number): string {
    let out = "";
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i]!.slice(-(n - out.length)) + out;
    return out;
  }
}

export interface PlacedCredit {
  credit: Credit;
  /** The paragraph right before the credit: the picture's caption. */
  caption: number | null;
  /** Captions an arrow opens right above that one (`▲ …` / `▲ …` / credit), the same credit's: their paragraphs, in order. */
  above?: number[];
}

export interface Draft {
  headline: Headline | null;
  /** The byline or dateline at the head of the article (a lead, a byline line, a bare name). */
  head: Byline | null;
  /** How the head was printed: opening the first paragraph, on a line of its own, or as a bare name. */
  headForm: "lead" | "line" | "name" | null;
  /** A signature after the text: `(执笔：…)`, `文/…`, `本报评论员`. */
  tail: Byline | null;
  /** `（北京七日电）` after the text: the dispatch's place and day (the story's dateline when no lead at its head gave one), and the line as printed. */
  dispatch: { dateline: Dateline; text: string } | null;
  paragraphs: Paragraph[];
  credits: PlacedCredit[];
  /** The writer's portrait under the byline, captioned with their name; no credit is printed for it. */
  portrait: string | null;
  /** How many of the last paragraphs are the captions of pictures printed after the text with no credit. */
  captionsAfterText: number;
  /** What was read last: a credit or a signature closes what came before it. */
  last: "headline" | "byline" | "paragraph" | "credit" | "signature";
  firstLine: number;
  lastLine: number;
  /** How many crossheads the article has so far. */
  crossheads: number;
  /** The explanations of every line the article took. */
  decisions: Decision[];
}

export function newDraft(line: number, headline: Headline | null): Draft {
  return { headline, head: null, headForm: null, tail: null, dispatch: null, paragraphs: [], credits: [], portrait: null, captionsAfterText: 0, last: "headline", firstLine: line, lastLine: line, crossheads: 0, decisions: [] };
}

export function withLead(draft: Draft, lead: Lead): void {
  draft.head = { byline: lead.byline, dateline: lead.dateline, authors: lead.authors };
  draft.headForm = "lead";
  draft.last = "byline";
  if (lead.rest !== "") {
    draft.paragraphs.push(new Paragraph(lead.rest, !endsSentence(lead.rest)));
    draft.last = "paragraph";
  }
}

/**
 * Photo stories carry at least one credit and no reporter's byline at their head:
 * none at all, or only the writer of their words (`文/张 萍`).
 */
export function isPhotoStory(draft: Draft): boolean {
  const head = draft.head;
  const wordsOnly = head !== null && head.dateline === null && head.authors.length > 0 && head.authors.every((a) => a.role === "文");
  // `信息兰州网消息 …` over captions and a credit: a source's label naming no one signs no report
  // (a paper's own 本报讯 does: its text is a report, whatever pictures it has).
  const nobody = head !== null && head.dateline === null && head.authors.length === 0 && /消息[：:]?$/u.test(head.byline) && !/^本报/u.test(head.byline);
  if (!((head === null || wordsOnly || nobody) && draft.credits.length > 0)) return false;
  // A report with its pictures after it: paragraphs before the first caption, then several
  // pictures each with its own caption and credit. (A photo story with one credit after its
  // captions reads the same until that credit, so one picture never makes a report.)
  const firstCaption = draft.paragraphs.findIndex((p) => p.captioned);
  const report = firstCaption >= MIN_REPORT_PARAGRAPHS && draft.credits.length >= 2 && draft.credits.every((c) => c.caption !== null);
  // One picture heading the text: its caption first, then the report's own paragraphs under it
  // (several pictures and their captions over a text are a photo spread).
  const headed = draft.credits.length === 1 && draft.credits[0]!.caption === 0 && draft.paragraphs.filter((p) => !p.captioned).length >= MIN_TEXT_UNDER_PICTURE;
  // A report's text, then its one picture's label or short caption (`会议现场`, `澧河美景。` / `记者 甲 摄`): a photo story's
  // captions run on as its text does, never a few words after paragraphs of it.
  const only = draft.credits.length === 1 ? draft.credits[0]!.caption : null;
  // (A short sentence, `澧河美景。`, or one of a caption's length, `某某到某村调解一起纠纷，当事人在笔录上签字。`, only under
  // paragraphs a report's length: a photo story's captions may be as short as it.)
  const text = only === null ? [] : draft.paragraphs.slice(0, only);
  const long = text.length > 0 && text.reduce((n, p) => n + p.text.length, 0) / text.length >= MIN_REPORT_PARAGRAPH_LENGTH;
  const labelled = only !== null && only === draft.paragraphs.length - 1 && only >= MIN_REPORT_PARAGRAPHS && (isShortCaption(draft.paragraphs[only]!.text, long) || (long && isOneSentence(draft.paragraphs[only]!.text))) && text.every((p) => endsSentence(p.text));
  // Text with its pictures set between its paragraphs: each credit closes a caption of one short sentence, and
  // paragraphs a report's length stand uncaptioned between them (a photo story's text is its captions).
  const uncaptioned = draft.paragraphs.filter((p) => !p.captioned && !p.heading);
  const interleaved = draft.credits.length >= 2 && draft.credits.every((c) => c.caption !== null && isOneSentence(draft.paragraphs[c.caption]!.text)) &&
    uncaptioned.length >= MIN_TEXT_BETWEEN_PICTURES && uncaptioned.every((p) => p.text.length >= MIN_REPORT_PARAGRAPH_LENGTH);
  return !report && !headed && !labelled && !interleaved;
}

/** Uncaptioned paragraphs a report's length, between pictures, that make the piece a text with pictures. */
const MIN_TEXT_BETWEEN_PICTURES = 2;
/** Longest caption read as one short sentence under its picture. */
const MAX_SHORT_CAPTION = 40;

/** `市民有序搭乘公交车。`: one sentence, short, closing on its stop. */
export function isOneSentence(text: string): boolean {
  const t = text.replace(/\s+/gu, "");
  return t.length <= MAX_SHORT_CAPTION && /[。！]$/u.test(t) && !/[。！？；]/u.test(t.slice(0, -1));
}

/** Longest line read as a picture's label or short caption rather than a story's text. */
const MAX_PICTURE_LABEL = 16;

/** Mean length of the paragraphs over a short caption for them to be a report's text. */
const MIN_REPORT_PARAGRAPH_LENGTH = 50;

/** `会议现场`; under a report's long paragraphs `澧河美景。`, `唐某在办公室。`: a few words naming what the picture shows. */
function isShortCaption(text: string, sentenceToo: boolean): boolean {
  const t = text.replace(/\s+/gu, "");
  const words = sentenceToo ? t.replace(/。$/u, "") : t;
  return words.length <= MAX_PICTURE_LABEL && !/[，。！？；：,.!?;:]/u.test(words) && !/^图[①-⑩\d]|图为/u.test(words);
}

/** Uncaptioned paragraphs under a picture that heads an unsigned piece, for it to be a report rather than a photo story. */
const MIN_TEXT_UNDER_PICTURE = 2;

/** Uncaptioned paragraphs that make an unsigned piece with captioned pictures a report, not a photo story. */
const MIN_REPORT_PARAGRAPHS = 3;

const COMMENTARY_ROLES: ReadonlySet<string> = new Set(SIGNING_ROLES);
const SERIES = /^(?:——|—)?.{0,12}?[一二三四五六七八九十百\d]+论/u;
/** `社论`, `本报社论`, `人民时评` alone as the kicker: the paper heads its own opinion so. */
const COMMENTARY_LABEL = new RegExp(`^[\\p{Script=Han}]{0,4}(?:${anyOf(COMMENTARY_LABELS)})$`, "u");
/**
 * The title of a notice itself (…的通告, 征订启事, …名单, 关于…的决定), not news about one
 * (国务院办公厅发出通知 and 外交部发表声明 are reports; 停水通知 is a notice).
 */
export const NOTICE_TITLE = new RegExp(
  `(?<!${anyOf(ISSUING_VERBS)})(?:${anyOf(NOTICE_ENDINGS)})$|的(?:${anyOf(DOCUMENT_KINDS)})$|^(?:${anyOf(NOTICE_HEADS)})|^[\\p{Script=Han}]{2,4}通知$`,
  "u",
);

/** A letter to the public, by its heading: `致读者`, `——致广大市民朋友的一封信`, `致全市家长的公开信`, `——改版致读者`. */
const OPEN_LETTER = new RegExp(`^(?:——|—)?(?:致[\\p{Script=Han}“”、]{1,20}?的(?:一封信|公开信|慰问信|感谢信|倡议书)|(?:${anyOf(LETTER_OCCASIONS)})?致(?:广大|全体|全市|全县|全区|各位|亲爱的)?(?:${anyOf(WRITER_KINDS)})(?:朋友)?们?)$`, "u");

function kindOf(draft: Draft, authors: Person[]): ArticleKind {
  // (A commentator's signature makes a commentary, whatever pictures it has: no photo story is signed so.)
  if (authors.some((a) => a.role !== null && COMMENTARY_ROLES.has(a.role))) return "commentary";
  if (isPhotoStory(draft)) return "photo";
  const h = draft.headline;
  if (h && [h.subtitle, h.kicker].some((s) => s !== null && SERIES.test(s) && /^(?:——|—)/u.test(s))) return "commentary";
  // (In brackets too, `【社论】`.)
  if (h?.kicker != null && (COMMENTARY_LABEL.test(h.kicker.replace(/^[【〖［\[]|[】〗］\]]$/gu, "")) || isDatedOpinionLabel(h.kicker))) return "commentary";
  if (h && NOTICE_TITLE.test(h.title)) return "other";
  // `致读者`, `——致广大市民朋友的一封信`: a letter the paper or an authority addresses to the public is an announcement.
  if (h && [h.title, h.subtitle].some((s) => s !== null && OPEN_LETTER.test(s))) return "other";
  // A list of numbered or bulleted items (本地新闻 1. 2. 3., 便民信息 ● ● ●) is a notice board, not a story.
  const isItem = (p: Paragraph) => (startsNumberedItem(p.text) && !p.heading) || (p.marked && !p.captioned && endsSentence(p.tail));
  const items = draft.paragraphs.filter(isItem).length;
  if (draft.paragraphs.length >= 3 && items * 2 >= draft.paragraphs.length) return "other";
  return "article";
}

export function finishDraft(draft: Draft): Article {
  const head = draft.head;
  const tail = draft.tail;
  const authors = [...(head?.authors ?? []), ...(tail?.authors ?? [])];
  const kind = kindOf(draft, authors);
  // (The dispatch line is printed between the text and its signature: the byline carries it there.)
  const printed = [head?.byline, draft.dispatch?.text, tail?.byline].filter((b) => b !== undefined);
  const byline = printed.length > 0 ? printed.join(" ") : null;

  // (A writer's portrait is no picture of the story: it stands first and makes no photo story of an essay.)
  const photos: Photo[] = draft.portrait === null ? [] : [{ caption: draft.portrait, credit: "", photographers: [] }];
  const captionIndexes = new Set<number>();
  if (kind === "photo" && draft.credits.length === 1) {
    const only = draft.credits[0]!;
    photos.push({ caption: draft.paragraphs.map((p) => p.text).join("\n"), credit: only.credit.credit, photographers: only.credit.photographers });
  } else {
    for (const { credit, caption, above = [] } of draft.credits) {
      const captions = caption === null ? [] : [...above, caption];
      const text = captions.map((i) => draft.paragraphs[i]!.text).join("\n");
      if (kind !== "photo") for (const i of captions) captionIndexes.add(i);
      photos.push({ caption: text, credit: credit.credit, photographers: credit.photographers });
    }
  }

  // (Captions printed after the text with no credit close it, a picture each.)
  const firstTrailing = draft.paragraphs.length - draft.captionsAfterText;
  for (let i = firstTrailing; i < draft.paragraphs.length; i++) {
    captionIndexes.add(i);
    photos.push({ caption: draft.paragraphs[i]!.text, credit: "", photographers: [] });
  }

  return {
    kind,
    kicker: draft.headline?.kicker ?? null,
    title: draft.headline?.title ?? null,
    subtitle: draft.headline?.subtitle ?? null,
    byline,
    dateline: head?.dateline ?? draft.dispatch?.dateline ?? null,
    authors,
    paragraphs: draft.paragraphs.filter((_, i) => !captionIndexes.has(i)).map((p) => p.text),
    photos,
    lines: { start: draft.firstLine, end: draft.lastLine },
  };
}
