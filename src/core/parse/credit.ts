/**
 * Photo credits: `株洲日报全媒体记者/杨如 通讯员/李江 摄`, `新华社记者 李紫恒 摄`,
 * `通讯员 陈军/摄`, `乔启明摄（影像中国）`, `张秀科摄/光明图片`, `特约摄影 沈果`,
 * `新华社发`, `（全媒体记者 何安娜 摄）`, `…摄影报道`. A credit closes a picture.
 */
import { DECORATIVE, withoutEndMark } from "./text.ts";
import type { Person } from "../model.ts";
import { anyOf, BYLINE_ROLES, HOUSE_AGENCIES, ORGANISATION_ENDINGS, PHOTO_ROLES, PICTURE_AGENCIES, PICTURE_SERVICES, PICTURE_SOURCES, PRESS_ENDINGS, WRITER_KINDS } from "../vocabulary.ts";
import { endsAsPlace, parsePeople, readMadeBy, splitRunTogether } from "./people.ts";
import { hasCommonSurname, looksLikeName, looksTransliterated } from "./surnames.ts";
import { isCommonWord } from "./column.ts";

export interface Credit {
  credit: string;
  photographers: Person[];
}

/** `文/甲`, `撰文：甲` opening a line: its writer, named first. */
const WRITER_FIRST = /^(?:文|撰文|撰稿)\s*[/／：:]/u;

/** Layout glyphs (■ ▲ ◀) and the space after them, opening a credit printed on its caption's line. */
const LEADING_GLYPHS = new RegExp(`^(?:${DECORATIVE.source}\\s*)+`, "u");

/** The longest credit we read; captions are longer, credits are not. */
const MAX_CREDIT = 64;

const AGENCY_RELEASE = new RegExp(`^(?:${anyOf(PICTURE_AGENCIES)})\\s*(?:发|供图|图)(?:\\s*[（(]?\\s*(.{1,40}?)\\s*\\/?\\s*摄\\s*[)）]?)?$`, "u");
/** A picture's source and a slash opening a credit, and what follows it: `资料图片/李某哲摄`. */
const SOURCE_BEFORE = new RegExp(`^[（(]?\\s*(?:${anyOf(PICTURE_SOURCES)})\\s*[/／]\\s*([^（()）]{2,30}?)\\s*[)）]?$`, "u");
const SOURCE_TAG = /(?:\s*[（(][^（()）]{1,12}[)）]|\/[\p{Script=Han}A-Za-z]{2,10})$/u;
/** What closes a credit: 摄, 摄影(报道), 摄图, 供图, what a drawing's maker did (绘, 制图), or 图 after a space (`晚报记者 廖谦 图`). */
// (Some web copies print a backslash for the slash: `本报记者吴某\摄`.)
const MARKER = /\s*[/／\\＼]?\s*(?:摄影报[道导]|摄影|摄图|文并摄|摄|供图|绘图|制图|绘)$|\s+图$/u;
/** A photographer's role: one of PHOTO_ROLES, or any role word that says 摄影 (首席摄影记者, 摄影师). */
const PHOTO_ROLE = new RegExp(`^(?:${anyOf(PHOTO_ROLES)})$|摄影`, "u");
/** A picture's role word, a slash, a colon or (after 摄影) a space, then who took it: `摄影/某报记者 甲`, `摄影 记者 甲`, `本版摄影 本报记者 甲` (every picture of the page), `图/本报记者 甲`, `组图/记者 甲 乙` (a set of pictures), `摄/甲` (never `图/文 甲`: text and picture, a byline). */
const PHOTO_LED = /^(?:(?:本版)?摄影(?!编辑|统筹|总监|指导|助理)\s*[/／：:]?|(?:图片|组图|漫画|插图|制图|绘图)\s*[/／：:]|[图摄绘]\s*[/／：:])\s*(?!文)(.+)$/u;
/** A paper, an agency or a station by its name alone: `人民日报`, `新华社`, `某某融媒体中心`. */
const OUTLET_ALONE = new RegExp(`^(?:${anyOf([...HOUSE_AGENCIES, ...PICTURE_AGENCIES])}|[\\p{Script=Han}A-Za-z·]{1,12}?(?:${anyOf(PRESS_ENDINGS.filter((e) => e.length > 1))}))$`, "u");
/** `图/某某寺提供`: a picture's role word and a slash or colon, then who supplied it, and 提供. */
const SUPPLIED_AFTER_ROLE = /^(?:图片?|照片)\s*[/／：:]\s*([\p{Script=Han}A-Za-z·]{2,16}?)\s*提供$/u;
/** What a credit may hold anywhere: an agency's release (新华社发), a picture role (图/…), a source (来源：), a picture service. */
const MAY_CREDIT_INSIDE = new RegExp(`(?:社|图片|中国|photo)发|(?:图片?|漫画|绘)\\s*[/／：:]|来源(?:\\s*[：:]|于)|${anyOf(PICTURE_SERVICES)}`, "u");
/** …or ends like one: 提供, 供图, 图, 图片, 照片, IC, maybe in a bracket. */
const MAY_CREDIT_END = /(?:提供|供图|社\s*图|\s图|图片|照片|图|IC|绘)\s*[)）]?$/u;
/** Every credit names 摄 or 摄影, an agency's release (新华社发), a picture role (图/…), a source, or ends on one: a cheap test before the real one. */
function mayCredit(text: string): boolean {
  // (Single characters first: most lines fail here at once.)
  if (text.includes("摄")) return true;
  if (!/[发图源照视ICF绘画提]/u.test(text)) return false;
  return MAY_CREDIT_INSIDE.test(text) || MAY_CREDIT_END.test(text.slice(-8));
}

