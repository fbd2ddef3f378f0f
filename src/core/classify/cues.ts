/**
 * Structural cues: forms of a headline or a paragraph that say more than their words.
 * Each names the section it votes for, the article part it reads and how much it weighs;
 * like the lexicon, it names no person, place or event.
 */

import type { Article } from "../model.ts";
import { anyOf, BODY_ACTS, BODY_HEADS, DIRECTIVE_VERBS, GOVERNING_BODIES, GOVERNMENT_LEVELS, POLITICAL_BODIES, LEADER_TITLES, OFFICES, SPEECH_VERBS, VISIT_VERBS } from "../vocabulary.ts";

const LEADERS = LEADER_TITLES.join("|");

export interface Cue {
  id: string;
  section: string;
  weight: number;
  /** The matched text when the cue applies, else null. */
  test: (article: Article) => string | null;
}

/** 在…时强调 / …上指出 / …时要求: the frame of an official's speech, the staple of a politics page. */
const SPEECH_FRAME = new RegExp(`(?:${anyOf([...DIRECTIVE_VERBS, "提出", "寄语"])})[:：]?$`, "u");
/** …调研时强调, …会议上指出: a speech framed by the occasion it was given at — a leader's words, whatever their subject. */
const OCCASION_SPEECH = new RegExp(`(?:时|上|中)(?:${anyOf(DIRECTIVE_VERBS)})[:：]?$`, "u");

/** `某某为国务院副总理`, `某某为政协全国委员会副秘书长`: the wording of an appointment. */
const APPOINTMENT = new RegExp(
  `[\\u4e00-\\u9fff·]{2,8}(?<![因作成认称行以更较最视])为[\\u4e00-\\u9fff]{0,20}?(?:副?(?:${anyOf(OFFICES)}))(?![\\u4e00-\\u9fff]{0,2}[会部办])`,
  "u",
);

/** `为…副秘书长`: the office an appointment names, found before the costlier full pattern. */
const APPOINTED_OFFICE = new RegExp(`为[\\u4e00-\\u9fff]{0,20}?(?:${anyOf(OFFICES)})`, "gu");

/** 书记调研…, 市长检查…, 主席会见…: an official's working visit, news of the politics page whatever it visits. */
const OFFICIAL_ACTIVITY = new RegExp(`(?:${LEADERS}|(?<!班)主任|领导)[\\u4e00-\\u9fff、]{0,6}?(?:${anyOf(VISIT_VERBS)})`, "u");

/** 调研, 走访, 视察… anywhere in the headline: a visit, whose visitor the lead names. */
const VISIT_IN_HEADLINE = new RegExp(anyOf(VISIT_VERBS), "u");

/** 市委书记某某主持召开…, 市长某某出席…: a lead that opens on an official at work. */
const OFFICIAL_IN_LEAD = new RegExp(
  `(?:${LEADERS})[\\u4e00-\\u9fff·]{1,4}?[^。！？]{0,40}?(?:${anyOf(["主持召开", "主持", "出席", ...VISIT_VERBS.filter((v) => v !== "督查")])})`,
  "u",
);

const LEADER_TITLE = new RegExp(LEADERS, "u");

/** 省人大开展…调研, 市政协召开…, 县纪委部署…: a political institution at work, named in the headline. */
const INSTITUTION_AT_WORK = new RegExp(
  `(?:${anyOf(POLITICAL_BODIES)})[\\u4e00-\\u9fff]{0,4}?(?:${anyOf([...VISIT_VERBS, ...BODY_ACTS])})`,
  "u",
);

/** The lead's first sentence, where news of an official's work names the official. */
function firstSentence(a: Article): string {
  const lead = (a.paragraphs[0] ?? "").replace(/\s+/gu, "");
  const end = lead.search(/[。！？]/u);
  return end === -1 ? lead : lead.slice(0, end + 1);
}

/** 会议要求 / 会议指出…: the report of an official meeting, told by what the meeting asked for. */
const MEETING_FRAME = new RegExp(`会议(?:${anyOf([...SPEECH_VERBS, "决定", "部署"])})`, "u");

/** `关于…的决定`, `…任免名单`: the title of a decision or a personnel notice. */
const DECISION_TITLE = /(?:的决定|的决议|任免|任命名单|任职通知|人事任免)$/;

/** The first match of `pattern` in the kicker, title or subtitle (layout spaces removed), or null. */
function inHeadline(a: Article, pattern: RegExp): string | null {
  for (const text of headlineParts(a)) {
    const m = pattern.exec(text.replace(/\s+/gu, ""));
    if (m) return m[0];
  }
  return null;
}

function headlineParts(a: Article): string[] {
  return [a.kicker, a.title, a.subtitle].filter((s): s is string => s !== null && s.trim() !== "");
}

