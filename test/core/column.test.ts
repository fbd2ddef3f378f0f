/** `columnCut`: a line the page's column, not its writer, ended. */
import { describe, expect, it } from "vitest";
import { columnCut } from "../../src/core/parse/column.ts";
import { parsePage } from "../../src/core/parse/index.ts";
import { readFileSync } from "node:fs";

const page = (...blocks: string[]) => blocks.join("\n\n");

describe("columnCut", () => {
  it("finds a common word run across the break (插上了树 / 枝、…, 吸 / 引)", () => {
    expect(columnCut("有热心市民在井盖破损处插上了树", "枝、木棍和警示锥，提醒过往行人注意安全。")).toBe("word-across");
    expect(columnCut("扫雪活动吸", "引了不少市民参加。")).toBe("word-across");
  });

  it("leaves a line whose last character makes a word with the next line's first only by chance: the words beside bind tighter", () => {
    // (清明 is a word, but 明星 binds tighter: the text opens on 明星村.)
    expect(columnCut("河流变清", "明星村有一条河，叫明星河。")).toBeNull();
    expect(columnCut("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。")).toBeNull();
  });

  it("finds a line that ends mid-phrase: on a particle, a preposition, a digit or inside a quotation", () => {
    expect(columnCut("种粮大户王某新收的", "稻谷已全部运往烘干中心。")).toBe("phrase-open");
    expect(columnCut("市民们纷纷为“最美", "志愿者”点赞。")).toBe("phrase-open");
    expect(columnCut("全村今年新修道路1", "2公里。")).toBe("phrase-open");
  });

  it("finds a head's title at the line's end whose name and words open the next line: the speaker named across the break", () => {
    expect(columnCut("福建省某某剧院党委书记、院长", "吴某华说，当晚的演出是本次巡演活动的收官之作。")).toBe("phrase-open");
    expect(columnCut("某某经济开发区管委会主任", "刘某军在致辞中表示，开发区将全力服务企业。")).toBe("phrase-open");
    // (A short heading may end on a title over text that opens on a name; text that opens on no speaker is no such cut.)
    expect(columnCut("最美村支书", "王某明说，村里的路修好了，大家出行方便多了。")).toBeNull();
    // (Nor a heading that praises someone by a trade or an office, with 的: `大山深处的好老师`, `群众信得过的好书记`.)
    for (const heading of ["大山深处的好老师", "村民身边的好医生", "群众信得过的好书记"]) expect(columnCut(heading, "王某明说，孩子们就是他的希望。"), heading).toBeNull();
    expect(columnCut("福建省某某剧院党委书记、院长", "近日，剧院新排的剧目在全省巡演。")).toBeNull();
  });

  it("finds a person named by office at the line's end over the day and what they did, no comma between: the subject above the break", () => {
    // (Read so only where the text above named that person: the parser checks, see parse-rules.)
    expect(columnCut("某某区州议员张某珊", "今日共移交拨款予27个社团公会，总额为8万7000令吉。")).toBe("subject-across");
    expect(columnCut("某某县人民政府县长王某明", "昨天上午在县城调研重点项目建设。")).toBe("subject-across");
    // (A profile's heading naming a person, over text that sets its time apart or opens on a subject of its own, is a heading;
    // the day's part is read whole, `今天上午，`, never cut short to find a verb after 今天.)
    expect(columnCut("某某区州议员张某珊", "今日，她又一次来到社区服务中心。")).toBeNull();
    expect(columnCut("某某区州议员张某珊", "近日，社区服务中心迎来了一批新的志愿者。")).toBeNull();
    expect(columnCut("我的老师李桂芳", "今天上午，我回到了阔别三十年的母校。")).toBeNull();
    expect(columnCut("访全国人大代表、某村党支部书记王建国", "昨天上午，记者来到某某村。")).toBeNull();
  });

  it("finds the cleft sentence that tells when and where someone spoke (他是于…, 她是在出席…), open at its end", () => {
    expect(columnCut("他是于3月14日在美里", "某某会馆举行的新春团拜晚宴上致词时，如此表示。")).toBe("sentence-words");
    expect(columnCut("她是在出席某某活动", "时，作出上述表示。")).not.toBeNull();
    expect(columnCut("他是村民的贴心人", "十年来，他走遍了村里的每一户人家。")).toBeNull();
    // (是在 and any phrase may head a feature: `他是在用生命守护光明`.)
    expect(columnCut("他是在用生命守护光明", "十年来，他走遍了村里的每一户人家。")).toBeNull();
  });

  it("finds an address or a speech given cut in half over what was said or when, whatever words its halves make beside it (致 / 辞说：)", () => {
    expect(columnCut("某某会馆会长许某致", "辞说：“今年恰逢会馆成立三十周年。”")).toBe("word-across");
    expect(columnCut("某某公司总经理李某发", "言时表示，公司将继续扩大投资。")).toBe("word-across");
    // (Not other verbs' halves, where a heading's last word and the text's first meet by chance: 越来越强 / 调查显示, 人大代表 / 示范.)
    expect(columnCut("国潮品牌越来越强", "调查显示，年轻人更爱国货。")).toBeNull();
    expect(columnCut("致敬人大代表", "示范引领作用明显。")).toBeNull();
  });

  it("finds a name at a line's end whose title and words open the next line: the person named across the break (…负责人黎某幸 / 教师表示，)", () => {
    expect(columnCut("长沙镇小学负责人黎某幸", "教师表示，他已自愿前往长沙群岛任教两年了。")).toBe("phrase-open");
    // (A heading ending on a title or a place, over text opening on a title and words, names no one across the break.)
    expect(columnCut("最美乡村教师", "代表说，这是我的荣幸。")).toBeNull();
    // (A paragraph opening on 记者 names the person as often: only a heading announcing an interview, 专访…, stays one.)
    expect(columnCut("记者随后采访了某镇小学负责人黎某幸", "教师表示，他已自愿前往。")).toBe("phrase-open");
    expect(columnCut("专访市人民医院院长张某华", "院长表示，医院将继续扩大服务。")).toBeNull();
    expect(columnCut("走进校园", "老师表示，孩子们很喜欢新教室。")).toBeNull();
    // (Only a name after an office or a trade: a title's last three characters meet a surname by chance, 进入高发期; nor 专家,
    // a kind of person, under anything.)
    expect(columnCut("秋季腹泻进入高发期", "医生表示，秋季腹泻多由轮状病毒引起。")).toBeNull();
    expect(columnCut("警惕高温中暑", "专家表示，高温天气要注意防暑。")).toBeNull();
    // (And 由 and an office named by its level and kind, `由市教育局`, as well as one named whole.)
    expect(columnCut("由市教育局牵头组织的", "全市中小学生运动会昨日开幕。")).not.toBeNull();
    // (Not the people of a place doing it themselves: `由乡亲们办起来的图书室`, `由市民自己办`.)
    expect(columnCut("由乡亲们办起来的图书室", "近日，某村的农家书屋正式开放。")).toBeNull();
    // (A line that closes its own 由…的 phrase runs on only over what the body's team did: `由市住建局牵头组成的联合检查组` /
    // `对全市在建工地开展…`; `由县委牵头的那些年` / `那时候，…` is a heading.)
    expect(columnCut("由市住建局牵头组成的联合检查组", "对全市在建工地开展安全检查。")).toBe("clause-open");
    expect(columnCut("由县委牵头的那些年", "那时候，村里还没有通电。")).toBeNull();
    expect(columnCut("由县委牵头的那些年", "在老书记的带领下，村里修通了路。")).toBeNull();
    // (A body named whole cuts however the line goes on: `由某某作家协会主办的全国青年` / `作家…`.)
    expect(columnCut("由某某作家协会主办的全国青年", "作家创作会议日前在京召开。")).toBe("clause-open");
    // (A sum of money, its figure on the next line: `…计划总投资` / `12亿元，…`.)
    expect(columnCut("新区医院项目计划总投资", "12亿元，预计明年建成。")).toBe("phrase-open");
    expect(columnCut("积极扩大有效投资", "近日，全市重点项目集中开工。")).toBeNull();
    expect(columnCut("积极扩大有效投资", "12个重大项目集中开工。")).toBeNull();
    // (An office by level and kind, however short its name: 民政局, 卫健委, 文明办, 县委.)
    for (const line of ["由市民政局牵头组织全市", "由区卫健委组织全区", "由市文明办牵头组织全市", "由县委组织全县党员"]) expect(columnCut(line, "养老服务机构开展上门服务，受到老人欢迎。"), line).toBe("clause-open");
  });

  it("finds the way someone went over where they came to, no one named: one sentence (沿着…的沥青路 / 来到…)", () => {
    expect(columnCut("沿着宽敞整洁的沥青路", "来到上栗县某乡某村，只见房屋整齐。")).toBe("sentence-words");
    // (A heading may follow a path, a series' or a feature's, over text that opens on where it went: only a way described
    // and named, …的沥青路, runs on, and only into 来到.)
    for (const [line, next] of [["沿着总书记的足迹", "走进梁家河，窑洞依旧。"], ["沿着黄河走", "来到兰州，黄河穿城而过。"], ["走过百年风雨", "进入新时代，这所学校焕发新活力。"]]) {
      expect(columnCut(line!, next!), line).toBeNull();
    }
  });

  it("lets a line end on a colon: a label, or what announces the text under it", () => {
    expect(columnCut("退伍军人、通讯员唐某斌：", "《某某日报》是“引路人”")).toBeNull();
  });

  it("finds text that opens on a particle that binds to what came before it (了, 的, 们)", () => {
    expect(columnCut("全市晚稻收割已经过半", "了，比去年同期快了三天。")).toBe("bound-start");
  });

  it("finds text that opens on one character and a comma under a line longer than a heading: the tail of a word the column cut (菜 / 场，)", () => {
    expect(columnCut("昨天下午5点左右记者来到了科巷菜", "场，菜场过道里凌乱地堆放着不少茄子。")).toBe("word-tail");
    // (Or a verb of saying and its comma or colon: what was said with no one saying it, the speaker on the line above.)
    expect(columnCut("区政协委员张聘", "说：“我来参会很是激动。”")).toBe("sentence-words");
    expect(columnCut("林某坚致词", "表示，法宝寺多年来深入各社区及公务机关。")).toBe("sentence-words");
    expect(columnCut("三、加强组织领导", "指导各地做好工作。")).toBeNull();
    // (Under a heading an essay may open on one character, a question on 问; a numbered item, a pronoun, a cry open text anywhere.)
    for (const [line, next] of [["金秋稻香", "秋，是收获的季节。"], ["粮食生产", "问：今年我省粮食生产情况如何？"], ["缘深", "她，知性的眼镜、弯弯的眼睛。"], ["昨天下午记者来到了菜场门口的路边", "一、坚持问题导向，推进改革。"], ["昨天下午记者来到了菜场门口的路边", "哦，原来如此。"]]) {
      expect(columnCut(line!, next!), next).toBeNull();
    }
  });

  it("finds a clause of concession or cause left open on its line (尽管…, 由于…), never a title's clause or phrases set apart", () => {
    expect(columnCut("尽管昨天宣布的预料提振", "新加坡经济，但由于外部风险依然存在。")).toBe("clause-open");
    expect(columnCut("由于连日降雨", "部分路段出现积水，交警提醒市民绕行。")).toBe("clause-open");
    // (And a connective that binds the sentence to the one before it, no comma after it: `然而他和我那位学生` / `最大的差别在于，…`.)
    expect(columnCut("然而他和我那位学生", "最大的差别在于，他过去从来没有在部落生活过。")).toBe("clause-open");
    // (And 由 opening a line of six characters or more, who acts after it: `由某某国务院侨务` / `办公室…主办的…`; not a change of state.)
    expect(columnCut("由某某国务院侨务", "办公室及某某联合会主办的联谊大会在北京举行。")).toBe("clause-open");
    expect(columnCut("由南到北看发展", "近日，记者走访了几个县市。")).toBeNull();
    // (Nor 由 and an idiom or the public, 由点及面, 由群众来打分: only a body that acts, an office, a government, a paper.)
    for (const line of ["由点及面全面铺开", "由表及里抓好整改", "由群众来打分评判"]) expect(columnCut(line, "近日，某县召开推进会，部署下一阶段工作。"), line).toBeNull();
    // (A connective opens a clause so only on a line of nine characters or more: a title may be shorter, `所以我们出发`; nor 不过
    // or 于是, the start of other words, `不过是一碗面的事`.)
    for (const line of ["所以我们出发", "然而生活仍在继续", "不过是一碗面的事情而已", "于是乎大家都来了吗"]) expect(columnCut(line, "十年前，她第一次来到这座小城。"), line).toBeNull();
    // (Not one a heading may open on, 同时 or 其实, nor a connective set apart by its comma.)
    expect(columnCut("同时推进乡村振兴", "近日，某县召开乡村振兴工作推进会。")).toBeNull();
    expect(columnCut("其实很简单", "近日，记者走访了几家养老机构。")).toBeNull();
    // 据 opens a clause naming a source: `据市公安局交警支队宣传` / `教育科民警某某介绍：…` (an idiom, 据理力争, opens none).
    expect(columnCut("据市公安局交警支队宣传", "教育科民警陈某介绍：去年全市查处醉驾五十余起。")).toBe("clause-open");
    for (const title of ["据理力争", "据守高原三十载的气象人", "据说这是全市最美的小巷", "据点旧址重焕生机"]) expect(columnCut(title, "三十年来，他扎根在高原气象站，每天按时观测、记录、发报。"), title).toBeNull();
    // (Titles open on 因为, 随着, 如果, 虽然: `因为有你`; `尽管风大 他们坚守` is two phrases; a clause closed by its comma is no cut.)
    for (const line of ["因为有你", "随着春天来", "如果没有他们", "尽管风大 他们坚守", "尽管天冷，但热情不减"]) expect(columnCut(line, "近日，某社区志愿服务队走上街头。"), line).toBeNull();
  });

  it("finds a setting of places after 在 cut inside a name (在某区某小区棚 / 户区…), never a whole place, one a localizer closes or a verb follows", () => {
    expect(columnCut("在雄关区福民小区棚", "户区回迁户王某和方某家中，随行记者了解到改造前后的变化。")).toBe("phrase-open");
    // (A setting that ends on a division, and a spot within it closed by a comma on the next line: `在某街道某社区` / `芳邻互助点，…`.)
    expect(columnCut("在北山街道丹山社区", "芳邻互助点，两家人都换上了民族服装。")).toBe("phrase-open");
    expect(columnCut("在城关镇东门村", "村史馆，老人们正在排练节目。")).toBe("phrase-open");
    for (const heading of ["在希望的田野上", "在全国政协新年茶话会上", "在渝全国人大代表列举重庆二十爱", "在北京", "在海边", "在丰台尽享初春好时光"]) {
      expect(columnCut(heading, "近日，某社区志愿服务队走上街头。"), heading).toBeNull();
    }
    // (A crosshead naming a whole place, as a roundup's parts are headed, is no cut: `在天安门广场` / `国庆当天，…`.)
    for (const [heading, next] of [["在天安门广场", "国庆当天，数万群众观看升旗仪式。"], ["在福田区莲花街道", "一处老旧小区里，居民们正忙着清理楼道。"], ["在泰山之巅", "云海翻腾，游客纷纷拍照。"], ["在某某社区", "国庆当天，居民们自发挂起国旗。"], ["在某某社区", "楼道里，志愿者正在清理杂物。"], ["在幸福社区", "走进小区，映入眼帘的是整洁的楼道。"], ["在幸福社区", "一大早，居民们就来到活动现场。"], ["在丹山社区", "记者看到，居民们正在排练节目。"], ["在丹山社区", "据了解，社区今年新建了活动室。"]]) {
      expect(columnCut(heading!, next!), heading).toBeNull();
    }
  });

  it("finds where someone comes from cut after its places (俞某清是某县某镇 / 某村六组人。), never a heading over other text", () => {
    expect(columnCut("俞某清是建湖县建阳镇", "王桥村六组人。十几年前，他包地种田。")).toBe("phrase-open");
    expect(columnCut("这里是建湖县建阳镇", "镇上的人们都在忙着秋收。")).toBeNull();
    expect(columnCut("我的家乡是建阳镇", "近日，镇上举办了丰收节。")).toBeNull();
    // (No one named before 是, or no place's rest before 人: `这里是某县某镇` / `某村人，…`, `第二故乡是某州` / `湖南人，…`.)
    expect(columnCut("这里是某县某镇", "某村人，世代务农。")).toBeNull();
    expect(columnCut("张某明是某州", "一个人，守护一座山。")).toBeNull();
  });

  it("finds a clause of purpose left open at a line's end (为确保全区广大人民群众 / 平安欢度春节，…), never 为了 or 为推动, which titles open on", () => {
    expect(columnCut("为确保全区广大人民群众", "平安欢度春节，全区的交通部门都在努力。")).toBe("clause-open");
    expect(columnCut("为进一步做好春运工作", "市交通局召开专题会议，部署工作。")).toBe("clause-open");
    for (const heading of ["为了记录光辉历程", "为推动高质量发展"]) expect(columnCut(heading, "近日，某市召开专题会议。"), heading).toBeNull();
    // (Only over the rest of its clause, a comma or a stop soon after, no time of its own: a kicker over its title, a heading over
    // its text or a notice's addressee is no such rest.)
    for (const [heading, next] of [["为进一步优化营商环境", "我市出台十条新举措"], ["为确保春运安全", "近日，市交通局召开专题会议。"], ["为做好春节期间安全工作", "各单位："]] as const) expect(columnCut(heading, next), heading).toBeNull();
  });

  it("finds what someone goes by left open at a line's end (某某、某某分别根据某县 / 近期工作实际，…), never a heading opening on it", () => {
    expect(columnCut("张某、李某分别根据柳树", "村近期工作实际，从不同角度提出了意见建议。")).toBe("clause-open");
    expect(columnCut("各单位要按照全市", "统一部署，抓好秋收秋种工作。")).toBe("clause-open");
    // (With no one acting before it, or words after its object, a line is a heading's: `按照新标准`, `根据需要调整`.)
    for (const heading of ["按照新标准", "根据群众需要调整线路", "对照标准 查找差距"]) expect(columnCut(heading, "近日，某市召开专题会议。"), heading).toBeNull();
  });

  it("finds the first half of a pair left open at a line's end (某某社区不仅小区主干道 / 十余年无人管理，而且…), never a heading saying both", () => {
    expect(columnCut("柳树村不仅村里道路", "十余年无人管理、坑洼难行，而且没有排水设施。")).toBe("clause-open");
    for (const heading of ["不仅要富口袋还要富脑袋", "不仅要富口袋 还要富脑袋", "不但种得好，更要卖得好"]) expect(columnCut(heading, "近日，某市召开专题会议。"), heading).toBeNull();
  });

  it("finds where someone lives left open at a line's end (市民秦某住在金城 / 剧院对面…), never closed by a localizer or over a time", () => {
    expect(columnCut("市民秦某住在金城", "剧院对面大众市场家属楼，早在几天前他就交了取暖费。")).toBe("phrase-open");
    expect(columnCut("家住城关镇的王大爷", "今年七十多岁了，每天早上都来公园锻炼。")).toBeNull();
    expect(columnCut("市民秦某住在金城", "今年，他家的暖气一直不热。")).toBeNull();
    expect(columnCut("他们住在村里", "每天早上都来公园锻炼。")).toBeNull();
    // (A heading may say where people live: no one named before 住在 or 家住, or a pronoun, or 的 in the place.)
    for (const heading of ["家住大山深处", "我家住在黄河岸", "居住在城市的候鸟老人", "住在江南水乡"]) expect(columnCut(heading, "小明今年12岁，每天要走两个小时山路去上学。"), heading).toBeNull();
  });

  it("finds 由 and a place or a body after it left at a line's end: who acts, the act on the next line (交流会由北京 / 航空航天大学…)", () => {
    expect(columnCut("此次交流会由北京", "航空航天大学支教队队长李某及其队员展开青春对话。")).toBe("phrase-open");
    expect(columnCut("本次培训由市人社局", "牵头，各县区人社部门配合。")).toBe("phrase-open");
    // (The act named after it ends the phrase; 理由, 自由, 缘由 are words of their own; 由 and a person or a pronoun is a slogan's.)
    // (And a person's name after 由: who hosts or acts, the act on the next line.)
    expect(columnCut("今年北市跨年晚会由侯某岑", "以及某某组合搭档，从晚上7点起至隔天凌晨1点。")).toBe("phrase-open");
    // (Not a change of state, nor 由于, nor a name over text that opens on anything else.)
    expect(columnCut("车市由冷转暖", "记者从市汽车行业协会获悉，上月新车销量回升。")).toBeNull();
    expect(columnCut("航班延误由于大雾", "以及跑道结冰，多个航班取消。")).toBeNull();
    expect(columnCut("今年北市跨年晚会由侯某岑", "近日，记者走访了几家演出公司。")).toBeNull();
    for (const line of ["冠军由北京队夺得", "说出你的理由", "追求心灵的自由", "探寻地名的缘由北京", "幸福生活由我们创造", "一切由你"]) {
      expect(columnCut(line, "近日，某社区志愿服务队走上街头。"), line).toBeNull();
    }
  });

  it("finds a setting after 在 that the next line goes on with, a venue inside it closed by a comma (在某某国际文博城 / 会展中心，…)", () => {
    expect(columnCut("在三门峡国际文博城", "会展中心，各行各业的代表齐聚一堂观看节目。")).toBe("phrase-open");
    expect(columnCut("在市民文化", "广场上，上千名群众跳起了广场舞。")).toBe("phrase-open");
    // (Over text that opens on something else, a setting is a heading's: `在天安门广场` / `国庆当天，…`; one a localizer closes too.)
    // (Nor a heading whose setting holds 中 or 的, `在为民服务中践行初心`, `在那遥远的小山村`, over text opening on its own setting,
    // `走进政务中心，…`, `村口学校，…`; nor text whose venue is named at length, `天安门广场上，…`: the sentence's own setting.)
    for (const [line, next] of [["在天安门广场", "国庆当天，数万群众观看升旗仪式。"], ["在希望的田野上", "广场上，村民们跳起了舞。"], ["在三门峡国际文博城", "各行各业的代表齐聚一堂观看节目。"], ["在为民服务中践行初心", "走进政务中心，宽敞明亮的大厅里，群众有序办理业务。"], ["在那遥远的小山村", "村口学校，是全村最漂亮的房子。"], ["在生态修复中见成效", "天安门广场上，游客络绎不绝。"], ["在基层一线", "天安门广场上，游客络绎不绝。"]]) {
      expect(columnCut(line!, next!), line).toBeNull();
    }
  });

  it("finds a sentence's own wording open at a line's end: 该 pointing back, the reporter's doings (在该镇的…种植 / 基地，…)", () => {
    expect(columnCut("在该镇的无核黄皮种植", "基地，漫山遍野的果树郁郁葱葱。")).toBe("sentence-words");
    expect(columnCut("在该镇的无核黄皮", "种植基地里，漫山遍野的果树郁郁葱葱。")).toBe("sentence-words");
    expect(columnCut("记者来到红海滩国家", "风景廊道，景区入口处游客排队测温。")).toBe("sentence-words");
    expect(columnCut("本报记者从市教育局", "获悉，今年秋季新增学位三千个。")).toBe("sentence-words");
    expect(columnCut("证券时报记者来到深交所", "大厅，上市仪式正在举行。")).toBe("sentence-words");
    // (What was learned, with no one learning it, opens no sentence: the line above named who learned it.)
    expect(columnCut("证券时报", "获悉，新规日前正式发布。")).toBe("sentence-words");
    // (An address the column cut: a place at the line's end, two more within it and a comma on the next; one place alone opens text.)
    expect(columnCut("走进源汇区老街街道", "新华街社区东安街，温馨的生活气息扑面而来。")).toBe("address-across");
    expect(columnCut("走进老街街道", "新华社区，是一个有着六十年历史的老社区。")).toBeNull();
    // (Nor where the address names again the place the line ends on: a heading over the place's full address.)
    expect(columnCut("走进余村", "安吉县天荒坪镇余村，曾经靠开矿为生。")).toBeNull();

    // (Only over a word's tail and a comma: a heading's 该 is the modal, `该省的省 该花的花`; a reporter's seeing named as a
    // thing, `记者看到的丰收景象`, heads; a deck on what reporters found stands over text that opens on its own day.)
    for (const [line, next] of [["该省的省 该花的花", "近日，记者走访了多家商场。"], ["修路的钱不该村民掏", "村口，几位老人正在晒太阳。"], ["记者看到的丰收景象", "田间，农机来回穿梭。"], ["记者发现多个小区存在类似问题", "近日，有市民反映小区消防通道被占。"], ["记者从业资格管理将更严格", "日前，有关部门发布新规。"]]) {
      expect(columnCut(line!, next!), line).toBeNull();
    }
    // (A line closed by its mark ends where it does; 应该 and 活该 point at nothing; a heading on what reporters do, `记者走进一线`, is one.)
    for (const [line, next] of [["该村获评全国文明村。", "村民们喜笑颜开。"], ["我们应该村村都有", "文化广场，方便群众活动。"], ["记者走进抗疫一线", "凌晨三点，医院里依然灯火通明。"], ["该镇的变化：", "道路宽了，房子新了。"]]) {
      expect(columnCut(line!, next!), line).toBeNull();
    }
  });

  it("finds a count and its measure word after 的 at a line's end, the noun it counts on the next (收到的40多篇 / 征文作品中，…)", () => {
    expect(columnCut("在主办方收到的40多篇", "征文作品中，有的回顾在深圳打拼成长的故事。")).toBe("phrase-open");
    // (A title may end on a count whose noun it leaves out; so may a subtitle's figures.)
    for (const line of ["国家级知识产权保护中心数量达到67家", "112件作品获奖，其中一等奖20件", "我市出台支持民营经济发展的20条"]) expect(columnCut(line, "近日，记者从有关部门获悉。"), line).toBeNull();
  });

  it("finds a noun of how many at a line's end, its figure opening the next (志愿者人数 / 1157人，…)", () => {
    expect(columnCut("社区志愿者人数", "1157人，66%的居民参与过志愿服务。")).toBe("phrase-open");
    expect(columnCut("社区志愿者人数", "逐年增长，志愿服务成为新风尚。")).toBeNull();
    // (A year is no count: a heading over text that opens on its year.)
    expect(columnCut("稳步扩大就业规模", "2024年以来，全市新增就业岗位两万个。")).toBeNull();
  });

  it("finds a date or a time run on across the break (…4月 / 2日, …下午 / 5时), never a date whole on its line", () => {
    expect(columnCut("代表团于2018年4月", "2日下午结束在当地的访问。")).toBe("phrase-open");
    expect(columnCut("记者于2019年", "5月8日来到某县。")).toBe("phrase-open");
    expect(columnCut("截至昨日下午", "5时，到救助管理站申请救助的有12人。")).toBe("phrase-open");
    expect(columnCut("活动于当天上午10时", "30分开始。")).toBe("phrase-open");
    // (A month whose next line opens on text, a day on a figure of anything but the hour: no date across. A date alone on its
    // line is a chronicle's heading over its entries: `2月` / `3日 …`, `1995年` / `3月，…`.)
    expect(columnCut("2018年4月", "全市启动春季植树活动。")).toBeNull();
    for (const [line, next] of [["2018年4月", "2日下午，代表团结束访问。"], ["2月", "3日 柳树村文化广场建成使用。"], ["1995年", "3月，公司在城东成立。"]]) expect(columnCut(line!, next!), line).toBeNull();
    expect(columnCut("活动持续到25日", "3万人次参与。")).toBeNull();
  });

  it("finds a person's title and surname left at a line's end, the given name on the next line (市委书记吴 / 某主持)", () => {
    expect(columnCut("会议由市委书记吴", "某主持，市长王某出席。")).toBe("phrase-open");
    expect(columnCut("消防口的一线记者刘", "某被称为“行走的火药桶”。")).toBe("phrase-open");
    // (A title whose last character is no common surname, or a whole word after it, ends where it may.)
    expect(columnCut("会议由副市长王", "某主持，各县区负责人参加。")).toBe("phrase-open");
    for (const line of ["致敬人民教师", "感谢市委书记", "市长杯足球赛开幕"]) expect(columnCut(line, "某某在会上发言。"), line).toBeNull();
  });

  it("finds a person's title, surname and the given name's first character at a line's end, its last over what they did (理事林明 / 俊致辞。)", () => {
    expect(columnCut("海南会馆理事林明", "俊致辞。他对各地乡亲的到来表示欢迎。")).toBe("phrase-open");
    expect(columnCut("会上，市委书记王某", "华强调，要抓好秋粮收购。")).toBe("phrase-open");
    // (A pronoun or an adverb there opens a sentence: the line may be a heading naming the person whole.)
    for (const next of ["他表示，会馆将继续服务乡亲。", "又说，会馆将继续服务乡亲。", "据介绍，林明扎根会馆二十年。"]) expect(columnCut("海南会馆理事林明", next), next).toBeNull();
  });

  it("finds a list of names cut after a surname (…于某乐、陈 / 某峰、汪某出席会议), and lets a list end on a whole item", () => {
    expect(columnCut("省委常委于某乐、陈", "某峰、汪某、赵某霞出席会议，各代表团召集人参加会议。")).toBe("phrase-open");
    for (const line of ["于某乐、陈某峰", "天更蓝、水更清", "文化、旅游、体育", "第一单元 周、秦", "全国姓氏排名：王、李、张", "春、夏", "沪、苏", "深化文化、旅"]) expect(columnCut(line, "展出了西周青铜器。"), line).toBeNull();
  });

  it("reads only the characters either side of the break, white space and characters outside the basic plane included", () => {
    expect(columnCut("有热心市民在井盖破损处插上了树          ", "   枝、木棍和警示锥，提醒过往行人注意安全。")).toBe("word-across");
    expect(columnCut("扫雪活动吸 ", "\u3000引了不少市民参加。")).toBe("word-across");
    // (𠮷 is one character of two code units: no word runs across it, and no half of it is read.)
    expect(columnCut("全市今年新增的岗位𠮷", "大多留给了返乡青年。")).toBeNull();
    expect(columnCut("全市秋收进展顺利", "𠮷野家今天开业。")).toBeNull();
  });

  it("leaves text that opens on a word of its own, though its first character may be a particle (的确, 了解)", () => {
    expect(columnCut("全市秋收进展顺利", "的确，今年晴天多，稻谷烘干快。")).toBeNull();
    expect(columnCut("全市秋收进展顺利", "了解到，全市晚稻收割已经过半。")).toBeNull();
  });

  it("finds text that opens on a particle or suffix (着, 地, 者) unless it opens a word of its own (着力, 地处)", () => {
    expect(columnCut("媒体的目光总是在不断选择", "着聚焦点。重庆，作为一座古城，积淀三千年。")).toBe("bound-start");
    expect(columnCut("两岸民间文艺工作", "者表演了少年武术、女声合唱。")).toBe("bound-start");
    // (是 opens a line only where the line above named what it is; an answer or a question opens text of its own.)
    expect(columnCut("在村任职28年的申某辉", "是一名老党员。他看到年轻人外出务工，留下许多土地。")).toBe("bound-start");
    for (const next of ["是的，老街变了样。", "是否还记得那条泥泞的小路？"]) expect(columnCut("老街新貌", next), next).toBeNull();
    // (Nor under a heading's length, nor a time or a question opening on 是: `求学之路` / `是年，…`, `…的他` / `是什么…？`.)
    expect(columnCut("求学之路", "是年，他以优异成绩考入省城的师范学校。")).toBeNull();
    expect(columnCut("一个年轻人放弃城里的工作回到了村里", "是什么让他做出这样的选择？")).toBeNull();
    expect(columnCut("市领导在审议时强调", "着力做好三篇文章，推动高质量发展。")).toBeNull();
    expect(columnCut("长甸镇：“小江南” 产业旺 旅游兴", "地处鸭绿江畔的宽甸长甸镇风景秀丽。")).toBeNull();
  });

  it("finds a longer word run across the break when its reading is clearly likelier than any with a word ending there (常委 / 会, 评 / 选)", () => {
    expect(columnCut("全会由市委常委", "会主持。会议深入学习贯彻全会精神。")).toBe("word-across");
    expect(columnCut("公众用40万选票评", "选出来的2017年度质量记忆。")).toBe("word-across");
    expect(columnCut("会上选举了第三届理事", "会成员。议定了第二年的工作。")).toBe("word-across");
  });

  it("wants the reading across the break clearly likelier, two doublings of a word's count or more, not one", () => {
    // (迎宾馆 against 迎宾 and 馆…, 用地 against 总用 and 地面: one doubling apart, as likely a heading's end by chance.
    // A heading can end on a word the text's first would lengthen; the threshold keeps it, and misses such cuts.)
    expect(columnCut("市长某某在某州迎宾", "馆会见了考察团一行。")).toBeNull();
    expect(columnCut("工程总用", "地面积2.1万余平方米。")).toBeNull();
  });

  it("leaves a heading whose words end at the break, however its last and the text's first characters might join", () => {
    expect(columnCut("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。")).toBeNull();
    expect(columnCut("村民成了义务文保员", "董家林、黄土坡村相传明代成村。")).toBeNull();
    expect(columnCut("基于居民需求建广场", "梁家园社区文化活动广场建成。")).toBeNull();
  });

  it("says nothing of an empty line", () => {
    expect(columnCut("", "正文")).toBeNull();
    expect(columnCut("标题", "  ")).toBeNull();
  });
});

