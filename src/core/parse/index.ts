/**
 * One page of newspaper text → articles. Pure: no I/O, never throws on any
 * string, deterministic, linear in the page's size. What cannot be placed in
 * an article is returned in `unassigned` with a warning, never dropped.
 */
import type { Article, PageFurniture, ParsedPage, ParseWarning, Person, UnassignedText } from "../model.ts";
import { ADDRESS_TITLES, anyOf, BACK_REFERENCES, COLUMN_OPENERS, EDITORS_NOTES, NARRATIVE_OPENINGS, ROLE_QUALIFIERS, DETAIL_LABELS, NOTE_LABELS, BODY_HEADS, COMMENTARY_ROLES, DEMONSTRATIVES, DISCOURSE_CONNECTIVES, FINDING_VERBS, GOVERNING_BODIES, GOVERNMENT_LEVELS, HOUSE_AGENCIES, MADE_NOTES, MAKER_ROLES, NEWS_VERBS, ORGANISATION_ENDINGS, PERSON_TRADES, PHOTO_STORY_LABELS, LANDMARK_ENDINGS, LEARNED_VERBS, PLACE_ENDINGS, PRESS_ENDINGS, RECENT_DAYS, REPORTER_ROLES, SPEECH_VERBS, WHEN_WORDS, WROTE_AND_TOOK } from "../vocabulary.ts";
import { isAttribution, isDottedSignature, readBareName, standingName, readDashSignature, readDispatch, readTitledReport, type Byline } from "./byline.ts";
import { endsAsPlace, parsePeople } from "./people.ts";
import { readingView, restoreScript } from "./script.ts";
import { finishDraft, isOneSentence, isPhotoStory, newDraft, NOTICE_TITLE, Paragraph, withLead, type Draft } from "./draft.ts";
import { hasCommonSurname, looksLikeName } from "./surnames.ts";
import { assignHeadline, canBeHeadline, introducesWords, canBeTitle, endsMidPhrase, isLongUnpunctuatedTitle, opensOnConnective, isBareTitle, isColonKicker, isColumnLabel, isPairedTitle, readsAsNarrative, sharesSeriesLabel, opensOnColumnName, isDialogue, isInterviewTurn, isNumberedHeading, isSectionNumber, MAX_TITLE, SPEAKER_TURN, endsWithDash, startsWithDash, statesNews } from "./headline.ts";
import { placeLevel } from "./places.ts";
import { CLOSING_DASH, endsSentence, endsWithDate, hanBigrams, isBareDate, isEditorsNote, isParenthetical, opensOnEditorsNote, isPictureLabel, isSalutation, opensOnSalutation, PLACE_KICKER, startsNumberedItem, withoutItemNumber, withoutQuoted } from "./text.ts";
import { Trace, type Decision, type Evidence, type LineRole, type ParseOptions, type RuleName } from "./trace.ts";
import { continuedFrom, continuesElsewhere, liftedOverHeadline, readUnits, usualGap, type Unit } from "./units.ts";
import { PageWords } from "./page-words.ts";
import { type ColumnCut, actorAtEnd, columnCut, doubledAcross, endsOnWord, isCommonWord } from "./column.ts";
import { FRAGMENT_THRESHOLD, fragmentScore, TITLE_CUT_THRESHOLD } from "./fragment.ts";
import type { Credit } from "./credit.ts";

export type { ParsedPage } from "../model.ts";
export type { Decision, ParseOptions } from "./trace.ts";
export { RULES } from "./trace.ts";

/** Headline groups have at most three lines; a fourth candidate is text. */
const MAX_GROUP = 3;
/** Longest subtitle read over a picture without a byline (two printed lines of a wide headline). */
const MAX_PICTURE_SUBTITLE = 80;
/** Share of a one-line candidate's bigrams already in the article for it to read as a crosshead. */
const CROSSHEAD_OVERLAP = 0.34;
/** Share of the following text's bigrams already in the article for the line before it to read as a crosshead. */
const FOLLOWING_OVERLAP = 0.07;
/** …and at least this many pairs of characters shared, so that a few common words do not count as much. */
const FOLLOWING_SHARED_PAIRS = 4;
/** Pairs the following text must share for any weight at all: one shared word is chance. */
const FOLLOWING_SOME_PAIRS = 2;
/** Caption blocks a photo story may print before its first credit. */
const MAX_CAPTION_BLOCKS = 4;
/** The role of one who made both words and picture: `图/文`, `文/图`, `图文`. */
const MAKER_OF_BOTH = /^(?:图\s*[/／]?\s*文|文\s*[/／]?\s*图)$/u;
/** Longest caption a picture's maker signs under (a text's paragraph is longer). */
const MAX_MADE_CAPTION = 80;
/** How many text blocks (a story's intro, cut by its column) may stand between one credited caption and the next. */
const MAX_BLOCKS_TO_NEXT_PICTURE = 6;
/** Lines above everything else read as the page's labels, and the longest of them. */
const MAX_PAGE_LABELS = 3;
const MAX_PAGE_LABEL = 12;
/** People after a block's last sentence, the start of a credit the column cut (`…节目。记者甲、乙`). */
const CREDIT_HEAD = /[。！？]([^。！？，“”]{3,30})$/u;
const CREDIT_HEAD_REACH = 40;
/** Most blocks of text a short photo story's caption runs to, for reporters named under it to be its credit. */
const MAX_SHORT_CAPTIONS = 2;
/** A reporter's or correspondent's role: 记者, 全媒体记者, 通讯员, 实习生. */
const REPORTER_ROLE = new RegExp(`(?:${anyOf(REPORTER_ROLES)})$`, "u");
/** How many names under one reporter's role a byline line must list to be read as running on to the next line. */
const MIN_LISTED_TO_RUN_ON = 3;
/** Caption blocks, cut by columns, that a photo story's credit may stand below its title: weighed, not decisive. */
const MAX_STORY_CAPTION_BLOCKS = 8;
/** A report's first words: its day and a time of day (`10月10日上午，`, `7月21日晚`). */
/** A line that opens on a date or a day and a comma (6月8日，昨日，近日，…): how captions and leads begin. */
const OPENS_ON_WHEN = new RegExp(`^(?:(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?(?:上午|下午|晚上?|凌晨|中午)?(?:\\d{1,2}[时点](?:\\d{1,2}分|半)?许?)?|${anyOf(WHEN_WORDS)})[，,]`, "u");
/** A time of day with its hour, or after a day's word, and a comma (`上午10点，`, `昨天上午，`): a sentence's setting, in two clauses no heading's. */
const OPENS_ON_HOUR = new RegExp(`^(?:(?:${anyOf(WHEN_WORDS)})(?:上午|下午|晚上?|凌晨|中午)|(?:上午|下午|晚上|凌晨|中午|早上|傍晚)\\d{1,2}[时点](?:\\d{1,2}分|半)?许?)[，,]`, "u");
/** A full date and a comma (2005年2月24日，…): a sentence starts there. */
const DATE_OPENING = /^\d{4}年\d{1,2}月\d{1,2}日[，,]/u;
/** The same, or on the reporter (记者从…获悉, 据…). */
const OPENS_LIKE_TEXT = new RegExp(`^(?:记者|据)|${OPENS_ON_WHEN.source}`, "u");
/**
 * A title that closes on the event it reports (…晚会举行, …活动启动, …大会开幕), or on a talk held between two parties it names
 * (`某地作家与我市文化界代表座谈`; `与企业家代表座谈`, with no one before 与, heads a part of a leader's visit).
 */
const EVENT_DONE = new RegExp(`(?:${anyOf(NEWS_VERBS)})$|^[^与同和]{2,}(?<![组团队])(?:与|同|和)[\\p{Script=Han}]{2,}座谈$`, "u");
const DATED_LEAD = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|晚间|早上|凌晨|中午|傍晚)/u;
/**
 * The same with the day alone (9月13日，…), or recent days named in words (RECENT_LEAD: 近日，…, 昨天，…, 近几天，…): a
 * part of a report opens so too, so they weigh less. (Not 近年来，…, a span of years a feature's part opens on; nor 当天，…
 * or 前不久，…, which point back to a day already named; nor 昨日上午，…, which a report's parts open on, telling its day
 * hour by hour.)
 */
const DAY_LEAD = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—–\-～~](?:\d{1,2}月)?\d{1,2}日)?[，,]/u;
const RECENT_LEAD = new RegExp(`^(?:${anyOf([...RECENT_DAYS, "近几天", "连日来"])})[，,]`, "u");
/** The same, under a byline line (features, which carry crossheads). */
const FEATURE_OVERLAP = 0.02;
/**
 * Shortest line weighed as long as a title: of the annotated lines weighed as crosshead or next story,
 * 135 of 194 shorter than this are crossheads, and 45 of 68 this long or longer start a story. (At 12, crossheads
 * of a feature's parts as long, 党建引领让村子有了主心骨, would weigh so too; 13 splits off one crosshead fewer.)
 */
const LONG_LINE = 13;
/** Paragraphs a piece runs without a crosshead before a heading-like line weighs for the next story: of the annotated lines weighed after so long a run, 25 of 35 start a story. */
const LONG_RUN = 5;
/** How many more lines of a headline may stand between a candidate line and the salutation that opens its text. */
const MAX_HEADLINE_BELOW = 2;
/** Most paragraphs an unsigned piece's intro has before its first crosshead. */
const MAX_INTRO_PARAGRAPHS = 2;
/** Most paragraphs of an intro printed over its report's byline (`…。` / `□记者 甲`). */
const MAX_INTRO_UNDER_BYLINE = 5;
/** Pictures in a row, each with its caption, that close a text as a gallery does. */
const MIN_GALLERY = 3;
/** Longest block read as a caption over a byline that heads the text: one short sentence. */
const MAX_CAPTION_OVER_BYLINE = 30;
/** How many text blocks after a candidate are read as what follows it. */
const FOLLOWING_BLOCKS = 3;
/** Below this page-weighted similarity (`PageWords`), the text under a line shares none of the article's own words. */
const OTHER_WORDS = 0.015;
/** Evidence from a crosshead's form, which outranks what its words share: a part's label, a sibling's shape. */
const FORM_FEATURES: ReadonlySet<string> = new Set(["crosshead.part-label", "crosshead.parallel"]);
/** At or above this page-weighted similarity, what the text under a line shares with the article includes the story's own words. */
const OWN_WORDS = 0.03;
/** How much of the article a crosshead candidate is compared with, so the check stays linear. */
const CROSSHEAD_WINDOW = 3000;

export function parsePage(page: string, options: ParseOptions = {}): ParsedPage {
  // A page in Traditional characters, or with half-width punctuation, is read in Simplified and full-width and given its own characters back.
  const view = typeof page === "string" ? readingView(page) : null;
  if (view !== null) return restoreScript(parseText(view, options), page, view);
  return parseText(page, options);
}

function parseText(page: string, options: ParseOptions): ParsedPage {
  const trace = new Trace(options);
  const corrections = options.corrections ?? [];
  const roles = new Map(corrections.flatMap((c) => (c.role ? [[c.line, c.role] as const] : [])));
  const units = readUnits(typeof page === "string" ? page : "", (rule) => trace.on(rule), roles);
  const reader = new PageReader(units, trace, new Set(corrections.flatMap((c) => (c.startsArticle ? [c.line] : []))));
  let parsed = reader.read();
  const joins = corrections.flatMap((c) => (c.joinsPrevious ? [c.line] : [])).sort((a, b) => b - a);
  for (const line of joins) parsed = joinPrevious(parsed, line, trace.decisions);
  // (In the page's line order: a jump line is read as standing above the headline it sits under.)
  return options.explain ? { ...parsed, decisions: [...trace.decisions].sort((a, b) => a.line - b.line) } : parsed;
}

/** The index of the article printed over `line` (its first to its last line), or -1. */
export function articleAtLine(articles: readonly Pick<Article, "lines">[], line: number): number {
  return articles.findIndex((a) => a.lines.start <= line && line <= a.lines.end);
}

/**
 * The article at `line` continues the one before it (an editor's correction): its headline
 * lines and byline become paragraphs, in print order, and its text and photos follow the
 * previous article's. A line in no article, or in the first, changes nothing (the build
 * reports such a correction as not applying).
 */
function joinPrevious(parsed: ParsedPage, line: number, decisions: Decision[]): ParsedPage {
  const k = articleAtLine(parsed.articles, line);
  if (k < 1) {
    const message = k === 0 ? "a correction joins this line's article to the one before, but it is the page's first article; not applied" : "a correction joins this line's article to the one before, but the line is in no article; not applied";
    return { ...parsed, warnings: [...parsed.warnings, { line, message }] };
  }
  const [prev, next] = [parsed.articles[k - 1]!, parsed.articles[k]!];
  const heading = [next.kicker, next.title, next.subtitle, next.byline].filter((t): t is string => t !== null && t !== "");
  const joined: Article = {
    ...prev,
    paragraphs: [...prev.paragraphs, ...heading, ...next.paragraphs],
    photos: [...prev.photos, ...next.photos],
    authors: prev.authors.length > 0 ? prev.authors : next.authors,
    lines: { start: prev.lines.start, end: next.lines.end },
  };
  for (const d of decisions) {
    if (d.article === k) {
      d.article = k - 1;
      if (d.role === "kicker" || d.role === "title" || d.role === "subtitle" || d.role === "byline") {
        d.role = "paragraph";
        d.rule = "correction.joins-previous";
      }
    } else if (d.article !== null && d.article > k) d.article--;
  }
  return { ...parsed, articles: [...parsed.articles.slice(0, k - 1), joined, ...parsed.articles.slice(k + 1)] };
}

const HEADLINE_ROLES = new Set(["kicker", "title", "subtitle"]);
const isForcedHeadline = (u: Unit | undefined): boolean => u?.kind === "text" && u.forced !== undefined && HEADLINE_ROLES.has(u.forced);
const isForcedText = (u: Unit): boolean => u.kind === "text" && (u.forced === "paragraph" || u.forced === "caption");

class PageReader {
  private readonly units: Unit[];
  private readonly articles: Article[] = [];
  private readonly unassigned: UnassignedText[] = [];
  private readonly warnings: ParseWarning[] = [];
  private readonly furniture: PageFurniture[] = [];
  /** An unsigned piece on this page ended on its reporters' own line, no picture above it: the page signs briefs so. */
  private reportersSignAtEnd = false;
  private readonly trace: Trace;
  private current: Draft | null = null;
  /** The unit a crosshead rule kept from starting an article, that rule and the weights behind it. */
  private crosshead: { index: number; rule: RuleName; evidence?: Evidence[] } | null = null;
  /** The second line of a crosshead printed on two lines, which goes on the first. */
  private pairEnd = -1;
  /** The unit read as a paragraph's first line that leads on into the next (`…两大亮点——`). */
  private leadsOn = -1;
  /** The deck under a crosshead's heading (`科普入心提素养` / `健康理念成新春“文化年货”`): a crosshead of its own. */
  private headingPairEnd = -1;
  /** A line that ends the sentence the column cut, though a byline under it would have made it a headline. */
  private clauseEnd = -1;
  /** The weights that found a candidate line to be no crosshead, shown where its article opens. */
  private against: { index: number; evidence: Evidence[] } | null = null;
  /** Text before the first headline of the page: kept as unassigned. */
  private orphan: Draft | null = null;

  /** The page's usual number of blank lines between blocks: more than this marks a boundary. */
  private readonly usualGap: number;
  /** Does the page set anything apart with wider space than it usually leaves? Many PDF texts never do. */
  private readonly widerSpace: boolean;
  /** The line a comma title was weighed for (story.comma-title-weighed), so that its group names that rule. */
  private commaWeighed = -1;
  /** The line of a headline's last line read as the caption of the picture credited under it (caption.over-credit-under-title). */
  private captionUnderTitleAt = -1;

  /** Lines an editor's correction starts an article at. */
  private readonly starts: ReadonlySet<number>;

  /** Short lines printed more than once on the page: a column's label over each of its pieces. */
  private readonly repeated: ReadonlySet<string>;

  /** The page's words, weighed by how few of its blocks use them (made when first needed). */
  private words: PageWords | null = null;
  /** Whether a line runs on into the next (`runsIntoNext`), by unit index: it is asked more than once a line. */
  private readonly cutLines = new Map<number, ColumnCut | null>();
  /** The line a headline group ended above, because it opens on its day and a comma (`group.dated-text-under-title`). */
  private datedTextAt = -1;
  /** Lines a headline group ended above, because their column cut them mid-word (`group.cut-text-under-title`). */
  private readonly cutTextAt = new Set<number>();
  /** A tip-off's line after a story's text (paragraph.tip-off): it closes the story's text. */
  private tipOffAt = -1;
  /** Lines under a headline's line that the learned fragment model read as the text's first piece. */
  private learnedCutAt = new Set<number>();
  /** The text unit after a credit printed first on its line: that credit's caption. */
  private captionAfterCredit = -1;
  /** The last unit of a run of captions a set's credit covers (caption.set-credit), once read. */
  private setCaptionsTo = -1;
  /** Lines kept from heading anything because they read as a sentence of three clauses (`paragraph.narrative-line`). */
  private readonly narrativeAt = new Set<number>();

  constructor(units: Unit[], trace: Trace, starts: ReadonlySet<number> = new Set()) {
    this.units = units;
    this.trace = trace;
    this.usualGap = usualGap(units);
    // (The first unit's gap is the file's leading blank lines, which set nothing apart.)
    this.widerSpace = units.slice(1).some((u) => u.gap > this.usualGap);
    this.starts = starts;
    this.repeated = repeatedLines(units);
  }

  read(): ParsedPage {
    let i = 0;
    while (i < this.units.length) {
      const u = this.units[i]!;
      const firstOfLine = i === 0 || this.units[i - 1]!.line !== u.line;
      if ((this.starts.has(u.line) && firstOfLine) || (isForcedHeadline(u) && !this.inGroup(i))) {
        i = this.startCorrected(i);
        continue;
      }
      const group = this.headlineAt(i);
      if (group) {
        this.startArticle(group, i);
        i = group.next;
        continue;
      }
      this.place(this.units[i]!, this.units[i + 1], i);
      i++;
    }
    this.close();
    this.closeOrphan();
    return { articles: this.articles, unassigned: this.unassigned, warnings: this.warnings, furniture: this.furniture };
  }

  /** Records a line's role in the explanation and ties it to the article being read. */
  private mark(u: Unit, role: LineRole, rule: RuleName, draft: Draft | null, extra?: { opens?: RuleName; evidence?: Evidence[] }, paragraph?: Paragraph): void {
    const d = this.trace.add(u.line, role, rule, extra);
    if (!d) return;
    // A caption and its credit on one line share a decision: it is then already the draft's last.
    if (draft && draft.decisions[draft.decisions.length - 1] !== d) draft.decisions.push(d);
    paragraph?.decisions.push(d);
  }

  // ── headline detection ───────────────────────────────────────────────

  /**
   * `——在政协某市第五届委员会第五次会议上` / `（2026年2月9日）` / `某市政协副主席 甲` / text: under a headline and the bracketed date a
   * printed speech or report gives alone, the speaker's office and name, or a name, heads the text it delivered (never a story's
   * title). (A bracketed date alone under a headline is a speech's; a report's date stands in its lead.)
   */
  private speakerUnderDate(i: number): boolean {
    const d = this.current;
    const u = this.units[i]!;
    const next = this.units[i + 1];
    if (d === null || d.headline === null || d.head !== null || d.tail !== null || d.credits.length > 0 || d.paragraphs.length !== 1) return false;
    const first = d.paragraphs[0]!.text;
    return isParenthetical(first) && isBareDate(first.replace(/^[（(]\s*|\s*[)）]$/gu, "")) && u.kind === "text" && (readOfficial(u.text) !== null || isWritersName(u.text)) && next?.kind === "text" && this.trace.on("byline.speaker-under-date");
  }

  /** The line at `i` is the second line of a byline printed under the headline (see addText). */
  private continuesByline(i: number): boolean {
    const d = this.current;
    const u = this.units[i]!;
    return (
      d !== null && d.headForm === "line" && d.head !== null && d.last === "byline" && d.paragraphs.length === 0 &&
      u.kind === "text" && i + 1 < this.units.length && this.units[i + 1]!.kind !== "byline" && this.trace.on("byline.second-line") && bylineContinuation(u.text) !== null
    );
  }

  /** An organisation's name alone after a notice's finished text: the notice's sign-off. */
  private signsNotice(i: number): boolean {
    const d = this.current;
    const u = this.units[i]!;
    return (
      d !== null && isNotice(d) && d.last === "paragraph" && (this.isClosed() || endsOnField(d)) &&
      SIGN_OFF_NAME.test(u.text) && this.trace.on("paragraph.sign-off-name")
    );
  }

  /** Has the current article, under its headline, only bulleted points so far (a deck of ● lines before the byline)? */
  private pointsUnderHeadline(): boolean {
    const d = this.current;
    return d !== null && d.headline !== null && d.head === null && d.credits.length === 0 && d.paragraphs.length > 0 && d.paragraphs.every((p) => p.marked) && this.trace.on("byline.after-points");
  }

  /** Is the current article's last paragraph a turn of an interview (问：…, 记者：…)? */
  private lastIsInterviewTurn(): boolean {
    const last = this.current?.paragraphs.at(-1);
    return last !== undefined && !last.captioned && isInterviewTurn(last.text);
  }

  /** Does the current article's last paragraph open on a question quoted and name who asked it in a few words (`“生意好不好？”记者问。`)? */
  private lastAsks(): boolean {
    const last = this.current?.paragraphs.at(-1);
    return last !== undefined && !last.captioned && QUESTION_THEN_ASKER.test(last.text);
  }

  /** Is the current article's last paragraph a whole quoted line (dialogue)? */
  private lastIsQuoted(): boolean {
    const last = this.current?.paragraphs.at(-1);
    return last !== undefined && !last.captioned && isQuotedLine(last.text);
  }

  /**
   * Does the line at i plainly run on into the next: a word across the break (no character doubled across it, `…蹲门人` /
   * `人称…`, which a heading's last word and the text's first make by chance), words only a sentence uses, or an address
   * the next line goes on with? A heading's own line may end on what would leave a sentence open (——…的交往), so a phrase
   * left open is not enough; and under a byline, a heading of a few characters and the text's first make a word by chance
   * too often (`梦里水乡` / `村里的老人说…`, `初心` / `中午时分…`, `在希望的田野上` / `天刚蒙蒙亮…`): there a word across counts not.
   */
  private plainlyCut(i: number, wordAcross = true): boolean {
    const cut = this.runsIntoNextCached(i);
    // (Nor a person's name alone on its line, `蔡某雄` / `花蓮縣…`: the writer signing under the title, whatever word their
    // name's last character makes with the text's first.)
    const text = this.units[i]!.text;
    const signs = isWritersName(text);
    return (wordAcross && cut === "word-across" && !doubledAcross(text, this.units[i + 1]!.text) && !signs) || cut === "sentence-words" || cut === "address-across";
  }

  /**
   * `7月24日傍` / `晚，…`, `解决当前经济生` / `活中…`: under a feature's byline, a line the column cut, no opening heading. A word
   * read across the break counts only under a line as long as a sentence's start (MIN_CUT_OPENING), over text whose first two
   * characters make no word: a heading of a word or two meets the text's first word by chance (`老街` / `道路两旁…`, `夜市` /
   * `民以食为天…`, `2023年夏` / `天气炎热…`); any other mark of a cut counts always.
   */
  private cutUnderByline(i: number): boolean {
    const cut = this.runsIntoNextCached(i);
    if (cut === null) return false;
    if (cut !== "word-across") return true;
    // (And only when the text's first character binds to the line's last alone: `夏` / `天气炎热…` opens on a word of its own.)
    const opening = bare(this.units[i + 1]?.text ?? "").slice(0, 2);
    return bare(this.units[i]!.text).length >= MIN_CUT_OPENING && !isCommonWord(opening);
  }

  /**
   * `…有热心市民在井盖破损处插上了树` / `枝、木棍和警示锥，…`: in an article's text, a line that a column cut
   * mid-word or mid-phrase, over the text it runs on into, opens a paragraph: no headline or crosshead.
   */
  private cutByColumn(i: number): boolean {
    if (this.current === null || this.current.paragraphs.length === 0) return false;
    return this.runsIntoNextCached(i) !== null && this.trace.on("paragraph.column-cut");
  }

  /**
   * In an article's text, after a closed paragraph, over more text: a short line the learned fragment model reads as a
   * paragraph's first piece its column cut early (`港口村坐落于南` / `明湖上游，…`), clearly (FRAGMENT_THRESHOLD).
   */
  private learnedCut(i: number, threshold = FRAGMENT_THRESHOLD): boolean {
    const last = this.current?.paragraphs.at(-1);
    if (last === undefined || last.open || MID_SENTENCE_START.test(this.units[i]!.text)) return false;
    // (The forms the hand rules read as headings have their say: a part's number, `三、管理到位`; a date alone, a chronicle's
    // `2月`; a line of narrative, read as such.)
    const text = this.units[i]!.text;
    if (startsNumberedItem(text) || isSectionNumber(text) || DATE_ALONE.test(text) || this.narrativeAt.has(i)) return false;
    // (Two short clauses, a crosshead's slogan form, `党员带头，群众跟进`, as often a scene and the subject a column cut,
    // `班会课上，刘老师` / `流着泪…`; and, after the article's own crossheads, a phrase that may stand beside them or name the
    // speaker under one, `县政协委员、某局科长吴某婷`: the model must be surer there, as where a line would head the next story.)
    if (isClausedHeading(text) || this.current!.crossheads > 0) return this.readsAsPiece(i, Math.max(threshold, TITLE_CUT_THRESHOLD));
    return this.readsAsPiece(i, threshold);
  }

  /**
   * Under a headline's line, over more text: a line the learned fragment model reads, beyond doubt (TITLE_CUT_THRESHOLD), as
   * the text's first piece that its column cut early (`4日，中共` / `黄石市委十二届五次全体会议…`): no deck. (Not a deck's own
   * forms: a dash before it, a label's colon.)
   */
  private pieceUnderTitle(j: number): boolean {
    const text = this.units[j]!.text;
    // (Nor a signature's dot before a name, `·刘某文`: a writer's mark, not a cut at a name's inner dot.)
    return !startsWithDash(text) && !LABELLED_LINE.test(text) && !isDottedSignature(text) && this.readsAsPiece(j, TITLE_CUT_THRESHOLD);
  }

  /**
   * What every use of the learned fragment model asks: is the text line at i, over a text line, a paragraph's first piece its
   * column cut early, scoring at least `threshold`? Never a line that ends a sentence or on a closing mark (no piece ends so),
   * nor on a dash (it leads on into the text under it, paragraph.leads-on's form, `本次活动有两大亮点——`); never over text that
   * opens a sentence of its own (a time or a connective and its comma, `如今，`, `据了解，`; `走进…，`; `这是…`; someone and what
   * they said, `他告诉记者，`: a piece's rest goes on with its sentence), nor over text too short to be a paragraph's rest that
   * closes no sentence.
   */
  private readsAsPiece(i: number, threshold: number): boolean {
    const u = this.units[i]!;
    const next = this.units[i + 1];
    if (u.kind !== "text" || next?.kind !== "text" || u.marked || u.listItem || u.captionOf || next.captionOf || u.forced !== undefined) return false;
    if (endsParagraph(u.text) || FRAGMENT_NEVER_ENDS.test(u.text) || endsWithDash(u.text)) return false;
    if (OWN_SENTENCE_START.test(next.text.trimStart())) return false;
    if (next.text.length < MIN_BODY_BLOCK && !/[。！？!?…][”’」』]?$/u.test(next.text)) return false;
    const score = fragmentScore(u.text, next.text);
    return score !== null && score >= threshold && this.trace.on("paragraph.learned-cut");
  }

  /**
   * How long the text at unit i runs: its block, and the blocks a column cut it into after it (`冬日的早晨，上班族们…` /
   * `最便捷快速的交通工具…`), where a word or a phrase runs on across each break. A text's first block may be short where
   * its column ended; its paragraph is not.
   */
  private runLength(i: number): number {
    let length = 0;
    for (let k = i; k < this.units.length; k++) {
      const u = this.units[k]!;
      if (u.kind !== "text") break;
      length += u.text.length;
      if (this.runsIntoNextCached(k) === null || !this.trace.on("paragraph.column-cut")) break;
    }
    return length;
  }

  private runsIntoNextCached(i: number): ColumnCut | null {
    let known = this.cutLines.get(i);
    if (known === undefined) this.cutLines.set(i, (known = this.runsIntoNext(i)));
    // (`…州议员俞某珊` / `今日共移交…`: the person named across the break is one the text above named already; a new story's
    // title naming someone else over text that opens on its day stays a title. Read against the article as it stands when
    // asked, never kept.)
    if (known === "subject-across") {
      const actor = actorAtEnd(this.units[i]!.text);
      return actor !== null && this.current !== null && this.current.paragraphs.some((p) => p.text.includes(actor)) ? known : null;
    }
    return known;
  }

  /** The line runs on into the text under it, cut mid-word or mid-phrase by its column (see `columnCut`). */
  private runsIntoNext(i: number): ColumnCut | null {
    const u = this.units[i]!;
    const next = this.units[i + 1];
    if (u.kind !== "text" || u.listItem || u.captionOf || u.forced !== undefined) return null;
    if (next?.kind !== "text" || next.captionOf || next.forced !== undefined) return null;
    // (`柯城区` / `长寿面暖心助老` / `本报讯…`: over a lead or a byline, the line under it would end the paragraph, so it ends a sentence.)
    const under = this.units[i + 2];
    if ((under?.kind === "lead" || under?.kind === "byline") && !endsSentence(next.text)) return null;
    // (`学好调解法 化解千千结` / `为更好发挥…`: phrases set apart by a space are a title's form; a text's line has no such space,
    // and a word its last character and the next line's first make, 结为, is chance.)
    if (SPACED_PHRASES.test(u.text) && this.trace.on("paragraph.spaced-phrases-whole")) return null;
    return columnCut(u.text, next.text);
  }

