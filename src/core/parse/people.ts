/**
 * Names and the role words printed before them, as bylines, credits and
 * signatures print them: `全媒体记者/何春林 通讯员/何杏`, `记者高晓燕 通讯员刘音宝`,
 * `YMG记者 云全 李鑫`, `新华社记者 牟宇`, `文/寒 歌`.
 */
import type { Person } from "../model.ts";
import { isCommonWord } from "./column.ts";
import { hasCommonSurname, looksLikeName, looksTransliterated, startsWithCompoundSurname, startsWithSurname, surnameRank } from "./surnames.ts";
import { anyOf, BYLINE_ROLES, HOUSE_AGENCIES, WHEN_WORDS, MAKER_ROLES, MEDIA_UNIT_ENDINGS, PLACE_ENDINGS, PRESS_ENDINGS, REPORTER_ROLES, ROLE_QUALIFIERS, WORK_ROLES, WROTE_AND_TOOK } from "../vocabulary.ts";

/** Roles that only stand alone before a slash or colon (`文/寒 歌`, `图/张三`). */
/** What people made, before their role or names (`文/记者 甲`, `文并摄/记者 甲`): it says what they did, their role follows. */
const SHORT_ROLES: ReadonlySet<string> = new Set([...WORK_ROLES, ...WROTE_AND_TOOK]);

/**
 * An organisation in front of a role word: a paper, an agency, a station, or a Latin brand
 * (YMG); a brand joined to its paper by a dash or a dot counts as one (新重庆-重庆日报).
 */
// (A paper's name, a dot and its app's brand, which ends any way it likes: 齐鲁晚报·齐鲁壹点, 中国青年报·中青在线.)
// (A paper's name may stand in title marks, as it is quoted in prose: 《某某日报》记者; a work's title, 《树知秋》, is no organisation.)
// (Or its edition after it: 湖北日报农村版, 人民日报海外版.)
const ORG = new RegExp(`^(?:${anyOf(HOUSE_AGENCIES)}|《[^《》]{1,18}?(?:${anyOf(PRESS_ENDINGS)})》|[A-Za-z]{1,8}|[\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z·\\-－—]{0,23}(?:${anyOf([...PRESS_ENDINGS, ...MEDIA_UNIT_ENDINGS])})|[\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS)})[·\\-－—][\\p{Script=Han}A-Za-z]{2,8}|[\\p{Script=Han}]{1,10}(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1 && e.endsWith("报")))})[\\p{Script=Han}]{1,4}版)$`, "u");

/**
 * A paper's or an agency's name by a name no person bears (日报, 晚报, 新闻网…; not a bare 报 or 网), a
 * space, then a reporter's role: `某某日报 记者 甲 乙`. (Not 据某某日报: whose report a story reprints.)
 */
const PAPER_APART = new RegExp(`^(?!据)(?:${anyOf(HOUSE_AGENCIES)}|[\\p{Script=Han}]{2,10}(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1))}))\\s+(?=(?:${anyOf(ROLE_QUALIFIERS)})*(?:${anyOf(REPORTER_ROLES)}))`, "u");

/**
 * A signature's brackets without the paper its reporters work for, printed apart before their role
 * (`（某某日报 记者 甲 乙）` → `记者 甲 乙`). Only in brackets: on a line of its own, `人民日报 记者 王某` may
 * as well be one of a list of journalists the story names.
 */
export function withoutPaperApart(bracketed: string): string {
  return bracketed.replace(PAPER_APART, "");
}

/** What a signature's brackets name: no paper printed apart before the role, and no `报道` after the names. */
export function signedNames(bracketed: string): string {
  return withoutPaperApart(bracketed).replace(/\s*报[道导]$/u, "");
}

/** A printed personal name: two to five Han characters (a middle dot for transliterated names), or a Latin name. */
const NAME = /^(?:[\p{Script=Han}]{1,6}(?:[·•][\p{Script=Han}]{1,8})*|[A-Z][a-zA-Z.\-]{1,20})$/u;

/**
 * Names run together after a role, longer than one name may be (`肖某黄某然易某`, three of them): read as names where they split
 * into names that each look like one (splitRunTogether).
 */
