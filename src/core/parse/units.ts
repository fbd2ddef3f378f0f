/**
 * A page's printed lines, each read once for what it is on its own: a lead,
 * a byline line, a credit, or text (a caption that ends with its credit
 * becomes two units). Context decides the rest.
 */
import { namedBeforeRole, opensWithSchool, readBareName, readBylineLine, readGivenNameByline, readLead, readMarkedDesk, readMarkedWriter, readPaperApartLine, runTogetherNames, type Byline, type Lead } from "./byline.ts";
import { readCredit, splitTrailingCredit, type Credit } from "./credit.ts";
import { canBeHeadline, canBeTitle, endsMidPhrase, isBareTitle, isColonKicker } from "./headline.ts";
import { anyOf, MAKER_ROLES, PEN_WORK_ROLES, REPORTER_ROLES, DAY_NUMBER, EDITOR_LABELS, END_MARKS, STORY_CREDIT_LABELS, LUNAR_DATE, MASTHEAD_LABELS, NEWS_PAGE_NAMES, PAGE_NAMES, PHOTO_STORY_LABELS, PRESS_ENDINGS, YEAR } from "../vocabulary.ts";
import { parsePeople, readMadeBy, REPORTER_ROLE_SET, signedNames } from "./people.ts";
import { looksLikeName } from "./surnames.ts";
import { endsSentence, isBareDate, PLACE_KICKER, splitLines } from "./text.ts";
import type { CorrectedRole, RuleName } from "./trace.ts";

interface UnitBase {
  text: string;
  line: number;
  /** Blank lines before it. */
  gap: number;
  /** A layout glyph stood before it. */
  marked: boolean;
  /** The glyph was an arrow pointing at a picture: the line captions it. */
  pointer?: true;
}

export type Unit =
  | (UnitBase & { kind: "text"; listItem: boolean; captionOf: boolean; forced?: CorrectedRole })
  | (UnitBase & { kind: "lead"; lead: Lead })
  | (UnitBase & { kind: "byline"; byline: Byline; given?: true })
  | (UnitBase & { kind: "credit"; credit: Credit; beforeCaption?: true })
  | (UnitBase & { kind: "furniture"; rule: FurnitureRule; lifted?: boolean });

/**
 * `市第一中学 王某明` / `实验小学 李某华`: lines of schools and pupils one under another are a list (of prize
 * winners, of a class), not a byline each: they stay text. So are lines of papers and their reporters
 * (`●某某日报 记者 甲` / `●某某报 记者 乙`), a list of journalists honoured or named.
 */
function unsignListedBylines(units: Unit[]): void {
  const listLine = (u: Unit | undefined) => u?.kind === "byline" && (opensWithSchool(u.text) || readBylineLine(u.text) === null);
  const listed = units.map((u, k) => listLine(u) && (listLine(units[k - 1]) || listLine(units[k + 1])));
  units.forEach((u, k) => {
    if (listed[k]) units[k] = { kind: "text", text: u.text, line: u.line, gap: u.gap, marked: u.marked, listItem: false, captionOf: false };
  });
}