  /**
   * `超1.8亿关注！全媒体采访团见证湖南，“湘”当火热` / `某报记者 甲 乙` / its text: a line broken by a cry or a question
   * inside it, as no plain title is, right over a byline with text under it or a lead, after finished text or at the
   * page's top: the title they head. (Text never stops short of its byline: a sentence's last line ends on its mark, and
   * one its column cut leaves text open.)
   */
  private titlesByline(j: number): boolean {
    const u = this.units[j]!;
    const next = this.units[j + 1];
    if (next?.kind !== "lead" && next?.kind !== "byline") return false;
    // (Reporters by their roles, or a lead: names alone under a line may sign the text it closes.)
    const byline = next?.kind === "byline" && !isSignature(next.text) && next.byline.authors.some((a) => a.role !== null);
    const under = this.units[j + 2];
    const heads = next?.kind === "lead" || (byline && under?.kind === "text");
    // (A cry or a question inside the line, not at its end: `75年，不忘初心，…继续前行！` closes a text. Nor a numbered item, a
    // connective's clause, or words closed by a quotation's last sentence, `…不足：“我觉得，…重视。”`: speech the text reports.)
    const own = withoutQuoted(u.text);
    if (!heads || u.text.length > MAX_TITLE || !/[！？!?](?=.)/u.test(own) || /[。；;，,、…：:！？!?]$/u.test(u.text) || /[。！？!?…][”’」』]$/u.test(u.text) || /[。；;]/u.test(own)) return false;
    if (isDialogue(u.text) || startsNumberedItem(u.text) || isSectionNumber(u.text) || opensOnConnective(u.text)) return false;
    return this.isClosed() && this.trace.on("group.clauses-over-byline");
  }

  /** Is the line one an arrow opens (`▲ …`, a picture's caption), right over a byline or a lead? */
  private arrowedOverByline(j: number): boolean {
    const u = this.units[j];
    const under = this.units[j + 1];
    return u?.kind === "text" && u.pointer === true && (under?.kind === "lead" || (under?.kind === "byline" && !isSignature(under.text))) && this.trace.on("caption.arrowed");
  }

