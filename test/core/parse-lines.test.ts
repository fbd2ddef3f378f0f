/** The parser's readers, one printed form at a time. */
import { describe, expect, it } from "vitest";
import { readBareName, readBylineLine, readGivenNameByline, readLead, readTitledReport } from "../../src/core/parse/byline.ts";
import { readCredit, splitTrailingCredit } from "../../src/core/parse/credit.ts";
import { canBeHeadline, isBareTitle, isLongUnpunctuatedTitle, readHeadline } from "../../src/core/parse/headline.ts";
import { parsePeople, readMadeBy } from "../../src/core/parse/people.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { endsSentence, splitLines } from "../../src/core/parse/text.ts";

const page = (...blocks: string[]) => blocks.join("\n\n");

describe("leads", () => {
  const cases: [string, { byline: string; dateline: unknown; authors: unknown; rest: string }][] = [
    // A news site's brand in lenticular brackets, then the reporters' brackets (a role in them) before the text.
    ["【连网】（某某日报全媒体记者 王某诗）6日下午，全体委员分组讨论。", { byline: "【连网】（某某日报全媒体记者 王某诗）", dateline: null, authors: [{ role: "全媒体记者", name: "王某诗" }], rest: "6日下午，全体委员分组讨论。" }],
    ["新华社北京11月6日电 中共中央…", { byline: "新华社北京11月6日电", dateline: { agency: "新华社", place: "北京", date: "11月6日" }, authors: [], rest: "中共中央…" }],
    ["新华社长沙3月5日电 (记者王五)全省…", { byline: "新华社长沙3月5日电 (记者王五)", dateline: { agency: "新华社", place: "长沙", date: "3月5日" }, authors: [{ role: "记者", name: "王五" }], rest: "全省…" }],
    ["新华社日内瓦4月10日电（记者李敬臣、张小明）据报告…", { byline: "新华社日内瓦4月10日电（记者李敬臣、张小明）", dateline: { agency: "新华社", place: "日内瓦", date: "4月10日" }, authors: [{ role: "记者", name: "李敬臣" }, { role: "记者", name: "张小明" }], rest: "据报告…" }],
    ["据新华社拉萨8月2日电（记者扎西）今天…", { byline: "据新华社拉萨8月2日电（记者扎西）", dateline: { agency: "新华社", place: "拉萨", date: "8月2日" }, authors: [{ role: "记者", name: "扎西" }], rest: "今天…" }],
    ["新华社北京6日电国务院…", { byline: "新华社北京6日电", dateline: { agency: "新华社", place: "北京", date: "6日" }, authors: [], rest: "国务院…" }],
    ["株洲日报(全媒体记者/胡某 通讯员/雷某某 雷某) 11月6日，", { byline: "株洲日报(全媒体记者/胡某 通讯员/雷某某 雷某)", dateline: null, authors: [{ role: "全媒体记者", name: "胡某" }, { role: "通讯员", name: "雷某某" }, { role: "通讯员", name: "雷某" }], rest: "11月6日，" }],
    ["湘潭日报讯(记者周某 通讯员赵某)近日，", { byline: "湘潭日报讯(记者周某 通讯员赵某)", dateline: null, authors: [{ role: "记者", name: "周某" }, { role: "通讯员", name: "赵某" }], rest: "近日，" }],
    ["衡阳晚报9月3日讯（融媒体记者 孙某）昨日，", { byline: "衡阳晚报9月3日讯（融媒体记者 孙某）", dateline: { agency: "衡阳晚报", place: null, date: "9月3日" }, authors: [{ role: "融媒体记者", name: "孙某" }], rest: "昨日，" }],
    ["本报讯（记者 张三 通讯员 李四）连日来，", { byline: "本报讯（记者 张三 通讯员 李四）", dateline: null, authors: [{ role: "记者", name: "张三" }, { role: "通讯员", name: "李四" }], rest: "连日来，" }],
    ["本报讯 全市…", { byline: "本报讯", dateline: null, authors: [], rest: "全市…" }],
    // A paper's report label in round brackets, naming the paper and no reporter, opens the text.
    ["（某岛日报报道）因应区内乡郊爆窃情况，警方一连三日巡查。", { byline: "（某岛日报报道）", dateline: null, authors: [], rest: "因应区内乡郊爆窃情况，警方一连三日巡查。" }],
    // A translated report's label, its original headline after 题：, and its writer in brackets closing the line: all the lead.
    ["【路透社华盛顿12月11日电】题：1997年的世界经济：好事做过了头？（记者里奇·米勒）", { byline: "【路透社华盛顿12月11日电】题：1997年的世界经济：好事做过了头？（记者里奇·米勒）", dateline: { agency: "路透社", place: "华盛顿", date: "12月11日" }, authors: [{ role: "记者", name: "里奇·米勒" }], rest: "" }],
    ["【英国《金融时报》网站3月5日报道】题：中国经济的新引擎（作者 戴维·皮林）", { byline: "【英国《金融时报》网站3月5日报道】题：中国经济的新引擎（作者 戴维·皮林）", dateline: null, authors: [{ role: "作者", name: "戴维·皮林" }], rest: "" }],
    // Reporters in lenticular brackets, each with a role, opening the text.
    ["【某某时报驻日本特约记者 张某 某某时报记者 李某】日本政府6日宣布，将进一步放宽入境限制。", { byline: "【某某时报驻日本特约记者 张某 某某时报记者 李某】", dateline: null, authors: [{ role: "驻日本特约记者", name: "张某" }, { role: "记者", name: "李某" }], rest: "日本政府6日宣布，将进一步放宽入境限制。" }],
    // (A wire's label in brackets dates the story however the text follows it.)
    ["【新华社北京3月5日电】全国两会今天开幕。", { byline: "【新华社北京3月5日电】", dateline: { agency: "新华社", place: "北京", date: "3月5日" }, authors: [], rest: "全国两会今天开幕。" }],
    // (A reporter's report in such brackets names the reporter.)
    ["（记者张某报道）昨天，市里举行了会议，各界代表参加。", { byline: "（记者张某报道）", dateline: null, authors: [{ role: "记者", name: "张某" }], rest: "昨天，市里举行了会议，各界代表参加。" }],
    ["中新网北京11月6日电  （记者 张某）当天", { byline: "中新网北京11月6日电  （记者 张某）", dateline: { agency: "中新网", place: "北京", date: "11月6日" }, authors: [{ role: "记者", name: "张某" }], rest: "当天" }],
    ["新华社华盛顿十一月五日电 美国…", { byline: "新华社华盛顿十一月五日电", dateline: { agency: "新华社", place: "华盛顿", date: "十一月五日" }, authors: [], rest: "美国…" }],
    ["本报大连7月8日电 记者 王某某记者从港口集团获悉", { byline: "本报大连7月8日电 记者 王某某", dateline: { agency: "本报", place: "大连", date: "7月8日" }, authors: [{ role: "记者", name: "王某某" }], rest: "记者从港口集团获悉" }],
    ["羊城晚报讯 记者李某 通讯员穗某报道：入夜", { byline: "羊城晚报讯 记者李某 通讯员穗某报道：", dateline: null, authors: [{ role: "记者", name: "李某" }, { role: "通讯员", name: "穗某" }], rest: "入夜" }],
    ["本报热线68595555报道（记者梁某实习生漆某某）昨天", { byline: "本报热线68595555报道（记者梁某实习生漆某某）", dateline: null, authors: [{ role: "记者", name: "梁某" }, { role: "实习生", name: "漆某某" }], rest: "昨天" }],
    // A news site's name before the date, the month written with a leading zero.
    ["某某在线04月09日讯 昨天，", { byline: "某某在线04月09日讯", dateline: { agency: "某某在线", place: null, date: "04月09日" }, authors: [], rest: "昨天，" }],
    ["本报讯（记者 霍某 文/摄）近日，", { byline: "本报讯（记者 霍某 文/摄）", dateline: null, authors: [{ role: "记者", name: "霍某" }], rest: "近日，" }],
    ["本报讯（仇某 实习生 张某某 记者 孙某）天赐", { byline: "本报讯（仇某 实习生 张某某 记者 孙某）", dateline: null, authors: [{ role: null, name: "仇某" }, { role: "实习生", name: "张某某" }, { role: "记者", name: "孙某" }], rest: "天赐" }],
    ["某某新闻网-某某日报讯 近日，博白县", { byline: "某某新闻网-某某日报讯", dateline: null, authors: [], rest: "近日，博白县" }],
    ["新天水讯【记者辛某】7月12日", { byline: "新天水讯【记者辛某】", dateline: null, authors: [{ role: "记者", name: "辛某" }], rest: "7月12日" }],
    // The paper its reporter works for may stand before the role inside the brackets.
    ["某城信息港讯（某城日报 记者许某琼） 国庆假期首日", { byline: "某城信息港讯（某城日报 记者许某琼）", dateline: null, authors: [{ role: "记者", name: "许某琼" }], rest: "国庆假期首日" }],
    ["本报讯【新天水·某某日报记者马某 王某某】7月26日", { byline: "本报讯【新天水·某某日报记者马某 王某某】", dateline: null, authors: [{ role: "记者", name: "马某" }, { role: "记者", name: "王某某" }], rest: "7月26日" }],
    ["本报记者陈某报道昨天上午9时40分，", { byline: "本报记者陈某报道", dateline: null, authors: [{ role: "记者", name: "陈某" }], rest: "昨天上午9时40分，" }],
    ["本报记者金某乾为您报道连续十多天来，兰州市被大雾笼罩。", { byline: "本报记者金某乾为您报道", dateline: null, authors: [{ role: "记者", name: "金某乾" }], rest: "连续十多天来，兰州市被大雾笼罩。" }],
    ["本报消息记者廖某钧通讯员吴某鸣报道 为了让", { byline: "本报消息记者廖某钧通讯员吴某鸣报道", dateline: null, authors: [{ role: "记者", name: "廖某钧" }, { role: "通讯员", name: "吴某鸣" }], rest: "为了让" }],
    ["本报讯（记者王振会 通讯员李四）近日，", { byline: "本报讯（记者王振会 通讯员李四）", dateline: null, authors: [{ role: "记者", name: "王振会" }, { role: "通讯员", name: "李四" }], rest: "近日，" }],
    ["本报消息（记者 张某）近日，", { byline: "本报消息（记者 张某）", dateline: null, authors: [{ role: "记者", name: "张某" }], rest: "近日，" }],
    ["信息兰州网消息 深秋时节，", { byline: "信息兰州网消息", dateline: null, authors: [], rest: "深秋时节，" }],
    // A body's 讯 and a colon or a space: its own release, printed as the paper's lead (`某某工商总会讯：`).
    ["某某工商总会讯：本会理事长于9月19日率领同仁，", { byline: "某某工商总会讯：", dateline: null, authors: [], rest: "本会理事长于9月19日率领同仁，" }],
    ["市教育局讯 近日，全市中小学开展安全教育。", { byline: "市教育局讯", dateline: null, authors: [], rest: "近日，全市中小学开展安全教育。" }],
    // The reporters, a slash and the place they filed from, 报导, then the text, no paper's label (as Taiwan's papers print it).
    ["记者陈某交∕台南报导 海尾朝皇宫赴下大道谒祖进香。", { byline: "记者陈某交∕台南报导", dateline: null, authors: [{ role: "记者", name: "陈某交" }], rest: "海尾朝皇宫赴下大道谒祖进香。" }],
    ["记者张某娟/楠西报导 玉井分局昨日接获报案。", { byline: "记者张某娟/楠西报导", dateline: null, authors: [{ role: "记者", name: "张某娟" }], rest: "玉井分局昨日接获报案。" }],
    ["记者王某、李某明／台北报导：市府昨日宣布，", { byline: "记者王某、李某明／台北报导", dateline: null, authors: [{ role: "记者", name: "王某" }, { role: "记者", name: "李某明" }], rest: "市府昨日宣布，" }],
    // A site's label may name in brackets the paper whose report it carries, before the reporters (`…消息（某某金报）记者甲报道：`).
    ["荆楚在线消息（某天金报）记者吴某远报道：昨日，", { byline: "荆楚在线消息（某天金报）记者吴某远报道：", dateline: null, authors: [{ role: "记者", name: "吴某远" }], rest: "昨日，" }],
    // As with a wire's 电, 据 may stand before a paper's 消息, and title marks may hold its name.
    ["据《某某日报》消息（记者郭某某通讯员黄某）近日，", { byline: "据《某某日报》消息（记者郭某某通讯员黄某）", dateline: null, authors: [{ role: "记者", name: "郭某某" }, { role: "通讯员", name: "黄某" }], rest: "近日，" }],
    // Any paper's name stands where 本报 does before its reporters and 报道, and any reporter's role where 记者 does.
    ["某宁日报全媒体记者周某华、通讯员沈某华报道：7月，", { byline: "某宁日报全媒体记者周某华、通讯员沈某华报道：", dateline: null, authors: [{ role: "全媒体记者", name: "周某华" }, { role: "通讯员", name: "沈某华" }], rest: "7月，" }],
    // Who checked the report (审核) is named in the brackets as its editor is.
    ["某某日报社·某某网讯（记者刘某东 通讯员 薛某妍 审核 晁某彤）初冬时节，", { byline: "某某日报社·某某网讯（记者刘某东 通讯员 薛某妍 审核 晁某彤）", dateline: null, authors: [{ role: "记者", name: "刘某东" }, { role: "通讯员", name: "薛某妍" }, { role: "审核", name: "晁某彤" }], rest: "初冬时节，" }],
    // Where the reporters filed from, in the lead's brackets as on a byline line, names no one.
    ["本报讯（记者 罗某心 发自成都）昨（7）日下午，", { byline: "本报讯（记者 罗某心 发自成都）", dateline: null, authors: [{ role: "记者", name: "罗某心" }], rest: "昨（7）日下午，" }],
    // So do a paper in title marks and its site, set off by 、 and spaces.
    ["《中国某某报》、中国某某网 记者张某蘩 报道：11月7日10时05分，", { byline: "《中国某某报》、中国某某网 记者张某蘩 报道：", dateline: null, authors: [{ role: "记者", name: "张某蘩" }], rest: "11月7日10时05分，" }],
    ["本报特派记者张某报道 当地时间", { byline: "本报特派记者张某报道", dateline: null, authors: [{ role: "特派记者", name: "张某" }], rest: "当地时间" }],
    // After a label, any reporters' roles and names set off by spaces, as they open a text, not 记者 only.
    ["本报讯 通讯员 张某 记者 李某 近日，全市各地抢抓晴好天气。", { byline: "本报讯 通讯员 张某 记者 李某", dateline: null, authors: [{ role: "通讯员", name: "张某" }, { role: "记者", name: "李某" }], rest: "近日，全市各地抢抓晴好天气。" }],
    // 报道： after the names, run into the text, is theirs; a qualifier (驻京) stands before the role as in any byline.
    ["记者 张某 报道：近日，全市各地抢抓晴好天气。", { byline: "记者 张某 报道：", dateline: null, authors: [{ role: "记者", name: "张某" }], rest: "近日，全市各地抢抓晴好天气。" }],
    // 报道， closes the paper's own lead as 报道： does; 据 stands before an agency's 消息 as before a paper's.
    ["本报记者王某报道，近日，", { byline: "本报记者王某报道，", dateline: null, authors: [{ role: "记者", name: "王某" }], rest: "近日，" }],
    ["据新华社消息 今年以来，", { byline: "据新华社消息", dateline: null, authors: [], rest: "今年以来，" }],
    // Bare names run together in the brackets after a label split where each starts with a surname.
    ["某州新闻网讯（王某刚周某帅）2月18日，", { byline: "某州新闻网讯（王某刚周某帅）", dateline: null, authors: [{ role: null, name: "王某刚" }, { role: null, name: "周某帅" }], rest: "2月18日，" }],
    ["本报驻京记者 张某 近日，全市各地抢抓晴好天气。", { byline: "本报驻京记者 张某", dateline: null, authors: [{ role: "驻京记者", name: "张某" }], rest: "近日，全市各地抢抓晴好天气。" }],
    ["本报上海5月9日讯记者钱某报道：今天", { byline: "本报上海5月9日讯记者钱某报道：", dateline: { agency: "本报", place: "上海", date: "5月9日" }, authors: [{ role: "记者", name: "钱某" }], rest: "今天" }],
    // A colon closing the label, after 讯 or after its reporters' brackets, is the lead's; a paper's name may stand in 《》.
    ["本报讯：2月3日，某某宗亲会会长王某弟接待访问团一行。", { byline: "本报讯：", dateline: null, authors: [], rest: "2月3日，某某宗亲会会长王某弟接待访问团一行。" }],
    ["本报讯（记者 海某 陈某）：老乡见老乡。", { byline: "本报讯（记者 海某 陈某）：", dateline: null, authors: [{ role: "记者", name: "海某" }, { role: "记者", name: "陈某" }], rest: "老乡见老乡。" }],
    ["《某某侨报》讯：（记者 海某）2024年2月10日，某某团拜会举行。", { byline: "《某某侨报》讯：（记者 海某）", dateline: null, authors: [{ role: "记者", name: "海某" }], rest: "2024年2月10日，某某团拜会举行。" }],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(readLead(text)).toEqual(want));
  }

  it("reads a byline line in lenticular brackets whose parts slashes set apart: paper, role, names, the place filed from", () => {
    expect(readBylineLine("【经济日报／记者/吴某锴】")).toEqual({ byline: "【经济日报／记者/吴某锴】", dateline: null, authors: [{ role: "记者", name: "吴某锴" }] });
    expect(readBylineLine("【联合晚报／记者邱某平/台北报导】")?.authors).toEqual([{ role: "记者", name: "邱某平" }]);
    // (One name run into what its bearer made, slash and all: `蒋某翔文/摄`, `张某文/图` read as `张某 文/图`.)
    expect(readBylineLine("蒋某翔文/摄")).toEqual({ byline: "蒋某翔文/摄", dateline: null, authors: [{ role: "文/摄", name: "蒋某翔" }] });
    expect(readBylineLine("张某文/图")?.authors).toEqual([{ role: "文/图", name: "张某" }]);
    expect(readBylineLine("中国时报【甘某雯／桃园报导】")?.authors).toEqual([{ role: null, name: "甘某雯" }]);
    // (A reporter by role and how the story was gathered, `記者X／綜合報導`, as Taiwan's papers print it; the division slash too.)
    expect(readBylineLine("【记者陈某明／综合报导】")?.authors).toEqual([{ role: "记者", name: "陈某明" }]);
    expect(readBylineLine("【经济日报∕记者陈某明】")?.authors).toEqual([{ role: "记者", name: "陈某明" }]);
    // (A place and how the story was gathered names no one; nor does a place before the reporter's role read as a name.)
    for (const label of ["【花莲/综合报导】", "【华视/综合报导】", "【南投/即时报导】"]) expect(readBylineLine(label)?.authors ?? [], label).toEqual([]);
    expect(readBylineLine("【高雄/记者张某某报导】")?.authors ?? []).not.toContainEqual({ role: null, name: "高雄" });
    expect(readBylineLine("【沈某胜/南投报导】")?.authors).toEqual([{ role: null, name: "沈某胜" }]);
    expect(readLead("【联合晚报／记者邱某平/台北报导】台北市政府跨年晚会即将登场。")).toMatchObject({ byline: "【联合晚报／记者邱某平/台北报导】", authors: [{ role: "记者", name: "邱某平" }], rest: "台北市政府跨年晚会即将登场。" });
    // (No role and no place filed from: a label's words, no one named.)
    expect(readBylineLine("【延伸阅读/相关新闻】")).toBeNull();
  });

  it("reads a reporter's role, a colon and one name alone as a byline, whatever the name (a given name alone), never a word or a known place", () => {
    expect(readGivenNameByline("记者：嘉某")).toEqual({ byline: "记者：嘉某", dateline: null, authors: [{ role: "记者", name: "嘉某" }] });
    for (const line of ["记者：你好", "记者：北京", "记者：请讲", "记者：好的", "记者：真的吗", "记者：王老师"]) expect(readGivenNameByline(line), line).toBeNull();
  });

  it("reads two names a slash sets apart, alone on a line, as its writers; never a role or a word", () => {
    expect(readBylineLine("陈某国/林某")?.authors).toEqual([{ role: null, name: "陈某国" }, { role: null, name: "林某" }]);
    for (const line of ["张某/摄", "文/图", "春天/夏天", "高铁/高速", "文图/冯某", "海报/王某"]) expect(readBylineLine(line)?.authors.every((a) => a.role !== null) ?? true, line).toBe(true);
    // (A name that is a word too, 高峰, 王平, or one under the surname 文, signs beside another.)
    expect(readBylineLine("高峰/李某明")?.authors).toEqual([{ role: null, name: "高峰" }, { role: null, name: "李某明" }]);
    expect(readBylineLine("文某明/林某")?.authors).toEqual([{ role: null, name: "文某明" }, { role: null, name: "林某" }]);
    // (Nor what was made, 文案, nor a label's parts whose first is a rare surname, 楼市/车市.)
    for (const line of ["文案/李某", "楼市/车市", "/"]) expect(readBylineLine(line)?.authors.some((a) => a.role === null) ?? false, line).toBe(false);
    // (Names of three characters sign whatever their surname: 岑某华, 司马某.)
    expect(readBylineLine("李某明/岑某华")?.authors).toEqual([{ role: null, name: "李某明" }, { role: null, name: "岑某华" }]);
    expect(readBylineLine("司马某/王某")?.authors).toEqual([{ role: null, name: "司马某" }, { role: null, name: "王某" }]);
    // (Not a label's two sides of three characters, opening on a word or ending as a place or a saying does.)
    for (const line of ["楼市热/车市冷", "晋中市/吕梁市", "车主说/房东说"]) expect(readBylineLine(line), line).toBeNull();
  });

  it("reads transliterated names after a role, and outlets a slash sets apart before it with a space", () => {
    expect(readBylineLine("本报记者 陆某婷 通讯员 鲁提普拉·木塔力甫 祖力皮卡尔·米吉提")?.authors).toEqual([{ role: "记者", name: "陆某婷" }, { role: "通讯员", name: "鲁提普拉·木塔力甫" }, { role: "通讯员", name: "祖力皮卡尔·米吉提" }]);
    expect(readBylineLine("本报记者 潘某 通讯员 茹先古丽")?.authors).toEqual([{ role: "记者", name: "潘某" }, { role: "通讯员", name: "茹先古丽" }]);
    expect(readBylineLine("某某新闻网/某某地区融媒体中心 记者 刘某文 通讯员 艾海提·毛勒吐尔迪")?.authors).toEqual([{ role: "记者", name: "刘某文" }, { role: "通讯员", name: "艾海提·毛勒吐尔迪" }]);
    // (A task before the slash is no outlet to drop.)
    expect(readBylineLine("设计/王某 记者 李某")).toBeNull();
  });

  it("reads a paper's own 讯 after a place it knows as a lead, however the text follows (东方今报开封讯根据…)", () => {
    expect(readLead("某某今报开封讯根据省委宣传部统一安排，采风团走进开封。")).toMatchObject({ byline: "某某今报开封讯", rest: "根据省委宣传部统一安排，采风团走进开封。" });
    // (Not a source cited in a sentence: 据 before it, a comma after it.)
    expect(readLead("另据某某晚报济南讯，山东多地出现降雨。")).toBeNull();
  });

  it("reads a colon or a comma closing a lead's label as the lead's", () => {
    expect(readLead("本报讯，受台风影响，全市中小学停课一天。")).toMatchObject({ byline: "本报讯，", rest: "受台风影响，全市中小学停课一天。" });
  });

  it("reads no lead in a paper's 讯 quoted in a sentence: 据 before it, or a comma after it", () => {
    expect(readLead("据《某某日报》讯，今年我国粮食总产量再创新高。")).toBeNull();
    expect(readLead("《某某日报》讯，今年我国粮食总产量再创新高。")).toBeNull();
    // (The house's own 讯 and a comma opens its text.)
    expect(readLead("本报讯，近日，全市各地抢抓晴好天气。")?.byline).toBe("本报讯，");
  });

  it("reads the place filed from after a slash in a byline line and in brackets opening the text (〔〕 too)", () => {
    expect(readBylineLine("记者刘某玮／花莲报导")?.authors).toEqual([{ role: "记者", name: "刘某玮" }]);
    expect(readLead("〔记者刘某玮／台东报导〕台东市区台风过后，一片狼藉。")).toMatchObject({ byline: "〔记者刘某玮／台东报导〕", authors: [{ role: "记者", name: "刘某玮" }], rest: "台东市区台风过后，一片狼藉。" });
    expect(readLead("（记者刘某玮／台东报导）台东市区台风过后，一片狼藉。")?.authors).toEqual([{ role: "记者", name: "刘某玮" }]);
  });

  it("reads a byline line wholly in tortoise-shell or square brackets as in lenticular or round ones, and the place filed from after a slash in round ones", () => {
    expect(readBylineLine("〔记者刘某玮／台东报导〕")).toEqual({ byline: "〔记者刘某玮／台东报导〕", dateline: null, authors: [{ role: "记者", name: "刘某玮" }] });
    expect(readBylineLine("［本报记者 张某］")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    expect(readBylineLine("（记者刘某玮、张大同／台北报导）")?.authors).toEqual([{ role: "记者", name: "刘某玮" }, { role: "记者", name: "张大同" }]);
    // (No one is named in a reading note or a caption's words in such brackets.)
    for (const text of ["〔延伸阅读〕", "〔图为市民在排队〕", "〔记者调查〕", "［记者连线］", "［记者 李某明 摄］"]) expect(readBylineLine(text), text).toBeNull();
    // (A second reporter after the slash is no place.)
    expect(readBylineLine("（记者林某明/通讯员黄某华报道）")?.authors).toEqual([{ role: "记者", name: "林某明" }, { role: "通讯员", name: "黄某华" }]);
  });

  it("reads a reporter's bracket that says where and when they filed (电, 电话, 特稿) as a byline, with its dateline when a day is printed", () => {
    expect(readBylineLine("（中央社记者李某华台北2日电）")).toEqual({ byline: "（中央社记者李某华台北2日电）", dateline: { agency: "中央社", place: "台北", date: "2日" }, authors: [{ role: "记者", name: "李某华" }] });
    // (The day may come before the place.)
    expect(readBylineLine("（本报特派记者杨某勋二日汉城电话）")).toEqual({ byline: "（本报特派记者杨某勋二日汉城电话）", dateline: { agency: "本报", place: "汉城", date: "二日" }, authors: [{ role: "特派记者", name: "杨某勋" }] });
    expect(readBylineLine("【本报记者杨某勋特稿】")).toEqual({ byline: "【本报记者杨某勋特稿】", dateline: null, authors: [{ role: "记者", name: "杨某勋" }] });
    // (A column's label in such a form names no one; nor a series' word with no day, `黄河行`.)
    expect(readBylineLine("（记者连线特稿）")).toBeNull();
    expect(readBylineLine("【本报记者黄河行特稿】")).toBeNull();
    // (The name is cut where a place the place table knows is left; where none is, the bracket is the byline, naming no one
    // rather than a wrong name.)
    expect(readBylineLine("（本报驻俄记者刘华莫斯科2日电）")?.authors).toEqual([]);
  });

  it("reads reporters under their roles that end a lead label's line as the lead's, the text starting on the next line", () => {
    expect(readLead("本报讯 通讯员 王某明")).toEqual({ byline: "本报讯 通讯员 王某明", dateline: null, authors: [{ role: "通讯员", name: "王某明" }], rest: "" });
    expect(readLead("【本报讯】 记者 张某 通讯员 王某明")?.authors).toEqual([{ role: "记者", name: "张某" }, { role: "通讯员", name: "王某明" }]);
    // (报道 closing the line, its colon left off.)
    expect(readLead("本报北京11月5日讯 记者李某华报道")).toMatchObject({ byline: "本报北京11月5日讯 记者李某华报道", dateline: { agency: "本报", place: "北京", date: "11月5日" }, authors: [{ role: "记者", name: "李某华" }], rest: "" });
    expect(readLead("本报讯 记者李某华 通讯员王某明报道")?.authors).toEqual([{ role: "记者", name: "李某华" }, { role: "通讯员", name: "王某明" }]);
    const [article] = parsePage(page("全市秋粮收购工作全面展开", "本报讯 通讯员 王某明", "今年以来，全市各地认真落实粮食收购政策，确保农民售粮顺畅。")).articles;
    expect([article!.byline, article!.paragraphs]).toEqual(["本报讯 通讯员 王某明", ["今年以来，全市各地认真落实粮食收购政策，确保农民售粮顺畅。"]]);
    // (A label whose line goes on in prose keeps its text: `本报讯 通讯员 王某明今年…` is no byline line.)
    expect(readLead("本报讯 记者注意到，近期多家媒体关注此事。")?.authors ?? []).toEqual([]);
    // (A compiled report's 消息 signs as its 报道 does.)
    expect(readBylineLine("本报综合消息")).toEqual({ byline: "本报综合消息", dateline: null, authors: [] });
    expect(readBylineLine("综合消息")).toBeNull();
    // (Prose about the press a column cut after 报道 names no one.)
    expect(readLead("本报讯 记者连续多日追踪报道")?.authors ?? []).toEqual([]);
  });

  it("reads a place after the reporters' slash, never a person or a way of reporting", () => {
    // (`记者张某/李某报道`, `记者王某/摄影报道`: after the slash another person or how they reported, no place: no such lead.)
    for (const text of ["记者张某/李某报道 市府昨日宣布，", "记者王某/摄影报道 市府昨日宣布，"]) expect(readLead(text)?.byline ?? null, text).not.toBe(text.split(" ")[0]);
  });

  it("is not read in prose", () => {
    expect(readLead("新华社北京3月5日电 记者近日从有关部门获悉")?.byline).toBe("新华社北京3月5日电");
    // Whose reports a wire story gathers, naming no one, belongs to its lead.
    expect(readLead("据新华社北京3月24日电 综合本社驻外记者报道：塞拉利昂等国领导人近日发表谈话。")).toMatchObject({ byline: "据新华社北京3月24日电 综合本社驻外记者报道：", authors: [], rest: "塞拉利昂等国领导人近日发表谈话。" });
    // A brand's 讯 with no reporters in brackets after it is prose (新天水讯 is believed only with them).
    expect(readLead("新天水讯 7月12日")).toBeNull();
    // (A reprint's source closing a story, or a pointer to another report, heads nothing; a column's label in lenticular
    // brackets, `【记者连线】`, names no reporter.)
    for (const text of ["（据人民日报报道）", "（详见晚报报道）", "【记者连线】近日，记者来到某县某村，看到一派繁忙景象。", "【记者万里行】近日，记者来到某县某村，看到一派繁忙景象。"]) expect(readLead(text), text).toBeNull();
    // (A headline after 题： with no writer's brackets closing the line stays the text's.)
    expect(readLead("【路透社华盛顿12月11日电】题：1997年的世界经济：好事做过了头？")).toMatchObject({ byline: "【路透社华盛顿12月11日电】", authors: [] });
    // A label in lenticular brackets with no 讯 leads only with reporters (a role among them) bracketed after it.
    // (A roundup's place in such brackets heads a part of one story, not a lead: only an outlet's name is a brand.)
    for (const text of ["【解密档案】（记者翻拍资料图片）", "【提示】（甲某）近日，…", "【连网】近日，全体委员分组讨论。", "【北京】（记者 张某）近日，北京各地多措并举保障春运。", "【延伸阅读】（记者 李某）据了解，…"]) expect(readLead(text), text).toBeNull();
    // A paper's app files the story: the app is the agency, the place follows it.
    expect(readLead("某某青年报客户端北京12月4日电（记者 张某）近日…")?.dateline).toEqual({ agency: "某某青年报客户端", place: "北京", date: "12月4日" });
    expect(readLead("央视新闻客户端北京12月4日电 近日…")?.dateline).toEqual({ agency: "央视新闻客户端", place: "北京", date: "12月4日" });
    // A newsroom's brand and its 讯, then a space: the lead.
    expect(readLead("大皖新闻讯 近日，…")?.byline).toBe("大皖新闻讯");
    expect(readLead("某某新闻网·大美某某客户端讯 又是一年记者节，…")?.byline).toBe("某某新闻网·大美某某客户端讯");
    expect(readLead("某某新闻客户端4月14日消息")?.dateline).toEqual({ agency: "某某新闻客户端", place: null, date: "4月14日" });
    // What the reporters made, after their names, belongs to an inline byline.
    expect(readLead("记者 吴某某 文/摄 国庆中秋假期，志愿服务队走进村里。")).toMatchObject({ byline: "记者 吴某某 文/摄", rest: "国庆中秋假期，志愿服务队走进村里。" });
    expect(readLead("某某新闻讯息不断。")).toBeNull();
    // A house agency's place and 讯, with a break after them; a label in round brackets; 报导 for 报道.
    expect(readLead("本报雅加达讯 近日，…")?.byline).toBe("本报雅加达讯");
    expect(readLead("本报北京讯近日，…")).toBeNull();
    expect(readLead("（本报讯）近日，…")?.byline).toBe("（本报讯）");
    expect(readLead("本报讯（记者 张某报导）近日，…")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    // (`（记者 甲 乙/文 丙/图）`: the last name's `/图` is what that name made, not a note on the whole bracket.)
    expect(readLead("某某网10月25日讯（某某导报记者 张某 李某/文 王某/图）第七届文博会昨天开幕。")?.authors).toEqual([{ role: "记者", name: "张某" }, { role: "记者", name: "李某" }, { role: "图", name: "王某" }]);
    expect(readLead("本报讯（张某/文 王某/图）第七届文博会昨天开幕。")?.authors).toEqual([{ role: "文", name: "张某" }, { role: "图", name: "王某" }]);
    // A reporter's role and names set off by spaces, opening the text.
    expect(readLead("本报记者 张某 通讯员 李某 近日，记者走访了全市多个夜市。")).toMatchObject({ byline: "本报记者 张某 通讯员 李某", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }], rest: "近日，记者走访了全市多个夜市。" });
    // Any paper's or site's place and 讯, with the reporters' brackets right after them.
    expect(readLead("某某新闻网青原讯（谢某秀）连日来，在青原区的街头巷尾，活跃着志愿者。")).toMatchObject({ byline: "某某新闻网青原讯（谢某秀）", authors: [{ role: null, name: "谢某秀" }] });
    expect(readLead("某某日报某县讯（记者 张某）近日，全县秋收。")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    // (Brackets of prose after a place and 讯 make no lead; a colon before reporters' brackets does not stop one.)
    expect(readLead("某某网北京讯（春风吹又生）近日，某地。")).toBeNull();
    expect(readLead("某某新闻网青原讯：（谢某秀）连日来，志愿者忙碌。")?.byline).toBe("某某新闻网青原讯：（谢某秀）");
    // A site's lead over the paper it reprints: that paper's reporters are the lead's.
    expect(readLead("每日某某网7月19日讯 据某某日报报道（记者 杨某恺）7月17日至18日，督查组来我市督查。")).toMatchObject({ byline: "每日某某网7月19日讯 据某某日报报道（记者 杨某恺）", authors: [{ role: "记者", name: "杨某恺" }], rest: "7月17日至18日，督查组来我市督查。" });
    // `《某某早报》中文版3月25日报道：`: a paper in title marks, its edition, the day, 报道 and a colon open the text; prose cites a paper with 据 and a comma.
    // (Read only right under a headline, by readTitledReport: elsewhere it is a roundup's prose.)
    expect(readLead("《某某早报》中文版3月25日报道：某地商界对政府松绑防疫措施表示欢迎。")).toBeNull();
    expect(readTitledReport("《某某早报》中文版3月25日报道：某地商界对政府松绑防疫措施表示欢迎。")).toMatchObject({ byline: "《某某早报》中文版3月25日报道：", dateline: { agency: "《某某早报》中文版", place: null, date: "3月25日" }, authors: [], rest: "某地商界对政府松绑防疫措施表示欢迎。" });
    expect(readTitledReport("《某某日报》3月25日报道：某地商界表示欢迎。")?.dateline).toEqual({ agency: "《某某日报》", place: null, date: "3月25日" });
    expect(readTitledReport("据《某某日报》3月25日报道，某地商界表示欢迎。")).toBeNull();
    // (A day's 日 before 报道 names no paper: 据当地媒体今日报道 is prose.)
    expect(readLead("新华社北京3月5日电 据当地媒体今日报道（记者 张某）某地。")?.byline).toBe("新华社北京3月5日电");
    // (A site and its paper joined by a hyphen, a colon before the brackets; a reporter named with no role, then one with it.)
    expect(readLead("中国网某某视窗5月12日讯 据某某网-某某商报报道：（王某凯 实习生 李某凡）昨日上午10时，交警上路。")).toMatchObject({ byline: "中国网某某视窗5月12日讯 据某某网-某某商报报道：（王某凯 实习生 李某凡）", authors: [{ role: null, name: "王某凯" }, { role: "实习生", name: "李某凡" }], rest: "昨日上午10时，交警上路。" });
    // A reporting team named alone in the lead's brackets is its author, by that name.
    expect(readLead("本报讯（夜线报道组）一场大雪让气温骤然下降。")).toMatchObject({ byline: "本报讯（夜线报道组）", authors: [{ role: null, name: "夜线报道组" }], rest: "一场大雪让气温骤然下降。" });
    expect(readLead("本报讯（春风吹又生）一场大雪让气温骤然下降。")?.authors ?? []).toEqual([]);
    // (The paper's 报 doubling as 报道's.)
    expect(readLead("每日某某网7月10日讯 据某某日报道（记者张某三马某良）挖掘马文化。")).toMatchObject({ byline: "每日某某网7月10日讯 据某某日报道（记者张某三马某良）", authors: [{ role: "记者", name: "张某三" }, { role: "记者", name: "马某良" }], rest: "挖掘马文化。" });
    expect(readLead("新华社北京3月5日电 据人民日报报道，某地。")?.byline).toBe("新华社北京3月5日电");
    // A colon between the label and its reporters' brackets.
    expect(readLead("本报讯：（记者 李某 徐某波）欢呼、尖叫，全场沸腾。")).toMatchObject({ byline: "本报讯：（记者 李某 徐某波）", authors: [{ role: "记者", name: "李某" }, { role: "记者", name: "徐某波" }] });
    // A newsroom's brand and 报道, a space, then the text's date; never 据报道 or prose.
    expect(readLead("云上某某报道 3月15日下午，某区考察团一行来某市考察。")).toMatchObject({ byline: "云上某某报道", authors: [], rest: "3月15日下午，某区考察团一行来某市考察。" });
    expect(readLead("据报道 3月15日，某地。")).toBeNull();
    expect(readLead("多家媒体报道 3月15日，某地发生地震。")).toBeNull();
    // (A reporter's own 报道 keeps the reporter: never a brand's label that names no one.)
    for (const text of ["通讯员张某报道 3月15日，某地。", "特约记者张某报道 3月15日，某地。"]) expect(readLead(text)?.authors).not.toEqual([]);
    // Reporters alone in brackets opening the text: a lead whose label was left off.
    expect(readLead("（记者张某某）10月19日至20日，老同志们来到某市参观考察。")).toMatchObject({ byline: "（记者张某某）", authors: [{ role: "记者", name: "张某某" }], rest: "10月19日至20日，老同志们来到某市参观考察。" });
    expect(readLead("（通讯员 李某 记者 王某）近日，某镇举行秋收现场会。")?.authors).toEqual([{ role: "通讯员", name: "李某" }, { role: "记者", name: "王某" }]);
    // A credit in brackets, a bracket of prose, a bare name or no sentence after it: no lead.
    for (const text of ["（记者 张某 摄）近日，某镇举行秋收现场会。", "（上接第一版）近日，某镇举行秋收现场会。", "（张某）近日，某镇举行秋收现场会。", "（记者张某）", "（记者张某）某镇秋收"]) expect(readLead(text)).toBeNull();
    expect(readLead("本报记者 王某某 肖 云")).toBeNull();
    expect(readLead("记者 张某")).toBeNull();
    // Roles and names set apart by a comma before 报道 (`记者甲，通讯员乙报道：`), as by 、; a comma in prose before 报道 names no one.
    expect(readLead("本报讯 记者张某，通讯员李某、王某报道：近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯 记者张某，通讯员李某、王某报道：", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }, { role: "通讯员", name: "王某" }], rest: "近日，某镇举行秋收现场会。" });
    for (const text of ["本报讯 记者近日从市统计局获悉，全市去年报道：某地。", "本报讯 记者注意到，近期多家媒体报道：部分景区存在虚假宣传问题。", "新华社北京5月2日电 记者了解到，外媒报道：某地。"]) expect(readLead(text)?.authors, text).toEqual([]);
    // What the reporters made, noted after the lead (in brackets, or set apart by spaces), stays in the byline and names no one.
    expect(readLead("本报讯（记者 张某 通讯员 李某）（图/文）近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯（记者 张某 通讯员 李某）（图/文）", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }], rest: "近日，某镇举行秋收现场会。" });
    expect(readLead("本报讯 记者张某 文/图 近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯 记者张某 文/图", authors: [{ role: "记者", name: "张某" }], rest: "近日，某镇举行秋收现场会。" });
    expect(readLead("新华社北京3月5日电（记者张某）（摄）近日，某地。")?.byline).toBe("新华社北京3月5日电（记者张某）（摄）");
    // A label in lenticular brackets, then reporters with no bracket, as after 本报讯; prose after it names no one.
    expect(readLead("【本报讯】记者 张某 通讯员 李某 近日，某镇举行秋收现场会。")).toMatchObject({ byline: "【本报讯】记者 张某 通讯员 李某", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }], rest: "近日，某镇举行秋收现场会。" });
    expect(readLead("【本报讯】 记者张某报道 近日，某镇举行秋收现场会。")).toMatchObject({ byline: "【本报讯】 记者张某报道", authors: [{ role: "记者", name: "张某" }] });
    expect(readLead("【本报讯】记者从市统计局获悉，全市去年增长。")).toMatchObject({ byline: "【本报讯】", authors: [] });
    // A qualified reporter's role before 报道 (`特约记者甲报道：`), as 记者's; reporters after 讯 set apart by spaces, each with a role.
    expect(readLead("本报讯 特约记者张某报道：近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯 特约记者张某报道：", authors: [{ role: "特约记者", name: "张某" }] });
    expect(readLead("本报讯 记者张某 通讯员李某 近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯 记者张某 通讯员李某", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }], rest: "近日，某镇举行秋收现场会。" });
    // A writer's bare name before reporters named after a role, then 报道 (as a paper prints its own staff beside its
    // correspondents); the bare name must read as one.
    expect(readLead("本报讯 张某明、特约记者李某报道：近日，某镇举行秋收现场会。")).toMatchObject({ byline: "本报讯 张某明、特约记者李某报道：", authors: [{ role: null, name: "张某明" }, { role: "特约记者", name: "李某" }] });
    expect(readLead("本报讯 张某明、王某、特约通讯员李某 报道：近日，某镇举行秋收现场会。")?.authors).toEqual([{ role: null, name: "张某明" }, { role: null, name: "王某" }, { role: "特约通讯员", name: "李某" }]);
    for (const text of ["本报讯 市民、记者李某报道：近日，某镇举行秋收现场会。", "本报讯 发展、记者李某报道：近日，某镇举行秋收现场会。"]) expect(readLead(text)?.authors ?? [], text).toEqual([]);
    // Where the reporters filed from, set apart before 报道, is a place, no reporter's name: a word the dictionary counts that ends as a
    // place does or opens on no surname at all; a given name may be a word too, after a surname however rare (宁静, 国庆, 高峰).
    expect(readLead("本报记者 张某明 杭州报道")?.authors).toEqual([{ role: "记者", name: "张某明" }]);
    expect(readLead("本报记者 张某明 北京报道：近日，某镇举行秋收现场会。")?.authors).toEqual([{ role: "记者", name: "张某明" }]);
    expect(readLead("本报讯（记者 张某明 杭州报道）近日，某镇举行秋收现场会。")?.authors).toEqual([{ role: "记者", name: "张某明" }]);
    for (const name of ["高峰", "宁静", "国庆"]) expect(readLead(`本报记者 张某明 ${name}报道`)?.authors, name).toEqual([{ role: "记者", name: "张某明" }, { role: "记者", name }]);
    // Reporters with their roles and no paper's name, 报道 and a colon, head a roundup's part under its one lead: no lead of
    // their own (only a paper's name, 本报, before the role makes one).
    expect(readLead("记者王某明报道：在城东镇，十余台收割机在田间来回穿梭。")).toBeNull();
    // A paper's name holding 电 before its 报 (广电报, 电视报) reads whole before its 讯: no wire's 电 inside it.
    expect(readLead("中国某某广电报讯 （记者张某明 李某）4月1日上午，某镇举行秋收现场会。")).toMatchObject({ byline: "中国某某广电报讯 （记者张某明 李某）", dateline: null, authors: [{ role: "记者", name: "张某明" }, { role: "记者", name: "李某" }] });
    // A site's 讯 run straight into the text's day and a comma opens it as a lead (no prose runs 讯 into a date so).
    expect(readLead("某某在线讯3月29日上午，某某山数位住户通过本报热线反映情况。")).toMatchObject({ byline: "某某在线讯", authors: [], rest: "3月29日上午，某某山数位住户通过本报热线反映情况。" });
    for (const text of ["旅游资讯3月28日，一场暴雨袭击某地。", "视频通讯3月28日，某地。", "据某某网讯10月15日，某省秋粮收获已过七成。"]) expect(readLead(text)?.byline ?? null, text).toBeNull();
    // (A wire's 电 before 报道 or 报告 is still its 电: `据新华社电报道，…`, `新华社北京3月5日电报告提出，…`.)
    expect(readLead("据新华社电报道，近日，南方多地迎来强降雨。")?.byline).toBe("据新华社电");
    expect(readLead("新华社北京3月5日电报告提出，今年发展主要预期目标是。")?.dateline).toMatchObject({ agency: "新华社", place: "北京" });
    // What the reporter made, run into the role (`文/图记者甲`), stays in the byline and names no one: in brackets opening the text,
    // after 本报讯, on a line of its own. (A picture's credit in brackets, `（记者 甲 摄）`, opens no text.)
    expect(readLead("（文/图记者肖某雄）12月2日是第8个全国交通安全日。")).toMatchObject({ byline: "（文/图记者肖某雄）", authors: [{ role: "记者", name: "肖某雄" }] });
    expect(readLead("本报讯（文/图记者肖某雄）12月2日是第8个全国交通安全日。")?.authors).toEqual([{ role: "记者", name: "肖某雄" }]);
    expect(readBylineLine("文/图记者肖某雄")).toMatchObject({ byline: "文/图记者肖某雄", authors: [{ role: "记者", name: "肖某雄" }] });
    expect(readLead("（记者 张某 摄）12月2日是第8个全国交通安全日。")).toBeNull();
    // A wire lead's reporters who took part (参与记者) are named with that role.
    expect(readLead("新华社北京11月6日电（记者张某明；参与记者李某）近日，某镇举行秋收现场会。")?.authors).toEqual([{ role: "记者", name: "张某明" }, { role: "参与记者", name: "李某" }]);
    // A paper's name and its app's, joined by a dot or a dash, before the reporters' role.
    expect(readLead("某河报·某河客户端记者 张某 通讯员 李某 近日，某镇举行秋收现场会。")).toMatchObject({ byline: "某河报·某河客户端记者 张某 通讯员 李某", authors: [{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }] });
    for (const text of ["全社会共同参与电力保障。", "据报道，今年以来…", "本报记者近日走访了…", "株洲日报是…", "互联网电商平台销售额增长。", "朋友圈讯息不断。", "本报记者张某报道了这一消息。", "这条消息传遍全城。", "某某电视台记者王某报道，当地", "新华网记者近日报道：某地", "据某某日报消息，今年以来"]) expect(readLead(text)).toBeNull();
  });
});

