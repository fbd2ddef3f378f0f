/**
 * The parser's explanation of a page: for every non-blank line, the role it was given and
 * the named rule that gave it. Rules live in one table (RULES) so that explanations, the
 * README and the rule-ablation script speak of the same things.
 */

/** What a printed line is, as the parser read it. */
export type LineRole =
  | "kicker"
  | "title"
  | "subtitle"
  | "byline"
  | "paragraph"
  | "continuation"
  | "crosshead"
  | "caption"
  | "credit"
  | "furniture"
  | "unassigned";

/** One named feature that weighed in an ambiguous decision, and how much. */
export interface Evidence {
  feature: string;
  weight: number;
}

export interface Decision {
  /** 1-based line of the page file. */
  line: number;
  role: LineRole;
  rule: string;
  /** Index in `articles`, or null for furniture and unassigned lines. */
  article: number | null;
  /** On the first line of an article: the rule that started a new article there. */
  opens?: string;
  /** For weighed decisions: the features and their weights (positive for the role chosen). */
  evidence?: Evidence[];
}

/**
 * Every rule the parser names, with what it means. Rules marked `optional` can be switched
 * off (`parsePage(text, {disabled})`) to measure what they contribute; the others are the
 * defaults that decide when nothing else does.
 */
export const RULES = {
  // Where an article starts
  "group.before-lead": { optional: false, about: "short lines right before a lead (…电, …讯, X日报(记者…)) or a byline line are a headline group" },
  "group.after-complete-text": { optional: false, about: "after a complete paragraph, a credit or a signature, short headline-shaped lines followed by body text start a new article" },
  "group.after-wide-space": { optional: true, about: "after wider blank space than the page uses, short headline-shaped lines followed by body text start a new article, though the block above ends without an end mark" },
  "group.clauses-over-byline": { optional: true, about: "a line broken by a cry or a question inside it, as no plain title is (超1.8亿关注！全媒体采访团见证湖南，“湘”当火热), right over a byline with text under it or a lead, after finished text or at the page's top, is the title they head" },
  "group.dash-subtitle": { optional: true, about: "a line starting with —— under a short line makes the two a headline group even after an unfinished paragraph" },
  "group.under-kicker-half": { optional: true, about: "above the page's first headline, one headline-shaped line that runs on to the next (a long kicker's first half) does not hold back the headline group under it; it stays unassigned" },
  "group.cut-text-under-title": { optional: true, about: "under a headline's line, a line its column cut mid-word (…交通情况复杂，经 / 常需要多名交警…, a word across the break as paragraph.column-cut reads one, no character doubled across it) is the text's first: the headline group ends above it, and it is never a subtitle" },
  "group.dated-text-under-title": { optional: true, about: "under a headline's line, a line that opens on its day or time and a comma (1月20日上午，出席…的代表) is the text's first, cut short by its column: the headline group ends above it, and it is never a subtitle" },
  "group.page-top-line": { optional: true, about: "the page's first line over its text, shaped as no other title is (a numbered item, 二、夏河机场建成通航; clauses round a colon), heads that text: nothing stands above it, and the page's text needs a headline" },
  "group.page-top-title": { optional: true, about: "the page's first line over body text is a title however long (up to 40 characters): nothing stands above it for it to go on from" },
  "crosshead.clauses-over-dated-text": { optional: true, about: "inside a signed report, a heading in clauses over text that opens on when (克服困难，“播种知识” / 近年来，…), no wider apart than the page's lines, is the report's crosshead unless the evidence that weighs one is against it, not the next story's comma title" },
  "group.comma-title": { optional: true, about: "a short line with a comma is a title at the top of the page, after wide space, or with a name or byline under it" },
  "group.officials-under-title": { optional: true, about: "title lines with officials signing under them, a line each (新春献词 / 市委书记 甲 / 市长 乙), over text: an address the officials sign" },
  "group.names-under-title": { optional: true, about: "title lines with writers' names set apart by commas under them (罗某，张某杰), or one writer's name under a subtitle opened by a dash (——我与某报的故事 / 徐某贵), unless the line reads as a crosshead, start an article the names sign" },
  "group.bare-name": { optional: true, about: "title lines with a bare personal name under them (a column's signature) start an article" },
  "group.dash-closes": { optional: true, about: "a —— subtitle is a headline group's last line: the group ends there even when short caption lines follow" },
  "group.colon-kicker": { optional: true, about: "after finished text, who spoke at what occasion, closed by a colon (某某在某会上强调：), over a title opens a headline group; that line is the kicker" },
  "group.subtitle-over-picture": { optional: true, about: "a long headline line under a title, with a captioned picture right under it, is that title's subtitle" },
  "group.subtitle-over-dated-text": { optional: true, about: "a long headline line under a title, over text that opens on a full date and a comma (2005年2月24日，…), is that title's subtitle" },
  "group.caption-over-picture-lead": { optional: true, about: "a sentence under a title and right over a lead whose reporters took the pictures (…摄影报道, 文/图…) is the picture's caption (credit empty), the lines above it the headline" },
  "group.deck-before-lead": { optional: true, about: "a deck printed as one sentence (…，…捐献。), under a title and right over its lead, belongs to the headline: a story's text never stops short of its lead" },
  "group.place-kicker": { optional: true, about: "after finished text, a place closed by a colon (某区某村：) over a title opens a headline group; the place is the kicker" },
  "group.name-under-title": { optional: true, about: "a personal name alone under title lines closes the headline group, even when the text's first line is short (凤凤回家了！)" },
  "group.photo-report-labels": { optional: true, about: "after a finished report, a line over people who reported in pictures (…摄影报道) and three or more short labels under them, over text, titles a photo report: no caption of the report above" },
  "group.photo-after-report": { optional: true, about: "after a finished report, a title over captions and a credit is a new photo story, not a crosshead" },
  "lead.after-headline-picture": { optional: true, about: "a lead after a headline and a picture (caption and credit) opens that headline's text, not an untitled article" },
  "lead.brand-after-byline": { optional: true, about: "under a byline line, a brand's 讯 and a break opening the text (龙腾南阳讯 …) is a lead's label: it joins the byline" },
  "lead.after-signature": { optional: true, about: "a lead right after a byline printed under an article's pictures or text opens the text that follows; the byline heads it and the lead's label joins it" },
  "lead.after-byline-line": { optional: true, about: "a lead (本报讯 …) right after a headline's own-line byline opens that article's text; its label joins the byline" },
  "byline.after-points": { optional: true, about: "a byline line after a headline's bulleted points (● …), before any other text, is the article's byline; the last point is no title" },
  "byline.speaker-under-date": { optional: true, about: "under a headline and a bracketed date alone (a printed speech's or report's, （2026年2月9日）), a line of an official's office and name, or a name, with text under it, is the speaker's byline, never a story's title" },
  "byline.after-pictures": { optional: true, about: "a personal name alone, or a byline line naming reporters, after a titled story's first pictures and their credits, with the text under it, is the writer's byline: a feature printed pictures first, then its writer and text" },
  "byline.second-line": { optional: true, about: "a byline line (or a name) right after a headline's own-line byline continues it: a byline printed on two lines" },
  "group.dash-kicker": { optional: true, about: "a line ending in —— (commas and all) over a title opens a headline group after finished text or at the top of the page" },
  "credit.after-told-text": { optional: true, about: "a credit under a report's paragraphs captions none of them when the last tells what someone told the reporter (…负责人程先生告诉记者，…): a caption says what the picture shows" },
  "credit.cut-by-column": { optional: true, about: "people named with a role after the caption's last sentence, where a column cut the block, start the credit under it (…节目。记者甲、乙 / 通讯员丙 摄影报道)" },
  "credit.maker-under-caption": { optional: true, about: "one maker of words and picture (图/文 甲) under a caption-length block, where the form repeats, is that picture's credit, not the piece's signature" },
  "credit.reporters-under-caption": { optional: true, about: "reporters named by their roles on a line of their own under one or two blocks of unsigned text, where the story ends, took its picture: its credit (short pieces signed at the end are commentaries, letters or bracketed names)" },
  "credit.photo-heading": { optional: true, about: "under a heading that names a picture story (图片新闻, 图说), people named after the unsigned text took the picture: its credit, not a signature" },
  "credit.reporter-on-caption-line": { optional: true, about: "reporters named after a caption's sentence on its line, no 摄, whom the next line names again signing the text, are the picture's credit (两地作家…创作。 某某日报记者 甲 / □某某日报记者 甲)" },
  "credit.second-line": { optional: true, about: "people named by their roles right under a credit that named people by roles, with no 摄: one credit printed on two lines" },
  "credit.names-under-picture": { optional: true, about: "under text that points at its picture (图为…, 上图：, 图①) and no byline, a line naming people by their roles, without 摄, is the picture's credit" },
  "caption.over-byline": { optional: true, about: "between the headline and a byline printed under them that heads the text, blocks that are each one short sentence (嘉宾在朝门院子参观。) are the pictures' captions, no credit printed" },
  "caption.set-credit": { optional: true, about: "after a picture's caption whose credit covers a set (组图/记者 甲, 均为通讯员 乙 摄), two or more short sentences that open on no day or time, before the story's lead, byline or longer text, are the set's next pictures' captions, no credit printed for them" },
  "caption.next-picture": { optional: true, about: "one line and a credit right under a photo story's credit: the story's next picture, the line its caption" },
  "group.over-photo-report": { optional: true, about: "after finished text, a line over a credit saying its people reported in pictures (…摄影报道) and a lead under that credit titles the report the credit signs, never the report above's picture" },
  "caption.over-credit-under-title": { optional: true, about: "under a title, the headline's last line right over a picture's credit, with the story's lead or byline under the credit, is that picture's caption, not a subtitle" },
  "caption.line-over-credit": { optional: true, about: "after a report's text, one short line with a credit right under it is the report's picture caption, not a photo story's title" },
  "group.no-headline": { optional: false, about: "a lead with no headline above it starts an untitled article (with a warning)" },
  // Headline roles
  "headline.single": { optional: false, about: "a one-line group is the title" },
  "headline.three-lines": { optional: false, about: "three lines are kicker, title, subtitle" },
  "headline.long-subtitle": { optional: true, about: "of two lines, a second one too long or too punctuated for a title is the subtitle of the first" },
  "headline.dash-subtitle": { optional: false, about: "a second line starting with —— is the subtitle" },
  "headline.kicker-over-speaker": { optional: true, about: "a second line of who or where, a colon, and what they say or do (汝南：筑牢…, 屠某绍：绵延30年的不解之缘) is the title; the line over it frames it, the kicker (+3); not a detail's label (地点：…)" },
  "headline.kicker-over-exhortation": { optional: true, about: "weighs for the kicker (+4): a line that states news over a slogan whose every phrase urges how (扎实做好… 奋力推动…), which is the title" },
  "headline.kicker-clause": { optional: true, about: "weighs for the kicker (+2): a first line with a comma over a title without one sets the scene" },
  "headline.kicker-reporters": { optional: true, about: "weighs for the kicker (+3): a first line saying what the paper's reporters did (记者跟访…第一天, 本报记者聚焦…) frames the news line in clauses under it (省内交通违法，随时可能被抓); over a deck of phrases it is the title, and under the title the same line is the subtitle" },
  "headline.note-under-kicker": { optional: true, about: "an editor's note label (编者按, 开栏语) under a line is the title, the line its kicker" },
  "headline.kicker-cue": { optional: true, about: "a first line that frames a speech or an occasion (…时强调, 在…上, 围绕…, a closing colon or ——, a closing 的 that modifies the next line) is the kicker" },
  "headline.kicker-frames-title": { optional: true, about: "an epithet or how-phrase above a line stating an institution's act or a death is the kicker" },
  "headline.kicker-question": { optional: true, about: "weighs for the kicker (+3): a first line that asks a question over a line that asks none, which answers it and states the news (您还记得两站小区的老样子吗？ / 老旧小区改造“改”出幸福新生活)" },
  "headline.kicker-figures": { optional: true, about: "weighs for a kicker (+4): figures and no words (a span of years, a date, a score) over a worded line; no title is figures alone" },
  "headline.kicker-occasion": { optional: true, about: "weighs for the kicker (+3): a first line naming the day or the anniversary the piece marks (庆祝第二十三个中国记者节) over a line that marks none and states no news" },
  "headline.kicker-scene": { optional: true, about: "a short descriptive line above a line stating who did what (subject + news verb) is the kicker" },
  "headline.kicker-place": { optional: true, about: "a place over the title, alone or before a colon and its theme (柯城区 / 长寿面暖心助老), or a place's office, a company or its branch named alone (中铁某局一公司 / 大湾区各建设工地热切关注全国两会), is the kicker" },
  "headline.kicker-local-news": { optional: true, about: "weighs for the kicker (+3): a second line opening on the paper's own place (我市, 我省, 我县…) under a line that does not: the wider news over what it means locally, the local line the title" },
  "headline.kicker-label": { optional: true, about: "a column's label (简讯, 来信, 中秋-提醒) above a longer line is the kicker" },
  "headline.kicker-repeated": { optional: true, about: "weighs for the kicker (+4): a first line printed again on the page, over another piece, is a column's label" },
  "headline.kicker-series": { optional: true, about: "weighs for the kicker (+3): a series' name of several parts joined by middle dots (祖国颂·金秋走基层·打卡五彩河南), or a running column named for its form of reporting after a middle dot or as a campaign's 走基层 (…·一线观察, 新春走基层), over the title" },
  "headline.kicker-column": { optional: true, about: "in a piece signed with a bare name, a label-shaped first line (2–4 characters) is the column's name, a kicker" },
  "headline.subtitle-cue": { optional: true, about: "a second line that adds a fact (who attended, figures, a second clause) is the subtitle" },
  "headline.title-then-subtitle": { optional: false, about: "with no cue either way, two lines are title and subtitle" },
  // Bylines and signatures
  "lead.opens-paragraph": { optional: false, about: "a lead (新华社北京…电, 本报讯（记者…）, X日报(记者/…)) opens the first paragraph" },
  "byline.own-line": { optional: false, about: "a line of role words and names under the headline is the byline" },
  "byline.officials": { optional: false, about: "an official's office and name on a line under the title (市委书记 甲, 荆门市人民政府市长 乙) signs the address: its byline, the office the role" },
  "byline.bare-name": { optional: false, about: "a bare personal name under the title is the byline" },
  "signature.after-end-mark": { optional: true, about: "after a paragraph's last sentence and an end mark on the same line (…增收。■ 葛思逸), the people named sign it" },
  "group.title-over-writer": { optional: true, about: "a short line after a finished text, with a writer's name right under it and text under that, is the next piece's title over its writer, never the text above's signature" },
  "group.untitled-after-untitled": { optional: true, about: "an untitled news photo holds one picture: after its credit, a caption opening on its day (4月7日，, 近日，) with its own credit within a few blocks is the next untitled photo, however closely the page prints it" },
  "group.untitled-before-report": { optional: true, about: "a news photo with no title ends at its credit when a reporter's byline or a lead follows over text about something else (sharing under two pairs of characters with the caption): the byline heads the next story, untitled if no headline is printed" },
  "group.untitled-signed": { optional: true, about: "above the page's first headline, one to three blocks of whole sentences signed by who made their picture and words (…/摄 …/文), no jump line above, then a headline, wider space or the page's end: an untitled piece signed at its end" },
  "group.untitled-photo": { optional: true, about: "after a finished story and wider space than the page uses, a caption of one to three blocks and its credit (or its credit printed first, the caption under it), nothing after them but wider space, a headline or the page's end, is a news photo with no title" },
  "lead.label-over-reporters": { optional: true, about: "a lead's label alone on its line (时报讯) and the reporters' brackets opening the text under it (（记者甲） 昨天下午…) are one byline, label first" },
  "lead.label-over-byline": { optional: true, about: "a lead's label alone on its line, naming no one, and a byline line under it before any text are one byline, label first" },
  "signature.letter-writer": { optional: true, about: "in a reader's letter (its text opened by whom it greets, 编辑同志：…), a line after its text naming where the writer lives or works and their name (某市66号信箱杨某勇), before the next headline or the page's end, signs it (role null)" },
  "signature.bare-name": { optional: true, about: "a personal name alone after an article's last complete paragraph, before the next headline or the page's end, signs that article" },
  "byline.under-intro": { optional: true, about: "reporters on a line set off by a layout glyph (□ ■), under a headline's intro and over more text, head the report" },
  "caption.writer-portrait": { optional: true, about: "the writer's name again under the byline, before the text, captions their portrait (no credit printed)" },
  "dateline.dispatch-after-text": { optional: true, about: "a dispatch's place and day alone in brackets right after a story's text (（北京七日电）) dates that story, heading none: its dateline, when no lead gave one" },
  "byline.photo-report": { optional: true, about: "a credit that says its people reported in pictures (…摄影报道), right under the headline or its byline line, over text that opens a report (a column-wide block, not a picture's short caption), is the report's byline" },
  "signature.after-text": { optional: false, about: "a byline-shaped line after the text signs the article (执笔, 评论员, 文/…)" },
  "signature.lost-bracket": { optional: true, about: "reporters named by their roles on a line closed by a bracket its copy never opened (通讯员 甲）), not after a block left open on a bracket, or opened by one it never closed (（记者 甲/文 乙/图), not over a block that closes a bracket, sign as the bracketed signature does" },
  "signature.end-of-paragraph": { optional: true, about: "a reporter's bracketed signature at the end of the last paragraph, on its line (…春联。（记者 甲）), is the article's byline" },
  "signature.second-line": { optional: true, about: "a reporter's byline line right after a signature that names reporters continues it: a signature printed on two lines" },
  "signature.second-kept-as-paragraph": { optional: false, about: "a second signature in one article is kept as a paragraph (with a warning)" },
  // Paragraphs
  "paragraph.further-dispatch": { optional: true, about: "a lead of the house whose dispatch opened the article (本报长春二日电 … 本报北平二日电), no headline between, is the same report's next paragraph: a roundup prints its dispatches under one headline" },
  "paragraph.pull-quote": { optional: true, about: "a line that is one quotation whole, with no column cut running it on into the line under it, closes its paragraph: a pull quote (a speaker named under it goes on with it)" },
  "paragraph.spaced-phrases-whole": { optional: true, about: "a line of phrases set apart by spaces (学好调解法 化解千千结), a title's form, never runs on into the line under it as a column's cut" },
  "paragraph.first": { optional: false, about: "the first text under a headline or byline starts a paragraph" },
  "paragraph.narrative-line": { optional: true, about: "in an article's text, a line of three clauses or more outside quotations (国庆节期间，由某政协主办，某画院、某文联), sixteen characters or more with clauses of unequal length, that no cry, question, semicolon or closing dash marks as a deck, over more text (not over a title and its lead or byline) and no wider apart than the page's lines, is a sentence its column cut: it opens no headline (a slogan of even clauses, 看非遗，品年味，过大年, is a headline's form)" },
  "paragraph.column-cut": { optional: true, about: "in an article's text, a line that a column cut mid-word or mid-phrase opens a paragraph the next line goes on with, never a headline or a crosshead: a common word runs across its end and binds tighter than the words beside it (插上了树 / 枝、木棍…), or the likeliest reading of the characters either side as words puts a word across it (市委常委 / 会主持…, 阳光明 / 媚…), it ends on a preposition, a conjunction, a particle, a digit, an open bracket or an adverb that wants its verb (…也, …正), a date or an hour goes on across it in a clause that places something in time (…于2018年4月 / 2日…, …截至昨日下午 / 5时…; not a date alone on its line, nor a heading ending on one), it ends on a person's title and surname (…市委书记吴 / 某主持…), it is 在 and places cut inside a name that the next line goes on with (在某区某小区棚 / 户区…; not a whole place, 在天安门广场, nor 在希望的田野上, nor a verb after the place), it ends on a question's word with no question mark over a predicate (…问其为什么 / 不开启…), a place's name from the country's divisions runs across it, its kind of division opening the next line (…在唐山 / 市交通…, …公安局金凤 / 区分局…; not 走进唐山 / 市民…), or the next line opens on a particle or suffix that opens no word of its own there (了，…, 着聚焦点; not 了解, 着力)" },
  "paragraph.learned-cut": { optional: true, about: "in an article's text, a short line that would head a part of it (a crosshead) or the next story but that the learned fragment model reads as a paragraph's first piece its column cut early, clearly (港口村坐落于南 / 明湖上游，…; see fragment.ts), opens a paragraph the next line goes on with (two short clauses, and any line after the article's own crossheads, only beyond doubt, TITLE_CUT_THRESHOLD: a crosshead's forms). After a closed paragraph it heads no story either when the model is surer still (TITLE_CUT_THRESHOLD), unless a lead or byline stands two or three lines on (a title and its deck), a colon labels the line (新加坡记者：说…), or a picture's credit stands a few blocks on (a photo story's title); and, as surely, a line under a headline's line over more text is the text's first piece, no deck (4日，中共 / 黄石市委…)" },
  "paragraph.after-sentence-end": { optional: false, about: "text after a block that ended a sentence starts a new paragraph" },
  "paragraph.attribution": { optional: true, about: "after a paragraph's last sentence, a dash and who said it (——市区老人 刘某书) or where it was taken from (——摘自《…》) is a line of its own: the block under it starts a new paragraph" },
  "paragraph.leads-on": { optional: true, about: "right after a story's paragraph (no signature, end mark, furniture or wider space between), a headline-shaped line ending in a dash over text (本次活动有两大亮点——) is a paragraph leading into it, no heading" },
  "crosshead.numbered": { optional: false, about: "a number and a short bare title between paragraphs (一、规划先行), or a part's number alone on its line (一, （二）, Ⅲ; never a title), heads the text under it: a crosshead, never the start of a sentence the next block goes on with" },
  "paragraph.numbered-item": { optional: false, about: "a numbered item (1. 2、 （3） 一、) never continues the paragraph before it" },
  "paragraph.list-item": { optional: false, about: "parallel short lines, or short lines a colon introduces, are list items" },
  "paragraph.parenthetical": { optional: false, about: "a wholly bracketed line is a paragraph of its own" },
  "paragraph.sign-off-date": { optional: false, about: "a date alone on its line signs a notice off: its own paragraph" },
  "paragraph.notice-detail": { optional: true, about: "a notice's detail line (联系人：甲, 联系电话：…) is a paragraph of its own: the next detail line or the sign-off under it never continues it" },
  "story.editors-note": { optional: true, about: "weighs for the next story (-4): a line over text that opens on an editor's note (编者按：…) titles a piece, as no part of a story opens on one" },
  "paragraph.page-top-cut": { optional: true, about: "before any story on the page, a line its column cut mid-word over the text it runs on into is text whose headline the page does not print, never a title" },
  "paragraph.tip-off": { optional: true, about: "who tipped a story off, or whom to call, or thanks for the tip, on a line after its text (报料人：某某 奖66元, 感谢某女士提供线索，奖励20元) is the story's last paragraph, closed, never the next story's headline" },
  "paragraph.sign-off-name": { optional: true, about: "after a notice's text, an organisation's name alone (市消防救援支队) is its sign-off, a paragraph, never the next story's title" },
  "story.after-sign-off": { optional: true, about: "a notice's sign-off (its date, or the name of who issued it) closes it: a short line after it is the next story's title, never a crosshead" },
  "paragraph.after-caption": { optional: false, about: "text after a caption, a credit or a signature starts a new paragraph" },
  "dialogue.attributed": { optional: true, about: "a quoted line over text that opens by naming its speaker (…笑着说。) is dialogue, never a headline" },
  "dialogue.exchange": { optional: true, about: "in a story's text, a question spoken right over its spoken reply is a conversation (“这鱼怎么卖？” / “十五一斤！”), and so is a line of speech under a paragraph that opened on a quoted question and its asker (“生意好不好？”记者问。 / “好得很！”): no headline; not over a lead or a byline two lines down" },
  "dialogue.continues": { optional: true, about: "a quoted line right after a quoted line of dialogue is the conversation going on, never a headline, however short" },
  "paragraph.interview-turn": { optional: false, about: "a turn of an interview's transcript (问：…, 记者：…, and the speaker's answer under it) is a paragraph, never a headline" },
  "paragraph.dialogue": { optional: false, about: "a line of quoted dialogue (“……”) is a paragraph, never a headline" },
  "paragraph.salutation": { optional: true, about: "whom a speech or a letter addresses (同志们、朋友们：, 尊敬的市民朋友们：) opens a paragraph: never the rest of the block above" },
  "paragraph.opens-on-when": { optional: true, about: "a block that opens on a date or a time and a comma (6月8日，…, 近日，…) starts a sentence: it never goes on with the block above, though that block ends without an end mark (a crosshead, a label)" },
  "paragraph.field-run": { optional: true, about: "a detail's label and value (报料人：于先生) over another detail's label (报料时间：…) is the text's, never a headline's line: a run of labelled details (three lines, or two whose labels both name a notice's details, 报名时间：… / 联系电话：…)" },
  "continuation.quote-attribution": { optional: true, about: "a block whose first sentence only names the speaker of the quotation the block before closed (“…。” / 张某说。) goes on with its paragraph; one that goes on after the speaker (张某说，…) opens its own, as print does" },
  "continuation.clause-over-byline": { optional: true, about: "over a byline, under a paragraph the column cut mid-sentence, a line in clauses (…，…！) ends that sentence: it is no headline" },
  "continuation.column-break": { optional: false, about: "a block after one that ended without sentence-final punctuation continues its paragraph" },
  "crosshead.marked": { optional: true, about: "a short line a layout glyph marks, between paragraphs of an article, is a crosshead" },
  "crosshead.clauses": { optional: true, about: "a heading of two short clauses and no sentence in it (文艺演出，演绎精彩时刻) between paragraphs, followed by body text, is its own paragraph; not when its first clause opens on a time, a preposition, a setting or a speaker (今年以来，…, 走进村子，…, 王某说，…), under a colon that announces it, or over text a narrow column cut short" },
  "crosshead.shape": { optional: false, about: "a short headline-shaped line between paragraphs, followed by body text, is its own paragraph" },
  "crosshead.kept-heading-closes": { optional: true, about: "a line the story weighing kept in the article as a part's heading, shaped as a title and read by the fragment model as more a heading than a column's cut piece (log-odds under 0), is a paragraph of its own: the line under it opens the next (not the first half of a two-line heading)" },
  "story.unlike-crosshead-form": { optional: true, about: "weighs for a new story (−1): a line in clauses under crossheads with none, or one with none under crossheads in clauses; a story's headings share a form" },
  "crosshead.shared-vocabulary": { optional: true, about: "weighs for a crosshead in a report under a byline: the line (+1, +3 when much) or the text after it (+1, +3 when much) shares the article's vocabulary" },
  "crosshead.overlap": { optional: true, about: "weighs for a crosshead in an unsigned piece: the line (+1, +3 when much) or the text after it (+1, +3 when much) shares the article's vocabulary" },
  "crosshead.two-lines": { optional: true, about: "two short lines between paragraphs of a signed report that read as one heading when joined (文明和谐成为家门口 / 最好的风景), where the evidence weighs for a crosshead, are one crosshead" },
  "story.unlike-crossheads": { optional: true, about: "weighs for a new story (−2): the article's crossheads are siblings of one short length, and this line is longer than they are" },
  "crosshead.parallel": { optional: true, about: "weighs for a crosshead (+3): it is cut to the pattern of the article's earlier crosshead (as long, at six characters or fewer, or as long as two earlier crossheads at any length; or numbered or bracketed alike)" },
  "crosshead.opening": { optional: true, about: "under a byline line or a name, a heading of up to ten characters over text that opens a sentence is the text's first crosshead, not the start of a cut paragraph" },
  "crosshead.speaker-under-heading": { optional: true, about: "in a signed report, a heading as long as a crosshead over the person who speaks in that part, by office and name (聚焦产业强县优化发展生态 / 县政协委员、某局科长吴某婷), is weighed as a heading and its deck, however long the person's line" },
  "crosshead.heading-pair": { optional: true, about: "a heading of three to eight characters over a second heading line, inside a story signed at its head, weighed as a crosshead: both lines are crossheads (a heading and its deck)" },
  "story.filed-twice": { optional: true, about: "a report opened by a lead (【本报消息】) and closed by a dispatch from elsewhere (（北京七日电）) is two stories, split where story.signed-twice splits one" },
  "story.signed-twice": { optional: true, about: "a report signed at its head by its reporters and at its end by others is two stories: the second starts at the last line weighed a crosshead between them, its title" },
  "crosshead.named-in-text": { optional: true, about: "weighs for a crosshead (+3): the line names a place and the text under it opens on the name (长江南路 / 长江南路金鹰世界中心路段的…), as a part of a walk through places opens on the place it heads; a title states news" },
  "crosshead.part-number": { optional: true, about: "weighs for a crosshead (+3): a part's number in brackets or set off by a space before a short heading, as a feature numbers its parts (（一）抢抓农时保收成, 01 抢抓农时, PART1 …)" },
  "crosshead.part-label": { optional: true, about: "weighs for a crosshead (+3): one character and a colon label a feature's part (访：那一段战火纷飞的岁月); no story's title is so labelled" },
  "crosshead.speaker-named-before": { optional: true, about: "weighs for a crosshead (+3): the text under the line opens on a person the story's last two paragraphs named, speaking (王某在讲话中…, 李某说，…); a new story introduces whom it quotes. Lets two phrases set side by side, however long, be weighed as a crosshead" },
  "crosshead.after-intro": { optional: true, about: "weighs for a crosshead (+2): an unsigned piece has only its intro so far (one or two paragraphs), and the line shares its vocabulary" },
  "crosshead.earlier-crosshead": { optional: true, about: "weighs for a crosshead (+1) when it shares some vocabulary: the article already has one, and pieces with crossheads have several" },
  "story.long-line": { optional: true, about: "weighs for a new story (−1) on a page that never sets anything apart with wider space: the line is as long as a title, longer than most crossheads" },
  "story.long-paired-title": { optional: true, about: "weighs for a new story a line of two titles side by side, longer than a crosshead (−1 where a strong sign says part: the line's own words the story's, a part's number or label, an intro before it, a sibling heading; else −3); joined by a dash, a new story always" },
  "story.spaced-phrases": { optional: true, about: "weighs for a new story (−1): the line is two or more phrases set apart by spaces, a title's form (老巷“翻新” 满满人情味); a crosshead is one phrase (not a reporter's or an official's role and name so set apart: 半岛记者 张某 报道, 县委书记 张某某)" },
  "story.long-run": { optional: true, about: "weighs for a new story (−1) on a page that never sets anything apart with wider space: the article has run five paragraphs or more without a crosshead, so it is not cut into parts" },
  "lead.titled-report": { optional: true, about: "right under a headline, a paper named in title marks, the day, 报道 and a colon (《某某早报》中文版3月25日报道：) open its dated report as a lead does; elsewhere such a line is prose, a roundup of what the press reported" },
  "story.comma-title-weighed": { optional: true, about: "on a page that never sets stories apart with wider space, a line in clauses (晚报，我的贴心朋友) between a finished text and a text's first block titles the next story when the evidence that weighs a crosshead weighs against one" },
  "story.title-echo": { optional: true, about: "weighs for a new story (−3): the line is worded as the article's own title, a few words changed, keeping two fifths or more of its wording (沙门龙溪代表团热烈审议报告 … 芦浦海山代表团热烈审议报告), as the next story of a set printed alike is" },
  "story.lead-echo": { optional: true, about: "weighs for a new story (−3): the text under the line opens on the same dozen characters as the article's own first paragraph (2月18日下午和19日上午，出席…), as the next story of a set printed alike does" },
  "story.column-title": { optional: true, about: "weighs for a new story (−3): the line opens on a running column's name and a colon (新春走基层：…, 聚焦民生·一线观察：…), as a story's title does; no part's heading carries one" },
  "story.series-title": { optional: true, about: "weighs for a new story (−3): the line opens on the article's own title's series label and its colon or bar (仙游边界行：东许… / 仙游边界行：万缕…), as the series' next story does" },
  "story.column-opener": { optional: true, about: "a column's first piece's heading alone between a story's paragraphs (开栏的话), or a column's name over it (走社区问民情：开栏语), heads that piece, never a crosshead" },
  "story.photo-label": { optional: true, about: "a line between a story's paragraphs that is a photo story's label (图片新闻, 图说) heads the next story, never a crosshead" },
  "story.news-title": { optional: true, about: "weighs for a new story (−3): the line closes on the event it reports (…晚会举行, …活动启动), as a news title does" },
  "story.salutation": { optional: true, about: "a line between a story's paragraphs over a salutation (同志们：, 各位代表：; or over one or two more lines of its headline and then one) heads a speech or a letter: the next story, never a crosshead" },
  "story.lead-restates": { optional: true, about: "weighs for a new story (−2): the text under the line opens on its day and restates most of the line in its first sentence, as a report's lead restates its title" },
  "story.dated-lead": { optional: true, about: "weighs for a new story: the text under the line opens on a day and a time of day (10月10日上午，…, −2) or on a day alone (9月13日，…, or 近日，…, 昨天，…: −1), as a report's lead does" },
  "story.after-jump-line": { optional: true, about: "a jump line that sends the story on to another page (（下转第2版）) ends its text here: a short line after it heads the next story, never a crosshead" },
  "story.unrelated-text": { optional: true, about: "weighs for a new story (−1): the text under the line shares next to nothing with the article (a crosshead announces more of the same story)" },
  "story.other-words": { optional: true, about: "weighs for a new story (−2, or −1 in a piece that already has crossheads, whose words change from part to part): the text under the line shares none of the article's own words, those the rest of the page seldom uses (a page's theme is every story's); not when the article has a single paragraph to judge by, when the line itself repeats much of the article's vocabulary, or when its form says crosshead (a part's label, a sibling's shape)" },
  "story.unsigned-piece": { optional: true, about: "weighs for a new story (−2): an unsigned piece rarely carries crossheads" },
  "story.after-picture": { optional: true, about: "weighs −1 for a new story: the article so far ends on its picture's credit (−3 after three or more captioned pictures in a row, a gallery closing the text)" },
  "story.after-attribution": { optional: true, about: "weighs for a new story (−2): the text above closed on who said it or where it was taken from (——市区老人 刘某书, ——摘自《…》), as a signature closes a piece" },
  "story.credit-ahead": { optional: true, about: "weighs for a new story (−3): a picture's credit follows within eight caption blocks, so the line titles a photo story" },
  // Pictures
  "credit.own-line": { optional: false, about: "a credit (…摄, 摄影报道, 新华社发, …供图, 摄影记者 X) closes a picture" },
  "credit.before-caption-same-line": { optional: true, about: "a credit in brackets closing on 摄 or 供图 that opens a line, the caption's text after it (（李某 摄）2月3日是立春，…), is the picture's credit printed before its caption" },
  "caption.credit-same-line": { optional: false, about: "text ending with its credit on the same line is a caption" },
  "caption.lines-over-credit": { optional: true, about: "the one picture printed between a headline and its lead is captioned by every line over its credit, each a sentence: they join its caption, a line each, no paragraph of the text that opens at the lead" },
  "caption.before-credit": { optional: false, about: "the paragraph right before a credit is that picture's caption" },
  "credit.reporters-under-each-caption": { optional: true, about: "in an unsigned story, reporters by their roles on a line of their own under a one-sentence caption, and again under the next (半岛记者 甲 报道), each credit the picture above them: a story's reporters sign it once" },
  "caption.uncredited-over-lead": { optional: true, about: "one short sentence between a headline and its lead, no credit printed, is a picture's caption: the lead opens the headline's text" },
  "byline.given-name": { optional: true, about: "a reporter's role, a colon and one name alone (记者：嘉某), right under a headline's line, signs the story whatever the name, as overseas papers sign with a given name (elsewhere such a line may be an interview's turn)" },
  "caption.arrowed-run": { optional: true, about: "lines an arrow pointing up opens (▲ △), one over the other right above a caption an arrow opens over a credit, point at pictures that credit names: its captions too, joined in one photo entry as CONVENTIONS joins several captions under one credit" },
  "caption.arrowed": { optional: true, about: "a line an arrow pointing up opens (▲ △), between a headline and its byline or lead, points at a picture printed there: its caption, with no credit, never the headline's subtitle" },
  "caption.uncredited-after-text": { optional: true, about: "short blocks closing a report, each a sentence or two that places people in the picture or says when it was taken (某某（左2）移交…, …合照。, …时摄。), no credit printed, are its pictures' captions, each a picture of its own" },
  "caption.photo-story": { optional: false, about: "the paragraphs of a photo story are its captions" },
  // The page itself
  "furniture.running-head": { optional: false, about: "the page's date and weekday, page number, paper and page name (a news page's name, 地方新闻, alone atop the page too)" },
  "furniture.editor-line": { optional: false, about: "who made the page: 本版编辑, 责任编辑, 美编, 校对…, also in a web copy's brackets, （责任编辑：王某） (not （编辑 王某） under a story: a signature)" },
  "furniture.address": { optional: false, about: "the paper's address, hotlines, price, registration numbers" },
  "furniture.jump-line": { optional: true, about: "a jump line alone on its line: （下转第二版）, （上接第一版）, 更多报道见A6版" },
  "unassigned.before-first-headline": { optional: false, about: "text before the page's first headline (carried over from another page)" },
  "unassigned.no-article": { optional: false, about: "a credit or byline with no article before it" },
  // An editor's corrections (seeds/corrections.json)
  "correction.role": { optional: false, about: "an editor's correction gave the line its role" },
  "correction.starts-article": { optional: false, about: "an editor's correction starts an article at the line" },
  "correction.joins-previous": { optional: false, about: "an editor's correction joins the article at the line to the one before: its headline lines become paragraphs" },
} as const satisfies Record<string, { optional: boolean; about: string }>;