/**
 * A picture's source with no one named: `资料图片`, `（本报资料图）`, `网络图片`, `（图片来源：网络）`,
 * `图片来源：新华社`, `图片来源于网络`, or a picture service's name alone (`人民图片`, `视觉中国`).
 */
const SOURCED = new RegExp(`^[（(]?\\s*(?:(?:本报|[\\p{Script=Han}]{1,8}?(?:${anyOf(PRESS_ENDINGS)}))?(?:${anyOf(PICTURE_SOURCES)})|图片来源(?:\\s*[：:]\\s*|于)[^（()）]{1,16}|(?:${anyOf(PICTURE_SERVICES)}))\\s*[)）]?$`, "u");
/** The public who supply a picture: `民众`, `市民`, `读者`, `网友`, `受访者`. */
const PUBLIC_SUPPLIER = new RegExp(`^(?:${anyOf([...WRITER_KINDS, "民众", "受访者", "知情人"])})$`, "u");
/** `（民众提供）`, `（林某宪提供）`: who supplied a picture, a few characters in brackets before 提供 (not data: `（数据由…提供）`). */
const SUPPLIER_IN_BRACKETS = /^[（(]\s*((?!数据|资料|材料|信息)[\p{Script=Han}A-Za-z·]{2,10})\s*提供\s*[)）]$/u;
/**
 * `图片由市民提供`, `照片由本报记者 张三提供`, `资料图片由记者甲提供`, `本版图片均由某某提供`: who supplied the picture (or all of a
 * page's); `本文图片均由记者甲拍摄`: who took them.
 */
const PROVIDED = /^[（(]?\s*(?:本版|本文)?(?:资料)?(?:图片|照片|图)均?由\s*(.{1,20}?)\s*(提供|拍摄)\s*[)）]?$/u;
/**
 * `均为本报记者 张三 摄`, `（均为张三 摄）`, `（本版图片由记者甲摄/视觉重庆）`: the credit covers all the pictures (a page's, a set's);
 * 均为 and 图片由 name no one.
 */
