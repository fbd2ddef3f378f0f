/**
 * Headline groups: one to three short lines before the lead, read as a reader
 * of the paper would — kicker (引题) above the title, subtitle (副题) below it.
 */
import { ADDRESS_TITLES, ADDRESSEES, anyOf, GOVERNMENT_LEVELS, BRANCH_ENDINGS, BYLINE_ROLES, COMPANY_ENDINGS, COLUMN_LABEL_ENDINGS, COLUMN_NAME_ENDINGS, COMMENTARY_LABELS, DETAIL_LABELS, FOUNDING_VERBS, DISCOURSE_CONNECTIVES, FINDING_VERBS, INSTITUTION_ENDINGS, INTERVIEW_LABELS, LANDMARK_ENDINGS, LAUNCH_VERBS, LEADER_TITLES, NARRATIVE_OPENINGS, NEWS_VERBS, OUTCOME_VERBS, PAGE_NAMES, PLACE_ENDINGS, PERSON_KINDS, PIECE_GENRES, PRESS_ENDINGS, PUBLISHING_VERBS, REPORTER_ACTS, REPORTING_FORMS, ROLE_QUALIFIERS, SPEECH_VERBS, WRITER_KINDS } from "../vocabulary.ts";
import { hasCommonSurname, looksLikeName } from "./surnames.ts";
import { CLOSING_DASH, DASH, isBareDate, isEditorsNote, isPictureLabel, PLACE_KICKER, startsNumberedItem, withoutItemNumber, withoutQuoted } from "./text.ts";
import type { Evidence, RuleName } from "./trace.ts";

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** Longest line we read as a kicker or a title; a subtitle right above the lead may be longer. */
export const MAX_TITLE = 40;
const MAX_SUBTITLE = 240;
/** No headline is a single character. */
const MIN_TITLE = 2;
/** Lines this short can be a headline with no byline after it. */
export const MAX_BARE_TITLE = 32;

/** A line that opens on a discourse connective and a comma (然而，…) continues an argument: prose. */
const CONNECTIVE_START = new RegExp(`^(?:${anyOf(DISCOURSE_CONNECTIVES)})[，,]`, "u");
/** `同时，…`, `此外，…`: a connective and its comma open a sentence that goes on from one before it, never a headline. */
export function opensOnConnective(text: string): boolean {
  return CONNECTIVE_START.test(text);
}

/**
 * Longest headline line in clauses closing on `！` or `？`: the annotated corpus's longest is 27 characters; decks
 * and commentaries' titles run to about 40 (`代表委员热议：如何让更多农民工…，真正融入城市生活？`).
 */
const MAX_CLAUSED_HEADLINE = 40;

/** Could this line be part of a headline group at all? */
export function canBeHeadline(text: string): boolean {
  if (text.length > MAX_SUBTITLE) return false;
  // (`……` alone on its line marks text left out, `＊ ＊ ＊` a break in an essay: marks with no word head nothing.)
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  if (isDialogue(text) || isInterviewTurn(text) || isBareDate(text) || CONNECTIVE_START.test(text) || (CONTACT.test(text) && !COLUMN_COLON.test(text)) || isPictureLabel(text)) return false;
  if (/[：:]$/u.test(text)) return SPEECH_KICKER.test(text) || PLACE_KICKER.test(text) || OCCASION_KICKER.test(text) || isPersonKicker(text) || COLUMN_COLON.test(text);
  // `乔迁“新家”、开席“祝寿”……`: a short kicker trailing off into the title; prose that trails off has a comma or a stop.
  if (/……$/u.test(text)) return text.length <= MAX_TRAILING_KICKER && !/[。；，,！？!?：:]/u.test(withoutQuoted(text));
  if (/[。；，、,;…]$/u.test(text)) return false;
  // (`某某还谈到了…：“我觉得，…重视。”`: words closed by a quotation's last sentence are speech reported in the text; a headline so
  // printed is the quotation alone, `“我们也要奔小康！”`, or a short label and a colon before it, `钟南山：“武汉一定能赢！”`.)
  if (/[。！？!?][”’」』]$/u.test(text) && !/^[“‘「『][^“‘「『]*$/u.test(text) && !QUOTATION_UNDER_LABEL.test(text)) return false;
  if (startsNumberedItem(text) || isSectionNumber(text)) return false;
  const own = withoutQuoted(text);
  if (/[。；]/u.test(own)) return false;
  // `70年，不忘初心，牢记使命，继续前行！`: a cry in three clauses closes a text; no headline runs on so.
  if (/[！!]$/u.test(text) && (own.match(/[，,]/gu) ?? []).length >= 2) return false;
  // `而由此牵动…的抗洪抢险、灾后重建，更谱写出了一篇…壮美乐章！`: clauses that close on a cry or a question, longer
  // than any headline so printed (`3分钟长卷，感受…磅礴力量！`), are a sentence of the text.
  // (A subtitle after a dash, `——一季度…，经济回升向好态势能否持续？`, is a subtitle however long.)
  if (/[！!？?]$/u.test(text) && /[，,]/u.test(own) && own.length > MAX_CLAUSED_HEADLINE && !startsWithDash(text)) return false;
  // A question or exclamation closes a headline; one in the middle means prose (记者问：…？…？),
  // unless the line is short and runs on without a comma: two clauses of a title (撒盐机上路！交通部门开启“扫雪模式”).
  // (`来自某地的刘某：我自豪！我是一个“新某某人”`: who speaks, then the words; the words are weighed alone.)
  const said = SPEAKER_LABEL.exec(own);
  const words = said ? own.slice(said[0].length) : own;
  if (/[？！?!]./u.test(words) && !(words.length <= MAX_EXCLAIMED_TITLE && !/[，,、：:]/u.test(words) && ((words.match(/[？！?!]/gu) ?? []).length === 1 || isChant(words)))) return false;
  return true;
}

/**
 * `国庆节期间，由某政协主办，某画院、某文联`: three clauses or more, outside quotations, that no cry, question or dash
 * closes, sixteen characters or more with clauses of unequal length, one of seven or more, read as a sentence of the
 * text. (A headline runs to two clauses, `水韵天堂，幸福泰州`; longer decks close on a dash, `…，…，精心构筑蓝图——`,
 * or set their clauses apart with a semicolon.)
 */
