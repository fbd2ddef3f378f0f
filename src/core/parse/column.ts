/**
 * Where a column, not the writer, ended a line. A page's text breaks a paragraph wherever its
 * column runs out of room: inside a word (插上了树 / 枝、木棍), after a preposition or a particle,
 * inside a number or a quotation. A headline ends on a whole phrase. So a line whose end
 * runs on into the next line's start, as a word or a phrase does, was cut by the column.
 */
import commonWords from "./common-words.json" with { type: "json" };
import { endsMidPhrase } from "./headline.ts";
import { ADDRESS_TITLES, anyOf, BINDING_CONNECTIVES, BODY_HEADS, INSTITUTION_ENDINGS, LANDMARK_ENDINGS, OFFICE_BODIES, LEADER_TITLES, PERSON_TRADES, PLACE_ENDINGS, LEARNED_VERBS, PRESS_ENDINGS, QUANTITY_NOUNS, REFERRED_KINDS, REPORTER_NARRATION, RECENT_DAYS, REPORTER_ROLES, ROLE_QUALIFIERS, WHEN_WORDS, SPEECH_VERBS, VENUE_ENDINGS } from "../vocabulary.ts";
import { placeAcross, placeLevel } from "./places.ts";
import { COMMON_SURNAME_RANK, looksLikeName, surnameRank } from "./surnames.ts";

/**
 * Words of everyday Chinese, one to four characters, from jieba's dictionary (dict.txt, MIT), those
 * it counts at least 100 times, each with its level (0 for 100–199 counts, one more per doubling):
 * knowledge of the language, not of any page. `npm run derive-words` writes them.
 */
const LEVELS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const [length, run] of Object.entries(commonWords.words)) {
    const chars = [...run];
    const levels = (commonWords.levels as Record<string, string>)[length]!;
    const n = Number(length);
    for (let i = 0; i * n < chars.length; i++) out.set(chars.slice(i * n, i * n + n).join(""), parseInt(levels[i]!, 36));
  }
  return out;
})();

/** How common a two-character word is, or -1 for none (levels above 9 read as 9, as the check was first made: the commonest words alike). */
function wordLevel(pair: string): number {
  const level = LEVELS.get(pair);
  return level === undefined || [...pair].length !== 2 ? -1 : Math.min(9, level);
}

/** A word's log-likelihood: its count (100 doubled once per level) over the dictionary's total. */
function logLikelihood(word: string): number | null {
  const level = LEVELS.get(word);
  return level === undefined ? null : Math.log(commonWords.minCount) + level * Math.LN2 - Math.log(commonWords.total);
}

/** Is this a word the dictionary counts often (王府井, 张家界), not a person's name as most are (林某凯)? */
export function isCommonWord(word: string): boolean {
  return LEVELS.has(word);
}

/** A character no listed word holds counts as rarer than any word. */
const UNKNOWN_CHARACTER = -Math.log(commonWords.total) - 2;
/** The characters read either side of a break: a word of four across it, and a word's worth of context. */
const WINDOW = 5;
/** How much likelier, as a log-likelihood, the reading across the break must be than the best with a word ending there (counts come in doublings: more than one, so two or more). */
const ACROSS_MARGIN = 1;

/**
 * The likeliest reading of `chars` as words (a unigram model, as jieba's segmenter reads text),
 * as its log-likelihood; with `wall`, only readings where a word ends at that position.
 */
function likeliest(chars: readonly string[], wall: number | null): number {
  const best = [0];
  for (let j = 1; j <= chars.length; j++) {
    best[j] = -Infinity;
    for (let i = Math.max(0, j - 4); i < j; i++) {
      if (wall !== null && i < wall && j > wall) continue;
      const word = chars.slice(i, j).join("");
      const weight = logLikelihood(word) ?? (j - i === 1 ? UNKNOWN_CHARACTER : null);
      if (weight !== null && best[i]! + weight > best[j]!) best[j] = best[i]! + weight;
    }
  }
  return best[chars.length]!;
}

const HAN = /^\p{Script=Han}$/u;
/** Up to WINDOW Han characters at the text's end (`end`) or start, in order, stopping at the first that is none. */
function hanRun(text: string, end: boolean): string[] {
  const out: string[] = [];
  let i = end ? text.length : 0;
  while (out.length < WINDOW && (end ? i > 0 : i < text.length)) {
    const c = charFrom(text, i, end);
    if (!HAN.test(c)) break;
    end ? out.unshift(c) : out.push(c);
    i += end ? -c.length : c.length;
  }
  return out;
}

/**
 * The character that ends at `i` (`end`, walking back from a line's end) or starts at `i`: a code point at a time, so a
 * character outside the basic plane stays whole.
 */
function charFrom(text: string, i: number, end: boolean): string {
  if (!end) return String.fromCodePoint(text.codePointAt(i)!);
  const low = text.charCodeAt(i - 1);
  return text.slice(low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1, i);
}

/**
 * Does the likeliest reading of the Han characters either side of the break put a word across it,
 * clearly likelier than any reading with a word ending there? (`市委常委` / `会主持…` reads 常委会;
 * `理事` / `会成员` reads 理事会.)
 */
function readsAcross(line: string, next: string): boolean {
  // (The Han characters either side, up to white space or any other mark inside the line: `人意山光 俱有喜态` reads no word across its space.)
  const x = hanRun(line.trimEnd(), true);
  const y = hanRun(next.trimStart(), false);
  if (x.length === 0 || y.length === 0) return false;
  const chars = [...x, ...y];
  // (No listed word across the break, none of the readings can put one there: most breaks end so, and cost no more.)
  let crossing = false;
  for (let i = Math.max(0, x.length - 3); i < x.length && !crossing; i++) {
    for (let j = x.length + 1; j <= Math.min(chars.length, i + 4) && !crossing; j++) crossing = LEVELS.has(chars.slice(i, j).join(""));
  }
  return crossing && likeliest(chars, null) - likeliest(chars, x.length) > ACROSS_MARGIN;
}

/**
 * Does the place's ending that opens the next line read as a word of its own there, about as likely as any reading of
 * the line's first characters (`区 / 分局…` against `区分 / 局…`; never `市民…`, `区域…`)?
 */
