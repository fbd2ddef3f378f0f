/**
 * The words and patterns of the printed page that both the parser and the classifier
 * read: roles, agencies, official titles, speech and news verbs, notice titles, numerals,
 * dates and decorative glyphs. One list each, so a word added here is known everywhere.
 *
 * Lists are plain data; `anyOf` turns one into a regular-expression alternation
 * (longest first, so 全媒体记者 wins over 记者). The classifier's weighted topics stay
 * in classify/lexicon.ts: they score, these recognise.
 */

/** A regular-expression alternation of the words, longest first, with metacharacters escaped. */
export function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
}

// ── people and the press ─────────────────────────────────────────────────────

/** Roles printed before a reporter's or contributor's name in bylines and credits. */
export const BYLINE_ROLES = [
  "特约通讯员", "全媒体记者", "融媒体记者", "首席记者", "见习记者", "实习记者", "特约记者", "摄影记者",
  "驻站记者", "小记者", "特约摄影记者", "特约摄影", "首席摄影记者", "摄影师", "特派记者", "通讯员", "实习生", "评论员", "记者", "执笔", "摄影",
  "编辑", "审核", "撰稿", "撰文", "采写", "采访整理", "读者", "策划", "统筹", "监制", "执行", "整理", "拍者", "作者", "口述",
  // a paper's heads signing its own address (新年献辞) or notice (更名启事): 社长 X 总编 Y, 发行人 Z
  "社长", "发行人", "副社长", "总编辑", "副总编辑", "总编", "副总编", "主编", "副主编",
  // a pupil's essay: its teacher signs under the pupil (某小学五（2）班 甲 指导老师 乙)
  "指导老师", "指导教师",
] as const;

/** The roles of people who report a story (记者, 通讯员, 实习生 and their kinds), not of those who write, edit or sign it. */
export const REPORTER_ROLES = BYLINE_ROLES.filter((r) => /记者|通讯员|实习/u.test(r));

/**
 * Words that qualify a role printed before it, and belong to it (`本报特派全媒体记者` → role
 * 特派全媒体记者): sent, contracted, taking part (参与记者), senior, a paper's grade (星级, 金牌), trainee, which newsroom or beat (全媒体, 社区), stationed where (驻京, 驻村).
 */
export const ROLE_QUALIFIERS = ["特派", "特约", "参与", "签约", "全媒体", "全媒", "融媒体", "融媒", "新媒体", "视频", "社区", "首席", "资深", "高级", "星级", "金牌", "王牌", "实习", "见习"] as const;

/** The one-character work roles and their pairs: under one, a writer's short pen name is a name (`文/寒 歌`, `图/姜韬`). */
export const PEN_WORK_ROLES = ["文", "图", "摄", "文图", "文/图", "图文", "文·图", "图·文"] as const;
/** Roles that stand alone before a slash or colon: `文/寒 歌`, `图/张三`, `文字：甲 图片：乙`, `视频/丙`. */
/** Who wrote the story and took its pictures: `文并摄`, before a slash and a role too (`文并摄/记者 甲`). */
export const WROTE_AND_TOOK = ["文并摄", "文并图", "摄并文"] as const;
export const WORK_ROLES = [...PEN_WORK_ROLES, "文字", "图片", "视频", "海报", "制图"] as const;

/** What a slash after a name inside a lead's brackets says its bearer made: `张锐/文`, `杨大伟/摄`. */
export const MAKER_ROLES = ["文", "图", "摄", "摄影"] as const;

/** Roles printed after the names they cover: `雍和  图/文`, `张三 文`, `李四 整理`. */
export const POSTFIX_ROLES = ["文", "图", "图/文", "文/图", "文/摄", "摄/文", "文图", "图文", "摄影", "整理", "口述", "供稿"] as const;

/** What a byline's people made, noted in brackets after them: `X 记者/谢慧 （图/文）`. */
export const MADE_NOTES = ["图/文", "文/图", "图文", "文图", "摄"] as const;

/**
 * What a byline's people made or where they filed from, printed after the names with no
 * brackets: `记者 张三 文/图`, `晚报记者张三文/图`, `某某晚报记者 张三文并摄` (wrote it and took its pictures), `记者 李四 报道`, `特派记者 王五 发自北京`.
 * The role before the names stays theirs.
 */