describe("a line a column cut opens a paragraph (paragraph.column-cut)", () => {
  const REPORT = ["全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"];

  it("keeps a column's cut line in the article, evenly spaced as a PDF's text prints it", () => {
    const text = page(...REPORT, "种粮大户王某在田头告", "诉记者，今年晴天多，稻谷烘干快，每亩多收了一百多斤。");
    const parsed = parsePage(text);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.paragraphs.at(-1)).toBe("种粮大户王某在田头告诉记者，今年晴天多，稻谷烘干快，每亩多收了一百多斤。");
    // (The learned fragment model reads the line so too: both switched off, it heads a story.)
    expect(parsePage(text, { disabled: ["paragraph.column-cut", "paragraph.learned-cut"] }).articles).toHaveLength(2);
  });

  it("keeps a line whose word's tail, or whose open clause, the next line carries in the article: no crosshead, no title", () => {
    for (const [cut, rest] of [["昨天下午5点左右记者来到了科巷菜", "场，菜场过道里凌乱地堆放着不少茄子，摊主们正忙着收拾。"], ["尽管连日降雨", "影响了收割进度，全市秋收仍比去年同期快了三天。"]]) {
      const text = page(...REPORT, cut!, rest!);
      expect(parsePage(text).articles.map((a) => a.paragraphs.at(-1)), cut).toEqual([cut! + rest!]);
    }
  });

  it("leaves a heading over text alone when its last character and the text's first make a word only by chance", () => {
    const text = page(...REPORT, "河流变清", "明星村有一条河，叫明星河。这条河曾让村民们头疼，如今河水清了，岸也绿了。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "河流变清"]);
  });

  it("leaves a kicker over its title alone: the line under a cut line would end the paragraph before a lead", () => {
    const text = page(...REPORT, "柯城区", "长寿面暖心助老", "本报讯（通讯员 郑某）重阳节前夕，柯城区为辖区老人送上长寿面。");
    const parsed = parsePage(text);
    expect(parsed.articles).toHaveLength(2);
    expect(parsed.articles[1]!).toMatchObject({ kicker: "柯城区", title: "长寿面暖心助老" });
  });
});

