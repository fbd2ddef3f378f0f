/**
 * Bylines and datelines. A lead opens the first paragraph
 * (`新华社北京11月6日电`, `株洲日报(全媒体记者/X)`, `本报讯（记者 X）`,
 * `本报北京11月8日讯记者X报道：`); a byline line stands alone
 * (`本报记者 X`, `本报评论员`, `(执笔：A、B)`, `文/X`, a bare name).
 */
import type { Dateline, Person } from "../model.ts";
import { ADDRESS_TITLES, ADDRESSEES, anyOf, LEADER_TITLES, PERSON_KINDS, PERSON_TRADES, WRITER_STANDINGS, APP_SUFFIXES, BYLINE_ROLES, REPORTER_ROLES, HOUSE_AGENCIES, LEAD_DATE, MADE_NOTES, MEETING_VERBS, ORGANISATION_ENDINGS, PEN_WORK_ROLES, PLACE_ENDINGS, POSTFIX_ROLES, PRESS_ENDINGS, RECENT_DAYS, ROLE_QUALIFIERS, SIGNATURE_ROLES, TEXT_NOTES, TRAILING_NOTES, VISIT_VERBS, WHEN_WORDS, WORK_ROLES, WRITER_KINDS } from "../vocabulary.ts";
import { endsAsPlace, parsePeople, readMadeBy, signedNames, splitRunTogether, withoutPaperApart } from "./people.ts";
import { COMMON_SURNAME_RANK, hasCommonSurname, looksLikeName, looksLikeVouchedName, startsWithSurname, surnameRank } from "./surnames.ts";
import { isCommonWord } from "./column.ts";
import { placeLevel } from "./places.ts";
import { DASH, isEditorsNote } from "./text.ts";

export interface Byline {
  byline: string;
  dateline: Dateline | null;
  authors: Person[];
}

export interface Lead extends Byline {
  /** The paragraph text after the lead, without the space that separated them. */
  rest: string;
}

const PRESS_NAME = `[\\p{Script=Han}A-Za-z]{1,10}?(?:${anyOf(PRESS_ENDINGS)})`;
/** One outlet's name, or a paper's and its site's (`《某某报》、某某网`), title marks or not. */
const PAPER_AND_SITE = `(?:《[\\p{Script=Han}A-Za-z]{1,12}?(?:${anyOf(PRESS_ENDINGS)})》|${PRESS_NAME})(?:[、·]\\s*(?:《[\\p{Script=Han}A-Za-z]{1,12}?》|${PRESS_NAME}))?\\s*`;
/**
 * A house agency, or a paper's name; a site and its paper joined by a dash (`玉林新闻网-玉林日报`) are one,
 * and so are a paper and its app (`中国青年报客户端`, `央视新闻客户端`, `某某新闻网·大美某某客户端`).
 */
const AGENCY = `${anyOf(HOUSE_AGENCIES)}|《${PRESS_NAME}》|${PRESS_NAME}[-－—·][\\p{Script=Han}A-Za-z]{1,8}?(?:${anyOf(APP_SUFFIXES)})|(?:${PRESS_NAME}[-－—·])?${PRESS_NAME}(?:${anyOf(APP_SUFFIXES)})?`;
/** A paper's own newsroom brand after its name: `社潍坊融媒` (潍坊日报社), `某某新闻`. */
const BRAND_AFTER_PAPER = new RegExp(`^社?[\\p{Script=Han}]{1,6}?(?:${anyOf(PRESS_ENDINGS)})$`, "u");
/** Agencies whose name alone is enough: with any other, a lead needs a date or a clear break after 讯/电. */
const KNOWN_AGENCY = new RegExp(`^(?:${anyOf(HOUSE_AGENCIES)})$`, "u");
const DATE = LEAD_DATE;
const PLACE = "[\\p{Script=Han}·]{1,12}?";

/** `（北京七日电）`, `（本报北京3月7日电）`: where and on what day a dispatch was filed, alone in brackets after its text. */
const DISPATCH = new RegExp(`^[（(]\\s*据?(${anyOf(HOUSE_AGENCIES)})?(${PLACE})?(${DATE}|[一二三四五六七八九十廿卅]{1,3}日)(?:电|讯)\\s*[)）]$`, "u");
export function readDispatch(text: string): Dateline | null {
  const m = DISPATCH.exec(text);
  return m ? { agency: m[1] ?? null, place: m[2] ?? null, date: m[3]! } : null;
}

/** `据新华社北京3月28日电`, `株洲日报2月5日讯`, `本报讯`, `新华社电`. */
/** How far into a paragraph a lead's label can reach: the longest agency, place and date together. */
const LEAD_REACH = 96;
const WIRE = new RegExp(`^(据)?(${AGENCY})(${PLACE})?(${DATE})?(电(?!报[讯刊社])|讯)`, "u");
/** `株洲日报(全媒体记者/胡文洁)`, `本报热线68595555报道（记者…）`: a paper and its reporters, with neither 讯 nor 电. */
const PAPER_CREDIT = new RegExp(`^(${AGENCY})(?:热线[\\d\\-—]{3,16})?(?:报道)?(?=\\s?[（(])`, "u");
// (`本报讯：（记者 甲）`: a colon may stand between the label and its reporters' brackets.)
const PAREN = /^(\s*(?:[：:]\s*)?)(?:[（(〔]([^（()）〔〕\n]{1,80})[)）〕]|【([^【】\n]{1,80})】)/u;
/**
 * `新天水讯【记者辛闻】`, `某某信息港讯（某某日报 记者甲）`: a brand's 讯 (no 报 in its name), believed
 * with reporters in brackets right after it, the paper they work for before their role or not.
 */
const BRAND_LEAD = new RegExp(`^[\\p{Script=Han}·]{2,8}?讯(?=\\s*[【（(]\\s*(?:[\\p{Script=Han}]{2,12}?(?:${anyOf(PRESS_ENDINGS)})\\s*)?(?:本报)?(?:${anyOf(BYLINE_ROLES)}))`, "u");
/** Qualifiers that stand before a reporter's role, as in a byline line: `特派`, `全媒体`, `驻京` (本报驻京记者 张三). */
const QUALIFIERS = `(?:${anyOf(ROLE_QUALIFIERS)}|驻[\\p{Script=Han}]{1,4}?)*`;
/**
 * `本报记者陈黎报道`, `本报记者甲为您报道`, `本报消息记者甲通讯员乙报道`, `某某日报全媒体记者甲、通讯员乙报道：` opening the text: a
 * paper's own report, without 讯 — its reporters' roles and names, then 报道. Any paper's name stands
 * where 本报 does, and any reporter's role, qualified or not, where 记者 does. (So do a paper and its
 * site, `《某某报》、某某网 记者甲 报道：`: title marks may hold the name.)
 */
const OWN_REPORT = new RegExp(`^(?:本报|${PAPER_AND_SITE})(?:消息)?\\s*(${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})\\s*[\\p{Script=Han}、，,\\s]{2,36}?\\s*)(?:为[您你])?报[道导](?![了过的])[：:，,]?`, "u");
/** How the reporters reported, in pictures (摄影, 图文): no place they filed from. */
const MADE_INSIDE = new RegExp(`摄影|${anyOf(MADE_NOTES)}`, "u");
/** `記者陳某交∕台南報導 `, `记者 甲、乙/台北报导：`: a reporter's role, names, a slash, the place filed from and 报道, opening the text. */
const FILED_LEAD = new RegExp(`^((${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)}))\\s*([\\p{Script=Han}、，,\\s]{2,24}?)\\s*[/／∕]\\s*([\\p{Script=Han}]{2,8}?)报[道导])(?:[：:，,]|\\s+)`, "u");
/**
 * `信息兰州网消息 深秋时节…`, `据《某某日报》消息（记者 甲）`, `据新华社消息 …`: a news site's, paper's or agency's 消息, then a space or a
 * bracket. As with a wire's 电, 据 may stand before it, and title marks may hold the paper's name.
 */
const SITE_NEWS = new RegExp(`^据?(?:${anyOf(HOUSE_AGENCIES)}|《[\\p{Script=Han}]{0,10}?(?:${anyOf(PRESS_ENDINGS)})(?:${anyOf(APP_SUFFIXES)})?》|[\\p{Script=Han}]{0,10}?(?:${anyOf(PRESS_ENDINGS)})(?:${anyOf(APP_SUFFIXES)})?)(${DATE})?消息(?=\\s|[（(【：:]|$)[：:]?`, "u");
/** A paper's name, the place it reports from and 消息, the reporters' brackets after it: `某某报马德里消息（`. (Read by NEWS_LABEL.) */
const PLACED_SITE_NEWS = new RegExp(`^(?!据)[\\p{Script=Han}]{1,10}?(?:${anyOf(PRESS_ENDINGS)})[\\p{Script=Han}]{2,6}?(?:${DATE})?消息(?=\\s*[（(【])`, "u");
/**
 * A news label, whole: the house's or a paper's name, the place it reports from (a division the place table knows, or a
 * foreign name of a few characters, none of prose's words in it), the day, and 讯, 消息, or a dated 电; a colon after it.
 * Prose opening a paragraph shapes alike (`本报近日收到喜讯：`, `警方通报最新消息`, `本报热线电话…`): no place in it, a word
 * ending in 报 that names no paper.
 */
function isNewsLabel(label: string): boolean {
  const m = NEWS_LABEL.exec(label.trim());
  if (m === null || BARE_BAO.test(m[1]!)) return false;
  const [place, date, word] = [m[2] ?? "", m[3], m[4]!];
  if (word === "电" && date === undefined) return false;
  return place === "" || namesPlace(place) || (place.length <= 5 && !PROSE_IN_PLACE.test(place));
}
const NEWS_LABEL = new RegExp(`^((?:${anyOf(HOUSE_AGENCIES)})|[\\p{Script=Han}]{2,10}?(?:${anyOf(PRESS_ENDINGS)}))([\\p{Script=Han}·]{2,8}?)?(${DATE})?(讯|消息|电)[：:]?$`, "u");
/** Words ending in 报 that name no paper: a forecast, a notice, good news (`天气预报`, `警方通报`, `喜报`). */
const BARE_BAO = /(?:预|情|喜|通|举|汇|简|海|电|捷|警|回|申|上|公|画)报$/u;
/** Characters of prose's words (a time, a verb of hearing or telling, a particle), never in a place's name read before 讯. */
const PROSE_IN_PLACE = /[的了着过最获悉据查询记者显示传到收发播刊喜捷汛话线连致称接多再次又今近刚已从向对将把被和与及或该其这那也都]/u;
/**
 * `《某某早报》中文版3月25日报道：…`: a paper named in title marks (an edition after it, `中文版`, `海外版`), the
 * day, 报道 and a colon opening the text under a headline: the paper's own dated report (readTitledReport).
 */
const TITLED_REPORT = new RegExp(`^(《[\\p{Script=Han}]{1,10}?(?:${anyOf(PRESS_ENDINGS)})》(?:[\\p{Script=Han}]{1,3}?版)?)(${DATE})报[道导][：:]`, "u");
/** What a brand never holds: a reporter's role (`通讯员张某报道`), or media in general (`多家媒体报道`). */
const NOT_A_BRAND = new RegExp(`${anyOf(REPORTER_ROLES)}|媒体|有关|相关|多家`, "u");
/**
 * `云上潜江报道 3月15日下午，…`: a newsroom's brand and 报道, then a space and the text's date. (Prose
 * never sets 报道 off so; `据报道，` and a reporter's `记者甲报道` are read elsewhere.)
 */
const BRAND_REPORT = new RegExp(`^(?!据|本报|记者)[\\p{Script=Han}]{2,8}?报道(?=\\s+(?:${DATE}))`, "u");

/** `综合本社驻外记者报道：`, `综合外电报道：` after 电: the sources a story gathers, before a colon. */
const GATHERED = /^(\s*综合[\p{Script=Han}]{1,12}?报[道导][：:])/u;
/**
 * `据某某日报报道` after 讯 or 电, the reporters' brackets right after it: the paper a site's lead reprints.
 * (The paper's 报 may double as 报道's, `据某某日报道`, never a day's 日, `据当地媒体今日报道`; a site and its paper may stand joined by a hyphen,
 * `据某某网-某某商报报道：`, a colon before the brackets.)
 */
const REPRINTED = new RegExp(`^\\s+据[\\p{Script=Han}]{1,12}?(?:[-－—·][\\p{Script=Han}]{1,12}?)?(?:(?:${anyOf(PRESS_ENDINGS)})报|(?<![今昨近当本次同每前连终翌]日?)(?:${anyOf(PRESS_ENDINGS)}))[道导](?=[：:]?\\s*[（(])`, "u");
/** The text's day and a time or a comma, opening it: `3月29日上午，`, `3月28日，`. */
const DAY_OPENING = /^\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨|中午|早上|傍晚)?[，,]/u;
/** `记者廖先旺报道：`, `记者甲，通讯员乙报道：`, `特约记者甲报道：` after 讯 or 电 (the colon left off at a line's end: `记者甲报道`). */
const REPORTED = new RegExp(`^(\\s*(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})[\\p{Script=Han}、，, ]{2,30}?报[道导](?:[：:]|(?=\\s)|$))`, "u");
/** REPORTED with nothing between 报道 and the text, which opens a sentence as a report does (记者…, 昨天…, a date). */
const REPORTED_RUN_ON = new RegExp(`^(\\s*(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})[\\p{Script=Han}、，, ]{2,30}?报[道导])(?=记者|本报|据|近日|日前|昨|今|前|\\d)`, "u");
/**
 * `张某、特约记者李某报道：` after 讯 or 电: a writer's bare name before reporters named after a role, as a paper prints its own
 * staff beside its correspondents. (Each bare name must read as a name: namedBeforeRole.)
 */
const NAMES_THEN_REPORTED = new RegExp(`^(\\s*(?:[\\p{Script=Han}·]{2,4}[、，,]\\s*){1,3}(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})[\\p{Script=Han}、，, ]{2,30}?报[道导](?:[：:]|(?=\\s)))`, "u");
/** `杨某、周某某报道：` after 讯 or 电: reporters named with no role, then 报道 and a colon. */
const NAMES_REPORTED = /^(\s*[\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4}){0,5}\s*报[道导][：:])/u;
/**
 * `本报大连7月8日电 记者 王荣琦记者从…获悉`: reporters named after the dateline with no
 * bracket and no 报道. A name is two or three characters; the text then opens with words
 * a lead opens with.
 */