export function readsAsNarrative(text: string): boolean {
  const own = withoutQuoted(text);
  if ((own.match(/[，,]/gu) ?? []).length < 2 || /[！？!?；;]/u.test(own) || endsWithDash(text) || [...own].length < MIN_NARRATIVE) return false;
  // (Clauses of one length are a slogan's, `看非遗，品年味，过大年`, `天更蓝，水更清，城更美`: a headline's form.)
  const lengths = own.split(/[，,]/u).map((c) => [...c].length);
  return Math.max(...lengths) - Math.min(...lengths) > 1 && Math.max(...lengths) >= MIN_NARRATIVE_CLAUSE;
}
/** A sentence the column cut runs longer than a slogan of three clauses… */
const MIN_NARRATIVE = 16;
/** …and one of its clauses longer than a slogan's. */
const MIN_NARRATIVE_CLAUSE = 7;

/**
 * Who speaks in a title, described with 的 and named, before a colon and the words (`来自某地的刘某：`).
 * (A transcript's turn is a bare name, 主持人某某 or 记者问, and prose says 说.)
 */
const SPEAKER_LABEL = /^[^，,。！？!?：:“”\s]{2,12}的[^，,。！？!?：:“”\s]{2,4}[：:](?=\S)/u;

/** `问：…`, `记者：…`: an interviewer's or interviewee's turn in a transcript, by the label that introduces it. */
const INTERVIEW_TURN = new RegExp(`^(?:${anyOf(INTERVIEW_LABELS)})[：:]\\s*[^\\s：:]`, "u");

export function isInterviewTurn(text: string): boolean {
  return INTERVIEW_TURN.test(text);
}

/** `张某：没问题！`: a speaker's name, a colon and what was said — in a transcript, the answer to the turn before it. */
export const SPEAKER_TURN = /^[\p{Script=Han}·A-Za-z]{1,8}[：:]\s*[^\s：:]/u;

/** Longest title in clauses with a comma that closes on ！ or ？ (你好，2025！); longer, it is prose. */
const MAX_CLAUSED_QUESTION = 20;

/** Short clauses each closed by ！ or ？, a rhetorical title's beat (稳住！稳住！再稳住！, 为什么？凭什么？). */
function isChant(text: string): boolean {
  const clauses = text.split(/[？！?!]+/u).filter((c) => c !== "");
  return clauses.length >= 2 && clauses.length <= 4 && clauses.every((c) => c.length <= MAX_CHANT_CLAUSE);
}

/** Longest clause of a chanted title. */
const MAX_CHANT_CLAUSE = 6;

/**
 * Quoted speech on a line of its own (“我是合肥华联服装厂的下岗工人，…”): a feature's opening
 * dialogue, never a headline. A quoted title is short and one clause (“我们也要奔小康！”).
 */
export function isDialogue(text: string): boolean {
  if (!/^[“"「]/u.test(text) || !/[”"」]$/u.test(text)) return false;
  const inner = text.slice(1, -1);
  // `“某某精神”讨论可概括为「敢干善创」`: two quoted phrases and no sentence, not one quotation
  // (a quotation its speaker interrupts, `“…。”某某说，“…”`, is still speech).
  if (closesEarly(inner) && !/[；;。…！？!?，,]/u.test(inner)) return false;
  return inner.length > 16 || /[；;。…]/u.test(inner) || (inner.match(/[！？!?]/gu) ?? []).length > 1;
}