/** Page furniture: the paper's address, its price — not part of any article. */
const FURNITURE = new RegExp(`^(?:${anyOf(MASTHEAD_LABELS)})\\s*[：:]`, "u");
/** Who made the page: 责任编辑、美编、版式、校对… followed by a colon or a name. */
const EDITOR_LABEL = new RegExp(`(?:本版|本期)?(?:${anyOf(EDITOR_LABELS)})(?=\\s*[：:/／]|\\s+[\\p{Script=Han}])`, "gu");
const PAGE_NAME = `(?:${anyOf(PAGE_NAMES)})`;
/** `03 要闻`, `01版:要闻`, `A3 要闻·综合`, `要闻·综合`: a page code and the page's name, or its names joined by a dot. */
const PAGE_HEAD = new RegExp(`^(?:(?:0\\d|[A-Z]\\d{1,2})\\s*版?\\s*[：:]?\\s*${PAGE_NAME}(?:[·・]${PAGE_NAME})*|${PAGE_NAME}(?:[·・]${PAGE_NAME})+)$`, "u");
/** A page's number as its running head prints it: `第3版`, `第二版`, `第RB01版`, `A06`, `第A02：…` (its 版 left off). */
const PAGE_LABEL = "(?:第\\s*[A-Za-z]{0,2}\\s*[\\d一二三四五六七八九十]{1,3}\\s*版|第[A-Za-z]{1,2}\\d{1,3}(?=\\s|[：:])|[A-Za-z]\\d{1,2}\\s*版?)";
/** A day as a running head prints it: 2024年3月5日, 2024.03.05. */
const DAY = `${YEAR}(?:年|[.\\-/])${DAY_NUMBER}(?:月|[.\\-/])${DAY_NUMBER}日?`;
/** One part of a running head: a page's code or number, the page's name (names joined by a dot), the day, the weekday. */
const HEAD_PART = `(?:${PAGE_LABEL}|0\\d|${DAY}|(?:星期|周)[一二三四五六日天]|${PAGE_NAME}(?:[·・]${PAGE_NAME})*)`;
/** A page's running head: its date and weekday, its page number, the paper and the page's name. */
const RUNNING_HEAD = new RegExp(
  [
    // 2023年11月7日 星期二, 2016.9.22 星期四, 2023-11-07/周二, 一九九六年十月十二日 星期六, 2019年 9月 5日 星期四
    `${YEAR}\\s?(?:年|[.\\-/])\\s?${DAY_NUMBER}\\s?(?:月|[.\\-/])\\s?${DAY_NUMBER}\\s?日?[\\s/|·,，]*(?:星期|周)[一二三四五六日天]`,
    // 第3版, 第二版 要闻, A06 今日济南, 第A07版：本市·社区, 第RB01版：要 闻, 第3024期：第01版, 3336 期 / 第1版：… (an issue number first)
    `^(?:第?\\s*\\d{1,6}\\s*期\\s*[：:/／]?\\s*)?${PAGE_LABEL}(?:\\s|[：:]|$)`,
    // 003版：流行语, 5版：要闻: a page's number, 版 and a colon, then its name (a number alone before 版 may open a headline, 3版…)
    "^\\d{1,3}\\s*版\\s*[：:]\\s*\\S{1,12}$",
    // 法治日报 4 政法·检察: the paper, the page number, the page's name
    `^\\S{2,12}(?:${anyOf(PRESS_ENDINGS)})\\s+[A-Z]?\\d{1,3}\\s+\\S{2,12}$`,
    // 当前版：01版, 当前版：A03版：要闻: an e-paper's label for the page shown
    `^当前版\\s*[：:]\\s*(?:${PAGE_LABEL}|\\d{1,3}\\s*版)(?:\\s*[：:]?\\s*\\S{0,12})?$`,
    // 今日8版, 本期16版: how many pages the day's paper has
    "^(?:今日|本期)\\s*\\d{1,2}\\s*版$",
    // 2024年10月10日 第03版, 2024年10月10日 A03: the day and the page
    `^${YEAR}(?:年|[.\\-/])${DAY_NUMBER}(?:月|[.\\-/])${DAY_NUMBER}日?\\s*${PAGE_LABEL}(?:[：:]\\s*\\S{0,12})?$`,
    // 法治日报创刊45周年特刊1980-2025: a paper's name over a special issue's pages, the years it spans after it
    // (without the years, `老读者珍藏的日报特刊`, `献礼日报创刊70周年特刊` are headlines about one)
    `^(?!本报)[\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1))})(?:(?:创刊|建社|复刊)?[\\d一二三四五六七八九十百]{1,4}周年)?(?:特刊|专刊|增刊)\\s*${YEAR}\\s*[-—–~～]\\s*${YEAR}$`,
    // 株洲日报 2024年3月5日, 《某某报》（2022年08月25日 A1版）: the paper (its name in title marks or not) and the day, the page after it
    `^(?:《[\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS)})》|[\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS)}))\\s*(?:[（(]\\s*${DAY}(?:\\s*(?:${PAGE_LABEL}|\\d{1,3}\\s*版))?\\s*[)）]|${DAY}(?:\\s*${PAGE_LABEL})?)$`,
  ].join("|"),
  "u",
);
/**
 * `A3 要闻 2024.03.05`, `要闻 A03`, `2024.03.05 A3 要闻`, `A03 要闻 2024年3月5日`: the page's code and name, the day and the weekday,
 * in any order, set apart by spaces or bars: a running head. (A page's name and a code or a day among them: `G20 峰会` names no page.)
 */
const COMPOSED_HEAD = new RegExp(`^(?=.*${PAGE_NAME})(?=.*(?:${PAGE_LABEL}|(?<![\\d.])0\\d(?![\\d.])|${DAY}))${HEAD_PART}(?:[\\s|｜/／]+${HEAD_PART})+$`, "u");
/** Two parts only, a name and a bare code, `体育 F1`, `国际 G20`, name a page only with the code's 版 or a zero before its number. */
const TWO_PART_HEAD = new RegExp(`^(?:${PAGE_NAME}[\\s|｜/／]+[A-Za-z]\\d{1,2}|[A-Za-z]\\d{1,2}[\\s|｜/／]+${PAGE_NAME})$`, "u");
const MAX_FURNITURE = 60;
/** A paper's registration number, `国内统一刊号：CN65-0010`, `CN 11-0001/F`: printed in its masthead (邮发代号 opens its own line: FURNITURE). */
const REGISTRATION = /(?:国内统一(?:连续出版物号|刊号)\s*[：:]?\s*CN|(?<![A-Za-z])CN\s?)\d{2}\s*[-－—]\s*\d{4}(?:\s*[/／(（][A-Z0-9.]*[)）]?)?(?![\d])/u;

/**
 * Lines that belong to the page, not to an article: the running head, the
 * editors' line, the address. Short, unpunctuated, and made of labels.
 */