const NAMED_AFTER = new RegExp(`^(\\s+(?:本报)?记者\\s*(?:[\\p{Script=Han}]{2,3}[\\s、]+){0,3}[\\p{Script=Han}]{2,3}?)(?=$|\\s|记者|${anyOf(WHEN_WORDS)}|据|从|在|随着|\\d|“)`, "u");

/** A paper's name, or a paper's and its app's joined by a dot or a dash (`某某报·某某客户端`), as it stands before its reporters' role. */
const PAPER_AND_APP = `${PRESS_NAME}(?:[·\\-－—][\\p{Script=Han}A-Za-z]{1,8}?(?:${anyOf(APP_SUFFIXES)}))?`;

/** `本报记者 张三 通讯员 李四 近日，…`, `某某快报记者张三 昨天…`, `某某报·某某客户端记者 甲 近日…`: a reporter's role first (its paper's name before it), then names, set off by a space from the text they open. */
const INLINE_START = new RegExp(`^(?:本报|${PAPER_AND_APP})?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})(?:\\s|[\\p{Script=Han}]{2,3}\\s)`, "u");
/** A role word alone, or after its paper's name: `记者`, `本报记者`, `城市快报记者`, `本报驻京记者`. */
const INLINE_ROLE = new RegExp(`^(?:本报|${PAPER_AND_APP})?${QUALIFIERS}(?:${anyOf(BYLINE_ROLES)})$`, "u");

/** Work roles under which a short pen name is a name (文, 图 and their pairs). */
const PEN_ROLE_SET: ReadonlySet<string> = new Set(PEN_WORK_ROLES);

/** A role word alone: never a name, however a list of names reads. */
const ROLE_WORD = new RegExp(`^(?:本报)?(?:${anyOf([...BYLINE_ROLES, ...WORK_ROLES])})$`, "u");

/** What the reporters made or did, after their names: `文/摄`, `图/文`, `报道`. */
const INLINE_NOTE = new RegExp(`^(?:${anyOf(TRAILING_NOTES)})[：:，,]?$`, "u");

/** `报道：` run into the text after the names, set off by a space (`记者 张三 报道：近日，…`): what they did, a token of its own. */
const REPORTED_INTO_TEXT = /^([^\s]{2,20}(?:\s+[^\s]{1,12}){1,4}?\s+报[道导][：:，,])(?=\S)/u;

function readInlineByline(text: string): Lead | null {
  // (`经济观察报 记者 甲 面对…`: the paper printed apart before the role is read run into it, and printed as it was.)
  const apart = PAPER_SET_APART.exec(text);
  const read = apart ? apart[1]! + text.slice(apart[0].length) : text;
  if (!INLINE_START.test(read)) return null;
  const tokens = joinPaddedNames(read.replace(REPORTED_INTO_TEXT, "$1 ").split(/(\s+)/u));
  let end = 0;
  let named = false;
  for (let t = 0; t < tokens.length; t += 2) {
    const { people, clean } = parsePeople(tokens[t]!);
    const fits = INLINE_NOTE.test(tokens[t]!) || (clean && people.length > 0 ? people.every((p) => looksLikeName(p.name)) : tokens[t] !== "" && INLINE_ROLE.test(tokens[t]!));
    if (!fits) break;
    if (people.length > 0) named = true;
    end = t + 1;
  }
  // (The text goes on after the names: a line of names alone is a byline line, read elsewhere.)
  if (!named || end >= tokens.length - 1) return null;
  // (What follows must read as text: a sentence's mark, or more than a name's length. `本报记者 甲 肖 云` is a byline line.)
  const rest = tokens.slice(end + 1).join("");
  // (Nor a second byline: `河南日报记者 甲 乙 河南报业全媒体记者 丙` is one byline line.)
  if (!/[，。、；：！？]/u.test(rest) && (rest.length < MIN_INLINE_TEXT || readBylineLine(text) !== null)) return null;
  const joined = tokens.slice(0, end).join("");
  const authors = peopleIn(joined);
  if (!authors || authors.length === 0 || authors[0]!.role === null) return null;
  const byline = apart ? apart[0] + joined.slice(apart[1]!.length) : joined;
  // `本报特派记者甲 本报哈密讯：昨天，…`, `…记者甲 某某晨报 哈密讯：…`: the news label printed after the names, the paper's name
  // set apart from its place or not, is the lead's too; never the text's first words.
  const label = readLeadLabel(rest.replace(PAPER_APART_FROM_PLACE, "$1"));
  if (label && label.authors.length === 0 && isNewsLabel(label.byline.replace(/\s+/gu, "")) && text.endsWith(label.rest)) {
    return { byline: text.slice(0, text.length - label.rest.length).trimEnd(), dateline: label.dateline, authors, rest: label.rest };
  }
  return { byline, dateline: null, authors, rest };
}
/** A paper's name set apart by a space from the place of its 讯: `某某晨报 哈密讯`. */
const PAPER_APART_FROM_PLACE = new RegExp(`^([\\p{Script=Han}]{2,10}?(?:${anyOf(PRESS_ENDINGS)}))[ \\u3000]+(?=[\\p{Script=Han}]{2,6}讯)`, "u");

/** A paper's name (a bare 报 its end too, `经济观察报`) and a space before a reporter's role and a space: `经济观察报 记者 `. */
const PAPER_SET_APART = new RegExp(`^([\\p{Script=Han}]{2,10}?(?:${anyOf(PRESS_ENDINGS)}))\\s+(?=${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})\\s)`, "u");

const MIN_INLINE_TEXT = 12;

/**
 * `记者 张 某 近日，…`: a two-character name padded for print to a three-character name's width is two one-character
 * tokens, a surname and its given name; they are one token, as a byline line reads them (CONVENTIONS: `寒 歌` → `寒歌`).
 * (Tokens and the white space between them alternate, as `split(/(\s+)/)` gives them.)
 */
function joinPaddedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const [word, gap, next] = [tokens[t]!, tokens[t + 1], tokens[t + 2]];
    if (gap !== undefined && next !== undefined && ONE_HAN.test(word) && ONE_HAN.test(next) && startsWithSurname(word)) {
      out.push(word + gap + next, ...(tokens[t + 3] !== undefined ? [tokens[t + 3]!] : []));
      t += 2;
      continue;
    }
    out.push(word, ...(gap !== undefined ? [gap] : []));
  }
  return out;
}
const ONE_HAN = /^\p{Script=Han}$/u;

/** `文/图记者甲`: what the reporter made, run into the role before it (no space, no slash after the role): it names no one. */
const MADE_BEFORE_ROLE = new RegExp(`^(\\s*)(?:文\\/图|图\\/文|文\\/摄|摄\\/文)\\s*(?=(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)}))`, "u");

function peopleIn(text: string): Person[] | null {
  const credit = text.replace(MADE_BEFORE_ROLE, "$1");
  // `记者 霍亮 文/摄`: what the reporters made, after their names, names no one;
  // `某报业集团特别报道组 记者 甲 乙`: the organisation they report for names no one either.
  const reported = credit.replace(/\s*(?:摄影)?报[道导][：:]?\s*$/u, "");
  // (`记者 甲 杭州报道`: where they filed from, before 报道, names no one.)
  const filed = reported !== credit ? filedFromPlace(reported) : null;
  if (filed) return filed;
  const made = reported.replace(/\s+(?:文\/摄|图\/文|文\/图|摄\/文|文图)\s*$/u, "");
  const organisation = REPORTING_FOR.exec(made);
  // (`记者王振会 通讯员李四`: a role and a name ending like an organisation is no organisation.)
  const body = organisation && !ROLE_INSIDE.test(organisation[0]) ? made.slice(organisation[0].length) : made;
  // `记者 乐培意 张锐/文 杨大伟/摄`: names each closed by what they made.
  const madeBy = readMadeBy(body);
  if (madeBy) return madeBy.people;
  const { people, clean } = parsePeople(body);
  // A correspondent's bare name beside reporters with roles (`仇建 实习生 张亦弛 记者 孙莹`) is theirs too.
  const named = people.every((p) => p.role !== null || looksLikeName(p.name)) && people.some((p) => p.role !== null);
  if (!clean || people.length === 0 || !named) return null;
  return people;
}

const ROLE_INSIDE = new RegExp(anyOf(BYLINE_ROLES), "u");
/** An organisation, then a space and a role: `成都日报报业集团特别报道组 记者 …`. */
const REPORTING_FOR = new RegExp(`^[\\p{Script=Han}]{2,20}(?:${anyOf(ORGANISATION_ENDINGS)})\\s+(?=(?:本报)?(?:${anyOf(BYLINE_ROLES)}))`, "u");

/** `卢克余`, `张三 李四`: one to three personal names, surnames and all, with no role; or names run together (`王某刚周某帅`, runTogetherNames). */
function bareNamesIn(text: string): Person[] | null {
  const { people, clean } = parsePeople(text);
  if (!clean || people.length === 0 || people.some((p) => p.role !== null)) return null;
  if (people.length === 1 && !looksLikeName(people[0]!.name)) return runTogetherNames(people[0]!.name);
  if (people.length > 3 || !people.every((p) => looksLikeName(p.name))) return null;
  return people;
}

/** `夜线报道组`, `本报特别采访组`: a reporting team named alone in a lead's brackets, its author by that name (no role word). */
const TEAM = /^[\p{Script=Han}]{1,12}?(?:报道组|采访组|记者组|报道小组|采访小组|调查组)$/u;
function teamIn(text: string): Person[] | null {
  const team = text.replace(/\s+/gu, "");
  return TEAM.test(team) ? [{ role: null, name: team }] : null;
}

/** A work role and a middle dot before a name: `文·甲`, `图·乙`, `摄影·丙`. */
const DOTTED_ROLE = new RegExp(`(^|\\s)(${anyOf(WORK_ROLES.filter((r) => !/[·/]/u.test(r)))})[·•](?=[\\p{Script=Han}])(?![文图摄](?:\\s|$|[/／]))`, "u");

/**
 * `【连网】`: a news outlet's brand alone in lenticular brackets (its name ends as an outlet's does), a lead's label only
 * with reporters' brackets after it. (A roundup's `【北京】（记者 甲）…` and `【延伸阅读】` head parts of one story.)
 */
const BRACKETED_BRAND = new RegExp(`^【[\\p{Script=Han}A-Za-z·]{0,8}(?:${anyOf([...PRESS_ENDINGS, ...APP_SUFFIXES])})】`, "u");

/**
 * `（本报长春二日电）`, `〔本报长春二日电〕`: the paper's or an agency's dispatch, where and when it was filed, in round or
 * tortoise-shell brackets (older papers' form; `〔又电〕`, a later dispatch of the same report, goes on inside its text). A reporter named inside, `（中央社记者
 * 甲台北2日电）`, is read elsewhere: the bracket here opens on the house. Only with text after it on its line: alone, closing a
 * reprint (`（新华社北京4日电）`), it says where the story came from.
 */
const FILED_IN_BRACKETS = `[（(〔](?:(?:${anyOf(HOUSE_AGENCIES)})[\\p{Script=Han}·]{1,8}?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日专?电)[)）〕]`;
/**
 * `【金陵晚报报道】`, `【本报讯】`, `（本报讯）`, `〔本报消息〕`, `{本报讯}`: a lead printed in brackets; in round ones a paper's report too, `（星岛日报报道）`
 * (a paper's name, not a reporter's: `（记者甲报道）` names its reporter, read below).
 */
const BRACKETED_LEAD = new RegExp(`^(?:【[^【】]{1,16}?(?:报[道导]|讯|消息|电)】|[（(](?:本报)?[^（）()〔〕]{0,12}?(?:讯|消息)[)）]|〔(?:本报)?[^（）()〔〕]{0,12}?(?:讯|消息)〕|[{｛](?:本报)?[^{}｛｝]{0,12}?(?<![资快简短])(?:讯|消息)[}｝]|${FILED_IN_BRACKETS}(?=\\s*\\S))`, "u");
/**
 * (Only with the story's text right after it on its line: `（据人民日报报道）` closing a reprint, or `（详见晚报报道）`, says where a
 * story came from or goes on, and heads nothing.)
 */
const PAPER_REPORT_LEAD = new RegExp(`^[（(](?!据|综合|详见|摘自|转自)[\\p{Script=Han}·]{0,10}?(?:${anyOf(PRESS_ENDINGS)})报道[)）](?=\\s*\\S)`, "u");

/**
 * `题：1997年的世界经济：好事做过了头？（记者里奇·米勒）`: after a translated report's label, its original headline and who
 * wrote it, in brackets closing the line (a translation's lead, 参考消息's way).
 */
const ORIGINAL_TITLE = /^\s*题[：:][^（()）]{1,60}?(?=[（(][^（()）]{1,40}[)）]\s*$)/u;

/** `荆楚在线消息（楚天金报）记者甲报道：`: the paper a site's label carries the report of, in brackets after the label, before its reporters. */
const OUTLET_IN_BRACKETS = new RegExp(`^\\s*[（(][\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS)})[)）](?=\\s*(?:本报)?[\\p{Script=Han}]{0,6}(?:${anyOf(REPORTER_ROLES)}))`, "u");

/** `【路透社华盛顿12月11日电】`: the agency (any news agency, 路透社, 法新社), place and day a bracketed wire label names. */
const BRACKETED_WIRE = new RegExp(`^【(${AGENCY}|[\\p{Script=Han}]{1,6}社)(${PLACE})?(${DATE})电】`, "u");
function datelineIn(label: string): Dateline | null {
  const wire = BRACKETED_WIRE.exec(label);
  return wire ? { agency: wire[1]!, place: wire[2] ?? null, date: wire[3]! } : null;
}

/**
 * `本报讯 通讯员 甲`, `本报讯 记者 甲 通讯员 乙` on a line of their own: what follows a lead's label is the label's reporters when
 * it reads as a byline line, every name under a role, and ends the line (the text starts on the next).
 */