const ALL_BY = /^(?:本版|本组|本文)?(?:(?:图片|照片)?(?:均为|均系|皆为)|(?:图片|照片)均?由)\s*/u;
/** `李强/视觉中国`: a photographer's name and the picture service that sold the picture. */
const NAME_AND_SERVICE = new RegExp(`^([\\p{Script=Han}·]{2,4})\\s*[/／]\\s*(?:${anyOf(PICTURE_SERVICES)})$`, "u");

/**
 * In brackets, who a picture came from and the word for it: an organisation (`（民政总署图片）`), or whoever supplied
 * it (`（主办单位提供图片）`, `（受访者提供照片）`). (A pointer to a picture, `（附图片）`, `（更多图片）`, `（点击查看图片）`, names no one.)
 */
const SUPPLIED_IN_BRACKETS = new RegExp(`^[（(]\\s*(?:[\\p{Script=Han}A-Za-z·]{2,16}?\\s*提供|[\\p{Script=Han}A-Za-z]{1,16}?(?:${anyOf([...ORGANISATION_ENDINGS, "单位", "主办方", "受访者"])}))\\s*(?:图片|照片)\\s*[)）]$`, "u");

/** Who supplied a picture, in a few words (交警, 受访者, 某某医院): any short run of letters. */
const SUPPLIED_BY = /^[\p{Script=Han}A-Za-z·]{2,16}$/u;
/** An organisation that supplies a picture: a department, an office, a company, a paper. */
const SUPPLIER = new RegExp(`^[\\p{Script=Han}A-Za-z]{2,24}(?:${anyOf(ORGANISATION_ENDINGS)})$`, "u");

/** Who a reader is (WRITER_KINDS), then their name or their screen name after @: `网友 张某`, `网友@空山灵雨`. */
const READER = new RegExp(`^(${anyOf(WRITER_KINDS)})\\s*(?:[@＠]\\s*([^\\s@＠]{1,16})|([\\p{Script=Han}·]{2,4}))$`, "u");

const QUOTED_ROLE = new RegExp(`^[“"]([\\p{Script=Han}]{0,10}?(?:${anyOf(BYLINE_ROLES)}|摄影师))[”"]\\s*(.+)$`, "u");
/** A paper's short name before a role: `哈报`, `新华社`, `某某日报`. */
const PAPER_PREFIX = new RegExp(`^[\\p{Script=Han}]{1,8}?(?:${anyOf(PRESS_ENDINGS)}|社|台)(?=[\\p{Script=Han}]{2})`, "u");

/**
 * `文并摄`, `文并图` closing a line of its own: the people before it wrote the story and took its pictures, its byline.
 * (In brackets after a caption, `…丰收景象。（记者 甲 文并摄）`, it credits the picture: 文并 is no name.)
 */