function furnitureRule(text: string, on: (rule: RuleName) => boolean): FurnitureRule | null {
  // A sentence (订阅热线：…。) belongs to the notice it ends, not to the page.
  if (FURNITURE.test(text)) return /[。！？]$/u.test(text) ? null : "furniture.address";
  // An advertisement's mark alone on its line.
  if (AD_MARK.test(text)) return "furniture.address";
  if (text.length > MAX_FURNITURE || /[。！？；，]/u.test(text)) return null;
  // `中共某某委员会主管主办 某某日报社出版 国内统一刊号：CN65-0010`: the masthead's who-publishes line, its number anywhere on it.
  // (A short line of labels: a sentence or a quotation that names a number, `…获得国内统一刊号CN43-1234，`, is a story's.)
  if (REGISTRATION.test(text) && !/[,“”]/u.test(text)) return "furniture.address";
  if (on("furniture.jump-line") && (JUMP_LINE.test(text) || (SEE_PAGE.test(text) && /^[（(]/u.test(text) === /[)）]$/u.test(text)))) return "furniture.jump-line";
  // (A page code alone on its line, `A3`, `B12`, is a page label too; `G20 峰会…` is a headline.)
  if ((/星期|周[一二三四五六日天]|版|报/u.test(text) || /^[A-Z]\d{1,2}$/u.test(text)) && RUNNING_HEAD.test(text)) return "furniture.running-head";
  if (COMPOSED_HEAD.test(text) && !(TWO_PART_HEAD.test(text) && !/[A-Za-z]0\d/u.test(text))) return "furniture.running-head";
  if (PAGE_HEAD.test(text)) return "furniture.running-head";
  // `扫码看视频`, `扫一扫 看更多`: a prompt to a code printed beside a story points elsewhere, like a jump line.
  if (on("furniture.jump-line") && SCAN_PROMPT.test(text)) return "furniture.jump-line";
  const labels = text.match(EDITOR_LABEL) ?? [];
  if (labels.length >= 2 || (labels.length === 1 && text.search(EDITOR_LABEL) === 0)) return "furniture.editor-line";
  // `（责任编辑：王某）`, `【责任编辑 王某】`: a web copy's editor line in brackets. (Not `（编辑 王某）` under a story, a signature,
  // nor `（制图：王某）`, a chart's credit.)
  const bracketed = BRACKETED.exec(text)?.[1];
  const inner = bracketed?.match(EDITOR_LABEL) ?? [];
  return bracketed !== undefined && inner.length >= 1 && bracketed.search(EDITOR_LABEL) === 0 && !STORY_CREDIT_LABEL.test(inner[0]!) ? "furniture.editor-line" : null;
}
/** In brackets, these credit the story itself (its signature, its chart or its picture), not the page: `（编辑 王某）`, `（制图：王某）`. */
const STORY_CREDIT_LABEL = new RegExp(`^(?:${anyOf(STORY_CREDIT_LABELS)})$`, "u");
/** A line wholly inside one pair of brackets, and what they hold. */
const BRACKETED = /^[（(【\[〔]\s*([^（()）【】\[\]〔〕]+?)\s*[)）】\]〕]$/u;

type FurnitureRule = "furniture.address" | "furniture.jump-line" | "furniture.running-head" | "furniture.editor-line" | "correction.role";
/** `扫码看视频`, `扫一扫 看更多`, `扫描二维码阅读全文`, `扫二维码 了解更多`: a prompt to scan a code, alone on its line. */
const SCAN_PROMPT = /^(?:[\p{Script=Han}]{0,8}请)?(?:扫一扫|扫码|扫描?[\p{Script=Han}]{0,4}?二维码|长按识别二维码)\s*(?:(?:即可|可)?(?:查看|观看|看|阅读|收听|关注|了解|获取|下载|进入|参与|报名)[\p{Script=Han}\s]{0,10})?$/u;
const PAGE_NUMBER = /^[A-Z]?\d{1,3}$/u;
/** `广告`, `【广告】`: an advertisement's mark. */
const AD_MARK = /^[【\[（(]?\s*(?:广告|公益广告|商业广告)\s*[】\]）)]?$/u;
/**
 * What stands alone at the very top or bottom of a page for its running head: a page number (`03版`), a date printed with
 * dots or dashes, a weekday, the day's lunar date (`农历七月二十`, a weekday before it or not).
 */
const EDGE_FURNITURE = new RegExp(`^(?:[A-Z]?\\d{1,3}|\\d{1,3}\\s*版|${YEAR}[.\\-/]${DAY_NUMBER}[.\\-/]${DAY_NUMBER}|(?:星期|周)[一二三四五六日天]|(?:(?:星期|周)[一二三四五六日天]\\s*)?${LUNAR_DATE})$`, "u");
/** `2015年4月13日 星期`: the running head's date whose weekday's character the copy lost (only above everything else: a detail's
 * date cut there, `2024年5月20日 星期` / `一至星期五…`, goes on under it). */
const WEEKDAY_LOST = new RegExp(`^${YEAR}\\s?年\\s?${DAY_NUMBER}\\s?月\\s?${DAY_NUMBER}\\s?日\\s*(?:星期|周)$`, "u");
/** The page's name alone (`综合`; not a photo story's label, `图片新闻`, which heads its story), under other lines of the running head. */
/** A news page's name, the kind of news before 新闻 (`地方新闻`, `国际新闻`): the page's, never a story's column or a picture's label. */
const NEWS_PAGE_NAME = new RegExp(`^(?:${anyOf(NEWS_PAGE_NAMES)})$`, "u");
const PAGE_NAME_ALONE = new RegExp(`^(?!(?:${anyOf(PHOTO_STORY_LABELS)})$)${PAGE_NAME}$`, "u");
/**
 * A front page's masthead, line by line: `农民日报`, `中国•企业家日报`, `FARMERS' DAILY`, `中国农业新闻网：www.farmer.com.cn`.
 * (A daily's or an evening paper's name: headlines ending in 报, `三秋生产传捷报`, `天气预报`, `黑板报`, name none,
 * nor does `图片新闻`.)
 */
const MASTHEAD_ENDINGS = PRESS_ENDINGS.filter((e) => e.length > 1 && e.endsWith("报") && e !== "报社");
const MASTHEAD = new RegExp(`^(?:[\\p{Script=Han}][\\p{Script=Han}·•・]{0,10}(?:${anyOf(MASTHEAD_ENDINGS)})|[A-Z][A-Z'’.&\\- ]{3,40}|(?:[\\p{Script=Han}]{2,12}[：:]\\s*)?(?:https?://)?www\\.[\\w.\\-]+(?:/\\S*)?)$`, "u");
/**
 * `（下转第二版）`, `(上接A1版)`, `（转第3版）`, `（上接一版②）`: where the story goes on, alone on its line (a circled number says
 * which of the page's jumped stories). (A copy may drop the 版 after 下转第 or 上接第, `（下转第3）`: 第 and the number say it.)
 */