  private headlineAt(i: number): HeadlineGroup | null {
    if (this.continuesByline(i) || this.pairEnd === i || this.speakerUnderDate(i)) return null;
    // The second line of a heading and its deck: a crosshead too, by the rule that kept the first.
    if (this.headingPairEnd === i) {
      this.crosshead = { index: i, rule: "crosshead.heading-pair" };
      return null;
    }
    // (After finished text and wider space than the page uses, the story above has ended: a line there that ends on a whole
    // word and only seems to run on into the next, `“过街新模式”试行` / `为预防…` reading 行为 across the break, may still head
    // the next story. One that ends mid-word, `检查组要求企业落实主体责` / `任，…`, goes on with the story past a picture.)
    const u = this.units[i]!;
    const apart = u.gap > this.usualGap && this.isClosed() && this.runsIntoNextCached(i) === "word-across" && endsOnWord(u.text) && this.trace.on("group.after-wide-space");
    if (!apart && this.cutByColumn(i)) return null;
    // `自新闻界开展“走转改”活` / `动以来，本报记者…`: before any story on the page, a line its column cut mid-word over the text it
    // runs on into is text whose headline the page does not print (a caption or a story continued from another page), no title.
    if (this.current === null && this.articles.length === 0 && this.plainlyCut(i) && !endsOnWord(u.text) && this.trace.on("paragraph.page-top-cut")) return null;
    // `国庆节期间，由某政协主办，某画院、某文联` / `承办的…`: in an article's text, a line of three clauses or more that no cry, question
    // or dash closes, over more text and no wider apart than the page's lines, is a sentence the column cut, not a headline.
    const below = this.units[i + 1];
    // (Not over a title and its lead or byline: `坚持生态优先，推动绿色发展，建设…美丽家园` / `我市生态环境质量持续改善` / `本报讯…`
    // is a kicker of three clauses.)
    if (this.current !== null && this.current.paragraphs.length > 0 && u.kind === "text" && u.gap <= this.usualGap && below?.kind === "text" && !below.captionOf && readsAsNarrative(u.text) && canBeHeadline(u.text) && !isLeadOrByline(this.units[i + 2]) && !isLeadOrByline(this.units[i + 3]) && this.trace.on("paragraph.narrative-line")) {
      this.narrativeAt.add(i);
      return null;
    }
    // `在汝河南路` / `一处绿地广场旁，游客…`: after a closed paragraph, a line the learned fragment model reads as a paragraph's first
    // piece beyond doubt (TITLE_CUT_THRESHOLD) heads no story either; but not a line over a line over a lead or a byline (a title
    // and its deck), nor a label's title (`新加坡记者：说…`), nor a line with a picture's credit a few blocks on (a photo story's
    // title over its caption, `在希望的田野上` / `市民在…` / `本报记者 李某 摄`): a story swallowed costs two.
    const creditNear = [1, 2, 3, 4].some((k) => this.units[i + k]?.kind === "credit");
    if (!apart && !creditNear && !isLeadOrByline(this.units[i + 2]) && !isLeadOrByline(this.units[i + 3]) && !LABELLED_LINE.test(u.text) && this.learnedCut(i, TITLE_CUT_THRESHOLD)) return null;
    const run: Unit[] = [];
    // (A title in clauses is let in only over its byline or lead: the group is that rule's.)
    let clausedTitle = false;
    for (let j = i; j < this.units.length && run.length <= MAX_GROUP; j++) {
      const u = this.units[j]!;
      if (u.kind !== "text" || u.listItem || u.captionOf || isForcedText(u)) break;
      // (`▲ 市民现场欣赏…` between a headline and its byline or lead: an arrow points at a picture, the line its caption.)
      if (run.length > 0 && this.arrowedOverByline(j)) break;
      if (!canBeHeadline(u.text) && !isForcedHeadline(u) && !(run.length === 0 && this.headsPageText(j))) {
        if (!this.titlesByline(j)) break;
        clausedTitle = true;
      }
      // (`宣城代表团圆满完成…各项任务` / `1月20日上午，出席…的宣城代表` / …: under a headline's line, one that opens on its day
      // and a comma is the text's first, cut short by its column.)
      if (run.length > 0 && OPENS_ON_WHEN.test(u.text) && !isForcedHeadline(u) && this.trace.on("group.dated-text-under-title")) {
        this.datedTextAt = j;
        break;
      }
      // (`郑州火车站出入口附近的交通情况复杂，经` / `常需要多名交警…`: under a headline's line, a line its column cut mid-word
      // is the text's first, never a subtitle. A headline's own lines end on whole words; only a word across the break says
      // so here, as a headline's line may end on what would leave a sentence open, ——…的交往, and text under a headline
      // may open on a clause of one character or a particle's word (`秋，是收获的季节`, `的哥张某…`, `之所以…`). Nor a
      // character doubled across it, `…蹲门人` / `人称…`: a title's last word and the text's first meet so by chance as often
      // as not.)
      // (Nor a line worded as only a sentence is, `证券时报记者从深交所` / `获悉，…`: see columnCut's sentence-words.)
      if (run.length > 0 && !isForcedHeadline(u) && this.plainlyCut(j) && this.trace.on("group.cut-text-under-title")) {
        this.cutTextAt.add(j);
        break;
      }
      // (`4日，中共` / `黄石市委十二届五次全体会…`: nor one the learned fragment model reads, beyond doubt, as the text's first piece.)
      if (run.length > 0 && !isForcedHeadline(u) && this.pieceUnderTitle(j)) {
        this.learnedCutAt.add(j);
        break;
      }
      // `报料人：于先生` / `报料时间：昨天下午` / `报料内容：…`: a run of labelled details is the text's, never a headline's lines.
      if (this.opensFields(j) && this.trace.on("paragraph.field-run")) break;
      run.push(u);
    }
    if (run.length === 0) return null;
    if (this.signsWithName(i) || this.signsAfterPictures(i) || this.lettersWriter(i) !== null) return null;
    // A bracketed note on the text above it (`（据新华社）`, `（作者单位：…）`) opens no headline.
    if (SOURCE_NOTE.test(run[0]!.text)) return null;
    // `报料人：某某 奖66元` after a story's text: who tipped the story off, its last line, never a headline.
    // (Thanks for a tip over a lead or a byline, `感谢市民提供线索 警方奖励5000元` / `本报讯 …`, titles that story.)
    const thanks = TIP_THANKS.test(run[0]!.text) && !isLeadOrByline(this.units[i + 1]);
    if (this.current !== null && this.current.paragraphs.length > 0 && (TIP_OFF.test(run[0]!.text) || thanks) && this.trace.on("paragraph.tip-off")) {
      this.tipOffAt = i;
      return null;
    }
    // `（北京七日电）` after a story's text dates that story: it heads none.
    if (this.datesStory(run[0]!)) return null;
    // `——市区老人 刘某书` under a story's words: who said them, never the next story's title (unless a lead or byline follows it).
    const underIt = this.units[i + 1];
    if (this.current !== null && this.current.paragraphs.length > 0 && underIt?.kind !== "lead" && underIt?.kind !== "byline" && isAttribution(run[0]!.text) && this.trace.on("paragraph.attribution")) return null;
    // `关于…的通知` … `市消防救援支队`: a notice's sign-off with no date under it, not the next story's title
    // (over a lead and its text, `本报讯（记者 甲）…`, it is that title: a notice's text never opens again so; a
    // signature under it, `（本报记者 甲 整理）`, signs the notice).
    if (underIt?.kind !== "lead" && this.signsNotice(i)) return null;
    // “快来看，新房子！” / “真漂亮啊！”: a quoted line right after a quoted line is the conversation going on.
    if (isQuotedLine(run[0]!.text) && this.lastIsQuoted() && this.trace.on("dialogue.continues")) return null;
    // `“这鱼怎么卖？”` / `“十五一斤，刚到的！”`: in a story's text, a question spoken right over its reply is a conversation, and
    // so is a line of speech under a paragraph that opened on a question and its asker, its answer (`“生意好不好？”记者问。` /
    // `“好得很！”`). (Speech closes on its mark inside the quotation; a quoted title seldom does, `“家门口就能看病了”`, and a
    // quoted title over a quoted first line asks nothing, `“家门口就能看病了！”` / `“以前看病要…。”`. Over a lead or a byline
    // two lines down, a quoted title and deck head their story.)
    const reply = this.units[i + 1];
    if (this.current !== null && this.current.paragraphs.length > 0 && isSpokenLine(run[0]!.text) && reply?.kind === "text" && !reply.captionOf && !isLeadOrByline(this.units[i + 2])) {
      const asked = (/[？?][”"」]$/u.test(run[0]!.text) && isSpokenLine(reply.text)) || this.lastAsks();
      if (asked && this.trace.on("dialogue.exchange")) return null;
    }
    // `招标人：某某局` under `项目名称：…`: a notice's next detail line, never a headline.
    if (this.current !== null && isNotice(this.current) && endsOnField(this.current) && FIELD_LINE.test(run[0]!.text)) return null;
    // `“生意比去年好多了！”` / `摊主王大姐笑着说。`: a quotation whose speaker the text under it names is dialogue.
    if (this.current !== null && run.length === 1 && isQuotedLine(run[0]!.text) && this.units[i + 1]?.kind === "text" && ATTRIBUTION.test(this.units[i + 1]!.text) && this.trace.on("dialogue.attributed")) return null;
    // `记者：有什么困难吗？` / `张某：没问题！`: a speaker's line under an interviewer's question is the answer.
    if (SPEAKER_TURN.test(run[0]!.text) && this.lastIsInterviewTurn()) return null;
    const after = this.units[i + run.length];
    // One short line and a credit right under it, after a report's text: that report's picture and its caption, not a photo story (which has a caption under its title).
    const d = this.current;
    // (A label such as 图片新闻, or a caption printed under the credit, makes it a photo story after all.)
    const underCredit = this.units[i + 2];
    // (The text after a credit printed first on its line is its caption, whatever its shape.)
    // (So are labels, three or more over text, under people who reported in pictures, `本报记者 甲 乙 摄影报道` / `花下漫步` /
    // `春风又绿湖两岸` / `感受春的气息`: a photo report's pictures, each labelled, under its title.)
    const captionUnderCredit = underCredit?.kind === "text" && (!canBeHeadline(underCredit.text) || (after?.kind === "credit" && after.beforeCaption === true) || (after?.kind === "credit" && PHOTO_REPORT.test(after.text) && this.labelsUnder(i + 2) && this.trace.on("group.photo-report-labels")));
    // `地标性建筑展风采` / `■特约摄影记者 甲 摄` / `宣城自古…，…`: after wider space than the page uses and finished text, a title over
    // a credit and a caption's text under it is a photo story, its credit printed first.
    if (run.length === 1 && after?.kind === "credit" && underCredit?.kind === "text" && !isBareTitle(underCredit.text) && run[0]!.gap > this.usualGap && isBareTitle(run[0]!.text) && this.isClosed() && this.trace.on("group.after-wide-space")) {
      return { units: run, next: i + 1, rule: "group.after-wide-space" };
    }
    // `冬至祭扫迎高峰 防疫举措不松懈` / `□杨某 摄影报道` / `本报讯 …`: after finished text, a line over people who reported in pictures
    // and a lead under them titles that report; the credit is its byline (`byline.photo-report`), never the report above's picture.
    if (run.length === 1 && after?.kind === "credit" && PHOTO_REPORT.test(after.text) && underCredit?.kind === "lead" && isBareTitle(run[0]!.text) && this.isClosed() && this.trace.on("group.over-photo-report")) {
      return { units: run, next: i + 1, rule: "group.over-photo-report" };
    }
    if (run.length === 1 && after?.kind === "credit" && !PHOTO_HEADING.test(bare(run[0]!.text)) && !captionUnderCredit && d !== null && d.headline !== null && !isPhotoStory(d) && d.paragraphs.some((p) => !p.captioned) && this.trace.on("caption.line-over-credit")) return null;
    // One line and a credit right under it, after a photo story's credit: the next picture of that story, its caption the line
    // (`“福”字送市民` / `记者 甲 摄`). No annotated photo story is a title and a credit with no caption at all.
    if (run.length === 1 && after?.kind === "credit" && !captionUnderCredit && d !== null && isPhotoStory(d) && d.last === "credit" && this.trace.on("caption.next-picture")) return null;

    // `● 智能电视机虽然…，但…` / `□ 本报记者 甲`: the last of a headline's bulleted points, over its byline, is no title.
    if (after?.kind === "byline" && run.length === 1 && run[0]!.marked && !canBeTitle(run[0]!.text) && this.pointsUnderHeadline()) return null;
    // `某某运动继续热烈开展中` / `某业决定…，以每月营业额的百分之一捐献。` / `（本报讯）…`: a deck printed as a sentence, under a
    // title and right over its lead, is the headline's (papers of the 1950s set them so); a story's text never stops short of its lead.
    const overLead = this.units[i + run.length + 1];
    // (Over a lead whose reporters took the pictures, `某某讯（记者甲摄影报道）`, `（文/图记者 甲）`, the sentence is a picture's
    // caption, the lines above it the headline.)
    if (run.length <= 2 && after?.kind === "text" && !after.captionOf && !after.listItem && after.forced === undefined && overLead?.kind === "lead" && isSentenceDeck(after.text) && this.isClosed()) {
      if (PICTURES_TAKEN.test(overLead.lead.byline) && this.trace.on("group.caption-over-picture-lead")) return { units: run, picture: after, byline: overLead, next: i + run.length + 2, rule: "group.caption-over-picture-lead" };
      if (this.trace.on("group.deck-before-lead")) return { units: [...run, after], byline: overLead, next: i + run.length + 2, rule: "group.deck-before-lead" };
    }
    // (Past the caption of a picture printed between the headline and its byline, `▲ …`: the byline heads that headline's text.)
    if (this.arrowedOverByline(i + run.length)) {
      return { units: run, picture: after, byline: this.units[i + run.length + 1], next: i + run.length + 2, rule: "group.before-lead" };
    }
    // A lead or byline line right after: the strongest evidence there is.
    if (after && (after.kind === "lead" || (after.kind === "byline" && !isSignature(after.text))) && run.length <= MAX_GROUP) {
      const cut = this.lastParagraphOpen() && this.trace.on("continuation.clause-over-byline");
      if (cut && run.length === 1 && after.kind === "byline" && this.endsCutClause(i)) {
        this.clauseEnd = i;
        return null;
      }
      const lines = trimGroup(run, this.isClosed(), cut);
      if (cut && lines.length < run.length && trimGroup(run, this.isClosed(), false).length === run.length) this.clauseEnd = i;
      if (lines.length === run.length) return { units: run, byline: after, next: i + run.length + 1, rule: clausedTitle ? "group.clauses-over-byline" : "group.before-lead" };
      return null; // the leading lines are text; the group starts later
    }

    // Wider blank space than the page uses ends the text above it, though its last block has no end mark, when that block is
    // a label (a list of picture labels), not a sentence a column cut.
    const wide = !this.isClosed() && run[0]!.gap > this.usualGap && this.endsOnLabel() && this.trace.on("group.after-wide-space");
    const closed = this.isClosed() || wide;
    // `中华人民共和国财政部` / `2002年4月17日`: a notice's sign-off, never a headline.
    const second = this.units[i + 1];
    if (second?.kind === "text" && isBareDate(second.text)) return null;
    if (!closed && !(this.trace.on("group.dash-subtitle") && run.slice(1).some((u) => startsWithDash(u.text)))) return null;
    const opens: RuleName = wide ? "group.after-wide-space" : this.kickerHalfAbove() ? "group.under-kicker-half" : closed ? "group.after-complete-text" : "group.dash-subtitle";

    // With no byline after it, a headline is short lines only, followed by text.
    let k = 0;
    let comma = false;
    let dashClosed = false;
    let placed = false;
    let spoken = false;
    let pictured = false;
    let dated = false;
    let detailed = false;
    let talked = false;
    let noted = false;
    let topTitle = false;
    let topLine = false;
    while (k < run.length && k <= MAX_GROUP) {
      const t = run[k]!.text;
      // `新春献词` / `市委书记 甲` / `市长 乙` / text: officials signing an address under its title close the group.
      const officials = k >= 1 ? this.officialsAt(i + k) : null;
      if (officials) return { units: run.slice(0, k), officials, next: i + k + officials.length, rule: "group.officials-under-title" };
      // `期待回家 / 苟骅 / 凤凤（化名）回家了！`: a writer's name under the title closes the group, however short the text's first line.
      if (k >= 1 && run[k + 1] !== undefined && isWritersName(t) && !this.labelsSpeakers(i + k) && this.trace.on("group.name-under-title")) {
        return { units: run.slice(0, k), bareName: run[k]!, next: i + k + 1, rule: "group.name-under-title" };
      }
      // A subtitle after a dash is a group's last line: what follows is its text or its pictures' captions.
      if (k > 0 && startsWithDash(t) && this.trace.on("group.dash-closes")) {
        k++;
        dashClosed = true;
        break;
      }
      // `招标公告` / `项目名称：…`: a notice's title, then its detail lines, which are its text.
      if (k > 0 && FIELD_LINE.test(t) && NOTICE_TITLE.test(run[k - 1]!.text)) {
        detailed = true;
        break;
      }
      // `我与晚报的故事` / `那些年，我的青春和晚报紧紧相连` / `编者按` / the note: under a kicker and a title, an editor's note's
      // label opens the text it labels; no subtitle is one. (Under a special's label alone, `记者节特刊` / `编者按`, it is the title.)
      if (k >= 2 && isEditorsNote(t)) {
        noted = true;
        break;
      }
      // `回家过年` / `“妈，我回来了！”` / `“哎，快进屋！”`: two quoted lines in a row are the story's dialogue, not its headline.
      if (k > 0 && isQuotedLine(t) && run[k + 1] !== undefined && isQuotedLine(run[k + 1]!.text) && this.trace.on("dialogue.continues")) {
        talked = true;
        break;
      }
      if (isBareTitle(t) || (k > 0 && startsWithDash(t))) k++;
      // `某某检查某区…情况参加指导某区委常委会专题民主生活会` / `甲乙列席指导 丙丁出席会议` / text: after finished text, a long
      // line with no mark at all over a subtitle is the title (as long over prose, it is the text's own).
      else if (k === 0 && closed && isLongUnpunctuatedTitle(t) && run[1] !== undefined && isBareTitle(run[1].text)) k++;
      // `某某调研开发区（园区）建设安全生产巡视整改基层减负春耕备耕等工作` over text, as the page's first line: nothing
      // stands above it for it to go on from, so a title however long (up to MAX_TITLE).
      else if (k === 0 && this.atPageTop() && canBeTitle(t) && !endsMidPhrase(t) && this.trace.on("group.page-top-title")) {
        k++;
        topTitle = true;
      }
      // `谁不爱自己的母亲，…住手吧——`: a line ending in —— leads into the title under it, commas and all.
      else if (k === 0 && closed && LEADS_INTO_TITLE.test(t) && run[1] !== undefined && isBareTitle(run[1].text) && this.trace.on("group.dash-kicker")) k++;
      // `第二十个中国记者节：新闻路上，我们一起追梦` over `编者按`: a special's theme line over its editor's note, commas and all.
      else if (k === 0 && run[1] !== undefined && isEditorsNote(run[1].text) && THEME_LINE.test(t) && this.trace.on("headline.note-under-kicker")) k++;
      // `金台区陈仓镇金星村：` over a title: the place the story is about.
      else if (k === 0 && closed && PLACE_KICKER.test(t) && run[1] !== undefined && isBareTitle(run[1].text) && this.trace.on("group.place-kicker")) {
        k++;
        placed = true;
      }
      // `某某在某会议上诚邀：` over a title: who spoke where, the kicker of what they said.
      else if (k === 0 && closed && isColonKicker(t) && run[1] !== undefined && isBareTitle(run[1].text) && this.trace.on("group.colon-kicker")) {
        k++;
        spoken = true;
      }
      else if (closed && this.isCommaTitle(i + k)) {
        comma = true;
        k++;
      }
      // A long subtitle under the title, and the story's picture right under it: the group's last line.
      else if (k > 0 && this.subtitlesPicture(i + k)) {
        k++;
        pictured = true;
        break;
      } else if (k > 0 && this.subtitlesDatedText(i + k)) {
        k++;
        dated = true;
        break;
      }
      // `二、夏河机场建成通航` or `涉罪之后，隐形之罚：备审年报“定调”从业限制` over the page's first text: shaped as no
      // other title is, a numbered item or clauses round a colon, yet nothing stands above it, and the page's text needs a headline.
      else if (k === 0 && this.headsPageText(i)) {
        k++;
        topLine = true;
      } else break;
    }
    if (k === 0) return null;
    const body = this.units[i + k];
    // (`花坛现“血手”老太大喊杀人了` over `报料人：于先生` / `报料时间：…`: a title over a run of labelled details, its text.)
    const fields = this.opensFields(i + k) && this.trace.on("paragraph.field-run");
    // (Nor does a line its column cut, under the group: the text's first, whatever its shape.)
    const cutBelow = this.cutTextAt.has(i + k) || this.learnedCutAt.has(i + k);
    if (!body || !(isBodyStart(body) || ((dashClosed || detailed || talked || noted || fields || cutBelow) && body.kind === "text"))) return null;

    // Title (and subtitle) with a name under it: `维也纳传来的信息 / 江陵`.
    const last = run[k - 1]!;
    if (k >= 2 && this.trace.on("group.bare-name") && readBareName(last.text) && !ADDRESSED.test(last.text) && !this.labelsSpeakers(i + k - 1)) {
      if (k - 1 > MAX_GROUP) return null;
      return { units: run.slice(0, k - 1), bareName: last, next: i + k, rule: "group.bare-name" };
    }
    if (k > MAX_GROUP) return null;
    if (k === 2 && run.length >= 2) {
      // `文明和谐成为家门口` / `最好的风景`: one crosshead a narrow column printed on two lines;
      // `科普入心提素养` / `健康理念成新春“文化年货”`: a short heading and its deck, inside a signed story.
      const joined = this.trace.on("crosshead.two-lines") ? this.readsAsCrossheadPair(i) : null;
      const decked = joined === null && this.trace.on("crosshead.heading-pair") ? this.readsAsHeadingPair(i) : null;
      const pair = joined ?? decked;
      if (pair) {
        this.crosshead = { index: i, ...pair };
        if (joined) this.pairEnd = i + 1;
        else this.headingPairEnd = i + 1;
        return null;
      }
    }
    // `本次活动有两大亮点——` over the text it leads into, right after a story's paragraph: that paragraph's
    // next, leading on, no heading. (Not after a signature, an end mark, furniture or wider space: the story has ended.)
    if (k === 1 && endsWithDash(run[0]!.text) && body.kind === "text" && !isBareTitle(body.text) && this.leadsOnFromStory(i) && this.trace.on("paragraph.leads-on")) {
      this.leadsOn = i;
      return null;
    }
    if (k === 1) {
      const crosshead = this.readsAsCrosshead(i);
      if (crosshead) {
        this.crosshead = { index: i, ...crosshead };
        return null;
      }
    }
    // Names set apart by commas under the title (`罗某，张某杰`), no headline line (the run stopped at them), sign the piece.
    const underNames = this.units[i + k + 1];
    // (After a subtitle opened by a dash, which closes the group, officials signing go under it: `——在某市人民代表大会上` / `某市人民政府市长 甲`.)
    const signing = dashClosed ? this.officialsAt(i + k) : null;
    if (signing) return { units: run.slice(0, k), officials: signing, next: i + k + signing.length, rule: "group.officials-under-title" };
    // (After a subtitle opened by a dash, which closes the group, one writer's name alone does too: `——我与某报的故事` / `徐某贵`.)
    const setApart = body.kind === "text" && ((!body.marked && NAMES_SET_APART.test(body.text)) || (dashClosed && isWritersName(body.text)));
    if (setApart && readBareName(body.text) && underNames !== undefined && isBodyStart(underNames) && this.trace.on("group.names-under-title")) {
      return { units: run.slice(0, k), bareName: body, next: i + k + 1, rule: "group.names-under-title" };
    }
    // `“房车”扰乱居民生活` / `“房车”让附近的居民苦不堪言` / `某报记者甲摄` / `某报讯（记者 乙）…`: the last of the headline's lines,
    // right over a picture's credit with the story's lead or byline under it, is that picture's caption, no subtitle: a subtitle
    // never stands between a picture's credit and the title it subtitles. (Only a line that shows a picture or prints the title's
    // quoted phrase: a subtitle may stand over a head photo's credit alone. Not over people who reported in pictures, `某某
    // 摄影报道`, who sign the story.)
    const credit = this.units[i + k];
    if (k >= 2 && !dashClosed && credit?.kind === "credit" && !credit.beforeCaption && !PHOTO_REPORT.test(credit.text) && showsPicture(run[k - 1]!.text, run.slice(0, k - 1).map((x) => x.text)) && this.leadAfterPictures(i + k + 1) && this.trace.on("caption.over-credit-under-title")) {
      this.captionUnderTitleAt = run[k - 1]!.line;
      return { units: run.slice(0, k - 1), next: i + k - 1, rule: opens };
    }
    // (Headline-shaped lines went on under the dash: the dash alone closed the group.)
    const rule: RuleName = comma ? (this.commaWeighed === i ? "story.comma-title-weighed" : "group.comma-title") : topTitle ? "group.page-top-title" : topLine ? "group.page-top-line" : placed ? "group.place-kicker" : spoken ? "group.colon-kicker" : pictured ? "group.subtitle-over-picture" : dated ? "group.subtitle-over-dated-text" : dashClosed && k < run.length ? "group.dash-closes" : opens;
    return { units: run.slice(0, k), next: i + k, rule };
  }

  /** Whether the story's lead or byline stands at unit j, past captions each over its credit (a picture or two more). */
  private leadAfterPictures(j: number): boolean {
    let n = j;
    while (n - j < 2 * MAX_PICTURES_OVER_LEAD && this.units[n]?.kind === "text" && this.units[n + 1]?.kind === "credit") n += 2;
    return isLeadOrByline(this.units[n]);
  }

  /** Officials signing under a title from unit j on, a line each, over the text they sign (`市委书记 甲` / `市长 乙` / text); null if none. */
  private officialsAt(j: number): Unit[] | null {
    if (!this.trace.on("group.officials-under-title")) return null;
    let n = j;
    while (n < this.units.length && this.units[n]!.kind === "text" && readOfficial(this.units[n]!.text) !== null) n++;
    const under = this.units[n];
    return n > j && n - j <= MAX_OFFICIALS && under?.kind === "text" && !isBareTitle(under.text) ? this.units.slice(j, n) : null;
  }

  /**
   * A short headline with a comma in it (是小贩，也是老兵): believed only at the top of the
   * page, after wider space than the page uses, or with a name or a byline right under it.
   */
  private isCommaTitle(i: number): boolean {
    const u = this.units[i]!;
    if (!this.trace.on("group.comma-title") || u.kind !== "text" || u.captionOf || u.listItem) return false;
    const t = u.text;
    if (t.length < 5 || t.length > 26 || !/[，,]/u.test(t) || !canBeHeadline(t) || isDialogue(t) || endsMidPhrase(t) || /[。；：:]/u.test(t)) return false;
    const next = this.units[i + 1];
    if (!next) return false;
    if (next.kind === "byline" || next.kind === "lead" || (next.kind === "text" && readBareName(next.text))) return true;
    // Over a long subtitle and the story's picture (旧地新景，打造大厂“后花园” / 民众接源村将… / caption): the title.
    if (this.subtitlesPicture(i + 1)) return true;
    // At the top of the page, or after a signature (which ends its piece) or a continued-from line (which heads a jumped story's repeated headline), a headline is what comes next.
    // (Short lines that end no sentence above everything else, a page's name and date the running head did not claim, leave it at the top.)
    const atTop = this.atPageTop() || this.underPageLabels() || this.current?.last === "signature" || liftedOverHeadline(this.units[i - 1]);
    // (Or over text that opens as a report's lead does, on when or on the reporter: 昨天，受邀参加…)
    // (Not a caption's first piece that opens on when, over the rest of it and a credit, `近年来，某县` / `利用…。` / `本报记者 甲
    // 摄影报道`: the page's top holds a news photo with no title.)
    // (Only a bare subject after the time, a place or a few characters, `近年来，某县`: a title says what happened, `今年，我市新增绿地…`.)
    const subject = t.split(/[，,]/u).at(-1)!.trim();
    const bareSubject = subject.length <= MAX_BARE_SUBJECT || placeLevel(subject) !== null || endsAsPlace(subject);
    const captionOpening = atTop && OPENS_ON_WHEN.test(t) && bareSubject && this.creditWithin(i + 1) && this.trace.on("group.untitled-photo");
    // (Inside a signed report, over text that opens on when and no wider apart than the page's lines, a heading in clauses the
    // evidence keeps, `克服困难，“播种知识”` / `近年来，…` under `老师们在长沙“播种知识”`, is the report's crosshead.)
    // (Never after a jump line or a notice's sign-off, which end the story above; and the evidence for it, or even only where a
    // quoted phrase the story's title prints is what echoes it, `“播种知识”`: a series' next title, worded as this one, echoes it
    // whole.)
    const dWhen = this.current;
    const weighs = (ev: Evidence[]) => {
      const sum = ev.reduce((total, e) => total + e.weight, 0);
      return sum > 0 || (sum === 0 && ev.some((e) => e.feature === "story.title-echo") && sharesQuotedPhrase(t, dWhen!.headline?.title ?? ""));
    };
    const ended = continuesElsewhere(this.units[i - 1]) || endsWithDate(dWhen?.paragraphs.at(-1)?.text ?? "");
    const heldPart = !atTop && !ended && u.gap <= this.usualGap && next.gap <= this.usualGap && dWhen !== null && dWhen.paragraphs.length > 0 && (dWhen.headForm === "lead" || dWhen.headForm === "line") && !isPhotoStory(dWhen) && dWhen.tail === null && isClausedHeading(t) && weighs(this.crossheadEvidence(i, dWhen)) && this.trace.on("crosshead.clauses-over-dated-text");
    const overText = !captionOpening && (atTop || u.gap > this.usualGap || (next.kind === "text" && OPENS_ON_WHEN.test(next.text))) && next.kind === "text" && this.runLength(i + 1) >= Math.max(30, 2 * t.length);
    if (overText && heldPart) {
      this.crosshead = { index: i, rule: "crosshead.clauses-over-dated-text" };
      return false;
    }
    if (overText) return true;
    // (Or over a picture's caption and its credit, after wider space than the page uses: a photo story's title.)
    // (A reporters' line under a caption of one sentence credits its picture too: `半岛记者 甲 报道`.)
    const credited = this.units[i + 2]?.kind === "credit" || (this.units[i + 2]?.kind === "byline" && next.kind === "text" && isOneSentence(next.text));
    if (!captionOpening && (atTop || u.gap > this.usualGap) && next.kind === "text" && (next.captionOf || credited)) return true;
    // Over a plain title and then body text, it is the kicker of that title (上午，记者在奉贤看到… / 相信上海不久会恢复热闹).
    const body = this.units[i + 2];
    if (next.kind === "text" && !next.listItem && isBareTitle(next.text) && body?.kind === "text" && !isBareTitle(body.text) && this.runLength(i + 2) >= 30) return true;
    // On a page whose space says nothing of where stories end, between a finished text and a text's first block, the
    // evidence that weighs a crosshead weighs this line too: against it, the line titles the next story (晚报，我的贴心朋友).
    const d = this.current;
    // (Not a clause that leads on into the text under it, `记者27日获悉，某市6大公园——`.)
    // (Only a line shaped as a heading in clauses is, the shape a crosshead in clauses takes: a sentence a column cut is not.)
    if (this.widerSpace || endsWithDash(t) || !isClausedHeading(t) || d === null || d.paragraphs.length === 0 || isPhotoStory(d) || d.tail !== null || next.kind !== "text" || next.captionOf || next.listItem || isBareTitle(next.text) || this.runLength(i + 1) < 30) return false;
    // (Against it, and for what the text says: the text under it shares little with the article's. A piece's form alone, unsigned
    // or long run, leaves a heading in clauses its crosshead.)
    const evidence = this.crossheadEvidence(i, d);
    const otherText = evidence.some((e) => e.feature === "story.other-words" || e.feature === "story.unrelated-text");
    if (evidence.reduce((sum, e) => sum + e.weight, 0) >= 0 || !otherText || !this.trace.on("story.comma-title-weighed")) return false;
    this.commaWeighed = i;
    return true;
  }

  /**
   * `叶晓光` alone after an unsigned article's last complete paragraph, before the next headline or
   * the page's end: the writer signs. (An article signed at its head is not signed again; a place
   * such as 柯城区 is a kicker, not a name; two characters, 金秋 or 高考, are too often a word.)
   */
  private signsWithName(i: number): boolean {
    const d = this.current;
    const u = this.units[i]!;
    const last = d?.paragraphs[d.paragraphs.length - 1];
    return (
      // (Or after the dispatch line that closed the text: `（北京七日电）` / `冯某欣`.)
      d !== null && d.head === null && d.tail === null && (d.last === "paragraph" || (d.last === "signature" && d.dispatch !== null)) && last !== undefined && !last.open && !last.captioned &&
      u.kind === "text" && u.forced === undefined && signatureLength(u) && isWritersName(u.text) && endsStory(this.units[i + 1]) && !this.titlesOverWriter(i) && this.trace.on("signature.bare-name")
    );
  }

  /**
   * `编辑同志：…` … `某市某厂 杨某勇`: a reader's letter signed after its text by where the writer lives or works and their
   * name, before the next headline or the page's end: the writer (role null). Only in a letter, opened by whom it greets.
   */
  private lettersWriter(i: number): Byline | null {
    const d = this.current;
    const u = this.units[i]!;
    const first = d?.paragraphs.find((p) => !p.heading && !p.captioned)?.text ?? "";
    const last = d?.paragraphs.at(-1);
    if (d === null || d.tail !== null || d.head !== null || d.last !== "paragraph" || last === undefined || last.open || u.kind !== "text" || u.forced !== undefined) return null;
    if (!(isSalutation(first) || opensOnSalutation(first)) || !endsStory(this.units[i + 1])) return null;
    const signed = LETTER_SIGNATURE.exec(u.text.trim());
    const name = signed?.[2];
    if (!signed || !name || !looksLikeName(name) || !hasCommonSurname(name)) return null;
    // (A headline under it naming the same person, `某县某村 王某明` / `王某明：一个人的收割季`, makes it that profile's line.)
    if ([1, 2].some((k) => this.units[i + k]?.text.includes(name)) || !this.trace.on("signature.letter-writer")) return null;
    return { byline: u.text, dateline: null, authors: [{ role: null, name }] };
  }

  /**
   * `花山溪` / `王 宁` / text: a short line with a writer's name right under it and text under that (a verse's first line
   * too, `一条溪水`) is the next piece's title over its writer, as a literary page prints a poem or an essay, however much the
   * line reads as a name itself (花 is a surname).
   */
  private titlesOverWriter(i: number): boolean {
    const [u, name, body] = [this.units[i]!, this.units[i + 1], this.units[i + 2]];
    if (u.kind !== "text") return false;
    // (A name of a common surname, `李文华`, signs the text above however a name under it reads: the next story may be a profile
    // titled with its subject's name, `张桂梅`. A title is a line of a rarer surname or a word, `花山溪`, `向阳花` too short to
    // tell; the name under it must read as one.)
    const own = u.text.replace(/\s+/gu, "");
    const plainName = looksLikeName(own) && hasCommonSurname(own) && !isCommonWord(own);
    const writer = name?.kind === "text" ? readBareName(name.text) : null;
    return !plainName && name?.kind === "text" && !name.listItem && !name.captionOf && writer !== null && writer.authors.every((a) => looksLikeName(a.name) && !isCommonWord(a.name)) && body?.kind === "text" && !body.captionOf && readBareName(body.text) === null && this.trace.on("group.title-over-writer");
  }

  /**
   * `“每天最惬意的，就是…吹晚风”` / `啁啾鸣啭，…`: a line that is one quotation whole, a pull quote, closes its paragraph, where
   * no column cut runs it on into the line under it (`“绿水青山就是金山银山”` / `的理念在这里…`, `…办好”` / `是村支书…`); a speaker
   * named under it still goes on with it (continuation.quote-attribution).
   */
  private pullQuote(text: string, next: Unit | undefined, cut: boolean): boolean {
    // (A sentence's words, clauses and all: a short quoted phrase, `“有事好商量”` / `协商议事平台…`, names what the next line goes on with.)
    return WHOLE_QUOTATION.test(text) && /[，,]/u.test(text) && !cut && (next?.kind !== "text" || (!GOES_ON_ACROSS.test(next.text) && columnCut(text, next.text) === null)) && this.trace.on("paragraph.pull-quote");
  }

  /**
   * `王某 市人大代表` / `“…”` / `李某华 市政协委员` / `“…”`: a line of a name and what the person is, with another such line a few
   * blocks on, labels the speakers or the subjects of a piece's parts, never its writer.
   */
  private labelsSpeakers(j: number): boolean {
    if (standingName(this.units[j]?.text ?? "") === null) return false;
    for (let k = j + 1; k < Math.min(this.units.length, j + 1 + SPEAKER_LABEL_REACH); k++) {
      const u = this.units[k]!;
      if (u.kind === "text" && standingName(u.text) !== null) return true;
    }
    return false;
  }

  /**
   * `沃野千里喜丰收` / captions and credits / `冯丽娜` / `金秋时节，…`: a feature printed its pictures first,
   * then its writer's name over its text. The name is the byline of the story the pictures head, never
   * the next story's title. (Text under it, not a title: a name between two stories signs the first.)
   */
  private signsAfterPictures(i: number): boolean {
    const d = this.current;
    const u = this.units[i]!;
    const text = this.units[i + 1];
    return (
      d !== null && d.headline !== null && d.head === null && d.tail === null && d.last === "credit" && isPhotoStory(d) &&
      u.kind === "text" && u.forced === undefined && !u.captionOf && signatureLength(u) && isWritersName(u.text) && u.gap <= this.usualGap &&
      text?.kind === "text" && !text.captionOf && !text.listItem && !isBareTitle(text.text) && this.runLength(i + 1) >= MIN_BODY_BLOCK && text.gap <= this.usualGap &&
      !namedInText(u.text, text.text) && this.trace.on("byline.after-pictures")
    );
  }

  /**
   * A byline line naming reporters (`□某某日报记者 甲 通讯员 乙`) after the picture a titled story opens on,
   * its caption and credit, with a text's long block under it: the report's byline, its picture printed
   * above it. (Under a photo story's captions only, reporters are its credit or its signature.)
   */
  private headsTextAfterPictures(d: Draft, byline: Byline, i: number): boolean {
    // (`【大湖名片】` / the text: a part's label in lenticular brackets may head the text under the byline; the text is under it.)
    const label = this.units[i + 1];
    const labelled = label?.kind === "text" && !label.captionOf && BRACKETED_PART_LABEL.test(label.text) && label.gap <= this.usualGap;
    const at = labelled ? i + 2 : i + 1;
    const text = this.units[at];
    return (
      d.headline !== null && d.head === null && d.last === "credit" && isPhotoStory(d) && byline.dateline === null &&
      byline.authors.some((a) => a.role !== null && REPORTER_ROLE.test(a.role)) &&
      text?.kind === "text" && !text.captionOf && !text.listItem && !isBareTitle(text.text) && this.runLength(at) >= MIN_BODY_BLOCK && text.gap <= this.usualGap &&
      // (Not over the next picture's caption, its credit right under it: the line then names who made a photo story's pictures.)
      this.units[at + 1]?.kind !== "credit" && this.trace.on("byline.after-pictures")
    );
  }

  /**
   * A long headline line (民众接源村将…相结合，在…中大胆实践) with a captioned picture under it: the
   * subtitle of the title above it. A sentence (。；！？) is text; so is a caption cut by a column,
   * whose second part starts where a phrase goes on.
   */
  private subtitlesPicture(i: number): boolean {
    const picture = this.units[i + 1];
    if (!this.isDeck(i) || !(picture?.kind === "credit" || (picture?.kind === "text" && picture.captionOf))) return false;
    return this.trace.on("group.subtitle-over-picture");
  }

  /**
   * The same line over a text that opens on its date (`…接受全球近80家媒体的采访` / `2005年2月24日，…`):
   * prose does not run on into a date and a comma, so the line ends where it stands.
   */
  private subtitlesDatedText(i: number): boolean {
    const text = this.units[i + 1];
    if (!this.isDeck(i) || text?.kind !== "text" || text.listItem || text.captionOf || !DATE_OPENING.test(text.text)) return false;
    return this.trace.on("group.subtitle-over-dated-text");
  }

  /** A long headline line that may be a deck: no sentence in it, not opening as a caption or a lead, not cut mid-phrase. */
  private isDeck(i: number): boolean {
    const u = this.units[i];
    if (u?.kind !== "text" || u.listItem || u.captionOf || !canBeHeadline(u.text) || u.text.length > MAX_PICTURE_SUBTITLE || /[。；！？!?]/u.test(u.text)) return false;
    // `6月8日，…` / `昨日，观音桥步行街，…` / `记者近日从…获悉`: a caption or a lead opens so; a subtitle does not.
    return !OPENS_LIKE_TEXT.test(u.text) && !endsMidPhrase(u.text);
  }

  /**
   * The page's first line, shaped as no title the other rules read (a numbered item, `二、夏河机场建成通航`; clauses round a
   * colon, `涉罪之后，隐形之罚：…`), over a block of text: the headline of that text, or the page would have none. A title's
   * length, no sentence in it, ending on a whole phrase.
   */
  private headsPageText(i: number): boolean {
    const u = this.units[i]!;
    if (!this.atPageTop() || u.kind !== "text" || u.captionOf || u.listItem || u.forced !== undefined) return false;
    const words = withoutItemNumber(u.text);
    // (Only those two shapes: any other first line over text, `据了解，今年全市…`, is a story's text carried over from another page.)
    const own = withoutQuoted(u.text);
    const shaped = startsNumberedItem(u.text) || (/[：:]/u.test(own) && /[，,]/u.test(own) && !/[：:]$/u.test(own));
    if (!shaped || u.text.length > MAX_TITLE || words.length < MIN_TOP_LINE || /[。；]/u.test(own) || /[，、,]$/u.test(u.text) || endsMidPhrase(words) || !canBeHeadline(words)) return false;
    const next = this.units[i + 1];
    return next?.kind === "text" && !next.captionOf && !next.listItem && !isBareTitle(next.text) && this.runLength(i + 1) >= MIN_BODY_BLOCK && this.trace.on("group.page-top-line");
  }

  /**
   * `…新闻发布会在昆明举行。` / `…记者聚焦发布会。 （某某 摄）` / `本报讯（记者 某）…`: the one picture printed between a
   * headline and its lead is captioned by every line over its credit, each a sentence: they join its caption, a line
   * each (`caption.lines-over-credit`), no paragraph of a text that opens at the lead.
   */
  private joinCaptionAbove(d: Draft): void {
    if (d.credits.length !== 1) return;
    const only = d.credits[0]!;
    const at = only.caption;
    if (at === null || at === 0 || !this.trace.on("caption.lines-over-credit")) return;
    const above = d.paragraphs.slice(0, at);
    const captioned = d.paragraphs[at]!;
    // (Each a sentence, none a picture's own numbered caption, `图①：…`, nor a line an editor made a paragraph.)
    const mine = (p: Paragraph) => !p.captioned && !p.heading && !p.marked && !p.open && isOneSentence(p.text) && !NUMBERED_PICTURE.test(p.text) && !p.decisions.some((x) => x.rule === "correction.role");
    if (!above.every(mine) || NUMBERED_PICTURE.test(captioned.text)) return;
    const joined = new Paragraph([...above, captioned].map((p) => p.text).join("\n"), false);
    joined.captioned = true;
    joined.line = above[0]!.line;
    for (const p of [...above, captioned]) {
      for (const x of p.decisions) {
        if (x.role !== "caption") [x.role, x.rule] = ["caption", "caption.lines-over-credit"];
        joined.decisions.push(x);
      }
    }
    d.paragraphs.splice(0, at + 1, joined);
    only.caption = 0;
  }

  /** Has nothing been read yet: no article, none open, no text before a first headline? */
  private atPageTop(): boolean {
    return this.current === null && this.orphan === null && this.articles.length === 0;
  }

  /** Is nothing placed yet but a few short lines that end no sentence (`迎战利奇马`, `2019年08月12日`), before any article? */
  private underPageLabels(): boolean {
    const o = this.orphan;
    return this.current === null && this.articles.length === 0 && o !== null && o.paragraphs.length <= MAX_PAGE_LABELS && o.paragraphs.every((p) => p.text.length <= MAX_PAGE_LABEL && !endsSentence(p.text));
  }

  /** Was the current article's last paragraph cut mid-sentence by the column? */
  private lastParagraphOpen(): boolean {
    const d = this.current;
    return d !== null && d.last === "paragraph" && d.paragraphs.at(-1)?.open === true;
  }

  /** Does the text so far end on a label-shaped block (`阶梯式图书馆`): short, no clause, no end mark? */
  private endsOnLabel(): boolean {
    const d = this.current ?? this.orphan;
    const p = d?.paragraphs[d.paragraphs.length - 1];
    return p !== undefined && d!.last === "paragraph" && isBareTitle(p.tail) && !/[，,、：:]/u.test(p.tail);
  }

  /** Is what came last complete, so that a short line after it may start something new? */
  /**
   * `4月25日，某某大桥正在加紧施工。` / `本报记者 甲 摄` after a finished report and wider space than the page uses: a news photo
   * printed with no title, its caption's sentences and then its credit (and nothing after the credit but wider space, a
   * headline or the page's end). A report's own picture sits within its column, no wider apart than its paragraphs; a titled
   * photo story's next picture follows its last (an untitled one may follow another).
   */
  private untitledPhotoAt(i: number, creditFirst: number | null = null): boolean {
    const u = this.units[i];
    const d = this.current;
    if (u === undefined) return false;
    // (With its credit printed first, `creditFirst`, the wider space stands before the credit, and the caption follows it close.)
    const opening = creditFirst === null ? u : this.units[creditFirst]!;
    // (Under a caption still waiting for its credit, `图为游客在花展现场赏花。`, the credit is that picture's.)
    const waiting = d?.paragraphs.at(-1)?.text ?? "";
    if (creditFirst !== null && (isPictureLabel(waiting) || /^[（(]?图为/u.test(waiting))) return false;
    // (An untitled photo holds one picture: after its credit the next news photo's caption opens another, however close it
    // is printed; evenly spaced pages print no wider space anywhere.)
    const afterUntitled = d !== null && d.headline === null && isPhotoStory(d) && d.last === "credit" && creditFirst === null && this.trace.on("group.untitled-after-untitled");
    if (u.kind !== "text" || (!afterUntitled && (!this.widerSpace || opening.gap <= this.usualGap)) || (creditFirst !== null && u.gap > this.usualGap) || d === null || d.paragraphs.length === 0 || (isPhotoStory(d) && d.headline !== null) || !this.isClosed()) return false;
    // (One to three caption blocks, the first a news photo's, opening on its day, `4月25日，`, `6月2日至4日，`, as no picture's
    // label under a report does, `工作中的工匠人才。`; then the credit. After an untitled photo, `近日，` opens one as well.)
    if (!NEWS_PHOTO_DAY.test(u.text) && !(afterUntitled && RECENT_LEAD.test(u.text))) return false;
    let k = i;
    while (k < i + MAX_UNTITLED_CAPTIONS && this.units[k]?.kind === "text") {
      const c = this.units[k] as Extract<Unit, { kind: "text" }>;
      // (Under a credit printed first, wider space or a headline after a caption block ends the caption.)
      if (creditFirst !== null && k > i && (c.gap > this.usualGap || isBareTitle(c.text))) break;
      if (c.listItem || (k > i && c.gap > this.usualGap) || isBareTitle(c.text)) return false;
      k++;
    }
    const credit = creditFirst === null ? this.units[k] : this.units[creditFirst];
    const after = creditFirst === null ? k + 1 : k;
    // (A caption that shares the story's words, `9月3日，某某综合保税区内，…` under a report on that zone, is its picture; not
    // after an untitled photo, which holds one picture: two farm photos in a row share their words, `农民驾驶农机翻耕…`. Unless
    // the same photographer credits both, `记者 甲 摄` twice: two pictures of one event.)
    const caption = this.units.slice(i, k).map((c) => (c as Extract<Unit, { kind: "text" }>).text).join("");
    const sameCredit = credit?.kind === "credit" && d.credits.at(-1)?.credit.credit === credit.credit.credit;
    if ((!afterUntitled || sameCredit) && (overlapShares([caption], this.recentText(d))[0]?.share ?? 0) >= UNRELATED_CAPTION) return false;
    // (A byline or a lead under the credit makes the picture its story's, printed first.)
    return k > i && credit?.kind === "credit" && endsSentence((this.units[k - 1] as Extract<Unit, { kind: "text" }>).text) && this.endsPicture(after) && this.trace.on("group.untitled-photo");
  }

  /**
   * Does the unit after a picture's credit end the picture: the page's end, wider space than the page uses, a headline, or
   * the next untitled news photo (its caption opening on its day, its own credit within a few blocks)?
   */
  private endsPicture(at: number): boolean {
    const after = this.units[at];
    if (after === undefined || after.gap > this.usualGap || (after.kind === "text" && canBeTitle(after.text))) return true;
    if (this.reportAfterPicture(at)) return true;
    if (after.kind !== "text" || !(NEWS_PHOTO_DAY.test(after.text) || RECENT_LEAD.test(after.text))) return false;
    return this.creditWithin(at) && this.trace.on("group.untitled-after-untitled");
  }

  /**
   * `…推入洱海。` / `洪某华 摄` / `●记者 甲 乙` / `本报讯 12月16日，…`: after a picture's credit at `at`, a reporter's byline or a
   * lead heads the next story, when its text is about something else (the caption and the text under the byline share
   * fewer than FOLLOWING_SOME_PAIRS pairs of characters); a report about what the picture shows printed its picture first.
   */
  private reportAfterPicture(at: number): boolean {
    const after = this.units[at];
    const reporters = (v: Unit | undefined) => v?.kind === "byline" && v.byline.authors.length > 0 && (v === after ? v.byline.authors.some((a) => a.role !== null && REPORTER_ROLE.test(a.role)) : true);
    if (after === undefined || !(after.kind === "lead" || reporters(after))) return false;
    let k = at;
    while (reporters(this.units[k])) k++;
    const report = this.units.slice(k, k + 2).filter((v) => v.kind === "lead" || v.kind === "text").map((v) => v.text).join("");
    let c = at - 1;
    const caption: string[] = [];
    while (c > 0 && caption.length < MAX_UNTITLED_CAPTIONS && this.units[c - 1]!.kind === "text" && this.units[c]!.gap <= this.usualGap && !isBareTitle(this.units[c - 1]!.text)) caption.push(this.units[--c]!.text);
    if (report === "" || caption.length === 0) return false;
    return overlapShares([caption.join("")], report)[0]!.shared < FOLLOWING_SOME_PAIRS && this.trace.on("group.untitled-before-report");
  }

  /**
   * Is there a credit after one to three text blocks from unit i on, the last ending a sentence, no longer together than a
   * caption at the page's top, and after it wider space, a headline or the page's end (as untitledAtTop reads it)?
   */
  private creditWithin(i: number): boolean {
    let length = 0;
    for (let k = i; k < i + MAX_UNTITLED_CAPTIONS + 1 && k < this.units.length; k++) {
      const u = this.units[k]!;
      if (u.kind === "credit") {
        const last = this.units[k - 1]!;
        return k > i && endsSentence(last.text) && length <= MAX_TOP_CAPTION && this.endsPicture(k + 1);
      }
      if (u.kind !== "text") return false;
      length += u.text.length;
    }
    return false;
  }

  /**
   * Above the page's first headline, one to three blocks of whole sentences, then a signature at `index` that names who
   * made its picture and its words (`本报记者 甲/摄 乙/文`), and after it a headline, wider space or the page's end: a picture's
   * story with no title, signed at its end. (A story carried over from another page may open on a whole sentence and end on
   * its reporters' signature too: never under a jump line, `（上接第一版）`, and never signed by reporters alone.)
   */
  private signedAtTop(index: number): boolean {
    const o = this.orphan;
    const u = this.units[index]!;
    if (o === null || this.current !== null || this.articles.length > 0 || u.kind !== "byline" || u.byline.authors.length === 0) return false;
    if (!MADE_PICTURES.test(u.byline.byline) || this.furniture.some((f) => continuedFrom(f.text))) return false;
    if (o.paragraphs.length === 0 || o.paragraphs.length > MAX_UNTITLED_CAPTIONS || o.credits.length > 0 || !o.paragraphs.every((p) => !p.open && !p.heading && endsSentence(p.text))) return false;
    // (The first block opens a sentence, not the rest of one cut on the page before: `的重要节点…`, `，…`.)
    if (MID_SENTENCE_START.test(o.paragraphs[0]!.text)) return false;
    const after = this.units[index + 1];
    const ends = after === undefined || after.gap > this.usualGap || (after.kind === "text" && canBeTitle(after.text));
    return ends && this.trace.on("group.untitled-signed");
  }

  /**
   * Is the credit at `index` the close of a news photo with no title at the page's top: one to three blocks of its caption
   * above it, each ending a sentence, nothing before them, and after the credit wider space, a headline or the page's end?
   */
  private untitledAtTop(index: number): boolean {
    const o = this.orphan;
    if (o === null || this.articles.length > 0 || o.paragraphs.length === 0 || o.paragraphs.length > MAX_UNTITLED_CAPTIONS || o.credits.length > 0) return false;
    if (!o.paragraphs.every((p) => !p.open && endsSentence(p.text)) || o.paragraphs.reduce((n, p) => n + p.text.length, 0) > MAX_TOP_CAPTION) return false;
    return this.endsPicture(index + 1) && this.trace.on("group.untitled-photo");
  }

  private isClosed(): boolean {
    const d = this.current ?? this.orphan;
    if (!d) return true;
    if (d.last === "credit" || d.last === "signature") return true;
    if (d.last === "headline" || d.last === "byline") return false;
    if (this.kickerHalfAbove()) return true;
    const p = d.paragraphs[d.paragraphs.length - 1];
    return !p || !p.open;
  }

  /**
   * Above the page's first headline, one headline-shaped line that runs on to the next (a long kicker's
   * first half) is no column's cut of a sentence: it does not hold back the headline group under it.
   */
  private kickerHalfAbove(): boolean {
    const d = this.orphan;
    if (this.current !== null || d === null || d.paragraphs.length !== 1 || d.last !== "paragraph") return false;
    const p = d.paragraphs[0]!;
    return p.open && !/[，,。；！？]/u.test(p.text) && canBeHeadline(p.text) && this.trace.on("group.under-kicker-half");
  }

  /**
   * `…科技与美食共绽光彩，潮流与传统` / `这里的多元文化和无限活力！` / `作者：某某`: one line at i closing on a sentence's
   * end mark, right under unsigned prose the column cut inside a clause, over a byline that closes the page or stands
   * over a next headline, ends that sentence; the byline signs the text. (No jump line between; never over a lead
   * that names its reporters: a lead that names no one, `某某晚报讯`, leaves the signing to the end.)
   */
  private endsCutClause(i: number): boolean {
    const d = this.current;
    const last = d?.paragraphs.at(-1);
    const underByline = this.units[i + 2];
    const closing = underByline === undefined || underByline.kind === "furniture" || isBareTitle(underByline.text);
    return d !== null && last !== undefined && (d.head === null || d.head.authors.length === 0) && this.units[i - 1]?.line === d.lastLine && /[。！？!?][”’」』]*$/u.test(this.units[i]!.text) && closing && CLAUSE.test(withoutQuoted(last.tail));
  }

  /**
   * `…的实践路径。` / `□融媒体记者 甲` / `文旅赋能消费` / text: reporters named on a line set off by a layout
   * glyph, under a headline's intro and over more of the text, head the report. A signature closes a piece
   * plainly or in parentheses; the glyph (□ ■) marks a byline at the head of a text, and papers that print
   * an intro first set the byline under it. (Only under a few paragraphs of an unsigned, titled report,
   * and only over text: a headline and byline of their own, or nothing, follow a signature.)
   */
  private bylineUnderIntro(d: Draft, u: Extract<Unit, { kind: "byline" }>, index: number): boolean {
    // (Unmarked, only a byline that says its people made the pictures too, `…通讯员 乙 文/图`, over blocks that are each
    // one short sentence: the pictures' captions, printed over the byline as the glyph-set ones are.)
    const madeThePictures = !u.marked && WORDS_AND_PICTURES.test(u.text) && this.captionBlocks(d) !== null;
    if ((!u.marked && !madeThePictures) || d.headline === null || d.head !== null) return false;
    // (Pictures under the headline may come first, `航拍观音湖…。` / `记者 甲 摄`; none among the intro's paragraphs.)
    const first = d.paragraphs.findIndex((p) => !p.captioned);
    const intro = first < 0 ? [] : d.paragraphs.slice(first);
    if (intro.length === 0 || intro.length > MAX_INTRO_UNDER_BYLINE || intro.some((p) => p.heading || p.captioned || p.marked)) return false;
    if (d.credits.some((c) => c.caption === null || c.caption >= d.paragraphs.length - intro.length)) return false;
    // (A reporter's role, or a line saying its people wrote and took the pictures, `某某某文/图`: a writer's own byline.)
    if (!madeThePictures && !u.byline.authors.some((a) => a.role !== null && REPORTER_ROLE.test(a.role))) return false;
    // (Text under the next line that opens on its own time, `近日，…`, `9月28日上午…`, is another report's lead: the
    // line is that report's title, and the byline signs the brief above, as a column of briefs on one topic prints them.)
    const after = this.units[index + 1];
    const under = this.units[index + 2];
    // (Only under a line that may title it: a sentence closed by its mark, `金秋九月，…喜悦。`, is the report's own first.)
    if (under?.kind === "text" && (OPENS_ON_WHEN.test(under.text) || DATED_LEAD.test(under.text)) && !endsSentence(after?.kind === "text" ? after.text : "")) return false;
    return after?.kind === "text" && under?.kind === "text" && under.gap <= this.usualGap && after.gap <= this.usualGap && this.trace.on("byline.under-intro");
  }

  /**
   * `嘉宾在朝门院子参观。` / `□某某记者站 甲 …`: what stands between the headline and a byline that heads the text, when every
   * block of it is one short sentence, says what the report's pictures show: their captions, no credit printed. (An intro
   * is written at length, `城市让生活更美好，乡村让城市更向往。在…`.)
   */
  private captionsOverByline(d: Draft, byline: Byline): void {
    // (Only under a byline that names who made the pictures, `…文/图`, `摄`: a one-sentence intro, `这是一个关于坚守的故事。`,
    // over a plain byline is the text's.)
    if (!MADE_PICTURES.test(byline.byline)) return;
    const intro = this.captionBlocks(d);
    if (intro === null || !this.trace.on("caption.over-byline")) return;
    for (const p of intro) {
      p.captioned = true;
      d.credits.push({ credit: { credit: "", photographers: [] }, caption: d.paragraphs.indexOf(p) });
      for (const x of p.decisions) {
        x.role = "caption";
        x.rule = "caption.over-byline";
      }
    }
  }

  /** The article's blocks not yet captioned, when there are some and each is one short sentence; else null. */
  private captionBlocks(d: Draft): Paragraph[] | null {
    const intro = d.paragraphs.filter((p) => !p.captioned);
    const short = (p: Paragraph) => !p.open && !p.heading && bare(p.text).length <= MAX_CAPTION_OVER_BYLINE && !/[，,；;：:“”]/u.test(p.text) && /[。]$|\p{Script=Han}$/u.test(p.text);
    return intro.length > 0 && intro.every(short) ? intro : null;
  }

  /** Does the line at i follow a story's own paragraph directly: no signature, credit, end mark, furniture or wider space between? */
  private leadsOnFromStory(i: number): boolean {
    const d = this.current;
    const before = this.units[i - 1];
    return d !== null && d.paragraphs.length > 0 && d.last === "paragraph" && d.tail === null && !isPhotoStory(d) && (before?.kind === "text" || before?.kind === "lead") && !before.marked && before.line === d.lastLine && this.units[i]!.gap <= this.usualGap;
  }

  /**
   * A short unpunctuated line between paragraphs of a text article: a crosshead, or the title
   * of the next story? A layout glyph makes it a crosshead; wider blank space than the page
   * uses, a notice's or a document's title, a list or a picture right under it make it a new
   * story. Otherwise named features weigh it (crossheadEvidence) and a positive sum keeps it
   * in the article.
   */
  private readsAsCrosshead(i: number): { rule: RuleName; evidence?: Evidence[] } | null {
    const d = this.current;
    const u = this.units[i]!;
    // A signature closes its piece: what follows is another story.
    if (!d || d.paragraphs.length === 0 || isPhotoStory(d) || d.tail !== null) return null;
    // So does a notice's dated sign-off (…指挥部 / 2024年6月1日): a short line after it titles the next story.
    // (…or the name of who issued it, 共青团某某市委员会, closing a notice.)
    const last = d.paragraphs.at(-1)?.text ?? "";
    if (this.trace.on("story.after-sign-off") && (isBareDate(last) || (isNotice(d) && last.length <= FIELD_MAX && SIGN_OFF_NAME.test(last)))) return null;
    // `（下转第2版）` sent the story on to another page: its text here has ended, and a line after it heads the next story.
    if (this.trace.on("story.after-jump-line") && continuesElsewhere(this.units[i - 1])) return null;
    if (u.marked && this.trace.on("crosshead.marked")) return { rule: "crosshead.marked" };
    // `报料人：于先生` / `报料时间：昨天下午`: the next of a run of labelled details, never a part's heading.
    if (u.kind === "text" && endsOnField(d) && FIELD_LABEL.test(u.text)) return null;
    // Two titles side by side (中超泰达本轮遭遇克星 于根伟期待队友为自己复仇), longer than a crosshead: the next story's headline
    // as a rule, a part's heading only on stronger evidence (below); joined by a dash, `北广娘子军——记者专访…`, a headline always.
    // (Not when the text under it goes on with a speaker the story has named: `王某光在讲话中…`, a part of that story.)
    if (u.kind !== "text") return null;
    const longPair = isPairedTitle(u.text) && u.text.length > MAX_CROSSHEAD && !this.speakerNamedBefore(i, d);
    if (longPair && /——/u.test(u.text)) return null;
    const next = this.units[i + 1];
    if (u.gap > this.usualGap || (next !== undefined && next.gap > this.usualGap)) return null;
    if ((this.trace.on("group.photo-after-report") && this.titlesPictureOrList(i)) || NOTICE_TITLE.test(u.text) || DOCUMENT_TITLE.test(u.text) || isEditorsNote(u.text)) return null;
    // `开栏的话` between a story's paragraphs heads a column's first piece, the editors' words under it.
    // (So does a column's name over its opening note's label, `走社区问民情：开栏语`: the column's first piece's title.)
    if ((COLUMN_OPENER.test(bare(u.text)) || COLUMN_OPENING_TITLE.test(bare(u.text))) && this.trace.on("story.column-opener")) return null;
    // `同志们：` under the line (or under one or two more of its headline's lines): a speech's or a letter's text starts there, never a part's.
    if (this.trace.on("story.salutation") && this.salutationBelow(i)) return null;
    // `图片新闻`, `图说`: a photo story's label heads a story of pictures, never a part of a text story.
    if (PHOTO_HEADING.test(bare(u.text)) && this.trace.on("story.photo-label")) return null;
    // A news report does not end on a commentator's signature: text signed so starts a commentary.
    // (A report is headed by a lead, or by a reporter's byline line that names no commentator.)
    const reported = d.headForm === "lead" || (d.headForm === "line" && d.head !== null && !d.head.authors.some((a) => COMMENTARY.has(a.role ?? "")));
    if (reported && this.endsOnCommentarySignature(i)) return null;
    const evidence = this.crossheadEvidence(i, d);
    // (`打好“产业牌” 夯实以一域服务全局的“厚度”`: a long heading of two phrases heads a part where a strong sign says so, the
    // line's own words the story's, a part's number or label, an intro before it, a sibling heading; words shared by the text
    // under it alone, as a story on the same team or campaign shares them, lean to the next story.)
    if (longPair && this.trace.on("story.long-paired-title")) {
      const strong = evidence.some((e) => STRONG_PART_SIGNS.has(e.feature)) || (overlapShares([u.text], this.recentText(d))[0]?.share ?? 0) >= CROSSHEAD_OVERLAP;
      evidence.push({ feature: "story.long-paired-title", weight: strong ? -1 : -3 });
    }
    const score = evidence.reduce((sum, e) => sum + e.weight, 0);
    if (score <= 0) {
      this.against = { index: i, evidence };
      return null;
    }
    const strongest = evidence.filter((e) => e.weight > 0).sort((x, y) => y.weight - x.weight)[0]!;
    return { rule: strongest.feature as RuleName, evidence };
  }

  /**
   * Does the text under the line at i open on a person the article has named already, speaking (`王某光在讲话中…`,
   * `李某说，…`)? A new story introduces whom it quotes, by office or by what they do; a part of a story goes on with them.
   */
  private speakerNamedBefore(i: number, d: Draft): boolean {
    const opening = this.units[i + 1];
    if (opening?.kind !== "text" || !this.trace.on("crosshead.speaker-named-before")) return false;
    // (Named in the story's last two paragraphs: a sidebar after a story may open on someone it named long before.)
    const named = d.paragraphs.slice(-2).map((p) => p.text).join("");
    for (const length of [3, 2]) {
      const name = opening.text.slice(0, length);
      if (SPEAKS_AFTER_NAME.test(opening.text.slice(length)) && looksLikeName(name) && hasCommonSurname(name) && named.includes(name)) return true;
    }
    return false;
  }

  /** The page's words, weighed by how few of its blocks use them. */
  private pageWords(): PageWords {
    this.words ??= new PageWords(this.units.map((u) => u.text));
    return this.words;
  }

  /**
   * Two short lines between paragraphs that read as one heading when joined (`文明和谐成为家门口` /
   * `最好的风景`): a crosshead a narrow column broke, when the same evidence weighs for a crosshead.
   * The second line is short and the two together no longer than a crosshead.
   */
  private readsAsCrossheadPair(i: number): { rule: RuleName; evidence?: Evidence[] } | null {
    const [first, second] = [this.units[i]!, this.units[i + 1]!];
    if (first.kind !== "text" || second.kind !== "text" || second.text.length > MAX_PARALLEL || startsWithDash(second.text)) return null;
    // (The column filled the first line and broke there: it is the longer, never a column's label over a title, 漫话 / 不明之水.)
    if (first.text.length <= second.text.length || first.text.length < MIN_PAIR_FIRST || !isCrosshead(first.text + second.text) || LEADS_INTO_TITLE.test(first.text)) return null;
    // (Two phrases of one length, quotation marks aside, `人人参与“创文”` / `营造和谐氛围`, are a couplet: two headings, not one broken.)
    const unquoted = (t: string) => bare(t).replace(/[“”"「」『』]/gu, "").length;
    if (unquoted(first.text) === unquoted(second.text)) return null;
    const d = this.current;
    if (!d || d.paragraphs.length === 0 || isPhotoStory(d) || d.tail !== null || (d.headForm !== "line" && d.headForm !== "lead")) return null;
    if (first.gap > this.usualGap || second.gap > this.usualGap) return null;
    const held = this.readsAsCrosshead(i);
    return held && { rule: "crosshead.two-lines", evidence: held.evidence };
  }

  /**
   * A heading of a few characters over a second heading line (`建设者一身工装` / `终于有了在重庆的合影`),
   * between paragraphs of a story signed at its head: a crosshead and its deck, each a paragraph of
   * its own, when the evidence that weighs a crosshead holds. (A column's label over a title, 漫话 /
   * 不明之水, and a subtitle after a dash are a headline's; so is a long first line.)
   */
  private readsAsHeadingPair(i: number): { rule: RuleName; evidence?: Evidence[] } | null {
    const [first, second] = [this.units[i]!, this.units[i + 1]!];
    if (first.kind !== "text" || second.kind !== "text" || first.marked !== second.marked) return null;
    const heading = bare(first.text);
    // (A column's label printed over more than one piece heads a piece of its own, never a part.)
    if (this.repeated.has(heading)) return null;
    // (Or a heading as long as a crosshead, over the person who speaks in that part, by office and name: `聚焦产业强县优化发展生态` /
    // `县政协委员、某局投资科科长吴某婷`, however long that line.)
    const speaker = isPersonLine(second.text) && this.trace.on("crosshead.speaker-under-heading");
    // (Quotation marks aside: `“公铁水空”加快成型` is a heading of eight characters.)
    const length = heading.replace(/[“”"「」『』]/gu, "").length;
    if (length < MIN_PAIR_HEADING || length > (speaker ? MAX_CROSSHEAD : MAX_PAIR_HEADING) || isColumnLabel(first.text) || !isBareTitle(first.text)) return null;
    if ((second.text.length > MAX_CROSSHEAD && !speaker) || startsWithDash(second.text) || !isBareTitle(second.text)) return null;
    const d = this.current;
    if (!d || d.paragraphs.length === 0 || isPhotoStory(d) || d.tail !== null || (d.headForm !== "line" && d.headForm !== "lead")) return null;
    if (first.gap > this.usualGap || second.gap > this.usualGap) return null;
    const held = this.readsAsCrosshead(i);
    return held && { rule: "crosshead.heading-pair", evidence: held.evidence };
  }

  /**
   * The features that weigh a candidate crosshead: vocabulary it or the text after it shares
   * with the article (a crosshead announces more of the same story), the article's form (an
   * unsigned piece rarely has crossheads; one that already has one has more), and a picture's
   * credit a few caption blocks on (the candidate titles a photo story).
   */
  private crossheadEvidence(i: number, d: Draft): Evidence[] {
    const u = this.units[i]!;
    const out: Evidence[] = [];
    const after = this.textAfter(i);
    const recent = this.recentText(d);
    const [ownShare, followingShare] = overlapShares([u.text, after], recent);
    // How much of the article's own words (not the page's theme) the text after shares: weighed at most once.
    let ownWords: number | undefined;
    const ownWordsShared = () => (ownWords ??= this.pageWords().similarity(after, recent));
    const own = ownShare?.share ?? 0;
    const following = followingShare?.share ?? 0;
    // (A shared pair or three are words any story uses, 走进, 工作, 方便: the text after must share more to count.)
    const sharedPairs = followingShare?.shared ?? 0;
    const followingMuch = following >= FOLLOWING_OVERLAP && sharedPairs >= FOLLOWING_SHARED_PAIRS;
    const followingSome = following > FEATURE_OVERLAP && sharedPairs >= FOLLOWING_SOME_PAIRS;
    const signed = d.headForm === "line" || d.headForm === "lead";
    // `沙门龙溪代表团热烈审议报告` … `芦浦海山代表团热烈审议报告`: a line worded as the article's own title, a few words changed,
    // titles the next story of a set printed alike; a part's heading does not restate the story's title. (`2月18日下午和19日上午，
    // 出席…的代表…` under it, as under the article's own title: the next story of the set opens alike.) Either accounts for the
    // words the line or the text under it shares with the article: those count no more for a crosshead.
    const titleEcho = d.headline !== null && echoesTitle(d.headline.title, u.text) && this.trace.on("story.title-echo");
    const lead = d.paragraphs.find((p) => !p.heading && !p.captioned)?.text ?? "";
    const opening = this.units[i + 1]?.text ?? "";
    const leadEcho = opensAlike(lead, opening) && this.trace.on("story.lead-echo");
    if (this.trace.on(signed ? "crosshead.shared-vocabulary" : "crosshead.overlap")) {
      const rule = signed ? "crosshead.shared-vocabulary" : "crosshead.overlap";
      // (The line's own words likewise: much shared counts as much only when the page's theme is not all it shares.)
      if (!titleEcho && own >= CROSSHEAD_OVERLAP && this.pageWords().similarity(u.text, recent) >= OWN_WORDS) out.push({ feature: rule, weight: 3 });
      else if (!titleEcho && own > 0) out.push({ feature: rule, weight: 1 });
      // (Much shared counts as much only when some of it is the story's own words: a page's theme, 报纸 and 记者 on a page
      // of reporters' memoirs, is every story's, and text sharing that alone counts as some.)
      if (!leadEcho && followingMuch && ownWordsShared() >= OWN_WORDS) out.push({ feature: rule, weight: 3 });
      else if (!leadEcho && followingSome) out.push({ feature: rule, weight: 1 });
    }
    if (titleEcho) out.push({ feature: "story.title-echo", weight: -3 });
    if (leadEcho) out.push({ feature: "story.lead-echo", weight: -3 });
    if (!signed && this.trace.on("story.unsigned-piece")) out.push({ feature: "story.unsigned-piece", weight: -2 });
    if (this.trace.on("story.unrelated-text") && after !== "" && sharedPairs < FOLLOWING_SOME_PAIRS) out.push({ feature: "story.unrelated-text", weight: -1 });
    // `10月10日上午，参加洱海论坛的…`: text that opens on its own day and hour is a report's lead.
    if (this.trace.on("story.dated-lead") && (DATED_LEAD.test(opening) || DAY_LEAD.test(opening) || RECENT_LEAD.test(opening))) out.push({ feature: "story.dated-lead", weight: DATED_LEAD.test(opening) ? -2 : -1 });
    // `泗水某会馆元宵节联欢会` / `2024年3月3日，泗水某会馆假座某酒家举行龙年元宵联欢会。`: a lead that opens on its day and
    // restates the line in its first sentence tells the news the line titles; a part's text goes on from its heading. (Not where
    // the line's own words are the article's already: a part's heading may name what its text then tells.)
    if (this.trace.on("story.lead-restates") && own < CROSSHEAD_OVERLAP && DAY_LEAD.test(opening) && restates(u.text, opening)) out.push({ feature: "story.lead-restates", weight: -2 });
    // `《某报》十大文化新闻` / `编者按：…`: an editor's note heads a piece; no part of a story opens on one.
    if (this.trace.on("story.editors-note") && opensOnEditorsNote(opening)) out.push({ feature: "story.editors-note", weight: -4 });
    // `…颁奖晚会举行`, `…广场文化活动在银启动`: a line that reports an event as done is a news title, not a section's heading.
    if (this.trace.on("story.news-title") && EVENT_DONE.test(u.text)) out.push({ feature: "story.news-title", weight: -3 });
    const headings = d.paragraphs.filter((p) => p.heading).map((p) => p.text.replace(/\s+/gu, "").length);
    const length = u.text.replace(/\s+/gu, "").length;
    // `返乡创业` … `科技助力`: a heading shaped as the article's earlier crosshead is its sibling.
    // (`新兴动能成为强引擎` … `改革创新激发原动力` … `民生事业彰显可感度`: two earlier headings of its length, however long, make a series.)
    // (Not over a lead that opens on its own day, nor for a line that reports an event done: those are a story's, and titles are often as long.)
    // (A recent day in words, 近日，…, opens a part as often: only a date printed, or an event done, cancels a series.)
    const newsLike = out.some((e) => e.feature === "story.news-title") || (out.some((e) => e.feature === "story.dated-lead") && !RECENT_LEAD.test(opening));
    const series = !newsLike && headings.filter((n) => n === length).length >= MIN_SERIES;
    if (this.trace.on("crosshead.parallel") && (series || d.paragraphs.some((p) => p.heading && sameShape(p.text, u.text)))) out.push({ feature: "crosshead.parallel", weight: 3 });
    // `返乡创业` … `科技助力` … then `农村公路通到家门口`: sibling headings of one length, and a line unlike them, lean to another story.
    // (Siblings of a longer length, `抢先抓早，确保实现良好开局` … `守牢底线，保障城区安全稳定`: a line half as long again is unlike them.)
    const siblings = headings.length >= 2 && headings.every((n) => n === headings[0]);
    const unlike = siblings && (headings[0]! <= MAX_PARALLEL ? length > headings[0]! + 2 : 2 * length >= 3 * headings[0]!);
    if (this.trace.on("story.unlike-crossheads") && unlike) out.push({ feature: "story.unlike-crossheads", weight: -2 });
    // `宜昌大撤退时民生公司在五龙增设码头` … then `善变沮漳，一河碧水入长江`: a story's headings share a form, all in clauses or none;
    // a line in clauses under headings with none (or the other way round) leans a little to another story.
    const claused = (t: string) => /[，,]/u.test(withoutQuoted(t));
    const earlierHeadings = d.paragraphs.filter((p) => p.heading).map((p) => p.text);
    if (!unlike && earlierHeadings.length > 0 && earlierHeadings.every((t) => claused(t) !== claused(u.text)) && this.trace.on("story.unlike-crosshead-form")) out.push({ feature: "story.unlike-crosshead-form", weight: -1 });
    // `仙游边界行：东许筑巢迎凤来` … `仙游边界行：万缕千丝绣斜尾`: a line under the article's own title's series label is the series'
    // next story, as a rule (a part's heading seldom repeats the title's label; the text's own words may yet keep it).
    if (d.headline !== null && sharesSeriesLabel(d.headline.title, u.text) && this.trace.on("story.series-title")) out.push({ feature: "story.series-title", weight: -3 });
    // `新春走基层：让节日餐桌菜香价稳`: a running column's name and a colon title a story as its column prints it; no part's
    // heading carries a column's name.
    else if (opensOnColumnName(u.text) && this.trace.on("story.column-title")) out.push({ feature: "story.column-title", weight: -3 });
    // `访：那一段战火纷飞的岁月`, `思：…`: one character and a colon label a feature's part; no story's title is so labelled.
    if (this.trace.on("crosshead.part-label") && PART_LABEL.test(u.text)) out.push({ feature: "crosshead.part-label", weight: 3 });
    if (this.speakerNamedBefore(i, d)) out.push({ feature: "crosshead.speaker-named-before", weight: 3 });
    // `（一）抢抓农时保收成`, `01 抢抓农时`, `PART1 …`: a part's number in brackets or set off by a space, as a feature numbers
    // its parts, heads one.
    if (this.trace.on("crosshead.part-number") && PART_NUMBER.test(u.text)) out.push({ feature: "crosshead.part-number", weight: 3 });
    // `长江南路` / `长江南路金鹰世界中心路段的银杏树…`: the line names a place and the text under it opens on the name, as a part
    // of a walk through places opens on the place it heads (a brief's lead may repeat its title, but a title states news).
    if (this.trace.on("crosshead.named-in-text") && opensOnHeading(u.text, opening)) out.push({ feature: "crosshead.named-in-text", weight: 3 });
    // `盘点江南故事` / one intro paragraph / `先有亭子渡后有南宁城`: an unsigned piece that has only its intro so far is heading into its parts.
    // (Text under it that opens on its own day and hour is a report's lead, not a part's.)
    // (A speech or a letter, opened by whom it addresses, has no intro: its parts are numbered, `一、…`, if it has any.)
    const intro = d.paragraphs.length <= MAX_INTRO_PARAGRAPHS && d.paragraphs.every((p) => !p.heading && !p.captioned && !p.marked) && (own > 0 || followingSome) && !DATED_LEAD.test(this.units[i + 1]?.text ?? "") && !isSalutation(d.paragraphs[0]?.text ?? "");
    if (!signed && intro && this.trace.on("crosshead.after-intro")) out.push({ feature: "crosshead.after-intro", weight: 2 });
    // Only with some shared vocabulary: a line about something else is another story, however many crossheads came before.
    if (this.trace.on("crosshead.earlier-crosshead") && d.crossheads > 0 && out.some((e) => e.weight > 0)) out.push({ feature: "crosshead.earlier-crosshead", weight: 1 });
    if (this.trace.on("story.credit-ahead") && this.creditAhead(i)) out.push({ feature: "story.credit-ahead", weight: -3 });
    // `——市区老人 刘某书` (or `——摘自《…》`) closed the text: who said it, or where it came from, ends a piece as a signature does.
    if (this.trace.on("story.after-attribution") && isAttribution(d.paragraphs.at(-1)?.text ?? "")) out.push({ feature: "story.after-attribution", weight: -2 });
    // The article's text ended on its picture's credit: a report's pictures close it, so a line after them leans to the next story.
    // (Several pictures in a row, each captioned and credited, closing the text weigh more: a report's gallery ends it.)
    const gallery = d.paragraphs.length >= MIN_GALLERY && d.paragraphs.slice(-MIN_GALLERY).every((p) => p.captioned);
    if (this.trace.on("story.after-picture") && d.last === "credit") out.push({ feature: "story.after-picture", weight: gallery ? -3 : -1 });
    // `红梅里亮灯了` over a report on 翠湖's tourists: text that shares none of the article's own words (those the rest of
    // the page seldom uses; a page's theme is every story's) starts another story. (Not when the article has a single paragraph
    // to judge by, nor when the line itself repeats much of the article's vocabulary; and half as much in a piece already cut
    // into parts, whose words change from part to part: a walk through a city's parks, one park under each heading.)
    // (Nor over what the line's form says: a part's label, a sibling of an earlier crosshead. A
    // feature whose every part visits another place shares only the page's theme between parts, and its form is surer.)
    const formSays = out.some((e) => FORM_FEATURES.has(e.feature));
    if (this.trace.on("story.other-words") && after !== "" && d.paragraphs.length > 1 && !formSays && own < CROSSHEAD_OVERLAP && ownWordsShared() < OTHER_WORDS) out.push({ feature: "story.other-words", weight: d.crossheads > 0 ? -1 : -2 });
    // On a page whose space says nothing of where stories end, two more cues (not over what the line's form says:
    // `访：那一段战火纷飞的岁月` labels a part, however long). A crosshead is a few words: a line as long as a title leans
    // to the next story. A piece that has run five paragraphs without a crosshead is not cut into parts: a heading now does too.
    const unspaced = !this.widerSpace && !formSays;
    if (unspaced && this.trace.on("story.long-line") && length >= LONG_LINE) out.push({ feature: "story.long-line", weight: -1 });
    // `老巷“翻新” 满满人情味`: phrases set apart by a space are a title's form (a quarter of the corpus's titles); a crosshead is one phrase.
    // (A reporter's role and name so set apart, `半岛记者 张某 报道`, name who made the picture or the part above: no title.)
    // (Nor an official or a delegate and their name, `县委书记 张某某`: the person who speaks in that part.)
    if (!formSays && this.trace.on("story.spaced-phrases") && SPACED_PHRASES.test(u.text) && !u.text.split(/\s+/u).some((p) => REPORTER_ROLE.test(p)) && !isPersonLine(u.text.replace(/\s+/gu, ""))) out.push({ feature: "story.spaced-phrases", weight: -1 });
    if (unspaced && this.trace.on("story.long-run") && d.crossheads === 0 && d.paragraphs.length >= LONG_RUN) out.push({ feature: "story.long-run", weight: -1 });
    return out;
  }

  /**
   * Does a run of labelled details start at i: a detail's label and short value (`报料人：于先生`), another under it
   * (`报料时间：昨天下午`), and a third label opening the line under that (`报料内容：…`)? (Two colon lines are as often a
   * headline's, `两会观察：民生温度` / `代表委员：…`, and a colon title over a note's label, `编者按：…`, is a title.)
   */
  private opensFields(i: number): boolean {
    const [u, next, third] = [this.units[i], this.units[i + 1], this.units[i + 2]];
    if (u?.kind !== "text" || next?.kind !== "text" || !FIELD_LINE.test(u.text) || !FIELD_LINE.test(next.text)) return false;
    // (Two make a run when both labels name a notice's details, `报名时间：…` / `联系电话：…`, in a text already begun and
    // over no lead or byline: over one, `时间：…` / `地点：…` are the headline group's own lines. Any other label, a speaker's
    // `张某：…`, needs a third line labelled so.)
    const details = DETAIL_FIELD.test(u.text) && DETAIL_FIELD.test(next.text) && (this.current?.paragraphs.length ?? 0) > 0 && !isLeadOrByline(third);
    return details || (third?.kind === "text" && FIELD_LABEL.test(third.text));
  }

  /** Does a salutation follow the line at i, right under it or under at most two more short lines that end no sentence (`致某某大会的` / `贺 信`)? */
  private salutationBelow(i: number): boolean {
    for (let k = i + 1; k <= i + 1 + MAX_HEADLINE_BELOW; k++) {
      const u = this.units[k];
      if (u?.kind !== "text") return false;
      // (Or opening its text, `编辑同志：多年来，…`: a reader's letter, run on after whom it greets.)
      if (isSalutation(u.text) || opensOnSalutation(u.text)) return true;
      if (endsSentence(u.text) || u.text.length > MAX_TITLE) return false;
    }
    return false;
  }

  /**
   * A picture's credit within a few more caption blocks than titlesPictureOrList looks at,
   * every block between a sentence (captions are): the candidate may title a photo story.
   */
  private creditAhead(i: number): boolean {
    for (let k = i + 1; k < this.units.length && k <= i + MAX_STORY_CAPTION_BLOCKS + 1; k++) {
      const u = this.units[k]!;
      if (u.kind === "credit") return true;
      // (A picture's short label right over its credit, `“福”字送市民` / `记者 甲 摄`, is a caption too, unless
      // a caption follows the credit: then the line titles a photo story whose credit comes first.)
      if (u.kind !== "text" || (!u.captionOf && isBareTitle(u.text) && !this.labelsPicture(k))) return false;
      // (A credit printed on its caption's own line, after blocks of plain text, credits that line alone:
      // the blocks above it are a report's text, not captions.)
      if (u.captionOf && k > i + 1) return false;
    }
    return false;
  }

  /** Is the line at k a picture's label: a credit right under it, and no caption sentence under that? */
  private labelsPicture(k: number): boolean {
    const after = this.units[k + 2];
    return this.units[k + 1]?.kind === "credit" && !(after?.kind === "text" && !isBareTitle(after.text));
  }

  /** Does the text after unit i run, with no other headline or byline, into a commentator's signature? */
  private endsOnCommentarySignature(i: number): boolean {
    for (let k = i + 1; k < this.units.length; k++) {
      const u = this.units[k]!;
      if (u.kind === "text") {
        if (isBareTitle(u.text)) return false;
        continue;
      }
      return u.kind === "byline" && u.byline.authors.some((a) => a.role === "评论员" || a.role === "执笔");
    }
    return false;
  }

  /**
   * Is the line at i the title of a photo story (a few caption blocks, then a
   * credit) or of a list (numbered or bulleted items)? Those are new articles.
   */
  private titlesPictureOrList(i: number): boolean {
    const first = this.units[i + 1];
    if (first?.kind === "text" && (first.marked || startsNumberedItem(first.text))) return true;
    for (let k = i + 1; k < this.units.length && k <= i + MAX_CAPTION_BLOCKS + 1; k++) {
      const u = this.units[k]!;
      if (u.kind === "credit") return true;
      // Captions are sentences; a headline-shaped line first means the credit is another story's.
      if (u.kind !== "text" || (!u.captionOf && isBareTitle(u.text))) return false;
    }
    return false;
  }

  /**
   * MIN_PICTURE_LABELS or more short labels from unit i on, each a heading's shape (`花下漫步`, `春风又绿湖两岸`), then text or
   * the page's end. (Two over a lead or a byline are the next story's headline; two over text, a report's crosshead and deck.)
   */
  private labelsUnder(i: number): boolean {
    let k = i;
    while (this.units[k]?.kind === "text" && canBeHeadline(this.units[k]!.text) && this.units[k]!.text.length <= MAX_CROSSHEAD) k++;
    const after = this.units[k];
    return k - i >= MIN_PICTURE_LABELS && (after === undefined || after.kind === "text");
  }

  /** The text blocks right after unit i, up to the next non-text unit or headline-shaped line. */
  private textAfter(i: number): string {
    let text = "";
    for (let k = i + 1; k < this.units.length && k <= i + FOLLOWING_BLOCKS; k++) {
      const u = this.units[k]!;
      if (u.kind !== "text" || (k > i + 1 && isBareTitle(u.text))) break;
      text += u.text;
    }
    return text;
  }

/** The article's text the crossheads are compared with: its headline and its last CROSSHEAD_WINDOW characters. */
  private recentText(d: Draft): string {
    const h = d.headline;
    let body = [h?.kicker, h?.title, h?.subtitle].filter(Boolean).join("");
    for (let k = d.paragraphs.length - 1; k >= 0 && body.length < CROSSHEAD_WINDOW; k--) body += d.paragraphs[k]!.end(CROSSHEAD_WINDOW - body.length);
    return body;
  }

  // ── building articles ────────────────────────────────────────────────

  /** The line at `i` is inside the headline group the article being read began with (a corrected role there adjusts it; it starts nothing). */
  private inGroup(i: number): boolean {
    const d = this.current;
    return d !== null && d.paragraphs.length === 0 && d.head === null && d.lastLine >= this.units[i]!.line;
  }

  /**
   * An article an editor's correction starts at unit `i`: the headline group found there (its
   * lines' corrected roles applied), else the lines corrected to kicker, title or subtitle, else
   * the line itself as the title; a lead or byline there opens an untitled article. Returns
   * the index of the next unit to read.
   */
  private startCorrected(i: number): number {
    const u = this.units[i]!;
    const rule: RuleName = this.starts.has(u.line) ? "correction.starts-article" : "correction.role";
    const natural = this.headlineAt(i);
    this.crosshead = null;
    if (natural && natural.units[0] === u) {
      this.startArticle({ ...natural, rule }, i);
      return natural.next;
    }
    if (u.kind !== "text") {
      this.close();
      this.place(u, this.units[i + 1], i);
      return i + 1;
    }
    let n = 1;
    while (n < 3 && isForcedHeadline(this.units[i + n]) && isForcedHeadline(u)) n++;
    const group: HeadlineGroup = { units: this.units.slice(i, i + n), next: i + n, rule };
    const after = this.units[i + n];
    if (after && (after.kind === "lead" || (after.kind === "byline" && !isSignature(after.text)))) {
      group.byline = after;
      group.next++;
    }
    this.startArticle(group, i);
    return group.next;
  }

  private startArticle(group: HeadlineGroup, at: number): void {
    this.close();
    const first = group.units[0]!;
    const { headline, rule, evidence: headlineEvidence } = assignHeadline(group.units.map((u) => u.text), (r) => this.trace.on(r), { signedByName: group.bareName !== undefined, repeated: group.units.length === 2 && this.repeated.has(bare(group.units[0]!.text)) });
    // A line weighed as no crosshead shows, where its article opens, the weights that decided so.
    const against = this.against?.index === at ? this.against.evidence : [];
    this.against = null;
    const evidence = headlineEvidence || against.length > 0 ? [...against, ...(headlineEvidence ?? [])] : undefined;
    let roles: LineRole[] =
      group.units.length === 3 ? ["kicker", "title", "subtitle"] : group.units.length === 1 ? ["title"] : headline.kicker !== null ? ["kicker", "title"] : ["title", "subtitle"];
    let decided = rule;
    const corrected = correctedHeadline(group.units);
    if (corrected) {
      [headline.kicker, headline.title, headline.subtitle] = [corrected.headline.kicker, corrected.headline.title, corrected.headline.subtitle];
      roles = corrected.roles;
      decided = "correction.role";
    }
    const draft = newDraft(first.line, headline);
    group.units.forEach((u, k) => this.mark(u, roles[k]!, decided, draft, { ...(k === 0 ? { opens: group.rule } : {}), ...(evidence ? { evidence } : {}) }));
    draft.lastLine = group.units[group.units.length - 1]!.line;
    if (group.picture) {
      draft.portrait = group.picture.text;
      this.mark(group.picture, "caption", "caption.arrowed", draft);
    }
    if (group.byline) {
      const b = group.byline;
      if (b.kind === "lead") {
        withLead(draft, b.lead);
        this.mark(b, "byline", "lead.opens-paragraph", draft);
      } else if (b.kind === "byline") {
        draft.head = b.byline;
        draft.headForm = "line";
        draft.last = "byline";
        this.mark(b, "byline", b.given ? "byline.given-name" : "byline.own-line", draft);
      }
      draft.lastLine = b.line;
    } else if (group.officials) {
      const signed = group.officials.map((u) => readOfficial(u.text)!);
      draft.head = { byline: group.officials.map((u) => u.text).join(" "), dateline: null, authors: signed };
      draft.headForm = "line";
      draft.last = "byline";
      draft.lastLine = group.officials.at(-1)!.line;
      for (const u of group.officials) this.mark(u, "byline", "byline.officials", draft);
    } else if (group.bareName) {
      const name = readBareName(group.bareName.text)!;
      draft.head = name;
      draft.headForm = "name";
      draft.last = "byline";
      draft.lastLine = group.bareName.line;
      this.mark(group.bareName, "byline", "byline.bare-name", draft);
    }
    this.current = draft;
  }

  /**
   * Is the line a dispatch's place and day in brackets (`（北京七日电）`) right after a story's text? It heads nothing, and
   * dates the story when no lead at its head did.
   */
  private datesStory(u: Unit): boolean {
    const d = this.current;
    return u.kind === "text" && d !== null && d.last === "paragraph" && d.dispatch === null && readDispatch(u.text) !== null && this.trace.on("dateline.dispatch-after-text");
  }

  private place(u: Unit, next: Unit | undefined, index: number): void {
    switch (u.kind) {
      case "text":
        if (this.datesStory(u)) {
          const d = this.current!;
          d.dispatch = { dateline: readDispatch(u.text)!, text: u.text };
          // (The story's text has ended: what follows signs it or starts another.)
          d.last = "signature";
          d.lastLine = u.line;
          this.mark(u, "byline", "dateline.dispatch-after-text", d);
          return;
        }
        // A news photo with no title after wider space than the page uses, the story above finished: a picture of its own.
        if (this.untitledPhotoAt(index)) {
          this.close();
          const draft = newDraft(u.line, null);
          this.current = draft;
          this.addText(u, next, index);
          if (draft.decisions[0]) draft.decisions[0].opens = "group.untitled-photo";
          return;
        }
        return this.addText(u, next, index);
      case "lead": {
        const d = this.current;
        if (d && d.head === null && d.paragraphs.length === 0) {
          withLead(d, u.lead);
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.opens-paragraph", d);
          return;
        }
        // `时报讯` alone on its line, then `（记者甲） 昨天下午…`: the reporters' brackets opening the text are the label's, one
        // byline, label first (as `时报讯（记者甲）` is printed on one line).
        if (d && d.headForm === "lead" && d.head !== null && d.head.authors.length === 0 && d.paragraphs.length === 0 && d.credits.length === 0 && /^[（(【]/u.test(u.lead.byline) && u.lead.authors.length > 0 && u.lead.dateline === null && this.trace.on("lead.label-over-reporters")) {
          const head = d.head;
          withLead(d, u.lead);
          d.head = { byline: `${head.byline} ${u.lead.byline}`, dateline: head.dateline, authors: u.lead.authors };
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.label-over-reporters", d);
          return;
        }
        // `记者 张三` on its own line, then `本报讯 …`: the lead opens that byline's text, and its label joins the byline.
        // (So under a byline that opened an untitled story, nothing under it yet.)
        // (`记者：甲` / `某某（右）代表…登台领奖。` / `（金边讯）…`: one short sentence between the byline line and the lead, no credit
        // printed, is a picture's caption, as between a headline and its lead.)
        const uncredited = d?.paragraphs.filter((p) => !p.captioned) ?? [];
        // (Only a sentence that shows a picture's words, who stands where or a group's picture, `某某（右）…`, `…合影。`: under a
        // byline line a standfirst or an editor's note stands as often.)
        // (A sentence with no picture's words, a standfirst, stays the text's first paragraph: the lead's label still joins the
        // byline, and its text goes on under it.)
        // (Nor where the lead names a reporter the byline line does not: the next brief's own lead.)
        const otherReporter = u.lead.authors.some((a) => /记者/u.test(a.role ?? "") && !(d?.head?.authors.some((h) => h.name === a.name) ?? false));
        const oneSentence = uncredited.length === 1 && d!.paragraphs.at(-1) === uncredited[0] && d!.portrait === null && isUncreditedCaption(uncredited[0]!) && d!.headForm === "line" && d!.headline !== null && !otherReporter;
        const picture = oneSentence && SHOWS_PICTURE.test(uncredited[0]!.text) && this.trace.on("caption.uncredited-over-lead");
        if (d && (d.headline !== null || (d.paragraphs.length === 0 && d.last === "byline")) && d.headForm === "line" && d.head !== null && (uncredited.length === 0 || oneSentence) && this.trace.on("lead.after-byline-line")) {
          if (picture) {
            d.portrait = uncredited[0]!.text;
            d.paragraphs.pop();
            for (const x of uncredited[0]!.decisions) {
              x.role = "caption";
              x.rule = "caption.uncredited-over-lead";
            }
          }
          const head = d.head;
          withLead(d, u.lead);
          d.head = { byline: `${head.byline} ${u.lead.byline}`, dateline: u.lead.dateline, authors: [...head.authors, ...u.lead.authors] };
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.after-byline-line", d);
          return;
        }
        // `（captions）` / `文/图 记者 甲` / `通讯员 乙` / `晨报某地7月6日讯 …`: a byline printed after the pictures, then the
        // lead, heads the text the lead opens; the label joins it. (No untitled story opens under a signature.)
        if (d && d.headline !== null && d.head === null && d.tail !== null && d.last === "signature" && this.trace.on("lead.after-signature")) {
          const tail = d.tail;
          d.tail = null;
          withLead(d, u.lead);
          d.head = { byline: `${tail.byline} ${u.lead.byline}`, dateline: u.lead.dateline, authors: [...tail.authors, ...u.lead.authors] };
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.after-signature", d);
          return;
        }
        // `两岸乡亲欢聚…` / `同安区田洋村…热闹开场` / `“两岸一家亲”跨村年夜活动热闹开场。` / `厦门日报讯（…）…`: one short sentence
        // between a headline and its lead, no credit printed, is the caption of a picture printed there (a deck is the
        // headline's, read with it): the lead opens that headline's text, never an untitled story. (A sentence that opens on
        // when, `即日起，…`, `10月15日，…`, is a brief's whole text, and the lead under it another brief's.)
        const first = d?.paragraphs[0];
        // (Or a block of any length opening on a picture's label, `圖片說明：上圖：…`: the captions of the pictures printed there.)
        const shortCaption = first !== undefined && isUncreditedCaption(first);
        // (Two or three such sentences, `某某书记与新生亲切交谈。` / `医务人员为新生测量体温。` / `本报讯 …`: the captions of as many
        // pictures, each uncredited.)
        const captions = d !== null && d.tail === null && d.paragraphs.length >= 2 && d.paragraphs.length <= MAX_PICTURES_OVER_LEAD && d.paragraphs.every((p) => !p.heading && !p.captioned && isUncreditedCaption(p) && !ADDRESSES_READER.test(p.text));
        if (d && d.headline !== null && d.head === null && d.credits.length === 0 && d.portrait === null && (d.paragraphs.length === 1 || captions) && first !== undefined && !first.heading && !first.captioned && (shortCaption || isPictureLabel(first.text)) && this.trace.on("caption.uncredited-over-lead")) {
          if (d.paragraphs.length === 1) d.portrait = first.text;
          else d.paragraphs.forEach((p, k) => d.credits.push({ credit: { credit: "", photographers: [] }, caption: k }));
          const pictured = d.paragraphs.splice(0);
          if (d.credits.length > 0) d.paragraphs.push(...pictured.map((p) => Object.assign(p, { captioned: true })));
          for (const x of pictured.flatMap((p) => p.decisions)) {
            x.role = "caption";
            x.rule = "caption.uncredited-over-lead";
          }
          withLead(d, u.lead);
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.after-headline-picture", d);
          return;
        }
        // A picture printed between the headline and the lead: the lead opens that headline's text.
        // (A last picture's caption may stand after the credit that covers the pictures: `记者 甲 乙 摄` / `舞狮队在作开场表演。`.)
        // (Only after a captioned picture: a credit printed first, over a line of text, heads a photo item that ends there.)
        if (d && d.headline !== null && d.head === null && d.credits.length > 0 && d.paragraphs.every((p) => p.captioned || (!p.open && !p.heading && isOneSentence(p.text))) && (d.paragraphs.every((p) => p.captioned) || d.credits.every((c) => c.caption !== null)) && this.trace.on("lead.after-headline-picture")) {
          this.joinCaptionAbove(d);
          withLead(d, u.lead);
          d.lastLine = u.line;
          this.mark(u, "byline", "lead.after-headline-picture", d);
          return;
        }
        // `〔本报长春二日电〕…` … `〔本报北平二日电〕…`: a further dispatch of the house whose dispatch opened the article, no headline
        // between, is the same report's next paragraph: a roundup prints its dispatches under one headline.
        // (Only where neither names a reporter, and the later is filed from another place than the first: a roundup gathers
        // places; two reports of one place and day, `新华社北京3月3日电（记者 甲）` … `（记者 乙）`, are two stories.)
        const opened = d?.head && d.head.authors.length === 0 ? dispatchOf(d.head.byline) : null;
        const later = u.lead.authors.length === 0 ? dispatchOf(u.lead.byline) : null;
        if (d && opened !== null && later !== null && later.house === opened.house && later.place !== opened.place && d.headline !== null && d.tail === null && d.paragraphs.length > 0 && !d.paragraphs.at(-1)!.open && this.trace.on("paragraph.further-dispatch")) {
          const p = new Paragraph(u.text, !endsParagraph(u.text), u.marked);
          p.line = u.line;
          d.paragraphs.push(p);
          d.last = "paragraph";
          d.lastLine = u.line;
          this.mark(u, "paragraph", "paragraph.further-dispatch", d, undefined, p);
          return;
        }
        this.close();
        this.warn(u.line, `a byline with no headline above it starts an untitled article: ${clip(u.lead.byline)}`);
        const draft = newDraft(u.line, null);
        withLead(draft, u.lead);
        this.mark(u, "byline", "lead.opens-paragraph", draft, { opens: "group.no-headline" });
        this.current = draft;
        return;
      }
      case "byline": {
        const d = this.current;
        if (!d && this.signedAtTop(index)) {
          // `1月20日，…在京开幕。…` / `本报记者 甲/摄 乙/文` above the page's first headline: a piece whose headline the page
          // does not print, signed at its end by those who made it.
          const o = this.orphan!;
          this.orphan = null;
          const draft = newDraft(o.firstLine, null);
          o.paragraphs.forEach((p, n) => {
            draft.paragraphs.push(p);
            p.decisions.forEach((x, k) => {
              [x.role, x.rule] = k > 0 ? ["continuation", "continuation.column-break"] : ["paragraph", n === 0 ? "paragraph.first" : "paragraph.after-sentence-end"];
              draft.decisions.push(x);
            });
          });
          draft.tail = u.byline;
          draft.last = "signature";
          draft.lastLine = u.line;
          if (draft.decisions[0]) draft.decisions[0].opens = "group.untitled-signed";
          this.current = draft;
          this.mark(u, "byline", "signature.after-text", draft);
          return;
        }
        if (!d) {
          this.mark(u, "unassigned", "unassigned.no-article", null);
          return this.keepOrphan(u);
        }
        // `征稿启事` … `本报编辑部`: the body that issued a notice signs it off, a paragraph as printed (no author).
        if (isNotice(d) && d.paragraphs.length > 0 && !startsWithDash(u.text) && readDashSignature(u.text) !== null && this.trace.on("paragraph.sign-off-name")) {
          return this.addText({ kind: "text", text: u.text, line: u.line, gap: u.gap, marked: u.marked, listItem: false, captionOf: false }, next, index);
        }
        // `四川新闻网-某某晚报讯` / `本报记者 甲 摄影 乙` / text: a lead's label alone on its line, naming no one, and the reporters
        // under it, before any text, are one byline, label first.
        if (d.headForm === "lead" && d.head !== null && d.head.authors.length === 0 && d.last === "byline" && d.paragraphs.length === 0 && u.byline.authors.length > 0 && this.trace.on("lead.label-over-byline")) {
          d.head = { byline: `${d.head.byline} ${u.byline.byline}`, dateline: d.head.dateline, authors: u.byline.authors };
          this.mark(u, "byline", "lead.label-over-byline", d);
          d.lastLine = u.line;
          return;
        }
        // A byline printed on two lines (`记者 甲` / `实习生 乙`): the second adds its people to the first.
        if (d.headForm === "line" && d.head !== null && d.last === "byline" && d.paragraphs.length === 0 && this.trace.on("byline.second-line")) {
          const role = runOnRole(d.head, u.byline.authors, u.marked);
          const more = role === null ? u.byline.authors : u.byline.authors.map((a) => ({ ...a, role }));
          d.head = { byline: `${d.head.byline} ${u.byline.byline}`, dateline: d.head.dateline, authors: [...d.head.authors, ...more] };
          this.mark(u, "byline", "byline.second-line", d);
          d.lastLine = u.line;
          return;
        }
        // `图为…` / `本报记者 甲`: people named, no 摄, under text that describes a picture — the picture's credit.
        if (this.creditsPicture(d, u.byline)) return this.placeCredit(d, u, { credit: u.text, photographers: u.byline.authors }, "credit.names-under-picture");
        // `图片新闻` … `■ 本报记者 甲` / `本报通讯员 乙`: under a picture's heading, the people after its text took it.
        if (this.creditsLabelledPicture(d)) return this.placeCredit(d, u, { credit: u.text, photographers: u.byline.authors }, "credit.photo-heading");
        // `某某人员在风塔上清理积雪。` / `图/文 甲`, again and again: each picture's maker, under its caption.
        if (this.creditsMakersPicture(d, u.byline, index)) return this.placeCredit(d, u, { credit: u.text, photographers: u.byline.authors }, "credit.maker-under-caption");
        // `…抢险人员正坚守在一线。` / `某某记者 甲 报道`, again and again: under each one-sentence caption, the reporters who took it.
        if (this.creditsReportersPicture(d, u.byline, index)) return this.placeCredit(d, u, { credit: u.text, photographers: u.byline.authors }, "credit.reporters-under-each-caption");
        // `撒盐机上路！…` / one caption / `本报记者 甲 通讯员 乙`: reporters named under a short unsigned text, the story ending there, took its picture.
        if (this.creditsShortCaption(d, u.byline, index)) return this.placeCredit(d, u, { credit: u.text, photographers: u.byline.authors }, "credit.reporters-under-caption");
        if (this.addsToCredit(d, u.byline)) {
          const placed = d.credits.at(-1)!;
          placed.credit = { credit: `${placed.credit.credit} ${u.text}`, photographers: [...placed.credit.photographers, ...u.byline.authors] };
          d.lastLine = u.line;
          this.mark(u, "credit", "credit.second-line", d);
          return;
        }
        if (d.head === null && d.paragraphs.length === 0 && d.credits.length === 0) {
          d.head = u.byline;
          d.headForm = "line";
          d.last = "byline";
          this.mark(u, "byline", "byline.own-line", d);
        } else if (d.tail === null && this.pointsUnderHeadline()) {
          // The headline's bulleted points, then its byline: the byline heads the text that follows.
          d.head = u.byline;
          d.headForm = "line";
          d.last = "byline";
          this.mark(u, "byline", "byline.after-points", d);
        } else if (d.tail !== null && d.last === "signature" && reportsTogether(d.tail, u) && this.trace.on("signature.second-line")) {
          // `■本报记者 仇健` / `通讯员 唐文薇` after the text: one signature printed on two lines.
          d.tail = { byline: `${d.tail.byline} ${u.byline.byline}`, dateline: d.tail.dateline, authors: [...d.tail.authors, ...u.byline.authors] };
          this.mark(u, "byline", "signature.second-line", d);
        } else if (d.tail === null && this.bylineUnderIntro(d, u, index)) {
          // `…的实践路径。` / `□融媒体记者 甲` / a heading and more text: the byline printed under the intro heads the report.
          d.head = u.byline;
          d.headForm = "line";
          this.captionsOverByline(d, u.byline);
          this.mark(u, "byline", "byline.under-intro", d);
        } else if (d.tail === null && this.headsTextAfterPictures(d, u.byline, index)) {
          // `市北：老旧小区“改”出新生活` / a caption and its credit / `□某某日报记者 甲 通讯员 乙` / the text: the report's picture printed first.
          d.head = u.byline;
          d.headForm = "line";
          d.last = "byline";
          this.mark(u, "byline", "byline.after-pictures", d);
        } else if (d.headline === null && isPhotoStory(d) && d.last === "credit" && this.reportAfterPicture(index)) {
          // `…推入洱海。` / `洪凯华 摄` / `●记者 甲 乙` / `本报讯 …`: an untitled picture ends at its credit; reporters named
          // after it head the next story, whose headline the page does not print.
          this.close();
          this.warn(u.line, `a byline with no headline above it starts an untitled article: ${clip(u.byline.byline)}`);
          const draft = newDraft(u.line, null);
          draft.head = u.byline;
          draft.headForm = "line";
          draft.last = "byline";
          this.mark(u, "byline", "byline.own-line", draft, { opens: "group.untitled-before-report" });
          this.current = draft;
          return;
        } else if (d.tail === null) {
          d.tail = u.byline;
          d.last = "signature";
          if (d.head === null && d.credits.length === 0 && u.byline.authors.some((a) => a.role !== null && REPORTER_ROLE.test(a.role))) this.reportersSignAtEnd = true;
          this.mark(u, "byline", "signature.after-text", d);
        } else {
          this.warn(u.line, `a second signature in one article is kept as a paragraph: ${clip(u.text)}`);
          const p = new Paragraph(u.text, false);
          d.paragraphs.push(p);
          d.last = "paragraph";
          this.mark(u, "paragraph", "signature.second-kept-as-paragraph", d, undefined, p);
        }
        d.lastLine = u.line;
        return;
      }
      case "furniture": {
        // `地址：…` among a notice's detail lines (`联系电话：…`) is the notice's own, not the paper's address.
        const d = this.current;
        if (u.rule === "furniture.address" && d !== null && isNotice(d) && d.last === "paragraph" && FIELD_LINE.test(u.text) && next?.kind === "text" && FIELD_LABEL.test(next.text) && this.trace.on("paragraph.notice-detail")) {
          return this.addText({ kind: "text", text: u.text, line: u.line, gap: u.gap, marked: u.marked, listItem: false, captionOf: false }, next, index);
        }
        // The page's own lines stand apart: the story around them goes on as if they were not there.
        this.furniture.push({ line: u.line, text: u.text });
        this.mark(u, "furniture", u.rule, null);
        return;
      }
      case "credit": {
        const d = this.current;
        // `近日，在某河畔，园林工人正在修剪绿道。` / `融媒体记者 甲 摄` above the page's first headline: a news photo with no
        // title, its caption's blocks and its credit.
        if (!d && this.untitledAtTop(index)) {
          const o = this.orphan!;
          this.orphan = null;
          const draft = newDraft(o.firstLine, null);
          for (const p of o.paragraphs) {
            draft.paragraphs.push(p);
            for (const x of p.decisions) {
              x.role = "caption";
              x.rule = "caption.photo-story";
              draft.decisions.push(x);
            }
          }
          draft.last = "paragraph";
          draft.lastLine = o.lastLine;
          this.current = draft;
          this.placeCredit(draft, u, u.credit, "credit.own-line");
          if (draft.decisions[0]) draft.decisions[0].opens = "group.untitled-photo";
          return;
        }
        if (!d) {
          this.warn(u.line, `a photo credit with no article to belong to: ${clip(u.text)}`);
          this.mark(u, "unassigned", "unassigned.no-article", null);
          return this.keepOrphan(u);
        }
        // `海东日报记者 甲 通讯员 乙 摄影报道` under the headline, over a report's text with no picture's caption: they reported it.
        if (this.headsReport(d, u, next, index)) {
          // (The text after a credit printed first opens the report, no caption.)
          if (u.beforeCaption && next?.kind === "text") next.captionOf = false;
          const head = d.head;
          d.head = head === null ? { byline: u.text, dateline: null, authors: u.credit.photographers } : { byline: `${head.byline} ${u.text}`, dateline: head.dateline, authors: [...head.authors, ...u.credit.photographers] };
          d.headForm = "line";
          d.last = "byline";
          d.lastLine = u.line;
          this.mark(u, "byline", "byline.photo-report", d);
          return;
        }
        // `本报记者 甲 摄影报道` / `5月11日，市民在…观赏金鸡菊。…` after a finished story and wider space: a news photo with no
        // title, its credit printed before its caption.
        if (this.untitledPhotoAt(index + 1, index)) {
          this.close();
          const draft = newDraft(u.line, null);
          this.current = draft;
          this.placeCredit(draft, u, u.credit, "credit.own-line");
          if (draft.decisions[0]) draft.decisions[0].opens = "group.untitled-photo";
          return;
        }
        if (u.beforeCaption) {
          this.placeCredit(d, u, u.credit, "credit.before-caption-same-line", true);
          this.captionAfterCredit = index + 1;
          return;
        }
        return this.placeCredit(d, u, u.credit, "credit.own-line");
      }
    }
  }

  /**
   * A credit that says its people reported the story in pictures (`…摄影报道`), right under the headline (or the byline
   * line under it), over text that opens a report rather than a picture's short caption: the report's byline.
   */
  private headsReport(d: Draft, u: Extract<Unit, { kind: "credit" }>, next: Unit | undefined, index: number): boolean {
    const underHeadline = d.headline !== null && d.paragraphs.length === 0 && d.credits.length === 0 && d.tail === null && (d.head === null || d.headForm === "line");
    // (Or over the report's lead, `晚报讯 今天上午…`: its label opens the text the reporters wrote.)
    const lead = next?.kind === "lead";
    // (A credit printed first on its line, `（本报记者 甲 摄影报道）8月18日，…`, in brackets, over its own line's text.)
    const printed = u.beforeCaption ? u.text.replace(/^[（(]\s*|\s*[)）]$/gu, "") : u.text;
    // (Printed first, it heads a report only over three paragraphs or more, none a caption pointing at its picture, `图为…`: a
    // photo story's caption runs to a sentence or two.)
    const first = u.beforeCaption === true;
    const opening = next?.kind === "text" && (!next.captionOf || first) && (first || next.text.length >= MIN_REPORT_OPENING) && !isBareTitle(next.text);
    if (!(underHeadline && PHOTO_REPORT.test(printed) && u.credit.photographers.length > 0 && (lead || opening))) return false;
    // (A picture's one caption under its credit is a photo story: a report runs to paragraphs.)
    const wanted = first ? MIN_REPORT_PARAGRAPHS_UNDER_CREDIT : MIN_REPORT_PARAGRAPHS;
    let paragraphs = lead ? 1 : 0;
    for (let k = index + (lead ? 2 : 1); k < this.units.length && paragraphs < wanted; k++) {
      const t = this.units[k]!;
      if (t.kind !== "text" || (t.captionOf && !(k === index + 1 && first)) || (first && (PICTURE_CUE.test(t.text) || (k > index + 1 && isBareTitle(t.text))))) break;
      if (endsSentence(t.text)) paragraphs++;
    }
    return paragraphs >= wanted && this.trace.on("byline.photo-report");
  }

  /** Unsigned text of a caption's length that points at its picture (图为…), then people named by their roles: the picture's credit. */
  private creditsPicture(d: Draft, byline: Byline): boolean {
    const captions = d.paragraphs.length > 0 && d.paragraphs.length <= MAX_CAPTION_BLOCKS && d.paragraphs.every((p) => !p.open) && d.paragraphs.some((p) => PICTURE_CUE.test(p.text));
    const people = byline.authors.length > 0 && byline.authors.every((a) => a.role !== null && !COMMENTARY.has(a.role)) && !SAYS_WROTE.test(byline.byline);
    return d.head === null && d.tail === null && d.credits.length === 0 && d.last === "paragraph" && captions && people && this.trace.on("credit.names-under-picture");
  }

  /**
   * One or two closed blocks of unsigned text under a title, then reporters named by their roles on a line
   * of their own, and the story ends there: a photo story and its credit. (Short pieces signed at their
   * end are commentaries, 执笔 and 评论员, letters, 读者 and 市民, or bracketed bare names: no reporter's.)
   */
  private creditsShortCaption(d: Draft, byline: Byline, i: number): boolean {
    // (A caption says what the picture shows: it asks no question, `咱们重庆究竟有哪些东西值得我们骄傲？…`, as a report's text may.
    // It may quote a slogan the people in it shout, `齐声高喊：“祖国妈妈，生日快乐！”`. Nor does it say what the reporter learned
    // from whom, `记者从某某公司了解到，…`.)
    const short = d.headline !== null && d.paragraphs.length > 0 && d.paragraphs.length <= MAX_SHORT_CAPTIONS && d.paragraphs.every((p) => !p.open && !p.heading && !p.captioned && !ASKS.test(p.text) && !REPORTER_LEARNED.test(p.text));
    const reporters = namesReportersOnly(byline);
    // (On the text's own line, `…春联。（记者 甲）`, they sign the text.)
    const ownLine = this.units[i - 1]?.line !== this.units[i]!.line;
    // (Under a dispatch line, `（北京七日电）`, they sign the report it dates.)
    if (!(d.head === null && d.tail === null && d.dispatch === null && d.credits.length === 0 && d.last === "paragraph" && short && reporters && ownLine)) return false;
    // (On a page whose unsigned briefs end on their reporters' line with no picture, such a line signs this one too.)
    if (this.reportersSignAtEnd) return false;
    // (A second line of people, `通讯员 乙`, belongs to the credit.)
    const after = this.units[i + 1]?.kind === "byline" ? i + 2 : i + 1;
    return this.signedStoryAt(after) && this.trace.on("credit.reporters-under-caption");
  }

  /**
   * The page ends at `j`, or a story that signs itself starts there: one to three headline lines, then
   * a lead, a byline or a picture's credit. (A headline over unsigned text may be the same story's
   * crosshead, and the people above it its byline printed after the intro.)
   */
  private signedStoryAt(j: number): boolean {
    if (j >= this.units.length) return true;
    let k = j;
    while (k < this.units.length && k - j < 3) {
      const u = this.units[k]!;
      if (u.kind !== "text" || u.captionOf || !canBeHeadline(u.text)) break;
      k++;
    }
    const after = this.units[k];
    return k > j && after !== undefined && (after.kind === "lead" || after.kind === "byline" || after.kind === "credit" || (after.kind === "text" && after.captionOf));
  }

  /**
   * One maker of words and picture (`图/文 甲`) under a caption-length block, in a piece with no byline at
   * its head, where the form repeats (the piece has a picture already, or a block and another such line
   * or a credit come next): each picture's credit, not the piece's signature.
   */
  private creditsMakersPicture(d: Draft, byline: Byline, i: number): boolean {
    const maker = (b: Byline) => b.authors.length === 1 && MAKER_OF_BOTH.test(b.authors[0]!.role ?? "");
    if (!maker(byline) || d.head !== null || d.tail !== null || d.last !== "paragraph") return false;
    const caption = d.paragraphs.at(-1)!;
    if (caption.open || caption.heading || caption.text.length > MAX_MADE_CAPTION) return false;
    const [text, then] = [this.units[i + 1], this.units[i + 2]];
    const repeats = d.credits.length > 0 || (text?.kind === "text" && (then?.kind === "credit" || (then?.kind === "byline" && maker(then.byline))));
    return repeats && this.trace.on("credit.maker-under-caption");
  }

  /**
   * Reporters by their roles on a line of their own under a caption of one sentence, in an unsigned story, and the same
   * again under the next caption (or once a picture is credited so): each line credits the picture above it. (A story's
   * reporters sign it once; no report repeats its byline under each paragraph.)
   */
  private creditsReportersPicture(d: Draft, byline: Byline, i: number): boolean {
    if (!namesReportersOnly(byline) || d.head !== null || d.tail !== null || d.last !== "paragraph") return false;
    const caption = d.paragraphs.at(-1)!;
    if (caption.open || caption.heading || caption.text.length > MAX_MADE_CAPTION || !isOneSentence(caption.text)) return false;
    // (The next such pair may stand a few blocks on, past the story's intro.)
    // (Once a picture is credited so: a credit with 摄 above, `本报记者 甲 摄`, says nothing of a bare reporters' line after the text.)
    let repeats = d.credits.some((c) => !/[摄图]/u.test(c.credit.credit) && c.credit.photographers.length > 0 && c.credit.photographers.every((p) => p.role !== null && REPORTER_ROLE.test(p.role)));
    for (let k = i + 1; !repeats && k <= i + MAX_BLOCKS_TO_NEXT_PICTURE; k++) {
      const [text, then] = [this.units[k], this.units[k + 1]];
      if (text?.kind !== "text") break;
      repeats = isOneSentence(text.text) && text.text.length <= MAX_MADE_CAPTION && then?.kind === "byline" && namesReportersOnly(then.byline);
    }
    return repeats && this.trace.on("credit.reporters-under-each-caption");
  }

  /** Unsigned text under a heading that names a picture story (图片新闻, 图说), then people named: they took the picture. */
  private creditsLabelledPicture(d: Draft): boolean {
    const h = d.headline;
    const labelled = h !== null && [h.kicker, h.title].some((t) => t !== null && PHOTO_HEADING.test(t));
    return labelled && d.head === null && d.tail === null && d.credits.length === 0 && d.last === "paragraph" && d.paragraphs.length > 0 && this.trace.on("credit.photo-heading");
  }

  /** `本报记者 甲` / `本报通讯员 乙` right under a credit that named people by their roles: one credit printed on two lines. */
  private addsToCredit(d: Draft, byline: Byline): boolean {
    const last = d.credits.at(-1)?.credit;
    // (A credit that says 摄 or 供图 is whole, in brackets too, `（全媒体记者 甲 摄）`; people after it sign something else.)
    if (d.last !== "credit" || last === undefined || d.tail !== null || /[摄图绘][）)】\]]?$/u.test(last.credit)) return false;
    const named = last.photographers.length > 0 && last.photographers.every((p) => p.role !== null);
    // (People the credit named already, named again, sign the text: `…创作。 某某日报记者 甲` / `□某某日报记者 甲`.)
    const again = byline.authors.some((a) => last.photographers.some((p) => p.name === a.name));
    return named && !again && byline.dateline === null && byline.authors.length > 0 && byline.authors.every((a) => a.role !== null) && this.trace.on("credit.second-line");
  }

  /** A picture's credit closes the article's last paragraph, when nothing came between, as its caption. */
  private placeCredit(d: Draft, u: Unit, printed: Credit, rule: RuleName, captionAfter = false): void {
    const lastParagraph = d.paragraphs.length - 1;
    const before = d.paragraphs[lastParagraph];
    // (A credit printed before its caption captions nothing above it: the text after it on its line is its caption.)
    // (Not a report's own paragraph telling what someone told its reporter, `…程先生告诉记者，…`, under more of its text: a
    // caption says what the picture shows. The credit then captions nothing.)
    // (Only in a report signed at its head: a photo story's captions quote the people in them.)
    const told = before !== undefined && d.paragraphs.length > 1 && d.head !== null && !isPhotoStory(d) && TOLD_REPORTER.test(before.text) && this.trace.on("credit.after-told-text");
    const caption = !captionAfter && d.last === "paragraph" && before && !before.captioned && !told ? lastParagraph : null;
    let credit = printed;
    // `…歌舞曲艺节目。记者甲、乙` / `通讯员丙 摄影报道`: the column cut the credit; its first people end the caption's block.
    const cut = before && caption !== null && before.open ? CREDIT_HEAD.exec(before.end(CREDIT_HEAD_REACH)) : null;
    const heads = cut ? parsePeople(cut[1]!) : null;
    if (before && cut && heads && heads.clean && heads.people.length > 0 && heads.people[0]!.role !== null && heads.people.every((p) => looksLikeName(p.name)) && this.trace.on("credit.cut-by-column")) {
      before.cut(cut[1]!.length);
      credit = { credit: `${cut[1]!} ${printed.credit}`, photographers: [...heads.people, ...printed.photographers] };
    }
    if (before && caption !== null) {
      before.open = false;
      before.captioned = true;
      for (const x of before.decisions) {
        if (x.role === "caption") continue;
        x.role = "caption";
        x.rule = this.captionUnderTitleAt === before.line ? "caption.over-credit-under-title" : "caption.before-credit";
      }
    }
    // `▲这名宾客的造型…` / `▲市长某某（左）与…合照。` / `（某某摄）`: captions an arrow opens, one over the other right above the
    // credit's caption (an arrow opening it too), point at pictures the credit names: its captions as well, one entry.
    const above = caption !== null && this.opensOnArrow(before!) ? this.arrowedCaptionsAbove(d, caption) : [];
    d.credits.push(above.length > 0 ? { credit, caption, above } : { credit, caption });
    d.last = "credit";
    d.lastLine = u.line;
    this.mark(u, "credit", told ? "credit.after-told-text" : rule, d);
  }

  /** Did an arrow pointing up (▲ △) open the paragraph's first line? */
  private opensOnArrow(p: Paragraph): boolean {
    const u = this.units.find((x) => x.line === p.line);
    return u?.kind === "text" && u.pointer === true;
  }

  /**
   * The paragraphs right above the caption at `caption` that an arrow opened, each a short sentence or two, not yet a caption
   * or a heading; none when the run reads as a list's items: a line labelled by a colon (`▲记者：…`, `▲周一：…`), one closed
   * by a semicolon, a line longer than a caption's, or a lead-in above it that ends on a colon or a dash. And only where one
   * of the lines, the caption's too, places people in a picture (`（左）`, `合照`, `图为…`): a list's items never do.
   */
  private arrowedCaptionsAbove(d: Draft, caption: number): number[] {
    const out: number[] = [];
    let k = caption - 1;
    for (; k >= 0; k--) {
      const p = d.paragraphs[k]!;
      if (p.captioned || p.heading || p.open || !this.opensOnArrow(p)) break;
      if (bare(p.text).length > MAX_ARROWED_CAPTION || LABELLED_LINE.test(p.text) || /[；;]$/u.test(p.text)) return [];
      out.unshift(k);
    }
    const leadIn = k >= 0 ? d.paragraphs[k]!.text : "";
    if (out.length === 0 || /[：:]$/u.test(leadIn) || endsWithDash(leadIn) || ![...out, caption].some((i) => PLACES_PEOPLE.test(d.paragraphs[i]!.text)) || !this.trace.on("caption.arrowed-run")) return [];
    for (const i of out) {
      const p = d.paragraphs[i]!;
      p.captioned = true;
      for (const x of p.decisions) {
        x.role = "caption";
        x.rule = "caption.arrowed-run";
      }
    }
    return out;
  }

  private addText(u: Extract<Unit, { kind: "text" }>, next: Unit | undefined, index: number): void {
    const orphan = this.current === null;
    const cur = this.current;
    // `（李某 摄）2月3日是立春，…`: the text after a credit printed first on its line is that credit's caption.
    if (cur && index === this.captionAfterCredit && cur.credits.length > 0) {
      // (Its column may cut it: a caption that ends no sentence goes on in the block under it.)
      const p = new Paragraph(u.text, !endsParagraph(u.text), u.marked);
      p.captioned = true;
      p.line = u.line;
      cur.paragraphs.push(p);
      cur.credits[cur.credits.length - 1]!.caption = cur.paragraphs.length - 1;
      cur.last = "paragraph";
      cur.lastLine = u.line;
      this.mark(u, "caption", "caption.credit-same-line", cur, undefined, p);
      return;
    }
    // `某报记者 甲` / `龙腾南阳讯 南阳月季，…`: under a byline line, a brand's 讯 and a space open the text as a lead's label does.
    // Right under a byline line, before any text.
    // (A picture's caption printed over the byline, `男子站在车尾…（网友供图）` / `某报记者 甲 乙`, is no text yet.)
    const underBylineLine = cur !== null && cur.headForm === "line" && cur.head !== null && cur.last === "byline" && cur.paragraphs.every((p) => p.captioned);
    const branded = cur && cur.headline !== null && underBylineLine ? BRAND_LABEL.exec(u.text) : null;
    // (Not a word that ends in 讯, `这一喜讯昨日…`, `老人离世的死讯…`: news of something, the sentence's subject.)
    const label = branded && !NEWS_OF.test(branded[1]!) ? branded : null;
    if (cur && label && this.trace.on("lead.brand-after-byline")) {
      const head = cur.head!;
      withLead(cur, { byline: label[1]!, dateline: null, authors: [], rest: u.text.slice(label[0].length) });
      cur.head = { byline: `${head.byline} ${label[1]!}`, dateline: head.dateline, authors: head.authors };
      cur.lastLine = u.line;
      this.mark(u, "byline", "lead.brand-after-byline", cur);
      return;
    }
    // `商界预期…` / `《某某早报》中文版3月25日报道：…`: right under a headline, a paper's dated report opens the text as a lead does.
    const titled = cur && cur.headline !== null && cur.head === null && cur.last === "headline" && cur.paragraphs.length === 0 && cur.credits.length === 0 ? readTitledReport(u.text) : null;
    if (cur && titled && this.trace.on("lead.titled-report")) {
      withLead(cur, titled);
      cur.lastLine = u.line;
      this.mark(u, "byline", "lead.titled-report", cur);
      return;
    }
    // `文·卞某麟` / `卞某麟` / text: the writer's name again under the byline is their portrait's caption, no second writer.
    // (The portrait has no credit printed: its photographer is unknown.)
    if (cur && cur.head && underBylineLine && next?.kind === "text" && this.trace.on("caption.writer-portrait")) {
      const named = readBareName(u.text)?.authors ?? [];
      if (named.length === 1 && cur.portrait === null && cur.head.authors.some((a) => a.name === named[0]!.name)) {
        cur.portrait = u.text;
        cur.lastLine = u.line;
        this.mark(u, "caption", "caption.writer-portrait", cur);
        return;
      }
    }
    // `■ 徐慧玲` or `实习生 代文风` under a byline line, before any text: the byline's second line.
    // (A line of a few characters names a second writer only when it reads as a name: `名片` under the byline is a heading.)
    if (cur && cur.head && underBylineLine && next !== undefined && next.kind !== "byline" && this.trace.on("byline.second-line")) {
      const more = bylineContinuation(u.text);
      if (more && more.every((p) => p.role !== null || looksLikeName(p.name))) {
        // (Names alone on it go on under the first line's role when a list ran onto it: runOnRole.)
        const role = runOnRole(cur.head, more, u.marked);
        // (`□某某日报全媒体记者` / `杜某兵`: a byline line naming its role and no one, the names under it are that role's.)
        const roleAlone = cur.head.authors.length === 0 ? ROLE_AT_LINE_END.exec(cur.head.byline)?.[1] ?? null : null;
        const under = role !== null ? more.map((p) => ({ ...p, role })) : roleAlone !== null ? more.map((p) => (p.role === null ? { ...p, role: roleAlone } : p)) : more;
        cur.head = { byline: `${cur.head.byline} ${u.text}`, dateline: cur.head.dateline, authors: [...cur.head.authors, ...under] };
        this.mark(u, "byline", "byline.second-line", cur);
        cur.lastLine = u.line;
        return;
      }
    }
    if (cur && this.signsAfterPictures(index)) {
      cur.head = readBareName(u.text)!;
      cur.headForm = "line";
      cur.last = "byline";
      cur.lastLine = u.line;
      this.mark(u, "byline", "byline.after-pictures", cur);
      return;
    }
    const writer = cur ? this.lettersWriter(index) : null;
    if (cur && writer) {
      cur.tail = writer;
      cur.last = "signature";
      cur.lastLine = u.line;
      this.mark(u, "byline", "signature.letter-writer", cur);
      return;
    }
    if (cur && this.speakerUnderDate(index)) {
      // `…工作报告` / `——在…会议上` / `（2026年2月9日）` / `某市政协副主席 甲` / `各位委员：…`: a printed speech's or report's speaker.
      const official = readOfficial(u.text);
      cur.head = official ? { byline: u.text, dateline: null, authors: [official] } : readBareName(u.text)!;
      cur.headForm = "line";
      cur.last = "byline";
      cur.lastLine = u.line;
      this.mark(u, "byline", "byline.speaker-under-date", cur);
      return;
    }
    if (cur && this.signsWithName(index)) {
      // (Under a picture story's heading, the name is the picture's credit.)
      if (this.creditsLabelledPicture(cur)) return this.placeCredit(cur, u, { credit: u.text, photographers: readBareName(u.text)!.authors }, "credit.photo-heading");
      cur.tail = readBareName(u.text)!;
      cur.last = "signature";
      cur.lastLine = u.line;
      this.mark(u, "byline", "signature.bare-name", cur);
      return;
    }
    const d = this.current ?? this.orphanDraft(u);
    const owner = orphan ? null : d;
    const prev = d.paragraphs[d.paragraphs.length - 1];
    // (A line that would head a part of the text, but reads to the learned model as a paragraph's first piece its column cut
    // early, `记者就此情况` / `采访了…`, heads nothing: it opens a paragraph the next line goes on with.)
    const learnedCut = this.learnedCut(index);
    const held = this.crosshead?.index === index && !learnedCut ? this.crosshead : null;
    const kept = held?.rule ?? null;
    this.crosshead = null;
    // (A block opening on a comma or a closing mark goes on with the paragraph before it, even one read as closed.)
    // (“…。” then 张某说，…: a column cut a quotation from its speaker, who is named in the same paragraph.)
    // (The paragraph's whole text is read only when its tail closes a quotation: most do not.)
    const attributes = prev !== undefined && !prev.open && !prev.heading && /”$/u.test(prev.tail) && attributesQuote(prev.text, u.text) && this.trace.on("continuation.quote-attribution");
    // (`四牌楼社区：举办拔河比赛，增进居民感情` / `2月25日，…`: a column never cuts a sentence right before its date and comma.)
    // (Only under a block that could end there, a label's or a heading's last word: a column may cut a number, `持续至1` / `2月，…`,
    // a clause, `…敞开收购，` / `目前，…`, or a phrase that wants the date, `截至` / `6月8日，…`, `从今年` / `6月1日，…`.)
    const opensSentence = prev !== undefined && prev.open && OPENS_ON_WHEN.test(u.text) && !CUT_BEFORE_WHEN.test(prev.tail) && !endsMidPhrase(prev.tail) && this.trace.on("paragraph.opens-on-when");
    // (`同志们、朋友们：` addresses the hearers of a speech or the readers of a letter: its text starts there.)
    const salutes = isSalutation(u.text) && this.trace.on("paragraph.salutation");
    const joins = prev !== undefined && (prev.open || (MID_SENTENCE_START.test(u.text) && !opensOnListMark(prev.text, u.text)) || attributes) && d.last === "paragraph" && !opensSentence && continues(prev.tail, u) && !(endsField(prev, u) && this.trace.on("paragraph.notice-detail"));
    if (prev && joins && !salutes) {
      prev.append(u.text);
      const pairEnds = this.pairEnd === index;
      this.pairEnd = -1;
      prev.open = !u.captionOf && !pairEnds && !endsParagraph(prev.tail);
      const role = orphan ? "unassigned" : u.captionOf ? "caption" : pairEnds ? "crosshead" : "continuation";
      const rule = orphan ? "unassigned.before-first-headline" : u.captionOf ? "caption.credit-same-line" : pairEnds ? "crosshead.two-lines" : attributes ? "continuation.quote-attribution" : this.clauseEnd === index ? "continuation.clause-over-byline" : "continuation.column-break";
      this.mark(u, role, rule, owner, undefined, prev);
    } else if (this.capturesSetCaption(d, u, orphan, index)) {
      // `组图/记者 甲` or `均为通讯员 乙 摄` under the first picture's caption: the set's next picture, no credit printed for it.
      const p = new Paragraph(u.text, false, u.marked);
      p.captioned = true;
      p.line = u.line;
      d.paragraphs.push(p);
      d.credits.push({ credit: { credit: "", photographers: [] }, caption: d.paragraphs.length - 1 });
      d.last = "credit";
      d.lastLine = u.line;
      this.mark(u, "caption", "caption.set-credit", owner, undefined, p);
      return;
    } else {
      // A crosshead heads a later part of an article: the first block under the headline is its text.
      // (A quoted exclamation or question is speech, never a heading: “看个电视怎么这么麻烦！”.)
      const conversation = prev !== undefined && ((isQuotedLine(u.text) && (isQuotedLine(prev.text) || /[！？!?。…]”$/u.test(u.text))) || isTurn(u.text, prev));
      // (A long heading numbered in Han numerals heads part of a text, never an item of a list a colon announced, nor the next one.)
      const partsOfText = prev !== undefined && !/[：:]$/u.test(prev.tail) && !(startsNumberedItem(prev.text) && !prev.heading);
      const numbered = !u.marked && (isNumberedHeading(u.text, MAX_CROSSHEAD, partsOfText) || isSectionNumber(u.text));
      // (`——市区老人 刘某书` under a reader's words: who said them, a line of its own, whatever follows.)
      const attribution = prev !== undefined && !prev.open && u.forced === undefined && isAttribution(u.text) && this.trace.on("paragraph.attribution");
      // (Two clauses need text under them that a column did not cut short: on a narrow column, or under a colon
      // that announces them, a couplet, a slogan, they are a sentence's or the text's own.)
      const clauses = isClausedHeading(u.text) && prev !== undefined && !/[：:]$/u.test(prev.tail) && next?.kind === "text" && opensWholeText(next) && this.trace.on("crosshead.clauses");
      // (A part's number alone heads the first part too, right under the headline or the byline.)
      // (`报料人：于先生` / `报料时间：昨天下午`: the next of a run of labelled details is one too, never a heading.)
      const detail = prev !== undefined && endsField(prev, u);
      const columnCut = this.cutByColumn(index);
      const cut = columnCut || learnedCut;
      // (Between paragraphs of text: captions printed over the byline, `嘉宾在朝门院子参观。`, begin no text.)
      const textBegun = d.paragraphs.some((p) => !p.captioned);
      const crosshead = !cut && u.forced === undefined && this.leadsOn !== index && (textBegun || (isSectionNumber(u.text) && !orphan)) && !conversation && !attribution && !detail && (u.marked ? isBareTitle(u.text) : numbered || isCrosshead(u.text) || clauses) && next !== undefined && isBodyStart(next);
      // `雨润花娇 城市如诗` / `于欢` / `月季盛会` / `4月28日，…`: a heading of a few characters can open a feature's text, under its byline.
      // (Not the first piece of a text that restates a headline line, `燕赵晚报社区服务` / `指南第17期新鲜出炉啦！…` under
      // `燕赵晚报社区服务指南第17期新鲜出炉`: the column cut the headline's words as the text repeats them.)
      const restates = next?.kind === "text" && d.headline !== null && [d.headline.title, d.headline.subtitle, d.headline.kicker].some((h) => h !== null && h !== undefined && bare(h).length > bare(u.text).length && `${bare(u.text)}${bare(next.text)}`.startsWith(bare(h)));
      // (Nor a line opening on hearsay, `听说沙溪古镇名字` / `来历奇特，…`: 听说 and 据说 want the clause the next line finishes.)
      const hearsay = HEARSAY_START.test(u.text);
      const opening = !crosshead && !cut && !orphan && !restates && !hearsay && !this.cutUnderByline(index) && u.forced === undefined && prev === undefined && d.headline !== null && d.head !== null && d.headForm !== "lead" && isBareTitle(u.text) && u.text.replace(/\s+/gu, "").length <= MAX_OPENING_HEADING && next?.kind === "text" && !next.captionOf && !MID_SENTENCE_START.test(next.text) && !isBareTitle(next.text) && this.trace.on("crosshead.opening");
      // (In a notice, a detail line and the sign-off's name end where they stand: what follows is the next story.)
      const signOff = u.text.length <= FIELD_MAX && isNotice(d) &&
        ((SIGN_OFF_NAME.test(u.text) && this.trace.on("paragraph.sign-off-name")) || (FIELD_LINE.test(u.text) && !cutValue(u.text, next) && this.trace.on("paragraph.notice-detail")));
      // (A line kept in the article that reads as narrative, 会议首先宣读了…提名, goes on in the block under it;
      // a heading of two or three characters, 攻坚记, is never narrative.)
      // (A kept heading of a label and its words, 外籍教师某某：这里有难忘的热情和活力, is whole however long: narrative introduces words with a verb of saying.
      // So is a question and its answer, 何以巴中？在于诗意山水里的浪漫韵味.)
      // (So are two phrases set side by side, `坚持正确方向  扬起…的风帆`: a heading's halves, whole.)
      // (An editor's note's label alone, `编者按`, closes on itself: the note it labels is a paragraph of its own.)
      const closed = this.pairEnd !== index + 1 && (u.captionOf || u.listItem || crosshead || opening || signOff || attribution || this.tipOffAt === index || isEditorsNote(u.text) || (kept !== null && (isCrosshead(u.text) || (u.text.length < MIN_CROSSHEAD && isBareTitle(u.text)) || this.keptHeadingCloses(kept, u.text, next) || LABELLED_HEADING.test(u.text) || ASKED_AND_ANSWERED.test(u.text) || isPersonLine(u.text) || isPairedTitle(u.text))) || isParenthetical(u.text) || endsParagraph(u.text) || this.pullQuote(u.text, next, cut));
      const p = new Paragraph(u.text, !closed, u.marked);
      p.heading = crosshead || opening || kept !== null;
      if (kept === "crosshead.shared-vocabulary" || kept === "crosshead.overlap") p.weight = held?.evidence?.reduce((sum, e) => sum + e.weight, 0) ?? 0;
      p.line = u.line;
      d.paragraphs.push(p);
      let [role, rule]: [LineRole, RuleName] = orphan ? (["unassigned", "unassigned.before-first-headline"] as const) : u.forced !== undefined ? (["paragraph", "correction.role"] as const) : opening ? (["crosshead", "crosshead.opening"] as const) : this.leadsOn === index ? (["paragraph", "paragraph.leads-on"] as const) : attribution && kept === null ? (["paragraph", "paragraph.attribution"] as const) : opensSentence && !crosshead && kept === null && d.last === "paragraph" ? (["paragraph", "paragraph.opens-on-when"] as const) : joins && salutes ? (["paragraph", "paragraph.salutation"] as const) : newParagraphRule(u, prev, d, crosshead, kept, next, this.opensFields(index) && this.trace.on("paragraph.field-run"));
      if (role === "crosshead") d.crossheads++;
      // (What kept the line from heading anything is the column that cut it, or, under a headline, the day it opens on.)
      if (cut && rule === "paragraph.after-sentence-end") rule = columnCut ? "paragraph.column-cut" : "paragraph.learned-cut";
      if (this.narrativeAt.has(index) && !cut && rule === "paragraph.after-sentence-end") rule = "paragraph.narrative-line";
      if (this.tipOffAt === index && rule === "paragraph.after-sentence-end") rule = "paragraph.tip-off";
      if (this.datedTextAt === index && rule === "paragraph.first") rule = "group.dated-text-under-title";
      if (this.cutTextAt.has(index) && rule === "paragraph.first") rule = "group.cut-text-under-title";
      if (this.learnedCutAt.has(index) && rule === "paragraph.first") rule = "paragraph.learned-cut";
      this.mark(u, role, rule, owner, held?.evidence ? { evidence: held.evidence } : undefined, p);
    }
    d.last = "paragraph";
    d.lastLine = u.line;
  }

  /**
   * `宜昌大撤退时民生公司在五龙增设码头` / `随着《敦刻尔克》热映，…`: a line the story weighing kept in the article as a part's heading,
   * shaped as a title and read by the fragment model as more a heading than a piece its column cut, is a paragraph of its own:
   * the text under it opens the next. (A narrative line kept so, `周智勇高度赞扬房县在…工作中` / `取得的成绩。…`, reads as a piece
   * and goes on; so does the first half of a heading printed on two lines.)
   */
  private keptHeadingCloses(kept: RuleName | null, text: string, next: Unit | undefined): boolean {
    // (Narrative that introduces words with a verb of saying, `某某认为：…`, goes on.)
    // (Nor over a line that opens on a conjunction or a particle, `和农家书屋，…`, `等设施，…`: the sentence goes on across the break.)
    if (kept === null || kept === "crosshead.two-lines" || next?.kind !== "text" || introducesWords(text) || !isBareTitle(text) || GOES_ON_ACROSS.test(next.text)) return false;
    return (fragmentScore(text, next.text) ?? Infinity) < KEPT_HEADING_CUT_SCORE && this.trace.on("crosshead.kept-heading-closes");
  }

  /**
   * One short sentence right after a picture's caption whose credit covers a set (`组图/记者 甲`, `均为通讯员 乙 摄`), before the
   * story's text has started: the caption of the set's next picture.
   */
  private capturesSetCaption(d: Draft, u: Extract<Unit, { kind: "text" }>, orphan: boolean, index: number): boolean {
    if (orphan || d.last !== "credit" || d.credits.length === 0 || !d.paragraphs.every((p) => p.captioned)) return false;
    // (Read once, at the first: the run of captions after the credit, two or more, each one short sentence that opens on no
    // day or time, as a report's first sentences do, `春节将至，年味渐浓。`, `昨日，我市…`; then the story's lead, its byline, or
    // text longer than any of them.)
    if (index <= this.setCaptionsTo) return true;
    if (d.credits.length !== 1 || !SET_CREDIT.test(d.credits[0]!.credit.credit) || !this.trace.on("caption.set-credit")) return false;
    const caption = (v: Unit | undefined): v is Extract<Unit, { kind: "text" }> => v?.kind === "text" && !v.captionOf && !v.listItem && v.gap <= this.usualGap && isOneSentence(v.text) && endsSentence(v.text) && [...v.text].length <= MAX_UNCREDITED_CAPTION && !OPENS_ON_WHEN.test(v.text) && !DATED_LEAD.test(v.text);
    let k = index;
    while (k < index + MAX_SET_PICTURES && caption(this.units[k])) k++;
    const after = this.units[k];
    const longest = Math.max(...this.units.slice(index, k).map((v) => v.text.length));
    const closes = after !== undefined && (after.kind === "lead" || after.kind === "byline" || (after.kind === "text" && after.text.length >= 2 * longest));
    if (k - index < MIN_SET_CAPTIONS || !closes) return false;
    this.setCaptionsTo = k - 1;
    return true;
  }

  private orphanDraft(u: Unit): Draft {
    if (!this.orphan) {
      this.orphan = newDraft(u.line, null);
      this.orphan.last = "paragraph";
    }
    return this.orphan;
  }

  private keepOrphan(u: Unit): void {
    this.unassigned.push({ text: u.text, lines: { start: u.line, end: u.line } });
  }

  private close(): void {
    const whole = this.current;
    if (!whole) return;
    this.current = null;
    const parts = this.splitSignedTwice(whole);
    if (parts) {
      this.finish(parts[0]);
      this.finish(parts[1]);
    } else {
      this.finish(whole);
    }
  }

  /**
   * A report signed at its head by its reporters, and again at its end by others, is two stories:
   * no story is signed twice. The second starts at the last line weighed a crosshead between
   * them, which is the second story's title (`…（记者 甲）…` / `恳亲会嘉宾畅游榕城：…` / … `（记者 乙/文 丙/摄）`).
   */
  private splitSignedTwice(d: Draft): [Draft, Draft] | null {
    const head = d.head?.authors ?? [];
    const tail = d.tail?.authors ?? [];
    // (Reporters at the head, a correspondent, trainee or editor at the end sign one report: only a reporter signs another story.
    // A picture whose caption is not known to be on one side stays whole.)
    const signedTwice = head.length > 0 && tail.some((t) => /记者/u.test(t.role ?? "")) && !tail.some((t) => head.some((h) => h.name === t.name)) && this.trace.on("story.signed-twice");
    // (Nor is one filed twice: a lead at its head, `【本报消息】`, and a dispatch from elsewhere at its end, `（北京七日电）`.)
    const filedTwice = d.headForm === "lead" && d.dispatch !== null && this.trace.on("story.filed-twice");
    if (!(signedTwice || filedTwice) || d.credits.some((c) => c.caption === null)) return null;
    // The last line weighed a crosshead, when it may title a story. (A picture's label, `右为周某`, `图为…`, titles nothing; a
    // story's title says more than a few characters; a heading that ran on into the text under it, a paragraph of two lines
    // or more, is the story's own. However strong the evidence it was kept on, two stories on one theme share their words:
    // a report is not signed twice, and no line stands likelier to title the second.)
    // (A heading in two clauses, kept by its shape alone with no weight, may title one too: `地铁应急，别忽视乘客知情权`.)
    let k = d.paragraphs.length - 2;
    while (k >= 1 && d.paragraphs[k]!.weight === 0 && !(d.paragraphs[k]!.heading && isClausedHeading(d.paragraphs[k]!.text))) k--;
    const heading = d.paragraphs[k];
    if (k < 1 || !heading || heading.captioned || heading.blocks > 1 || heading.text.length < MIN_SIGNED_TITLE || PICTURE_CUE.test(heading.text) || /^[左右上下中]一?为/u.test(heading.text)) return null;
    const rule: RuleName = signedTwice ? "story.signed-twice" : "story.filed-twice";
    const line = heading.line;
    const before = d.decisions.filter((x) => x.line < line);
    // (The first story ends on the page's last line of text before the heading: the article's lines are contiguous but
    // for the page's furniture, and are known whether or not the parse is explained.)
    const lastBefore = this.units.filter((x) => x.line >= d.firstLine && x.line < line && x.kind !== "furniture").at(-1)?.line ?? d.firstLine;
    const first: Draft = { ...d, tail: null, dispatch: null, paragraphs: d.paragraphs.slice(0, k), credits: d.credits.filter((c) => c.caption !== null && c.caption < k), lastLine: lastBefore, crossheads: d.paragraphs.slice(0, k).filter((p) => p.heading).length, decisions: before, last: "paragraph" };
    const second: Draft = {
      ...newDraft(line, { kicker: null, title: heading.text, subtitle: null }),
      tail: d.tail,
      dispatch: d.dispatch,
      paragraphs: d.paragraphs.slice(k + 1),
      credits: d.credits.filter((c) => c.caption !== null && c.caption > k).map((c) => ({ ...c, caption: c.caption! - k - 1 })),
      last: d.last,
      lastLine: d.lastLine,
      crossheads: d.paragraphs.slice(k + 1).filter((p) => p.heading).length,
      decisions: d.decisions.filter((x) => x.line >= line),
    };
    for (const x of heading.decisions) {
      x.role = "title";
      x.rule = rule;
      x.opens = rule;
      delete x.evidence;
    }
    return [first, second];
  }

  private finish(d: Draft): void {
    if (d.paragraphs.length === 0 && d.credits.length === 0) {
      this.warn(d.firstLine, `a headline with no text under it: ${clip(d.headline?.title ?? d.head?.byline ?? "")}`);
    }
    this.closeOrphan();
    this.captionsAfterText(d);
    const article = finishDraft(d);
    const index = this.articles.length;
    for (const x of d.decisions) {
      x.article = index;
      if (article.kind === "photo" && (x.role === "paragraph" || x.role === "continuation" || x.role === "crosshead" || x.rule === "caption.before-credit")) {
        x.role = "caption";
        x.rule = "caption.photo-story";
      }
    }
    this.articles.push(article);
  }

  /**
   * `…他借此机会感谢大家的支持。` / `某某（左3）移交拨款予某会主委时摄。` / `各单位代表与某某（中）合照。`: short blocks closing a
   * report, each a sentence or two that places people in the picture or says it was taken then, no credit printed under them, are
   * the captions of pictures printed after the text, a picture each. (Only under a report's text of two paragraphs or more: a photo
   * story's captions are its text, and a short piece's one sentence placing people, `某某（右）与…交流`, is its whole text.)
   */
  private captionsAfterText(d: Draft): void {
    if (d.credits.some((c) => c.caption === null) || isPhotoStory(d)) return;
    let n = 0;
    for (let i = d.paragraphs.length - 1; i >= 0; i--) {
      const p = d.paragraphs[i]!;
      if (p.heading || p.open || p.captioned || !isCaptionAfterText(p.text)) break;
      n++;
    }
    const text = d.paragraphs.slice(0, d.paragraphs.length - n).filter((p) => !p.heading && !p.captioned);
    if (n === 0 || text.length < MIN_TEXT_OVER_CAPTIONS || !this.trace.on("caption.uncredited-after-text")) return;
    d.captionsAfterText = n;
    for (const p of d.paragraphs.slice(-n)) for (const x of p.decisions) {
      x.role = "caption";
      x.rule = "caption.uncredited-after-text";
    }
  }

  private closeOrphan(): void {
    const o = this.orphan;
    if (!o) return;
    this.orphan = null;
    for (const p of o.paragraphs) this.unassigned.push({ text: p.text, lines: { start: o.firstLine, end: o.lastLine } });
    this.warn(o.firstLine, `text before the first headline of the page is kept as unassigned (lines ${o.firstLine}–${o.lastLine})`);
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }
}

interface HeadlineGroup {
  units: Unit[];
  /** Why an article starts here. */
  rule: RuleName;
  byline?: Unit;
  /** A picture's caption an arrow opens, printed between the headline and its byline (`▲ …`). */
  picture?: Unit;
  bareName?: Unit;
  /** Officials signing under the title, a line each (`市委书记 甲` / `市长 乙`). */
  officials?: Unit[];
  /** Index of the first unit after the group (and its byline). */
  next: number;
}

/**
 * An official signing under a title, a line of their own: an office held at a level of government (`市委书记`, `县人大常委会
 * 主任`, `市长`, `副省长`), the body they speak for before it dropped (`荆门市人民政府市长` → `市长`), a space, a name.
 */
const OFFICIAL = new RegExp(`^[\\p{Script=Han}（）()]{0,16}?((?:${anyOf(GOVERNMENT_LEVELS)})(?:${anyOf(GOVERNING_BODIES)})?副?(?:${anyOf(BODY_HEADS)}|长))\\s+([\\p{Script=Han}·]{2,4})$`, "u");
function readOfficial(text: string): Person | null {
  const m = OFFICIAL.exec(text);
  // (The office names the signer: any two or three characters after it are a name, 沃某特 too.)
  return m && (/^[\p{Script=Han}]{2,3}$/u.test(m[2]!) || looksLikeName(m[2]!)) ? { role: m[1]!, name: m[2]! } : null;
}
/** Officials who sign one address: a Party secretary and a mayor, rarely more. */
const MAX_OFFICIALS = 3;

/** A clause's comma: prose, never a label or a title's line. */
const CLAUSE = /[，,；;]/u;

/**
 * All lines but the last must be kicker- or title-shaped; the last may be a
 * long subtitle. After a complete paragraph, with a byline to close the group,
 * a title may carry a comma (回到县城，他们找到了新赛道).
 */
function trimGroup(run: Unit[], closed: boolean, cut: boolean): Unit[] {
  const titleShaped = (u: Unit) => canBeTitle(u.text) || (closed && canBeHeadline(u.text) && u.text.length <= MAX_TITLE && !/[。；]/u.test(u.text));
  let start = 0;
  // `…曾经举办过中国旅游日主会场活` / `动的地方，有着怎样的精彩吧！`: under a sentence the column cut, a line in clauses ends that sentence.
  if (cut && run.length > 1 && /[，,]/u.test(withoutQuoted(run[0]!.text))) start = 1;
  while (start < run.length - 1 && !run.slice(start, -1).every(titleShaped)) start++;
  return run.slice(start);
}

/**
 * A bare name that signs: three characters (two are as often a column's label, 简讯, 来信), or two
 * after a layout glyph with a common surname (`■张明`: the glyph sets the signature off).
 */
function signatureLength(u: Unit): boolean {
  const name = u.text.replace(/\s/gu, "");
  return name.length === 3 || (name.length === 2 && u.marked && hasCommonSurname(name));
}

/** A personal name alone on a line, surname and all (`苟骅`, `欧阳 山`): a writer's, under a title. */
function isWritersName(text: string): boolean {
  const name = readBareName(text);
  return name !== null && looksLikeName(name.authors[0]!.name) && !PLACE_NAME.test(name.authors[0]!.name);
}

/** A place (柯城区, 龙泉镇) reads like a name when its first character is a surname. (张红旗: a banner, 旗, ends given names too.) */
const PLACE_NAME = new RegExp(`(?:${anyOf(PLACE_ENDINGS.filter((e) => e !== "旗"))})$`, "u");

/**
 * Nothing of the same story follows: the page ends, or a headline-shaped line comes next. (A
 * lead or a byline right under a short line makes that line the next story's title.)
 */
function endsStory(next: Unit | undefined): boolean {
  return next === undefined || (next.kind === "text" && !next.listItem && !next.captionOf && canBeTitle(next.text));
}

function isBodyStart(u: Unit): boolean {
  if (u.kind === "credit") return true;
  if (u.kind !== "text") return false;
  // `，总面积约3.2万平方米…`: a block opening on a comma or a closing mark continues a cut sentence; nothing starts there.
  if (MID_SENTENCE_START.test(u.text)) return false;
  return u.captionOf || !isBareTitle(u.text);
}

/** A reporter's role closing a byline line that names no one: `某某日报全媒体记者`, `本报记者`. */
const ROLE_AT_LINE_END = new RegExp(`((?:${anyOf(ROLE_QUALIFIERS)}|驻[\\p{Script=Han}]{1,4}?)*(?:${anyOf(REPORTER_ROLES)}))\\s*$`, "u");

/** Characters a line and the article's title share at their start or end to be worded alike (`…代表团热烈审议报告`). */
const TITLE_ECHO = 6;
/** The share of the longer of the two that those characters make at least. */
const ECHO_SHARE = 0.4;
/** Characters of its own each of the two holds in place of the other's, where a line echoes a title. */
const MIN_ECHO_CHANGE = 2;
/** Characters two texts share at their start to open alike (`2月18日下午和19日上午，出席…`). */
const LEAD_ECHO = 12;

/**
 * Is the line worded as the title, a few words changed: as long, within two characters, sharing its last or first words,
 * and each with words of its own in place of the other's (沙门龙溪 / 芦浦海山)? (The title's words with some left out,
 * `全市晚稻收割过半` / `晚稻收割过半`, are a part's heading repeating it.)
 */
function echoesTitle(title: string, line: string): boolean {
  const [a, b] = [title.replace(/\s+/gu, ""), line.replace(/\s+/gu, "")];
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  let start = 0;
  while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
  let end = 0;
  while (end < Math.min(a.length, b.length) && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const shared = Math.max(start, end);
  // (A stock phrase shared, `…高质量发展`, is no echo: the line keeps much of the title's wording, two fifths of it or more.)
  return shared >= Math.max(TITLE_ECHO, Math.ceil(ECHO_SHARE * Math.max(a.length, b.length))) && a.length - shared >= MIN_ECHO_CHANGE && b.length - shared >= MIN_ECHO_CHANGE;
}

/** Do two texts open on the same words, a dozen characters or more (a set of stories printed alike)? */
function opensAlike(a: string, b: string): boolean {
  const [x, y] = [a.replace(/\s+/gu, ""), b.replace(/\s+/gu, "")];
  return x.length >= LEAD_ECHO && y.length >= LEAD_ECHO && x.slice(0, LEAD_ECHO) === y.slice(0, LEAD_ECHO);
}

/** Marks no paragraph opens with: they continue the sentence a column cut. */
const MID_SENTENCE_START = /^[，、；：,;:。！？”’）)》」』]/u;
/**
 * `…予以倾斜。` / `》新型城镇化等项目建设进展较快…`: a closing title mark that closes no title the paragraph above opened is a
 * list's mark, as ▶ is, opening an item of its own.
 */
function opensOnListMark(prev: string, text: string): boolean {
  return text.startsWith("》") && prev.lastIndexOf("《") <= prev.lastIndexOf("》") && /[。！？!?；;：:]$/u.test(prev.trimEnd());
}

/** Roles that sign a commentary (a byline naming one heads no news report). */
const COMMENTARY: ReadonlySet<string> = new Set(COMMENTARY_ROLES);

/** A document's own headline (…报告摘要, …全文, …答记者问): a piece of its own, never a crosshead. */
const DOCUMENT_TITLE = /(?:摘要|摘编|全文|实录|答记者问|综述)[）)]?$/u;
/** A headline-length line with no sentence in it: what may head an editor's note as its kicker. */
const THEME_LINE = /^[^。；！？!?]{4,40}$/u;
/** A kicker that leads into the title below it: `…住手吧——`. */
const LEADS_INTO_TITLE = new RegExp(`^[^。；！？]{4,40}${CLOSING_DASH}$`, "u");
/** `开栏语`, `编者按`: an editor's note heads a piece of its own. */

/** Shortest and longest lines read as a crosshead between paragraphs. */
const MIN_CROSSHEAD = 4;
/** Longest place's name that, opening the text under it, makes it that part's heading. */
const MAX_NAMED_HEADING = 12;
/**
 * How the name of a place a walk visits ends: a road, a park, a hill, a building, or where by it (`…临江桥下`). (A brief's
 * lead may repeat its title, `市图书馆新馆开放` / `市图书馆新馆开放首日，…`: a title states news, a place's name does not.)
 */
const VISITED_PLACE = new RegExp(`(?:${anyOf([...PLACE_ENDINGS, ...LANDMARK_ENDINGS])})$`, "u");

/** Does the text under a place's name open on it (`赭山公园` / `赭山公园游船湖与…`)? */
function opensOnHeading(heading: string, opening: string): boolean {
  const words = heading.replace(/\s+/gu, "");
  const text = opening.replace(/\s+/gu, "");
  return words.length >= 2 && words.length <= MAX_NAMED_HEADING && /^[\p{Script=Han}\d·]+$/u.test(words) && VISITED_PLACE.test(words) && text.startsWith(words) && text.length > words.length;
}
/** A question: a report's text asks one, a caption never (none of the corpus's 465). */
const ASKS = /[？?]/u;
/** The reporter learned it from someone (`记者从某某公司了解到`, `记者获悉`): a report's text tells so, a caption never (none of the corpus's). */
/** Someone telling the paper's reporter (`告诉记者`, `对本报记者说`, `向记者介绍`): a report's text, never a caption. */
const TOLD_REPORTER = /(?:告诉|对|向)(?:本报)?记者(?:说|表示|介绍|坦言)?[，,：:]/u;
const REPORTER_LEARNED = new RegExp(`记者(?:从[^，。；]{1,24}?|[\\p{Script=Han}]{0,2})(?:${anyOf(LEARNED_VERBS)})`, "u");
const MAX_CROSSHEAD = 16;
/** What says a long line of two titles side by side heads a part of the story above, not the next story. */
const STRONG_PART_SIGNS: ReadonlySet<string> = new Set(["crosshead.part-number", "crosshead.part-label", "crosshead.after-intro", "crosshead.parallel"]);
/**
 * A person named after their offices or trade, a line of its own: `县政协委员、某局工业投资科科长吴某婷`, `某律师事务所律师宋某琴`.
 * (A roundup of what several people said gives each a heading and such a line.)
 */
const PERSON_LINE = new RegExp(`^[\\p{Script=Han}、（）()·“”]{2,30}?(?:${anyOf([...ADDRESS_TITLES, ...PERSON_TRADES])})([\\p{Script=Han}]{2,3})$`, "u");
/** (The words after the office must be a name: `推行项目经理制度`, `打造名校长工作室` name no one.) */
function isPersonLine(text: string): boolean {
  const m = PERSON_LINE.exec(text);
  return m !== null && looksLikeName(m[1]!);
}
/** `…摄影报道`, `…图文报道`: people who reported a story in pictures and words. */
const PHOTO_REPORT = /(?:摄影|图文)报道$/u;
/**
 * A headline's line that reads as a picture's caption: who stands where, a group's picture (`某某（右二）在…`, `…合影`), or the
 * quoted phrase the title above prints (`“房车”扰乱居民生活` / `“房车”让附近的居民苦不堪言`); a subtitle says more news.
 */
function showsPicture(line: string, above: readonly string[]): boolean {
  return SHOWS_PICTURE.test(line) || above.some((t) => sharesQuotedPhrase(t, line));
}
/** Pictures, each a caption over its credit, a story may print between its headline and its lead. */
const MAX_PICTURES_OVER_LEAD = 3;
/** What may, will or must be done, or the reader told: a notice's or a brief's sentence, no picture's caption. */
const ADDRESSES_READER = /[可将请要应需须]/u;
/** A report's first block runs a column's width; a picture's caption may be a few words (`杉树林。`). */
const MIN_REPORT_OPENING = 30;
/** How many paragraphs of text under such a credit make a report, not a picture's caption. */
const MIN_REPORT_PARAGRAPHS = 2;
/** Paragraphs under a credit printed first on its line that make it a report's byline: a photo story's caption has fewer. */
const MIN_REPORT_PARAGRAPHS_UNDER_CREDIT = 3;
/** A word for news of something, ending in 讯 (喜讯, 资讯, 死讯…), or a phrase that says whose (`…的`, `这一`, `又一`): no brand. */
const NEWS_OF = /[喜资音死噩快简电通佳捷视]讯$|的|这一|又一/u;
/**
 * A brand's 讯 and a break opening a paragraph: `龙腾南阳讯 …`, `某某客户端讯：…`; or 讯 run straight into the text's day,
 * `海都讯昨日上午11时左右，…` (prose runs no 讯 into a day).
 */
const BRAND_LABEL = new RegExp(`^([\\p{Script=Han}A-Za-z·]{2,10}?讯)(?:\\s+|[：:]\\s*|(?=(?:${anyOf(WHEN_WORDS)}|\\d{1,2}月\\d{1,2}日|\\d{1,2}日)))(?=\\S)`, "u");

/** `致读者`, `致全市人民`: whom a letter or a note is addressed to, its title, never a writer's name. */
const ADDRESSED = /^致[\p{Script=Han}]{1,6}$/u;

/** More than one name on a line, set apart by commas or 、. */
const NAMES_SET_APART = /[，、,]/u;

/** Longest heading that opens a feature's text under its byline (a longer first block is its text, cut by the column). */
const MAX_OPENING_HEADING = 10;
/** A news photo's caption opens on the day it was taken: `4月25日，`, `6月2日至4日，`, `6月5日是…`. */
const NEWS_PHOTO_DAY = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;
/** The most of its words (pairs of characters) a news photo's caption shares with the story above it: the corpus's untitled ones share under a tenth. */
const UNRELATED_CAPTION = 0.15;
/**
 * One short sentence, no credit printed: a picture's caption where it stands between a headline (or its byline line) and the
 * lead. (A sentence that opens on when, `即日起，…`, `10月15日，…`, is a brief's whole text.)
 */
function isUncreditedCaption(p: Paragraph): boolean {
  return !p.open && isOneSentence(p.text) && [...p.text].length <= MAX_UNCREDITED_CAPTION && !OPENS_ON_WHEN.test(p.text) && !NEWS_PHOTO_DAY.test(p.text) && !/^即日起/u.test(p.text);
}

/** Do two lines print the same quoted phrase (`克服困难，“播种知识”`, `老师们在长沙“播种知识”`)? */
function sharesQuotedPhrase(a: string, b: string): boolean {
  const quoted = (text: string) => [...text.matchAll(/[“「]([^”」]{2,12})[”」]/gu)].map((m) => m[1]!);
  const theirs = new Set(quoted(b));
  return quoted(a).some((q) => theirs.has(q));
}

/** The fewest paragraphs of text over captions printed after it with no credit. */
const MIN_TEXT_OVER_CAPTIONS = 2;
/** The longest caption printed after a report's text with no credit. */
const MAX_CAPTION_AFTER_TEXT = 80;
/** Where people stand in a picture: `（左3）`, `（右二）`, `（前排左一）`, `（中）` (not `（左起）`, which a list of names follows in prose too). */
const PLACE_IN_PICTURE = /[（(](?:前排|后排|中排|前|后)?(?:[左右][一二三四五六七八九十\d]{0,2}|中)[)）]/u;
/** A picture's words: who stands where in it, or a group's picture. */
const SHOWS_PICTURE = new RegExp(`${PLACE_IN_PICTURE.source}|合影|合照|留影`, "u");
/** A picture's taking, `…时摄。`, closing a caption. */
const TAKEN_THEN = /时摄。$/u;
/**
 * A sentence or two, short, closing on its stop, that places people in the picture (`某某（左2）移交…`, `…与某某（中）合照。`)
 * or says when it was taken (`…时摄。`). (A group's 合影。 or 留影。 alone closes a report's last sentence as often, `活动结束后，
 * 大家在门前集体合影。`: only a place in the picture makes it a caption.)
 */
function isCaptionAfterText(text: string): boolean {
  const t = text.replace(/\s+/gu, "");
  const sentences = t.split(/(?<=[。！])/u).filter(Boolean);
  return [...t].length <= MAX_CAPTION_AFTER_TEXT && /。$/u.test(t) && sentences.length <= 2 && !/[？；“”"]/u.test(t) && (PLACE_IN_PICTURE.test(t) || TAKEN_THEN.test(t));
}

/** The longest caption printed with no credit between a headline and its lead: a sentence, no paragraph. */
const MAX_UNCREDITED_CAPTION = 40;
/** A credit printed once for a set of pictures: 组图/…, 均为…摄, 本组图片…, 图片均由…. */
const SET_CREDIT = /^(?:组图|组照|本组|均为|图片均|均由)/u;
/** The most pictures a set's credit is read to cover. */
const MAX_SET_PICTURES = 8;
/** The fewest further captions read as a set's: one short sentence may as well open the story. */
const MIN_SET_CAPTIONS = 2;
/** The most caption blocks an untitled news photo prints over its credit. */
const MAX_UNTITLED_CAPTIONS = 3;
/** The longest caption read as an untitled photo's at the page's top, in characters: a jumped story's text runs longer. */
const MAX_TOP_CAPTION = 240;
/** The longest bare subject after a time word that still reads as a caption's first piece: `近年来，某县`. */
const MAX_BARE_SUBJECT = 4;
/**
 * A crosshead is a short headline-shaped line; a line of narrative that a
 * column cut short (`会议首先宣读了…提名`) is not: it carries an aspect particle.
 */
function isCrosshead(text: string): boolean {
  // (Quotation marks aside, where the heading opens or closes on a quoted word: `“靠斧子吃饭”的小木匠的家庭“经济帐”` is a
  // heading of fifteen characters. A sentence its column cut after a quoted word or two, `市民张某在“一站式”“一窗通办”服务窗口`,
  // counts them.)
  const length = /^[“"「『]|[”"」』]$/u.test(text) ? text.replace(/[“”"「」『』]/gu, "").length : text.length;
  return isBareTitle(text) && length >= MIN_CROSSHEAD && length <= MAX_CROSSHEAD && !/[了着过]./u.test(text);
}

/**
 * `文艺演出，演绎精彩时刻`, `做好“荷”文章，擦亮“荷”名片`: a heading of two short clauses, each shaped as a
 * crosshead is, no sentence in it. A first clause that opens on a time, a preposition or a connective, sets
 * the scene or names a speaker (`今年以来，…`, `在…中，`, `此外，…`, `走进村子，`, `王某说，`) starts a sentence
 * a column cut, and so does a line ending where a phrase goes on.
 */
function isClausedHeading(text: string): boolean {
  const clauses = withoutQuoted(text).split(/[，,]/u);
  if (clauses.length !== 2 || text.length > MAX_CLAUSED_HEADING || endsMidPhrase(text) || OPENS_ON_WHEN.test(text) || OPENS_ON_HOUR.test(text) || REFERS_BACK.test(text)) return false;
  if (/[了着过]/u.test(text) || CLAUSE_PREPOSITION.test(text)) return false;
  const [first, second] = text.split(/[，,](?=[^，,]*$)/u) as [string, string];
  if (CLAUSE_SETTING.test(first) || SPEAKER_CLAUSE.test(first) || FINDING_CLAUSE.test(first)) return false;
  // (`近两年来，衡东县融媒体中心`: a body named at the end of the second clause is a sentence's subject, its verb on the next line.)
  if (BODY_NAMED_AT_END.test(second)) return false;
  // (A heading's second clause is as long as its first or longer, 文艺演出，演绎精彩时刻; one cut short, 为减少车马劳顿，海狮队,
  // is a sentence the column broke.)
  // (Counted in words: a quotation's marks and a list's 、 add none, `“开门迎客”，建筑、鲜花相映成趣`.)
  const words = (c: string) => c.replace(/^[\d①-⑳]+|[\s、“”‘’]+/gu, "").length;
  if (words(second) < words(first) - 1) return false;
  return [first, second].every((c) => words(c) >= MIN_CLAUSE && words(c) <= MAX_CLAUSE && canBeTitle(c));
}

/** What the fragment model never saw a piece end on (its pieces end where a column may: not after a closing quote, `“姜葱墙门”`, nor an end mark). */
const FRAGMENT_NEVER_ENDS = /[。！？；…：”’」』!?;:“‘（《「『(]\s*$/u;
/** What opens a sentence of its own: a time, a connective or a source and a comma; `走进…，`; `这是`; someone and their words. */
const OWN_SENTENCE_START = new RegExp(`^(?:(?:${anyOf([...WHEN_WORDS, ...DISCOURSE_CONNECTIVES, ...NARRATIVE_OPENINGS])}|如今|眼下|记者了解到)[，,]|走进[^，,。]{1,12}[，,]|这是|[他她]们?(?:${anyOf(SPEECH_VERBS)}|告诉|今年))`, "u");
/** Longest line read as one of a run of arrowed captions: a caption's sentence or two, no list item's paragraph. */
const MAX_ARROWED_CAPTION = 40;
/** Words that place people in a picture: who stands where (`（左）`, `（右二）`, `左起`), a group photograph, `图为…`. */
const PLACES_PEOPLE = /[（(](?:左|右|中|前排|后排)[一二三四五六七八九\d]?[起)）]|左起|右起|合照|合影|留影|图为|图中/u;
/** A date or a part of one alone on its line (`2月`, `1995年`, `3月5日`): a chronicle's heading as often as a piece. */
const DATE_ALONE = /^\s*(?=\d)(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?\s*$/u;

/** Text under a heading: a block as long as a column's line, a whole sentence, or a caption; never two more clauses. */
function opensWholeText(next: Extract<Unit, { kind: "text" }>): boolean {
  if (isClausedHeading(next.text)) return false;
  return next.text.length >= MIN_BODY_BLOCK || endsSentence(next.text) || next.captionOf;
}

/**
 * `连日来，`, `今年以来，`, `节日期间，`, `走进村子，`, `眼下，`: a sentence's setting, the way narrative opens;
 * so is a time alone (`上午，`, `23日中午，`, `10时30分，`, `2008年，`, `彼时，`, `那几天，`), a short scene (`交流中，`, `午餐后，`)
 * or a point of view (`对小记者而言，`). (A span of time up to now, a relative year, a meeting's occasion open headings as
 * often as sentences: `十年来，初心不改`, `今年5月，茶园迎来丰收`, `会上，委员建言`.)
 */
const CLAUSE_SETTING = /(?:以来|期间|之际|之时|时节|连日来)$|^(?:走进|来到|眼下|当前|如今|时下|连日)|^(?:\d{1,4}年(?:\d{1,2}月)?(?:初|底|末)?|\d{1,2}日(?:上午|下午|晚上?|凌晨|中午|早上|傍晚)?|\d{1,2}时(?:\d{1,2}分)?许?|上午|下午|中午|晚上|傍晚|凌晨|清晨|早上|当晚|当年|那年|那时|此时|彼时|当时|次日|翌日|[那这][几些两]?[天日晚夜])$|^[\p{Script=Han}]{1,3}[中后时]$|^对.{1,8}(?:而言|来说)$/u;

/**
 * Does the text under a name speak of it (`白洋淀` / `初秋的白洋淀，…`, `刘某某` / `刘某某是…`, `张某梅` / `她…`)?
 * Then the name is the story's subject, its title or a portrait's caption: a writer rarely names
 * themselves, and text that opens on 他 or 她 refers to someone named above it.
 */
function namedInText(name: string, text: string): boolean {
  const bareName = name.replace(/\s+/gu, "");
  return text.includes(bareName.slice(0, 2)) || /^[他她]/u.test(text);
}

/** Two or more phrases of Han words set apart by spaces, nothing numbered or dashed before them: `老巷“翻新” 满满人情味`. */
const SPACED_PHRASES = /^[\p{Script=Han}“”《》]{2,}(?:\s+[\p{Script=Han}“”《》]{2,})+$/u;

/** A byline that names who made the pictures: `文/图`, `图/文`, `图文`, `摄`, `摄影`. */
const MADE_PICTURES = new RegExp(`${anyOf(MADE_NOTES)}|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文`, "u");
/** `…文/图`, `图/文 …`, `文并摄`: a line that says its people wrote the story and made its pictures. */
const WORDS_AND_PICTURES = new RegExp(`(?:${anyOf([...WROTE_AND_TOOK, "文/图", "图/文", "文／图", "图／文"])})`, "u");
/** A body named by an ending of two characters or more at a clause's end: `…融媒体中心`, `…有限公司`, `…人民政府`. */
const BODY_NAMED_AT_END = new RegExp(`\\p{Script=Han}(?:${anyOf(ORGANISATION_ENDINGS.filter((e) => e.length >= 2 && !(PLACE_ENDINGS as readonly string[]).includes(e)))})$`, "u");
/** `文并摄/记者 甲`, `文/记者 甲`, `甲/文`, `记者甲文/摄`: a line that says its people wrote the story signs it, never credits a picture alone. */
const SAYS_WROTE = new RegExp(`(?:${anyOf(WROTE_AND_TOOK)})|(?:^|\\s)文\\s*[/／]|[/／]\\s*文(?:\\s|$)|文\\s*[/／]\\s*[摄图]$`, "u");

/** A line of reporters by their roles, no dateline, that does not say they wrote: who may have taken a picture above it. */
function namesReportersOnly(b: Byline): boolean {
  return b.dateline === null && b.authors.length > 0 && b.authors.every((a) => a.role !== null && REPORTER_ROLE.test(a.role)) && !SAYS_WROTE.test(b.byline);
}

/** A dispatch's house at a lead's start, `本报长春2月2日电`, `〔本报长春二日电〕`, `新华社北京3日电`: where and when it was filed. */
const DISPATCH = new RegExp(`^[（(〔【]?(${anyOf(HOUSE_AGENCIES)})([\\p{Script=Han}·]{1,8}?)(?:\\d{1,2}月)?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日专?电`, "u");
function dispatchOf(byline: string): { house: string; place: string } | null {
  const m = DISPATCH.exec(byline);
  return m ? { house: m[1]!, place: m[2]! } : null;
}

/** A part's label wholly in lenticular brackets, a few words: `【大湖名片】`, `【原型人物】`. */
const BRACKETED_PART_LABEL = /^【[^【】，。！？]{2,12}】$/u;
/** A line that is one quotation, marks and all: `“…”`. */
const WHOLE_QUOTATION = /^“[^“”]{4,}”$/u;
/** Shortest block read as the start of a story's text (a shorter one may be a heading). */
const MIN_BODY_BLOCK = 30;
/** A line opening on a conjunction or a particle that opens no sentence: the line above runs into it. */
const GOES_ON_ACROSS = /^(?:[和及等的之或]|与(?!此同时))/u;
/** How many blocks on a second speaker's label is looked for. */
const SPEAKER_LABEL_REACH = 8;
/** The fragment model's log-odds under which a kept heading reads as a heading, no piece its column cut: even odds. */
const KEPT_HEADING_CUT_SCORE = 0;
/** The fewest characters a page's first line over its text holds, its number left out, to head it (`group.page-top-line`). */
const MIN_TOP_LINE = 4;

/** Longest heading of two clauses; shortest and longest clause in one (a heading's clauses are terse). */
const MAX_CLAUSED_HEADING = 18;
const MIN_CLAUSE = 2;
const MAX_CLAUSE = 8;
/** `在…中，`, `截至…，`, `随着…，`: a sentence's adverbial phrase, the way narrative opens and no heading does. */
const CLAUSE_PREPOSITION = /^(?:在|从|自|据|截至|截止|随着|为了|当|对于|由于|因为|经过|通过|按照|根据|针对|就此(?:情况|事|问题|现象|事件))/u;

/** A sentence-final mark, or a sign-off date, ends a paragraph. */
function endsParagraph(text: string): boolean {
  // (A part's label wholly in lenticular brackets, `【大湖名片】`, is closed by them: no column cut runs it into the text under it.)
  return endsSentence(text) || endsWithDate(text) || CONTACT_LINE.test(text) || BRACKETED_PART_LABEL.test(text);
}

/**
 * `e-mail:某某@某报.com`, `电邮：…`, `微博：@某某`: a columnist's contact, a label and an address alone on the line, closes the
 * text as a sentence does (no column cuts an address): a signature may follow it. (A web copy may print the address hidden,
 * `[email protected]`.)
 */
const CONTACT_LINE = /^(?:e-?mail|电邮|电子邮箱|邮箱|电子信箱|信箱|微博|微信)\s*[：:]\s*(?:\S*@\S+|\[email[^\]]*\])$/iu;

/** `联系人：张三`, `联系电话：0731-…`: a label, a colon and its value, the line a notice's details are printed in. */
const FIELD_LINE = /^[\p{Script=Han}]{2,6}[：:]\s*[^\s。；，！？][^。；，！？]{0,30}$/u;
/** A notice's detail, its label one of DETAIL_LABELS or ending on one (`报名时间：`, `活动地点：`, `联系电话：`), then its value. */
const DETAIL_FIELD = new RegExp(`^[\\p{Script=Han}]{0,4}(?:${anyOf(DETAIL_LABELS)})[：:]\\s*\\S`, "u");
/** A detail's label opening a line: `联系电话：`, `传真：`. */
const FIELD_LABEL = /^[\p{Script=Han}]{2,6}[：:]\s*\S/u;
/** An organisation's name alone (某某市人力资源服务中心, 市消防救援支队): a notice's sign-off. */
const SIGN_OFF_NAME = new RegExp(`^[\\p{Script=Han}（）()]{2,24}(?:${anyOf(ORGANISATION_ENDINGS)})$`, "u");

/**
 * A notice's detail line is a paragraph of its own: the next detail line, or the sign-off under
 * it, never continues it (no column cuts a sentence into `label：value` lines).
 */
function endsField(prev: Paragraph, next: Extract<Unit, { kind: "text" }>): boolean {
  return isField(prev) && (FIELD_LABEL.test(next.text) || SIGN_OFF_NAME.test(next.text));
}

/** Is the paragraph one detail line (联系电话：…)? */
function isField(p: Paragraph): boolean {
  const text = p.end(FIELD_MAX + 1);
  return text.length <= FIELD_MAX && FIELD_LINE.test(text);
}

/** Is the article a notice (…的通知, 招聘启事), by its title? */
function isNotice(d: Draft): boolean {
  return d.headline !== null && NOTICE_TITLE.test(d.headline.title);
}

/** `订阅热线：0871-1` / `234567。`: a column cut the detail's value, which the next block goes on with. */
function cutValue(text: string, next: Unit | undefined): boolean {
  return next?.kind === "text" && /[\dA-Za-z\-]$/u.test(text) && /^[\dA-Za-z\-]/u.test(next.text);
}

/** Does the article's text end on a notice's detail line (联系电话：…)? */
function endsOnField(d: Draft): boolean {
  const last = d.paragraphs.at(-1);
  return last !== undefined && isField(last);
}

/** Longest detail line read so. */
const FIELD_MAX = 40;

/** A short quoted name, no sentence in it, and the words it belongs to after it on the line: `“永绩舰”的照片。`. */
const QUOTED_TERM = /^[“"「『‘][^”"」』’。！？!?，,；;…]{1,12}[”"」』’]\p{Script=Han}/u;

/** May this text block continue the open paragraph before it (a column break)? */
function continues(prev: string, next: Extract<Unit, { kind: "text" }>): boolean {
  // (A layout glyph opens an item or a point of its own: no column break prints one.)
  if (next.listItem || next.marked) return false;
  // A date alone on its line signs a notice off; it is never the rest of a sentence.
  if (isBareDate(next.text)) return false;
  if (startsNumberedItem(next.text) || isParenthetical(next.text) || isPictureLabel(next.text)) return false;
  // (`…郑重宣示——` / `“在新征程上…`: a quotation after a dash is a paragraph of its own; a quoted name, `…所属战舰——` / `“永绩舰”的照片。`, goes on.)
  if (endsWithDash(prev)) return !/^[“"「『‘]/u.test(next.text) || QUOTED_TERM.test(next.text);
  return true;
}

/**
 * For each text, the share of its Han bigrams that also occur in the article, and how many do. The texts are
 * short and the article long, so the article is scanned once against the texts' bigrams.
 */
/** The share of a line's character pairs its text's first sentence holds, that much or more: the sentence restates the line. */
const RESTATED_SHARE = 0.6;
function restates(line: string, text: string): boolean {
  const own = hanBigrams(line);
  if (own.size < 4) return false;
  const first = hanBigrams(text.split(/[。！？!?]/u)[0]!);
  let shared = 0;
  for (const pair of own) if (first.has(pair)) shared++;
  return shared / own.size >= RESTATED_SHARE;
}

function overlapShares(texts: readonly string[], article: string): { share: number; shared: number }[] {
  const sets = texts.map(hanBigrams);
  const wanted = new Set<string>();
  for (const set of sets) for (const g of set) wanted.add(g);
  const found = new Set<string>();
  for (const run of article.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const g = run.slice(i, i + 2);
      if (wanted.has(g)) found.add(g);
    }
  }
  return sets.map((set) => {
    let shared = 0;
    for (const g of set) if (found.has(g)) shared++;
    return { share: set.size === 0 ? 0 : shared / set.size, shared };
  });
}

/**
 * A signature closes a text (it never heads one): `（执笔：甲）`, names in brackets with what each made, `（张某/文 李某/图）`,
 * and a body signing after a dash, `——本报编辑部` (without the dash, `本报编辑部` may head the piece it signs).
 */
function isSignature(text: string): boolean {
  return /^[（(]\s*(?:执笔|撰稿)/u.test(text) || BRACKETED_MAKERS.test(text) || (startsWithDash(text) && readDashSignature(text) !== null);
}

/** Shortest crosshead that may title the second story of a report signed twice. */
const MIN_SIGNED_TITLE = 6;

/** Longest deck printed as a sentence under a title. */
const MAX_SENTENCE_DECK = 40;

/** A lead or byline saying its reporters took the story's pictures: `摄影报道`, `摄` as a credit's word (not 摄像, 摄影家), `文/图`, `图文`. */
const PICTURES_TAKEN = /摄(?:影报道)?(?=[\s）)]|$)|[/／]\s*图|图\s*[/／]|图文|文图/u;

/** One sentence, closed by 。 and no other mark of its end, no longer than a deck: `某业决定…，以每月营业额的百分之一捐献。`. */
function isSentenceDeck(text: string): boolean {
  return text.length <= MAX_SENTENCE_DECK && /。$/u.test(text) && !/[。！？!?；“”「」]/u.test(text.slice(0, -1));
}

/** A feature's part labelled by one character and a colon, then its heading: `访：那一段战火纷飞的岁月`. */
const PART_LABEL = /^\p{Script=Han}[：:][^，。！？；：:]{4,16}$/u;
/** A part's number in brackets, or set off by a space, before a short heading: `（一）抢抓农时保收成`, `01 抢抓农时`, `PART1 …`. */
const PART_NUMBER = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]\s*|(?:0[1-9]|[1-9]|PART\s?\d{1,2})\s+)(?=\p{Script=Han})(?![个名位人家项件次天年月日户元万亿多余])[^，。！？；]{2,24}$/u;

/** A heading that names a story by its form, a picture's: `图片新闻`, `图说`. */
const PHOTO_HEADING = new RegExp(`^(?:${anyOf(PHOTO_STORY_LABELS)})$`, "u");
/** Who tipped a story off, or whom to call, labelled, on a line of its own: `报料人：某某 奖66元`. */
const TIP_OFF = new RegExp(`^(?:${anyOf(NOTE_LABELS)})[：:]\\s*\\S`, "u");
/** A colon inside a line, with words after it: a label and what it labels (`新加坡记者：说“伊甸园”老外都能懂`). */
const LABELLED_LINE = /[：:](?=.)/u;
/** Thanks for a tip, as evening papers close a story with its reward: `感谢黄女士提供线索，奖励20元`, `（感谢读者某某报料）`. */
const TIP_THANKS = new RegExp(`^[（(]?感谢[^。！？]{1,16}?(?:提供(?:新闻)?线索|${anyOf(NOTE_LABELS.filter((label) => label.endsWith("料")))})`, "u");
/** Hearsay opening a sentence: 听说, 据说 (传说中的…, 相传千年的… head noun phrases). */
const HEARSAY_START = /^(?:听说|据说)/u;
/** A column's first piece's heading alone on its line: `开栏的话`. */
const COLUMN_OPENER = new RegExp(`^(?:${anyOf(COLUMN_OPENERS)})$`, "u");
/** A column's name, a colon and its opening note's label (开栏语, 开篇语, 开栏的话…): `走社区问民情：开栏语`. */
const COLUMN_OPENING_TITLE = new RegExp(`^[^：:，,。！？]{2,16}[：:](?:${anyOf([...EDITORS_NOTES.filter((n) => n.startsWith("开")), ...COLUMN_OPENERS])})$`, "u");
/** A caption that numbers or places its own picture, `图①：…`, `上图：…`, `①…`: one picture's, never joined to another's. */
const NUMBERED_PICTURE = /^(?:[上下左右]图|图[①-⑩\d])[：:]?|^[①-⑩]/u;
/** Words by which a caption points at its picture: `图为…`, `上图：`, `图①`, `①`. */
const PICTURE_CUE = /图为|^(?:[上下左右]图|图[①-⑩\d]?)[：:]|^[①-⑩]/u;

/**
 * A note in round brackets on where the text above came from or who wrote it, or that it ended: `（据新华社）`, `（来源：人民日报）`,
 * `（作者单位：…）`, `（本报综合）`, `（中新社）`, `（完）`; or who tipped it off or whom to call, `（报料人：某先生，奖50元）`,
 * `（联系电话：…）`. (Not a series' part or an editor's note in brackets, `（系列报道之三：…）`: those head the next piece.)
 */
const SOURCE_NOTE = new RegExp(
  `^[（(]\\s*(?:(?:据|来源|稿件来源|资料来源|综合|本报综合|作者|注)[^（）()]{0,40}|(?:${anyOf(NOTE_LABELS)})[：:][^（）()：:]{1,40}|完|(?:${anyOf(HOUSE_AGENCIES)}|[\\p{Script=Han}]{1,8}?(?:${anyOf(PRESS_ENDINGS)}))(?:电|讯|供稿)?)\\s*[)）]$`,
  "u",
);

/** A turn of an interview: a question by its label (问：…, 记者：…), or a speaker's answer right under one (李某：没问题！). */
function isTurn(text: string, prev: Paragraph | undefined): boolean {
  return isInterviewTurn(text) || (prev !== undefined && SPEAKER_TURN.test(text) && isInterviewTurn(prev.text));
}

/** 他, 她, 他们, 她们 opening text: it points back at someone already named. */
const PRONOUN_BACK = "(?:他|她)们?(?!们)";

/** Words that open text going on from what came before: 如今，…, 后来…, 此外，…, 他…, 她们…, 这次活动…. */
const REFERS_BACK = new RegExp(`^(?:(?:${anyOf([...DISCOURSE_CONNECTIVES, ...BACK_REFERENCES])})[，,]|${PRONOUN_BACK}|${anyOf(DEMONSTRATIVES)})`, "u");

/** Shortest first line of a crosshead a column broke in two: a line the column filled. */
const MIN_PAIR_FIRST = 6;

/** A crosshead's heading over its deck is a few characters: a longer first line titles a story. */
const MIN_PAIR_HEADING = 3;
const MAX_PAIR_HEADING = 8;

/** Longest headings whose equal length makes them siblings: a section's four-character heading; titles run longer. */
const MAX_PARALLEL = 6;
/** Earlier crossheads of one length that make a longer heading of that length their sibling: one could be chance, two are a series. */
const MIN_SERIES = 2;

/** Two headings cut to one pattern: as short and as long as each other (返乡创业 / 科技助力), or numbered or bracketed alike. */
function sameShape(a: string, b: string): boolean {
  if (bare(a).length === bare(b).length && bare(a).length <= MAX_PARALLEL) return true;
  const form = (t: string) => (startsNumberedItem(t) ? "numbered" : /^[【〖［\[]/u.test(t) ? "bracketed" : null);
  return form(a) !== null && form(a) === form(b);
}

/** The verbs a speaker is named with after the words (张某说, 他笑着说道, 李某介绍). */
const SAYS = "说|道|表示|介绍|告诉记者|感慨|感叹|坦言|笑言";
/** Any verb of saying: after the words (SAYS) or before them (SPEECH_VERBS, 强调, 指出). */
const SPEAKS = `${SAYS}|${anyOf(SPEECH_VERBS)}`;
/**
 * `■全媒体记者 甲 乙 丙` / `丁 戊`: names alone on a byline's second line that a list of reporters under one role ran onto go on
 * under that role (returned; null when they do not). One or two names under it, `本报记者 甲 乙` / `丙` (who may be the subject a
 * feature opens on), or a role printed after its name, `甲 文` / `乙`, show no list running on; a line marked as an entry of its
 * own, `■ 乙`, names its writer alone.
 */
function runOnRole(head: Byline, more: readonly Person[], marked: boolean): string | null {
  const role = head.authors.at(-1)?.role ?? null;
  const listed = role === null ? 0 : head.authors.length - head.authors.findLastIndex((p) => p.role !== role) - 1;
  return !marked && role !== null && REPORTER_ROLE.test(role) && listed >= MIN_LISTED_TO_RUN_ON && more.every((p) => p.role === null) ? role : null;
}

/** The fewest labels under a photo report's credit that are its pictures' (two may be a crosshead and its deck). */
const MIN_PICTURE_LABELS = 3;
/** The shortest line under a byline a word across the break marks as a column's cut (a heading of a word or two may meet the text's first word by chance). */
const MIN_CUT_OPENING = 6;

/** After a speaker's name: where they spoke, or a verb of saying (`在讲话中`, `说，`, `强调，`). */
const SPEAKS_AFTER_NAME = new RegExp(`^(?:在[^，。]{0,12}?(?:讲话|发言|致辞|报告)|${SPEAKS})`, "u");
/** `村支书王某说，`: a clause closing on a verb of saying opens the words said, a sentence. */
const SPEAKER_CLAUSE = new RegExp(`(?:${SPEAKS})$`, "u");
/**
 * `记者在走访中发现，`, `某某又称，`: the reporter's own finding, or a speaker saying more, opens what was found or said, a
 * sentence too. (`新发现，改写历史认知`, `专家称，…`: a finding or a claim as such heads a part as often.)
 */
const FINDING_CLAUSE = new RegExp(`(?:(?:记者|笔者)[^，,]*(?:${anyOf(FINDING_VERBS)})|又[称稱])$`, "u");

/** `何以巴中？在于诗意山水里的浪漫韵味`: a short question and its answer, no comma in either: a heading's form, whole on its line. */
const ASKED_AND_ANSWERED = /^[^，,。；;：:“”]{2,12}[？?][^，,。；;：:！？!?“”]{4,20}$/u;
/** `外籍教师某某：这里有难忘的热情和活力`: who or what, a colon, and a heading's words, with no verb of saying before the colon. */
const LABELLED_HEADING = new RegExp(`^(?![^：:]*(?:${SPEAKS}|称|写道|问|答|透露|回忆)[：:])[^，。！？；“”：:]{2,12}[：:][^，。！？；：:“”]{4,20}$`, "u");

/** Text that opens by naming who said the words above it (`摊主王大姐笑着说。`, `回乡探亲的张大爷感慨道，…`), or by pointing back at them (`他长舒一口气，…`): no story opens on 他 or 她. */
const ATTRIBUTION = new RegExp(`^(?:[^，。！？；“”]{1,24}?(?:${SAYS}|回忆)(?:着)?[。，：:]|${PRONOUN_BACK})`, "u");

/**
 * Who said the quotation that the block before closed, in a sentence that ends there (张某说。; 他笑着说。…): in print the
 * speaker follows the quote in its paragraph. The speaker may be named with a quoted word (一位获得“随手拍”奖项的市民说。).
 * A block whose sentence goes on after the speaker (张某说，…; 他表示，…) opens a paragraph of its own as a rule: in the
 * corpus's stored sources a printed paragraph opens so after a closing quotation in 25 of 181 places, and a column cut the
 * rest at that very point hardly ever.
 */
const QUOTE_ATTRIBUTION = new RegExp(`^((?:[^，。！？；“”：:]|“[^，。！？“”]{1,12}”){1,20}?)(?:${SAYS})(?:着)?。`, "u");

/**
 * Does `next` name the speaker of the quotation `prev` ends on (…。”)? Not when a colon introduced the quotation: its
 * speaker is named already (`…黄某说：“…温暖。”` / `他说。` is another's turn).
 */
function attributesQuote(prev: string, next: string): boolean {
  // (Or a line that is one quotation whole, a pull quote with no mark of its own: `“…吹晚风”` / `村民李某说。`.)
  if ((!/[。！？…!?]”$/u.test(prev) && !WHOLE_QUOTATION.test(prev)) || !QUOTE_ATTRIBUTION.test(next)) return false;
  const open = prev.lastIndexOf("“");
  return open <= 0 || !/[：:]\s*$/u.test(prev.slice(0, open));
}

/** Where a column may cut right before a date or a time: a digit, a clause's comma, a year or month, 至 (截至) or 到 that want it. */
const CUT_BEFORE_WHEN = /[\d０-９，、,；;：:年月至到止]$/u;

/** Is the unit a lead or a byline line: what signs the story a headline group stands over? */
function isLeadOrByline(u: Unit | undefined): boolean {
  return u?.kind === "lead" || u?.kind === "byline";
}

/** A question quoted, then who asked it in a few words (`“生意好不好？”记者问。`). */
const QUESTION_THEN_ASKER = /^[“「][^“”「」]+[？?][”」][^“”「」。！？]{1,12}[。：:，,]$/u;

/** A whole quoted line that closes on a sentence's mark inside the quotation: speech (`“大娘，饭来了！”`), not a quoted title. */
function isSpokenLine(text: string): boolean {
  return isQuotedLine(text) && /[。！？!?…][”"」]$/u.test(text);
}

/** Where a letter's writer lives or works, run into or set apart from their name, no mark of a sentence: `某市66号信箱杨某勇`. */
const LETTER_SIGNATURE = /^([^\s，,。；;：:！？!?、“”（）()]{2,20}?(?:[省市县区镇乡村]|街道|社区|信箱|[厂矿局所校院站队部]|公司|学校|医院|单位)\d*号?)\s*(\p{Script=Han}{2,3})$/u;


/** A line that is wholly one quotation: “真漂亮啊！”. */
function isQuotedLine(text: string): boolean {
  return /^[“"「][^“”"「」]+[”"」]$/u.test(text);
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** Why a text block that does not continue the paragraph before it starts one of its own. */
function newParagraphRule(u: Extract<Unit, { kind: "text" }>, prev: Paragraph | undefined, d: Draft, crosshead: boolean, kept: RuleName | null, next: Unit | undefined, opensFields: boolean): [LineRole, RuleName] {
  if (u.captionOf) return ["caption", "caption.credit-same-line"];
  if (kept) return ["crosshead", kept];
  if (crosshead) return ["crosshead", u.marked ? "crosshead.marked" : startsNumberedItem(u.text) || isSectionNumber(u.text) ? "crosshead.numbered" : isCrosshead(u.text) ? "crosshead.shape" : "crosshead.clauses"];
  if (opensFields) return ["paragraph", "paragraph.field-run"];
  if (u.listItem) return ["paragraph", "paragraph.list-item"];
  if (isDialogue(u.text)) return ["paragraph", "paragraph.dialogue"];
  if (isTurn(u.text, prev)) return ["paragraph", "paragraph.interview-turn"];
  if (u.text.length <= FIELD_MAX && isNotice(d) && SIGN_OFF_NAME.test(u.text)) return ["paragraph", "paragraph.sign-off-name"];
  if (prev && endsField(prev, u)) return ["paragraph", "paragraph.notice-detail"];
  if (prev && isQuotedLine(u.text) && isQuotedLine(prev.text)) return ["paragraph", "dialogue.continues"];
  if (prev && isQuotedLine(u.text) && next?.kind === "text" && ATTRIBUTION.test(next.text)) return ["paragraph", "dialogue.attributed"];
  if (startsNumberedItem(u.text)) return ["paragraph", "paragraph.numbered-item"];
  if (isParenthetical(u.text)) return ["paragraph", "paragraph.parenthetical"];
  if (isBareDate(u.text)) return ["paragraph", "paragraph.sign-off-date"];
  if (!prev) return ["paragraph", "paragraph.first"];
  if (d.last !== "paragraph") return ["paragraph", "paragraph.after-caption"];
  return ["paragraph", "paragraph.after-sentence-end"];
}

/** The people of a line that can only continue a byline: a bare name, or role words and names (any names: the line above vouches for them). */
function bylineContinuation(text: string): Person[] | null {
  const bare = readBareName(text);
  if (bare) return bare.authors;
  if (text.length > 24 || /[。！？；，：:]/u.test(text)) return null;
  const { people, clean } = parsePeople(text);
  if (!clean || people.length === 0 || people[0]!.role === null || people.some((p) => !/^[\p{Script=Han}·]{2,4}$/u.test(p.name))) return null;
  return people;
}

/**
 * A headline group some of whose lines an editor gave a role: those keep it; of the others
 * the first is the title when no line was made the title, and the rest are a kicker above the
 * title or a subtitle below it. A group has a title: with none, its last line is. Null when no
 * line of the group was corrected.
 */
function correctedHeadline(units: readonly Unit[]): { headline: { kicker: string | null; title: string; subtitle: string | null }; roles: LineRole[] } | null {
  type Slot = "kicker" | "title" | "subtitle";
  const roles = units.map((u): Slot | null => (u.kind === "text" && u.forced !== undefined && HEADLINE_ROLES.has(u.forced) ? (u.forced as Slot) : null));
  if (roles.every((r) => r === null)) return null;
  if (!roles.includes("title")) {
    const free = roles.indexOf(null);
    roles[free >= 0 ? free : roles.length - 1] = "title";
  }
  const titleAt = roles.indexOf("title");
  const filled = roles.map((r, k): Slot => r ?? (k < titleAt ? "kicker" : "subtitle"));
  const join = (role: Slot) => {
    const lines = units.filter((_, k) => filled[k] === role).map((u) => u.text);
    return lines.length > 0 ? lines.join(" ") : null;
  };
  return { headline: { kicker: join("kicker"), title: join("title")!, subtitle: join("subtitle") }, roles: filled };
}

/** Two byline lines that name reporters by their roles, neither in brackets nor a commentary's signature: one signature. */
function reportsTogether(first: Byline, second: { text: string; byline: Byline }): boolean {
  const reporters = (b: Byline) => b.authors.length > 0 && b.authors.every((p) => p.role !== null && !COMMENTARY.has(p.role));
  return reporters(first) && reporters(second.byline) && !/^[（(【]/u.test(first.byline) && !/^[（(【]/u.test(second.text);
}

/** `（甲/文 乙/图）`: who made what, in brackets. */
const BRACKETED_MAKERS = new RegExp(`^[（(][^（()）]*[/／](?:${anyOf(MAKER_ROLES)})[^（()）]*[)）]$`, "u");

/** A line's text without its spaces. */
function bare(text: string): string {
  return text.replace(/\s+/gu, "");
}

/**
 * The short label-shaped lines that occur more than once on a page, spaces ignored. (A title a
 * front page's teaser repeats states its news, `我市召开秋收工作会议`: no column's label does.)
 */
function repeatedLines(units: readonly Unit[]): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const u of units) {
    if (u.kind !== "text" || u.text.length > MAX_REPEATED_LABEL || !isBareTitle(u.text) || statesNews(u.text)) continue;
    const key = bare(u.text);
    if (seen.has(key)) out.add(key);
    else seen.add(key);
  }
  return out;
}

/** Longest line read as a column's label printed over more than one piece. */
const MAX_REPEATED_LABEL = 12;