function endingStandsApart(line: string, next: string, name: string): boolean {
  const head = hanRun(next.trimStart(), false);
  // (The ending is the name's characters the line does not end on.)
  const cut = [...name].length - placeStemLength(line, name);
  return head.length <= cut || likeliest(head, null) - likeliest(head, cut) <= ACROSS_MARGIN;
}

/**
 * Is the place cut in a sentence's words, not at a heading's end: a preposition or a body stands before its name on the line
 * (`…在唐山`, `…公安局金凤`), and the next line reads as text, in clauses or longer than a heading (`市交通和…，…`).
 * (`全力建设现代化新延安` / `市第五次党代会胜利闭幕`, `幸福芙蓉` / `区两会代表委员建言…`: headings end on a place's name as often.)
 */
function placeInSentence(line: string, next: string, name: string): boolean {
  const before = line.trimEnd().slice(0, line.trimEnd().length - placeStemLength(line, name));
  const framed = PLACE_FRAME.test(before);
  const text = /[，,。；;]/u.test(next) || next.trim().length > MAX_HEADING_LINE;
  return framed && text;
}
/** A preposition of place, or a body or division named right before a place's name: `…在`, `…公安局`, `…市`. */
const PLACE_FRAME = new RegExp(`(?:在|于|从|到|赴|至|对|向|与|和|同|${anyOf([...INSTITUTION_ENDINGS, ...PLACE_ENDINGS])})$`, "u");
/** The longest a heading's line runs, in characters: a longer line is text. */
const MAX_HEADING_LINE = 26;

/** How many of the name's characters the line ends on. */
function placeStemLength(line: string, name: string): number {
  const chars = [...name];
  for (let k = chars.length - 1; k >= 1; k--) if (line.trimEnd().endsWith(chars.slice(0, k).join(""))) return k;
  return 0;
}

/** Adverbs that want a verb after them (也, 还, 正, 已…): no heading ends on one, unless it ends a word (成就, 人才, 方便). */
const ADVERBS = /^[还也都就又才更再已正曾很最太均皆仍便]$/u;

/**
 * Particles and suffixes that attach to what comes before them, unless they open a word of their own:
 * `了，比去年…`, `着聚焦点` (选择 / 着), `者表演了` (工作 / 者), `是一名…` (申某辉 / 是); but `了解…`, `的确…`, `着力…`, `地处…`, `过去…`,
 * `得到…`.
 */
const BOUND_START = /^[的了们吗呢吧着地过得者之是]$/u;

export type ColumnCut = "word-across" | "phrase-open" | "bound-start" | "word-tail" | "clause-open" | "sentence-words" | "address-across" | "subject-across";

/** Does the line end on a whole word of two characters (`…试行`; not `…主体责`, whose word the next line finishes)? */
export function endsOnWord(line: string): boolean {
  const x = edge(line, true, 2);
  return x.length === 2 && wordLevel(x.join("")) >= 0;
}

/** Does the line end on the character the next line opens with (`…蹲门人` / `人称…`), white space aside? */
export function doubledAcross(line: string, next: string): boolean {
  const [x, y] = [edge(line, true, 1), edge(next, false, 1)];
  return x.length === 1 && x[0] === y[0];
}

/**
 * How the column cut `line` before `next`, or null when the line may end where it does.
 * (Only between two blocks of text: a byline or a lead under a line says nothing of its end.)
 */
/** A number in characters ending on its tens, hundreds or thousands (`九十`, `一百`), at a line's end. */
const TENS_END = /[一二三四五六七八九十百千两][十百千]$|^[十百千]$/u;
/** The number's units and a counter or a year's word after them, opening the next line (`七年度`, `五个`, `三届`). */
const UNITS_START = /^[一二三四五六七八九][年月日届度个名位项次万亿岁周元人家所件]/u;
/** Fewest characters of a line whose number runs on: a heading's short line may end on one (`年过五十`). */
const MIN_NUMBER_LINE = 8;