const JUMP_LINE = /^[（(]\s*(?:(?:下转|上接|紧接|转|接|续)(?:第)?\s*[\dA-Z一二三四五六七八九十]{1,4}\s*版|(?:下转|上接)第\s*[\dA-Z一二三四五六七八九十]{1,4})\s*[①-⑳]?\s*[)）]$/u;
/**
 * `更多报道见A6版`, `（相关新闻见第三、四版）`, `（相关报道见2—5版）`, `详见第5版`, `详见A3、4` (a page's code needs no 版), `{相关新闻见p04}`
 * (a page by p and its number, in any brackets): a pointer to other pages, bracketed or not. `相关报道见：为某某建言献策`: a pointer
 * to a related story by its title, after a colon (no sentence closes in it).
 */
const SEE_PAGE = /^[（(]?\s*(?:更多|相关)(?:报道|新闻|评论|阅读)请?详?见[：:]\s*[^。！？；]{2,40}?[)）]?$|^[{｛〔【（(]\s*(?:更多|相关)?(?:报道|新闻|内容)?请?详?见\s*[pP]\s*\d{1,3}\s*[}｝〕】)）]$|^(?:[（(]\s*)?(?:(?:更多|相关|详细|特别)?(?:报道|新闻|内容|图片|图文|评论|消息|链接)?请?详?见)(?:第)?\s*[\dA-Z一二三四五六七八九十]{1,4}(?:\s*[、,，—\-－~～至]\s*(?:第)?[\dA-Z一二三四五六七八九十]{1,4})*\s*版\s*(?:[)）])?$|^[A-Z]?\d{1,3}(?:\s*[、,，]\s*[A-Z]?\d{1,3})+\s*版$|^(?:[（(]\s*)?(?:更多|相关)?(?:报道|新闻|内容)?请?详见\s*[A-Z]\d{1,2}(?:\s*[、,，—\-－~～至]\s*[A-Z]?\d{1,2})*\s*(?:[)）])?$|^[（(]\s*(?:更多|相关)?(?:报道|新闻|内容)?请?见\s*[A-Z]\d{1,2}(?:\s*[、,，—\-－~～至]\s*[A-Z]?\d{1,2})*\s*[)）]$/u;

/** A speaker's turn in an interview, `李某：…`, `问：…`: no headline. */
const SPEAKERS_TURN = /^\S{1,4}[：:]/u;
/** The shortest line under a paper set apart before its reporter's role that reads as the text it heads. */
const MIN_TEXT_UNDER_APART = 20;
/** The longest line read as a headline's over a byline that signs with a given name. */
const MAX_HEADLINE_ABOVE = 40;

/** A bracketed credit that closes on 摄, 摄影, 摄影报道 or 供图, then the caption's text on the same line. */
const LEADING_CREDIT = /^([（(][^（）()]{2,40}?(?:摄影报道|摄影|摄|供图)\s*[)）])\s*(\S.{5,})$/u;

/** A caption's sentences, white space, then a short line of people: `…书画创作。 某某日报记者 甲`. */
const SENTENCE_THEN_PEOPLE = /^(.{4,60}?[。！？])\s+(\S.{1,30})$/u;

/** The caption and its credit, where the line's people are reporters whom the next line signs the text with too. */
function readReporterCredit(text: string, next: string | undefined): { caption: string; credit: Credit } | null {
  const m = next === undefined ? null : SENTENCE_THEN_PEOPLE.exec(text);
  if (!m) return null;
  const people = readBylineLine(m[2]!);
  if (!people || people.dateline !== null || people.authors.length === 0 || !people.authors.every((a) => REPORTER_ROLE_SET.has(a.role ?? ""))) return null;
  const signing = readBylineLine(next!);
  if (!signing || !people.authors.every((a) => signing.authors.some((b) => b.name === a.name))) return null;
  return { caption: m[1]!, credit: { credit: m[2]!, photographers: people.authors } };
}