describe("the common words (src/core/parse/common-words.json)", () => {
  it("are what npm run derive-words gives from the pinned jieba dictionary: knowledge of the language, not of any page", async () => {
    const { deriveCommonWords, dictionaryText } = await import("../../scripts/derive-words.ts");
    const committed = JSON.parse(readFileSync(new URL("../../src/core/parse/common-words.json", import.meta.url), "utf8"));
    expect(committed).toEqual(deriveCommonWords(dictionaryText()));
    for (const length of ["1", "2", "3", "4"]) expect([...committed.words[length]].length).toBe(Number(length) * committed.levels[length].length);
  });

  it("keeps words of one to four Han characters counted 100 times or more, levelled by how common they are, and the sum of every count", async () => {
    const { deriveCommonWords } = await import("../../scripts/derive-words.ts");
    const derived = deriveCommonWords(["树枝 759 n", "清明 318 t", "明星 2130 n", "图书馆 1551 n", "的 318825 uj", "人民代表大会 1024 nt", "AA制 3 n", "罕见 99 a", ""].join("\n"));
    expect(derived.words).toEqual({ "1": "的", "2": "明星树枝清明", "3": "图书馆", "4": "" });
    // (的: 318,825 counts, eleven doublings from 100 and more: level b.)
    expect(derived.levels).toEqual({ "1": "b", "2": "421", "3": "3", "4": "" });
    expect(derived.total).toBe(759 + 318 + 2130 + 1551 + 318825 + 1024 + 3 + 99);
  });
});