export const TRAILING_NOTES = ["文/图", "图/文", "文/摄", "摄/文", "文图", "图文", ...WROTE_AND_TOOK, "报道", "报导", "采写", "撰文"] as const;

/** Roles that make a line without 摄 a photo credit: `特约摄影 沈果`, `摄影记者 X`. */
export const PHOTO_ROLES = ["特约摄影", "摄影记者", "摄影", "图", "摄"] as const;

/** Roles a bracketed signature closes a piece with: `（执笔：A、B）`. */
export const SIGNATURE_ROLES = ["执笔", "撰稿", "编辑"] as const;

/** Roles that sign a commentary rather than a report. */
export const COMMENTARY_ROLES = ["执笔", "评论员"] as const;
/** Labels a paper heads its own opinion with, alone over the title: `社论`, `本报社论`, `青年时评` (a column's name before one). */
export const COMMENTARY_LABELS = ["社论", "社评", "评论员文章", "时评", "短评", "快评", "编辑部文章"] as const;

/** Who wrote a reader's letter, printed after the name: `晓敏（市民）`. */
export const WRITER_KINDS = ["市民", "读者", "网友", "学生", "教师", "职工", "工人", "农民", "干部", "退休职工", "退休干部", "居民", "村民", "家长", "游客"] as const;
/** What a writer is, printed after their name over or under an essay (`某某 民建中央原副秘书长`, `某某 抗战老兵`), beside the kinds, trades and titles listed elsewhere. */
export const WRITER_STANDINGS = ["老兵", "秘书长", "研究员", "作家", "学者", "顾问", "馆长", "主编", "编审", "讲师"] as const;
/** People named by what they are to others or by their lot, before their name in a speaker's kicker (`脱贫户女儿小某芬：`). */
export const PERSON_KINDS = ["女儿", "儿子", "母亲", "父亲", "妻子", "丈夫", "老人", "志愿者", "党员", "小伙", "姑娘", "大学生", "残疾人", "护士", "民警", "快递员", "环卫工", "军人", "医生"] as const;

/** Agencies and in-house names a lead may open with on their own. */
export const HOUSE_AGENCIES = ["新华社", "中新社", "中央广播电视总台", "本报", "本台", "本刊"] as const;

/** How the name of a paper, an agency or a station ends: 株洲日报, 中国新闻社, 某某融媒体中心. */
export const PRESS_ENDINGS = [
  "日报", "晚报", "早报", "商报", "时报", "都市报", "周报", "青年报", "法治报", "法制报", "报社", "报",
  "通讯社", "新闻社", "电视台", "广播电视台", "融媒体中心", "融媒", "新闻网", "网", "在线", "新闻",
] as const;

/** What follows a paper's or a newsroom's name when its app filed the story: `中国青年报客户端北京12月4日电`. */
export const APP_SUFFIXES = ["客户端", "新闻客户端", "APP", "App"] as const;

/** Further endings of an organisation printed before its reporters' role (楚天都市报极目新闻, YMG视觉). */
export const MEDIA_UNIT_ENDINGS = ["记者站", "新闻部", "采访部", "编辑部", "记者部", "摄影部", "评论部", "要闻部", "专刊部", "社", "台", "传媒中心", "新闻中心", "中心", "集团", "报业", "视觉", "图片", "新闻", "客户端"] as const;

/** Agencies and picture services whose release is a credit on its own: `新华社发`. */
export const PICTURE_AGENCIES = ["新华社", "中新社", "人民图片", "视觉中国", "IC photo"] as const;

/** Picture services whose name alone, where a credit stands, credits the picture: `人民图片`, `视觉中国`. */
export const PICTURE_SERVICES = ["人民图片", "人民视觉", "视觉中国", "IC photo", "东方IC", "CFP"] as const;

/** Where a picture came from, when no one is named for it: `资料图片`, `网络图片`. */
export const PICTURE_SOURCES = ["资料图片", "资料照片", "资料图", "网络图片", "网络照片", "网络配图", "示意图", "效果图", "视频截图", "网络截图"] as const;

// ── offices, institutions and what they do ──────────────────────────────────

/**
 * Titles of leaders, as patterns: 市长 but not 城市长, 区长 but not 社区长. The classifier's
 * cue for an official at work and the headline reader's sense of a leader both read these.
 */