export function columnCut(line: string, next: string): ColumnCut | null {
  // (Only the characters either side of the break matter: the line's last few, the next line's first few.)
  const x = edge(line, true, 2);
  const y = edge(next, false, 2);
  if (x.length === 0 || y.length === 0) return null;
  const last = x.at(-1)!;
  const first = y[0]!;
  // (A heading's last character and the text's first may make a word by chance: 河流变清 / 明星村… reads 清明. The break
  // cut a word only where that word binds tighter than the words on either side of it: here 明星 does.)
  const across = wordLevel(last + first);
  const beside = Math.max(x.length >= 2 ? wordLevel(x[0]! + last) : -1, y.length >= 2 ? wordLevel(first + y[1]!) : -1);
  if (across >= 0 && across > beside) return "word-across";
  // (An address or a speech given, cut in half over what was said or when, `…会长许某致` / `辞说：…`, `…李某发` / `言时表示`, is cut
  // whatever the words beside it: no heading ends on such a half over such a tail.)
  if (SPOKEN_ACROSS.has(last + first) && SPOKEN_TAIL.test(next.trimStart()) && [...line.trim()].length >= MIN_TITLED_LINE) return "word-across";
  // (A colon closes a label or announces what follows: a line may end there.)
  const a = line.trimEnd();
  // (Not a determiner, a measure word or a conjunction over a line that opens on its own time and a comma, `…停车位800个` /
  // `今年以来，…`: what it leaves open takes no time after it, as a preposition may, `将于` / `3月15日，…`.)
  if (endsMidPhrase(a) && last !== "：" && last !== ":" && !(TAKES_NO_TIME.test(last) && TIME_CLAUSE_OPENS.test(next.trimStart()))) return "phrase-open";
  if (ADVERBS.test(last) && !(x.length >= 2 && wordLevel(x[0]! + last) >= 0)) return "phrase-open";
  // (是 opens a line only where the line above, as long as a text's line, named what it is: `在村任职28年的申某辉` / `是一名
  // 老党员。`; not under a heading, `求学之路` / `是年，…`, nor an answer, a question or a time, `是的，`, `是否…`, `是什么…`, `是日`.)
  if (BOUND_START.test(first) && !(y.length >= 2 && wordLevel(first + y[1]!) >= 0) && !(first === "是" && (/^[的否非啊呀谁年日夜时什不为因以故]/u.test(y[1] ?? "") || [...a].length < MIN_TAIL_LINE))) return "bound-start";
  // `…市委书记吴` / `某主持会议`: a person's title and a surname, the given name on the next line. (A heading names a
  // person whole; a surname alone after a title ends no phrase.)
  // (So does a list of people's names cut after a surname, `…于某乐、陈` / `某峰、汪某…出席会议`: a heading ends on a whole
  // item. A list of one-character items, `周、秦`, `王、李、张`, or of words, `文化、旅`, is no such list.)
  if (surnameRank(last) <= COMMON_SURNAME_RANK && /^\p{Script=Han}/u.test(first) && (TITLE_AND_SURNAME.test(a) || endsOnListedSurname(a))) return "phrase-open";
  // `…理事林明` / `俊致辞。…`: a person's title, a surname and the given name's first character, its last on the next line right
  // before what the person did, under a line as long as a text's. (A pronoun, an adverb or hearsay there opens a sentence, `他表示`,
  // `又说`, `据介绍`: a heading may name `…理事林明`.)
  const given = TITLE_SURNAME_GIVEN.exec(a);
  if (given && surnameRank(given[1]!) <= COMMON_SURNAME_RANK && ACT_AFTER_GIVEN.test(next.trimStart()) && [...a].length >= MIN_TITLED_LINE) return "phrase-open";
  // `…于2018年4月` / `2日下午，…`: a date runs on across the break, its month after a year, its day after a month.
  // (Not a date alone on its line: a chronicle's heading, `2月` / `3日 …`, `1995年` / `3月，…`, heads every entry under it.)
  // (And only in a clause that places something in time, `…于2018年4月`, `截至昨日下午`: a heading may end on a date, `再见，2023年`.)
  if (DATE_ACROSS.some(([end, start]) => end.test(a) && start.test(next.trimStart())) && !BARE_DATE_PART.test(a) && PLACED_IN_TIME.test(a)) return "phrase-open";
  // `…运动会暨九十` / `七年度全国…`: a number written in characters, one word, runs on across the break, its units after its tens, a
  // counter after it. (Only under a line longer than a heading's short ones: `年过五十` / `一位老人…` may be a heading over text.)
  if (TENS_END.test(a) && UNITS_START.test(next.trimStart()) && [...a].length >= MIN_NUMBER_LINE) return "word-across";
  // (A longer word across the break, 常委 / 会 or 评 / 选出来, or a word of two the check above let pass, 阳光明 / 媚, weighs
  // its whole reading: the likeliest words either side.)
  if (readsAcross(line, next)) return "word-across";
  // `…记者来到了科巷菜` / `场，菜场过道里…`: one character and a comma, under a line longer than a heading's, is the tail of a
  // word the column cut. (Under a heading, an essay may open so, `金秋稻香` / `秋，是收获的季节`; a numbered item's `一、`,
  // `她，` and a question's `问：` open text anywhere.)
  if (WORD_TAIL.test(next.trimStart()) && [...a].length >= MIN_TAIL_LINE) return "word-tail";
  // `尽管昨天宣布的预料提振` / `新加坡经济，但…`: a clause of concession or cause heads nothing, alone on its line with no comma
  // or space to close it: the column cut it. (Titles open on 因为, 随着, 如果, 虽然: `因为有你`, `随着春天来`.) Nor does a
  // clause of purpose as official prose opens one, `为确保全区广大人民群众` / `平安欢度春节，…` (为确保, 为进一步, 为切实, 为保障,
  // 为做好; titles open on 为了 and 为推动 as often).
  // (So does a connective binding the sentence to the one before it, 然而, 但是, 因此, with no comma after it: `然而他和我那位学生` /
  // `最大的差别在于，…`; a heading opens on none of them.)
  // (A clause of purpose only over the rest of its clause, a comma or a stop soon after and no time of its own: a kicker or a
  // heading so opening stands over a title or text, `为进一步优化营商环境` / `我市出台十条新举措`, `为确保春运安全` / `近日，…`.)
  const purposeOpen = PURPOSE_OPENER.test(a) && !OWN_TIME_OPENS.test(next.trimStart()) && /^[^，,。；;：:！？!?\s]{1,12}[，,。]/u.test(next.trimStart());
  if ((CLAUSE_OPENER.test(a) || purposeOpen || (BINDING_CONNECTIVE.test(a) && [...a].length >= MIN_CONNECTIVE_LINE) || agentClause(a, next.trimStart())) && !/[\s，,。；;！？!?：:]/u.test(a)) return "clause-open";
  // `某某、某某分别根据某县` / `近期工作实际，…`: a phrase of what someone goes by (根据, 按照, 依据, 依照, 遵照, 对照) after who acts,
  // its object cut at the line's end: the act it leads to is on the next line; no heading ends on one (none in the corpus's
  // golds does), and a heading opening on one, `按照新标准`, has no one acting before it.
  // (So does 不仅 (不但, 不光, 不只) after its subject, with no 而且, 还, 也 or comma after it on the line, `某某社区不仅小区主干道` /
  // `十余年无人管理，而且…`: the first half of a pair the sentence finishes below; a heading says both, `不仅要富口袋 还要富脑袋`.)
  if ((ACCORDING_OPEN.test(a) || NOT_ONLY_OPEN.test(a)) && /^\p{Script=Han}/u.test(next.trimStart())) return "clause-open";
  // `在雄关区福民小区棚` / `户区回迁户王某家中，…`: a place after 在 cut inside its name, that no localizer, comma or space closes
  // (…上, …中, …里, …之际), leaves the sentence's setting open; a heading opening on 在 closes it (`在希望的田野上`).
  if (OPEN_SETTING.test(a) && NAME_GOES_ON.test(next.trimStart())) return "phrase-open";
  // `在三门峡国际文博城` / `会展中心，…`: a setting after 在 the next line goes on with, a venue inside it named and closed
  // there by a comma or a localizer: the setting ran across the break. (Over a heading's text, `在天安门广场` / `国庆当天，…`,
  // the next line opens on something else.)
  // (`在北山街道丹山社区` / `芳邻互助点，…`: or, after a setting that ends on a division, a spot within it named in a few
  // characters more and closed by a comma; not what text under a heading opens on, a clause, `走进小区，`, `一大早，`, `记者看到，`,
  // nor a place a localizer closes, `一处老旧小区里，`. After a spot, `在泰山之巅` / `云海翻腾，…`, a heading's text opens as it likes.)
  if (SETTING_LINE.test(a) && (VENUE_CLOSES.test(next.trimStart()) || (ENDS_ON_PLACE.test(a) && SPOT_CLOSES.test(next.trimStart())))) return "phrase-open";
  // `走进源汇区老街街道` / `新华街社区东安街，…`: a line ending on a place, and the next opening on two more places within it
  // (a community, then its street) closed by a comma: one address the column cut. (A heading naming a place stands over text
  // that opens on something else, or on one place of its own, `新华社区，是…`.)
  // (Not where the address names again the place the line ends on, `走进余村` / `安吉县天荒坪镇余村，…`: a heading over text
  // that opens on the place's full address.)
  const address = ENDS_ON_PLACE.test(a) ? ADDRESS_GOES_ON.exec(next.trimStart()) : null;
  if (address && !address[0].includes(lastPlace(a))) return "address-across";
  // `王某对中国中铁在唐山` / `市交通和城市基础设施建设…`, `银川市公安局金凤` / `区分局…`: a place's name whose kind of division,
  // 市, 区, 县…, opens the next line, where the next line reads as well with that ending a word of its own (区 / 分局, not
  // 市民 or 区域: `走进唐山` / `市民纷纷…` is a heading over its text).
  const place = placeAcross(line, next);
  if (place !== null && endingStandsApart(line, next, place) && placeInSentence(line, next, place)) return "word-across";
  // `执法人员问其为什么` / `不开启警示灯，…`: a question's word that ends a line of some length, with no question mark, asks on
  // into the next line's predicate. (`为什么` alone heads an explainer's part; `蔬菜为何这么贵？` closes on its mark.)
  if (QUESTION_WORD_END.test(a) && PREDICATE_START.test(next.trimStart())) return "phrase-open";
  // `库车经济开发区管委会` / `主任刘某军介绍，…`: an office's body at the line's end, its head's title, name and words on the
  // next line: one person named across the break. (A heading names its body whole; text never opens on an office and a name.)
  const office = BODY_AT_END.test(a) ? OFFICE_NAME_SAYS.exec(next.trimStart()) : null;
  if (office && looksLikeName(office[1]!)) return "phrase-open";
  // `福建省某某剧院党委书记、院长` / `吴某华说，…`: a head's title at the line's end, the next line opening on a name and what they
  // said: the title names the speaker across the break. (A heading may end on a title, `最美村支书`, `群众信得过的好书记`, over
  // text opening on a name: only a line of six characters or more that praises no one with 的 is cut so.)
  const speaker = [...a].length >= MIN_TITLED_LINE && HEAD_TITLE_END.test(a) && !a.includes("的") ? NAME_SAYS.exec(next.trimStart()) : null;
  if (speaker && looksLikeName(speaker[1]!) && surnameRank(speaker[1]![0]!) <= COMMON_SURNAME_RANK) return "phrase-open";
  // `埔奕区州议员俞某珊` / `今日共移交拨款…`: a person named by office at the line's end, the next line opening on the day
  // and what was done, no comma between: the sentence's subject stands above the break. (A profile's heading naming a person
  // stands over text that sets its time apart, `今年，他…`, or opens on a subject of its own.)
  // (Only where the text above named that person: a new story's title naming someone over text that opens so, `某某社区党委书记
  // 刘某华` / `近日获评…`, is a title; the caller knows the text, see actorAtEnd.)
  if (actorAtEnd(a) !== null && opensOnDayAndAct(next.trimStart())) return "subject-across";
  // `他是于3月14日在美里` / `兴安会馆…时，如此表示`: 他是于…, 她是在…: the cleft sentence that tells when and where someone
  // spoke, never a heading; open at its end, the column cut it.
  if (CLEFT_WHEN.test(a) && OPEN_END.test(a)) return "sentence-words";
  // `长沙镇小学负责人黎某幸` / `教师表示，…`: a name at the end of a line of six characters or more, its title after it and what
  // they said opening the next line: the person named across the break. (Text never opens on a title and its words with no one.)
  // (Not a heading that announces an interview or a profile, `专访市人民医院院长张某华` / `院长表示，…`.)
  if (TITLE_THEN_SAYS.test(next.trimStart()) && [...a].length >= MIN_TITLED_LINE && nameAtEnd(a) !== null && !INTERVIEW_HEADING.test(a)) return "phrase-open";
  // `俞某清是某县某镇` / `某村六组人。`: where someone named comes from, 是 and places, the rest of the place and 人 closing the next
  // line's sentence: one sentence the column cut (no heading says whose home town it names; `这里是某县某镇`, `我的家乡是某镇` name
  // no one).
  const native = NATIVE_OF.exec(a);
  if (native && looksLikeName(native[1]!) && !isCommonWord(native[1]!) && surnameRank(native[1]![0]!) <= NATIVE_SURNAME_RANK && FROM_PLACE_ENDS.test(next.trimStart())) return "phrase-open";
  // `市民秦某住在金城` / `剧院对面大众市场家属楼，…`: where someone lives, 住在 or 家住 and a place no mark or localizer closes, runs
  // on into the rest of the address: a heading names no one's home.
  if (LIVES_AT.test(a) && /^\p{Script=Han}/u.test(next.trimStart()) && !OWN_TIME_OPENS.test(next.trimStart())) return "phrase-open";
  // `沿着宽敞整洁的沥青路` / `来到上栗县…`: the way someone went, and where they came to with no one named: one sentence, the
  // walker left out as narration does. (A heading may follow a path, `沿着总书记的足迹`, over text that names who went.)
  if (ALONG_THE_WAY.test(a) && WAY_NAMED.test(a) && [...a].length >= MIN_CONNECTIVE_LINE && !/[，,\s。！？!?]/u.test(a) && ARRIVES.test(next.trimStart())) return "sentence-words";
  // `林某坚致词` / `表示，…`: what was said, with no one saying it, opens no sentence: the line above named the speaker.
  // (So does what was learned, `…记者从深交所` / `获悉，…`: the line above named who learned it.)
  if (SAID_FIRST.test(next.trimStart())) return "sentence-words";
  // `在该镇的无核黄皮种植` / `基地，漫山遍野…`: 该 after a preposition points back at a place or a body the text has named; a
  // heading stands alone and never does (at a line's start 该 may be the modal, `该省的省 该花的花`). Nor does a heading tell
  // what the reporter did or learned (`记者来到红海滩国家` / `风景廊道，…`). A line so worded, open at its end, is a sentence
  // the column cut: 该's over any next line but one opening on its own time; the reporter's only over a word's tail and a
  // comma (`风景廊道，`), as a deck on what reporters found, `记者发现…`, stands over text that opens on its own.
  if (OPEN_END.test(a) && ((REFERS_BACK.test(a) && !OWN_TIME_OPENS.test(next.trimStart())) || (REPORTER_NARRATES.test(a) && TAIL_AND_COMMA.test(next.trimStart())))) return "sentence-words";
  // `社区志愿者人数` / `1157人，…`: a noun of how many, its figure opening the next line: the sentence states it across the break.
  // (A count and its unit, never a year: `稳步扩大就业规模` / `2024年以来，…` is a heading over its text.)
  if (QUANTITY_END.test(a) && COUNT_OPENS.test(next.trimStart())) return "phrase-open";
  // (`新区医院项目计划总投资` / `12亿元，…`: a sum of money, its figure opening the next line.)
  if (MONEY_END.test(a) && [...a].length >= MIN_CONNECTIVE_LINE && MONEY_OPENS.test(next.trimStart())) return "phrase-open";
  // `此次交流会由北京` / `航空航天大学某支教队…展开青春对话`: 由 names who acts, and the act follows it; a line that ends on a
  // place or a body after it was cut before the act. (`冠军由北京队夺得` names the act; 理由, 自由, 由来 are words of their own.)
  const agent = AGENT_OPEN.exec(a)?.[1];
  // (Or a person's name after 由, `今年晚会由侯某岑` / `以及某某搭档，…`, over who acts with them or the act itself: who hosts. Not
  // 由于, nor a change of state, `由冷转暖`, `由南向北`, which a heading names.)
  const person = agent !== undefined && agent.length <= 3 && !/^于|[转到变向至]/u.test(agent) && looksLikeName(agent) && !isCommonWord(agent) && PARTNER_OR_ACT.test(next.trimStart());
  if (agent !== undefined && (placeLevel(agent) !== null || INSTITUTION_END.test(agent) || person)) return "phrase-open";
  return null;
}