function isRunOfNames(token: string): boolean {
  if (NAME.test(token)) return true;
  if (!/^\p{Script=Han}{7,15}$/u.test(token)) return false;
  const names = splitRunTogether(token);
  // (Each a name and no word, its surname a common one: `来到红海滩国家` splits by surnames too, 来到红 / 海滩 / 国家.)
  return names.length >= 2 && names.every((n) => looksLikeName(n) && !isCommonWord(n) && !isCommonWord(n.slice(0, 2)) && surnameRank(n) <= RUN_SURNAME_RANK);
}
/** How rare a surname may be in a long run of names read apart: 易 (111) is one, 来 (322) and 海 (289) begin words. */
const RUN_SURNAME_RANK = 200;

/** Role words, longest first so that 全媒体记者 wins over 记者. */
const ROLE_AT = new RegExp(`(${anyOf(BYLINE_ROLES)})`, "u");

/** Qualifiers run together at the end of what stands before a role word: `特派`, `全媒体`, `驻京`, after an organisation or nothing. */
const QUALIFIED = new RegExp(`^(.*?)((?:${anyOf(ROLE_QUALIFIERS)}|驻[\\p{Script=Han}]{1,4}?)+)$`, "u");

/**
 * A role word and what stands before it in one token: qualifiers join the role (`本报驻京` +
 * `记者` → `本报`, `驻京记者`); what is left is the organisation, or a name, or nothing.
 */
function withQualifiers(before: string, role: string, first = false): [string, string] {
  const q = QUALIFIED.exec(before);
  // (`漳州融媒记者`: a place before a media qualifier is that place's media centre, an organisation.)
  return q && (q[1] === "" || ORG.test(q[1]!) || isPlaceMedia(q[1]!, q[2]!, first)) ? [q[1]!, q[2]! + role] : [before, role];
}

/**
 * Is what stands before a media qualifier a place (漳州 + 融媒)? A name run into the next role
 * (`王小明全媒体记者`, `欧阳小明融媒体记者`) stays a name. First in what is read, a word with no common
 * surname is a place (`克拉玛依融媒记者`, `阿勒泰融媒记者`), and anywhere one of up to twelve characters
 * that ends as a place's name does (`西双版纳傣族自治州融媒记者`).
 */
function isPlaceMedia(place: string, qualified: string, first = false): boolean {
  if (!PLACE_MEDIA.test(qualified) || !/^[\p{Script=Han}]{2,12}$/u.test(place)) return false;
  if (PLACE_END.test(place)) return true;
  if (place.length > 4) return false;
  return first ? !hasCommonSurname(place) : !looksLikeName(place);
}

/**
 * `半岛记者`, `紫牛记者`: first on the line, a word of two to four characters that does not start as a name does, before a
 * reporter's role: the paper's brand, its organisation. (`王某记者`, a name run into the role, stays a name.)
 */
function isBrandBefore(word: string, role: string, first: boolean): boolean {
  return first && /^[\p{Script=Han}]{2,4}$/u.test(word) && REPORTER_ROLE_SET.has(role) && !hasCommonSurname(word) && !TIME_WORD.test(word);
}
/** A time of the day a sentence opens on after its day (昨天中午, 今日上午). */
const TIME_OF_DAY = "(?:上午|下午|中午|晚上|凌晨|傍晚|早上|清晨)";
/** A day or a time of day, whole, `昨天中午`, `今天`, `当晚`: the start of a sentence about a reporter (`昨天中午记者来到…`), never a brand (`今日桐乡` is one). */
const TIME_WORD = new RegExp(`^(?:(?:${anyOf(WHEN_WORDS)})(?:${TIME_OF_DAY})?|${TIME_OF_DAY})$`, "u");
export const REPORTER_ROLE_SET: ReadonlySet<string> = new Set(REPORTER_ROLES);