export const LEADER_TITLES = ["书记", "主席", "总理", "省长", "(?<!城)市长", "县长", "(?<!社)区长", "部长", "委员长"] as const;

/** The levels of government whose leaders a paper names by office (省委书记, 市长, 县政协主席). */
export const GOVERNMENT_LEVELS = ["省", "自治区", "市", "州", "盟", "县", "区", "旗"] as const;
/** A level's governing bodies and the heads of each, as a lead names them: 市委书记, 县人大常委会主任, 区政协主席. */
export const GOVERNING_BODIES = ["委", "人大常委会", "政协"] as const;
export const BODY_HEADS = ["书记", "主任", "主席"] as const;

/** Trades and offices a person is named by before their name (`某律师事务所律师宋某琴`, `工业投资科科长吴某婷`). */
export const PERSON_TRADES = ["科长", "处长", "律师", "医生", "院长", "经理", "会长", "理事", "书记", "站长", "所长", "老师", "队长"] as const;
/** How a paper addresses a named person after the name (张某代表, 李某委员, 王某院士). */
export const ADDRESS_TITLES = ["代表", "委员", "院士", "教授", "专家", "主任", "局长", "镇长", "村支书", "支书", "校长", "董事长", "总经理", "议员"] as const;

/** Offices an appointment names: `某某为…副秘书长`. */
export const OFFICES = [
  "总理", "主席", "部长", "秘书长", "主任", "书记", "省长", "市长", "县长", "区长", "局长", "厅长", "院长",
  "检察长", "审计长", "行长", "国务委员", "委员",
] as const;

/** An institution that opens a title as its subject: 市人大常委会…, 省商务厅…. */
export const INSTITUTION_ENDINGS = [
  "人大常委会", "常委会", "人大", "政协", "政府", "党委", "委员会", "纪委", "监委", "法院", "检察院", "公安局",
  "总工会", "团委", "妇联", "局", "厅", "委", "部", "院", "办", "中心", "公司", "集团", "协会",
] as const;

/** Endings of a place's name, from province to village and park (`某区某村：` over a title). */
export const PLACE_ENDINGS = ["省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "村", "街道", "社区", "小区", "园区", "景区", "开发区", "新区"] as const;

/** How the name of a landmark or a spot by one ends: a road, a park, a hill, water, a building (长江南路, 赭山公园, 鄱阳楼, …临江桥下). */
export const LANDMARK_ENDINGS = ["路", "街", "桥", "公园", "广场", "山", "峰", "湖", "河", "江", "岛", "湾", "寺", "塔", "楼", "阁", "亭", "馆", "宫", "祠", "古镇", "桥下", "岸边", "湖畔", "河畔"] as const;
/** Endings of a venue's name, where things are held: `某某会展中心`, `某某大剧院`, `某某体育场`. */
export const VENUE_ENDINGS = ["中心", "大厦", "大楼", "会堂", "礼堂", "剧院", "酒店", "宾馆", "体育场", "学校", "码头", "机场", "车站", "展厅", "会场"] as const;

/** How the name of a division of the country ends, its kind, longest first where one holds another (地区 before 区). */
export const DIVISION_ENDINGS = ["特别行政区", "地区", "林区", "新区", "矿区", "省", "市", "州", "盟", "县", "区", "旗"] as const;
/** An autonomous division's kind, after the peoples it is named for (宁夏回族自治区, 临夏回族自治州). */
export const AUTONOMOUS_DIVISIONS = ["自治区", "自治州", "自治县", "自治旗"] as const;
/** The country's peoples other than the Han, by the names autonomous divisions carry (…回族…, …土家族苗族…). */
export const PEOPLES = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
  "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
  "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
  "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
] as const;

/** Bodies whose heads speak for them, named whole at the end of a name: `某开发区管委会`, `某市公安局`, `某集团`. */
export const OFFICE_BODIES = ["管委会", "委员会", "常委会", "公安局", "人民政府", "政府", "管理局", "办公室", "管理处", "公司", "集团"] as const;

/**
 * How a company's or a numbered bureau's name ends, and its branch's: 中铁二十五局, 某某集团, 某公司, 某分公司, 某项目部.
 * (A bureau only numbered: 局 alone ends 新局, 骗局, 格局 as often.)
 */