/** The last place's name at a line's end, as far as the character before its ending: `余村`, `街街道`. */
function lastPlace(line: string): string {
  return ENDS_ON_PLACE.exec(line)?.[0] ?? line;
}
/** A line ending on a division's or a community's name, and the character before its ending: `…老街街道`. */
const ENDS_ON_PLACE = new RegExp(`\\p{Script=Han}(?:${anyOf(PLACE_ENDINGS)})$`, "u");
/** Two more places at a line's start, the second a division or a street within the first, then a comma: `新华街社区东安街，`. */
const ADDRESS_GOES_ON = new RegExp(`^\\p{Script=Han}{1,5}?(?:${anyOf(PLACE_ENDINGS)})\\p{Script=Han}{1,5}?(?:${anyOf([...PLACE_ENDINGS, ...LANDMARK_ENDINGS])})[，,]`, "u");
/** 该 after a preposition (at a line's start it may be the modal, `该省的省`), what it points back at, and 的, a head's title or the line's end: `在该镇的…`, `对该公司负责人`. */
const REFERS_BACK = new RegExp(`[在对从由据为与向将把经]该(?:${anyOf(REFERRED_KINDS)})(?=的|负责|党|$)`, "u");
/** Words of when that open a sentence of their own: a report's recent days, and the parts of a day. */
const OWN_TIMES = [...WHEN_WORDS, "上午", "下午", "晚上", "当晚", "此前", "随后", "如今"];
/** A word's tail of up to four characters and a comma opening a line: `基地，`, `风景廊道，` (not a time, `近日，`, `今年，`, which opens text of its own). */
const TAIL_AND_COMMA = new RegExp(`^(?!${anyOf(OWN_TIMES)})\\p{Script=Han}{1,4}[，,]`, "u");
/** A line opening on its own time and a comma soon after: `今年以来，`, `3月15日晚，` — a clause of its own. */
const TIME_CLAUSE_OPENS = new RegExp(`^(?:${anyOf(OWN_TIMES)}|\\d{1,4}[年月日])[^，,。；;：:\\s]{0,5}[，,]`, "u");
/** What a line may end on, leaving a phrase open that no time goes on with: a determiner, a measure word, 的, a conjunction. */
const TAKES_NO_TIME = /[个这那其该各每的和及或而并但]/u;
/** A line opening on its own time, a when-word or a date: `近日，`, `今天上午，`, `5月14日，`. */
const OWN_TIME_OPENS = new RegExp(`^(?:${anyOf(OWN_TIMES)}|\\d{1,4}[年月日])`, "u");
/** The reporter, and what they did or learned, opening a line: `记者来到…`, `本报记者看到`, `某某时报记者获悉` (never 记者看到的…, a thing named). */
const REPORTER_NARRATES = new RegExp(`^(?:本报|[\\p{Script=Han}]{1,10}?(?:${anyOf(PRESS_ENDINGS)}))?(?:${anyOf(ROLE_QUALIFIERS)})*记者(?:${anyOf(REPORTER_NARRATION)})(?!的)`, "u");
/** A line that ends on a character, a letter or a numeral: open, no mark closing it. */
const OPEN_END = /[\p{Script=Han}\p{L}\p{N}]$/u;
/** A count and its unit opening a line: `1157人`, `3.5万亩`, `12亿元` (not `2024年`). */
const COUNT_OPENS = /^\d+(?:\.\d+)?(?:多|余)?(?:万|亿)?(?:人|个|家|元|亩|吨|户|名|位|件|项|所|座|辆|台|套|份|平方米|公里|千克|斤|头|只|株|棵|次|批)/u;
/** A sum of money, or how high it reached, at a line's end: `…总投资`, `…总额`, `…高达`, `…达到` (a bare 投资 ends headings, `扩大有效投资`). */
const MONEY_END = /(?:总投资|计划投资|投资额|总额|高达|达到)$/u;
/** A sum of money opening a line: `12亿元`, `3.5万元`. */
const MONEY_OPENS = /^\d+(?:\.\d+)?(?:多|余)?(?:万|亿)?元/u;
/** A noun of how many or how much at a line's end: `…志愿者人数`. */
const QUANTITY_END = new RegExp(`(?:${anyOf(QUANTITY_NOUNS)})$`, "u");
/** 由 and what acts after it at the line's end, two to six characters: `…交流会由北京`. */
const AGENT_OPEN = /\p{Script=Han}{2}(?<![理自缘事来经因原])由(\p{Script=Han}{2,6})$/u;
/** Who acts with the person named after 由, or the act: `以及某某搭档`, `和…`, `主持`, `担任`, `领衔`. */
const PARTNER_OR_ACT = /^(?:以及|和|与|及|、|主持|担任|执导|搭档|领衔|负责|共同|联袂|携手)/u;
/** A body's name at its end: 委员会, 政府, 大学, 公司…. */
const INSTITUTION_END = new RegExp(`(?:${anyOf(INSTITUTION_ENDINGS)})$`, "u");