export const CUES: readonly Cue[] = [
  {
    id: "speech frame in the kicker",
    section: "politics",
    weight: 3,
    test: (a) => {
      const k = a.kicker?.trim() ?? "";
      return SPEECH_FRAME.test(k) ? k : null;
    },
  },
  {
    id: "speech given at an occasion, in the kicker",
    section: "politics",
    weight: 6,
    test: (a) => {
      const k = a.kicker?.trim() ?? "";
      return OCCASION_SPEECH.test(k) ? k : null;
    },
  },
  {
    id: "official's activity in the headline",
    section: "politics",
    weight: 9,
    test: (a) => inHeadline(a, OFFICIAL_ACTIVITY),
  },
  {
    // `某某赴某企业调研` over `市委副书记、市长某某赴…调研`: the headline tells the visit, the lead who made it.
    id: "visit in the headline, an official making it in the lead",
    section: "politics",
    weight: 9,
    test: (a) => (inHeadline(a, VISIT_IN_HEADLINE) !== null ? (OFFICIAL_IN_LEAD.exec(firstSentence(a))?.[0] ?? null) : null),
  },
  {
    id: "official at work in the lead",
    section: "politics",
    weight: 4.5,
    test: (a) => OFFICIAL_IN_LEAD.exec(firstSentence(a))?.[0] ?? null,
  },
  {
    id: "appointment wording",
    section: "politics",
    weight: 3,
    test: (a) => {
      for (const text of [...headlineParts(a), ...a.paragraphs.slice(0, 3)]) {
        // The office word is rare and cheap to find; only around it is the full pattern worth trying.
        for (const office of text.matchAll(APPOINTED_OFFICE)) {
          const m = APPOINTMENT.exec(text.slice(Math.max(0, office.index - 10), office.index + office[0].length + 3));
          if (m) return m[0];
        }
      }
      return null;
    },
  },
  {
    id: "political institution at work in the headline",
    section: "politics",
    weight: 6,
    test: (a) => inHeadline(a, INSTITUTION_AT_WORK),
  },
  {
    id: "meeting report in the lead",
    section: "politics",
    weight: 3,
    test: (a) => {
      for (const text of a.paragraphs.slice(0, 2)) {
        const m = MEETING_FRAME.exec(text);
        if (m) return m[0];
      }
      return null;
    },
  },
  {
    id: "decision or personnel notice title",
    section: "politics",
    weight: 3,
    test: (a) => {
      const t = a.title?.trim() ?? "";
      return DECISION_TITLE.test(t) ? t : null;
    },
  },
];

/**
 * A leader's speech framed by its occasion (…调研时强调) or a leader's working (or a political body at work, 省人大开展…)
 * visit in the headline (书记调研…): news of the politics page whatever the
 * speech or the visit is about. Returns the matched text, or null.
 */
export function leaderNews(a: Article): string | null {
  // A political body at work (省人大开展…调研) is news of the politics page in the same way.
  const body = inHeadline(a, INSTITUTION_AT_WORK);
  if (body) return body;
  const k = a.kicker?.trim() ?? "";
  // The speaker must be a leader: named by title in the kicker or in the lead (not 有关负责人 at a briefing).
  if (OCCASION_SPEECH.test(k) && (LEADER_TITLE.test(k) || OFFICIAL_IN_LEAD.test(firstSentence(a)))) return k;
  return inHeadline(a, OFFICIAL_ACTIVITY) ?? leaderNamedInTitle(a);
}

/**
 * `某某到大湾区开展招商考察` over `市委书记某某率队…`: a title that opens on a person's name, which the lead
 * gives with a leader's office. Papers name their leaders bare in the headline and by office in the lead.
 */
function leaderNamedInTitle(a: Article): string | null {
  const title = (a.title ?? "").replace(/\s+/gu, "");
  const lead = firstSentence(a);
  if (title.length < MIN_NAMED_TITLE || !GOVERNMENT_OFFICE.test(lead)) return null;
  for (const n of [3, 2, 4]) {
    const name = title.slice(0, n);
    if (!/^[\u4e00-\u9fff]+$/u.test(name)) continue;
    // (The office right before the name, or before the offices listed with it: 市委书记某某, 市委副书记、市长某某.)
    if (new RegExp(`(?:${GOVERNMENT_OFFICE.source})(?:、[\u4e00-\u9fff]{2,12}){0,2}${name}`, "u").test(lead)) return name;
  }
  return null;
}

/**
 * A leader's office at a level of government: 省委书记, 市人大常委会主任, 县政协主席, 副市长. (A village's
 * party secretary, a student union's or a company's chairman, a trade union's: no leader's news.)
 */
const GOVERNMENT_OFFICE = new RegExp(`(?:${anyOf(GOVERNMENT_LEVELS)})(?:${anyOf(GOVERNING_BODIES)})副?(?:${anyOf(BODY_HEADS)})|副?(?:${anyOf(GOVERNMENT_LEVELS)})长`, "u");

/** A title shorter than this is too short to open on a name and say what was done. */
const MIN_NAMED_TITLE = 6;