describe("a line that ends on an adverb wants its verb on the next line", () => {
  it("is cut (也, 正, 还, 已), unless the adverb's character ends a word (成就, 人才, 方便)", () => {
    expect(columnCut("全县今年新增的岗位也", "大多留给了返乡青年。")).toBe("phrase-open");
    expect(columnCut("工人们正", "加紧铺设管道。")).toBe("phrase-open");
    expect(columnCut("十年发展的成就", "近日，全县举办成就展。")).toBeNull();
    expect(columnCut("引进急需人才", "近日，县人才办公布名单。")).toBeNull();
    expect(columnCut("让群众办事更方便", "近日，县政务中心推出新举措。")).toBeNull();
  });
});

describe("under a headline's line, a line its column cut mid-word is the text's (group.cut-text-under-title)", () => {
  it("is the first paragraph's first line, never a subtitle, and the headline over it stands", () => {
    const text = page("交警画“爱心禁停区”行人：这招太妙了", "郑州火车站出入口附近的交通情况复杂，经", "常需要多名交警吹哨指挥。在这里执勤的多位交警商议后，画出了“爱心禁停区”，提醒机动车不要在这里随意停放。", "记者于昨日上午来到了火车站北出站口广场，地上画着一颗崭新硕大的“爱心”，引来无数乘客驻足观看。");
    const [a] = parsePage(text).articles;
    expect({ title: a!.title, subtitle: a!.subtitle }).toEqual({ title: "交警画“爱心禁停区”行人：这招太妙了", subtitle: null });
    expect(a!.paragraphs[0]).toBe("郑州火车站出入口附近的交通情况复杂，经常需要多名交警吹哨指挥。在这里执勤的多位交警商议后，画出了“爱心禁停区”，提醒机动车不要在这里随意停放。");
    // (The learned fragment model may read the line so too, `paragraph.learned-cut`: with both off it is the deck.)
    expect(parsePage(text, { disabled: ["group.cut-text-under-title", "paragraph.learned-cut"] }).articles[0]!.subtitle).toBe("郑州火车站出入口附近的交通情况复杂，经");
  });

  it("keeps a two-line headline over a quotation its column cut: the text's first line whatever its shape", () => {
    const text = page("上年纪的人也爱俱乐部", "“夕阳红俱乐部”让老人乐开颜", "“树上的鸟儿成双对，绿水清山带笑颜……”每到周", "末，社区老年活动室热闹非凡，30多位老人欢聚一起。");
    const [a] = parsePage(text).articles;
    // (Which of the two lines is the title, and which its kicker or subtitle, no cue says here: the lines are the headline's.)
    expect([a!.kicker, a!.title, a!.subtitle].filter((x) => x !== null)).toEqual(["上年纪的人也爱俱乐部", "“夕阳红俱乐部”让老人乐开颜"]);
    expect(a!.paragraphs[0]).toMatch(/^“树上的鸟儿成双对，绿水清山带笑颜……”每到周末，/u);
  });

  it("leaves a title whose last character the text's first repeats (…蹲门人 / 人称…): a doubled character meets so by chance", () => {
    const text = page("《某某小镇》多彩文化新说系列④", "海角“映滩红” “孝母”蹲门人", "人称“海角渔村”的蹲门，红帆岁月的“映滩红”告诉您一个催人泪下的故事。", "蹲门村三面环海，村民世代以打鱼为生，每逢渔汛，港湾里红帆点点。");
    const [a] = parsePage(text).articles;
    expect(a!.title).toBe("海角“映滩红” “孝母”蹲门人");
    expect(a!.paragraphs[0]).toMatch(/^人称/u);
  });

  it("leaves a headline's line that ends on what would leave a sentence open (——…的交往): only a word across the break cuts a headline", () => {
    const text = page("书媒是现代书业的主体力量", "——小记与某报的交往", "某报秉持知识分子精神家园的办报宗旨，记录出版业的成就。");
    expect(parsePage(text).articles[0]!.subtitle).toBe("——小记与某报的交往");
  });
});