/** A line that is only a date's or a time's parts: a heading, never a column's cut. */
const BARE_DATE_PART = /^\s*(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|中午|晚上|傍晚|凌晨|清晨|早上)?(?:\d{1,2}[时点])?\s*$/u;
/** A clause that places something in time before its date's part: `于…`, `截至…`, `自…`, `从…`, `在…`, `直到…`. */
const PLACED_IN_TIME = /(?:于|截至|截止|直到|自|从|在)[^，,。；：\s]*$/u;
/** The titles a person is named by before their name, each read as its plain word (LEADER_TITLES' guards, `(?<!城)市长`, are patterns). */
const PERSON_TITLES = [...LEADER_TITLES.map((t) => t.replace(/^\(\?<![^)]*\)/u, "")), ...BODY_HEADS, ...ADDRESS_TITLES, ...PERSON_TRADES];
/** A person's title, then one character at the line's end (a surname, checked apart). */
const TITLE_AND_SURNAME = new RegExp(`(?:${anyOf([...PERSON_TITLES, ...REPORTER_ROLES])})\\p{Script=Han}$`, "u");
/** A person's title, a surname (group 1) and one more character at the line's end. */
const TITLE_SURNAME_GIVEN = new RegExp(`(?:${anyOf(PERSON_TITLES)})(\\p{Script=Han})\\p{Script=Han}$`, "u");