/** Does a quotation mark close inside `inner` before one opens there (the outer quotation ended early)? */
function closesEarly(inner: string): boolean {
  let depth = 0;
  for (const c of inner) {
    if (c === "“" || c === "「") depth++;
    else if (c === "”" || c === "」") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Could this line be a kicker or a title (not only a long subtitle)? */
export function canBeTitle(text: string): boolean {
  if (text.length > MAX_TITLE) return isPairedTitle(text) || isLongUnpunctuatedTitle(text);
  if (!canBeHeadline(text)) return false;
  // A title may quote a phrase, never a whole sentence (“我就喝了一瓶。”司机王某…).
  if (/[。；]/u.test(text)) return false;
  const own = withoutQuoted(text);
  if (/[，,]/u.test(own) && !/[！？!?]$/u.test(text)) return false;
  // (A question in three clauses, as a cry in three clauses — canBeHeadline above — is the text's, never a title.)
  if ((own.match(/[，,]/gu) ?? []).length >= 2) return false;
  // `一个看上去充满神秘色彩的高原省份，如何向世界递出亮眼名片？`: a long question in clauses is the writer's, in the text.
  if (/[，,]/u.test(own) && own.length > MAX_CLAUSED_QUESTION) return false;
  return true;
}

/** Figures and the marks between them only, no letter (`2002.5.18→2020.5.18`, `3:1`, `5.2%`; not `5G`, `iPhone 15`). */
const FIGURES_LINE = /^(?=.*[\d０-９])[\d０-９\s.．:：\-－—→~～/／%％·]+$/u;

/** Longest title read without a pair's space: a leader's visit named in full (`某某检查…情况参加指导…专题民主生活会`). */
const MAX_LONG_TITLE = 56;
/**
 * A line longer than a title but with no mark at all (prose has commas every clause or two): a long title, where a
 * title's place says so (over a subtitle or a byline). Not one that opens as narrative does (`今年以来我市坚持…`).
 */
export function isLongUnpunctuatedTitle(text: string): boolean {
  return text.length > MAX_BARE_TITLE && text.length <= MAX_LONG_TITLE && /^[\p{Script=Han}\d\s“”《》·]+$/u.test(text) && !NARRATIVE_OPENING.test(text) && canBeHeadline(text);
}
const NARRATIVE_OPENING = new RegExp(`^(?:${anyOf([...NARRATIVE_OPENINGS, ...DISCOURSE_CONNECTIVES])})`, "u");

/**
 * Two titles side by side on one line, a space between them (欢迎各地朋友走进中山… 欢迎全国全球企业家…):
 * a couplet headline, longer than one title may be, each half a title of its own.
 */
export function isPairedTitle(text: string): boolean {
  // (`重上某某山 再走会师路——2023某某推广季`: a campaign's banner, its name and its occasion joined by a dash.)
  const halves = /^(\S.{2,29}?)(?:[ \u3000]+|——)(\S{4,30})$/u.exec(text);
  return halves !== null && canBeHeadline(text) && canBeTitle(halves[1]!) && canBeTitle(halves[2]!);
}

/** A series' label before its colon or bar (`仙游边界行：`, `新疆影像7日丨`): a few characters, no clause. */
const SERIES_LABEL = /^([^，,。；：:丨|\s]{2,10})[：:丨|]\s*\S/u;

/**
 * Does the line open on the title's own series label, with something else after it
 * (`仙游边界行：东许筑巢迎凤来` and `仙游边界行：万缕千丝绣斜尾`)? Two stories of one series.
 */
export function sharesSeriesLabel(title: string, line: string): boolean {
  const own = SERIES_LABEL.exec(title)?.[1];
  return own !== undefined && own === SERIES_LABEL.exec(line)?.[1] && bareText(title) !== bareText(line);
}

const bareText = (text: string) => text.replace(/\s+/gu, "");

/** A notice's contact line (`邮箱：…`, `联系电话：…`), an e-mail address or a web address: never a headline. */
const CONTACT = /^(?:地址|通讯地址|邮箱|电子邮箱|邮编|[\p{Script=Han}]{0,4}(?:电话|热线|邮箱|传真)|网址|联系人|E-?mail)[：:]|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|www\./iu;

/** Longest kicker read when it ends in an ellipsis. */
const MAX_TRAILING_KICKER = 20;

/** Longest title read with a question or exclamation mark inside it. */
const MAX_EXCLAIMED_TITLE = 24;

/** A title that needs no byline after it to be believed: short and plainly a headline. */
export function isBareTitle(text: string): boolean {
  // (A line that reports an event done, ending on its verb, is counted without its quotation marks, which take no reading's
  // room: `纪念…题词“开发矿业”66周年暨“全国矿业工作者日”座谈会在京召开`. A sentence its column cut after quoted words, `…开展了
  // “美丽庭院”“文明楼道”和“邻里守望”三项创建活动`, counts them.)
  const length = NEWS_VERB_END.test(text) ? text.replace(/[“”"「」『』]/gu, "").length : text.length;
  return canBeTitle(text) && text.length >= MIN_TITLE && (length <= MAX_BARE_TITLE || isPairedTitle(text)) && (!endsMidPhrase(text) || COUNTED_END.test(text));
}

/**
 * `城区新增公共停车位800个`, `新区累计引进产业项目超千个`: a figure and its measure word close a title whose noun stands before
 * them; in text the noun follows (`建成3个` / `示范点`), so the line is read as open wherever it is read as text.
 */
const COUNTED_END = /[\d０-９千万百][多余]?个$/u;

/**
 * `一、规划先行`, `1.规划先行`: a numbered heading, a number and a bare title of at most `maxLength` characters. Numbered in Han
 * numerals (`一、`), a part of a speech or a report is headed so at a title's length (`一、科学技术进步是纺织工业55年发展历程的
 * 主线`) where `partsOfText` says the line heads part of a text, not an item of a list a colon announced (`…如下：` / `一、凡在
 * 本市居住满一年的` / `外来务工人员均可申请…`, an item a column cut).
 */
export function isNumberedHeading(text: string, maxLength: number, partsOfText = false): boolean {
  const rest = withoutItemNumber(text);
  return rest !== text && rest.length <= (partsOfText && HAN_NUMBERED.test(text) ? MAX_BARE_TITLE : maxLength) && isBareTitle(rest);
}

const HAN_NUMBERED = /^[一二三四五六七八九十]{1,3}、/u;

/** `一`, `（二）`, `Ⅲ`: a part's number alone on its line, heading the part under it; no column leaves a numeral alone at a line's start. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[)）]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])$/u;
export function isSectionNumber(text: string): boolean {
  return SECTION_NUMBER.test(text);
}

/**
 * Ends where no headline ends: on a digit (a number wants its measure word), a
 * preposition, conjunction, particle or determiner (从设计、施工到 / 一个门洞住着1), a verb that wants the news it
 * heard after it (李大伯听说 / 广贺高速路要开工，…; 得知, 获悉, 告诉),
 * or with a quote or bracket left open — the cut of a column. (在 that closes a word,
 * 魅力何在, 问题所在, 无处不在, is no preposition.)
 */
export function endsMidPhrase(text: string): boolean {
  // (`社评 0721`: the paper's opinion label and the day or number of the piece, a column's heading, not a number cut.)
  if (DATED_OPINION_LABEL.test(text)) return false;
  // (Both patterns look at the line's last few characters only, a count after 的 the longest, `的120余篇`: test them on its tail.)
  const tail = text.slice(-7);
  return (MID_PHRASE_END.test(tail) && !RESULT_TO.test(tail)) || leavesOpen(text) || OPEN_EXCEPT.test(text);
}

/**
 * `大会除了安排多项精彩歌舞表演` / `及拍卖活动…之外，…`: 除了 opens a frame its 之外 (以外, 外), a comma, or the clause that
 * goes on from it (还, 也, 都, 更, 就, 只, 别, 没, 又, 一无: `除了金牌还有什么`) closes, or a headline's space
 * (`除了坚持 别无选择`); a line that leaves it open was cut inside it. (Not 除 of a verb, `拆除了`, `摘除了`.)
 */
const OPEN_EXCEPT = /(?<![拆清排消免删去扣剔解革铲废根破摒祛驱切摘撤移开扫割戒拔滤剪抹擦卸])除了(?![^，,。；;！？!?：:\s]*(?:外|还|也|都|更|就|只|别|没|又|一无))[^，,。；;！？!?：:\s]*$/u;

/** Who speaks or what it is, in a few words, a colon and the quotation: `钟南山：“武汉一定能赢！”`, `总书记的嘱托：“…。”`. */
const QUOTATION_UNDER_LABEL = /^[^，。；！？“”‘’,;!?]{1,12}[：:]\s*[“‘「『][^“‘「『]*$/u;

/** (与 at the end wants what it joins, `…与`, but 参与 is a verb whole: `逾千人参与`; 向 wants where to, but 动向, 方向, 走向
 * are nouns whole: a column's label, `动向`.)
 * (A count and its measure word after 的 at the end, `…收到的40多篇`, want the noun they count; a title may end on a count
 * whose noun it leaves out, `…数量达到67家`, `其中一等奖20件`; nor 条 and 项, `…发展的20条` titling a policy.) */
const MID_PHRASE_END = /(?:[\d０-９的和及或而并但把被将从对往给让使令以之于到是个这那其该各每“‘（(《：:]|(?<!参)与|(?<![动方走导意倾去取志转风纵横指])向|(?<![所何自健常永同犹不])在|\d[.．]|听说|得知|获悉|告诉|(?<![的与和及或])(?:自称|声称|宣称|号称)|的[\d一二三四五六七八九十百千两几]+[多余]?[篇名位件家种辆台座所批份幅首部支]|斥资|耗资|(?:投资|花费|总额|高达)(?:逾|约|近|超)|逾)$/u;

/** A quote or bracket opened and not closed (“我们要把群众的事, 中国中车集团（C): the column cut the sentence inside it. */
function leavesOpen(text: string): boolean {
  if (!OPENERS.test(text)) return false;
  const depth = new Array<number>(BRACKET_PAIRS.length).fill(0);
  // (Every mark here is one UTF-16 code unit: the text is walked a unit at a time, most of them no mark at all.)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const opens = OPENING.get(c);
    if (opens !== undefined) depth[opens]!++;
    else {
      const closes = CLOSING.get(c);
      if (closes !== undefined && depth[closes]! > 0) depth[closes]!--;
    }
  }
  return depth.some((d) => d > 0);
}

const BRACKET_PAIRS = [["“", "”"], ["‘", "’"], ["（", "）"], ["(", ")"], ["《", "》"], ["【", "】"], ["「", "」"]] as const;
const OPENING: ReadonlyMap<number, number> = new Map(BRACKET_PAIRS.map(([open], i) => [open.charCodeAt(0), i]));
const CLOSING: ReadonlyMap<number, number> = new Map(BRACKET_PAIRS.map(([, close], i) => [close.charCodeAt(0), i]));
const OPENERS = /[“‘（(《【「]/u;

/** 到 closing a verb as its result (想到, 做到, 回到): the phrase is complete. */
const RESULT_TO = /[想做得达看找遇收感受来回听办见]到$/u;

/** A kicker that closes on a colon: `…时强调：`. */
/**
 * A column's label for readers' letters and calls closed by a colon, nothing after it, `民情热线：`, `读者来信：`: a kicker over the
 * title it heads.
 * (A hotline to call, `服务热线：`, `新闻热线：`, is a contact's label, its number to follow.)
 */
const COLUMN_COLON = new RegExp(`^[\\p{Script=Han}]{0,6}(?:${anyOf(COLUMN_LABEL_ENDINGS)})(?<!(?:服务|新闻|报料|投诉|咨询|举报|广告|发行|订阅|求助|值班|监督|读者|便民)热线)[：:]$`, "u");
const SPEECH_KICKER = new RegExp(`(?:${anyOf([...SPEECH_VERBS, ...PUBLISHING_VERBS])})[：:]$`, "u");
/** A line closed by a colon that frames the words of someone at an occasion: a kicker, never a heading of its own. */
export function isColonKicker(text: string): boolean {
  return text.length <= MAX_TITLE && (SPEECH_KICKER.test(text) || OCCASION_KICKER.test(text) || isPersonKicker(text) || COLUMN_COLON.test(text));
}

/** Who is speaking, described and named, then a colon: `退伍军人、通讯员唐某斌：`, `市长张某：`, `脱贫户女儿小某芬：`. */
const PERSON_KICKER = new RegExp(`^[\\p{Script=Han}、·]{0,16}(?:${anyOf([...BYLINE_ROLES, ...WRITER_KINDS, ...PERSON_KINDS, ...ADDRESSEES])}|${LEADER_TITLES.join("|")})([\\p{Script=Han}]{2,3})[：:]$`, "u");
/**
 * How a feature calls a child or a neighbour, after who they are to others: `女儿小某芬`, `村民老某`. (After any other
 * word, 小组, 小区, 老家 are words.)
 */
const KIN_NICKNAME = new RegExp(`(?:${anyOf(PERSON_KINDS)}|${anyOf(WRITER_KINDS)})[小老阿][\\p{Script=Han}]{1,2}[：:]$`, "u");

/** A name, then how the paper addresses its bearer, then a colon: `张某代表：`, `李某委员：`, `王某院士：`. */
const NAME_TITLE_KICKER = new RegExp(`^[\\p{Script=Han}、·]{0,12}?([\\p{Script=Han}]{2,3})(?:${anyOf(ADDRESS_TITLES)}|${LEADER_TITLES.join("|")})[：:]$`, "u");

function isPersonKicker(text: string): boolean {
  const m = PERSON_KICKER.exec(text) ?? NAME_TITLE_KICKER.exec(text);
  // (A name of two characters must start with a common surname: 市长张某 is a name, 读者来信 is not.)
  return m !== null && text.length <= MAX_PERSON_KICKER && ((looksLikeName(m[1]!) && (m[1]!.length === 3 || hasCommonSurname(m[1]!))) || KIN_NICKNAME.test(text));
}


/** Longest line read as a speaker's kicker. */
const MAX_PERSON_KICKER = 24;
/**
 * Who, at what occasion, said or did what, then a colon: `某某在代表团开放团组活动上诚邀：`. A reporter's
 * own line (`记者在采访中了解到：`) introduces what follows and is text.
 */
const OCCASION_KICKER = new RegExp(`^(?!记者|本报)[\\p{Script=Han}·、]{2,16}在[\\p{Script=Han}“”·、]{2,24}(?:上|时|中|期间|之际|前夕)(?!${anyOf([...FINDING_VERBS, "了解", "听到"])})[\\p{Script=Han}]{1,4}[：:]$`, "u");
const KICKER_END = new RegExp(`(?:${anyOf([...SPEECH_VERBS, "透露", "承诺", "致辞", "讲话时", "时说"])}|[：:]|……|…)$`, "u");
const KICKER_FRAME = /(?:时强调|上强调|时指出|上指出|时要求|上要求|时表示|上表示|调研时|出席|系列评论之|系列报道之|之[一二三四五六七八九十]+$|对(?:本报)?记者(?:谈话|说|表示|称)$)/u;
const OCCASION = /^(?:(?:在|于|为了|为)\S{2,}(?:上|时|中|之际|期间|前夕)|(?:就|围绕|出席)\S{2,}|(?:从|透过|由)\S{2,20}(?:看|说起|谈起))$/u;
/** Verbs a news title states its fact with. */
const NEWS_VERB = new RegExp(anyOf(NEWS_VERBS), "u");
/** A line ending on one: it reports an event done. */
const NEWS_VERB_END = new RegExp(`(?:${anyOf(NEWS_VERBS)})$`, "u");
/** An institution as the subject that opens a title: 市人大常委会…, 全国政协…, 省商务厅… */
const INSTITUTION_END = new RegExp(`(?:${anyOf(INSTITUTION_ENDINGS)})$`, "u");
const DEATH = /(?:逝世|去世|辞世)$/u;

export function isKicker(text: string): boolean {
  return KICKER_END.test(text) || KICKER_FRAME.test(text) || OCCASION.test(text) || isColumnName(text) || DATED_OPINION_LABEL.test(text) || FOLLOW_UP.test(text) || modifiesNext(text);
}
/**
 * `参加法国总统竞选的` / `最小华裔“小选民”`: a line closing on 的 modifies what the next line names, and frames it. (Not where
 * 是 makes it a sentence of its own, `幸福都是奋斗出来的`.)
 */
function modifiesNext(text: string): boolean {
  return MODIFIER_END.test(text) && !text.includes("是");
}
const MODIFIER_END = /[\p{Script=Han}”」》]{3,}的$/u;
/** An earlier report's title and what this one is to it (`《南湖公园内臭水沟熏人》后续`, `《…》一文见报后`): a follow-up's kicker. */
const FOLLOW_UP = /^.{0,10}《[^《》]{4,40}》(?:一文)?(?:后续|追踪|跟踪|回访|续报|反馈|回音|反响|见报后)(?:报道)?$/u;
/** A column's or a special issue's name, a noun phrase: never a title that says what was done with one (`本报推出两会特刊`). */
function isColumnName(text: string): boolean {
  return COLUMN_NAME.test(text) && !COLUMN_LAUNCHED.test(text) && !NEWS_VERB.test(text);
}
const COLUMN_LAUNCHED = new RegExp(anyOf(LAUNCH_VERBS), "u");
/** The paper's opinion label and the piece's day (four, six or eight digits) or number after a space (`社评 0721`, `时评 第12期`; `时评 3` is a page's head): a kicker. */
export function isDatedOpinionLabel(text: string): boolean {
  return DATED_OPINION_LABEL.test(text);
}
const DATED_OPINION_LABEL = new RegExp(`^(?:${anyOf(COMMENTARY_LABELS)})\\s+(?:\\d{4}(?:\\d{2}){0,2}|第\\d{1,4}期)$`, "u");
const COLUMN_NAME = new RegExp(`^[\\p{Script=Han}·・]{2,20}(?:${anyOf(COLUMN_NAME_ENDINGS)})$`, "u");

const STARTS_WITH_DASH = new RegExp(`^${DASH}`, "u");
const ENDS_WITH_DASH = new RegExp(`${CLOSING_DASH}$`, "u");

export function startsWithDash(text: string): boolean {
  return STARTS_WITH_DASH.test(text);
}

/** Does the line close on a dash, leading into what follows (a kicker over its title, a sentence into its text)? */
export function endsWithDash(text: string): boolean {
  return ENDS_WITH_DASH.test(text);
}

/**
 * Assigns the lines of a headline group. With no cue either way two lines are
 * title + subtitle and three are kicker, title, subtitle.
 */
export function readHeadline(lines: readonly string[]): Headline {
  return assignHeadline(lines).headline;
}

/** The same, with the rule that decided it; `on` says whether an optional rule may fire. */
export function assignHeadline(lines: readonly string[], on: (rule: RuleName) => boolean = () => true, context: HeadlineContext = {}): { headline: Headline; rule: RuleName; evidence?: Evidence[] } {
  const [a, b, c] = lines;
  if (a === undefined) throw new Error("a headline group has at least one line");
  if (b === undefined) return { headline: { kicker: null, title: a, subtitle: null }, rule: "headline.single" };
  if (c !== undefined) return { headline: { kicker: a, title: b, subtitle: c }, rule: "headline.three-lines" };
  if (startsWithDash(b)) return { headline: { kicker: null, title: a, subtitle: b }, rule: "headline.dash-subtitle" };
  // A second line longer than any title (a deck of a sentence or two) is the subtitle of the first.
  if (on("headline.long-subtitle") && canBeTitle(a) && b.length > MAX_TITLE && !canBeTitle(b)) return { headline: { kicker: null, title: a, subtitle: b }, rule: "headline.long-subtitle" };
  const evidence = weighTwoLines(a, b, on, context);
  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  if (score > 0) {
    const strongest = evidence.filter((e) => e.weight > 0).sort((x, y) => y.weight - x.weight)[0]!;
    return { headline: { kicker: a, title: b, subtitle: null }, rule: strongest.feature as RuleName, evidence };
  }
  const rule: RuleName = evidence.some((e) => e.weight < 0) ? "headline.subtitle-cue" : "headline.title-then-subtitle";
  return { headline: { kicker: null, title: a, subtitle: b }, rule, evidence: evidence.length > 0 ? evidence : undefined };
}

/** What the lines' surroundings say about them. */
export interface HeadlineContext {
  /** The group is closed by a bare name on its own line: a column's piece, signed by its writer. */
  signedByName?: boolean;
  /** The first line is printed again on the page: over each piece of a column, its label. */
  repeated?: boolean;
}

/** Verbs and phrases a line that states the news carries. */
const STATES_NEWS = new RegExp(anyOf([...NEWS_VERBS, ...OUTCOME_VERBS]), "u");

/**
 * A line that states news by its own verb, not a slogan that urges one (`努力打造某某样板`, `加快推进…`):
 * an exhortation opens on how, with no one doing it.
 */
function statesNewsItself(text: string): boolean {
  return STATES_NEWS.test(text) && !EXHORTATION.test(text);
}
const EXHORTATION = /^(?:努力|奋力|全力|着力|加快|持续|大力|积极|全面|深入|坚持|不断|争当|争做|勇当|携手|扎实|切实|坚定|凝心聚力|踔厉奋发|勇毅)/u;

/** `扎实做好各项工作 奋力推动高质量发展`: a slogan, each of its phrases urging how, no one doing it. */
function isExhortation(text: string): boolean {
  return text.split(/[ \u3000]+/u).every((phrase) => EXHORTATION.test(phrase));
}

/** Does the line state news (召开, 举行, 推进…), as a title does and a column's label never? */
export function statesNews(text: string): boolean {
  return STATES_NEWS.test(text);
}
/** A line naming a place, alone or before a colon: what a kicker names above the news. (Down to its street, `某区某街道某社区东安街`.) */
const PLACE_LINE = new RegExp(`^(?:[\\p{Script=Han}·]{1,6}?(?:${anyOf(PLACE_ENDINGS)})){1,4}(?:(?!.*(?:${anyOf([...NEWS_VERBS, ...OUTCOME_VERBS, ...FOUNDING_VERBS])}))[\\p{Script=Han}]{1,4}?(?:${anyOf(LANDMARK_ENDINGS)}))?(?:[：:].+)?$`, "u");
/** A place's office or body named alone, no verb (`某县建成养老服务中心` reports one): `某省某县人武部`, `某市某区人民法院`. */
const UNIT_LINE = new RegExp(`^(?!.*(?:${anyOf([...NEWS_VERBS, ...OUTCOME_VERBS, ...FOUNDING_VERBS])}))(?:[\\p{Script=Han}·]{1,6}?(?:${anyOf(PLACE_ENDINGS)})){1,4}[\\p{Script=Han}]{1,8}?(?:${anyOf(INSTITUTION_ENDINGS)})$`, "u");
/** A company or a bureau and its branch named alone, no verb: `中铁二十五局一公司`, `某某集团某分公司`, `某某建设集团`. */
const COMPANY_LINE = new RegExp(`^(?!.*(?:${anyOf([...NEWS_VERBS, ...OUTCOME_VERBS, ...FOUNDING_VERBS, "是", "变身", "成为"])}))[\\p{Script=Han}]{2,10}?(?:${anyOf(COMPANY_ENDINGS)})(?:[\\p{Script=Han}]{1,6}?(?:${anyOf(BRANCH_ENDINGS)}))?$`, "u");
/** The paper's reporters and what they did, opening a line: `本报记者聚焦…`, `记者调查…`, `记者探访…`. */
const REPORTERS_DECK = new RegExp(`^(?:本报|本刊)?(?:${anyOf(ROLE_QUALIFIERS)})?记者(?![站节证])[\\p{Script=Han}]{0,6}?(?:${anyOf(REPORTER_ACTS)})`, "u");
/** What a piece marks: `纪念…创刊六十周年`, `庆祝…成立100周年`, `纪念…诞辰120周年`. */
const ANNIVERSARY = /^(?:纪念|庆祝|喜迎|献礼)[^，。！？；：\s]{2,24}(?:周年|华诞|诞辰)$/u;
/** A line opening on the paper's own place, at any level of government: 我市, 我省, 我县, 我区, 我州, 我旗. */
const LOCAL_SELF = new RegExp(`^我(?:${anyOf(GOVERNMENT_LEVELS)})`, "u");
/** A line that ends on a question mark. */
const ASKS = /[？?]$/u;
/** A line that speaks to the reader: 您, 你, 咱. */
const ADDRESSES_READER = /[您你咱]/u;
/** The day or the anniversary a piece marks, named alone: `庆祝第二十三个中国记者节`, `喜迎建党百年华诞` (a festival, `…艺术节`; `…细节`, `…季节`, `…环节` name none); or any occasion 喜迎 welcomes, a verb that makes no noun (`喜迎党代会 奋进这五年`; 纪念馆 does). */
const MARKED_OCCASION = /^(?:(?:纪念|庆祝|喜迎|献礼)[^，。！？；：\s]{2,24}(?:周年|华诞|诞辰|(?<![细季环章情关礼气调脱音时])节)|喜迎[^，。！？；：]{2,24})$/u;
/** A line that names the kind of piece at its end: 侧记, 走笔, 纪实…. */
const GENRE_DECK = new RegExp(`(?:${anyOf(PIECE_GENRES)})$`, "u");
/** Who attended, printed under the title: a subtitle. */
const ATTENDANCE = /(?:参加|出席|陪同)(?:会见|会谈|活动|会议|仪式)?$|^(?!.*[来到赴等])[\p{Script=Han}、]{4,10}参观$|出席并讲话$|参加会见$/u;

/**
 * Two headline lines with no dash: is the first a kicker above the title, or the title above
 * a subtitle? Each named feature weighs for the kicker (positive) or the subtitle (negative);
 * with nothing either way the lines are title and subtitle.
 */
export function weighTwoLines(a: string, b: string, on: (rule: RuleName) => boolean = () => true, context: HeadlineContext = {}): Evidence[] {
  const out: Evidence[] = [];
  // A piece signed with a bare name is a column's: a label-shaped line over its title is the column's name (鹏城早茶 / 期待回家 / 苟骅).
  if (context.signedByName && on("headline.kicker-column") && isColumnLabel(a)) out.push({ feature: "headline.kicker-column", weight: 3 });
  if (on("headline.kicker-cue") && (isKicker(a) || endsWithDash(a))) out.push({ feature: "headline.kicker-cue", weight: 4 });
  // The same line over two pieces on the page (不文明行为曝光台 / 光膀出行…; … / 乱丢垃圾…): no title twice, a column's label.
  if (context.repeated && on("headline.kicker-repeated")) out.push({ feature: "headline.kicker-repeated", weight: 4 });
  // An editor's note heads its piece as the title; a line over it is the kicker (记者节特刊 / 编者按).
  if (on("headline.note-under-kicker") && isEditorsNote(b)) out.push({ feature: "headline.note-under-kicker", weight: 6 });
  // A place over the title, alone or before a colon and its theme (柯城区 / 长寿面暖心助老; 某村：从革命老区到爱情村落 / 一直“红”下去).
  // (Or a place's office, `某省某县人武部` / `组织抢险救灾课目演练`: the unit over what it did.)
  // (Or a company and its branch, `中铁二十五局一公司` / `大湾区各建设工地热切关注全国两会`: who did it, over what they did.)
  if (on("headline.kicker-place") && (PLACE_LINE.test(a) || UNIT_LINE.test(a) || COMPANY_LINE.test(a)) && !PLACE_LINE.test(b) && !UNIT_LINE.test(b) && !COMPANY_LINE.test(b)) out.push({ feature: "headline.kicker-place", weight: 3 });
  if (on("headline.kicker-frames-title") && framesTitle(a, b)) out.push({ feature: "headline.kicker-frames-title", weight: 3 });
  // A question over a line that asks none (`您还记得两站小区的老样子吗？` / `老旧小区改造“改”出幸福新生活`): the line under it answers,
  // stating the news, the title; the question frames it. (Over another question, `…卡在哪儿？` / `…咋就这么难？`, it is the title.)
  // (Only a question put to the reader, `您…吗？`, `你还记得…`: a question of the title's own, `年轻人为何爱上夜校？`, `房价还会涨吗？`,
  // heads a deck that explains it.)
  if (on("headline.kicker-question") && ASKS.test(a) && ADDRESSES_READER.test(a) && !/[？?]/u.test(b)) out.push({ feature: "headline.kicker-question", weight: 3 });
  // The day or the anniversary the piece marks, over a line that marks none (`庆祝第二十三个中国记者节` / `初心不改 逐梦前行`):
  // the occasion frames the title, as `在…之际` does. (Under the title it is the deck: see subtitle.anniversary.)
  if (on("headline.kicker-occasion") && MARKED_OCCASION.test(a) && !MARKED_OCCASION.test(b) && !statesNewsItself(b)) out.push({ feature: "headline.kicker-occasion", weight: 3 });
  // Figures and no words over a worded line (`2002.5.18→2020.5.18` / `满怀感恩 十八岁 满怀憧憬`): a span of years, a date, a score
  // frame the title; no title is figures alone.
  if (on("headline.kicker-figures") && FIGURES_LINE.test(a) && /\p{Script=Han}/u.test(b)) out.push({ feature: "headline.kicker-figures", weight: 4 });
  // A series' name of several parts over the title (祖国颂·金秋走基层·打卡五彩河南 / 黄色与绿色的交汇).
  if (on("headline.kicker-series") && isSeriesName(a) && !isSeriesName(b)) out.push({ feature: "headline.kicker-series", weight: 3 });
  // A column's label over the title: longer than the label by a few characters, or the label only two characters long (漫话 / 不明之水).
  if (on("headline.kicker-label") && isColumnLabel(a) && (b.length >= a.length + 4 || (a.length === 2 && b.length >= 4) || AWARD.test(a) || PAGE_NAME_LINE.test(a) || /^[【〖［\[]/u.test(a))) out.push({ feature: "headline.kicker-label", weight: 3 });
  if (on("headline.kicker-scene")) {
    const verb = STATES_NEWS.exec(b);
    if (verb && verb.index >= 2 && verb.index <= 16 && !statesNewsItself(a) && a.length <= 20 && !/[，,、]/u.test(b.slice(0, verb.index))) out.push({ feature: "headline.kicker-scene", weight: 2 });
  }
  // What the paper's reporters did, over the news in clauses (`记者跟访我省交警“冬季行动”第一天` / `省内交通违法，随时可能被抓`): it
  // frames the title as a kicker, as under the title it is the deck. (Over a deck of phrases, `记者探访某书房` / `全天开放 刷脸借书`,
  // it is the title.)
  if (on("headline.kicker-reporters") && REPORTERS_DECK.test(a) && !REPORTERS_DECK.test(b) && /[，,]/u.test(withoutQuoted(b)) && !/\s/u.test(b.trim()) && !/[：:]/u.test(a)) out.push({ feature: "headline.kicker-reporters", weight: 3 });
  // A clause with a comma over a plain title: the comma line sets the scene (上午，记者在奉贤看到… / 相信上海…).
  if (on("headline.kicker-clause") && /[，,]/u.test(withoutQuoted(a)) && !/[，,]/u.test(withoutQuoted(b)) && canBeTitle(b)) out.push({ feature: "headline.kicker-clause", weight: 2 });
  // A meeting held, then the slogan it set (某某主持召开市政府全体会议 / 扎实做好各项工作 奋力推动高质量发展): the slogan is the title.
  if (on("headline.kicker-over-exhortation") && statesNewsItself(a) && isExhortation(b)) out.push({ feature: "headline.kicker-over-exhortation", weight: 4 });
  // Who or where, a colon, then what they say or do (`汝南：筑牢城乡发展之基…`, `屠某绍：绵延30年的不解之缘`): the title, the line
  // over it its kicker (a theme, a column's name). (Not a detail's label, `地点：…`, nor over another such line.)
  if (on("headline.kicker-over-speaker") && SPEAKER_TITLE.test(b) && !SPEAKER_TITLE.test(a) && !/[：:]/u.test(a) && !DETAIL_LINE.test(b) && !SAID_BEFORE_COLON.test(b)) out.push({ feature: "headline.kicker-over-speaker", weight: 3 });
  // `第二批革命文物保护利用片区分县名单出炉` / `我市有5个县（市）共入选3个片区`: the wider news over what it means for the paper's own
  // place (我市, 我省, 我县…): the local line is the title, the wider one its kicker.
  if (on("headline.kicker-local-news") && LOCAL_SELF.test(b) && !LOCAL_SELF.test(a)) out.push({ feature: "headline.kicker-local-news", weight: 3 });
  if (on("headline.subtitle-cue")) {
    // `黑板报` / `（欢迎各黑板报采用）`: a note wholly in brackets under a line is that line's label, the subtitle.
    if (/^[（(][^（）()]{2,20}[)）]$/u.test(b) && !/^[（(]/u.test(a)) out.push({ feature: "subtitle.bracketed-note", weight: -4 });
    if (ATTENDANCE.test(b)) out.push({ feature: "subtitle.attendance", weight: -4 });
    // What the paper's reporters did for the story (本报记者聚焦…, 记者调查…): the deck under the title.
    if (REPORTERS_DECK.test(b) && !REPORTERS_DECK.test(a)) out.push({ feature: "subtitle.reporters-deck", weight: -4 });
    // The kind of piece it is, named at the line's end (`…开工动员大会侧记`, `…采访活动走笔`): the deck under the title.
    // (Not under a column's label or a series' name, `图片新闻` / `田间地头丰收特写`: the label is the kicker over that title.)
    if (GENRE_DECK.test(b) && !GENRE_DECK.test(a) && !isColumnLabel(a) && !isSeriesName(a) && !PAGE_NAME_LINE.test(a)) out.push({ feature: "subtitle.genre-label", weight: -4 });
    // The anniversary the piece marks, under its title (`青春澎湃` / `纪念《某某青年报》创刊六十周年`): the deck, as it is after a dash.
    // (Not under a slogan of phrases set apart by a space, `奋斗百年路 启航新征程`: a slogan frames the anniversary as a kicker does.)
    if (ANNIVERSARY.test(b) && !ANNIVERSARY.test(a) && !/\s/u.test(a.trim())) out.push({ feature: "subtitle.anniversary", weight: -4 });
    if (statesNewsItself(a)) out.push({ feature: "subtitle.title-states-news", weight: -2 });
    // A second line ending on a dash leads into the text under it (`供暖首日，我家为何冷冰冰？` / `昨日百余个电话打进本报热线——`):
    // the deck, as a first line so ending leads into the title and is its kicker.
    // (−2: a kicker's own form, a column's label or an occasion, +3, still makes the line under it the title, `新春走基层` / `坚守在
    // 岗位上的他们——`.)
    if (endsWithDash(b) && !endsWithDash(a)) out.push({ feature: "subtitle.leads-into-text", weight: -2 });
  }
  return out;
}

/** `我与某某日报的故事`: I and the paper (a station, a site, a magazine; or a name in title marks), and 的故事, its part's number after it. */
const PAPER_ESSAY_SERIES = new RegExp(`^我[与和](?:《[^《》]{1,14}》|[^，,。！？!?\\s《》]{1,14}?(?:${anyOf([...PRESS_ENDINGS, "刊"])}))的故事(?:[①-⑳]|[（(][一二三四五六七八九十\\d]{1,3}[)）])?$`, "u");

/** Three or more short parts joined by middle dots, or a series and its part (…·产业篇, 《…》之百泉, …寄语①): a series or campaign's name, no sentence. */
function isSeriesName(text: string): boolean {
  const parts = text.split(/[·•・]/u);
  if (parts.length >= 3) return parts.every((p) => /^[\p{Script=Han}\d“”]{2,8}$/u.test(p));
  // `某某名家寄语①`, `走基层（三）`: a series' name with the number of its part.
  if (/^[\p{Script=Han}《》“”\d]{4,24}(?:[①-⑳]|[（(][一二三四五六七八九十\d]{1,3}[)）])$/u.test(text)) return true;
  // `第五站：永甸镇`, `第三篇 产业`: the numbered stop or part of a series, and what it is.
  if (/^第[一二三四五六七八九十百\d]{1,3}[站期篇集辑章季](?:[：:·][\p{Script=Han}\d]{1,10})?$/u.test(text)) return true;
  // `我与某某日报的故事`, `我和某报的故事⑮`: a paper's readers' essay series, run for its anniversary, each essay under its own
  // title. (The paper, a station or a site is named: `我和雷锋的故事` is an essay's own title.)
  if (PAPER_ESSAY_SERIES.test(text)) return true;
  // `《记者一线听泉声》之百泉`: a series named in title marks, and its part.
  if (/^《[^《》]{2,16}》之[\p{Script=Han}\d]{1,8}$/u.test(text)) return true;
  // `新春走基层`, `聚焦高质量发展·一线观察`: a running column named for its form of reporting, after a middle dot that sets it
  // apart from the theme, or a campaign's 走基层. (Alone, the form may be a clause's verb: `警方已介入调查`, `仍在留院观察`.)
  if (REPORTING_COLUMN.test(text) && !statesNews(text)) return true;
  // `乡村振兴看株洲·产业篇`: a series and its part.
  return parts.length === 2 && /^[\p{Script=Han}\d“”]{2,12}$/u.test(parts[0]!) && /^[\p{Script=Han}\d]{1,6}篇$/u.test(parts[1]!);
}

/**
 * `新春走基层：让节日餐桌菜香价稳`, `聚焦民生·一线观察：…`: a running column's name and a colon before the words: a story's title
 * as the column prints it; a part of a story is headed by no column's name. (A page's name may be a sector's, `民生：…`,
 * `教育：…`, as a report's parts are headed: not read so.)
 */
export function opensOnColumnName(text: string): boolean {
  const label = COLUMN_BEFORE_COLON.exec(text)?.[1];
  return label !== undefined && REPORTING_COLUMN.test(label) && !statesNews(label);
}
const COLUMN_BEFORE_COLON = /^([\p{Script=Han}·・]{2,14})[：:]\s*\S{4}/u;

/** A column's name that ends on a form of reporting after a middle dot (`…·一线观察`), or on 走基层, its part's number after it. */
const REPORTING_COLUMN = new RegExp(`^(?:[\\p{Script=Han}]{2,12}[·・][\\p{Script=Han}]{0,4}(?:${anyOf(REPORTING_FORMS)})|[\\p{Script=Han}]{1,10}走基层)(?:[①-⑳]|[（(][一二三四五六七八九十\\d]{1,3}[)）])?$`, "u");

/** Who or where, closed by a colon, then the words: `汝南：筑牢…`, `《某报》第二任总编辑包某庆：到处歌山如旧识`. (A clause before the colon, `这个时节的忙碌都是充满喜悦的：`, is prose.) */
const SPEAKER_TITLE = /^(?![^：:]*[的是了在])[^：:，,。！？!?“”\s]{2,16}[：:]\s*[^\s：:]{2}/u;
/** A verb of saying before the colon (`他说：…`, `某某强调：…`, `提醒：…`): who speaks is not named so in a title. */
const SAID_BEFORE_COLON = new RegExp(`^[^：:]*(?:${anyOf([...SPEECH_VERBS, "说", "问", "答", "提醒", "问题"])})[：:]`, "u");
/** `某某认为：…`, `他说：…`: narrative that introduces words with a verb of saying before the colon, no heading's label. */
export function introducesWords(text: string): boolean {
  return SAID_BEFORE_COLON.test(text);
}

/** A detail's or a transcript's label before a colon: `地点：…`, `记者：…`. */
const DETAIL_LINE = new RegExp(`^(?:${anyOf([...DETAIL_LABELS, ...INTERVIEW_LABELS])})[：:]`, "u");

/** A page's or column's own name (图片新闻, 要闻, 评论): over a title, a label, however long the title. */
const PAGE_NAME_LINE = new RegExp(`^(?:${anyOf(PAGE_NAMES)})$`, "u");

/** A prize over a contest entry's title: `二等奖` / `渔船进化论`. */
const AWARD = /^(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖|入围奖|最佳\p{Script=Han}{1,4}奖)$/u;

/** A column's label printed above the title: `简讯`, `来信`, `60后`, `中秋-提醒`, `图片新闻`, `【来稿选登】`. */
export function isColumnLabel(text: string): boolean {
  if (AWARD.test(text)) return true;
  // (Digits may be part of one: `60后`, `00后说`.)
  return /^(?=.*\p{Script=Han})[\p{Script=Han}\d]{2,4}$/u.test(text) || /^[\p{Script=Han}]{1,4}[-·—|｜][\p{Script=Han}]{1,4}$/u.test(text) || /^[【〖［\[][^【】〖〗［］\[\]]{2,16}[】〗］\]]$/u.test(text);
}


/**
 * The second line states the news and the first only frames it: an epithet
 * for the subject (著名作家、翻译家 / …逝世; 全国劳动模范、“金牌焊工” / 某某获评…),
 * or a how-phrase before an institution's act (走村入户察民情 / 市人大开展专题调研).
 */
function framesTitle(a: string, b: string): boolean {
  if (DEATH.test(b)) return true;
  const verb = NEWS_VERB.exec(b);
  if (!verb || NEWS_VERB.test(a)) return false;
  if (/、/u.test(a) && !/、/u.test(b)) return true;
  const subject = b.slice(0, verb.index);
  return a.length <= 12 && !/\s/u.test(a) && subject.length <= 14 && INSTITUTION_END.test(subject);
}