function reportersEndLine(after: string): Person[] | null {
  const names = after.trim();
  // (Reporters who say they reported, `记者 甲 报道：`, are read as such elsewhere.)
  if (names === "" || names.includes("\n") || /报[道导]/u.test(names)) return null;
  const line = readBylineLine(names);
  return line && line.authors.length > 0 && line.authors.every((p) => p.role !== null) ? line.authors : null;
}

/** A lead label that opens `text`, with the reporters a bracket right after it names (none when it names nobody). */
function labelWithReporters(label: string, text: string): Lead {
  const titled = ORIGINAL_TITLE.exec(text.slice(label.length)) ?? OUTLET_IN_BRACKETS.exec(text.slice(label.length));
  if (titled) {
    const lead = labelWithReporters(label + titled[0], text);
    if (lead.authors.length > 0) return lead;
  }
  const after = text.slice(label.length);
  const paren = PAREN.exec(after);
  const people = paren ? peopleIn(paren[2] ?? paren[3]!) : null;
  // (`【新华社北京3月5日电】`: a wire's label in brackets dates the story however its text follows.)
  const dateline = datelineIn(label);
  if (paren && people) return { byline: label + paren[0], dateline, authors: people, rest: after.slice(paren[0].length).replace(/^\s+/u, "") };
  // (`【本报讯】记者 甲 通讯员 乙 近日，…`, `【本报讯】记者甲报道：…`: reporters after the label with no bracket, as they follow 本报讯.)
  // (After a label in lenticular brackets, `【某某商报报道】 实习生甲本报记者乙报道记者昨天…`, 报道 may run straight into the text.)
  const reported = REPORTED.exec(after) ?? (/^【/u.test(label) ? REPORTED_RUN_ON.exec(after) : null);
  const byReporter = reported ? peopleIn(reported[1]!.trim().replace(/报[道导][：:]?$/u, "")) : null;
  if (reported && byReporter && byReporter.every((p) => looksLikeName(p.name))) return { byline: label + reported[1]!, dateline, authors: byReporter, rest: after.slice(reported[1]!.length).replace(/^\s+/u, "") };
  const opening = after.replace(/^\s+/u, "");
  const inline = readInlineByline(opening);
  if (inline) return { byline: label + after.slice(0, after.length - opening.length) + inline.byline, dateline, authors: inline.authors, rest: inline.rest };
  const alone = reportersEndLine(after);
  if (alone) return { byline: label + after.trimEnd(), dateline, authors: alone, rest: "" };
  return { byline: label, dateline, authors: reportersInLabel(label), rest: after.replace(/^\s+/u, "") };
}

/**
 * `【經濟日報╱記者/吳某鍇】`, `【聯合晚報╱記者邱某平/台北報導】`, `中國時報【甘某雯╱桃園報導】`, `【沈某勝/南投報導】`: a byline line
 * in lenticular brackets, its parts set apart by slashes, as Taiwan's papers print them: the paper (inside the brackets or
 * before them), the reporter's role, the names, the place filed from and 报导. (A name with no role is believed only with the
 * place filed from after it: `【延伸阅读】` names no one.)
 */
const SLASHED_LABEL = new RegExp(`^(?:${PRESS_NAME})?【\\s*(?:${PRESS_NAME}\\s*[／/∕]\\s*)?(?:(${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)}))\\s*[／/∕]?\\s*)?([\\p{Script=Han}、]{2,12}?)(?:\\s*[／/∕]\\s*([\\p{Script=Han}]{2,6})报[道导])?\\s*】$`, "u");
/**
 * `记者：嘉某`: a reporter's role and a colon, then one name of two or three characters alone on the line: a byline whatever the
 * name (a given name alone, as overseas papers sign). The caller believes it only right under a headline: elsewhere such a line
 * may be an interview's turn, `记者：请讲`. (Not a word, `记者：你好`, nor a place, `记者：北京`.)
 */
export function readGivenNameByline(text: string): Byline | null {
  const roleColon = ROLE_COLON_NAME.exec(text);
  const name = roleColon?.[2];
  return name !== undefined && !isCommonWord(name) && !NO_GIVEN_NAME.test(name) && !namesPlace(name) && !endsAsPlace(name) ? { byline: text, dateline: null, authors: [{ role: roleColon![1]!, name }] } : null;
}
/** A turn's words, never a name: a question's or a cry's particle at the end, an answer's or a request's word (`真的吗`, `好的`, `请讲`, `王老师`). */
const NO_GIVEN_NAME = new RegExp(`[吗呢吧啊呀了么讲的]$|(?:大家|上午|下午|晚上|早上|您|你|们|很|就|都)好$|^(?:是|真|太|后|请|对|嗯|哦)|${anyOf(ADDRESSEES)}`, "u");
/** The rarest surname a two-character part a slash sets apart may open on, not being a word: 文 (104) signs, 车市 and 楼市 (车, 楼) label; longer parts are names whatever their surname (岑某华), unless they open on a word or end as a place or a saying does (楼市热, 晋中市, 车主说). */
const SLASHED_NAME_RANK = 150;
/** Surnames of two characters, which the dictionary may count as words: 司马某, 欧阳某. */
const COMPOUND_SURNAME = /^(?:司马|欧阳|上官|诸葛|东方|皇甫|尉迟|公孙|令狐|慕容|夏侯|长孙|宇文|司徒|端木|西门|南宫)/u;
/** A reporter's role, a colon and one name alone: `记者：嘉某`. */
const ROLE_COLON_NAME = new RegExp(`^(${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)}))[：:]\\s*([\\p{Script=Han}]{2,3})$`, "u");
/** How a story was gathered, where a label may name the place filed from: `【某地/综合报导】` names no one. */
const GATHERED_HOW = /^(?:综合|即时|专题|特别|外电|联合|深度|独家)/u;
function readSlashedLabel(text: string): Byline | null {
  if (!/[／/∕]/u.test(text) || !text.includes("【")) return null;
  const m = SLASHED_LABEL.exec(text);
  if (!m) return null;
  const role = m[1] ?? null;
  const names = m[2]!.split("、");
  const place = m[3];
  if (place !== undefined && (ROLE_INSIDE.test(place) || (role === null && GATHERED_HOW.test(place)))) return null;
  // (With no role, only a name of three characters before the place filed from: `【沈某勝/南投報導】`; two may be a place's
  // own name, `【花蓮/…】`.)
  if (role === null && (place === undefined || names.some((n) => n.length !== 3))) return null;
  const named = names.every((n) => looksLikeName(n) && !endsAsPlace(n) && !namesPlace(n) && !isCommonWord(n));
  return named ? { byline: text, dateline: null, authors: names.map((name) => ({ role, name })) } : null;
}

/** `【本报记者 张三 北京报道】`, `【某某社记者甲某某彰化报导】`: a reporter named inside a bracketed report label, where they filed from after. */
const REPORT_LABEL = /^【([^【】]+?)报[道导]】$/u;
/** 本报 and a name of two or three characters, nothing else: `本报周某毅`. */
const HOUSE_AND_NAME = /^本报([\p{Script=Han}]{2,3})$/u;
const ROLE_THEN_REST = new RegExp(`^(.*?(?:${anyOf(REPORTER_ROLES)}))([\\p{Script=Han}]{4,7})$`, "u");

/**
 * The reporter a bracketed report label names, or none. Set apart by spaces (`本报记者 张三 北京报道`) the place is read
 * as on a byline line; run together (`记者曹某蕙台北报导`), the name is three characters when at least two are left for
 * the place, else two (`记者王五上海报道`).
 */
function reportersInLabel(label: string): Person[] {
  // (`【聯合晚報╱記者邱某平/台北報導】`: its parts set apart by slashes.)
  const slashed = readSlashedLabel(label);
  if (slashed) return slashed.authors;
  const inner = REPORT_LABEL.exec(label)?.[1]?.trim();
  // (`【本报周某毅报道】`: the house and one name, no role: its writer.)
  const house = inner === undefined ? null : HOUSE_AND_NAME.exec(inner);
  if (house && looksLikeName(house[1]!) && hasCommonSurname(house[1]!) && !isCommonWord(house[1]!) && !namesPlace(house[1]!)) return [{ role: null, name: house[1]! }];
  if (!inner || !ROLE_INSIDE.test(inner)) return [];
  if (/\s/u.test(inner)) {
    const line = readBylineLine(`${inner}报道`);
    return line && line.authors.length > 0 && line.authors.every((a) => a.role !== null && looksLikeName(a.name)) ? line.authors : [];
  }
  // (`【記者吳某榮報導】`, `【記者曹某偉、馮某夫報導】`: the reporters alone, no place, read as a byline line reads them.)
  // (Names it splits out of a run, `涂某龙新竹` → 涂某 / 龙新竹, are a name and a place: only names set apart, or one, end it;
  // and one alone of two characters may be the place, `【記者高雄報導】`: it names someone only with three.)
  const alone = readBylineLine(inner);
  const setApart = alone ? new RegExp(`${alone.authors.map((a) => a.name).join("[、，,\\s]+")}$`, "u").test(inner) : false;
  const named = alone !== null && alone.authors.length > 0 && (alone.authors.length > 1 || alone.authors[0]!.name.length === 3);
  if (alone && setApart && named && alone.authors.every((a) => a.role !== null && looksLikeName(a.name) && !endsAsPlace(a.name))) return alone.authors;
  const run = ROLE_THEN_REST.exec(inner);
  const people = run ? parsePeople(run[1]!) : null;
  if (!run || !people || !people.clean || people.people.length > 0) return [];
  const role = parsePeople(`${run[1]!} 某某`).people[0]?.role ?? null;
  const rest = run[2]!;
  const name = rest.length - 3 >= 2 ? rest.slice(0, 3) : rest.slice(0, 2);
  // (Right after the role, in a report's label, a name of three characters may open on any surname, 涂某龙 as well as 陈某宇;
  // one of two, only on a common one: `记者乌鲁木齐报道` names a place, no one.)
  return role !== null && looksLikeName(name) && (name.length === 3 || hasCommonSurname(name)) ? [{ role, name }] : [];
}

/**
 * `（记者张某）`, `（通讯员 甲 记者 乙）` opening a paragraph of text: a lead whose label the reprint or the
 * paper left off. Someone must carry a role, and the text must go on as a sentence (a credit's
 * `（记者 甲 摄）` makes nothing, and a bracket alone on its line is a byline line, read elsewhere).
 */
function readBracketedReporters(text: string): Lead | null {
  const paren = PAREN.exec(text);
  const inner = paren?.[2] ?? paren?.[3];
  if (!paren || inner === undefined) return null;
  const rest = text.slice(paren[0].length).replace(/^\s+/u, "");
  if (rest.length < MIN_INLINE_TEXT || !/[，。；！？]/u.test(rest)) return null;
  // (A picture's credit in brackets opens no text: `（记者 甲 摄）`. What the reporter made, run into the role, `（文/图记者 甲）`, is a
  // lead's; so are brackets that name the writer beside the photographer, `（记者 文/甲 图/乙）`, read as a byline line is.)
  if (/[摄图]/u.test(inner.replace(MADE_BEFORE_ROLE, "$1"))) {
    const both = /文/u.test(inner) ? readBylineLine(inner) : null;
    return both && both.authors.length > 0 && both.authors.every((p) => p.role !== null && looksLikeName(p.name)) ? { byline: paren[0].trim(), dateline: null, authors: both.authors, rest } : null;
  }
  // (`（某某新闻黄某珊报道）…`: the paper, its writer's name with no role and 报道: the paper's own report, its writer.)
  const papers = paren[2] !== undefined ? PAPER_WRITER_REPORTED.exec(inner) : null;
  if (papers && looksLikeName(papers[1]!) && hasCommonSurname(papers[1]!) && !endsAsPlace(papers[1]!)) return { byline: paren[0].trim(), dateline: null, authors: [{ role: null, name: papers[1]! }], rest };
  const people = peopleIn(inner);
  if (!people || !people.every((p) => p.role !== null && looksLikeName(p.name))) return null;
  // (In lenticular brackets a column's label reads as a role and a name, `【记者连线】`, `【记者万里行】`: there the names must be
  // set apart by a space, as a lead's reporters are.)
  if (paren[3] !== undefined && !people.every((p) => new RegExp(`\\s${p.name}`, "u").test(inner))) return null;
  return { byline: paren[0].trim(), dateline: null, authors: people, rest };
}

/** A paper's compiled report's signature: `本报综合报道`, `某某商报综合报道`, `综合报道`, `本报综合消息`. */
const COMPILED_REPORT = new RegExp(`^(?:(?:本报|${PRESS_NAME})?\\s*综合报[道导]|(?:本报|${PRESS_NAME})\\s*综合消息)$`, "u");
/** `某某新闻黄某珊报道`: a paper's name, one writer's name of three characters run into it with no role, and 报道 (two may be a place, `明報江門報道`). */
const PAPER_WRITER_REPORTED = new RegExp(`^${PRESS_NAME}\\s*([\\p{Script=Han}]{3})\\s*报[道导]$`, "u");

/** Does the text open on brackets naming people (`（记者 甲）`, `（甲）`)? */
function reportersFollow(text: string): boolean {
  const paren = PAREN.exec(text);
  if (!paren || !/^[：:]?$/u.test(paren[1]!)) return false;
  const inner = paren[2] ?? paren[3]!;
  return peopleIn(inner) !== null || bareNamesIn(inner) !== null;
}

/**
 * `某某会见新华社某分社社长于某一行`: an official's act (会见, 调研, 召开, 出席…) makes the line a title that names
 * an office and a person, never a byline (no role word holds one of them).
 */
const STATES_AN_ACT = new RegExp(anyOf([...VISIT_VERBS, ...MEETING_VERBS].filter((v) => ![...BYLINE_ROLES, ...WORK_ROLES].some((r) => r.includes(v)))), "u");

/**
 * `《某某早报》中文版3月25日报道：…` right under a headline: the paper's dated report, its lead. (Anywhere else it is prose,
 * a roundup of what the foreign press reported: `《某某时报》3月25日报道：…` / `《某某新闻》3月26日报道：…`.)
 */
export function readTitledReport(text: string): Lead | null {
  const titled = TITLED_REPORT.exec(text);
  return titled ? { ...labelWithReporters(titled[0], text), dateline: { agency: titled[1]!, place: null, date: titled[2]! } } : null;
}