/** Two or three characters before 、 (a name, checked apart), then one character at the line's end (a surname, checked apart). */
const NAME_THEN_SURNAME = /(\p{Script=Han}{2,3})、\p{Script=Han}$/u;
/** `…常委于某乐、陈`: the line ends on a surname after 、 and a name, its last three characters or its last two, whichever reads as a name and is no word. */
function endsOnListedSurname(line: string): boolean {
  const listed = NAME_THEN_SURNAME.exec(line)?.[1];
  return listed !== undefined && [listed, listed.slice(1)].some((name) => name.length >= 2 && looksLikeName(name) && !isCommonWord(name));
}

/** A date's or a time's part at a line's end and the part that follows it at the next line's start (`…下午` / `5时，…`). */
const DATE_ACROSS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\d{4}年$/u, /^\d{1,2}月/u],
  [/\d{1,2}月$/u, /^\d{1,2}[日号]/u],
  [/(?:\d日|上午|下午|中午|晚上|傍晚|凌晨|清晨|早上)$/u, /^\d{1,2}[时点]/u],
  [/\d[时点]$/u, /^\d{1,2}分/u],
];
/** One character, not a numeral, a pronoun or a cry, then a comma. */
const WORD_TAIL = /^[\p{Script=Han}](?<![一二三四五六七八九十她他它我你您哦啊嗯唉喂好是])[，、,]/u;
/** The shortest line a one-character clause under it is read as the tail of: longer than most headings and crossheads. */
const MIN_TAIL_LINE = 10;
/**
 * 在 and nothing but places, the last cut a character or two into its name (`在雄关区福民小区棚` / `户区回迁户…`): the next line
 * goes on with the name, a character or two and a place's ending, and nothing closes the setting (no localizer, time word,
 * clause mark or space). (`在天安门广场`, ending on a whole place, is a heading as often; a verb after the place makes one,
 * `在渝全国人大代表列举重庆二十爱`: only names of places are read here.)
 */
const OPEN_SETTING = new RegExp(`^(?=[^\\s，,。；;：:！？!?、“”上中里下内外旁边前后间时处际之的]{4,16}$)在(?:\\p{Script=Han}{1,6}?(?:${anyOf([...PLACE_ENDINGS, ...LANDMARK_ENDINGS])})){1,3}\\p{Script=Han}{1,2}$`, "u");
/**
 * 在 and a setting of four to sixteen characters, alone on its line: no mark, space or localizer in it, nor 的 (`在为民服务中践行
 * 初心`, `在那遥远的小山村` head a part or a story).
 */
const SETTING_LINE = /^在[^\s，,。；;：:！？!?、“”中的]{3,15}(?<![上里下内外旁边前后间时处际之])$/u;
/** A venue's name, two characters or fewer and its ending, closed by a comma or a localizer and a comma: `会展中心，`, `广场上，` (not `走进政务中心，`, `天安门广场上，`: a sentence's own setting). */
const VENUE_CLOSES = new RegExp(`^\\p{Script=Han}{0,2}?(?:${anyOf([...VENUE_ENDINGS, ...LANDMARK_ENDINGS])})[上中里内外前]?[，,]`, "u");
/** How common the surname of someone whose home town is named must be (俞 is 131st; 那 and 原, of 那里 and 原籍, are rarer). */
const NATIVE_SURNAME_RANK = 200;
/** A name (the line's own words before it), 是 and one to four places at the line's end: `俞某清是某县某镇`. */
const NATIVE_OF = new RegExp(`^(\\p{Script=Han}{2,3})是(?:\\p{Script=Han}{1,6}?(?:${anyOf(PLACE_ENDINGS)})){1,4}$`, "u");
/** The rest of a place, a village's or its team's, and 人 closing a clause: `某村六组人。`, `人，`. */
const FROM_PLACE_ENDS = new RegExp(`^(?:\\p{Script=Han}{0,6}?(?:组|屯|${anyOf(PLACE_ENDINGS)}))?人[。，,；;]`, "u");
/**
 * Where someone named lives, left open at a line's end: someone of two characters or more (no pronoun: `我家住在黄河岸`), 住在 or
 * 家住, and up to twelve characters, no mark, space, 的 or localizer (a heading may say where people live, `家住大山深处`).
 */