export function readUnits(page: string, on: (rule: RuleName) => boolean = () => true, roles: ReadonlyMap<number, CorrectedRole> = new Map()): Unit[] {
  const units: Unit[] = [];
  const lines = splitLines(page);
  for (const [index, { text, line, gap, marked, pointer }] of lines.entries()) {
    const at = pointer ? { text, line, gap, marked, pointer } : { text, line, gap, marked };
    // An editor's role for the line decides what it is; nothing is read into it.
    const role = roles.get(line);
    if (role !== undefined) {
      if (role === "furniture") units.push({ kind: "furniture", ...at, rule: "correction.role" });
      else if (role === "credit") units.push({ kind: "credit", ...at, credit: readCredit(text) ?? { credit: text, photographers: [] } });
      else if (role === "byline") units.push({ kind: "byline", ...at, byline: readBylineLine(text) ?? { byline: text, dateline: null, authors: [] } });
      else units.push({ kind: "text", ...at, listItem: false, captionOf: false, forced: role });
      continue;
    }
    // A date alone above everything else on the page is the running head's (a notice's sign-off comes after its text).
    // (So is the masthead above it: the paper's name, its name in Latin capitals, its web address.)
    // (A page's name only under other lines of the running head: alone at the top, `评论` may be its first story's column label;
    // but a news page's name, `地方新闻`, `本地新闻`, labels the page, no story.)
    const runningHead = units.every((u) => u.kind === "furniture") && (isBareDate(text) || EDGE_FURNITURE.test(text) || WEEKDAY_LOST.test(text) || MASTHEAD.test(text) || (units.length > 0 && PAGE_NAME_ALONE.test(text)) || NEWS_PAGE_NAME.test(text));
    const furniture = furnitureRule(text, on) ?? (runningHead ? "furniture.running-head" : null);
    if (furniture) {
      units.push({ kind: "furniture", ...at, rule: furniture });
      continue;
    }
    const credit = readCredit(text);
    if (credit) {
      units.push({ kind: "credit", ...at, credit });
      continue;
    }
    const lead = readLead(text);
    if (lead) {
      // `本报讯 …。（记者 甲）`: a lead's block closed by a sentence and who signed it (a brief of one block, as a rule): the
      // lead, its text, the signature.
      const signedBrief = lead.authors.length === 0 && on("signature.end-of-paragraph") ? readSignedEnd(lead.rest) : null;
      units.push({ kind: "lead", ...at, lead: signedBrief ? { ...lead, rest: signedBrief.text } : lead });
      if (signedBrief) units.push({ kind: "byline", text: signedBrief.byline.byline, line, gap: 0, marked: false, byline: signedBrief.byline });
      continue;
    }
    // (`记者：嘉某` signs with a given name only right under a headline's line: a short line that closes no sentence, or closes
    // on a cry or a question as a headline may, `金边华校迎来开学季！`, when no speaker's turn, `李某：…？`, an interview's.)
    const above = units.at(-1);
    // (A line in a speaker's turn's form, `钟南山：…`, heads unless it answers a turn or a question above it: then it is an
    // interview's turn, `记者：…？` / `王某：还行吧`.)
    const twoAbove = units.at(-2);
    const turnInText = above?.kind === "text" && SPEAKERS_TURN.test(above.text) && twoAbove?.kind === "text" && (SPEAKERS_TURN.test(twoAbove.text) || /[？?]$/u.test(twoAbove.text));
    const underHeadline = above?.kind === "text" && ((!endsSentence(above.text) && !/[，,、：:]$/u.test(above.text)) || /[！？!?]$/u.test(above.text)) && !turnInText && above.text.length <= MAX_HEADLINE_ABOVE;
    // (A paper set apart before its reporter's role, `中国某某报网 记者 甲`, is vouched for by a mark, a note of what they made, or a
    // headline's line right above it with the text's first paragraph right under it; not by another such line above or under it,
    // `人民日报 记者 甲` / `新华社 记者 乙`: a list of journalists; nor when it names a photographer, `某报 摄影记者 甲`: a credit.)
    const apartUnderHeadline = (): Byline | null => {
      const below = lines[index + 1]?.text ?? "";
      if (!underHeadline || /摄/u.test(text) || below.length < MIN_TEXT_UNDER_APART || !/[，。,]/u.test(below)) return null;
      return readPaperApartLine(below, true) === null && readPaperApartLine(above.text, true) === null ? readPaperApartLine(text, true) : null;
    };
    const byline = readBylineLine(text) ?? readPaperApartLine(text, marked) ?? apartUnderHeadline() ?? readMarkedWriter(text, marked) ?? readMarkedDesk(text, marked);
    const given = byline === null && underHeadline && on("byline.given-name") ? readGivenNameByline(text) : null;
    if (byline || given) {
      units.push(given ? { kind: "byline", ...at, byline: given, given: true } : { kind: "byline", ...at, byline: byline! });
      continue;
    }
    // `通讯员 余某彪）`: a signature whose opening bracket the copy lost (a web page's, as a rule) signs as the bracketed one
    // does. (Reporters' roles only; and never under a block that left a bracket open: a column cut the bracket's words.)
    const unopened = on("signature.lost-bracket") && UNOPENED.test(text) && !leftOpen(units.at(-1)?.text ?? "") ? readBylineLine(text.slice(0, -1).trimEnd()) : null;
    if (unopened && unopened.dateline === null && unopened.authors.length > 0 && unopened.authors.every((a) => REPORTER_ROLE_SET.has(a.role ?? ""))) {
      units.push({ kind: "byline", ...at, byline: { ...unopened, byline: text } });
      continue;
    }
    // `（某报全媒体记者 甲/文 乙/图`: one whose closing bracket it lost signs so too, a reporter among them and everyone a
    // reporter or named by what they made (文, 图, 摄: not a team's credit, `（策划 甲 统筹 乙 记者 丙`). (Not over a block that
    // closes a bracket: a column cut the bracket's words, `（记者 甲 通讯员` / `乙）近日，…`.)
    const unclosed = on("signature.lost-bracket") && UNCLOSED.test(text) && !closesBracket(lines[index + 1]?.text ?? "") ? readBylineLine(text.slice(1).trimStart()) : null;
    if (unclosed && unclosed.dateline === null && unclosed.authors.some((a) => REPORTER_ROLE_SET.has(a.role ?? "")) && unclosed.authors.every((a) => REPORTER_ROLE_SET.has(a.role ?? "") || MADE_ROLES.has(a.role ?? ""))) {
      units.push({ kind: "byline", ...at, byline: { ...unclosed, byline: text } });
      continue;
    }
    // `（李某 摄）2月3日是立春，…`: a credit in brackets printed before its caption, on the caption's line.
    // (Not a byline of words and pictures, `（记者 甲 文/摄）`, nor a caption's own words, `（图为无人机拍摄）`.)
    const creditFirst = on("credit.before-caption-same-line") ? LEADING_CREDIT.exec(text) : null;
    const leading = creditFirst && !/文|图为/u.test(creditFirst[1]!) ? readCredit(creditFirst[1]!) : null;
    if (creditFirst && leading) {
      units.push({ kind: "credit", text: creditFirst[1]!, line, gap, marked, credit: leading, beforeCaption: true });
      units.push({ kind: "text", text: creditFirst[2]!, line, gap: 0, marked: false, listItem: false, captionOf: true });
      continue;
    }
    // `两地作家在华侨管理区进行书画创作。 某某日报记者 甲` / `□某某日报记者 甲`: reporters named after a caption's sentence on its
    // line, no 摄, the same reporters signing the text on the next line: the picture's credit, its maker the text's writer.
    const reporterCredit = on("credit.reporter-on-caption-line") ? readReporterCredit(text, lines[index + 1]?.text) : null;
    if (reporterCredit) {
      units.push({ kind: "text", ...at, text: reporterCredit.caption, listItem: false, captionOf: true });
      units.push({ kind: "credit", text: reporterCredit.credit.credit, line, gap: 0, marked: false, credit: reporterCredit.credit });
      continue;
    }
    const captioned = splitTrailingCredit(text);
    if (captioned) {
      units.push({ kind: "text", ...at, text: captioned.caption, listItem: false, captionOf: true });
      units.push({ kind: "credit", text: captioned.credit.credit, line, gap: 0, marked: false, credit: captioned.credit });
      continue;
    }
    // `…书写春联。（记者 月映红）`: the reporter signs at the end of the last paragraph, on its line.
    const signed = on("signature.end-of-paragraph") ? readSignedEnd(text) : null;
    if (signed) {
      units.push({ kind: "text", ...at, text: signed.text, listItem: false, captionOf: false });
      units.push({ kind: "byline", text: signed.byline.byline, line, gap: 0, marked: false, byline: signed.byline });
      continue;
    }
    // `…带动数百名群众就业增收。■ 葛思逸`: an end mark closes the text, and who made it follows on its line.
    // (A cheap test for a mark first: the pattern's lazy run is costly on every line.)
    const ended = on("signature.after-end-mark") && END_MARK_INSIDE.test(text) ? END_MARK_SIGNATURE.exec(text) : null;
    const after = ended ? readBylineLine(ended[2]!) ?? namedAlone(ended[2]!) : null;
    if (ended && after && after.dateline === null && after.authors.length > 0) {
      units.push({ kind: "text", ...at, text: ended[1]!, listItem: false, captionOf: false });
      units.push({ kind: "byline", text: ended[2]!, line, gap: 0, marked: true, byline: after });
      continue;
    }
    units.push({ kind: "text", ...at, listItem: false, captionOf: false });
  }
  // A page number alone on the page's last line is its running foot's.
  const last = units.at(-1);
  if (last?.kind === "text" && last.forced === undefined && PAGE_NUMBER.test(last.text)) units[units.length - 1] = runningHead(last);
  // The page's name alone on its first line, over another line of the running head (`综合新闻` / `本版责任编辑 甲`), is the running head's too.
  const first = units[0];
  if (first?.kind === "text" && first.forced === undefined && PAGE_NAME_ALONE.test(first.text) && units[1]?.kind === "furniture") units[0] = runningHead(first);
  hoistJumpLines(units);
  unsignListedBylines(units);
  markLists(units);
  markItemsAfterColon(units, on);
  rejoinCutFurniture(units);
  for (const u of units) if (u.kind === "text" && u.forced !== undefined) u.listItem = false;
  return units;
}