/** `江门日报青苹果` before `小记者`: a paper's name and its own brand run together, the organisation its role works for. */
const PAPER_AND_BRAND = new RegExp(`^[\\p{Script=Han}]{2,10}?(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length >= 2 && e.endsWith("报")))})([\\p{Script=Han}]{3,6})$`, "u");
/** (The brand is no name run in, `江门日报张三记者`: three characters or more that do not start with a common surname.) */
function isPaperAndBrand(word: string): boolean {
  const brand = PAPER_AND_BRAND.exec(word)?.[1];
  return brand !== undefined && !hasCommonSurname(brand);
}

/** How a place's name ends: 市, 县, 自治州…. */
const PLACE_END = new RegExp(`(?:${anyOf(PLACE_ENDINGS)})$`, "u");

/** Does the word end as a place's name does (某某市, 某某县, 某某村)? */
export function endsAsPlace(word: string): boolean {
  return PLACE_END.test(word);
}

/** Qualifiers that name a media centre (融媒, 全媒体): a place before them is its own. */
const PLACE_MEDIA = /^(?:融媒体?|全媒体?|新媒体)/u;

/** A short role, a slash and another: `图/文`, `文/图`. */
const JOINED_ROLE = /^(\p{Script=Han}{1,2})\s*[/／]\s*(\p{Script=Han}{1,2})/u;

/**
 * An outlet with no role in it, a slash, then another outlet run together with a role word, or either of them ending as an
 * outlet does and a space before the role (`某某新闻网/某某融媒体中心 记者 甲`): the first outlet is dropped. (Not a person's name
 * or a task before the slash, `张某/李某 记者 王某`, `设计/王某 记者 李某`.)
 */
const OUTLET_END = `(?:${anyOf([...PRESS_ENDINGS, ...MEDIA_UNIT_ENDINGS, "中心", "客户端"])})`;
const OUTLETS_BEFORE_ROLE = new RegExp(`^(?![^/／]*(?:${anyOf([...BYLINE_ROLES, ...WORK_ROLES])}|[摄图绘]))(?:[\\p{Script=Han}A-Za-z·]{2,10}[/／](?=[\\p{Script=Han}A-Za-z·]{0,10}?(?:${anyOf(BYLINE_ROLES)})\\s*\\S|[\\p{Script=Han}A-Za-z·]{1,12}?${OUTLET_END}\\s(?:${anyOf(BYLINE_ROLES)})\\s*\\S)|[\\p{Script=Han}A-Za-z·]{1,10}?${OUTLET_END}[/／](?=[\\p{Script=Han}A-Za-z·]{1,12}?\\s(?:${anyOf(BYLINE_ROLES)})\\s*\\S))`, "u");
/**
 * `沈阳日报、沈阳网记者甲`: a paper and its site listed with 、 before the role they employ. (The first must end as an outlet's
 * name does, 日报, 网: `张三、李四记者` lists people.)
 */
const OUTLET_LISTED_BEFORE_ROLE = new RegExp(`^[\\p{Script=Han}A-Za-z·]{1,10}?(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1 || e === "网"))})、(?=[\\p{Script=Han}A-Za-z·]{1,10}?(?:${anyOf(PRESS_ENDINGS)})(?:${anyOf(ROLE_QUALIFIERS)})*(?:${anyOf(BYLINE_ROLES)})\\s*\\S)`, "u");

export interface PeopleParse {
  people: Person[];
  /** Every token was an organisation, a role or a plausible name. */
  clean: boolean;
}

/** A paper's bureau in a place, printed apart: `武胜记者站`. */
const BUREAU = /^[\p{Script=Han}]{1,8}记者站$/u;

/**
 * Reads `role name name role name …` into people. Tokens are split on spaces,
 * 、，, slashes and upright bars (`文|张三`); an organisation before a role is dropped from the role;
 * two one-character tokens are one name padded for print (`寒 歌` → 寒歌).
 */