const LIVES_AT = /^(?![我你他她咱])\p{Script=Han}{2,}(?:住在|家住|居住在)[^\s，,。；;：:！？!?、“”的]{1,12}(?<![上中里内外旁边处])$/u;
/** A spot's name, a few characters and a spot's ending, closed by a comma (`芳邻互助点，`, `村史馆，`); not where someone goes (`走进…`, `来到…`). */
const SPOT_CLOSES = new RegExp(`^(?!走进|来到|据)\\p{Script=Han}{1,5}?(?:${anyOf([...VENUE_ENDINGS, ...LANDMARK_ENDINGS, "点", "站", "室"])})[，,]`, "u");
/** A place's name going on at a line's start: a character or two and a place's ending (`户区…`, `镇政府…`). */
const NAME_GOES_ON = new RegExp(`^\\p{Script=Han}{0,2}(?:${anyOf([...PLACE_ENDINGS, ...LANDMARK_ENDINGS])})`, "u");
/** Four characters or more, then a question's word at the line's end: `…问其为什么`, `…是否`. */
const QUESTION_WORD_END = /\p{Script=Han}{4}(?:为什么|为何|是否|能否|可否)$/u;
/** A predicate opening a line: a negation, a modal, a verb of being or having, a preposition of disposal. */
const PREDICATE_START = /^[不没要会能是在有让把将该需可]/u;
/** Verbs of saying: the speech verbs, and 介绍, 透露, 说. */
const SAYING = [...SPEECH_VERBS, "介绍", "透露", "说"];
/** The two-character verbs of speaking a column may cut in half: what was said, and an address or a speech given. */
const SPOKEN_ACROSS: ReadonlySet<string> = new Set(["致辞", "致词", "发言", "讲话"]);
/** One character, no pronoun, adverb or hearsay, then what a named person did: the given name's last character and the act (`俊致辞`, `华表示`). */
const ACT_AFTER_GIVEN = new RegExp(`^[^他她它我你您其并又也还均都亦再就便则即据经听曾另常传\\P{Script=Han}](?:${anyOf([...SPOKEN_ACROSS, "主持", "介绍", "说", ...SPEECH_VERBS])})`, "u");
/** What follows such a verb's second half: what was said, or when (`辞说：`, `言时表示`, `话中指出`, `辞，…`). */
const SPOKEN_TAIL = new RegExp(`^[辞词言话](?:说|时|中|${anyOf(SPEECH_VERBS)}|[，,：:])`, "u");
/** A body of government or a company at a line's end, named whole (管委会, 公安局, 人民政府, 集团; never a bare 会 or 村, which end headings). */
const BODY_AT_END = new RegExp(`(?:${anyOf(OFFICE_BODIES)})$`, "u");
/** A head's title at a line's end: `…党委书记、院长`, `…管委会主任` (an office's head, never a trade: `好老师`, `好医生`). */
const HEAD_TITLE_END = new RegExp(`(?:${anyOf([...LEADER_TITLES, ...BODY_HEADS, ...PERSON_TRADES.filter((t) => /长$|书记|经理/u.test(t))])})$`, "u");
/** The shortest line that names a body and its head's title: `某局局长` is a heading's length. */
const MIN_TITLED_LINE = 6;
/** The way someone goes, opening a line: `沿着…`, `顺着…`, `穿过…`. */
const ALONG_THE_WAY = /^(?:沿着|顺着|穿过|走过|踏着|驱车沿)/u;
/** A way described and named at a line's end: `…宽敞整洁的沥青路`, `…弯弯的小道` (a heading names whose path, `沿着总书记的足迹`). */
const WAY_NAMED = /的\p{Script=Han}{0,4}(?:路|道|街|巷|小径|河堤|堤岸)$/u;
/** Where someone came to, opening a line with no one named: `来到…`, `便到了…` (走进, 进入 open text of their own). */
const ARRIVES = /^(?:来到|便到了|就到了)/u;
/** A heading that announces an interview or a profile of the person it names: `专访…`, `对话…`, `走近…`. */
const INTERVIEW_HEADING = /^(?:专访|对话|走近|致敬|追记|寻访)/u;
/** A title a person is addressed by after their name, then what they said: `教师表示，`, `代表说`, `院士指出` (not 专家, a kind of person, no one named). */
const TITLE_THEN_SAYS = new RegExp(`^(?:${anyOf([...ADDRESS_TITLES.filter((t) => t !== "专家"), ...PERSON_TRADES, "教师"])})(?:${anyOf(SAYING)})`, "u");
/** An office or a trade, then a name of three characters at the line's end: `…负责人黎某幸`, `…校长王某明`. */
const OFFICE_THEN_NAME = new RegExp(`(?:${anyOf(["负责人", ...PERSON_TITLES])})(\\p{Script=Han}{3})$`, "u");
/** A person named by office at a line's end, three characters, a common surname, no word the dictionary counts. */
function nameAtEnd(line: string): string | null {
  const name = OFFICE_THEN_NAME.exec(line)?.[1];
  return name !== undefined && looksLikeName(name) && !isCommonWord(name) && surnameRank(name[0]!) <= COMMON_SURNAME_RANK * 2 ? name : null;
}

/** A person at a line's end after their office: `…州议员俞某珊`, `…县长王某`. */
const OFFICE_AND_NAME_END = new RegExp(`(?:${anyOf(PERSON_TITLES)})(\\p{Script=Han}{2,3})$`, "u");
/** The person a line of six characters or more names at its end after their office (`…州议员俞某珊` → `俞某珊`), or null. */
export function actorAtEnd(line: string): string | null {
  const actor = [...line].length >= MIN_TITLED_LINE ? OFFICE_AND_NAME_END.exec(line) : null;
  return actor && looksLikeName(actor[1]!) && !isCommonWord(actor[1]!) ? actor[1]! : null;
}
/** A recent day and a part of it, if any, opening a line: `今日`, `昨天上午`. */
const DAY_OPENING = new RegExp(`^(?:${anyOf(RECENT_DAYS)})(?:上午|下午|中午|晚上)?`, "u");
/** A line opening on a recent day and, with no comma or space after it, what was done then: `今日共移交…`, `昨天上午在…`. */
function opensOnDayAndAct(text: string): boolean {
  const day = DAY_OPENING.exec(text);
  // (The day's part read whole, never backtracked into: `今天上午，` sets its time apart with a comma.)
  const after = day ? text.slice(day[0].length) : "";
  return day !== null && /^\p{Script=Han}/u.test(after) && !/^[的是]/u.test(after);
}
/**
 * Someone, 是 and when or where they acted: `他是于3月14日…`, `她是在出席…时`: the cleft sentence a report's speaker is
 * placed in. (Not 是在 and any phrase, `他是在用生命守护光明`: only a date, a day, or attending an event.)
 */