describe("under a headline's line, a line that opens on its day and a comma is the text's (group.dated-text-under-title)", () => {
  it("is the first paragraph's first line, cut short by its column, never a subtitle", () => {
    const text = page("宣城代表团圆满完成省十三届人大五次会议各项任务", "1月20日上午，出席省十三届人大五次会议的宣城代表", "团举行会议，审议关于六项报告的决议草案。市委书记主持，市长列席。下午，宣城代表团出席了第三次全体会议，圆满完成大会各项议程。");
    const [a] = parsePage(text).articles;
    expect({ title: a!.title, subtitle: a!.subtitle }).toEqual({ title: "宣城代表团圆满完成省十三届人大五次会议各项任务", subtitle: null });
    expect(a!.paragraphs[0]).toMatch(/^1月20日上午，出席省十三届人大五次会议的宣城代表团举行会议/u);
    // (代表 / 团 runs a word across the break as well: the column's cut, group.cut-text-under-title, reads it so too, and so does
    // the learned fragment model.)
    expect(parsePage(text, { disabled: ["group.dated-text-under-title", "group.cut-text-under-title", "paragraph.learned-cut"] }).articles[0]!.subtitle).toBe("1月20日上午，出席省十三届人大五次会议的宣城代表");
  });
});

describe("text under a headline is as long as its paragraph, though a column cut its first block short", () => {
  it("lets a title in two clauses stand at the top of the page over a first block cut mid-word (地 / 铁)", () => {
    const text = page("地铁应急，别忽视乘客知情权", "冬日的早晨，上班族们纷纷钻入地", "铁，这是最便捷快速的交通工具。8点50分许，一列地铁停在了隧道中。", "“很多人都出去打车了，我该怎么办？”市民王女士说。");
    const [a] = parsePage(text).articles;
    expect(a!.title).toBe("地铁应急，别忽视乘客知情权");
    expect(a!.paragraphs[0]).toBe("冬日的早晨，上班族们纷纷钻入地铁，这是最便捷快速的交通工具。8点50分许，一列地铁停在了隧道中。");
  });
});