const WROTE_AND_TOOK = /^[^（(【].*(?:文并[摄图]|摄并文)$/u;

/**
 * `…文/摄`, `…文/图` closing a line of its own, set apart or run into the names (`记者 甲 文/摄`, `某某晚报记者甲文/摄`): the words
 * first, then the pictures, made by the people before, its byline, as CONVENTIONS reads such a line. (`图/文 甲` under a caption
 * credits it; in brackets after one, as with 文并摄, so does `（记者 甲 文/摄）`.)
 */
const WROTE_THEN_TOOK = /^[^（(【].*文\s*[/／]\s*[摄图]$/u;

/**
 * `…。（图/文：甲）` closing a caption of one short sentence, on its line: the picture's maker, who wrote its words too, its
 * credit (the role as printed). On a line of its own, or after a story's text, it signs the story: a byline.
 */
const PICTURE_AND_WORDS = /^(.{4,60}?[。！？])\s*([（(]\s*(图\s*[/／]\s*文)\s*[：:]?\s*([^（()）：:]{2,20})\s*[)）])$/u;

/** `（图片来源：…）`: a picture's source by its label, what follows it in the brackets. */
const SOURCE_LABEL = /^[（(]\s*图片来源\s*[：:]\s*(.+?)\s*[)）]$/u;

/** Reads a whole string as a credit, or null. */
export function readCredit(text: string): Credit | null {
  const credit = text.trim();
  if (credit === "" || credit.length > MAX_CREDIT || !mayCredit(credit)) return null;
  // `文/甲 图/乙`, `记者 甲 文 乙 摄`: a line that names the writer is the byline of a story told in words and pictures.
  // (In brackets too: `（记者 甲 文 乙 图）`.)
  if (WRITER_FIRST.test(credit) || (/文/u.test(credit) && readMadeBy(credit.replace(/^[（(](.*)[)）]$/u, "$1"))?.writer)) return null;
  // (`某某晚报记者 甲文并摄`, `某某晚报记者甲文/摄`: who wrote the story and took its pictures, its byline.)
  if (WROTE_AND_TOOK.test(credit) || WROTE_THEN_TOOK.test(credit)) return null;

  // (`（資料圖片/李某哲攝）`: the picture's source before a slash names no one, who took it after the slash does; a credit
  // whatever stands after it, `（资料图片/本报记者 摄）`.)
  // (`（图片来源：本文照片均由某某报记者甲摄）`: a source's label over a credit that names who took the pictures, theirs.)
  const labelled = SOURCE_LABEL.exec(credit);
  const underLabel = labelled ? readCredit(labelled[1]!) : null;
  if (underLabel && underLabel.photographers.length > 0) return { credit, photographers: underLabel.photographers };
  const sourced = SOURCE_BEFORE.exec(credit);
  if (sourced) return { credit, photographers: readCredit(sourced[1]!)?.photographers ?? [] };
  if (SOURCED.test(credit)) return { credit, photographers: [] };
  // `（民政总署图片）`, `（主办单位提供图片）`: in brackets, who the picture came from and 图片 name no photographer.
  if (SUPPLIED_IN_BRACKETS.test(credit)) return { credit, photographers: [] };
  // `（民眾提供）`, `（林某憲提供）`: in brackets, who supplied the picture; a person's name (two or three characters, a common
  // surname, no word, no place) took it, as `某某 供图` names them.
  // (Only the public or a person: a body's note, `（市气象台提供）`, `（以上数据由…提供）`, supplies figures or text as often.)
  const suppliedBy = SUPPLIER_IN_BRACKETS.exec(credit)?.[1];
  const person = suppliedBy !== undefined && suppliedBy.length <= 3 && looksLikeName(suppliedBy) && hasCommonSurname(suppliedBy) && !isCommonWord(suppliedBy) && !endsAsPlace(suppliedBy);
  if (suppliedBy !== undefined && (person || PUBLIC_SUPPLIER.test(suppliedBy))) return { credit, photographers: person ? [{ role: null, name: suppliedBy }] : [] };
  const provided = PROVIDED.exec(credit);
  if (provided) {
    const { people, clean } = parsePeople(provided[1]!);
    // A photographer named with a role is theirs; `市民`, `受访者`, an office supply the picture and name no one. (Whoever took it, named, is its photographer.)
    const took = provided[2] === "拍摄";
    return { credit, photographers: clean && people.length > 0 && people.every((p) => (took || p.role !== null) && looksLikeName(p.name)) ? people : [] };
  }

  const sold = NAME_AND_SERVICE.exec(credit);
  if (sold && looksLikeName(sold[1]!)) return { credit, photographers: [{ role: null, name: sold[1]! }] };

  // (In brackets, as any credit may be: `（新华社发）`, `（均为张三 摄）`.)
  const wrapped = /^[（(](.*)[)）]$/u.exec(credit);
  const release = AGENCY_RELEASE.exec(credit) ?? (wrapped ? AGENCY_RELEASE.exec(wrapped[1]!.trim()) : null);
  if (release) {
    if (release[1] === undefined) return { credit, photographers: [] };
    const { people, clean } = parsePeople(release[1]);
    return clean && people.length > 0 ? { credit, photographers: people } : null;
  }

  let body = (wrapped ? wrapped[1]!.trim() : credit).replace(ALL_BY, "");

  let marked = false;
  const tagged = body.replace(SOURCE_TAG, "");
  // `张秀科摄/光明图片`: a source after the slash; `摄影/张三` is a role and its name, no source.
  if (MARKER.test(tagged) && tagged.replace(MARKER, "") !== "") {
    body = tagged.replace(MARKER, "");
    marked = true;
  } else if (MARKER.test(body)) {
    body = body.replace(MARKER, "");
    marked = true;
  }
  if (body === "") return null;
  // `网友 张某 摄`, `市民李某摄`, `网友@空山灵雨摄`: a reader took (or supplied) the picture, named after who they are (by a screen name after @).
  // (A name a common surname vouches for, or a screen name of two or more characters; who supplied it, `网友张某供图`, the same.)
  const reader = marked ? READER.exec(body) : null;
  if (reader && (reader[2] !== undefined ? reader[2].length >= 2 : looksLikeName(reader[3]!) && hasCommonSurname(reader[3]!))) return { credit, photographers: [{ role: reader[1]!, name: reader[2] ?? reader[3]! }] };
  // `芦淞区委宣传部供图`: a picture supplied by an organisation names no photographer.
  // (In brackets as out of them: `（小岗村村委会供图）`.)
  const supplied = marked && /供图[)）]?$/u.test(credit);
  if (supplied && SUPPLIER.test(body)) return { credit, photographers: [] };
  // `交警供图`, `受访者供图`, `校方供图`: whoever supplied it, unless a person is named, names no photographer.
  if (supplied && SUPPLIED_BY.test(body) && !looksLikeName(body)) {
    const named = parsePeople(body);
    return { credit, photographers: named.clean && named.people.length > 0 && named.people.every((p) => p.role !== null && looksLikeName(p.name)) ? named.people : [] };
  }

  // `“哈报手机记者” 苟智才 摄`: a role in quotes before the names, its paper dropped as from any role.
  const quoted = QUOTED_ROLE.exec(body);
  if (quoted && marked) {
    const role = quoted[1]!.replace(PAPER_PREFIX, "");
    const named = parsePeople(quoted[2]!);
    if (named.clean && named.people.length > 0 && named.people.every((p) => p.role === null && looksLikeName(p.name))) return { credit, photographers: named.people.map((p) => ({ role, name: p.name })) };
  }

  // `尉某魁郄某李某张某强崔某摄`: a team's names run together before 摄, each starting with a surname.
  const team = marked && /^[\p{Script=Han}]{5,}$/u.test(body) ? splitRunTogether(body) : [];
  if (team.length > 1 && team.every(looksLikeName)) return { credit, photographers: team.map((name) => ({ role: null, name })) };
  // `图/某某寺提供`, `图/某某山提供`: the picture's role word first, then who supplied it; an organisation names no photographer.
  const supplier = SUPPLIED_AFTER_ROLE.exec(body);
  if (supplier) {
    const named = parsePeople(supplier[1]!);
    const person = named.clean && named.people.length === 1 && looksLikeName(named.people[0]!.name) && hasCommonSurname(named.people[0]!.name);
    return { credit, photographers: person ? named.people : [] };
  }
  // `图：人民日报`, `图片/新华社`: the picture's role word, then the paper or agency it came from, which names no photographer.
  const fromOutlet = marked ? null : PHOTO_LED.exec(body);
  if (fromOutlet && OUTLET_ALONE.test(fromOutlet[1]!.trim())) return { credit, photographers: [] };
  const { people, clean } = parsePeople(body);
  if (!clean || people.length === 0 || people.length > 8) return null;
  if (marked) {
    // A name with no role word must look like a name, or `…拍摄` would read as a credit.
    // In brackets (`（小汤 摄）`) the form itself says credit.
    // So does a space before 摄 after a short name of one word (`怡梦 摄`): no prose sets 摄 apart.
    // (So does a name spelt out in Han letters, however long: `阿拉坦仓 摄`, `包·乌尔汗 摄`.)
    const bare = credit.replace(/^[（(]|[)）]$/gu, "");
    const spaced = people.length === 1 && (/^[\p{Script=Han}]{2,3}\s+摄$/u.test(bare) || (/^[\p{Script=Han}·]{3,10}\s+摄$/u.test(bare) && looksTransliterated(people[0]!.name, true)));
    if (!wrapped && !spaced && people.some((p) => p.role === null && !looksLikeName(p.name))) return null;
    return { credit, photographers: people };
  }
  // Without 摄, only a photographer's role makes it a credit: `特约摄影 沈果`.
  const first = people[0]!;
  // (The words after the role must read as a name, or be as short as a pen name: `…摄影采访活动`, a column's cut, names no one.)
  if (first.role !== null && PHOTO_ROLE.test(first.role) && people.every((p) => looksLikeName(p.name) || p.name.length <= 3)) return { credit, photographers: people };
  // `摄影/某报记者 甲`, `图/本报记者 甲 乙`: the picture's role word first, then who took it, with their own role.
  const led = PHOTO_LED.exec(body);
  if (led) {
    const named = parsePeople(led[1]!);
    if (named.clean && named.people.length > 0 && named.people[0]!.role !== null && named.people.every((p) => looksLikeName(p.name))) return { credit, photographers: named.people };
    // `图片：张三`: a name alone after the picture's role word is the photographer's, under that word.
    const word = body.slice(0, body.length - led[1]!.length).replace(/[\s/／：:]+$/u, "");
    if (named.clean && named.people.length > 0 && named.people.length <= 3 && named.people.every((p) => p.role === null && looksLikeName(p.name))) return { credit, photographers: named.people.map((p) => ({ role: word, name: p.name })) };
  }
  return null;
}

/**
 * A caption line that ends with its credit: `…确保颗粒归仓。特约摄影 沈果`,
 * `…表演现场 本报记者 黄典 摄`. Splits after a sentence end or a space.
 */
export function splitTrailingCredit(line: string): { caption: string; credit: Credit } | null {
  const from = Math.max(1, line.length - MAX_CREDIT);
  if (!mayCredit(line.slice(from))) return null;
  for (let i = from; i < line.length; i++) {
    const prev = line[i - 1]!;
    // (A credit in brackets may follow its caption directly: `抛绣球（图片由某协会提供）`.)
    const boundary = prev === " " || "。！？；”）)…".includes(prev) || line[i] === "（" || line[i] === "(";
    if (!boundary || line[i] === " ") continue;
    // (`…铺满小路。■本报记者 张三 摄`: a layout glyph before the credit is no part of it.)
    const credit = readCredit(line.slice(i).replace(LEADING_GLYPHS, ""));
    if (credit) {
      // `…了解海洋知识。 ■ 新华社记者 方喆/摄`: the end mark closed the caption, not the line.
      const caption = withoutEndMark(line.slice(0, i));
      // (`文/冰某 图/姜某`: a writer named before the picture's maker is a byline's, no caption.)
      if (caption !== "" && !WRITER_FIRST.test(caption.replace(LEADING_GLYPHS, ""))) return { caption, credit };
    }
  }
  const pictured = PICTURE_AND_WORDS.exec(line);
  if (pictured && !/[。！？]./u.test(pictured[1]!.slice(0, -1))) {
    const { people, clean } = parsePeople(pictured[4]!);
    if (clean && people.length > 0 && people.every((p) => p.role === null && looksLikeName(p.name))) return { caption: pictured[1]!, credit: { credit: pictured[2]!, photographers: people.map((p) => ({ role: pictured[3]!.replace(/\s+/gu, ""), name: p.name })) } };
  }
  return null;
}