const CLEFT_WHEN = new RegExp(`^(?:他|她|他们|她们)是(?:于|在(?:\\d|${anyOf([...WHEN_WORDS, "今午", "今晨", "前天", "本月", "上午", "下午", "晚上", "出席", "参加", "主持", "接受"])}))`, "u");
/** A name of two or three characters opening a line, then a verb of saying: `吴某华说，`, `王某表示`, `李某在讲话中指出`. */
const NAME_SAYS = new RegExp(`^(\\p{Script=Han}{2,3}?)(?:在[^，。]{0,10}?(?:讲话|发言|致辞)中)?(?:${anyOf(SAYING)})`, "u");
/** An office's title opening a line, a name of two or three characters, then words said: `主任刘某军介绍，`, `局长张某说`. */
const OFFICE_NAME_SAYS = new RegExp(`^(?:副)?(?:${anyOf([...BODY_HEADS, ...PERSON_TRADES, ...ADDRESS_TITLES])})(\\p{Script=Han}{2,3}?)(?:${anyOf([...SAYING, "告诉记者"])})`, "u");
/** A verb of saying or learning and the comma or colon before what was said or learned: `表示，`, `指出：`, `说：`, `获悉，` (not 了解到: `了解到，…` opens text of its own as 据了解 does). */
const SAID_FIRST = new RegExp(`^(?:${anyOf([...SAYING, ...LEARNED_VERBS.filter((v) => v !== "了解到")])})[，,：:]`, "u");
/** Conjunctions of concession or cause that open a clause, 尽管, 由于, 即使, and 据, whose source a clause names (`据市公安局交警支队宣传` / `教育科民警某某介绍：…`; not 据守, 据说, 据点, 据理, 据实, 据为, 据称, 据此, words of their own). */
const CLAUSE_OPENER = /^(?:尽管|由于|即使|即便|据(?!守|说|点|理|实|为|称|此))/u;
/** Someone or something, then 不仅/不但/不光/不只 and words to the line's end with no second half (而且, 并且, 还, 也, 更, 又) and no comma. */
const NOT_ONLY_OPEN = /^[\p{Script=Han}“”]+?(?:不仅|不但|不光|不只)(?![^，,]*(?:而且|并且|还|也|更|又))[\p{Script=Han}“”]{1,12}$/u;
/** Who acts, then 根据/按照/依据/依照/遵照/对照 and a few characters of its object, to the line's end, nothing else on it. */
const ACCORDING_OPEN = /^\p{Script=Han}[\p{Script=Han}、]+?(?:根据|按照|依据|依照|遵照|对照)\p{Script=Han}{1,6}$/u;
/** A clause of purpose as official prose opens one: 为确保, 为进一步, 为切实, 为保障, 为做好 (titles open on 为了 and 为推动 as often). */
const PURPOSE_OPENER = /^为(?:确保|进一步|切实|保障|做好)/u;
/**
 * 由 opening a line of six characters or more, who acts after it (`由中国国务院侨务` / `办公室…主办的…`): a clause that names its
 * agent, the act on the next line. (Not 由此, 由衷, 由来, nor a change of state, `由冷转暖`, `由南到北看发展`, which headings name.)
 */
const AGENT_CLAUSE = /^由(?![此衷来于])(?!.*[转到变向至及入而])\p{Script=Han}{5,}$/u;
/** 由 and a body that acts: a body named whole, a paper (`由中国国务院侨务`, `由某某商报联合`), or an office by its level and kind (`由市文明办`); never an idiom, `由群众来打分评判`. */
function agentClause(line: string, next: string): boolean {
  const rest = line.slice(1);
  if ([...line].length < MIN_AGENT_LINE || !AGENT_CLAUSE.test(line)) return false;
  // (A body named whole, 某某协会, 某某集团公司, cuts however the line goes on, `由中国作家协会主办的全国青年` / `作家…`.)
  if (NAMED_BODY.test(rest)) return true;
  // (An office by its level and kind closing its own 由…的 phrase, `由县委牵头的那些年`, heads text as often: only over what its
  // team did, `由市住建局牵头组成的联合检查组` / `对全市在建工地开展…`.)
  const office = LEVEL_OFFICE.exec(rest);
  return office !== null && (!/的\p{Script=Han}/u.test(rest.slice(office.index)) || AGENT_ACTS.test(next));
}
/** What an office's team went on to do, opening a line: `对…开展`, `深入…`, `已覆盖…` (not 在, 为, 于, 向, 到, which open any text). */
const AGENT_ACTS = /^(?:对|已|将|深入|开展|明确|正式|前往|赴|走进|来到)/u;
const NAMED_BODY = new RegExp(`(?:${anyOf([...INSTITUTION_ENDINGS.filter((e) => e.length >= 2), ...PRESS_ENDINGS.filter((e) => e.length >= 2), "国务院"])})`, "u");
const LEVEL_OFFICE = /[省市县区州乡镇](?:(?![的们亲上里]|民(?![政宗族]))\p{Script=Han}){0,4}?[局部办厅院委]/u;
/** The shortest lines read as a clause a connective or 由 and a body opens, cut by its column: shorter ones head a piece as often (`所以我们出发`). */
const MIN_CONNECTIVE_LINE = 9;
const MIN_AGENT_LINE = 8;
/** A connective that binds a sentence to the one before it (然而, 但是, 因此…): the line it opens has no comma, the caller checks. (Not 此外, 同时, 其实: words a heading may open on; nor 不过, 于是, the start of other words.) */
const BINDING_CONNECTIVE = new RegExp(`^(?:${anyOf(BINDING_CONNECTIVES)})`, "u");

/** The last `count` characters of a line (`end`) or the first `count`, white space left out. */
function edge(text: string, end: boolean, count: number): string[] {
  const out: string[] = [];
  let i = end ? text.length : 0;
  while (out.length < count && (end ? i > 0 : i < text.length)) {
    const c = charFrom(text, i, end);
    i += end ? -c.length : c.length;
    if (!/\s/u.test(c)) end ? out.unshift(c) : out.push(c);
  }
  return out;
}