/** `（上接第一版）`: where a story jumped from, printed under its repeated headline. */
const CONTINUED_FROM = /^[（(]\s*(?:上接|紧接|接|续)/u;
/** Does the line say where a story jumped from (`（上接第一版）`)? */
export function continuedFrom(text: string): boolean {
  return CONTINUED_FROM.test(text);
}

/** Is this unit a continued-from line (`（上接第一版）`), which stands over a jumped story's repeated headline once lifted? */
function isContinuedFrom(u: Unit | undefined): boolean {
  return u?.kind === "furniture" && u.rule === "furniture.jump-line" && CONTINUED_FROM.test(u.text);
}

/** Is this unit a jump line that sends the story on to another page (`（下转第二版）`), so that its text here ends with it? */
export function continuesElsewhere(u: Unit | undefined): boolean {
  return u?.kind === "furniture" && u.rule === "furniture.jump-line" && !CONTINUED_FROM.test(u.text) && /^[（(]\s*(?:下转|转)/u.test(u.text);
}

/** Was this unit a jump line lifted over the headline it was printed under? */
export function liftedOverHeadline(u: Unit | undefined): boolean {
  return u?.kind === "furniture" && u.lifted === true;
}

/** Most headline lines a continued-from line is lifted over. */
const MAX_REPEATED_HEADLINE = 3;

/**
 * `许昌市人代会胜利闭幕` / `（上接第一版）` / `我们要…`: a jumped story's headline is repeated over
 * its continued text, the continued-from line between them; `…温暖到了” / 扫码看视频 / 本报讯（记者 甲）…`:
 * a prompt to scan is printed between a headline and its lead. Lifted above the headline, the line
 * leaves headline and text together, as on any other story. Only over lines a headline may be, and
 * only where what stands above them has ended (a sentence, a credit, a signature, the page's top):
 * the last piece of a story cut by a column stays with it. (`（下转第二版）` and a pointer to another
 * page close their story and are never lifted.)
 */
function hoistJumpLines(units: Unit[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    // (A signature in brackets after a prompt closes the story above: nothing is lifted over to it.)
    const lifts = u.kind === "furniture" && ((isContinuedFrom(u) && next.kind === "text") || (SCAN_PROMPT.test(u.text) && (next.kind === "lead" || (next.kind === "byline" && !/^[（(]/u.test(next.text)))));
    if (!lifts) continue;
    let start = i;
    while (start > 0 && i - start < MAX_REPEATED_HEADLINE) {
      const above = units[start - 1]!;
      if (above.kind !== "text" || above.forced !== undefined || endsMidPhrase(above.text)) break;
      // (Under a continued-from line a repeated title may run in clauses, `井火不熄，家国情怀`: the jump line vouches for it.)
      if (!canBeTitle(above.text) && !KICKER_CLOSE.test(above.text) && !(isContinuedFrom(u) && canBeHeadline(above.text))) break;
      start--;
    }
    if (start === i || !endsAbove(units[start - 1])) continue;
    units.splice(i, 1);
    units.splice(start, 0, { ...u, lifted: true });
  }
}

/** How a kicker closes, leading into its title: `…发出邀约——`, `…强调：`. */
const KICKER_CLOSE = /(?:——|[：:])$/u;

/** Has what stands above a headline ended: nothing (the page's top), a credit, a signature, furniture, or text (a lead's too) closed by a sentence's end? */
function endsAbove(u: Unit | undefined): boolean {
  return u === undefined || u.kind === "credit" || u.kind === "byline" || u.kind === "furniture" || (u.kind === "text" && endsSentence(u.text)) || (u.kind === "lead" && endsSentence(u.lead.rest));
}

/** A paragraph closed by a sentence end, an end mark (■), then people: `…增收。■ 葛思逸`, `…。■本报记者 甲`. */
const END_MARK_INSIDE = new RegExp(`[${END_MARKS}]`, "u");
/** A line closed by a bracket it never opened: `通讯员 余某彪）`. */
const UNOPENED = /^[^（()）]{3,40}[)）]$/u;
/** A line opened by a bracket that nothing closes: `（通讯员 甲`. */
const UNCLOSED = /^[（(][^（()）]{3,40}$/u;
/** Does the block close a bracket before it opens one (`乙）近日，…`), going on with the words of one opened above it? */
function closesBracket(text: string): boolean {
  const close = text.search(/[)）]/u);
  const open = text.search(/[（(]/u);
  return close >= 0 && (open < 0 || close < open);
}
/** What someone made, as a role after their name: `甲/文`, `乙/图`, `丙 摄`. */
const MADE_ROLES: ReadonlySet<string> = new Set([...MAKER_ROLES, ...PEN_WORK_ROLES]);
/** Does the block leave a bracket open (`…部署下一阶段工作（市委常委、`), its words going on under it? */
function leftOpen(text: string): boolean {
  return (text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[)）]/gu)?.length ?? 0);
}
const END_MARK_SIGNATURE = new RegExp(`^(.{8,}?[。！？”])\\s*[${END_MARKS}]\\s*([^${END_MARKS}]{2,30})$`, "u");

/** A personal name alone (`葛思逸`), surname and all. */
function namedAlone(text: string): Byline | null {
  const name = readBareName(text);
  return name !== null && looksLikeName(name.authors[0]!.name) ? name : null;
}

/** A text unit read again as a line of the page's running head. */
function runningHead(u: Unit): Unit {
  return { kind: "furniture", text: u.text, line: u.line, gap: u.gap, marked: u.marked, rule: "furniture.running-head" };
}

/**
 * A text closed by a sentence end, then who signed it in brackets on its line (`…书写春联。（记者 月某红）`): the text
 * and the signature, or null. (`（记者 甲 文 乙 图）`: each group of names closed by what it made; `（宫某欣陈某升）`: names
 * run together; `（某某日报 记者 甲 乙）`: the paper its reporters work for names no one, nor does what they did, `报道`.)
 */
function readSignedEnd(text: string): { text: string; byline: Byline } | null {
  const signed = /[)）]$/u.test(text) ? (TRAILING_SIGNATURE.exec(text) ?? TRAILING_NAMES.exec(text) ?? TRAILING_RUN_TOGETHER.exec(text)) : null;
  // (`（记者 张某 摄）`: who took a picture is its credit, never the text's signature.)
  if (!signed || readCredit(signed[2]!) !== null) return null;
  const inner = signedNames(signed[2]!.slice(1, -1).trim());
  const madeBy = /文/u.test(inner) ? readMadeBy(inner) : null;
  const together = !madeBy ? runTogetherNames(inner) : null;
  const people = madeBy?.writer ? { people: madeBy.people, clean: true } : together ? { people: together, clean: true } : parsePeople(inner);
  // (Names with no role sign so only two or more together, each a name: `（王某）` alone may be the text's own.)
  // (Of three or four, one may bear a surname too rare to know, 秋某, when the others are names.)
  // (A writer named before the reporters' role, `（何某 本报记者 周某）`, signs with them.)
  const bare = people.people.filter((a) => a.role === null);
  const unknown = bare.filter((a) => !looksLikeName(a.name)).length;
  // (In brackets after the text, beside a reporter named by role, a writer's name may bear any listed surname: `（郎某正 记者 束某）`.)
  const named = people.people.every((a, k) => a.role !== null || namedBeforeRole(people.people, k, LISTED_SURNAME_RANK)) || (bare.length === people.people.length && bare.length >= 2 && (unknown === 0 || (bare.length >= 3 && unknown === 1)));
  if (!people.clean || people.people.length === 0 || !named) return null;
  return { text: signed[1]!, byline: { byline: signed[2]!, dateline: null, authors: people.people } };
}