describe("headline lines", () => {
  it("reads a long line of phrases set apart by spaces or joined by a dash as a title's line", () => {
    expect(isBareTitle("发挥独特优势 当好桥梁纽带 凝心聚力推动某市跑好“十五五”关键一程")).toBe(true);
    expect(isBareTitle("重上某某山 再走会师路——2023纪念某某胜利会师95周年红色文化推广季")).toBe(true);
    // (A sentence is no title however its words are spaced.)
    expect(isBareTitle("记者 昨天 在现场看到，市民们排队购买新鲜的蔬菜水果，场面十分热闹")).toBe(false);
  });

  it("weighs a described speaker's words alone (来自某地的刘某：我自豪！…), never a transcript's turn", () => {
    expect(canBeHeadline("来自吉林四平的刘某：我自豪！我是一个“新某某人”")).toBe(true);
    // Clauses closing on a cry or a question: a headline when short, a sentence of the text when longer than any headline so printed.
    expect(canBeHeadline("3分钟长卷，感受岳阳抗击本世纪第二高洪水位的磅礴力量！")).toBe(true);
    expect(canBeHeadline("而由此牵动共和国党、政、军和全国民众之心的抗洪抢险、灾后重建，更谱写出了一篇光耀人世的壮美乐章！")).toBe(false);
    // (A deck of about forty characters, or a subtitle after a dash however long, is still a headline line.)
    expect(canBeHeadline("代表委员热议：如何让更多农民工享受城市公共服务，真正融入城市生活？")).toBe(true);
    expect(canBeHeadline("——一季度全市地区生产总值同比增长5.3%，高于全省平均水平，经济回升向好态势能否持续？")).toBe(true);
    // A day of the month and its hour may stand in a headline as in text (`国足10日晚主场迎战韩国`, `市委常委会9日上午召开会议`).
    for (const text of ["国足10日晚主场迎战韩国", "市委常委会9日上午召开会议", "第十九届亚运会23日晚开幕"]) expect(canBeHeadline(text), text).toBe(true);
    for (const text of ["记者问：这是真的吗？他回答说是的", "张某：没问题！我们一定完成任务", "主持人李某某：真的吗？太好了", "市民王先生：为什么？我不知道", "老人激动地说：太好了！我终于有房子了"]) expect(canBeHeadline(text)).toBe(false);
  });
});