export function parsePeople(printed: string): PeopleParse {
  // `石榴云/新疆日报记者 甲`, `兰州晨报/掌上兰州首席记者 乙`: outlets joined by a slash before the role they employ.
  // `沈阳日报、沈阳网记者 甲`: the same, listed with 、.
  const led = OUTLETS_BEFORE_ROLE.exec(printed) ?? OUTLET_LISTED_BEFORE_ROLE.exec(printed);
  const text = led ? printed.slice(led[0].length) : printed;
  const tokens = text.split(/[\s、，,/／|｜丨;；：:]+/u).filter((t) => t !== "");
  const people: Person[] = [];
  let role: string | null = null;
  // (What stood before the line's first role as its brand, `每经`.)
  let brand: string | null = null;
  let clean = true;
  const pending: string[] = [];

  const flush = () => {
    for (let i = 0; i < pending.length; i++) {
      const a = pending[i]!;
      const b = pending[i + 1];
      if (a.length === 1 && b !== undefined && b.length === 1) {
        people.push({ role, name: a + b });
        i++;
      } else {
        if (a.length === 1) clean = false;
        people.push({ role, name: a });
      }
    }
    pending.length = 0;
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // `武胜记者站 甲 实习生 乙`: a paper's bureau printed apart names where its people work, no role: the names after it have none.
    if (BUREAU.test(token)) {
      flush();
      role = null;
      continue;
    }
    if (SHORT_ROLES.has(token)) {
      // `图/文 甲`: two roles joined by a slash, no name between, are one role as printed.
      const joined: RegExpExecArray | null = role !== null && SHORT_ROLES.has(role) && pending.length === 0 && t > 0 && tokens[t - 1] === role ? JOINED_ROLE.exec(text.slice(text.indexOf(role))) : null;
      flush();
      role = joined && joined[2] === token ? `${role}/${token}` : token;
      continue;
    }
    const m = ROLE_AT.exec(token);
    if (m) {
      let [before, qualified] = withQualifiers(token.slice(0, m.index), m[1]!, t === 0);
      // (After a slash-joined outlet, what stands before the first role is the second outlet, any brand at all.)
      if (led && t === 0) {
        const q = QUALIFIED.exec(before);
        if (q) qualified = q[2]! + m[1]!;
        before = "";
      }
      const after = token.slice(m.index + m[0].length);
      // (`文/图 半岛记者 甲`: after a work role that names no one yet, the brand still leads the line's people.)
      const leading = t === 0 || (people.length === 0 && pending.length === 0 && role !== null && SHORT_ROLES.has(role));
      // (`每经记者 甲 每经编辑 乙`: the brand the line's first role stood after stands so before the next.)
      if (before !== "" && before !== brand && !ORG.test(before) && !isPaperAndBrand(before) && !isPlaceMedia(before, qualified, t === 0) && !isBrandBefore(before, m[1]!, leading)) {
        // `张三记者` is unusual; read what stands before the role as a name under the previous role.
        if (NAME.test(before)) pending.push(before);
        else clean = false;
      }
      else if (before !== "" && t === 0) brand = before;
      flush();
      role = qualified;
      // `记者梁龄实习生漆芳芳`: a second role run together with the first one's names starts a token of its own.
      const next = ROLE_AT.exec(after);
      if (next && next.index >= 2) {
        tokens.splice(t + 1, 0, after.slice(next.index));
        // (`记者甲浏阳日报记者乙`: the second role's paper, run in after the first's names, is no name.)
        const names = withoutPaperAfter(after.slice(0, next.index));
        if (isRunOfNames(names)) pending.push(...splitRunTogether(names));
        else clean = false;
        continue;
      }
      if (after !== "") {
        if (isRunOfNames(after)) pending.push(...splitRunTogether(after));
        else clean = false;
      }
      continue;
    }
    // `记者/谢苗枫王辉`: names run together after a role printed apart.
    // `楚天都市报极目新闻 记者柯称`, `齐鲁晚报·齐鲁壹点 记者 甲`: the organisation printed apart from the role it employs.
    // (`（记者 刘某 大河报）`: a paper of three characters named after someone, as a name's last character 报 hardly ever is; not
    // straight after a role, `记者 王喜报`, where it is the one named.)
    const paperAfterName = token.length === 3 && token.endsWith("报") && (pending.length > 0 || people.length > 0) && !(t > 0 && SHORT_ROLES.has(tokens[t - 1]!)) && !ROLE_AT.test(tokens[t - 1] ?? "");
    if (((token.length >= 4 && (!NAME.test(token) || /[·\-－—]/u.test(token))) || paperAfterName) && ORG.test(token)) continue;
    if (NAME.test(token) || (role !== null && isRunOfNames(token))) pending.push(...(role !== null ? splitRunTogether(token) : [token]));
    else clean = false;
  }
  flush();
  return { people, clean };
}