/** Surnames this far down the list still name a writer in a signature's brackets beside a reporter (郎 is 238th). */
const LISTED_SURNAME_RANK = 400;

/**
 * …or two to four bare names in the brackets: `…中旬。（蒋某 蔡某丹 秋某）`. (A two-character name may be
 * padded for print to a three-character one's width: `（廖某来 林 永）`.)
 */
const BRACKET_NAME = "(?:[\\p{Script=Han}]{2,3}|[\\p{Script=Han}][ \\u3000][\\p{Script=Han}](?![\\p{Script=Han}]))";
const TRAILING_NAMES = new RegExp(`^(.+?[。！？”])\\s*([（(]\\s*${BRACKET_NAME}(?:[\\s、，,]+${BRACKET_NAME}){1,3}\\s*[)）])$`, "u");

/** …or names run together in the brackets: `…。（宫某欣陈某升）` (runTogetherNames tells names from words). */
const TRAILING_RUN_TOGETHER = /^(.+?[。！？”])\s*([（(]\s*[\p{Script=Han}]+\s*[)）])$/u;

/** A paragraph closed by a sentence end, then a reporter's bracketed signature: `（记者 甲）`, `（新华社记者 甲）`, `（《某某日报》记者 甲）`, `（某某日报 记者 甲 乙）`, `（某某日报、某某网记者甲）`, `（文/甲）`; a writer named before the role, `（何某 本报记者 周某）`. */
const TRAILING_SIGNATURE = new RegExp(`^(.+?[。！？”])\\s*([（(]\\s*(?:[\\p{Script=Han}]{2,4}[\\s、，,]+){0,2}(?:(?:《[^《》]{1,18}》|[\\p{Script=Han}A-Za-z]{0,12}?(?:、[\\p{Script=Han}A-Za-z]{1,10}?)?)\\s*(?:${anyOf(REPORTER_ROLES)})|文\\s*[/／])[^（）()]{1,30}[)）])$`, "u");