export const COMPANY_ENDINGS = ["有限公司", "公司", "集团", "一局", "二局", "三局", "四局", "五局", "六局", "七局", "八局", "九局", "十局"] as const;
export const BRANCH_ENDINGS = ["分公司", "公司", "分局", "项目部", "工程处"] as const;

/** How the name of any organisation ends: a department, an office, a company, a paper, a village. */
export const ORGANISATION_ENDINGS = [
  "部", "局", "委", "办", "署", "中心", "公司", "集团", "报社", "报", "社", "站", "馆", "院", "校", "会", "队", "所", "厅",
  "台", "网", "政府", "街道", "镇", "乡", "村", "区", "县", "市", "报道组", "采访组", "小组",
] as const;

/** Political bodies whose work is politics news whatever it is about: 省人大, 市政协, 县纪委. */
export const POLITICAL_BODIES = ["人大常委会", "人大", "政协", "纪委", "监委", "省委", "市委", "县委", "区委", "党委", "党组"] as const;

/** What such a body does in a headline: 开展…, 召开…, 审议…. */
export const BODY_ACTS = ["开展", "召开", "举行", "部署", "审议", "表决", "通过"] as const;

/** Verbs that report what a speaker said: the frame of a speech (…时强调：). */
export const SPEECH_VERBS = ["强调", "指出", "要求", "表示", "宣布", "表明", "提出", "认为", "寄语", "号召"] as const;

/** The speech verbs a leader's or a meeting's words are framed by (会议要求, …时指出). */
export const DIRECTIVE_VERBS = ["强调", "指出", "要求"] as const;

/** Verbs that set something up (某市组建文旅集团, 某区设立…中心): news, whatever the body set up. */
export const FOUNDING_VERBS = ["新建", "设立", "组建", "启用", "开设"] as const;

/** Verbs of an official's working visit: 书记调研…, 市长检查…. */
export const VISIT_VERBS = ["调研", "视察", "考察", "检查", "督导", "督查", "慰问", "走访", "会见", "看望"] as const;

/** A meeting held or attended: with a working visit, an official's act that no byline states. */
export const MEETING_VERBS = ["召开", "举行", "会谈", "出席"] as const;

/** Verbs a news title states its fact with. */
export const NEWS_VERBS = [
  ...MEETING_VERBS,
  "开展", "启动", "发布", "获评", "荣获", "获得", "逝世", "去世", "开幕",
  "闭幕", "通过", "签约", "签署", "开工", "竣工", "投产", "落成", "成立", "揭牌", "挂牌", "当选", "表彰", "部署",
  "印发", "出台", "实施", "参观", "主持", "宣布", "任命",
  // An official's working visit (调研, 视察, 督查, 慰问…) is news a title states.
  ...VISIT_VERBS,
] as const;

/** Further verbs of a line that states news rather than frames it (推进, 增长, 亮相…). */
export const OUTCOME_VERBS = [
  "推进", "推动", "打造", "建成", "突破", "增长", "下降", "提高", "完成", "实现", "迎来", "亮相", "上线", "入选", "达到", "超过", "新增", "获批", "首破", "创新高", "出炉", "开启",
] as const;

/** Recent days named in words, as a report's first words (近日，…, 昨天，…). */
export const RECENT_DAYS = ["近日", "日前", "昨天", "昨日", "今天", "今日"] as const;
/** Words of when, opening a report's sentence before a comma (近日，…, 去年，…); a column never cuts a sentence right before one. */
export const WHEN_WORDS = [...RECENT_DAYS, "当日", "当天", "前不久", "近年来", "去年", "今年", "目前"] as const;
/** What a paper's reporters did for a story, after 记者 in a deck under its title (本报记者聚焦…, 记者调查…, 记者走进…). */
export const REPORTER_ACTS = ["聚焦", "调查", "探访", "走访", "直击", "蹲点", "实地", "追踪", "体验", "暗访", "寻访", "对话", "采访", "深入", "走进", "带你", "跟访", "跟随"] as const;
/** The kinds of piece a deck names at its end (`——某某会议侧记`, `…采访活动走笔`, `…工作纪实`): under a title, its subtitle. */
export const PIECE_GENRES = ["侧记", "走笔", "纪实", "见闻", "札记", "素描", "综述", "扫描", "巡礼", "特写", "速写", "手记", "纪事"] as const;
/** Forms of reporting a paper names its running columns for (新春走基层, 一线观察, 记者调查, 蹲点日记, 基层传真). */
export const REPORTING_FORMS = ["走基层", "观察", "调查", "日记", "直击", "探访", "传真", ...PIECE_GENRES] as const;
/** How a column's or a special issue's name ends (`某某中心专栏`, `阅读昭通·专题`): over a title, its kicker. */
/**
 * How a column for readers' letters and calls is named, closed by a colon over a title (民情热线：, 读者来信：). (Labels of a
 * report's own parts, `群众呼声：`, `记者手记：`, `据初步调查：`, end otherwise.)
 */