describe("the page's first line over its text heads it, shaped as no other title is (group.page-top-line)", () => {
  const NUMBERED = page("01版：一版", "二、某县机场建成通航", "8月19日，是一个载入某州发展史册的日子。上午10时15分，一架客机平稳降落在", "草原上，某州各族群众终于圆了飞天梦想。", "机场顺利首航，结束了某州没有民用航空的历史。");

  it("makes a numbered line at the page's top the title of the text under it: the page loses none of its text", () => {
    const parsed = parsePage(NUMBERED);
    expect(parsed.articles.map((a) => a.title)).toEqual(["二、某县机场建成通航"]);
    expect(parsed.articles[0]!.paragraphs).toHaveLength(2);
    expect(parsePage(NUMBERED, { disabled: ["group.page-top-line"] }).articles).toHaveLength(0);
  });

  it("heads no text from below a story: a numbered line inside a story is its part's heading", () => {
    const text = page("某县机场建成通航", "本报讯（记者 张某）8月19日，一架客机平稳降落在草原上，某州各族群众终于圆了飞天梦想。", "一、两条航线开通", "机场开通了飞往省城和成都的两条航线，每周往返十四个航班。");
    expect(parsePage(text).articles).toHaveLength(1);
  });

  it("heads no other first line: text carried over from another page stays unassigned (据了解，…)", () => {
    for (const first of ["据了解，今年全市共有3.2万名考生参加高考", "今年全市共有3.2万名考生，比去年增加了两千人"]) {
      expect(parsePage(page("（上接第一版）", first, "考点设在全市各中学，每个考场配备了两名监考老师，考生须提前半小时入场。")).articles, first).toHaveLength(0);
    }
  });

  it("heads no text with a sentence of its own, or a line cut mid-phrase", () => {
    expect(parsePage(page("二、机场建成通航。结束了没有民航的历史", "8月19日，是一个载入某州发展史册的日子。上午10时15分，一架客机平稳降落。")).articles).toHaveLength(0);
    expect(parsePage(page("一、凡在本市居住满一年的", "外来务工人员均可申请公租房，申请人须提供居住证明和劳动合同。")).articles).toHaveLength(0);
  });
});