/**
 * `订阅热线：0871-1` / `234567。`: a label line that a column cut inside its number is the
 * start of a paragraph, not page furniture.
 */
function rejoinCutFurniture(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    if (u.kind === "furniture" && u.rule !== "correction.role" && next.kind === "text" && /[\d\-－]$/u.test(u.text) && /^\d/u.test(next.text)) {
      units[i] = { kind: "text", text: u.text, line: u.line, gap: u.gap, marked: u.marked, listItem: false, captionOf: false };
    }
  }
}

/** One title-shaped line at `i`, then a line that is not (the text or a caption under that title). */
function isTitleOverText(units: readonly Unit[], i: number): boolean {
  const title = units[i];
  const after = units[i + 1];
  return title?.kind === "text" && isBareTitle(title.text) && after !== undefined && (after.kind !== "text" || after.captionOf || !isBareTitle(after.text));
}

/**
 * `任命：` / `张某为…局长` / `刘某为…局长`: short unpunctuated lines that a colon
 * introduces are items, each complete, never a headline or a column's cut.
 */
function markItemsAfterColon(units: Unit[], on: (rule: RuleName) => boolean): void {
  const usual = usualGap(units);
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== "text" || !/[：:]$/u.test(u.text)) continue;
    // `某区某村：` names the place of the story under it; it introduces no list.
    if (PLACE_KICKER.test(u.text) && on("group.place-kicker")) continue;
    // `某某在某会上诚邀：` over one title and then text is a headline's kicker; over a run of short lines, a list.
    if (isColonKicker(u.text) && on("group.colon-kicker") && isTitleOverText(units, i + 1)) continue;
    for (let k = i + 1; k < units.length; k++) {
      const item = units[k]!;
      if (item.kind !== "text" || !isItemShaped(item) || /[，,]/u.test(item.text) || /[：:]$/u.test(item.text)) break;
      // Wider space, or a subtitle, byline or credit after it: the list is over and a headline begins.
      const after = units[k + 1];
      if (item.gap > usual || (after && (after.kind !== "text" || /^(?:——|—)/u.test(after.text)))) break;
      item.listItem = true;
    }
  }
}

/** The most common number of blank lines between blocks of the page (at least one). */
export function usualGap(units: readonly Unit[]): number {
  const counts = new Map<number, number>();
  for (const u of units.slice(1)) counts.set(u.gap, (counts.get(u.gap) ?? 0) + 1);
  let best = 1;
  let seen = 0;
  for (const [gap, n] of counts) if (n > seen || (n === seen && gap < best)) [best, seen] = [gap, n];
  return Math.max(1, best);
}

/** Shortest run of parallel lines read as a list. */
const MIN_LIST = 3;
const MAX_ITEM = 40;
/** Characters that parallel items share at their start or end (`…为副秘书长`). */
const MIN_AFFIX = 3;

/**
 * Parallel short lines with no closing punctuation (`王某为副秘书长` ×8) are
 * list items, each complete: a column break never joins them. (Lines closed by commas that run on into a line closing
 * the sentence, as a poem's parallel lines do, `有时像…，披荆斩棘，` ×3 / `…。`, are no items.)
 */
function markLists(units: Unit[]): void {
  let start = 0;
  while (start < units.length) {
    let end = start;
    const first = units[start]!.text;
    let prefix = first.length;
    let suffix = first.length;
    while (end < units.length && isItemShaped(units[end]!) && !(/[，,]$/u.test(units[end]!.text) && closesVerse(units, end))) {
      const t = units[end]!.text;
      const p = Math.min(prefix, commonPrefix(first, t));
      const s = Math.min(suffix, commonSuffix(first, t));
      if (end > start && Math.max(p, s) < MIN_AFFIX) break;
      prefix = p;
      suffix = s;
      end++;
    }
    if (end - start >= MIN_LIST) {
      for (let i = start; i < end; i++) {
        const u = units[i]!;
        if (u.kind === "text") u.listItem = true;
      }
      start = end;
    } else {
      start++;
    }
  }
}

/** Do the lines from `k` on run on by commas into a line that closes the sentence (`…，` / `…，` / `…。`), as verse does? */
function closesVerse(units: readonly Unit[], k: number): boolean {
  for (let j = k; j < units.length; j++) {
    const u = units[j]!;
    if (u.kind !== "text") return false;
    if (/[。！？!?]$/u.test(u.text)) return true;
    if (!/[，,]$/u.test(u.text)) return false;
  }
  return false;
}

function isItemShaped(u: Unit): boolean {
  return u.kind === "text" && !u.captionOf && u.text.length <= MAX_ITEM && !/[。！？；]/u.test(u.text);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