export const COLUMN_LABEL_ENDINGS = ["热线", "来信", "信箱", "直通车", "曝光台"] as const;
export const COLUMN_NAME_ENDINGS = ["专栏", "专题", "特刊", "专刊", "系列报道", "系列评论"] as const;
/** What a news title says was done with a column or an issue (`市图书馆开设非遗专栏`, `本报推出两会特刊`): no column's own name says so. */
export const LAUNCH_VERBS = ["开设", "开辟", "推出", "创办", "开通", "上线", "登上", "刊发", "刊出", "出版", "发行", "亮相", "举办", "编辑"] as const;
/** Words that end the title of a notice itself (…的通告, 征订启事, …名单). */
export const NOTICE_ENDINGS = ["公告", "通告", "公示", "启事", "声明", "名单", "须知", "告知书", "倡议书"] as const;
/** Verbs by which a report tells of a notice (外交部发表声明, 市政府发布公告): a title so ending reports it, it is no notice. */
export const ISSUING_VERBS = ["发表", "发布", "发出", "公布", "签署", "宣读", "提出"] as const;
/** What a paper writes to its readers on, before 致 in the letter's heading: `改版致读者`, `新年致读者`. */
export const LETTER_OCCASIONS = ["改版", "新年", "元旦", "新春", "创刊", "复刊", "休刊", "停刊", "扩版", "周年"] as const;
/** Words a notice's title may open with: 公告、通知…. */
export const NOTICE_HEADS = ["公告", "通告", "启事", "声明", "通知"] as const;
/** What an editor notes in brackets about the text itself (（全文另发）, （未完待续）, （有删节）): never anyone's name. */
export const TEXT_NOTES = ["全文", "另发", "另见", "详见", "待续", "未完", "续完", "删节", "节选", "摘编", "转载", "附图"] as const;
/** Labels of a notice's or a listing's details (`地点：…`, `时间：…`): a line so opened names no one who speaks or acts. */
export const DETAIL_LABELS = ["地点", "时间", "日期", "地址", "电话", "联系人", "联系电话", "主题", "内容", "来源", "主办", "承办", "协办", "对象", "方式", "范围", "报名", "截止", "备注", "提示"] as const;
/** Who tipped a story off or whom to call, labelling a bracketed note after its text: `（报料人：某先生，奖50元）`, `（联系电话：…）`. */
export const NOTE_LABELS = ["报料人", "报料", "爆料人", "爆料", "线索提供人", "联系人", "联系电话", "咨询电话", "投稿邮箱"] as const;
/** An editor's note heads a piece of its own, never a crosshead: `开栏语` over a column's first text. */
export const EDITORS_NOTES = ["开栏语", "开篇语", "编者按", "编者的话", "编后语", "编后", "卷首语"] as const;
/** What a column's first piece is headed, over the editors' words that open it: never a part of the story above. */
export const COLUMN_OPENERS = ["开栏的话", "开篇的话"] as const;
/** A salutation opens a speech or a letter: `同志们、朋友们：`, `尊敬的市民朋友们：`, `各位代表：`, `中国共产党某市第十六次代表大会：`. */
export const SALUTATION_OPENERS = ["尊敬的", "亲爱的", "各位"] as const;
/** Whom a speech or a letter addresses, a word each (同志们, 市民朋友们, 各位代表): people so called, never a pronoun (我们, 人们). */
export const ADDRESSEES = ["同志", "朋友", "乡亲", "同学", "女士", "先生", "老师", "同胞", "家长", "战友", "代表", "委员", "来宾", "嘉宾", "读者", "市民", "村民", "居民", "职工", "青年", "小朋友", "伙伴"] as const;
/** A body a letter of greeting addresses by its name: `中国共产党某市第十六次代表大会：`. */
export const ADDRESSED_BODIES = ["代表大会"] as const;
/** Documents a notice's title names after 的: 关于…的决定. */
export const DOCUMENT_KINDS = ["决定", "通知", "决议", "意见", "办法", "规定"] as const;