/** Names with the house's own agency run in after them: `付某本报`. */
const HOUSE_AFTER = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:${anyOf(HOUSE_AGENCIES)})$`, "u");
/** Endings of a paper's name no person's name has (日报, 晚报; not 报, 网), longest first. */
const PAPER_ENDINGS = PRESS_ENDINGS.filter((e) => e.length > 1).sort((a, b) => b.length - a.length);

/**
 * `唐朝昭浏阳日报` → `唐朝昭`: names with a paper's name run in after them (the next reporter's paper, its role after it),
 * the paper dropped. Its place is read as short as the names before it allow: two characters (浏阳, 长沙) are most papers'.
 */
function withoutPaperAfter(run: string): string {
  // (`付某本报` before `记者乙`: the house's own 本报 run in after the names.)
  const house = HOUSE_AFTER.exec(run);
  if (house && looksLikeName(house[1]!)) return house[1]!;
  if (NAME.test(run) && run.length <= 4) return run;
  const ending = PAPER_ENDINGS.find((e) => run.endsWith(e));
  // (A bare 报 too, `赵某仁镍都报` → `赵某仁`, `张某某导报` → `张某某`: a run longer than a name, before another role, is no name
  // that ends so. Its paper's name may be one character long, so the names are read three characters long first.)
  if (ending === undefined && run.endsWith("报")) {
    for (const length of [3, 2]) {
      const names = run.slice(0, length);
      if (run.length - 1 - length >= 1 && looksLikeName(names)) return names;
    }
    return run;
  }
  if (ending === undefined) return run;
  for (let place = 2; place <= 6; place++) {
    const names = run.slice(0, run.length - ending.length - place);
    if (names.length < 2) break;
    if (splitRunTogether(names).every(looksLikeName)) return names;
  }
  return run;
}

/**
 * Names printed together after a role with no separator (`记者曾坤颜世贵` → 曾坤, 颜世贵): split
 * into two to five names of two or three characters, each starting with a surname (three or
 * four after a compound surname such as 欧阳). Of the possible splits, the one whose rarest
 * surname is most common wins (张明李强赵丽 is 张明, 李强, 赵丽, not 张明李, 强赵丽), then the one
 * with fewest parts. No such split keeps the text as one name.
 */
export function splitRunTogether(text: string): string[] {
  if (text.length < 4 || !/^[\p{Script=Han}]+$/u.test(text) || looksTransliterated(text, true)) return [text];
  const splits: string[][] = [];
  const walk = (rest: string, parts: string[]): void => {
    if (rest === "") {
      if (parts.length >= 2) splits.push(parts);
      return;
    }
    if (parts.length === 5) return;
    const compound = startsWithCompoundSurname(rest);
    for (const n of compound ? [3, 4] : [2, 3]) {
      const head = rest.slice(0, n);
      if (head.length < n || (!compound && !startsWithSurname(head))) continue;
      walk(rest.slice(n), [...parts, head]);
    }
  };
  walk(text, []);
  // (Rarest surname first, then the next rarest, and so on: 张海强崔婉 is 张海强 and 崔婉, not 张海 and 强崔婉,
  // since 崔 is the commoner surname.)
  const ranks = (parts: string[]) => parts.map(surnameRank).sort((x, y) => y - x);
  const byRarity = (a: string[], b: string[]) => {
    const [x, y] = [ranks(a), ranks(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  };
  splits.sort((a, b) => Math.max(...a.map(surnameRank)) - Math.max(...b.map(surnameRank)) || a.length - b.length || byRarity(a, b));
  return splits[0] ?? [text];
}

/** A lone token that reads as an organisation (本报, 新华社, 株洲日报). */
export function isOrganisation(text: string): boolean {
  return ORG.test(text);
}


/** People named each by what they made, and what kinds of work the line names. */
export interface MadeBy {
  people: Person[];
  /** Someone is named as the writer (`文`). */
  writer: boolean;
  /** Someone is named as the photographer or illustrator (`摄`, `图`, `摄影`). */
  picture: boolean;
}

/** What a maker made, or several things (`图、视频`: the pictures and the video). */
const MADE = `(?:${anyOf(MAKER_ROLES)})(?:、(?:${anyOf([...MAKER_ROLES, "视频"])}))*`;
const MAKER = new RegExp(`^${MADE}$`, "u");
/** One character, a space, and one more closing a name (before a slash and what was made, a space or the end): `曾 滨/摄`. */
const SPACED_NAME = /(?<=^|\s)(?![文图摄绘])(\p{Script=Han})\s+(?![文图摄绘])(\p{Script=Han})(?=[/／]|\s|$)/gu;
/** `张锐/文`: a name and what its bearer made, joined by a slash. */
const SLASHED_MAKER = new RegExp(`^([\\p{Script=Han}]{2,4})[/／](${MADE})$`, "u");
/** A role word alone, perhaps after its organisation: `记者`, `本报首席记者`, `河南日报记者`. */
const ROLE_TOKEN = new RegExp(`^(.*?)(${anyOf(BYLINE_ROLES)})$`, "u");

/**
 * `本报首席记者 朱兰英 文 王志浩 摄`, `记者 乐培意 张锐/文 杨大伟/摄`, `本报记者 之光/文 王浩志/图`:
 * names, each group closed by what its people made, after a slash or a space. A role word
 * before a group is that group's role (its writers keep it, `/文` says only what they did);
 * a group with no role of its own takes what it made (`王志浩 摄` → role 摄). Null unless
 * every token is a role, a name or a maker and at least one maker closes a group.
 */
export function readMadeBy(text: string): MadeBy | null {
  // (`连志城/ 图`: a space after the slash is layout; the maker still closes the name before it.)
  const tokens = text
    .trim()
    .replace(/[/／]\s+/gu, "/")
    // (`曾 滨/摄`: a name of two characters printed a space apart, as columns set them, is one name.)
    .replace(SPACED_NAME, "$1$2")
    .split(/\s+/u)
    .flatMap((t) => {
      const slashed = SLASHED_MAKER.exec(t);
      return slashed ? [slashed[1]!, slashed[2]!] : [t];
    });
  const people: Person[] = [];
  let role: string | null = null;
  let pending: string[] = [];
  // (`朱某杰 记者 洪某亮/文`: names before any role in a group take what the group made.)
  let unroled: string[] = [];
  let writer = false;
  let picture = false;
  for (const token of tokens) {
    if (MAKER.test(token)) {
      if (pending.length === 0) return null;
      for (const name of unroled) people.push({ role: token, name });
      unroled = [];
      for (const name of pending) people.push({ role: token === "文" ? (role ?? "文") : (role ?? token), name });
      // (`文、图`: several things made, the words among them.)
      const made = token.split("、");
      if (made.includes("文")) writer = true;
      if (made.some((m) => m !== "文")) picture = true;
      pending = [];
      role = null;
      continue;
    }
    const r = ROLE_TOKEN.exec(token);
    const [org, qualified] = r ? withQualifiers(r[1]!, r[2]!) : ["", ""];
    // (`中心记者 甲/文 乙/摄`: a brand first on the line, as in any byline, is the organisation.)
    const leading = people.length === 0 && pending.length === 0 && unroled.length === 0 && role === null;
    if (r && (org === "" || ORG.test(org) || isBrandBefore(org, r[2]!, leading))) {
      if (pending.length > 0) {
        if (role === null) unroled.push(...pending);
        else for (const name of pending) people.push({ role, name });
      }
      pending = [];
      role = qualified;
      continue;
    }
    if (!/^[\p{Script=Han}]{2,4}$/u.test(token)) return null;
    pending.push(token);
  }
  if (unroled.length > 0) return null;
  if (pending.length > 0) {
    if (role === null) return null;
    for (const name of pending) people.push({ role, name });
  }
  return writer || picture ? { people, writer, picture } : null;
}