describe("every line over the one picture's credit between a headline and its lead is its caption (caption.lines-over-credit)", () => {
  const text = page("某州建州60周年新闻发布会举行", "7月19日，某州建州60周年新闻发布会在省城举行。", "中央驻省媒体、省级媒体记者聚焦发布会。 （某某宝 摄）", "本报讯（记者 某某宝） 7月19日，某州建州60周年新闻发布会在省城举行。", "省新闻办公室副主任某某主持会议，州委常委介绍了庆祝活动的筹备情况。");

  it("joins them into the caption, a line each, and the text opens at the lead", () => {
    const [a] = parsePage(text).articles;
    expect(a!.photos).toEqual([{ caption: "7月19日，某州建州60周年新闻发布会在省城举行。\n中央驻省媒体、省级媒体记者聚焦发布会。", credit: "（某某宝 摄）", photographers: [{ role: null, name: "某某宝" }] }]);
    expect(a!.paragraphs).toHaveLength(2);
    expect(parsePage(text, { disabled: ["caption.lines-over-credit"] }).articles[0]!.paragraphs).toHaveLength(3);
  });

  it("joins no picture's own numbered caption to another line: each numbered line is its picture's", () => {
    const numbered = page("某州建州60周年新闻发布会举行", "图①：7月19日，某州建州60周年新闻发布会在省城举行。", "图②：中央驻省媒体、省级媒体记者聚焦发布会。 （均为某某宝 摄）", "本报讯（记者 某某宝） 7月19日，某州建州60周年新闻发布会在省城举行。", "省新闻办公室副主任某某主持会议，州委常委介绍了庆祝活动的筹备情况。");
    expect(parsePage(numbered).articles[0]!.photos.map((p) => p.caption)).not.toContain("图①：7月19日，某州建州60周年新闻发布会在省城举行。\n图②：中央驻省媒体、省级媒体记者聚焦发布会。");
  });
});