/** Labels of the people who made the page: 责任编辑、美编、校对…. */
export const EDITOR_LABELS = [
  "责任编辑", "责编", "见习编辑", "执行编辑", "图片编辑", "美术编辑", "美编", "视觉设计", "版式设计", "版面设计",
  "版式", "组版", "校对", "审校", "制图", "编辑", "值班编委", "值班总编", "值班主任", "热线值班", "终审", "二审", "一审",
  "版面编辑", "责任校对", "责任美编",
] as const;

/** Editors' labels that, in brackets after a story, credit the story itself (its signature, chart or picture), not the page: `（编辑 王某）`, `（制图：王某）`. */
export const STORY_CREDIT_LABELS = ["编辑", "制图", "图片编辑", "美术编辑", "美编"] as const;

/** News pages named for their kind of news (`地方新闻`, `国际新闻`): alone atop a page, its name, never a story's label. */
export const NEWS_PAGE_NAMES = [
  "本地新闻", "地方新闻", "综合新闻", "国内新闻", "国际新闻", "社会新闻", "体育新闻", "经济新闻", "财经新闻", "时政新闻",
  "文化新闻", "教育新闻", "法治新闻", "城市新闻", "县域新闻", "民生新闻",
] as const;

/** Names a paper gives its pages, printed in the running head (`03 要闻`, `要闻·综合`). */
export const PAGE_NAMES = [
  ...NEWS_PAGE_NAMES, "要闻", "综合", "新闻", "时政", "经济", "财经", "社会", "民生", "城事", "国内", "国际", "体育",
  "文化", "文体", "文旅", "副刊", "评论", "理论", "视点", "专题", "专版", "特别报道", "法治", "政法", "教育", "健康",
  "科技", "三农", "农村", "乡村振兴", "区县", "县区", "图片新闻", "广告", "天气", "读书", "党建", "人大", "政协",
] as const;

/** Headings that name a story by its form, a picture's (图片新闻, 图说): under one, the people named after the text took the picture. */
export const PHOTO_STORY_LABELS = ["图片新闻", "新闻图片", "图片报道", "图片故事", "图说", "图说新闻", "新闻图说", "摄影报道", "看图说话", "组图"] as const;

/** Labels of the paper's own notices printed on the page: its address, its price. */
export const MASTHEAD_LABELS = [
  "本报地址", "社址", "地址", "邮编", "邮政编码", "广告热线", "发行热线", "订阅热线", "新闻热线", "读者热线",
  "广告经营许可证", "定价", "零售价", "印刷", "国内统一连续出版物号", "国内统一刊号", "邮发代号", "投稿邮箱", "报料热线",
] as const;

/** Words that tie a passage to the one before it in time or reason (如今，…, 随后，…): no story opens on one. */
export const BACK_REFERENCES = ["如今", "后来", "随后", "此后", "起初", "为此", "对此", "与此同时", "不仅如此", "除此之外"] as const;

/** Nouns of how many or how much whose figure follows them in a sentence (志愿者人数1157人, 总产值达…): a line never ends on one before its figure. */
export const QUANTITY_NOUNS = ["人数", "数量", "总数", "总量", "人口", "面积", "产值", "产量", "总额", "金额", "规模", "营收", "收入", "增速", "比例"] as const;

/** What 该 points back at once the text has named it (该镇, 该公司, 该项目): a sentence's word; no heading, which stands alone, uses it. */
export const REFERRED_KINDS = [
  "省", "市", "州", "县", "区", "镇", "乡", "村", "街道", "社区", "小区", "公司", "企业", "集团", "厂", "局", "院", "校", "所", "中心",
  "单位", "部门", "协会", "项目", "工程", "基地", "园区", "活动", "案件", "案", "产品", "品牌", "平台", "政策", "团队",
] as const;