export type RuleName = keyof typeof RULES;

export interface ParseOptions {
  /** Return `decisions`: one per non-blank line. */
  explain?: boolean;
  /** Optional rules switched off, to measure what each contributes. */
  disabled?: Iterable<string>;
  /** An editor's corrections of this page's cut (seeds/corrections.json), by line. */
  corrections?: readonly LineCorrection[];
}

/** The roles a correction may give a line. */
export const CORRECTED_ROLES = ["kicker", "title", "subtitle", "byline", "paragraph", "caption", "credit", "furniture"] as const;
export type CorrectedRole = (typeof CORRECTED_ROLES)[number];

/** One correction of the cut, at a line of the page: start an article there, join it to the one before, or give the line a role. */
export interface LineCorrection {
  line: number;
  startsArticle?: boolean;
  joinsPrevious?: boolean;
  role?: CorrectedRole;
}

/**
 * Collects decisions while a page is read; each article's decisions get its index when it is
 * finished. Without `explain` nothing is recorded: the build parses every page and never reads them.
 */
export class Trace {
  readonly decisions: Decision[] = [];
  private readonly off: ReadonlySet<string>;
  readonly recording: boolean;

  constructor(options: ParseOptions) {
    this.off = new Set(options.disabled ?? []);
    this.recording = options.explain === true;
  }

  /** Is this rule allowed to fire? */
  on(rule: RuleName): boolean {
    return !this.off.has(rule);
  }

  add(line: number, role: LineRole, rule: RuleName, extra?: { opens?: RuleName; evidence?: Evidence[] }): Decision | null {
    if (!this.recording) return null;
    const last = this.decisions[this.decisions.length - 1];
    // A line holding a caption and its credit stays one decision: the caption's.
    if (last && last.line === line) return last;
    const d: Decision = { line, role, rule, article: null, ...extra };
    this.decisions.push(d);
    return d;
  }
}