/** Reads the lead at the start of a paragraph, or null. */
export function readLead(text: string): Lead | null {
  const lead = readLeadMissingBracket(text) ?? readLeadLabel(text);
  if (lead === null || !text.startsWith(lead.byline)) return lead;
  // (`荆楚在线消息（楚天都市报）（记者陈某光）正月初六，…`: the paper a site's label speaks for, in brackets, then its reporters'
  // brackets: both the lead's, the reporters its authors.)
  const paper = lead.authors.length === 0 ? PAPER_IN_BRACKETS.exec(text.slice(lead.byline.length)) : null;
  const reporters = paper ? readBracketedReporters(text.slice(lead.byline.length + paper[0].length)) : null;
  if (paper && reporters && reporters.authors.length > 0) {
    return { ...lead, byline: text.slice(0, text.length - reporters.rest.length).replace(/\s+$/u, ""), authors: reporters.authors, rest: reporters.rest };
  }
  // (`本报讯（记者 甲）（图/文）近日，…`, `本报讯 记者甲 文/图 近日，…`: what the reporters made, noted after the lead, stays in
  // the byline and names no one: CONVENTIONS.)
  const note = LEAD_MADE_NOTE.exec(text.slice(lead.byline.length));
  if (note === null) return lead;
  const byline = lead.byline + note[1]!;
  return { ...lead, byline, rest: text.slice(byline.length).replace(/^\s+/u, "") };
}

/**
 * `某某报消息记者 甲）5月18日，…`, `本报讯记者 甲）…`: a lead's label and its reporters closed by a bracket the copy never
 * opened (a reprint or an extraction lost it): read with the bracket put back, the lead printed as it stands.
 */
function readLeadMissingBracket(text: string): Lead | null {
  const lost = LOST_OPENING_BRACKET.exec(text);
  if (lost === null || !isNewsLabel(lost[1]!)) return null;
  const read = readLeadLabel(`${lost[1]!}（${text.slice(lost[1]!.length)}`);
  if (read === null || read.authors.length === 0 || read.authors.some((p) => isCommonWord(p.name)) || !text.endsWith(read.rest)) return null;
  return { ...read, byline: text.slice(0, text.length - read.rest.length).trimEnd() };
}
/** A label ending in 讯, 消息 or 电, then a reporter's role and a closing bracket no bracket opened. */
const LOST_OPENING_BRACKET = new RegExp(`^([^（(【)）\\s]{2,14}?(?:讯|消息|电))(?=\\s*(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})[^（(【)）]{1,24}[)）])`, "u");

/** A paper's name alone in brackets, right after a lead's label: `（楚天都市报）`. */
const PAPER_IN_BRACKETS = new RegExp(`^\\s*[（(]\\s*(?!据)(?:《${PRESS_NAME}》|${PRESS_NAME})\\s*[)）]\\s*`, "u");

/** What a lead's reporters made, after it: in brackets, or set apart by spaces before the text. */
const LEAD_MADE_NOTE = new RegExp(`^(\\s*[（(]\\s*(?:${anyOf(MADE_NOTES)})\\s*[)）]|\\s+(?:${anyOf(MADE_NOTES.filter((n) => n.length > 1))})(?=\\s))`, "u");

/** A body's name (an office, an association, a company: 某某总会, 某某局) of up to twelve characters, 讯, then a colon or a space. */
const BODY_LEAD = new RegExp(`^[\\p{Script=Han}]{2,12}?(?:${anyOf(ORGANISATION_ENDINGS.filter((e) => e.length > 1 || "会局院委办".includes(e)))})讯(?:[：:]|[ \\u3000])`, "u");
/** A name of two to seven characters, 讯 and a space or a dash opening the text: `北京讯 `, `河北唐山讯 `, `泗水讯——`. */
const PLACE_LEAD = /^([\p{Script=Han}]{2,7})讯(?:——|—|(?=[ \u3000]))/u;
/** A name of three to eight characters and 讯, a space, and the text opening on its day and a comma (近日，, 3月2日上午，). */
const BRANDED_PLACE_LEAD = new RegExp(`^([\\p{Script=Han}]{3,8})讯[ \\u3000]+(?:${anyOf(WHEN_WORDS)}|\\d{1,2}月\\d{1,2}日[\\p{Script=Han}]{0,2})[，,]`, "u");
/** Is the name a brand of a word or two, no place's itself, before a place's name (`爱` `东营`, `掌上` `东营`)? */
function brandsPlace(name: string): boolean {
  const chars = [...name];
  if (isCommonWord(name)) return false;
  for (let k = 1; k <= 3 && chars.length - k >= 2; k++) {
    const [brand, place] = [chars.slice(0, k).join(""), chars.slice(k).join("")];
    if (namesPlace(place) && placeLevel(brand) === null) return true;
  }
  return false;
}

/** Is the word a division's name, or a province's and then one of its cities' or counties' (河北唐山)? */
function namesPlace(word: string): boolean {
  if (placeLevel(word) !== null) return true;
  for (let k = 2; k <= word.length - 2; k++) if (placeLevel(word.slice(0, k)) === "province" && placeLevel(word.slice(k)) !== null) return true;
  return false;
}