/** What a reporter learned, told in a report's text (记者从某公司了解到, 记者获悉). */
export const LEARNED_VERBS = ["了解到", "获悉", "得知"] as const;
/** What a reporter learned or saw (记者发现, 笔者注意到): a finding the text goes on to give. */
export const FINDING_VERBS = [...LEARNED_VERBS, "注意到", "发现", "看到"] as const;
/** What a report's text tells its reporter did or learned, after 记者 at a line's start (记者来到…, 记者了解到): a sentence's words, in no heading. */
export const REPORTER_NARRATION = [...FINDING_VERBS, "来到"] as const;

/** Determiners that point back at what the text already named (这次活动…, 此次…): text opening on one goes on from before. */
export const DEMONSTRATIVES = ["这次", "此次", "这些", "这位", "这项", "这场", "这批"] as const;

/** What a paper or a site did with an article it carried (新华网载文：, 人民日报发表评论员文章：): a kicker's frame, as a speech verb's is. */
export const PUBLISHING_VERBS = ["载文", "刊文", "发文", "撰文", "发表评论", "发表文章", "发表评论员文章", "刊发文章", "刊登文章"] as const;

/** Who speaks in an interview's transcript, before a colon (问：…, 记者：…): a line opening so is a turn of the talk, never a headline. */
export const INTERVIEW_LABELS = ["问", "答", "记者", "本报记者", "主持人", "嘉宾", "网友", "Q", "A"] as const;

/** Words that tie a sentence to the one before it (然而，…): a line opening with one and a comma is prose, never a headline. */
/** What narrative opens on, setting its scene or its source (今年以来, 据了解, 会议强调): never a headline's first words. */
export const NARRATIVE_OPENINGS = ["今年以来", "近年来", "近年", "多年来", "长期以来", "据了解", "据悉", "据介绍", "据统计", "会议强调", "会议指出", "会议要求", "会议认为", "会上"] as const;
/** Connectives that bind a sentence to the one before it, and are no other word's start (不过 opens 不过如此, 于是 于是乎). */
export const BINDING_CONNECTIVES = ["然而", "但是", "可是", "因此", "所以", "而且"] as const;
export const DISCOURSE_CONNECTIVES = [...BINDING_CONNECTIVES, "不过", "于是", "此外", "同时", "另外", "总之", "其实", "当然", "可见", "事实上"] as const;

// ── numerals, dates and glyphs ──────────────────────────────────────────────

/** Han numerals, including the zero forms 〇 and ○ that dates print. */
export const HAN_DIGITS = "〇○零一二三四五六七八九十";
/** A year, in Arabic or Han digits: 2019, 一九九六. */
export const YEAR = "(?:\\d{4}|[〇○零一二三四五六七八九]{4})";
/** A month or a day number, in Arabic or Han digits. */
export const DAY_NUMBER = "[\\d一二三四五六七八九十]{1,3}";
/** A full date: 2019年5月8日, 一九九六年一月一日. */
export const FULL_DATE = `${YEAR}年${DAY_NUMBER}月${DAY_NUMBER}日`;
/** A date of the lunar calendar, as a running head prints it under the day's date: 农历七月二十, 农历乙巳年 正月初一, 农历闰四月廿三. */
export const LUNAR_DATE = "农历\\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\\s*)?闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)";
/** A lead's date: 11月6日, 6日, 2024年3月5日, 十一月六日. */
export const LEAD_DATE = "(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日|[一二三四五六七八九十〇零]{1,3}月[一二三四五六七八九十]{1,3}日";
/** The start of a numbered item: `1.`, `2、`, `（3）`, `一、`. */
export const NUMBERED_ITEM = "(?:\\d{1,3}[.．、](?!\\d)|[（(]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)";

/** Layout glyphs that mark a picture, a crosshead or an item: decoration, not text. */
export const DECORATIVE_GLYPHS = "■□▲△▼▽◆◇●○◎☉★☆◀▶►◄※◤◥◣◢▪▫◼◾◉♦";
/** Block glyphs: layout before a line's text when a space sets them apart (`█ 某某`); run into the text, or at its end, a transcription's mark for a character it could not read (`██部长…`, `孙继█`), as □ is. */
export const BLOCK_GLYPHS = "█▌▐▍▎▉▊▋";
/** The glyphs a paper prints after an article's last sentence to end it (■, ▲): ○ is left out, since it is also a zero (一九九○). */
export const END_MARKS = "■□▲△▼▽◆◇●◎★☆◀▶►◄※";