describe("byline lines and signatures", () => {
  it("reads a paper's edition before a role as the paper: the role keeps its qualifier", () => {
    expect(readBylineLine("湖北日报农村版全媒记者 彭某楠 通讯员 但某静")?.authors).toEqual([{ role: "全媒记者", name: "彭某楠" }, { role: "通讯员", name: "但某静" }]);
    expect(readBylineLine("人民日报海外版特约记者 王某")?.authors).toEqual([{ role: "特约记者", name: "王某" }]);
  });

  it("reads a bracketed name and where its writer works or lives as a signature, the name its author", () => {
    for (const line of ["（宋某 长春教育学院）", "（李某明 某县城关中学）", "(王某 某某科技有限公司)", "（赵某 某某县）"]) {
      expect(readBylineLine(line), line).toMatchObject({ byline: line, authors: [{ role: null, name: line.slice(1).split(/\s+/u)[0] }] });
    }
    // (A word where the name would be, or no body or place after it, signs nothing so.)
    for (const line of ["（发展 新兴产业园区）", "（宋某 长春）", "（曹县 菏泽市）"]) expect(readBylineLine(line)?.authors.map((a) => a.name) ?? [], line).not.toContain(line.slice(1, 3));
  });

  it("reads reporters, commentators and signatures", () => {
    expect(readBylineLine("本报记者 王某 刘某某")?.authors).toEqual([{ role: "记者", name: "王某" }, { role: "记者", name: "刘某某" }]);
    // A pen name with no surname is a name among people each named after a role (and in brackets, at a story's end), never alone.
    expect(readBylineLine("通讯员 张某 本报记者 晓林")?.authors).toEqual([{ role: "通讯员", name: "张某" }, { role: "记者", name: "晓林" }]);
    expect(readBylineLine("（通讯员 张某 本报记者 晓林）")?.authors).toEqual([{ role: "通讯员", name: "张某" }, { role: "记者", name: "晓林" }]);
    // Who gathered and wrote the story (采写), or recorded and edited it (采访整理), is a role as 撰稿 is.
    expect(readBylineLine("采写：张某 李某")?.authors).toEqual([{ role: "采写", name: "张某" }, { role: "采写", name: "李某" }]);
    expect(readBylineLine("采访整理：李某")?.authors).toEqual([{ role: "采访整理", name: "李某" }]);
    expect(readBylineLine("本报记者 晓林")).toBeNull();
    expect(readBylineLine("本报记者 晓林 之光")).toBeNull();
    expect(readBylineLine("人民日报记者 周某")?.authors).toEqual([{ role: "记者", name: "周某" }]);
    // A paper's name, a dot and its app's brand, run together with the role or printed apart from it.
    expect(readBylineLine("某某晚报·某某壹点记者 周某")?.authors).toEqual([{ role: "记者", name: "周某" }]);
    expect(readBylineLine("某某青年报·中青在线 记者 周某 通讯员 李某")?.authors).toEqual([{ role: "记者", name: "周某" }, { role: "通讯员", name: "李某" }]);
    expect(readBylineLine("某某都市报-封面新闻记者 周某")?.authors).toEqual([{ role: "记者", name: "周某" }]);
    // Names spelt out in Han characters have no Han surname: 巴特尔, 乌兰其其格, 扎西多吉, 阿不都热合曼.
    expect(readBylineLine("记者 乌兰其其格 通讯员 张某")?.authors).toEqual([{ role: "记者", name: "乌兰其其格" }, { role: "通讯员", name: "张某" }]);
    expect(readBylineLine("记者 阿不都热合曼")?.authors).toEqual([{ role: "记者", name: "阿不都热合曼" }]);
    expect(readBylineLine("记者 阿拉腾敖德")?.authors).toEqual([{ role: "记者", name: "阿拉腾敖德" }]);
    expect(readBylineLine("记者 节日快乐多")).toBeNull();
    // More of the letters such names are spelt in (坦, 仓, 敦, 包, 逊, 高…), a part before `·` too, where a reporter's role vouches
    // for them: alone, places spelt in the same letters are no names (below).
    expect(readBylineLine("本报记者 阿拉坦仓")?.authors).toEqual([{ role: "记者", name: "阿拉坦仓" }]);
    expect(readBylineLine("本报记者 额尔敦朝鲁 通讯员 那日苏")?.authors).toEqual([{ role: "记者", name: "额尔敦朝鲁" }, { role: "通讯员", name: "那日苏" }]);
    expect(readBylineLine("本报记者 包·乌尔汗")?.authors).toEqual([{ role: "记者", name: "包·乌尔汗" }]);
    expect(readBylineLine("记者 阿依古丽·吐尔逊")?.authors).toEqual([{ role: "记者", name: "阿依古丽·吐尔逊" }]);
    expect(readBylineLine("本报记者 斯琴高娃 巴特尔")?.authors).toEqual([{ role: "记者", name: "斯琴高娃" }, { role: "记者", name: "巴特尔" }]);
    // The outlet that carries the story, set apart before a byline that opens on its role, names no one.
    expect(readBylineLine("某新闻 某江晚报记者 周某 通讯员 李某")?.authors).toEqual([{ role: "记者", name: "周某" }, { role: "通讯员", name: "李某" }]);
    expect(readBylineLine("某某新闻客户端 记者 周某 通讯员 李某")?.authors).toEqual([{ role: "记者", name: "周某" }, { role: "通讯员", name: "李某" }]);
    expect(readBylineLine("某新闻 某江晚报记者 周某")?.authors).toEqual([{ role: "记者", name: "周某" }]);
    // (A paper and its reporters under one role, unmarked, may be one of a list of journalists: below.)
    for (const text of ["某某新闻网 记者节里话初心", "某某日报 周某 李某", "人民网 周某", "某某新闻客户端 记者 周某", "人民日报 记者 王某华 李某"]) expect(readBylineLine(text), text).toBeNull();
    // 参与记者, a wire story's reporters who took part, qualifies the role as 特约 does.
    expect(readBylineLine("某某社记者 周某 参与记者 李某")?.authors).toEqual([{ role: "记者", name: "周某" }, { role: "参与记者", name: "李某" }]);
    // A pupil signs after the school (and grade and class), labelled the writer or not; a school alone names no one.
    expect(readBylineLine("某某市第二中学 张某澄")?.authors).toEqual([{ role: null, name: "张某澄" }]);
    expect(readBylineLine("作者：某某市运河小学 二年级 3班 陈某贤")?.authors).toEqual([{ role: "作者", name: "陈某贤" }]);
    expect(readBylineLine("某某市第二中学 初二学生")).toBeNull();
    for (const text of ["第一中学 高考", "山区小学 王老师", "实验中学 金榜"]) expect(readBylineLine(text)).toBeNull();
    // An upright bar between a role and its name, as a slash: 文|张某, 图丨李某.
    expect(readBylineLine("文 | 张某")?.authors).toEqual([{ role: "文", name: "张某" }]);
    expect(readBylineLine("作者：张某")?.authors).toEqual([{ role: "作者", name: "张某" }]);
    // What each made, before a colon or a slash: 文字, 图片, 视频, 海报, 制图 as 文 and 图.
    expect(readBylineLine("文字：张某 图片：梁某贤")?.authors).toEqual([{ role: "文字", name: "张某" }, { role: "图片", name: "梁某贤" }]);
    expect(readBylineLine("文、视频/某城晚报全媒体记者 付某 温某广")?.authors).toEqual([{ role: "全媒体记者", name: "付某" }, { role: "全媒体记者", name: "温某广" }]);
    expect(readBylineLine("视频/李某")?.authors).toEqual([{ role: "视频", name: "李某" }]);
    // A paper's name in title marks before the role, as prose quotes it; a work's title in them is no paper.
    expect(readBylineLine("（《某阳日报》记者 王某巍 张某乐）")?.authors).toEqual([{ role: "记者", name: "王某巍" }, { role: "记者", name: "张某乐" }]);
    expect(readBylineLine("《树知秋》 王某")).toBeNull();
    // Names run together alone in brackets sign as names set apart do; an office's name, split so, does not.
    expect(readBylineLine("（宫某欣陈某升）")?.authors).toEqual([{ role: null, name: "宫某欣" }, { role: null, name: "陈某升" }]);
    // (Only names of three characters each: two-character words run together as freely.)
    for (const text of ["（高新区管委会）", "（市委宣传部）", "（本报综合）", "（附图片）", "（江苏南京）", "（宋元明清）", "（周一至周五）", "（江苏省南京市）", "（贺信全文另发）"]) expect(readBylineLine(text), text).toBeNull();
    // …and after a lead's label the same brackets name no one.
    for (const inner of ["高新区管委会", "贺信全文另发", "江苏南京"]) expect(readLead(`某州新闻网讯（${inner}）2月18日，某地召开会议。`)?.authors, inner).toEqual([]);
    // Who coordinated or oversaw a package signs with its makers: 统筹, 监制, as 策划.
    expect(readBylineLine("统筹：张某 文字：李某 摄影：王某")?.authors).toEqual([{ role: "统筹", name: "张某" }, { role: "文字", name: "李某" }, { role: "摄影", name: "王某" }]);
    expect(readBylineLine("监制/张某")?.authors).toEqual([{ role: "监制", name: "张某" }]);
    // A pen name is short: a longer phrase after a work role labels what is shown and names no one.
    for (const text of ["图片：春天来了", "视频：如何防范诈骗", "图：春天来了", "图片：网络", "图片/新华社", "视频：直播"]) expect(readBylineLine(text), text).toBeNull();
    // Three or four names in a list, one of them with a surname too rare to know; never a role among them.
    expect(readBylineLine("孙某斌、月某红、张某星")?.authors.map((a) => a.name)).toEqual(["孙某斌", "月某红", "张某星"]);
    expect(readBylineLine("口述：张某 整理：李某")?.authors).toEqual([{ role: "口述", name: "张某" }, { role: "整理", name: "李某" }]);
    // A pupil's essay: school and class, the pupil, the teacher who guided it.
    expect(readBylineLine("●某某二小五（2）班 林某某 指导老师 莫某某")?.authors).toEqual([{ role: null, name: "林某某" }, { role: "指导老师", name: "莫某某" }]);
    expect(readHeadline(["二等奖", "渔船进化论"])).toEqual({ kicker: "二等奖", title: "渔船进化论", subtitle: null });
    // 洪 is a surname too: a reporter and a correspondent on one line.
    expect(readBylineLine("本报记者 赵某 通讯员 洪某某")?.authors).toEqual([{ role: "记者", name: "赵某" }, { role: "通讯员", name: "洪某某" }]);
    expect(readBylineLine("本报评论员")).toEqual({ byline: "本报评论员", dateline: null, authors: [{ role: "评论员", name: "本报评论员" }] });
    expect(readBylineLine("潇湘晨报评论员")?.authors).toEqual([{ role: "评论员", name: "潇湘晨报评论员" }]);
    expect(readBylineLine("本报评论员 李四")?.authors).toEqual([{ role: "评论员", name: "李四" }]);
    expect(readBylineLine("(执笔：吴某、王某某)")?.authors).toEqual([{ role: "执笔", name: "吴某" }, { role: "执笔", name: "王某某" }]);
    expect(readBylineLine("（执笔 陈某）")?.authors).toEqual([{ role: "执笔", name: "陈某" }]);
    expect(readBylineLine("文/寒 歌")?.authors).toEqual([{ role: "文", name: "寒歌" }]);
    expect(readBylineLine("（记者 张某 通讯员 李某）")?.authors).toEqual([{ role: "记者", name: "张某" }, { role: "通讯员", name: "李某" }]);
    expect(readBylineLine("文/本报记者 张某")?.authors).toEqual([{ role: "记者", name: "张某" }]);
  });

  it("reads a line naming the writer and the photographer as a byline, never a credit", () => {
    // Each group of names is closed by what they made; a role before a group is its own, `文` only says they wrote.
    expect(readBylineLine("本报首席记者 朱某某 文 王某某 摄")?.authors).toEqual([{ role: "首席记者", name: "朱某某" }, { role: "摄", name: "王某某" }]);
    expect(readBylineLine("本报记者 之光/文 王某某/图")?.authors).toEqual([{ role: "记者", name: "之光" }, { role: "图", name: "王某某" }]);
    expect(readBylineLine("记者 乐某某 张某/文 杨某某/摄")?.authors).toEqual([{ role: "记者", name: "乐某某" }, { role: "记者", name: "张某" }, { role: "摄", name: "杨某某" }]);
    expect(readBylineLine("张某 文 李某某 摄")?.authors).toEqual([{ role: "文", name: "张某" }, { role: "摄", name: "李某某" }]);
    // A name printed before any role in its group takes what the group made.
    expect(readBylineLine("朱某杰 记者 洪某亮/文 周某阳/图")?.authors).toEqual([{ role: "文", name: "朱某杰" }, { role: "记者", name: "洪某亮" }, { role: "图", name: "周某阳" }]);
    for (const text of ["本报首席记者 朱某某 文 王某某 摄", "文/张某 图/李某某", "张某/文 李某某/图", "记者 张某 文 李某 摄"]) expect(readCredit(text)).toBeNull();
    // Without a writer it stays a credit.
    expect(readCredit("本报记者 张某 摄")?.photographers).toEqual([{ role: "记者", name: "张某" }]);
    // (A source's label over a credit that names who took the pictures: theirs; over a source alone, no one.)
    expect(readCredit("（图片来源：本文照片均由某某时报记者孔某摄）")?.photographers).toEqual([{ role: "记者", name: "孔某" }]);
    expect(readCredit("（图片来源：网络）")?.photographers).toEqual([]);
    // `本版摄影`: every picture of the page, by the people named after it.
    expect(readCredit("本版摄影 本报记者 陈某明")?.photographers).toEqual([{ role: "记者", name: "陈某明" }]);
    // `（民众提供）`, `（林某宪提供）`: the public or a person who supplied the picture, in brackets; a person so named took it.
    expect(readCredit("（民众提供）")).toEqual({ credit: "（民众提供）", photographers: [] });
    expect(readCredit("（林某宪提供）")?.photographers).toEqual([{ role: null, name: "林某宪" }]);
    // (A picture's source before a slash names no one; who took it after the slash does, and a credit stays one whoever
    // stands there: `（资料图片/李某哲摄）`, `（资料图片/本报记者 摄）`.)
    expect(readCredit("（资料图片/李某哲摄）")?.photographers).toEqual([{ role: null, name: "李某哲" }]);
    expect(readCredit("（资料图片/本报记者 摄）")).toEqual({ credit: "（资料图片/本报记者 摄）", photographers: [] });
    // (A body's note, data or text supplied, or a place, is no picture's: `（市气象台提供）`, `（以上数据由市统计局提供）`, `（周口市提供）`.)
    for (const line of ["（数据由市统计局提供）", "（资料提供）", "（市气象台提供）", "（陈某信办公室提供）", "（以上数据由市统计局提供）", "（周口市提供）"]) expect(readCredit(line), line).toBeNull();
    // (A photo editor's line names no picture's maker: `本版摄影编辑 王某`, `本版摄影统筹 王某`.)
    for (const line of ["本版摄影编辑 王某", "本版摄影统筹 王某"]) expect(readCredit(line), line).toBeNull();
  });

  it("reads a writer's and a photographer's roles printed before their names as a byline", () => {
    expect(readBylineLine("文·图/张某")?.authors).toEqual([{ role: "文·图", name: "张某" }]);
    expect(readBylineLine("文/张某 摄/李某某")?.authors).toEqual([{ role: "文", name: "张某" }, { role: "摄", name: "李某某" }]);
    expect(readBylineLine("撰文/张某 摄影/李某某")?.authors).toEqual([{ role: "撰文", name: "张某" }, { role: "摄影", name: "李某某" }]);
    for (const text of ["撰文/张某 摄影/李某某", "文/张某 摄/李某某"]) expect(readCredit(text)).toBeNull();
  });

  it("reads a byline letter-spaced for print, and no letter-spaced title as one", () => {
    expect(readBylineLine("本 报 记 者 张 某 某")).toEqual({ byline: "本 报 记 者 张 某 某", dateline: null, authors: [{ role: "记者", name: "张某某" }] });
    expect(readBylineLine("岁 月 静 好 啊")).toBeNull();
    // Only the role letter-spaced to the width of the line above, the names as they come.
    expect(readBylineLine("通 讯 员 钟 某 钟某才")).toEqual({ byline: "通 讯 员 钟 某 钟某才", dateline: null, authors: [{ role: "通讯员", name: "钟某" }, { role: "通讯员", name: "钟某才" }] });
    expect(readBylineLine("记 者 张某某")?.authors).toEqual([{ role: "记者", name: "张某某" }]);
    // A spaced role among words that are no names is no byline.
    expect(readBylineLine("月 记 者 节")).toBeNull();
  });

  it("reads the outlets a byline's reporters work for, on a line of their own", () => {
    expect(readBylineLine("某某日报/某某晚报/某某新闻")).toEqual({ byline: "某某日报/某某晚报/某某新闻", dateline: null, authors: [] });
    for (const text of ["春风/秋雨", "某某日报", "喜报/捷报", "天网/地网"]) expect(readBylineLine(text)).toBeNull();
  });

  it("reads a writer and a photographer in brackets as a byline, never a credit", () => {
    expect(readBylineLine("（记者 苏某锋 文 蔡某原 图）")?.authors).toEqual([{ role: "记者", name: "苏某锋" }, { role: "图", name: "蔡某原" }]);
    expect(readCredit("（记者 苏某锋 文 蔡某原 图）")).toBeNull();
    // (A pointer to a picture credits no one: `（附图片）`, `（详见图片）`.)
    expect(readCredit("（附图片）")).toBeNull();
    expect(readCredit("（详见图片）")).toBeNull();
    expect(readCredit("（更多图片）")).toBeNull();
    expect(readCredit("（点击查看图片）")).toBeNull();
    expect(readCredit("（扫码看图片）")).toBeNull();
    expect(readCredit("（民政总署图片）")).toEqual({ credit: "（民政总署图片）", photographers: [] });
    const [text, byline] = parsePage(page("爷孙三人赏梅来", "记者为他们留下美好瞬间，温馨场景就此定格。（记者 苏某锋 文 蔡某原 图）")).articles;
    expect(byline).toBeUndefined();
    expect({ byline: text!.byline, authors: text!.authors }).toEqual({ byline: "（记者 苏某锋 文 蔡某原 图）", authors: [{ role: "记者", name: "苏某锋" }, { role: "图", name: "蔡某原" }] });
  });

  it("reads a paper's brand run into the reporter's role first on the line (紫牛记者 甲) as its organisation; a name run into the role stays a name", () => {
    expect(readBylineLine("紫牛记者 张某 报道")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    expect(readBylineLine("某岛记者王某 报道")?.authors).toEqual([{ role: "记者", name: "王某" }]);
    expect(readBylineLine("王某明记者 张某")?.authors).toContainEqual({ role: null, name: "王某明" });
    // (A paper's name and its own brand run together before the role, `某某日报青苹果小记者`: the organisation. A line naming
    // four or more people so is a byline however long.)
    const pupils = "文/某某日报青苹果小记者 李某诺 陈某伊 陈某乐 潘某哲 李某峻 关某芝 莫某妮 梁某恺";
    expect(readBylineLine(pupils)?.authors).toEqual(["李某诺", "陈某伊", "陈某乐", "潘某哲", "李某峻", "关某芝", "莫某妮", "梁某恺"].map((name) => ({ role: "小记者", name })));
    expect(readBylineLine("市人大代表视察城建重点工程和产业项目并召开座谈会听取意见建议共商发展大计谋划未来")).toBeNull();
    // (So it does before the names and what each made: `中心记者 甲/文 乙/摄`.)
    expect(readBylineLine("中心记者 张某君/文 孙某聪/摄")?.authors).toEqual([{ role: "记者", name: "张某君" }, { role: "摄", name: "孙某聪" }]);
    // (After a work role that names no one, `文/图`, the brand still leads the line's people; the role adds no author.)
    expect(readBylineLine("文/图 紫牛记者 张某 报道")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    expect(readBylineLine("文/图 王某明记者 张某")?.authors).toContainEqual({ role: "文/图", name: "王某明" });
    // (A name run in after a paper's name, `某某日报张三记者`, is no brand: it stays a name.)
    expect(readBylineLine("某某日报张三记者 李四")).toBeNull();
  });

  it("reads one-sentence captions each under the reporters who took it, again and again, as a photo story's pictures, and a single reporters' line under a report as its signature", () => {
    const text = page("有你们，城市安心", "8月11日，抢险人员正坚守在一线。", "某岛记者 张某 报道", "8月11日，受台风影响，岛城出现了强风和降雨天气，一群人一直坚守一线，才让我们有了安全的港湾。", "8月11日，民警在现场拉起了警戒线。", "某岛记者 何某 报道", "8月11日，一名外卖小哥冒雨送餐。", "某岛记者 王某 报道");
    const [a] = parsePage(text).articles;
    expect([a!.kind, a!.byline, a!.photos.map((p) => p.credit)]).toEqual(["photo", null, ["某岛记者 张某 报道", "某岛记者 何某 报道", "某岛记者 王某 报道"]]);
    const once = parsePage(page("台风过后岛城恢复秩序", "8月11日，受台风影响，岛城出现了强风和降雨天气。", "8月12日，岛城各项秩序已恢复正常。", "市民们说，台风来时一群人一直坚守一线，才让我们有了安全的港湾。", "某岛记者 张某 报道")).articles[0]!;
    expect([once.kind, once.byline, once.photos]).toEqual(["article", "某岛记者 张某 报道", []]);
  });

  it("reads 文并摄 before a slash and the role (文并摄/记者 甲) as what the reporter did, and the line as the text's byline though a picture is described", () => {
    expect(readBylineLine("文并摄/记者 高某")?.authors).toEqual([{ role: "记者", name: "高某" }]);
    const text = page("秋风扫落叶一天盛满两卡车", "今天上午，几名绿化工人正在清扫落叶。图为工人正在清扫落叶。", "工人们说，每天要扫出两大车落叶。", "文并摄/记者 高某");
    const [a] = parsePage(text).articles;
    expect([a!.kind, a!.byline, a!.photos]).toEqual(["article", "文并摄/记者 高某", []]);
  });

  it("reads what a maker made as several things joined by 、 (吴某/图、视频), the role as printed", () => {
    expect(readBylineLine("某某报记者 周某洁/文 吴某/图、视频")?.authors).toEqual([{ role: "记者", name: "周某洁" }, { role: "图、视频", name: "吴某" }]);
    expect(readBylineLine("记者 周某洁/文 吴某/摄影、视频")?.authors).toEqual([{ role: "记者", name: "周某洁" }, { role: "摄影、视频", name: "吴某" }]);
    // (The words among what was made make the line a byline: `吴某/文、图` wrote.)
    expect(readMadeBy("记者 周某洁 吴某/文、图")).toMatchObject({ writer: true, picture: true });
  });

  it("reads a pen name under a slashed work role, and a short name set apart from 摄", () => {
    expect(readBylineLine("文/冰梅 图/姜韬")?.authors).toEqual([{ role: "文", name: "冰梅" }, { role: "图", name: "姜韬" }]);
    expect(splitTrailingCredit("文/冰梅 图/姜韬")).toBeNull();
    expect(readCredit("怡梦 摄")?.photographers).toEqual([{ role: null, name: "怡梦" }]);
    expect(readCredit("怡梦摄")).toBeNull();
  });

  it("reads who supplied a picture after its role word (图/某某寺提供): an organisation names no photographer, a person is one", () => {
    expect(readCredit("图/某某寺提供")).toEqual({ credit: "图/某某寺提供", photographers: [] });
    expect(readCredit("图片：某某山提供")?.photographers).toEqual([]);
    expect(readCredit("图/张某明提供")?.photographers).toEqual([{ role: null, name: "张某明" }]);
  });

  it("reads the reporter a bracketed report label names, where they filed from after the name", () => {
    expect(readLead("【某某社记者陈某宇彰化报导】某寺又名环保寺。")?.authors).toEqual([{ role: "记者", name: "陈某宇" }]);
    expect(readLead("【本报记者 张某 北京报道】今天，某地。")?.authors).toEqual([{ role: "记者", name: "张某" }]);
    // (Right after the role any surname opens the name, a rarer one too.)
    expect(readLead("【某某社记者涂某龙新竹报导】某寺展出照片。")?.authors).toEqual([{ role: "记者", name: "涂某龙" }]);
    // (A place alone after the role names no one, however its first character might open a name.)
    for (const place of ["乌鲁木齐", "齐齐哈尔", "呼和浩特", "鄂尔多斯", "海南三亚"]) expect(readLead(`【本报记者${place}报道】今天，某地。`)?.authors, place).toEqual([]);
    // (Run together, the name is two characters when only two would be left for the place.)
    expect(readLead("【本报记者王某上海报道】今天，某地。")?.authors).toEqual([{ role: "记者", name: "王某" }]);
    // (A paper's own label names no one.)
    expect(readLead("【某某晚报报道】昨天下午，某地。")?.authors).toEqual([]);
    // (本报 and a name alone, no role: its writer, role none; 本报 and a word names no one.)
    expect(readLead("【本报周某毅报道】8月21日晚，某协会举行就职典礼。")?.authors).toEqual([{ role: null, name: "周某毅" }]);
    expect(readLead("【本报江门报道】8月21日晚，某协会举行就职典礼。")?.authors).toEqual([]);
    expect(readLead("【本报综合报道】8月21日晚，某协会举行就职典礼。")?.authors).toEqual([]);
  });

  it("ends a sentence on its mark though a note's marker follows, never on the marker alone", () => {
    expect(endsSentence("映山漫漫护栏新。①")).toBe(true);
    expect(endsSentence("弥天银罩笼峰壑，②")).toBe(false);
    expect(endsSentence("①")).toBe(false);
    // full-width straight quotes, as some extractions print them, close a quotation too
    expect(endsSentence("走出了一条“康庄大道。＂")).toBe(true);
  });

  it("reads reporters named with no role before 报道 and a colon, and a supplied picture's maker", () => {
    expect(readLead("本报讯 杨某、周某刚报道：7月中旬，某县人武部组织民兵演练。")).toMatchObject({ byline: "本报讯 杨某、周某刚报道：", authors: [{ role: null, name: "杨某" }, { role: null, name: "周某刚" }], rest: "7月中旬，某县人武部组织民兵演练。" });
    // (words before 报道 that are no names stay in the text)
    expect(readLead("本报讯 多家媒体报道：某县人武部组织民兵演练。")?.authors).toEqual([]);
    // an agency, or a word that reads as a name, reports no one
    expect(readLead("新华社伦敦3月1日电 路透社报道：英国央行宣布维持利率不变。")?.authors).toEqual([]);
    expect(readLead("本报讯 平安报道：全市开展平安建设宣传活动。")?.authors).toEqual([]);
    expect(readCredit("资料图片由记者牛某培提供")?.photographers).toEqual([{ role: "记者", name: "牛某培" }]);
    // a paper's name before its reporter's role, the text after a space; a second byline is no text
    expect(readLead("城市快报记者张珊某 昨起，一股中等强度冷空气来袭。")).toMatchObject({ byline: "城市快报记者张珊某", authors: [{ role: "记者", name: "张珊某" }], rest: "昨起，一股中等强度冷空气来袭。" });
    expect(readLead("某某日报记者 孟某东 于晴 某某报业全媒体记者 王某")).toBeNull();
    // a paper's own newsroom brand between its name and 讯 is no place
    expect(readLead("潍坊日报社潍坊融媒讯 在第41届潍坊国际风筝会上，风筝爱好者加入了狂欢。")?.byline).toBe("潍坊日报社潍坊融媒讯");
    // writers' names set apart by commas, and a note on the writer
    expect(readBareName("罗某，张某杰")?.authors).toEqual([{ role: null, name: "罗某" }, { role: null, name: "张某杰" }]);
    expect(readBareName("春风，细雨")).toBeNull();
    // A reader's name and where they write from, in brackets.
    expect(readBareName("田某勉 （某县）")).toEqual({ byline: "田某勉 （某县）", dateline: null, authors: [{ role: null, name: "田某勉" }] });
    expect(readBareName("王某 （湖南某某市）")?.authors).toEqual([{ role: null, name: "王某" }]);
    expect(readBareName("春风细雨（某县）")).toBeNull();
    // (A place and its county or city, as places are written, name no one.)
    for (const place of ["宏村（黟县）", "周庄（昆山市）", "西湖（杭州市）", "乌镇（桐乡市）", "好人（某村）", "宏村 （黟县）", "周庄 （昆山市）"]) expect(readBareName(place)).toBeNull();
    expect(readBylineLine("作者简介：")).toBeNull();
    expect(readBylineLine("（作者来自胜利油田）")).toBeNull();
    // 曾, 现 and 为 are surnames too
    expect(readBylineLine("（作者 曾某某）")?.authors).toEqual([{ role: "作者", name: "曾某某" }]);
    expect(readBylineLine("本报记者毛某/文 签约摄影师 马某 刘某芳/图")?.authors).toEqual([{ role: "记者", name: "毛某" }, { role: "签约摄影师", name: "马某" }, { role: "签约摄影师", name: "刘某芳" }]);
  });

  it("reads an editor's sign-off after a dash as a signature, and no subtitle ending in 编者", () => {
    expect(readBylineLine("——编者")?.authors).toEqual([{ role: null, name: "编者" }]);
    for (const text of ["——致敬每一位编者", "——写给读者和编者"]) expect(readBylineLine(text)).toBeNull();
  });

  it("reads a paper's pupil reporters (小记者) as a role of their own", () => {
    expect(readBylineLine("小记者 李某诺 陈某伊")?.authors).toEqual([{ role: "小记者", name: "李某诺" }, { role: "小记者", name: "陈某伊" }]);
    expect(readBylineLine("文/本报小记者 李某诺")?.authors).toEqual([{ role: "小记者", name: "李某诺" }]);
  });

  it("reads a place before a media centre's role as its organisation, and a name there as a name", () => {
    expect(readLead("本报讯（漳州融媒记者 杨某）12月30日，市政府与市政协召开联席会议。")).toMatchObject({ byline: "本报讯（漳州融媒记者 杨某）", authors: [{ role: "融媒记者", name: "杨某" }] });
    expect(readBylineLine("通讯员 王小明全媒体记者 张某")?.authors).toEqual([{ role: "通讯员", name: "王小明" }, { role: "全媒体记者", name: "张某" }]);
  });

  it("reads any place that opens a byline before a media qualifier as the place's media centre, however long or name-like", () => {
    expect(readBylineLine("乌鲁木齐融媒记者 关某荣")?.authors).toEqual([{ role: "融媒记者", name: "关某荣" }]);
    expect(readBylineLine("克拉玛依融媒记者 关某荣")?.authors).toEqual([{ role: "融媒记者", name: "关某荣" }]);
    expect(readBylineLine("阿勒泰融媒记者 关某荣")?.authors).toEqual([{ role: "融媒记者", name: "关某荣" }]);
    expect(readBylineLine("西双版纳傣族自治州融媒记者 张某")?.authors).toEqual([{ role: "融媒记者", name: "张某" }]);
    // (A name run into the role stays a name, first or further in.)
    expect(readBylineLine("通讯员 欧阳小明全媒体记者 张某")?.authors).toEqual([{ role: "通讯员", name: "欧阳小明" }, { role: "全媒体记者", name: "张某" }]);
    expect(readBylineLine("王小明全媒体记者 张某")?.authors).toEqual([{ role: null, name: "王小明" }, { role: "全媒体记者", name: "张某" }]);
    expect(readLead("本报讯（欧阳小明融媒体记者 李某）近日，全市召开会议。")?.authors).toEqual([{ role: null, name: "欧阳小明" }, { role: "融媒体记者", name: "李某" }]);
  });

  it("closes a name with what it made though a space follows the slash", () => {
    expect(readBylineLine("本报记者 连某城/ 图 李某良/文")?.authors).toEqual([{ role: "记者", name: "连某城" }, { role: "文", name: "李某良" }]);
  });

  it("reads every reporter a wire lead names after its dateline, up to the text", () => {
    expect(readLead("新华社北京3月5日电 记者张某 李某某近日，记者走访了全市多个夜市。")?.authors).toEqual([{ role: "记者", name: "张某" }, { role: "记者", name: "李某某" }]);
    expect(readLead("新华社北京3月5日电 记者张某 近日，记者走访了全市多个夜市。")?.authors).toEqual([{ role: "记者", name: "张某" }]);
  });

  it("reads a reporters' role after a group's organisation, a press group's included", () => {
    expect(readBylineLine("河南日报记者 孟某某 于某 河南报业全媒体记者 王某")?.authors).toEqual([{ role: "记者", name: "孟某某" }, { role: "记者", name: "于某" }, { role: "全媒体记者", name: "王某" }]);
  });

  it("is not read in headlines or prose", () => {
    for (const text of ["记者节里话初心", "通讯员队伍建设再上新台阶", "本报记者走进乡村，看到了变化。"]) expect(readBylineLine(text)).toBeNull();
    // (A title stating an official's act names an office and a person: `…会见新华社某分社社长于某一行`.)
    for (const text of ["包某贺某东会见新华社某分社社长于某洪一行", "市长调研某某报社社长陈某"]) expect(readBylineLine(text), text).toBeNull();
    expect(readBylineLine("新华社某分社社长 于某洪")?.authors).toEqual([{ role: "社长", name: "于某洪" }]);
    // The page's text is then the story's, not lost before a first headline.
    const [a] = parsePage(page("包某贺某东会见新华社某分社社长于某洪一行", "6月11日，市委书记包某会见新华社某分社社长于某洪一行并座谈。")).articles;
    expect([a?.title, a?.paragraphs.length]).toEqual(["包某贺某东会见新华社某分社社长于某洪一行", 1]);
  });

  it("reads roles after a slash, in brackets too, and a paper's reporters printed without a name", () => {
    expect(readBylineLine("毛某某/文 朱某某/图")?.authors).toEqual([{ role: "文", name: "毛某某" }, { role: "图", name: "朱某某" }]);
    expect(readBylineLine("（张某/文 张某某/图）")).toEqual({ byline: "（张某/文 张某某/图）", dateline: null, authors: [{ role: "文", name: "张某" }, { role: "图", name: "张某某" }] });
    expect(readBylineLine("中国妇女报·中国女网记者")).toEqual({ byline: "中国妇女报·中国女网记者", dateline: null, authors: [] });
    expect(readBylineLine("本报记者")?.authors).toEqual([]);
    for (const text of ["记者节里话初心", "好记者讲好故事", "新闻网记者之家"]) expect(readBylineLine(text)).toBeNull();
  });

  it("reads a bare name only when it looks like a name", () => {
    expect(readBareName("江某")?.authors).toEqual([{ role: null, name: "江某" }]);
    expect(readBareName("韩 冷")?.authors).toEqual([{ role: null, name: "韩冷" }]);
    expect(readBareName("丰收在望")).toBeNull();
    // Two to four names set apart by spaces, a two-character one padded for print among them.
    expect(readBareName("蔡某源 熊 冰")?.authors).toEqual([{ role: null, name: "蔡某源" }, { role: null, name: "熊冰" }]);
    for (const phrase of ["王 府 井", "金 秋 时 节", "安 居 乐 业", "文 化 周 刊", "马 到 成 功"]) expect(readBareName(phrase), phrase).toBeNull();
    // A name spelt out in Han letters, four of them or more, alone: no word the dictionary counts, as a place spelt in the same
    // letters is; and only in the letters names are most often spelt in (no role vouches for more here).
    expect(readBareName("乌兰其其格")?.authors).toEqual([{ role: null, name: "乌兰其其格" }]);
    for (const word of ["阿拉斯加", "格鲁吉亚", "萨尔瓦多", "土库曼斯坦", "乌兰浩特", "卡萨布兰卡"]) expect(readBareName(word), word).toBeNull();
  });
});

describe("people", () => {
  it("splits names under one role and drops the organisation from the role", () => {
    expect(parsePeople("株洲日报全媒体记者/杨某 通讯员/李某 陈某某").people).toEqual([
      { role: "全媒体记者", name: "杨某" },
      { role: "通讯员", name: "李某" },
      { role: "通讯员", name: "陈某某" },
    ]);
    expect(parsePeople("YMG记者 云某 李某").people).toEqual([{ role: "记者", name: "云某" }, { role: "记者", name: "李某" }]);
    expect(parsePeople("新华社记者 牟某").people).toEqual([{ role: "记者", name: "牟某" }]);
    expect(parsePeople("记者梁某实习生漆某某").people).toEqual([{ role: "记者", name: "梁某" }, { role: "实习生", name: "漆某某" }]);
    expect(parsePeople("特约摄影 沈某").people).toEqual([{ role: "特约摄影", name: "沈某" }]);
  });

  it("keeps a reporter's grade in the role (星级记者, 金牌记者), and drops a paper named with a bare 报 run in before the next role", () => {
    expect(parsePeople("朱某 王某中 万某 星级记者 王某").people).toEqual([{ role: null, name: "朱某" }, { role: null, name: "王某中" }, { role: null, name: "万某" }, { role: "星级记者", name: "王某" }]);
    expect(parsePeople("金牌记者 王某").people).toEqual([{ role: "金牌记者", name: "王某" }]);
    // (First on the line a word before the role is the paper's brand, as 半岛 is; a name run into the role stays a name.)
    expect(parsePeople("半岛记者 王某").people).toEqual([{ role: "记者", name: "王某" }]);
    expect(parsePeople("记者甲某 王某记者").people.map((p) => p.name)).toContain("王某");
    expect(parsePeople("新甘肃·某某经济日报记者赵某仁镍都报记者高某蔓").people).toEqual([{ role: "记者", name: "赵某仁" }, { role: "记者", name: "高某蔓" }]);
    expect(parsePeople("记者张某某导报记者王某").people).toEqual([{ role: "记者", name: "张某某" }, { role: "记者", name: "王某" }]);
  });

  it("a byline line may open on a correspondent's bare name before the reporters' role", () => {
    expect(readBylineLine("楼某峰 本报记者 吴某兰")?.authors).toEqual([{ role: null, name: "楼某峰" }, { role: "记者", name: "吴某兰" }]);
    // Names and a role that names no reporter are no byline.
    expect(readBylineLine("张某 书记 李某")).toBeNull();
  });

  it("drops the paper its reporters work for, printed apart before their role in a signature's brackets, and a newsroom's department run into it", () => {
    expect(readBylineLine("（某某日报 记者 朱某 石某练）")?.authors).toEqual([{ role: "记者", name: "朱某" }, { role: "记者", name: "石某练" }]);
    expect(readBylineLine("（新华社 记者 朱某 报道）")?.authors).toEqual([{ role: "记者", name: "朱某" }]);
    expect(readBylineLine("政法新闻部记者 董某超")?.authors).toEqual([{ role: "记者", name: "董某超" }]);
    // On a line of its own a paper's name and a reporter may be one of a list the story names; whose report a story reprints (据…) signs nothing;
    // a department that is no newsroom's, a column's label after a paper's name, are no organisation before a role.
    for (const text of ["人民日报 记者 王某", "（据某某日报 记者 王某 报道）", "县委宣传部通讯员 王某", "西部作者 王某", "某某晚报 读者来信", "王日报 记者"]) expect(readBylineLine(text), text).toBeNull();
  });

  it("believes a paper printed apart before the role on a line of its own only when a glyph marks the line or a note of what they made closes it", () => {
    const units = (text: string) => parsePage(page("洪水的记忆", "暴雨如注，水库崩溃，一片汪洋，给那年夏天留下了一段伤逝记忆。", text, "村民们至今还会哼唱那句顺口溜，借以表达他们的不满。")).articles[0]!;
    expect(units("□大河报 记者孟某文图").authors).toEqual([{ role: "记者", name: "孟某" }]);
    expect(units("大河报 记者孟某文图").authors).toEqual([{ role: "记者", name: "孟某" }]);
    expect(units("■人民日报 记者 王某").authors).toEqual([{ role: "记者", name: "王某" }]);
    // Unmarked and with no note, a paper and its reporter may be one of a list the story names: text.
    expect(units("人民日报 记者 王某").authors).toEqual([]);
    // Marked lines of papers and reporters one under another are a list of journalists, text.
    const listed = parsePage(page("我省表彰一批优秀新闻工作者", "本报讯（记者 王某）11月8日，省记协表彰了一批优秀新闻工作者。他们是：", "●某某日报 记者 张某", "●某某报 记者 李某", "●某某晚报 记者 赵某", "省记协负责人表示，希望受表彰者再接再厉。")).articles;
    // (Where such a list goes is another matter: it stays text, no author of the report it stands in.)
    expect(listed[0]!.authors).toEqual([{ role: "记者", name: "王某" }]);
    expect(listed.flatMap((a) => a.authors)).toEqual([{ role: "记者", name: "王某" }]);
  });

  it("reads a work role and a middle dot before a name as the slash (文·甲)", () => {
    expect(readBylineLine("文·卞某麟")).toEqual({ byline: "文·卞某麟", dateline: null, authors: [{ role: "文", name: "卞某麟" }] });
    expect(readBylineLine("图·李某 文·王某")?.authors).toEqual([{ role: "图", name: "李某" }, { role: "文", name: "王某" }]);
    // (`文·图` is one role, words and pictures; a name's own dot is no role's.)
    expect(readBylineLine("文·图 张某")?.authors).toEqual([{ role: "文·图", name: "张某" }]);
    expect(readBylineLine("苏·东坡")).toBeNull();
    // (A column's label with a dot names no one: `图·说两会`, `文·旅融合`.)
    for (const text of ["图·说两会", "文·旅融合", "图·观天下"]) expect(readBylineLine(text), text).toBeNull();
  });

  it("reads 文并摄 after a reporter's name as what they made: the story's byline, no picture's credit", () => {
    expect(readBylineLine("某某晚报记者 金某建文并摄")).toEqual({ byline: "某某晚报记者 金某建文并摄", dateline: null, authors: [{ role: "记者", name: "金某建" }] });
    expect(readCredit("某某晚报记者 金某建文并摄")).toBeNull();
    expect(readCredit("某某晚报记者 金某建 摄")?.photographers).toEqual([{ role: "记者", name: "金某建" }]);
    // In brackets after a caption it credits the picture, and 文并 is no name.
    expect(readCredit("（记者 张某 文并摄）")?.photographers).toEqual([{ role: "记者", name: "张某" }]);
    const photo = parsePage(page("金秋稻谷飘香", "10月8日，农机手驾驶收割机抢收水稻，田间一派丰收景象。（记者 张某 文并摄）")).articles[0]!;
    expect([photo.kind, photo.photos.map((p) => p.photographers)]).toEqual(["photo", [[{ role: "记者", name: "张某" }]]]);
  });

  it("reads a paper's editorial desk alone on its line as its signature, heading the piece or closing it", () => {
    expect(readBylineLine("本报编辑部")).toEqual({ byline: "本报编辑部", dateline: null, authors: [{ role: null, name: "本报编辑部" }] });
    // (Another paper's desk alone is as often an address to write to, or a prize-winner in a list.)
    for (const text of ["走进编辑部", "日报编辑部", "某某日报编辑部"]) expect(readBylineLine(text), text).toBeNull();
    // Under a notice it is the issuer's sign-off, a paragraph as printed.
    const notice = parsePage(page("征稿启事", "为庆祝建市40周年，本报即日起面向社会征集稿件，欢迎投稿。", "本报编辑部", "2024年6月1日")).articles[0]!;
    expect([notice.byline, notice.paragraphs.at(-2)]).toEqual([null, "本报编辑部"]);
    const a = parsePage(page("家居产业加快集聚", "本报讯（记者 张某）近日，两个家居项目相继建设投产。", "投，向徐州", "本报编辑部", "志合者，不以山海为远，不以地域为限。", "请将目光投向徐州。")).articles;
    expect(a.map((x) => [x.title, x.byline])).toEqual([["家居产业加快集聚", "本报讯（记者 张某）"], ["投，向徐州", "本报编辑部"]]);
  });

  it("drops outlets joined by a slash before the role they employ, whatever the second outlet's name", () => {
    expect(parsePeople("石榴云/新疆日报记者 邹某").people).toEqual([{ role: "记者", name: "邹某" }]);
    expect(parsePeople("兰州晨报/掌上兰州首席记者 裴某").people).toEqual([{ role: "首席记者", name: "裴某" }]);
    expect(parsePeople("潮新闻/记者 张某").people).toEqual([{ role: "记者", name: "张某" }]);
    expect(readCredit("兰州晨报/掌上兰州首席记者 裴某 摄")?.photographers).toEqual([{ role: "首席记者", name: "裴某" }]);
    // A role before the slash is the role of the name after it; a work role too; two names are two names.
    expect(parsePeople("记者/张某").people).toEqual([{ role: "记者", name: "张某" }]);
    expect(parsePeople("策划/甲某 记者/乙某").people).toEqual([{ role: "策划", name: "甲某" }, { role: "记者", name: "乙某" }]);
    expect(parsePeople("张某/李某").people).toEqual([{ role: null, name: "张某" }, { role: null, name: "李某" }]);
    // `全媒` qualifies a role as `全媒体` does.
    expect(parsePeople("湖北日报全媒记者 柯某 魏某").people).toEqual([{ role: "全媒记者", name: "柯某" }, { role: "全媒记者", name: "魏某" }]);
    // Two short roles joined by a slash are one role as printed.
    expect(parsePeople("图/文 肖某").people).toEqual([{ role: "图/文", name: "肖某" }]);
    expect(parsePeople("文/图 肖某").people).toEqual([{ role: "文/图", name: "肖某" }]);
  });
});

describe("credits", () => {
  const cases: [string, unknown][] = [
    ["株洲日报全媒体记者/杨某 通讯员/李某 摄", [{ role: "全媒体记者", name: "杨某" }, { role: "通讯员", name: "李某" }]],
    ["新华社记者 李某某 摄", [{ role: "记者", name: "李某某" }]],
    ["新华社记者 李某/摄", [{ role: "记者", name: "李某" }]],
    ["通讯员 陈某/摄", [{ role: "通讯员", name: "陈某" }]],
    // (A backslash printed for the slash, as some web copies do.)
    ["本报记者吴某\\摄", [{ role: "记者", name: "吴某" }]],
    ["通讯员 陈某＼摄", [{ role: "通讯员", name: "陈某" }]],
    ["新华社发", []],
    ["新华社发 王某 摄", [{ role: null, name: "王某" }]],
    ["乔某某摄（影像中国）", [{ role: null, name: "乔某某" }]],
    ["张某某摄/光明图片", [{ role: null, name: "张某某" }]],
    ["（全媒体记者 何某 通讯员 苑某某 摄）", [{ role: "全媒体记者", name: "何某" }, { role: "通讯员", name: "苑某某" }]],
    ["某某晚报融媒体记者/黎某 摄影报道", [{ role: "融媒体记者", name: "黎某" }]],
    ["韩 冷摄（中经视觉）", [{ role: null, name: "韩冷" }]],
    ["“哈报手机记者” 苟某某 摄", [{ role: "手机记者", name: "苟某某" }]],
    ["图片由市民提供", []],
    ["照片由通讯员 洪某 提供", [{ role: "通讯员", name: "洪某" }]],
    ["晚报记者 廖某 图", [{ role: "记者", name: "廖某" }]],
    ["王某某李某张某某摄", [{ role: null, name: "王某某" }, { role: null, name: "李某" }, { role: null, name: "张某某" }]],
    ["交警供图", []],
    ["受访者供图", []],
    ["（小岗村村委会供图）", []],
    ["（交警供图）", []],
    ["张某某供图", [{ role: null, name: "张某某" }]],
    // A drawing's maker is its credit as a photographer is a picture's.
    ["李某 绘", [{ role: null, name: "李某" }]],
    ["漫画/李某", [{ role: "漫画", name: "李某" }]],
    ["本报记者 李某 制图", [{ role: "记者", name: "李某" }]],
    ["（图片由市文旅局提供）", []],
    ["视频截图", []],
    ["李某/视觉中国", [{ role: null, name: "李某" }]],
    // 均为 says the credit covers all the pictures, in brackets or not; it names no one.
    ["（均为张某 摄）", [{ role: null, name: "张某" }]],
    ["图片均为本报记者 李某 摄", [{ role: "记者", name: "李某" }]],
    ["本版图片均由市文旅局提供", []],
    // (A page's or a set's pictures taken by one named, 图片由 naming no one, the picture service after a slash.)
    ["（本版图片由记者李某恒摄/视觉重庆）", [{ role: "记者", name: "李某恒" }]],
    ["本组图片由记者张某摄", [{ role: "记者", name: "张某" }]],
    // A contributing photographer is one role, 特约 and all.
    ["特约摄影记者 胡某余 摄", [{ role: "特约摄影记者", name: "胡某余" }]],
    // Whoever took them, 由…拍摄, is their photographer; an office that took them names no one.
    ["（本文图片均由记者汪某拍摄）", [{ role: "记者", name: "汪某" }]],
    ["图片由张某明拍摄", [{ role: null, name: "张某明" }]],
    ["图片由市文旅局拍摄", []],
    // An agency's release in brackets, as any credit may be; a source 来源于 as 来源：.
    ["（新华社发）", []],
    // 摄图 closes a credit as 摄 does; names padded for print read as one.
    ["高某伟 刘 睿摄图", [{ role: null, name: "高某伟" }, { role: null, name: "刘睿" }]],
    ["本报记者 魏某飞摄图", [{ role: "记者", name: "魏某飞" }]],
    ["图片来源于网络", []],
    // A reader who took the picture, named after who they are (or by a screen name after @).
    ["网友 张某 摄", [{ role: "网友", name: "张某" }]],
    ["市民李某明摄", [{ role: "市民", name: "李某明" }]],
    ["网友@空山灵雨摄", [{ role: "网友", name: "空山灵雨" }]],
  ];
  for (const [text, photographers] of cases) {
    it(text, () => expect(readCredit(text)).toEqual({ credit: text, photographers }));
  }

  it("is not read in prose that ends in 摄", () => {
    for (const text of ["游客纷纷拍摄", "图为游客在景区拍摄", "这是一次难忘的拍摄", "一幅新时代的画卷正在精心描绘", "市民拍摄", "游客 热情 摄", "网友@我摄", "摄影采访活动"]) expect(readCredit(text)).toBeNull();
    // A reader who supplied the picture is named as one who took it, spaced or not.
    for (const text of ["网友 张某 供图", "网友张某供图"]) expect(readCredit(text)?.photographers).toEqual([{ role: "网友", name: "张某" }]);
  });

  it("splits a caption from the credit printed after it", () => {
    expect(splitTrailingCredit("农民在田间收割晚稻。特约摄影 沈某")).toEqual({ caption: "农民在田间收割晚稻。", credit: { credit: "特约摄影 沈某", photographers: [{ role: "特约摄影", name: "沈某" }] } });
    expect(splitTrailingCredit("舞龙表演现场 本报记者 黄某 摄")?.caption).toBe("舞龙表演现场");
    // A credit in brackets may follow its caption with no space or stop between them.
    expect(splitTrailingCredit("抛绣球（图片由市旅游摄影家协会提供）")).toEqual({ caption: "抛绣球", credit: { credit: "（图片由市旅游摄影家协会提供）", photographers: [] } });
    expect(splitTrailingCredit("舞龙表演（本报记者 黄某 摄）")?.caption).toBe("舞龙表演");
    // A bracket that credits no picture stays in the caption.
    expect(splitTrailingCredit("舞龙表演（资料）")).toBeNull();
    // an end mark between the caption and its credit closed the caption: it is decoration, not caption text
    expect(splitTrailingCredit("了解海洋知识。 ■ 新华社记者 方某/摄")?.caption).toBe("了解海洋知识。");
    expect(splitTrailingCredit("游客在古镇游览。新华社记者 牟某摄")?.credit.credit).toBe("新华社记者 牟某摄");
    expect(splitTrailingCredit("位于翠屏街道的 TPU新材料产业园项目投产。")).toBeNull();
    expect(splitTrailingCredit("9 月 16 日凌晨大雾 交警供图")).toEqual({ caption: "9 月 16 日凌晨大雾", credit: { credit: "交警供图", photographers: [] } });
  });
});

describe("headline groups", () => {
  it("reads one line as a title", () => {
    expect(readHeadline(["全市春耕生产全面展开"])).toEqual({ kicker: null, title: "全市春耕生产全面展开", subtitle: null });
  });
  it("reads a reporting frame above the title as a kicker", () => {
    expect(readHeadline(["市长在调研农业生产时强调", "抓好春耕备耕 确保粮食安全"])).toEqual({ kicker: "市长在调研农业生产时强调", title: "抓好春耕备耕 确保粮食安全", subtitle: null });
    expect(readHeadline(["在全省经济工作会议上", "某某的讲话"]).kicker).toBe("在全省经济工作会议上");
    expect(readHeadline(["“十四五”系列评论之二", "让创新成为第一动力"]).kicker).toBe("“十四五”系列评论之二");
  });
  it("reads a dash line or a supplementary fact below the title as a subtitle", () => {
    expect(readHeadline(["让创新成为第一动力", "——二论高质量发展"]).subtitle).toBe("——二论高质量发展");
    expect(readHeadline(["某某会见外国客人", "某某参加会见"]).subtitle).toBe("某某参加会见");
  });
  it("reads a kicker that closes on a colon", () => {
    expect(canBeHeadline("市长在全市经济工作会议上强调：")).toBe(true);
    expect(canBeHeadline("具体安排如下：")).toBe(false);
    // A short kicker may trail off into its title; prose that trails off has a comma or runs long.
    expect(canBeHeadline("乔迁“新家”、开席“祝寿”……")).toBe(true);
    expect(readHeadline(["乔迁“新家”、开席“祝寿”……", "某镇老人这个重阳特幸福"])).toEqual({ kicker: "乔迁“新家”、开席“祝寿”……", title: "某镇老人这个重阳特幸福", subtitle: null });
    expect(canBeHeadline("听曲、看戏，玩乐……")).toBe(false);
    // A notice's contact lines are its text.
    for (const line of ["邮箱：ylcyb2013@163.com", "联系电话：0775-2827241", "网址 www.example.cn", "投稿 news@example.com"]) expect(canBeHeadline(line), line).toBe(false);
    expect(canBeHeadline("他们在这里听曲看戏下棋打牌聊天喝茶晒太阳散步……")).toBe(false);
    expect(readHeadline(["市长在全市经济工作会议上强调：", "稳中求进 以进促稳"]).kicker).toBe("市长在全市经济工作会议上强调：");
  });
  it("reads three lines as kicker, title, subtitle", () => {
    expect(readHeadline(["凝心聚力谋发展", "全市重点项目集中开工", "总投资逾百亿元"])).toEqual({ kicker: "凝心聚力谋发展", title: "全市重点项目集中开工", subtitle: "总投资逾百亿元" });
  });
});

describe("forms read from the round-65 pages and the measured sets", () => {
  it("reads a paper's 消息 in brackets, round or tortoise-shell, as the lead's label", () => {
    expect(readLead("（本报消息）11日上午，代表团拜访了会馆。")).toMatchObject({ byline: "（本报消息）", authors: [], rest: "11日上午，代表团拜访了会馆。" });
    expect(readLead("〔本报消息〕昨（10）日下午，本报继续开展济贫活动。")).toMatchObject({ byline: "〔本报消息〕", rest: "昨（10）日下午，本报继续开展济贫活动。" });
    // (A sentence about a message opens no lead.)
    expect(readLead("（消息灵通人士说）会议将延期。")).toBeNull();
  });
  it("reads a paper and its site listed with 、 before the reporter's role, in a signature closing the text", () => {
    expect(parsePeople("某阳日报、某阳网记者郭某颖")).toEqual({ people: [{ role: "记者", name: "郭某颖" }], clean: true });
    // (People listed with 、 stay people: the first is no outlet.)
    expect(parsePeople("张某、李某记者王某").people.map((p) => p.name)).toEqual(["张某", "李某", "王某"]);
    const a = parsePage(page("某市召开文教系统工作会议", "昨天，某市召开文教系统工作会议，部署今年的", "工作。会议要求各单位抓好落实。（某阳日报、某阳网记者封某）")).articles[0]!;
    expect([a.paragraphs, a.authors]).toEqual([["昨天，某市召开文教系统工作会议，部署今年的工作。会议要求各单位抓好落实。"], [{ role: "记者", name: "封某" }]]);
  });
  it("reads a paper's name and its writer's, no role, in brackets on their own line as the signature", () => {
    expect(readBylineLine("（某中日报 张某良）")?.authors).toEqual([{ role: null, name: "张某良" }]);
    // (An edition after the paper's name is no writer.)
    expect(readBylineLine("（人民日报 海外版）")).toBeNull();
  });
  it("reads run-together papers and reporters in a joint lead's brackets, each paper dropped", () => {
    expect(readLead("某阳日报讯（长沙晚报全媒体记者唐某昭某阳日报记者宋某）1月7日，代表团审议政府工作报告。")?.authors).toEqual([
      { role: "全媒体记者", name: "唐某昭" },
      { role: "记者", name: "宋某" },
    ]);
  });
  it("reads a picture's role word and the paper or agency it came from as a credit that names no photographer", () => {
    expect(readCredit("图：人民日报")).toEqual({ credit: "图：人民日报", photographers: [] });
    expect(readCredit("图片/新华社")).toEqual({ credit: "图片/新华社", photographers: [] });
    expect(readCredit("图：张某")?.photographers).toEqual([{ role: "图", name: "张某" }]);
  });
  it("reads the running head's lunar date as furniture, never a title", () => {
    const p = parsePage(page("2018年8月30日 星期四", "农历七月二十", "", "央媒聚焦某市脱贫", "本报讯 今年4月摘帽的某市给出了自己的答案。各方持续发力。"));
    expect(p.furniture.map((f) => f.text)).toEqual(["2018年8月30日 星期四", "农历七月二十"]);
    expect(p.articles[0]!.title).toBe("央媒聚焦某市脱贫");
  });
  it("reads a line that a glyph opens and another closes (◤…◢) without either", () => {
    const p = parsePage(page("◤捍卫百年老庙◢", "信徒围堵拆庙人群", "（吉隆坡26日讯）真相大白，骚乱原因查明了！警方已经查明原因。"));
    const a = p.articles[0]!;
    expect([a.kicker, a.title, a.subtitle].filter((line) => line !== null)).toEqual(["捍卫百年老庙", "信徒围堵拆庙人群"]);
    // (A glyph closing a line no glyph opened is the line's own; nor are ○, a zero, and □, a character the font lacks, a frame.)
    expect(parsePage(page("某地新闻★", "本报讯 市里召开会议。会议要求抓好落实。")).articles[0]!.title).toBe("某地新闻★");
    expect(splitLines("● 会议时间：二○○○\n\n■ 本报记者 张□\n\n◤捍卫百年老庙◢").map((l) => l.text)).toEqual(["会议时间：二○○○", "本报记者 张□", "捍卫百年老庙"]);
  });
  it("reads a long line with no mark at all, after finished text and over a subtitle, as a title", () => {
    const long = "于某某检查某某区全面从严治党主体责任落实情况并参加指导某某区委常委会学习贯彻专题民主生活会";
    expect(long.length).toBeGreaterThan(32);
    expect(isLongUnpunctuatedTitle(long)).toBe(true);
    // (A line as long with a comma is prose, and so is one that opens as narrative does.)
    expect(isLongUnpunctuatedTitle("于某某检查某某区全面从严治党主体责任落实情况，并参加指导某某区委常委会学习贯彻专题民主生活会")).toBe(false);
    expect(isLongUnpunctuatedTitle("今年以来我市坚持以新时代中国特色社会主义思想为指导全面贯彻落实党的二十大精神")).toBe(false);
    // (Over prose, as long a line with no mark is the text's: only a subtitle under it makes it a title.)
    const prose = parsePage(page("某市经济运行稳中向好", "本报讯 昨天，记者从市统计局获悉，今年前三季度全市经济运行稳中向好。", "我市坚持以新时代中国特色社会主义思想为指导全面贯彻落实党的二十大精神", "全力推动经济社会高质量发展，各项主要指标均好于预期。")).articles;
    expect(prose.map((a) => a.title)).toEqual(["某市经济运行稳中向好"]);
    const p = parsePage(page("勇毅前行正当时", "——热烈祝贺区两会胜利召开", "本报评论员", "岁回律转，万象更新。区两会拉开帷幕。", "", long, "陈某列席指导 韩某出席会议", "1月16日上午，市委常委于某检查某区全面从严治党主体责任落实情况。会议开得很好。"));
    expect(p.articles.map((a) => a.title)).toEqual(["勇毅前行正当时", long]);
    expect(p.articles[1]!.subtitle).toBe("陈某列席指导 韩某出席会议");
  });
});

describe("forms read from the round-66 pages", () => {
  it("reads a short report's text that says what the reporter learned from whom, signed under it, as a report, not a caption", () => {
    const brief = (text: string) => parsePage(page("某路某桥将封闭", text, "某某晚报记者 袁某平", "", "某区举办读书节", "本报讯 昨天，某区举办读书节。活动持续一周。")).articles[0]!;
    const report = brief("4月27日，记者从某某道路管理公司了解到，某桥两侧道路将于5月1日至3日全幅封闭施工。");
    expect([report.kind, report.authors, report.photos]).toEqual(["article", [{ role: "记者", name: "袁某平" }], []]);
    // (Text that says what is seen, signed so, is a photo story and its credit.)
    const photo = brief("4月27日，工人们在某桥两侧道路上紧张施工，一派繁忙景象。");
    expect([photo.kind, photo.photos[0]?.credit]).toEqual(["photo", "某某晚报记者 袁某平"]);
  });
  it("reads names run into 文/摄 on a line of their own as the byline of a story in words and pictures, no credit", () => {
    expect(readCredit("某某晚报记者王某怡文/摄")).toBeNull();
    expect(readBylineLine("某某晚报记者王某怡文/摄")?.authors).toEqual([{ role: "记者", name: "王某怡" }]);
    // (In brackets after a caption, as with 文并摄, it credits the picture.)
    expect(readCredit("（记者 霍某 文/摄）")?.photographers).toEqual([{ role: "记者", name: "霍某" }]);
    expect(readCredit("图/文 肖某")).toBeNull();
    // (Under captions of one sentence each, it signs the text all the same: what it says it wrote is the story.)
    const story = parsePage(page("某站前一管线爆裂", "读者报料：7日8时许，某站前跑水。", "当日9时许，维修人员用挖掘机破开地面寻找漏点。", "当日下午，管线维修完毕。", "某某晚报记者王某怡文/摄")).articles[0]!;
    expect([story.kind, story.authors, story.photos]).toEqual(["article", [{ role: "记者", name: "王某怡" }], []]);
  });
  it("reads a pointer to a range of other pages as a jump line, furniture", () => {
    const p = parsePage(page("元气满满 向新而行", "1月1日晚，游客观看新年烟花灯光秀。新年的城市处处洋溢着喜庆。", "（相关报道见2—5版）"));
    expect([p.furniture.map((f) => f.text), p.articles[0]!.paragraphs.length]).toEqual([["（相关报道见2—5版）"], 1]);
  });
});

describe("forms read from the round-67 pages", () => {
  it("reads a writer's bare name set off by spaces between a lead's label and its text as the byline's", () => {
    expect(readLead("本报杭州讯 林某凯 9月11日，某市美术作品展在杭州开幕。")).toMatchObject({ byline: "本报杭州讯 林某凯", authors: [{ role: null, name: "林某凯" }], rest: "9月11日，某市美术作品展在杭州开幕。" });
    // (A word the dictionary counts, a place or a time, opens the text.)
    expect(readLead("本报讯 王府井 步行街近日迎来了大批游客，十分热闹。")).toMatchObject({ byline: "本报讯", authors: [] });
    expect(readLead("本报讯 近日 全市开展了安全生产大检查活动，成效明显。")).toMatchObject({ byline: "本报讯", authors: [] });
  });
  it("starts a paragraph at another speaker after a quotation its own speaker introduced with a colon", () => {
    const text = page("某某代表团：这是一个温暖的冬天", "本报记者 唐某", "温暖——这是代表们多次提及的一个词。", "“有国有家，有工作有生活。”某区副区长黄某说：“书记的讲话很有人情味，让人觉得", "温暖。”", "某市妇联副主席罗某则表示，本次大会规格高，让人心里很温暖。");
    expect(parsePage(text).articles[0]!.paragraphs).toHaveLength(3);
    // (Each alone: a quotation introduced with a colon, the next speaker with no 则; and 则 after a quotation no one introduced.)
    const colon = page("某某代表团：这是一个温暖的冬天", "本报记者 唐某", "温暖——这是代表们多次提及的一个词。", "“有国有家，有工作有生活。”某区副区长黄某说：“书记的讲话很有人情味，让人觉得", "温暖。”", "某市妇联副主席罗某表示，本次大会规格高，让人心里很温暖。");
    expect(parsePage(colon).articles[0]!.paragraphs).toHaveLength(3);
    const then = page("某某代表团：这是一个温暖的冬天", "本报记者 唐某", "温暖——这是代表们多次提及的一个词。", "“书记的讲话很有人情味，让人觉得", "温暖。”", "某市妇联副主席罗某则表示，本次大会规格高，让人心里很温暖。");
    expect(parsePage(then).articles[0]!.paragraphs).toHaveLength(3);
    // (A name holding 则 is no contrast: `王则某说，` attributes the quotation above.)
    expect(parsePage(then.replace("某市妇联副主席罗某则表示，本次大会规格高，让人心里很温暖。", "王则某说。")).articles[0]!.paragraphs).toHaveLength(2);
    // (A quotation no one introduced is attributed by the line after it: one paragraph.)
    const said = page("某某代表团：这是一个温暖的冬天", "本报记者 唐某", "温暖——这是代表们多次提及的一个词。", "“书记的讲话很有人情味，让人觉得", "温暖。”", "某区副区长黄某说。");
    expect(parsePage(said).articles[0]!.paragraphs).toHaveLength(2);
  });
});

describe("forms read from the round-68 pages", () => {
  it("reads an e-paper's label for the page shown as the running head's", () => {
    const p = parsePage(page("当前版：01版", "某某参加区人大会议代表团审议", "本报讯（记者 李某）2月20日，某某参加代表团审议。会议开得很好。"));
    expect([p.furniture.map((f) => f.text), p.articles[0]!.title]).toEqual([["当前版：01版"], "某某参加区人大会议代表团审议"]);
  });
});

describe("a heading in three clauses", () => {
  it("titles no story and makes no crosshead: a paragraph's first piece a column cut (a generated page a property test found)", () => {
    const text = page("的的的的至", "本报讯（记者 张某 通讯员 李某）的的的的。", "的的的的，的的的的，的的的府型", "确。的的的的的的的的的的的的的的，的的的的的的的的的的的的的的的的的的，的的的的。", "的的的的。", "的的的的角", "本报讯（记者 张某 通讯员 李某）的的的的。");
    expect(parsePage(text).articles.map((a) => [a.title, a.paragraphs.length])).toEqual([["的的的的至", 3], ["的的的的角", 1]]);
  });
});

describe("forms read from real-zq's page, once measured only", () => {
  it("reads a page number and 版 alone at the page's top as the running head's", () => {
    const p = parsePage(page("03版", "", "龙年首轮寒潮今起影响某市", "□记者 陈某娜", "本报讯 龙年首轮寒潮，今天“到货”。本周我市将多阴雨天气。"));
    expect([p.furniture.map((f) => f.text), p.articles[0]!.kicker, p.articles[0]!.title]).toEqual([["03版"], null, "龙年首轮寒潮今起影响某市"]);
  });
  it("reads a readers' essay series' name over a title as its kicker", () => {
    for (const series of ["我与晚报的故事", "我和某某日报的故事⑮"]) {
      expect(readHeadline([series, "那些年，我的青春和晚报紧紧相连"]), series).toEqual({ kicker: series, title: "那些年，我的青春和晚报紧紧相连", subtitle: null });
    }
  });
  it("reads an editor's note's label under a kicker and a title as the text's first paragraph, the note its next", () => {
    const a = parsePage(page("我与晚报的故事", "那些年，我的青春和晚报紧紧相连", "编者按", "三十载春秋流转，三十载笔墨传情。值此创刊三十周年之际，我们特别推出专栏。", "时光如白驹过隙。转眼间，晚报创办已有30年了。")).articles[0]!;
    expect([a.kicker, a.title, a.subtitle, a.paragraphs.slice(0, 2)]).toEqual(["我与晚报的故事", "那些年，我的青春和晚报紧紧相连", null, ["编者按", "三十载春秋流转，三十载笔墨传情。值此创刊三十周年之际，我们特别推出专栏。"]]);
  });
});

describe("what the session's rules leave alone (a review's counter-examples)", () => {
  const report = ["某县举办读书节", "本报讯 昨天，某县举办读书节，活动持续一周。", "读书节期间，全县开展了多项阅读活动。"];
  it("keeps a story's last line over the reporters who sign it in the story, though it holds a comma or a cry", () => {
    for (const last of ["75年，不忘初心，牢记使命，继续前行！", "三、切实加强组织领导", "同时，希望广大市民踊跃参与"]) {
      const articles = parsePage(page(...report, last, "记者 王某 通讯员 李某")).articles;
      expect(articles.map((a) => a.title), last).toEqual(["某县举办读书节"]);
    }
  });
  it("reads a brief whose lead repeats its title as the next story, not a part named in its text", () => {
    const articles = parsePage(page("小山村里的新农人", "本报记者 孙某", "初冬时节，返乡青年王某正在大棚里查看西红柿的长势。", "市图书馆新馆开放", "市图书馆新馆开放首日，迎来读者3000余人次，不少市民带着孩子前来。")).articles;
    expect(articles.map((a) => a.title)).toEqual(["小山村里的新农人", "市图书馆新馆开放"]);
  });
  it("reads no ordinary word after a lead's label, nor a source note after a paper's name, as a writer", () => {
    for (const lead of ["本报讯 龙年 首轮寒潮今天到货，气温将大幅下降。", "本报讯 石门县 近日全县开展安全检查活动，成效明显。", "本报讯 冯某龙 故居修缮工程近日完工，即将对外开放。"]) {
      expect(readLead(lead)?.authors, lead).toEqual([]);
    }
    for (const note of ["（人民日报 海外网）", "（经济日报 时评）", "（扬子晚报 南京）", "（北京日报 原创）"]) expect(readBylineLine(note), note).toBeNull();
  });
  it("joins three clauses to the text under them, a paragraph's first piece a column cut", () => {
    const a = parsePage(page("某景区迎来游客高峰", "本报讯 昨天是假期第一天，记者来到某景区，看到游客络绎不绝。", "风和日丽，游人如织，景区内一派热闹", "景象。据统计，当天景区共接待游客三万余人次，同比增长两成。")).articles[0]!;
    expect(a.paragraphs).toHaveLength(2);
  });
  it("reads an essay's own title about someone, not a paper, as a title", () => {
    expect(readHeadline(["我和雷锋的故事", "老战友深情回忆"])).toEqual({ kicker: null, title: "我和雷锋的故事", subtitle: "老战友深情回忆" });
  });
  it("splits a report signed twice the same whether or not the parse is explained", () => {
    const text = page("某县考察团到我市参观考察", "本报讯（记者马某超）8月16日，某县县长带队来我市，就全国文明城市创建工作进行参观考察。", "考察团先后到某某中学、瘟庙街社区等地实地考察文明城市创建和社区建设。", "某市45个社区现场观摩学习文明社区创建", "工作，观摩组先后走进瘟庙街社区等文明社区，学习创建经验。", "观摩组人员纷纷表示，要学习好经验，为创建全国文明城市奠定坚实基础。（记者张某红）");
    const titles = (explain: boolean) => parsePage(text, { explain }).articles.map((a) => [a.title, a.paragraphs.length]);
    expect(titles(false)).toEqual(titles(true));
  });
});

describe("forms read from the round-84 pages", () => {
  it("reads a name of two characters printed a space apart in a line of words and pictures as one name, and the line as the byline (曾某云/文 曾 滨/摄)", () => {
    expect(readMadeBy("曾某云/文 曾 滨/摄")?.people).toEqual([{ role: "文", name: "曾某云" }, { role: "摄", name: "曾滨" }]);
    expect(readCredit("曾某云/文 曾 滨/摄")).toBeNull();
    expect(readBylineLine("曾某云/文 曾 滨/摄")?.authors).toEqual([{ role: "文", name: "曾某云" }, { role: "摄", name: "曾滨" }]);
    // (What was made is no half of a name: `本报首席记者 朱某英 文 王某浩 摄` keeps its makers apart.)
    expect(readMadeBy("本报首席记者 朱某英 文 王某浩 摄")?.people).toEqual([{ role: "首席记者", name: "朱某英" }, { role: "摄", name: "王某浩" }]);
    const text = ["公交车昨首进书林街", "", "昨天是新开的5条线路正式营运的日子，其中包括两条开进书林街的线路。", "", "不少老人专程赶来乘坐。", "", "曾某云/文 曾 滨/摄"].join("\n");
    const article = parsePage(text).articles[0]!;
    expect([article.kind, article.byline, article.photos.length]).toEqual(["article", "曾某云/文 曾 滨/摄", 0]);
  });

  it("heads nothing with a line of marks alone (……, ＊ ＊ ＊): text left out or an essay's break, its own paragraph, nothing run on across it", () => {
    expect(canBeHeadline("……")).toBe(false);
    expect(canBeHeadline("＊　＊　＊")).toBe(false);
    expect(endsSentence("＊　＊　＊")).toBe(true);
    // (A short kicker trailing off into its title still heads: words before the marks.)
    expect(canBeHeadline("乔迁“新家”、开席“祝寿”……")).toBe(true);
    for (const mark of ["……", "＊　＊　＊", "* * *"]) {
      const articles = parsePage(["父亲的手", "文/李某", "小时候，父亲的手总是粗糙的，像老树的皮。", mark, "去年冬天，父亲病了。我赶回家，看见他躺在床上。"].join("\n\n")).articles;
      expect(articles.map((a) => [a.title, a.paragraphs.length]), mark).toEqual([["父亲的手", 3]]);
    }
  });
});