function readLeadLabel(text: string): Lead | null {
  const bracketed = BRACKETED_LEAD.exec(text);
  // `【本报讯】（记者叶晓滨）昨天…`: reporters in brackets after the label belong to the lead.
  if (bracketed) return labelWithReporters(bracketed[0], text);
  const paperReport = PAPER_REPORT_LEAD.exec(text);
  if (paperReport) return labelWithReporters(paperReport[0], text);
  // `【连网】（某某日报全媒体记者 甲）6日下午，…`: a news site's brand in lenticular brackets, then the reporters'
  // brackets, each with a role, before the text: a lead whose label names no 讯.
  const brand = BRACKETED_BRAND.exec(text);
  const branded = brand ? readBracketedReporters(text.slice(brand[0].length).replace(/^\s+/u, "")) : null;
  if (brand && branded) return { ...branded, byline: text.slice(0, text.length - branded.rest.length).replace(/\s+$/u, "") };
  let byline: string;
  let dateline: Dateline | null = null;
  let authors: Person[] = [];
  let run: { byline: string; authors: Person[] } | null;
  let alone: Person[] | null;

  // `本报记者陈黎报道昨天上午…`: the paper's reporter opens the text without a 讯 (read before the
  // wire form, which would take the 讯 of a 通讯员 in it for one).
  // `（记者张某）10月19日…`: the reporters alone in brackets opening the text, no paper's label before them.
  // (`【环球时报驻日本特约记者 甲 环球时报记者 乙】日本政府…`: in lenticular brackets too.)
  const reporters = /^[（(【〔]/u.test(text) ? readBracketedReporters(text) : null;
  if (reporters) return reporters;
  // `記者陳某交∕台南報導 海尾…`: the reporters, a slash and the place they filed from, 报道, then the text: a lead with no
  // paper's label, as Taiwan's papers print it.
  const filedLead = FILED_LEAD.exec(text);
  const filedBy = filedLead ? peopleIn(`${filedLead[2]!} ${filedLead[3]!.trim()}`) : null;
  // (What stands after the slash is a place, no person, role or way of reporting: `记者甲/李某报道`, `记者甲/摄影报道` are no leads.)
  const filedFrom = filedLead?.[4] ?? "";
  const fromPlace = namesPlace(filedFrom) || filedFrom === "综合" || (!hasCommonSurname(filedFrom) && !ROLE_INSIDE.test(filedFrom) && !MADE_INSIDE.test(filedFrom));
  if (filedLead && fromPlace && filedBy && filedBy.length > 0 && filedBy.every((p) => looksLikeName(p.name))) return { byline: filedLead[1]!, dateline: null, authors: filedBy, rest: text.slice(filedLead[0].length).replace(/^\s+/u, "") };
  const own = OWN_REPORT.exec(text);
  // (`某某电视台记者王某报道，当地…`: another outlet's report, a comma after it, is prose quoting it; the paper's own, 本报记者某某报道，…, is the lead.)
  if (own && !own[0].startsWith("本报") && /[，,]$/u.test(own[0])) return null;
  if (own) {
    const people = filedFromPlace(own[1]!) ?? peopleIn(own[1]!.trim());
    if (!people || !people.every((p) => looksLikeName(p.name))) return null;
    return { byline: own[0], dateline: null, authors: people, rest: text.slice(own[0].length).replace(/^\s+/u, "") };
  }
  const inline = readInlineByline(text);
  if (inline) return inline;
  // (Cheap tests first: a wire lead says 电 or 讯, a paper's credit opens a bracket, near the start.)
  const head = text.slice(0, LEAD_REACH);
  const wire = /[电讯]/u.test(head) ? WIRE.exec(text) : null;
  if (wire) {
    // (`潍坊日报社潍坊融媒讯 …`: what stands between a paper's name and 讯 may be its own newsroom's brand, no place.)
    const brand = wire[3] !== undefined && wire[4] === undefined && wire[5] === "讯" && BRAND_AFTER_PAPER.test(wire[3]);
    const place = brand ? null : (wire[3] ?? null);
    const date = wire[4] ?? null;
    // (`本报记者走进北京广播电视台，…`: with no date, a place holding a byline's role word is prose running into a 电;
    // dated, `本报特派记者北京3月4日电`, it is a lead whatever stands before the place.)
    if (place !== null && date === null && ROLE_INSIDE.test(place)) return null;
    const after = text.slice(wire[0].length);
    // A place with no date and no wire word right after it is prose, not a dateline; `本报雅加达讯 `, a
    // house agency's place and 讯 with a break after them, is a lead.
    // (`吉安新闻网青原讯（谢某秀）`: any paper's place and 讯, with the reporters' brackets right after them, is a lead too.)
    // (`东方今报开封讯根据…`: a paper's own 讯 after a place it knows leads however the text follows, as its 讯 alone does.)
    // (The house's own 本报, short as prose's words, wants its break, `本报北京讯 `, `本报哈密讯：`.)
    // (Nor where 据 stands in the name a lazy match took, `另据某某晚报济南讯，…`, or a comma follows: a source cited in a sentence.)
    const papersPlace = wire[5] === "讯" && /报》?$/u.test(wire[2]!) && wire[2] !== "本报" && !wire[2]!.includes("据") && place !== null && placeLevel(place) !== null && !/^[，,]/u.test(text.slice(wire[0].length));
    if (place !== null && date === null && wire[5] !== "电" && !papersPlace && !(KNOWN_AGENCY.test(wire[2]!) && (/^(?:\s|[（(【])/u.test(after) || (/^[：:]/u.test(after) && isNewsLabel(wire[0])))) && !reportersFollow(after)) return null;
    // `互联网电商…`: an unknown agency with no date must be followed by a break, a parenthesis or a reporter.
    // A paper's own 讯 is a lead however the text follows it (`南方日报讯转眼间，…`): prose never runs 报讯 together.
    const papersOwn = wire[5] === "讯" && (place === null || papersPlace) && /报》?$/u.test(wire[2]!);
    // (`据《人民日报》讯，…`, `《人民日报》讯，…`: a paper's 讯 quoted in a sentence, 据 before it or its name in 《》 and a comma
    // after it, leads nothing; `本报讯，近日…` opens its text.)
    if (wire[5] === "讯" && date === null && (wire[1] !== undefined || (wire[2]!.startsWith("《") && /^[，,、]/u.test(after)))) return null;
    // (`金黔在线讯3月29日上午，…`: a site's 讯 run straight into the text's day opens it as a lead; `据某某网讯10月15日，…`, a
    // digest's item quoting it, does not.)
    if (date === null && !papersOwn && !KNOWN_AGENCY.test(wire[2]!) && /^[\p{Script=Han}A-Za-z0-9]/u.test(after) && !/^(?:本报)?记者/u.test(after) && !(wire[5] === "讯" && place === null && wire[1] === undefined && DAY_OPENING.test(after))) return null;
    byline = wire[0];
    if (date !== null) dateline = { agency: wire[2]!, place, date };
  } else {
    const brand = BRAND_REPORT.exec(text);
    const site = SITE_NEWS.exec(text) ?? (brand && !NOT_A_BRAND.test(brand[0]) ? brand : null);
    // `本报消息（记者 张某）…`: reporters in brackets after the label are the lead's;
    // `某某新闻客户端4月14日消息`: a dated label has a dateline.
    // `某某报马德里消息（记者 甲）…`: a paper's 消息 from a place it names, the reporters' brackets right after it.
    const placedSite = site ? null : PLACED_SITE_NEWS.exec(text);
    const placedLead = placedSite && isNewsLabel(placedSite[0]) ? labelWithReporters(placedSite[0], text) : null;
    if (placedLead && placedLead.authors.length > 0) return placedLead;
    if (site) {
      const lead = labelWithReporters(site[0], text);
      const agency = site[1] === undefined ? null : site[0].slice(0, site[0].indexOf(site[1]));
      return agency ? { ...lead, dateline: { agency, place: null, date: site[1]! } } : lead;
    }
    const paper = /[（(【]/u.test(head) ? (PAPER_CREDIT.exec(text) ?? BRAND_LEAD.exec(text)) : null;
    // `北京讯 全国劳模…`, `河北唐山讯 …`: a place's name alone and 讯, then a space, as trade papers open their reports; a
    // province's name may stand before a city's. (Only a division's name: a brand's 讯, `新天水讯`, is believed only with its
    // reporters' brackets after it.)
    const placed = paper ? null : PLACE_LEAD.exec(text);
    if (placed && namesPlace(placed[1]!)) return { byline: placed[0], dateline: null, authors: [], rest: text.slice(placed[0].length).replace(/^\s+/u, "") };
    // `爱东营讯 近日，…`, `掌上某某讯 3月2日，…`: a place's newsroom brand, a word or two before the place's name, then 讯, a space
    // and the text's day: a city's paper and its app lead so. (Prose never sets a 讯 off by a space before its day.)
    const branded = paper || placed === null ? null : BRANDED_PLACE_LEAD.exec(text);
    if (branded && brandsPlace(branded[1]!)) return { byline: placed![0], dateline: null, authors: [], rest: text.slice(placed![0].length).replace(/^\s+/u, "") };
    // `菲華工商總會訊：…`, `某某市教育局讯 …`: a body's 讯, then a colon or a space: its own release, printed as the paper's lead.
    const body = paper ? null : BODY_LEAD.exec(text);
    if (body) return { byline: body[0].trimEnd(), dateline: null, authors: [], rest: text.slice(body[0].length).replace(/^\s+/u, "") };
    if (!paper) return null;
    byline = paper[0];
  }

  let rest = text.slice(byline.length);
  const paren = PAREN.exec(rest);
  // `本报讯（卢克余）`: a correspondent's bare name in the brackets is the lead's too.
  // (`（记者 甲 发自成都）`: where they filed from, as on a byline line, names no one.)
  // (`（记者 甲/文 乙/图）`: a last `/图` closing a name is what that name made, not a note on the whole: read so first.)
  const whole = paren ? (paren[2] ?? paren[3]!) : "";
  const inner = readMadeBy(whole) !== null ? whole : whole.replace(TRAILING_NOTE, "");
  // (`（记者 甲 杭州报道）`: the place they filed from, before 报道, names no one.)
  const filed = paren && /报[道导]\s*$/u.test(paren[2] ?? paren[3]!) ? filedFromPlace(inner) : null;
  const inParen = paren ? (filed ?? peopleIn(inner) ?? bareNamesIn(inner) ?? teamIn(inner)) : null;
  if (paren && inParen) {
    byline += paren[0];
    authors = inParen;
    rest = rest.slice(paren[0].length);
  } else if (!wire) {
    return null;
  } else if ((alone = reportersEndLine(rest)) !== null) {
    byline += rest.trimEnd();
    authors = alone;
    rest = "";
  } else {
    const reported = REPORTED.exec(rest) ?? namesReported(rest) ?? namesThenReported(rest);
    const reporterNames = reported ? reported[1]!.trim().replace(/报[道导][：:]?$/u, "") : "";
    const byReporter = reported ? (peopleIn(reporterNames) ?? bareNamesIn(reporterNames)) : null;
    // (`本报讯 记者注意到，近期多家媒体报道：…`: prose about the press, a comma in it, names no one: reporters set apart by
    // commas must each read as a name. A pen name stands among them only as printed before, `记者甲 通讯员穗某报道：`.)
    // (Nor, closing the line with no colon, `本报讯 记者连续多日追踪报道` / `的…`: a column cut prose about the press; names only.)
    const closesLine = reported !== null && rest.slice(reported[1]!.length).trim() === "" && !/[：:]$/u.test(reported[1]!);
    if (reported && byReporter && !((/[，,]/u.test(reporterNames) || closesLine) && !byReporter.every((p) => looksLikeName(p.name)))) {
      byline += reported[1];
      authors = byReporter;
      rest = rest.slice(reported[1]!.length);
    } else if ((run = runOnReporters(rest)) !== null) {
      byline += run.byline;
      authors = run.authors;
      rest = rest.slice(run.byline.length);
    } else {
      const named = NAMED_AFTER.exec(rest);
      const people = named ? peopleIn(named[1]!.trim()) : null;
      // (`本报讯 记者甲 通讯员乙 近日，…`: more reporters set apart by spaces after the first are read as they open a text, below.)
      const more = named && /^\s/u.test(rest) ? readInlineByline(rest.replace(/^\s+/u, "")) : null;
      if (named && people && people.every((p) => looksLikeName(p.name)) && !(more && more.authors.length > people.length)) {
        byline += named[1];
        authors = people;
        rest = rest.slice(named[1]!.length);
      } else {
        // `本报讯 通讯员 甲 记者 乙 近日，…`: any reporters' roles and names after the label, set off by spaces, as they open a text.
        const opening = rest.replace(/^\s+/u, "");
        const inline = opening.length < rest.length ? readInlineByline(opening) : null;
        // `据新华社北京3月24日电 综合本社驻外记者报道：`: whose reports the story gathers, naming no one.
        const gathered = inline ? null : GATHERED.exec(rest);
        // `每日某某网7月19日讯 据某某日报报道（记者 甲）`: a site's lead over the paper it reprints, and its reporters.
        const reprinted = gathered ? null : REPRINTED.exec(rest);
        const reprintedBy = reprinted ? PAREN.exec(rest.slice(reprinted[0].length)) : null;
        const reprinters = reprintedBy ? peopleIn(reprintedBy[2] ?? reprintedBy[3]!) : null;
        if (inline) {
          byline += rest.slice(0, rest.length - opening.length) + inline.byline;
          authors = inline.authors;
          rest = inline.rest;
        } else if (gathered) {
          byline += gathered[1];
          rest = rest.slice(gathered[1]!.length);
        } else if (reprinted && reprintedBy && reprinters) {
          byline += reprinted[0] + reprintedBy[0];
          authors = reprinters;
          rest = rest.slice(reprinted[0].length + reprintedBy[0].length);
        } else {
          // `本报杭州讯 林某凯 9月11日，…`: a writer's bare name, or two or three, set off by spaces between the label and the
          // text, which opens as a lead does, on its day or a time.
          const bare = BARE_NAMES_AFTER_LABEL.exec(rest);
          const names = bare ? bare[1]!.trim().split(/\s+/u) : [];
          // (A place, an office or a thing set off so, `王府井`, `石门县`, `林业局`, is a word the dictionary counts or ends as
          // no name does; and text that opens otherwise may be about the person named, `冯某龙 故居修缮完工…`.)
          const named = (n: string) => isPlainName(n) && !endsAsPlace(n) && !ORGANISATION_NAME_END.test(n);
          if (bare && names.every(named) && LEAD_OPENING.test(rest.slice(bare[0].length)) && rest.length - bare[0].length >= MIN_INLINE_TEXT) {
            byline += bare[0].trimEnd();
            authors = names.map((name) => ({ role: null, name }));
            rest = rest.slice(bare[0].length);
          }
        }
      }
    }
  }
  // (`本报讯：`, `本报讯（记者 甲）：`, `本报讯，`: a colon or a comma closing the label is the lead's, as printed.)
  const colon = /^\s*[：:，,]/u.exec(rest);
  if (colon) {
    byline += colon[0].trimStart();
    rest = rest.slice(colon[0].length);
  }
  return { byline, dateline, authors, rest: rest.replace(/^\s+/u, "") };
}

/**
 * `本报讯全媒体记者甲某某特约记者乙某9月7日，…`: reporters' roles and names run together after a lead's label, no bracket or
 * space, up to the text's day or time; each name a name.
 */
function runOnReporters(rest: string): { byline: string; authors: Person[] } | null {
  const run = RUN_ON_REPORTERS.exec(rest);
  if (!run) return null;
  const matches = [...run[1]!.matchAll(RUN_ON_REPORTER)];
  const authors = matches.map((m) => ({ role: m[1]!.replace(/^本报/u, ""), name: m[2]! }));
  // (Each name a name, and the roles and names the whole run; the run ends only on a day or a word of when, never a count,
  // `记者连续3天…`, `记者来到3个乡镇…`.)
  const whole = matches.reduce((n, m) => n + m[0].length, 0) === run[1]!.length;
  return whole && authors.length > 0 && authors.every((a) => looksLikeName(a.name)) ? { byline: run[1]!, authors } : null;
}
const RUN_ON_ROLE = `(?:本报)?${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})`;
/** The run ends where the text opens on its day (`9月7日`, `7日`) or a word of when (`近日`, `昨天`). */
const RUN_ON_REPORTERS = new RegExp(`^((?:${RUN_ON_ROLE}[\\p{Script=Han}]{2,3}?)+)(?=\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|${anyOf(WHEN_WORDS)})`, "u");
const RUN_ON_REPORTER = new RegExp(`(${RUN_ON_ROLE})([\\p{Script=Han}]{2,3}?)(?=${RUN_ON_ROLE}|$)`, "gu");

/** After a lead's label, one to three names of two or three characters, each set off by spaces, before the text. */
const BARE_NAMES_AFTER_LABEL = /^\s+((?:[\p{Script=Han}]{2,3}\s+){1,3})(?=\S)/u;
/** How a lead's text opens: its day (`9月11日，`, `5月29日`), a day in words (`近日`, `昨天`) or a time of day. */
const LEAD_OPENING = new RegExp(`^(?:${LEAD_DATE}|\\d{1,2}月|${anyOf(RECENT_DAYS)}|近期|前天|当天|上午|下午|晚上)`, "u");

/** `（作者来自某某油田）`, `（作者系…）`, `作者简介：`: a note on who the writer is, after the text; it names no one. */
const AUTHOR_NOTE = /^[（(]?\s*作者\s*(?:系|来自|是|单位|简介|曾(?:任|在|获|是|为|经)|现(?:任|为|居|在|供职)|为(?![\p{Script=Han}]{1,2}[)）]?$))/u;

/**
 * `记者 甲 杭州` before 报道: the people, without the place they filed from, set apart after their names. A place is a word the
 * dictionary counts that ends as a place does (杭州, 某某县) or opens on no surname at all (北京, 长沙); a given name may be a
 * word too, after a surname however rare (`记者 甲 宁静`, `记者 甲 高峰` name two).
 */
function filedFromPlace(names: string): Person[] | null {
  const place = FILED_PLACE.exec(names.trimEnd());
  if (!place) return null;
  // (After a slash the place is set apart from the names as a space never sets it: any place's name but a person's,
  // `記者甲／花蓮報導`; after a space, a word the dictionary knows as a place's.)
  // (A role there names another reporter, `记者甲/通讯员乙`, no place.)
  if (ROLE_INSIDE.test(place[1]!)) return null;
  const slashed = /[/／∕]/u.test(place[0]);
  const placeLike = slashed ? namesPlace(place[1]!) || !(hasCommonSurname(place[1]!) && looksLikeName(place[1]!)) : isCommonWord(place[1]!) && (endsAsPlace(place[1]!) || !startsWithSurname(place[1]!));
  if (!placeLike) return null;
  const people = peopleIn(names.slice(0, place.index).trim());
  return people && people.every((p) => looksLikeName(p.name)) ? people : null;
}
/** The last word of a reporters' group, set apart by white space or a slash (`记者 甲 北京`, `記者甲／花蓮`). */
const FILED_PLACE = /(?:\s|[/／∕]\s*)([\p{Script=Han}]{2,6})$/u;

/** NAMES_THEN_REPORTED, when the names before the role each read as a name with no role to vouch for it. */
function namesThenReported(rest: string): RegExpExecArray | null {
  const m = NAMES_THEN_REPORTED.exec(rest);
  if (!m) return null;
  const people = peopleIn(m[1]!.trim());
  return people !== null && people.every((p, k) => p.role !== null || namedBeforeRole(people, k)) ? m : null;
}

/** NAMES_REPORTED, when every name it holds looks like a person's. */
function namesReported(rest: string): RegExpExecArray | null {
  const m = NAMES_REPORTED.exec(rest);
  if (!m) return null;
  const names = m[1]!.trim().replace(/\s*报[道导][：:]$/u, "").split(/[、，,\s]+/u);
  // (`路透社报道：`, `平安报道：`: an agency or a word that reads as a name; a common surname or a third character vouches for one.)
  return names.every((n) => looksLikeName(n) && !/[社台网报]$/u.test(n)) && names.some((n) => n.length === 3 || hasCommonSurname(n)) ? m : null;
}

/**
 * `——本报编辑部` (or `本报编辑部` alone): a piece signed after a dash by its writers as a body. (A person's name after a
 * dash is not read so: `——黄河颂` is a subtitle, and a name cannot be told from it. Who said the
 * words above, described and named, is: see isAttribution.)
 */
const DASH_SIGNED = new RegExp(`^${DASH}\\s*((?:本报)?[\\p{Script=Han}]{0,10}(?:编辑部|评论员|编委会)|(?:本报|本刊)?编者)$`, "u");

/**
 * `本报编辑部` on a line of its own: the paper's editors sign as a body, no dash needed. (Only the paper's own:
 * `某某日报编辑部` alone is as often an address to write to, or a prize-winner in a list.)
 */
const DESK_SIGNED = /^((?:本报|本刊)(?:编辑部|编委会))$/u;

/**
 * `□张家口日报编辑部`: a paper's editors signing as a body on a line a layout glyph marks as a byline. (Unmarked, a paper's
 * desk alone is as often an address to write to: see DESK_SIGNED.)
 */
export function readMarkedDesk(text: string, marked: boolean): Byline | null {
  const m = marked ? MARKED_DESK.exec(text) : null;
  return m ? { byline: text, dateline: null, authors: [{ role: null, name: m[1]! }] } : null;
}
const MARKED_DESK = new RegExp(`^((?:本报|本刊|[\\p{Script=Han}]{1,10}?(?:${anyOf(PRESS_ENDINGS)}))(?:编辑部|编委会))$`, "u");

export function readDashSignature(text: string): Byline | null {
  const m = DASH_SIGNED.exec(text) ?? DESK_SIGNED.exec(text);
  return m ? { byline: text, dateline: null, authors: [{ role: null, name: m[1]! }] } : null;
}

/** Longest line read as a byline with the paper set apart before the role. */
const MAX_PAPER_APART_LINE = 40;
/** A paper named by a bare 报 (`大河报`), or its site (`中国某某报网`), a space, then a reporter's role. */
const BARE_PAPER_APART = new RegExp(`^[\\p{Script=Han}]{1,8}报网?\\s+(?=(?:${anyOf(ROLE_QUALIFIERS)})*(?:${anyOf(REPORTER_ROLES)}))`, "u");

/**
 * `□某某报 记者甲文图`: the paper its reporters work for set apart before their role, on a line of its own.
 * Believed only when a layout glyph marks the line as a byline or a note of what they made (文图, 报道)
 * closes it: `人民日报 记者 王某` alone may be one of a list of journalists a story names.
 */
export function readPaperApartLine(text: string, marked: boolean): Byline | null {
  // (Most lines are text: a byline line is short and sets the paper apart by a space.)
  if (text.length > MAX_PAPER_APART_LINE || !/\s/u.test(text)) return null;
  // (Here a paper named by a bare 报, `大河报`, is believed too: the mark or the note vouches for the line.)
  const apart = withoutPaperApart(text).replace(BARE_PAPER_APART, "");
  if (apart === text || !(marked || TRAILING_NOTE.test(apart))) return null;
  const inner = readBylineLine(apart);
  return inner && inner.authors.length > 0 && inner.authors.every((a) => a.role !== null) ? { ...inner, byline: text } : null;
}

/**
 * `□ 麦某（琼海）`: a writer's name and, in brackets, where they write from, on a line a layout glyph marks as a
 * byline. (Unmarked, `宏村（黟县）` or a title's part, `母亲（上）`, reads the same: there the name and the place must vouch.)
 */
export function readMarkedWriter(text: string, marked: boolean): Byline | null {
  const m = MARKED_WRITER.exec(text);
  if (!m || !looksLikeName(m[1]!) || endsAsPlace(m[1]!) || isCommonWord(m[1]!)) return null;
  // (Unmarked, only a name of three characters on a common surname that ends as no place does, and in the bracket a division
  // of the country by its name, `陈某福（北京）`: `母亲（上）`, `宏村（黟县）`, `岳阳（湖南）`, `白洋淀（河北）` and `杨家岭（延安）` name
  // no writer.)
  if (!marked) return m[1]!.length === 3 && hasCommonSurname(m[1]!) && !PLACE_LIKE_END.test(m[1]!) && placeLevel(m[1]!) === null && placeLevel(m[2]!) !== null ? { byline: text, dateline: null, authors: [{ role: null, name: m[1]! }] } : null;
  // (The bracket names a place: one with its ending, `（某某县）`, or two characters no dictionary word, `（琼海）`; never
  // what the speaker is, `（退休教师）`, nor a note on a poem, `（外一首）`, `（组诗）`, nor a province, `（湖南）`.)
  const from = m[2]!;
  const place = (endsAsPlace(from) && from.length >= 3) || (from.length === 2 && !isCommonWord(from) && !WORK_NOTE.test(from));
  return place ? { byline: text, dateline: null, authors: [{ role: null, name: m[1]! }] } : null;
}
/** Last characters of scenic spots and villages that start as names do: 白洋淀, 杨家岭, 周口店, 王家庄. */
const PLACE_LIKE_END = /[岭淀店坪庄沟湾湖河山峰寺塔桥村镇乡城堡寨峪口洞坡滩]$/u;
const MARKED_WRITER = /^([\p{Script=Han}]{2,3})\s*[（(]([\p{Script=Han}]{2,8})[)）]$/u;
/** A note on a work in brackets after its title: `组诗`, `外一首`, `节选`. */
const WORK_NOTE = /^(?:组诗|组画|外[一二三四五]首|外[一二三]篇|节选|选章|选段)$/u;

/** Does the line open on a school (and grade and class) before a pupil's name: `某某市第二中学 张某澄`? */
export function opensWithSchool(text: string): boolean {
  return SCHOOL_CLASS.test(text);
}

/**
 * `——市区老人 刘某书`, `——摘自《某某》`: a dash, then who said the words above (what they are, a space, their
 * name) or where they were taken from; no sentence of its own. (A name alone after a dash, `——张家界`, cannot
 * be told from a subtitle; `——记…`, `——访…` are a subtitle's forms.)
 */
export function isAttribution(text: string): boolean {
  const said = ATTRIBUTION_LINE.exec(text);
  if (!said) return false;
  const who = said[1]!;
  if (TAKEN_FROM.test(who) || PRINTED_ON.test(who)) return true;
  const parts = who.split(/[ \u3000]+/u);
  const name = parts.at(-1)!;
  return parts.length >= 2 && !SUBTITLE_OPENING.test(who) && looksLikeName(name) && (name.length === 3 || hasCommonSurname(name));
}
const ATTRIBUTION_LINE = new RegExp(`^${DASH}\\s*([^，,。！？!?；;：:“”—]{2,30})$`, "u");
const TAKEN_FROM = /^(?:摘自|选自|引自|节选自|转自)《[^《》]{1,20}》/u;
/** Where an item was first printed, a date and a page (`2024年1月23日第2版`, `原载《某某报》2023年5月4日`): a reference, as a source is. */
const PRINTED_ON = /^(?:原载|刊于|载于|见)?(?:《[^《》]{1,20}》|本报)?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第?[A-Z]?\d{1,2}版)?$/u;
/** How a subtitle after a dash opens: `——记…`, `——访…`, `——写在…`, `——致…`. */
const SUBTITLE_OPENING = /^(?:记|访|写在|写给|致|献给|对话|专访|走进)/u;

/** A school and class before a pupil's name: `松门二小五（2）班 `, `某某中学初二 `, `某某小学 二年级 3班 `, after a layout glyph or `作者：`. */
const SCHOOL_CLASS = /^[●■◆▲□○]?\s*(?:作者[：:]\s*)?[\p{Script=Han}\d（）()]{2,20}?(?:班|年级|小学|中学|学校)(?:\s+[\p{Script=Han}\d（）()]{1,6}?(?:班|年级))*\s+/u;

/** `文/图`, `报道`, `/文`, `发自北京` closing a byline line after its names (TRAILING_NOTES). */
const TRAILING_NOTE = new RegExp(`\\s*(?:${anyOf(TRAILING_NOTES)}|[/／](?:文|图)|发自[\\p{Script=Han}]{2,8})$`, "u");
/** `北京报道` after the names: the place a reporter filed from, then 报道. */
const FILED_FROM = /(?:\s+|\s*[/／∕]\s*)[\p{Script=Han}]{2,6}报[道导]$/u;
/** `（图/文）`, `(文/图)`, `（摄）` after a byline: what its people made. */
const MADE_NOTE = new RegExp(`\\s*[（(]\\s*(?:${anyOf(MADE_NOTES)})\\s*[)）]$`, "u");
const SIGNATURE = new RegExp(`^[（(]\\s*(${anyOf(SIGNATURE_ROLES)})\\s*[：:]?\\s*([^（()）]{1,40})[)）]$`, "u");
/** `（记者 张三）`, `(本报记者 李四 通讯员 王五)`: reporters named in brackets on a line of their own. */
const BRACKETED = /^[（(]\s*([^（()）]{2,40}?)\s*[)）]$/u;
/** Longest pen name read under a work role without a surname to vouch for it (`文/寒 歌`, `图/姜韬`). */
const MAX_PEN_NAME = 3;
const SLASH_ROLE = new RegExp(`^(${anyOf(WORK_ROLES)})\\s*[/／|｜丨：:]\\s*(.{1,24})$`, "u");
/** Roles printed after the name: `雍和  图/文`, `周铭鲁 图 解雯贇 整理`, `张三 文`. */
const POSTFIX_ROLE = new RegExp(`^(?:${anyOf(POSTFIX_ROLES)})$`, "u");
/** `晓敏（市民）`: a letter's signature, a name and who the writer is. */
const WRITER = new RegExp(`^([\\p{Script=Han}]{2,4})[（(](${anyOf(WRITER_KINDS)})[)）]$`, "u");
/**
 * `宫某欣陈某升`: two or more names of three characters run together with no role, split where each starts
 * with a surname (one name alone is as likely a word). A place's or an office's name splits so too
 * (`高新区管委会`, `江苏省南京市`): no name ends as one does; nor is a note on the text a name (`贺信全文另发`).
 */
export function runTogetherNames(text: string): Person[] | null {
  if (!/^[\p{Script=Han}]{6,12}$/u.test(text) || TEXT_NOTE.test(text)) return null;
  const names = splitRunTogether(text);
  // (Only names of three characters each: words of two run together as freely, 江苏南京, 宋元明清, 周一至周五.)
  return names.length >= 2 && names.every((n) => n.length === 3 && looksLikeName(n) && !ORGANISATION_NAME_END.test(n)) ? names.map((name) => ({ role: null, name })) : null;
}

/** `（贺信全文另发）`: a note on the text, which splits into surname-led pieces as names do. */
const TEXT_NOTE = new RegExp(anyOf(TEXT_NOTES), "u");
/** How an organisation's or a place's name ends (管委会, 高新区, 江苏省): never how a person's does. */
const ORGANISATION_NAME_END = new RegExp(`(?:${anyOf([...ORGANISATION_ENDINGS, ...PLACE_ENDINGS])})$`, "u");
/** Han characters alone in brackets: names run together, or a word (runTogetherNames tells). */
const RUN_TOGETHER_BRACKETED = /^[（(]\s*([\p{Script=Han}]+)\s*[)）]$/u;
/** A paper's name (日报, 晚报: an ending no person's name has), a space, then one to three names, in brackets. */
const PAPER_THEN_NAMES = new RegExp(`^[（(]\\s*[\\p{Script=Han}]{2,10}(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1 && e.endsWith("报")))})\\s+([\\p{Script=Han}]{2,3}(?:[、，,\\s]+[\\p{Script=Han}]{2,3}){0,2})\\s*[)）]$`, "u");
/**
 * `（宋某 长春教育学院）`, `（李某 某县城关中学）`: in brackets, one name, a space, then a body or a place of three characters or
 * more (a school, a firm, an office, a town): who wrote, and where from.
 */
const NAME_THEN_WORKPLACE = new RegExp(`^[（(]\\s*([\\p{Script=Han}]{2,3})\\s+[\\p{Script=Han}]{2,14}(?:${anyOf(["大学", "中学", "小学", ...ORGANISATION_ENDINGS, ...PLACE_ENDINGS])})\\s*[)）]$`, "u");
/**
 * `李某卓 武汉民革党员、抗战老兵`, `安某英 民建中央原副秘书长`, `张某（市政协委员）`: one name, then what the writer is (where from, a
 * title, a standing) after a space or in brackets: an essay's byline or signature. (No praise, `最美…`, and no 的: a heading naming someone so reads as one.)
 */
const STANDING = `(?![^的最]*[的最])[\\p{Script=Han}、·]{0,18}(?:${anyOf([...WRITER_STANDINGS, ...ADDRESS_TITLES, ...PERSON_TRADES, ...PERSON_KINDS, ...WRITER_KINDS])}|${LEADER_TITLES.join("|")})`;
const NAME_THEN_STANDING = new RegExp(`^([\\p{Script=Han}]{2,3})(?:[ \u3000]+${STANDING}|\\s*[（(]${STANDING}[)）])$`, "u");
/** How people are called by their kin or trade, never signing: 王大妈, 李师傅. */
const CALLED_BY = /(?:大妈|大爷|大娘|大姐|大哥|大叔|阿姨|师傅|奶奶|爷爷|老汉|老伯)$/u;
/**
 * The name on a line of a name and what the writer is (NAME_THEN_STANDING), or null. Read as a writer's name where a bare name
 * is (under a title, or closing a piece): mid-text the same line labels a speaker or a profile's subject, and the parser's
 * callers see to that. (A name of two characters only after a common surname: `春天 …` is no one.)
 */
export function standingName(text: string): string | null {
  const m = NAME_THEN_STANDING.exec(text);
  const name = m?.[1];
  return name !== undefined && looksLikeName(name) && (name.length === 3 || hasCommonSurname(name)) && !isCommonWord(name) && !CALLED_BY.test(name) ? name : null;
}

/** `（张长利）`: a brief signed with a bare name in brackets. */
const BRACKETED_NAME = /^[（(]\s*([\p{Script=Han}]{2,3}(?:[、，,\s]+[\p{Script=Han}]{2,3}){0,3})\s*[)）]$/u;
/** Names in brackets, some padded with a space (`周 健`): one-character tokens in pairs among the names. */
const PADDED_BRACKETED = /^[（(]\s*((?:[\p{Script=Han}](?:[ \u3000]+)[\p{Script=Han}]|[\p{Script=Han}]{2,3})(?:[、，,\s]+(?:[\p{Script=Han}](?:[ \u3000]+)[\p{Script=Han}]|[\p{Script=Han}]{2,3})){0,3})\s*[)）]$/u;

/** A reporter's or correspondent's role (记者, 全媒体记者, 通讯员). */
const REPORTER_ROLE_WORD = /记者$|通讯员$/u;

/**
 * Two or more papers, sites or apps joined by slashes, and nothing else: `某某日报/某某晚报/某某新闻`.
 * (Four characters each at least, a place and its paper: `喜报/捷报` are no outlets.)
 */
const OUTLET = `(?=[\\p{Script=Han}A-Za-z]{4})[\\p{Script=Han}A-Za-z]{2,12}?(?:${anyOf(PRESS_ENDINGS)})(?:${anyOf(APP_SUFFIXES)})?`;
const OUTLETS = new RegExp(`^${OUTLET}(?:\\s*[/／]\\s*${OUTLET})+$`, "u");

/** A paper or site and its reporters with no name: `中国妇女报·中国女网记者`, `本报记者`. */
const PRESS_REPORTERS = new RegExp(`^(?:本报|[\\p{Script=Han}A-Za-z·]{1,20}?(?:${anyOf(PRESS_ENDINGS)}))(?:${anyOf(ROLE_QUALIFIERS)})*记者$`, "u");

/** `雍和 图/文` → [{role: "图/文", name: "雍和"}]: names, each group closed by its role. */
function readPostfixRoles(text: string): Byline | null {
  // `毛建国/文 朱慧卿/图`: the role after a slash is the same as after a space.
  const tokens = text
    .split(/\s+/u)
    .filter((t) => t !== "")
    .flatMap((t) => {
      const slash = /^([\p{Script=Han}]{2,4})[/／](.+)$/u.exec(t);
      return slash && POSTFIX_ROLE.test(slash[2]!) ? [slash[1]!, slash[2]!] : [t];
    });
  if (tokens.length < 2 || !POSTFIX_ROLE.test(tokens[tokens.length - 1]!)) return null;
  // `本报记者 之光/文`: a role word before the names is theirs (parsePeople reads it); it is no name.
  if (tokens.some((t) => !POSTFIX_ROLE.test(t) && ROLE_INSIDE.test(t))) return null;
  const authors: Person[] = [];
  let names: string[] = [];
  for (const t of tokens) {
    if (POSTFIX_ROLE.test(t)) {
      // A one-character name is only half of one padded for print (`林 楣`).
      if (names.length === 0 || names.some((n) => n.length < 2)) return null;
      for (const name of names) authors.push({ role: t, name });
      names = [];
    } else if (!/^[\p{Script=Han}]{1,4}$/u.test(t)) {
      return null;
    } else if (t.length === 1 && names.at(-1)?.length === 1) {
      names[names.length - 1] += t;
    } else {
      names.push(t);
    }
  }
  return { byline: text, dateline: null, authors };
}

/** Longest byline line read, but for one that names many people. */
const MAX_BYLINE_LINE = 40;

/**
 * `文/某某日报青苹果小记者 甲 乙 丙 丁 戊 己 庚 辛`: a line longer than a byline that names four or more people under
 * their role, every token a role or a name, is still one (up to twice the length).
 */
function namesManyPeople(text: string): boolean {
  if (text.length > 2 * MAX_BYLINE_LINE) return false;
  const { people, clean } = parsePeople(text);
  return clean && people.length >= 4 && people.some((p) => p.role !== null) && people.every((p) => looksLikeName(p.name));
}

/**
 * `（中央社记者甲台北2日电）`, `（本报特派记者甲二日汉城电话）`, `【本报记者甲特稿】`: an agency's or the house's reporter, named by
 * role, then where and when they filed (place before the day or after it) and how (电, 电话, 专电, 特稿), all in one bracket
 * on a line of its own, as older papers and wire copy head a report.
 */
const BRACKETED_FILED = new RegExp(`^[（(【]\\s*(${anyOf(HOUSE_AGENCIES)}|[\\p{Script=Han}]{1,4}社)?(${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)}))\\s*([\\p{Script=Han}·\\d]{2,16}?)\\s*(?:专?电话?|特稿|专稿|专访)\\s*[)）】]$`, "u");
/** How a series' or an occasion's word ends, never a name read with no day beside it: `黄河行`, `马年`, `车展`, `夏粮`. */
const OCCASION_END = /[年行展季节会赛粮]$/u;
/** A day in a filed report's bracket: `2日`, `二日`, `廿一日`. */
const FILED_DAY = /(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日/u;
function readBracketedFiled(text: string): Byline | null {
  const m = BRACKETED_FILED.exec(text);
  if (!m) return null;
  const [, agency, role, body] = m as unknown as [string, string | undefined, string, string];
  const day = FILED_DAY.exec(body);
  let name: string;
  let place: string | null = null;
  if (day && day.index + day[0].length < body.length) {
    // (The day before the place: `甲二日汉城`.)
    name = body.slice(0, day.index);
    place = body.slice(day.index + day[0].length);
  } else {
    // (The place, if any, after the name and before the day: `甲台北2日`, `甲特稿`: a name of three characters or two, the place
    // left after it one the place table knows.)
    const named = day ? body.slice(0, day.index) : body;
    const cut = [3, 2].find((k) => named.length - k === 0 || namesPlace(named.slice(k)));
    // (Where no cut leaves a name and a place the place table knows, `甲莫斯科2日`, the line is the byline, naming no one.)
    if (cut === undefined) return { byline: text, dateline: null, authors: [] };
    name = named.slice(0, cut);
    place = named.length > cut ? named.slice(cut) : null;
  }
  // (With no day, a name the table knows no surname of is a series' or an occasion's word: `【本报记者黄河行特稿】`.)
  if (!looksLikeName(name) || isCommonWord(name) || (!day && (!hasCommonSurname(name) || OCCASION_END.test(name))) || (place !== null && !/^[\p{Script=Han}·]{2,8}$/u.test(place))) return null;
  return { byline: text, dateline: day ? { agency: agency ?? null, place, date: day[0] } : null, authors: [{ role, name }] };
}

/** What a picture's credit closes on, in such brackets: `［记者 甲 摄］`, `〔某某供图〕`. */
const SHELL_CREDIT = /[摄图]$/u;
/** A line wholly in tortoise-shell or full-width square brackets. */
const SHELL_BRACKETED = /^[〔［]([^〔〕［］【】]{2,40})[〕］]$/u;
/** Single characters each set apart by a space, five or more: letter-spaced print. */
const LETTER_SPACED = /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){4,}$/u;
/** A reporter's role of two or more characters printed with spaces between them (`通 讯 员`, `记 者`), as a word of its own. */
const SPACED_ROLE = new RegExp(`(?<![\\p{Script=Han}])(?:本[ \u3000]+报[ \u3000]+)?(?:${[...new Set(REPORTER_ROLES)].filter((r) => r.length >= 2).map((r) => Array.from(r).join("[ \\u3000]+")).join("|")})(?![\\p{Script=Han}])`, "gu");

/** A paper's, a site's or an app's name, then white space: `潮新闻 `, `某某新闻客户端 `, `某某晚报·某某客户端 `. */
const OUTLET_BEFORE = new RegExp(`^(?:${PRESS_NAME}(?:${anyOf(APP_SUFFIXES)})?|${PAPER_AND_APP})[ \u3000]+(?=\\S)`, "u");

/** A paper's name run into its reporters' role: `某某晚报记者`. */
const PRESS_RUN_INTO_ROLE = new RegExp(`^${PRESS_NAME}${QUALIFIERS}(?:${anyOf(REPORTER_ROLES)})`, "u");

/** One Latin letter run into Han text at a line's start: a dingbat (■, ●, ◆) a PDF's symbol font gave as a letter. */
const LETTER_MARK = /^[A-Za-z](?=\p{Script=Han})/u;
/** A name of two or three characters run straight into what its bearer made: 文/图, 图/文, 文/摄, 摄/文. */
const NAME_RUN_INTO_MADE = new RegExp(`^([\\p{Script=Han}]{2,3})(${anyOf(TRAILING_NOTES.filter((note) => note.includes("/")))})$`, "u");
/** A line that is only a byline or a signature: `本报记者 张三`, `本报评论员`, `(执笔：A、B)`, `文/寒 歌`. */
export function readBylineLine(text: string): Byline | null {
  if ((text.length > MAX_BYLINE_LINE && !namesManyPeople(text)) || /[。！？；，]/u.test(text) || AUTHOR_NOTE.test(text) || STATES_AN_ACT.test(text)) return null;
  const filedReport = readBracketedFiled(text);
  if (filedReport) return filedReport;
  // `〔记者 甲／台北报导〕`, `［本报记者 甲］`: tortoise-shell or full-width square brackets stand where lenticular ones do.
  const shell = SHELL_BRACKETED.exec(text);
  if (shell) {
    // (Not a picture's credit so bracketed, `［记者 甲 摄］`; and every name a name, no word: `［记者连线］`, `〔通讯员来稿〕`.)
    const named = (b: Byline | null) => b !== null && b.authors.length > 0 && b.authors.every((a) => looksLikeName(a.name) && !isCommonWord(a.name));
    const read = SHELL_CREDIT.test(shell[1]!) ? undefined : [readBylineLine(`【${shell[1]!}】`), readBylineLine(`（${shell[1]!}）`)].find(named);
    return read ? { ...read, byline: text } : null;
  }
  const slashed = readSlashedLabel(text);
  if (slashed) return slashed;
  // `本报综合报道`, `某报综合报道`, `综合报道`: a report the paper compiled from several sources, signed so, naming no one.
  if (COMPILED_REPORT.test(text.trim())) return { byline: text.trim(), dateline: null, authors: [] };
  // `某某某文/摄`, `张某文/图`: one name run into what its bearer made, slash and all: read as set apart (`张某 文/图`).
  const ranIn = NAME_RUN_INTO_MADE.exec(text);
  if (ranIn && looksLikeName(ranIn[1]!) && !isCommonWord(ranIn[1]!)) {
    const apart = readBylineLine(`${ranIn[1]} ${ranIn[2]}`);
    return apart ? { ...apart, byline: text } : null;
  }
  // `文/图记者 甲`: what the reporter made, run into the role, stays in the byline and names no one.
  // (Set apart by a space, `文/图 本报记者 甲`, it is read below as a slashed work role's line.)
  const madeNote = MADE_BEFORE_ROLE.exec(text);
  if (madeNote && !/\s$/u.test(madeNote[0])) {
    const made = readBylineLine(text.replace(MADE_BEFORE_ROLE, "$1"));
    return made ? { ...made, byline: text } : null;
  }
  // `N海都记者 甲 乙`: a symbol font's glyph that the text extraction printed as a letter, run into the role it marks, leaves a
  // byline a byline when the rest names everyone by a role.
  if (LETTER_MARK.test(text)) {
    const marked = readBylineLine(text.slice(1));
    if (marked && marked.authors.length > 0 && marked.authors.every((a) => a.role !== null)) return { ...marked, byline: text };
  }
  // `本 报 记 者 张 明`: a byline letter-spaced for print reads as one without the spaces.
  // (Read so only when it names someone by a role; else the spaces may pad names, `（周 健 刘某野 曹 莉）`, read below.)
  if (LETTER_SPACED.test(text)) {
    const spaced = readBylineLine(text.replace(/\s+/gu, ""));
    if (spaced && spaced.authors.length > 0 && spaced.authors.some((a) => a.role !== null)) return { ...spaced, byline: text };
  }
  // `通 讯 员 钟 戈 钟伟才`: a role word letter-spaced to the width of the line above reads as the role.
  const roleSpaced = /[ \u3000]/u.test(text) ? text.replace(SPACED_ROLE, (m) => m.replace(/[ \u3000]+/gu, "")) : text;
  if (roleSpaced !== text) {
    const spaced = readBylineLine(roleSpaced);
    return spaced && spaced.authors.some((a) => a.role !== null) ? { ...spaced, byline: text } : null;
  }
  const dashed = readDashSignature(text);
  if (dashed) return dashed;
  // `文·卞某麟`, `图·甲`: a middle dot after a work role stands where the slash does.
  if (DOTTED_ROLE.test(text)) {
    const slashed = readBylineLine(text.replace(new RegExp(DOTTED_ROLE.source, "gu"), "$1$2/"));
    // (`图·说两会`, `文·旅融合`: a column's label, no name after the dot.)
    const named = (a: Person) => a.role !== null && (looksLikeName(a.name) || /[·•]/u.test(a.name));
    return slashed && slashed.authors.length > 0 && slashed.authors.every(named) ? { ...slashed, byline: text } : null;
  }
  // `本报首席记者 甲 文 乙 摄`, `记者 甲/文 乙/图`: a line that names the writer is a byline, though it names a photographer too.
  const madeBy = /文/u.test(text) ? readMadeBy(text) : null;
  if (madeBy?.writer) return { byline: text, dateline: null, authors: madeBy.people };
  // `●松门二小五（2）班 林某 指导老师 莫某`: a pupil signs after the school and class; the teacher's role names them.
  const school = SCHOOL_CLASS.exec(text);
  if (school) {
    const { people, clean } = parsePeople(text.slice(school[0].length));
    if (clean && people.length > 0 && people.some((p) => p.role === "指导老师" || p.role === "指导教师") && people.every((p) => p.role !== null || looksLikeName(p.name))) return { byline: text, dateline: null, authors: people };
    // (`作者：某某小学 二年级 3班 陈某贤` labels the pupil the writer; `某某市第二中学 张某澄`, the school and its pupil alone,
    // only with a name a common surname or a third character vouches for: `第一中学 高考`, `山区小学 王老师` name no one.)
    const role = /作者[：:]/u.test(school[0]) ? "作者" : null;
    const vouched = role !== null || /班|年级/u.test(school[0]);
    const pupil = (name: string) => looksLikeName(name) && !/(?:老师|校长|同学)$/u.test(name) && (vouched || (name.length === 3 && hasCommonSurname(name)));
    if (clean && people.length === 1 && people[0]!.role === null && pupil(people[0]!.name)) return { byline: text, dateline: null, authors: [{ role, name: people[0]!.name }] };
  }
  // `X日报融媒体记者/谢慧 （图/文）`: what the reporters made, in brackets after them.
  const made = MADE_NOTE.exec(text);
  if (made && made.index > 0) {
    const inner = readBylineLine(text.slice(0, made.index).trim());
    return inner ? { ...inner, byline: text } : null;
  }
  // `记者 张三 文/图`, `记者李四报道`, `特派记者 王五 发自北京`: a note after a role and its names, no brackets.
  // (`特派记者 王五 北京报道`: where they filed from, before 报道, is read first; `记者 张三报道` has no place.)
  for (const note of [FILED_FROM, TRAILING_NOTE]) {
    const trailing = note.exec(text);
    if (!trailing || trailing.index === 0) continue;
    const inner = text.slice(0, trailing.index).trim();
    const { people, clean } = parsePeople(inner);
    // (Between a role and a note, a pen name of two or three characters is a name too: `本报记者 之光/文`.)
    if (clean && people.length > 0 && people[0]!.role !== null && people.every((p) => looksLikeName(p.name) || /^[\p{Script=Han}]{2,3}$/u.test(p.name))) return { byline: text, dateline: null, authors: people };
  }
  // `王星海 耿志清`, `孙某斌、月某红、张某星`, `陈某国/林某`: two to four names alone on a line sign the piece.
  // (Of three or four, one may bear a surname too rare to know, 月某红, when the others are names.)
  const names = text.split(/\s*[、，,/／]\s*|\s+/u);
  const unknown = names.filter((n) => !looksLikeName(n));
  // (A slash sets apart a role and a name as often, `文图/冯某`, `海报/王某`, or two words of a label, `高铁/高速`: split so, no part
  // may be a role or what was made, and not every part a word; names such as 高峰 or 王平 are words too.)
  const slashedWords = /[/／]/u.test(text) && (names.some((n) => n === "" || ROLE_WORD.test(n) || /^文[案稿]$/u.test(n) || (n.length === 2 && !isCommonWord(n) && surnameRank(n[0]!) > SLASHED_NAME_RANK) || (n.length >= 3 && !COMPOUND_SURNAME.test(n) && (isCommonWord(n.slice(0, 2)) || /[市县区会说]$/u.test(n)))) || names.every((n) => isCommonWord(n)));
  if (names.length >= 2 && names.length <= 4 && !slashedWords && (unknown.length === 0 || (names.length >= 3 && unknown.length === 1 && /、/u.test(text) && /^[\p{Script=Han}]{2,3}$/u.test(unknown[0]!) && !ROLE_WORD.test(unknown[0]!)))) {
    return { byline: text, dateline: null, authors: names.map((name) => ({ role: null, name })) };
  }

  const signature = SIGNATURE.exec(text);
  if (signature) {
    const { people, clean } = parsePeople(signature[2]!);
    if (!clean || people.length === 0) return null;
    return { byline: text, dateline: null, authors: people.map((p) => ({ role: signature[1]!, name: p.name })) };
  }

  const slash = SLASH_ROLE.exec(text);
  if (slash) {
    const { people, clean } = parsePeople(slash[2]!);
    // `文/寒 歌`: names under 文; `文/本报记者 张三` names its own role and is read below.
    // (A pen name is short, and signs under 文 or 图 only: `图片：春天来了`, `视频：直播`, `图片：网络` label what is shown or where it came from.)
    if (clean && people.length > 0 && people.every((p) => p.role === null && ((PEN_ROLE_SET.has(slash[1]!) && p.name.length <= MAX_PEN_NAME) || looksLikeName(p.name)))) {
      return { byline: text, dateline: null, authors: people.map((p) => ({ role: slash[1]!, name: p.name })) };
    }
  }

  const postfix = readPostfixRoles(text);
  if (postfix) return postfix;

  const writer = WRITER.exec(text);
  if (writer) return { byline: text, dateline: null, authors: [{ role: null, name: writer[1]! }] };

  const bareBracketed = BRACKETED_NAME.exec(text);
  if (bareBracketed) {
    const names = bareBracketed[1]!.split(/[、，,\s]+/u);
    if (names.every((n) => looksLikeName(n))) return { byline: text, dateline: null, authors: names.map((name) => ({ role: null, name })) };
  }
  // `（周 健 刘某野 曹 莉）`: names padded for print to a three-character name's width, in the brackets.
  const padded = PADDED_BRACKETED.exec(text);
  if (padded) {
    const { people, clean } = parsePeople(padded[1]!);
    if (clean && people.length >= 1 && people.length <= 4 && people.every((p) => p.role === null && looksLikeName(p.name))) return { byline: text, dateline: null, authors: people };
  }
  // `（宋某 长春教育学院）`: a writer's name and where they work or live, a letter's or an essay's signature.
  const workplace = NAME_THEN_WORKPLACE.exec(text);
  if (workplace && isPlainName(workplace[1]!) && !endsAsPlace(workplace[1]!)) return { byline: text, dateline: null, authors: [{ role: null, name: workplace[1]! }] };
  // `（某中日报 张某良）`: a paper's name printed apart, then its writers' names with no role: the paper's own people sign.
  const paperNamed = PAPER_THEN_NAMES.exec(text);
  if (paperNamed) {
    const names = paperNamed[1]!.split(/[、，,\s]+/u);
    // (`（人民日报 海外版）`, `（某某日报 海外网）`, `（某某日报 时评）`, `（某某日报 南京）`: an edition, a site, a column or a place is
    // no name; a name bears a common surname and is no word the dictionary counts.)
    if (names.every((n) => isPlainName(n) && !/[版刊网端号]$/u.test(n) && !endsAsPlace(n))) return { byline: text, dateline: null, authors: names.map((name) => ({ role: null, name })) };
  }
  // `（宫某欣陈某升）`: names run together in the brackets.
  const runTogether = RUN_TOGETHER_BRACKETED.exec(text);
  const together = runTogether ? runTogetherNames(runTogether[1]!) : null;
  if (together) return { byline: text, dateline: null, authors: together };

  const bracketed = BRACKETED.exec(text);
  // `（记者 甲 文 乙 图）`: a writer and a photographer in brackets, each group closed by what it made.
  const bracketedMadeBy = bracketed && /文/u.test(bracketed[1]!) ? readMadeBy(bracketed[1]!) : null;
  if (bracketedMadeBy?.writer) return { byline: text, dateline: null, authors: bracketedMadeBy.people };
  // `（张骞/文 张梦珠/图）`: names with their roles after them, in brackets.
  const bracketedPostfix = bracketed ? readPostfixRoles(bracketed[1]!) : null;
  if (bracketedPostfix) return { ...bracketedPostfix, byline: text };
  // `（记者 甲、乙／台北报导）`: where they filed from, after a slash or a space and before 报道, names no one.
  const filed = bracketed && /报[道导]$/u.test(bracketed[1]!) ? filedFromPlace(withoutPaperApart(bracketed[1]!).replace(/\s*报[道导]$/u, "")) : null;
  if (filed) return { byline: text, dateline: null, authors: filed };
  if (bracketed) {
    // `（记者 张三 报道）`: what they did, after the names, names no one.
    const { people, clean } = parsePeople(signedNames(bracketed[1]!));
    if (!clean || people.length === 0 || people.some((p, k) => (p.role === null && !namedBeforeRole(people, k)) || (!looksLikeName(p.name) && !vouchedPenName(people, p) && !vouchedByReporter(people, p)))) return null;
    return { byline: text, dateline: null, authors: people };
  }

  // `中国妇女报·中国女网记者`: the paper's reporters, no name printed.
  if (PRESS_REPORTERS.test(text)) return { byline: text, dateline: null, authors: [] };
  // `淄博日报/淄博晚报/博览新闻`: the outlets a byline's reporters work for, on a line of their own above them.
  if (OUTLETS.test(text)) return { byline: text, dateline: null, authors: [] };
  if (/评论员$/u.test(text) && parsePeople(text).people.length === 0 && parsePeople(text).clean) {
    return { byline: text, dateline: null, authors: [{ role: "评论员", name: text }] };
  }

  // `某新闻 某某晚报记者 甲 通讯员 乙`, `某某新闻客户端 记者 甲 通讯员 乙`: the outlet that carries the story, set apart before a
  // byline that opens on a role, names no one. (A paper and its reporters under one role, `人民日报 记者 王某 李某`, may be one of
  // a list of journalists a story names: only a paper's own name run into the role, or a second role, makes the rest a byline.)
  const outlet = OUTLET_BEFORE.exec(text);
  if (outlet) {
    const rest = text.slice(outlet[0].length);
    const inner = readBylineLine(rest);
    const byline = inner !== null && inner.authors.length > 0 && inner.authors[0]!.role !== null && (new Set(inner.authors.map((a) => a.role)).size >= 2 || PRESS_RUN_INTO_ROLE.test(rest));
    return byline ? { ...inner, byline: text } : null;
  }
  const { people, clean } = parsePeople(text);
  // `楼某峰 本报记者 吴某兰`: a correspondent's bare name may stand before the reporters' role.
  const ledByName = people[0]?.role === null && people.some((p) => p.role !== null && REPORTER_ROLE_WORD.test(p.role));
  if (!clean || people.length === 0 || (people[0]!.role === null && !ledByName)) return null;
  if (/摄$/u.test(text)) return null;
  // Standing alone, a role word and a phrase (记者节里话初心) must not pass for a byline;
  // under a slashed work role (`文/冰梅 图/姜韬`) a pen name of two or three characters is a name.
  const penNames = /[/／]/u.test(text) && people.every((p) => p.role !== null && PEN_ROLE_SET.has(p.role) && /^[\p{Script=Han}]{2,3}$/u.test(p.name));
  // (A reporter's role vouches for a name spelt out in more of its Han letters: `本报记者 阿拉坦仓`.)
  const named = (p: Person) => looksLikeName(p.name) || vouchedPenName(people, p) || (p.role !== null && REPORTER_ROLE_WORD.test(p.role) && looksLikeVouchedName(p.name));
  if (!penNames && !people.every(named)) return null;
  return { byline: text, dateline: null, authors: people };
}

/**
 * `（何某 本报记者 周某）`: a writer named with no role before people named after a role word signs with them, when the
 * name reads as names do (a common surname, no common word): `（发展 记者 李某）` names no writer before the role.
 */
export function namedBeforeRole(people: readonly Person[], k: number, surnameRankAtMost = COMMON_SURNAME_RANK): boolean {
  const p = people[k]!;
  return p.role === null && people.slice(k + 1).some((q) => q.role !== null) && isPlainName(p.name, surnameRankAtMost);
}

/** A person's name with no role word to vouch for it: it reads as a name, opens on a surname this common, and is no dictionary word (`王府井`). */
function isPlainName(name: string, surnameRankAtMost = COMMON_SURNAME_RANK): boolean {
  return looksLikeName(name) && surnameRank(name) <= surnameRankAtMost && !isCommonWord(name);
}

/**
 * `（见习记者谯某）`: in a signature's brackets, a reporter's role vouches for the one name after it, whatever its surname (谯 is
 * rarer than any the surname list holds), when it is two or three characters, no word and no kind of writing or reporting
 * (`（记者观察）`, `（记者手记）`, `（记者暗访）`, `（通讯员 供图）` name no one).
 */
function vouchedByReporter(people: readonly Person[], person: Person): boolean {
  return people.length === 1 && REPORTER_ROLE_WORD.test(person.role ?? "") && /^[\p{Script=Han}]{2,3}$/u.test(person.name) && !isCommonWord(person.name) && !ROLE_WORD.test(person.name) && !endsAsPlace(person.name) && !WRITING_KIND_END.test(person.name) && !FILED_FROM_WORD.test(person.name);
}

/** Where a report was filed from, after the role: `（记者发自京）`. */
const FILED_FROM_WORD = /^(?:发自|来自|发于)/u;
/** How a kind of writing or reporting ends: 手记, 来稿, 述评, 采写, 简讯, 报道, 手札, 暗访, 直击, 探营, 视点, 供图, 报料, 求证, 感言, 观察. */
const WRITING_KIND_END = /[记稿评述写讯报道札访击营点图料证言察录闻]$/u;

/**
 * `通讯员 张某 本报记者 晓林`: among people each named after a role word, one pen name of two or three
 * characters with no surname is a name too, when the others read as names. (A role word and a phrase
 * alone, 记者节里话初心, vouch for nothing.)
 */
function vouchedPenName(people: readonly Person[], person: Person): boolean {
  if (people.length < 2 || !people.every((p) => p.role !== null)) return false;
  const unknown = people.filter((p) => !looksLikeName(p.name));
  return unknown.length === 1 && unknown[0] === person && /^[\p{Script=Han}]{2,3}$/u.test(person.name) && !ROLE_WORD.test(person.name);
}

/**
 * A name printed alone under a headline, with no role word: `江陵`, `寒 歌`,
 * a columnist's pen name (`木言`). Two or three characters under a title are a
 * signature, not a subtitle; four must start like a name.
 */
/** A middle dot, then a name of two or three characters, alone on the line. */
const SIGNATURE_DOT = /^[·•・]\s*([\p{Script=Han}]{2,3})$/u;
/** `·刘某文`: a middle dot before two or three characters alone on the line, a signature's mark. */
export function isDottedSignature(text: string): boolean {
  const dotted = SIGNATURE_DOT.exec(text);
  return dotted !== null && hasCommonSurname(dotted[1]!) && !isCommonWord(dotted[1]!.slice(0, 2));
}

export function readBareName(text: string): Byline | null {
  if (isEditorsNote(text)) return null;
  const standing = standingName(text);
  if (standing !== null) return { byline: text, dateline: null, authors: [{ role: null, name: standing }] };
  // (`·刘某文`: a middle dot before a name alone on its line marks a signature, as a glyph does; the byline keeps it as printed.
  // Not layout everywhere: a column may cut a line right before a dot inside a name, `《某报` / `·某专刊》…`.)
  // (A name on a common surname, no word: `·快评`, `·江南` label a column or a part.)
  const dotted = isDottedSignature(text) ? SIGNATURE_DOT.exec(text)![1]! : null;
  if (dotted !== null && !isCommonWord(dotted)) {
    const read = readBareName(dotted);
    return read && read.authors.length === 1 ? { ...read, byline: text } : null;
  }
  // `田某勉 （某县）`: a reader's name, set apart, and where they write from. (`宏村（黟县）`, `周庄 （昆山市）`, a place and its county, name no one.)
  const from = WRITES_FROM.exec(text);
  if (from) return looksLikeName(from[1]!) && !endsAsPlace(from[1]!) && !from[1]!.endsWith("庄") ? { byline: text, dateline: null, authors: [{ role: null, name: from[1]! }] } : null;
  const m = /^([\p{Script=Han}]{1,3}) ?([\p{Script=Han}]{1,3})$/u.exec(text);
  const name = m ? m[1]! + m[2]! : "";
  // (Four characters or more with no role to vouch for them: a name spelt out, 阿拉坦仓, is no word the dictionary counts; a place
  // or a phrase spelt in the same letters, 呼和浩特, 斯里兰卡, is.)
  if (m && (name.length <= 3 || (looksLikeName(name) && !isCommonWord(name)))) return { byline: text, dateline: null, authors: [{ role: null, name }] };
  // `罗某，张某杰`, `甲 乙 丙`: two to four writers' names, set apart, each a name.
  const names = BARE_NAMES.test(text) ? text.split(/[，、,\s]+/u) : paddedNames(text);
  return names !== null && names.every((n) => looksLikeName(n)) ? { byline: text, dateline: null, authors: names.map((n) => ({ role: null, name: n })) } : null;
}

/**
 * `蔡某源 熊 冰`: two to four names set apart by spaces, a two-character one among them padded for print to a three-character
 * one's width. (One at least is printed whole, as a name's width is set by the longer names beside it; and a padded pair is
 * no word the dictionary counts: `金 秋 时 节`, `安 居 乐 业` are a phrase spaced out, no one's names.)
 */
function paddedNames(text: string): string[] | null {
  if (!/^[\p{Script=Han}\s]+$/u.test(text)) return null;
  const tokens = joinPaddedNames(text.trim().split(/(\s+)/u)).filter((_, k) => k % 2 === 0);
  const padded = tokens.filter((t) => /\s/u.test(t)).map((t) => t.replace(/\s+/gu, ""));
  if (tokens.every((t) => /\s/u.test(t)) || padded.some((name) => isCommonWord(name))) return null;
  const names = tokens.map((n) => n.replace(/\s+/gu, ""));
  return names.length >= 2 && names.length <= 4 ? names : null;
}

/** A name, a space, then in brackets the place its writer lives in: `田某勉 （某县）`, `王某 （湖南某某市）`. */
const WRITES_FROM = new RegExp(`^([\\p{Script=Han}]{2,4})\\s+[（(][\\p{Script=Han}]{0,8}(?:${anyOf(PLACE_ENDINGS)})[)）]$`, "u");

/** Two to four names of two or three characters, set apart by commas, 、 or spaces. */
const BARE_NAMES = /^[\p{Script=Han}]{2,3}(?:[，、,\s]+[\p{Script=Han}]{2,3}){1,3}$/u;
