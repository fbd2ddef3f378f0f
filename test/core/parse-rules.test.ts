/**
 * One small page per named rule: the rule fires on the line it is about, and the explanation
 * covers every non-blank line of every annotated page with a known role and rule.
 */
import { describe, expect, it } from "vitest";
import { columnCut } from "../../src/core/parse/column.ts";
import { parsePage, RULES } from "../../src/core/parse/index.ts";
import type { RuleName } from "../../src/core/parse/trace.ts";
import { canBeHeadline, canBeTitle, endsMidPhrase, isBareTitle, isColonKicker, weighTwoLines } from "../../src/core/parse/headline.ts";
import { parsePeople, splitRunTogether } from "../../src/core/parse/people.ts";
import { readGivenNameByline, readBareName, readBylineLine, readLead } from "../../src/core/parse/byline.ts";
import { FRAGMENT_THRESHOLD, fragmentScore, TITLE_CUT_THRESHOLD } from "../../src/core/parse/fragment.ts";
import { FIXTURES } from "../support/gold.ts";
import { ANNOTATED_SETS, evenlySpaced, readSet } from "../support/sets.ts";
import { join } from "node:path";
import { readFileSync } from "node:fs";

const page = (...blocks: string[]) => blocks.join("\n\n");
/** Line number of the n-th block (0-based) in a page made by `page()`. */
const at = (n: number) => 2 * n + 1;

function decisionAt(text: string, line: number, disabled: RuleName[] = []) {
  const d = parsePage(text, { explain: true, disabled }).decisions?.find((x) => x.line === line);
  if (!d) throw new Error(`no decision for line ${line}`);
  return d;
}

const BODY = "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。";
const REPORT = ["全市秋收进展顺利", BODY];

/** [rule, page, block the rule decides, role it gives] */
const CASES: Array<[string, string, number, string]> = [
  ["group.before-lead", page(...REPORT), 0, "title"],
  ["paragraph.further-dispatch", page("接收工作仍呈停顿", "〔本报长春二日电〕东北各部门接收工作，现呈停顿状态，苏军撤退亦经延缓。", "〔本报北平二日电〕东北阴云低迷，短期难望开朗，政委会定期开会。"), 2, "paragraph"],
  ["lead.opens-paragraph", page(...REPORT), 1, "byline"],
  ["group.after-complete-text", page(...REPORT, "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 2, "title"],
  ["group.under-kicker-half", page("对表对标走在前 为建设富强活力幸福美丽的", "新时代现代化强市而努力奋斗", "某市第十六次党代会开幕", "张某代表市委向大会作报告", "2月18日上午，某市第十六次党代会在市会展中心开幕。大会应到代表435名，实到421名。"), 1, "kicker"],
  ["group.page-top-title", page("朱某东调研某州市开发区（园区）建设安全生产巡视整改基层减负春耕备耕等工作", "3月3日至7日，市委书记某某深入部分县（市、区）调研，就项目建设、安全生产等工作进行调研。"), 0, "title"],
  ["group.page-top-line", page("二、某县机场建成通航", "8月19日，是一个载入某州发展史册的日子。上午10时15分，一架客机平稳降落在草原上。", "机场顺利首航，结束了某州没有民用航空的历史。"), 0, "title"],
  ["group.page-top-line", page("涉罪之后，隐形之罚：年报“定调”从业限制", "2022年，最高法发起了一项犯罪附随后果的调研，对受过刑事处罚的人从业限制进行梳理。", "犯罪附随后果的设定主体多、方式不一。"), 0, "title"],
  ["group.comma-title", page("是小贩，也是老兵", "前天，我在南区街拍照，被一摆摊人叫住，请我帮忙拍张照片，我刚说好，他立马回屋换了一身衣服。"), 0, "title"],
  // (Under a page's labels that end no sentence, over a one-sentence caption and the reporters who took it.)
  ["group.comma-title", page("A08", "迎战台风", "2019年08月12日", "有你们，城市安心", "8月11日，抢险人员正坚守在一线。", "某岛记者 张某 报道", "8月11日，受台风影响，岛城出现了强风和降雨天气，一群人一直坚守一线。"), 3, "title"],
  ["credit.reporters-under-each-caption", page("有你们，城市安心", "8月11日，抢险人员正坚守在一线。", "某岛记者 张某 报道", "8月11日，受台风影响，岛城出现了强风和降雨天气，一群人一直坚守一线，才让我们有了安全的港湾。", "8月11日，民警在现场拉起了警戒线。", "某岛记者 何某 报道"), 2, "credit"],
  ["group.bare-name", page(...REPORT, "维也纳传来的信息", "江陵", "一位朋友从维也纳来信，说起那里的音乐会，令人神往。"), 2, "title"],
  // (Names set apart by commas end the run of headline lines: the group under them is the title alone.)
  ["group.names-under-title", page(...REPORT, "市政协总工会界别履职交出答卷", "罗某，张某杰", "心系民之关切，履职脚步不停。委员们知责于心、担责于身。"), 2, "title"],
  // (Under a subtitle opened by a dash, one writer's name alone closes the group and signs the piece.)
  ["group.names-under-title", page(...REPORT, "涓滴细流汇成河", "——我与某报的故事", "徐某贵", "我与某报结缘已经有四十多个年头了。这话说起来有点长。"), 2, "title"],
  // (Officials signing an address under its title, a line each, close the group and sign it.)
  ["group.officials-under-title", page(...REPORT, "新春献词", "市委书记 傅某荣", "市长 沃某特", "岁序更替，华章日新。值此新春佳节到来之际，我们向全市人民致以新春的祝福！"), 2, "title"],
  ["byline.officials", page(...REPORT, "新春献词", "市委书记 傅某荣", "市长 沃某特", "岁序更替，华章日新。值此新春佳节到来之际，我们向全市人民致以新春的祝福！"), 4, "byline"],
  ["group.no-headline", page(BODY), 0, "byline"],
  ["group.dash-closes", page(...REPORT, "爱心洒满城乡大地", "——纪念日志愿服务活动掠影", "市区街头举行的示范活动", "志愿者在广场为群众理发", "小学生上街义务劳动", "3月5日是学雷锋纪念日，我市各县区纷纷举行志愿服务活动。"), 2, "title"],
  ["group.colon-kicker", page(...REPORT, "某某在代表团开放活动上诚邀：", "欢迎各地朋友走进某市感受山水之美 欢迎各地企业家到某市投资发展", "1月27日，代表团举行会议，继续审议政府工作报告，并面向媒体开放。"), 2, "kicker"],
  ["group.subtitle-over-picture", page(...REPORT, "旧地新景打造村里“后花园”", "某村将产业优势、交通优势与乡村生态优势相结合，在“产村融合”课题中大胆实践", "村文化广场。 本报记者 余某 摄", "初夏时节，凤凰木花开正艳。"), 2, "title"],
  ["group.comma-title", page(...REPORT, "旧地新景，打造村里“后花园”", "某村将产业优势、交通优势与乡村生态优势相结合，在“产村融合”课题中大胆实践", "村文化广场。 本报记者 余某 摄", "初夏时节，凤凰木花开正艳。"), 2, "title"],
  ["group.subtitle-over-dated-text", page(...REPORT, "市长讲述本市故事", "市长昨在市政府新闻发布会上，就全市直辖五年来所做的各项工作，接受了全球近80家媒体的联合采访", "2005年2月24日，市政府新闻办举行新闻发布会，请市长介绍五年来经济社会发展情况。"), 2, "title"],
  ["headline.long-subtitle", page("市长讲述本市故事", "市长昨在市政府新闻发布会上，就全市直辖五年来所做的各项工作，接受了全球近80家媒体的联合采访", BODY), 1, "subtitle"],
  ["group.place-kicker", page(...REPORT, "某区某镇金星村：", "垃圾堆在渠边群众呼吁整治", "4月7日下午，记者在金星村看到，村里有一个垃圾台，但垃圾却堆在渠边。"), 2, "kicker"],
  ["group.name-under-title", page(...REPORT, "期待回家", "王某", "凤凤回家了！", "这个曾经多次被体罚的小女孩同家人悄然踏上了回家之路，我们只能祝福她。"), 2, "title"],
  ["headline.kicker-column", page(...REPORT, "鹏城早茶", "期待回家", "王某", "凤凤回家了！", "这个曾经多次被体罚的小女孩同家人悄然踏上了回家之路，我们只能祝福她。"), 2, "kicker"],
  ["headline.single", page(...REPORT), 0, "title"],
  // A page code with words after it is a headline, not a page label.
  ["headline.single", page("G20 峰会在杭州开幕", "本报讯（记者 张某）二十国集团领导人第十一次峰会4日在杭州开幕。"), 0, "title"],
  ["headline.single", page("G20 峰会", "本报讯（记者 张某）二十国集团领导人第十一次峰会4日在杭州开幕。"), 0, "title"],
  ["headline.title-then-subtitle", page("文化 旅游", "融合发展迈出新步伐", "本报讯（记者 张某）今年以来，我市推动文化和旅游深度融合。"), 0, "title"],
  ["headline.three-lines", page("市长在调研时强调", "抓好秋收秋种", "确保颗粒归仓", BODY), 0, "kicker"],
  ["headline.dash-subtitle", page("毫不含糊走好区域协作之路", "——四论高质量发展", BODY), 1, "subtitle"],
  // The dash's look-alikes an extraction may give: ──, －－.
  ["headline.dash-subtitle", page("毫不含糊走好区域协作之路", "──四论高质量发展", BODY), 1, "subtitle"],
  ["headline.dash-subtitle", page("毫不含糊走好区域协作之路", "－－四论高质量发展", BODY), 1, "subtitle"],
  ["headline.kicker-cue", page("曹某在有关会议上强调", "推动政法工作再上新台阶", BODY), 0, "kicker"],
  // What a paper or a site did with the article it carried frames the title as a speech verb does.
  ["headline.kicker-cue", page("新华网载文：", "洛阳牡丹成中国“名片”", "本报讯（记者 王某）近日，新华网专栏载文，介绍洛阳牡丹。"), 0, "kicker"],
  ["headline.kicker-frames-title", page("走村入户察民情", "市人大开展专题调研", BODY), 0, "kicker"],
  ["headline.kicker-over-speaker", page("城乡处处有新景 宜居宜业新气象", "某县：筑牢城乡发展之基 绘就美好生活画卷", BODY), 0, "kicker"],
  ["headline.kicker-over-speaker", page("难忘的报社岁月", "屠某绍：绵延30年的不解之缘", BODY), 1, "title"],
  ["headline.kicker-label", page("简讯", "经济责任制使工效提高", BODY), 0, "kicker"],
  ["headline.kicker-label", page("60后", "收获满满的采访路", BODY), 0, "kicker"],
  ["headline.kicker-label", page("【奋进新征程 建功新时代】", "全市夜市经济持续升温", BODY), 0, "kicker"],
  // A page's or column's own name over a title is a label however short the title.
  ["headline.kicker-label", page(...REPORT, "图片新闻", "金秋田野美如画", "10月16日，农民在田间收割晚稻，一派丰收景象。", "本报记者 张某 摄"), 2, "kicker"],
  ["headline.kicker-repeated", page(...REPORT, "不文明行为曝光台", "光膀出行 大煞风景", "文/图 记者 张某", "天气炎热，有一小部分市民在公共场所赤膊上阵。", "不文明行为曝光台", "乱丢垃圾，不该！", "近日，记者在城区看到，一堆白色垃圾堆在商场门口。", "记者 张某 摄"), 2, "kicker"],
  ["headline.kicker-series", page("祖国颂·金秋走基层·打卡五彩河南", "黄色与绿色的交汇", BODY), 0, "kicker"],
  ["headline.kicker-series", page("《记者一线听泉声》之百泉", "泉有百孔烟波浩渺胜江南", BODY), 0, "kicker"],
  ["headline.kicker-series", page("第五站：某某镇", "转型升级 古城新生", BODY), 0, "kicker"],
  // (A title that numbers a phase, set off by a space, is no series' stop: `第二期 项目顺利开工` / its deck.)
  ["headline.subtitle-cue", page("第二期 项目顺利开工", "园区再添新动能", BODY), 0, "title"],
  ["headline.kicker-series", page("《某某日报》复刊40周年名家寄语①", "与文化同行 与时代共进", BODY), 0, "kicker"],
  ["headline.kicker-series", page("乡村振兴走基层（三）", "小山村里的新农人", BODY), 0, "kicker"],
  ["signature.second-line", page("全市秋收进展顺利", "本报讯 近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "■本报记者 张某", "通讯员 李某某"), 3, "byline"],
  ["headline.kicker-place", page("某镇花溪村：从革命老区到爱情村落", "一直“红”下去", BODY), 0, "kicker"],
  ["headline.kicker-place", page("甘肃省某西县人武部", "组织抢险救灾课目演练", BODY), 0, "kicker"],
  // A road, a park or a building in a place, closed by a colon, names where as a place does: `什邡市峨眉山路：`.
  ["group.place-kicker", page(...REPORT, "某某市峨眉山路：", "围墙年久失修 群众好担忧", "3月30日上午，记者在某某市峨眉山路48号看到，这里有一面墙的墙体已经出现了明显的开裂。"), 2, "kicker"],
  // (A sentence's words introducing a list, `市民可前往以下公园：`, name no place: the list stays the report's.)
  ["headline.kicker-over-exhortation", page("石某主持召开市政府第七次全体会议", "扎实做好各项工作 奋力推动高质量发展", BODY), 0, "kicker"],
  ["headline.kicker-scene", page("十里稻香醉金秋", "某县启动秋收机械化作业", BODY), 0, "kicker"],
  ["headline.kicker-figures", page("3:1", "主队主场逆转客队", "本报记者 张某", "昨晚，主队在主场以3:1逆转客队，取得联赛三连胜。"), 0, "kicker"],
  ["headline.kicker-figures", page("2002.5.18→2020.5.18", "满怀感恩 十八岁 满怀憧憬", "本报评论员 姬某阳", "18年前的今天，这份报纸创刊了。18年来，我们和读者一起经历了许多难忘的时刻。"), 0, "kicker"],
  ["headline.kicker-occasion", page("庆祝第二十五个中国记者节", "初心不改 逐梦前行", BODY), 0, "kicker"],
  ["headline.kicker-question", page("您还记得老小区的样子吗？", "老旧小区改造“改”出幸福新生活", BODY), 0, "kicker"],
  ["caption.over-byline", page("见证融合力量 感受乡村变化", "嘉宾在朝门院子参观。", "□本报记者 龙某帆 文/图", "金秋九月，秋高气爽，大地处处洋溢着丰收的喜悦。", "9月10日，参加座谈会的嘉宾组成采风团，来到报社融媒体中心参观。"), 1, "caption"],
  ["credit.after-told-text", page("公园晨练 树木成了“健身器”", "本报记者 杨某", "昨日，记者联系到了市民王先生，他说早上在公园看到有人把小树当健身器。", "公园管理处负责人程先生告诉记者，经过不断治理和宣传，不文明现象已经少了很多。", "网友供图"), 4, "credit"],
  ["headline.subtitle-cue", page("习近平会见代表", "蔡奇李希参加会见", BODY), 1, "subtitle"],
  ["headline.title-then-subtitle", page("秋天的约会", "一位老人的菜园", BODY), 1, "subtitle"],
  ["byline.own-line", page("全市秋收进展顺利", "本报记者 张某", "近日，全市各地抢抓晴好天气收割晚稻。"), 1, "byline"],
  ["signature.bare-name", page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。", "各地还组织农机手跨区作业，确保应收尽收。", "叶某光", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 3, "byline"],
  // Two characters sign only after a layout glyph (two alone are as often a column's label).
  ["signature.bare-name", page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。", "各地还组织农机手跨区作业，确保应收尽收。", "■张明", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 3, "byline"],
  ["caption.lines-over-credit", page("某州建州60周年新闻发布会举行", "7月19日，某州建州60周年新闻发布会在省城举行。", "中央驻省媒体、省级媒体记者聚焦发布会。 （某某宝 摄）", "本报讯（记者 某某宝） 7月19日，某州建州60周年新闻发布会在省城举行。", "省新闻办公室副主任某某主持会议，州委常委介绍了庆祝活动的筹备情况。"), 1, "caption"],
  ["byline.after-points", page("看电视怎么这么费劲", "记者调查智能电视使用“套路”", "● 智能电视机增加了观看节目的可选择范围，但在使用过程中存在不少问题", "● 网络电视付费收看的情况十分普遍，一些消费者也愿意为心仪的节目付费", "□ 本报记者 张某", "今年春节期间，儿子送来一台超大屏液晶智能电视机，老人却吐槽不断。"), 4, "byline"],
  ["signature.after-text", page("敢于担当", "担当是干部的本分，也是干部的责任。", "（执笔：吴某、王某）"), 2, "byline"],
  ["paragraph.first", page("敢于担当", "担当是干部的本分，也是干部的责任。"), 1, "paragraph"],
  ["paragraph.after-sentence-end", page(...REPORT, "各地还组织农机手跨区作业，确保应收尽收。"), 2, "paragraph"],
  ["story.comma-title-weighed", page("全市晚稻收割过半", "本报讯（记者 王某）连日来，全市各地抢抓晴好天气收割晚稻，田间一派繁忙，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒，预计月底前全部完成。", "报纸，我的贴心朋友", "人的一生，总会有一些朋友，相互倾诉、宽慰，而这份报纸就是我每天见面的知心朋友，二十年来从未间断。"), 3, "title"],
  ["lead.titled-report", page("商界预期防疫松绑有助经济复苏", "《某某早报》中文版3月25日报道：某地商界对政府大幅松绑防疫措施表示欢迎。", "经济师则期待经济更强劲和广泛的复苏。"), 1, "byline"],
  ["paragraph.field-run", page("花坛现“血手”老太大喊杀人了", "报料人：于先生", "报料时间：昨天下午", "报料内容：一老太经过花坛边，发现一只“血淋淋”的手。"), 1, "paragraph"],
  ["continuation.quote-attribution", page("全市夜市经济持续升温", "本报记者 陈某", "近日，记者走访了全市多个夜市。“生意比去年好多了，我们都很高兴。”", "摊主王大姐笑着说。今年夜市客流大增。"), 3, "continuation"],
  ["caption.set-credit", page("橘子洲400余树梅花开了", "橘子洲梅园内梅花盛开。均为通讯员 王某 摄", "空中俯瞰美景。", "游客在与梅花合影。", "长沙晚报讯（全媒体记者 洪某）时值正月，橘子洲上的梅花争相盛开。"), 2, "caption"],
  ["lead.label-over-reporters", page("状元坊1小时捉了15名小偷", "时报讯", "（记者刘某） 昨天下午3时许，越秀区某街保安员抓获了15名怀疑是集团性的未成年小偷。", "据介绍，这些人的年龄一般在12至15岁之间。"), 2, "byline"],
  ["credit.before-caption-same-line", page("某区：抢抓农时做好田管", "（李某时 摄）2月3日是立春，各地农民抢抓农时翻整田地，积极开展春耕生产。"), 1, "credit"],
  ["continuation.column-break", page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收", "割晚稻，秋收工作进展顺利。"), 2, "continuation"],
  // A label without an end mark over text that opens on its date: the column cut nothing there.
  // (A common word runs across the break: 树 / 枝.)
  ["paragraph.column-cut", page("井盖破损 树枝“站岗”", "本报讯（记者 刘某）4月20日，建设北路公交车站附近路段，人行道上两块井盖破损。", "有热心市民在井盖破损处插上了树", "枝、木棍和警示锥，提醒过往行人注意安全。"), 2, "paragraph"],
  // (The next line opens on a particle: 了 never opens one.)
  ["paragraph.column-cut", page("全市秋收进展顺利", BODY, "全市晚稻收割已经过半", "了，比去年同期快了三天。"), 2, "paragraph"],
  // (No hand rule reads 就此事 / 采访了 as a cut; the learned fragment model does.)
  ["paragraph.learned-cut", page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", "记者就此事", "采访了柳树村村委会。村委会负责人表示，将尽快组织人员清理。"), 2, "paragraph"],
  ["paragraph.narrative-line", page("书画展在市美术馆开幕", "本报讯（记者 张某）昨日，庆祝中华人民共和国成立75周年书画展在市美术馆开幕，展出作品百余幅。", "国庆节期间，由某市政协主办，某市诗书画院、市文联", "承办的摄影展在江阳区开幕，展出作品七十幅，吸引了大批市民前来观展。"), 2, "paragraph"],
  ["group.dated-text-under-title", page("宣城代表团圆满完成省十三届人大五次会议各项任务", "1月20日上午，出席省十三届人大五次会议的宣城代表", "团举行会议，审议关于六项报告的决议草案。市委书记主持，市长列席。下午，宣城代表团出席了第三次全体会议。"), 1, "paragraph"],
  ["group.cut-text-under-title", page("交警画“爱心禁停区”行人：这招太妙了", "郑州火车站出入口附近的交通情况复杂，经", "常需要多名交警吹哨指挥。在这里执勤的多位交警商议后，画出了“爱心禁停区”，提醒机动车不要在这里随意停放。", "记者于昨日上午来到了火车站北出站口广场，地上画着一颗崭新硕大的“爱心”，引来无数乘客驻足观看。"), 1, "paragraph"],
  ["paragraph.opens-on-when", page("婺城社区新年绚烂开篇", "今年春节，婺城各个社区都举办了丰富多彩的活动，新的一年就在快乐的氛围中开场。", "四牌楼社区：举办拔河比赛，增进居民感情", "2月25日，城中街道四牌楼社区组织了一场拔河比赛，10家单位组成12支队伍参赛。"), 3, "paragraph"],
  // (A column may cut a number: `持续至1` / `2月，…` goes on; so do a clause cut at its comma and a phrase that wants the date.)
  ["continuation.column-break", page("阅读季启幕", "本报讯（记者 张某）昨天，全民阅读季在首都图书馆启幕。阅读季将持续至1", "2月，全市计划开展各类阅读活动3万余场。"), 2, "continuation"],
  ["continuation.column-break", page("夏粮收购进展顺利", "本报讯（记者 张某）今年全市夏粮喜获丰收，各收储企业敞开收购，", "目前，全市已累计收购小麦12万吨。"), 2, "continuation"],
  ["continuation.column-break", page("夏粮收购进展顺利", "本报讯（记者 张某）今年全市夏粮喜获丰收，全市已累计收购小麦12万吨，截至", "6月8日，收购进度已过半。"), 2, "continuation"],
  ["continuation.column-break", page("新规实施", "本报讯（记者 张某）记者从市交通局获悉，新修订的停车管理办法从今年", "6月1日，起正式施行。"), 2, "continuation"],
  // (After a dash, a quoted name with text after it on the line goes on; a quotation of its own starts a paragraph.)
  ["continuation.column-break", page("全市秋收进展顺利", "本报讯（记者 张某）文章刊发后，却配用了锅炉最初所属战舰——", "“永绩舰”的照片。编辑调阅了大量资料。"), 2, "continuation"],
  ["paragraph.dialogue", page("全市秋收进展顺利", "本报讯（记者 张某）大会上，主席郑重宣示——", "“在新征程上作出无负时代的新业绩。”"), 2, "paragraph"],
  ["paragraph.attribution", page("市民建言城市建设", "本报讯（记者 张某）近日，本报邀请市民为城市建设建言。", "这个城市的绿太少了，树木种类少，夏天很难见到树荫。", "——市区老人 刘某书", "我觉得公共设施很需要改进，公交站头要建挡雨棚。"), 3, "paragraph"],
  ["paragraph.leads-on", page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市评选活动揭晓。活动现场揭晓了评选结果。", "本次活动有两大亮点——", "亮点一是活动进行了全程实时直播，让更多市民足不出户参与活动。"), 2, "paragraph"],
  ["paragraph.interview-turn", page("全市夜市经济持续升温", "本报记者 张某", "近日，记者专访了市商务局负责人。", "记者：今年有什么困难吗？", "李某：资金和人才。"), 3, "paragraph"],
  // The speaker's answer under the question, even one that could be a quoted title.
  ["paragraph.interview-turn", page("全市夜市经济持续升温", "本报记者 张某", "近日，记者专访了市商务局负责人。", "问：目标能完成吗？", "李某：没问题！", "问：还有什么打算？", "李某：再办两场展销会。"), 4, "paragraph"],
  ["crosshead.numbered", page("全市夜市经济持续升温", "本报记者 张某", "近日，记者走访了全市多个夜市，看到一派热闹景象。", "一、规划先行", "据了解，今年以来全市新增夜市街区12个，带动就业3000余人。"), 3, "crosshead"],
  // (A part's number alone on its line heads the part: the text under it opens a paragraph, never goes on from the numeral.)
  ["crosshead.numbered", page("沧桑巨变中的本地报业", "今天如此，一百多年前亦如是。", "二", "让我们把时间往回迁移，回到十九世纪末二十世纪初，彼时的中国风云激荡。"), 2, "crosshead"],
  ["paragraph.numbered-item", page("关于停水的通知", "因管网维修，停水安排如下：", "1.城东片区停水一天。", "2.城西片区停水半天。"), 2, "paragraph"],
  ["paragraph.parenthetical", page("关于停水的通知", "因管网维修，城东片区停水一天", "（市自来水公司）"), 2, "paragraph"],
  ["paragraph.sign-off-date", page("关于停水的通知", "因管网维修，城东片区停水一天。特此通知。", "某市自来水公司", "2019年5月8日"), 3, "paragraph"],
  ["paragraph.dialogue", page("“特困专线”不休息", "本报记者 蔡某", "春节期间，热线电话响个不停。", "“我是下岗工人，我们今年过了个开心的大年……”", "专线的宗旨是有困难找工会。"), 3, "paragraph"],
  ["crosshead.marked", page(...REPORT, "■ 农机跨区作业", "各地还组织农机手跨区作业，确保应收尽收。"), 2, "crosshead"],
  ["crosshead.shared-vocabulary", page(...REPORT, "晚稻收割过半", "截至目前，全市晚稻收割已过半，秋收工作进展顺利。"), 2, "crosshead"],
  ["credit.own-line", page("金色田野", "农民在田间收割晚稻。", "本报记者 张某 摄"), 2, "credit"],
  ["caption.credit-same-line", page(...REPORT, "农民在田间收割晚稻。 本报记者 李某 摄"), 2, "caption"],
  ["caption.before-credit", page(...REPORT, "农民在田间收割晚稻。", "本报记者 李某 摄"), 2, "caption"],
  ["caption.photo-story", page("金色田野", "农民在田间收割晚稻。", "本报记者 张某 摄"), 1, "caption"],
  ["furniture.running-head", page("2023年11月7日 星期二", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("第A07版：本市·社区", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("A3 要闻 2024.03.05", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("2024.03.05 A3 要闻", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("要闻 A03", ...REPORT), 0, "furniture"],
  ["headline.single", page("体育 F1", "本报讯（记者 张某）一级方程式赛车中国大奖赛昨日在上海国际赛车场落幕。"), 0, "title"],
  // (Its 版 left off: `第A02：版面二`.)
  ["furniture.running-head", page("第A02：版面二", ...REPORT), 0, "furniture"],
  // (A date spaced out by the extraction, and the page's name alone above everything else, are the running head's too.)
  ["furniture.running-head", page("2019年 9月 5日 星期四", ...REPORT), 0, "furniture"],
  // (An e-paper's header: the paper's name in title marks, the day and the page in brackets.)
  ["furniture.running-head", page("《某某市场报》（2022年08月25日 A1版）", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("《某某日报》（2024年03月05日 05版）", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("15", "综合", ...REPORT), 1, "furniture"],
  // (Alone at the page's top a page's name may be its first story's column label: a kicker.)
  ["headline.kicker-label", page("评论", "敢于担当", "担当是干部的本分，也是干部的责任。有多大担当才能干多大事业，尽多大责任才会有多大成就。"), 0, "kicker"],
  ["furniture.running-head", page("第3024期：第01版 本期出版日期：2022-02-14", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("第RB01版：要 闻", ...REPORT), 0, "furniture"],
  // The day and the page on one line.
  ["furniture.running-head", page("2024年10月10日 第03版", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("A3", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("03 要闻", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page(...REPORT, "要闻·综合", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 2, "furniture"],
  ["furniture.running-head", page("今日8版", ...REPORT), 0, "furniture"],
  // A front page's masthead above everything else: the paper's name, its name in Latin capitals, its web address.
  ["furniture.running-head", page("农民日报", "FARMERS' DAILY", "中国农业新闻网：www.farmer.com.cn", ...REPORT), 1, "furniture"],
  ["furniture.running-head", page("农民日报", "FARMERS' DAILY", "中国农业新闻网：www.farmer.com.cn", ...REPORT), 2, "furniture"],
  // (A headline ending in 报 opening the page is no paper's name.)
  ["group.before-lead", page("三秋生产传捷报", BODY), 0, "title"],
  ["headline.single", page("天气预报", "今天白天多云转晴，最高气温26℃，最低气温15℃。", "明天晴，气温回升，适宜户外活动。"), 0, "title"],
  ["furniture.running-head", page("株洲日报 2024年3月5日", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("某某日报创刊45周年特刊1980-2025", ...REPORT), 0, "furniture"],
  // A page number, a dotted date or a weekday alone at the top of the page; a page number alone at its foot.
  ["furniture.running-head", page("02", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("2024.3.5", "星期二", ...REPORT), 1, "furniture"],
  ["furniture.running-head", page(...REPORT, "B12"), 2, "furniture"],
  ["furniture.address", page(...REPORT, "广告", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 2, "furniture"],
  ["furniture.jump-line", page(...REPORT, "更多精彩内容请扫描二维码"), 2, "furniture"],
  ["furniture.editor-line", page(...REPORT, "版面编辑：李某"), 2, "furniture"],
  // A date alone above everything else is the running head's; after a notice's text it is its sign-off.
  ["furniture.running-head", page("2024年3月5日", ...REPORT), 0, "furniture"],
  ["furniture.jump-line", page(...REPORT, "扫码看视频"), 2, "furniture"],
  ["furniture.address", page(...REPORT, "邮发代号：41-1"), 2, "furniture"],
  ["furniture.editor-line", page(...REPORT, "值班编委：张某"), 2, "furniture"],
  // Who proofread or laid out the page, by the labels a paper's foot prints them under.
  ["furniture.editor-line", page(...REPORT, "责任校对：王某"), 2, "furniture"],
  ["furniture.editor-line", page("责任美编：王某 版式：李某", ...REPORT), 0, "furniture"],
  ["furniture.editor-line", page(...REPORT, "本版编辑 张某 校对 李某"), 2, "furniture"],
  // (A web copy's editor line in brackets: furniture too; `（编辑 王某）` under a story signs it.)
  ["furniture.editor-line", page(...REPORT, "（责任编辑：王某）"), 2, "furniture"],
  ["furniture.editor-line", page("（责任编辑：王某）", ...REPORT), 0, "furniture"],
  ["furniture.address", page(...REPORT, "本报地址：某市某路1号 邮编：412000"), 2, "furniture"],
  // The masthead's who-publishes line: its registration number anywhere on it, not only after a label that opens the line.
  ["furniture.address", page("中共某某州委员会主管主办 某某日报社出版 国内统一刊号：CN65-0010", ...REPORT), 0, "furniture"],
  ["furniture.address", page("某某日报社出版 CN 43-0012", ...REPORT), 0, "furniture"],
  ["furniture.jump-line", page(...REPORT, "（下转第二版）"), 2, "furniture"],
  ["furniture.running-head", page("e13版：缘分", ...REPORT), 0, "furniture"],
  ["furniture.running-head", page("003版：流行语", ...REPORT), 0, "furniture"],
  ["unassigned.before-first-headline", page("（上接第一版）工作会议还对下一步工作作出部署。", ...REPORT), 0, "unassigned"],
  ["unassigned.no-article", page("新华社记者 李某 摄"), 0, "unassigned"],
  ["group.dash-subtitle", page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚", "图书馆延长开放时间", "——方便读者夜读", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"), 2, "title"],
  ["byline.bare-name", page("维也纳传来的信息", "江陵", "维也纳传来的信息，令人振奋，也令人深思，值得我们每一个人认真思考。"), 1, "byline"],
  ["signature.second-kept-as-paragraph", page(...REPORT, "（执笔：王某）", "（执笔：李某）"), 3, "paragraph"],
  ["crosshead.two-lines", page("某区持续推进文明城市创建", "本报记者 孙某", "为巩固文明城市创建成果，某区持续开展小区环境整治，居民生活环境不断改善。", "文明和谐成为家门口", "最好的风景", "道路变宽了、环境变美了，小区环境整治让居民生活更加舒心，文明创建成果惠及千家万户。"), 4, "crosshead"],
  ["crosshead.parallel", page("小山村里的新农人", "本报记者 李某", "初冬时节，返乡青年王某正在大棚里查看西红柿的长势。", "返乡创业", "2018年，在外打拼多年的王某回到家乡，承包土地种植大棚蔬菜。", "科技助力", "为了种好菜，他请来专家现场指导，还引进了智能温控系统。"), 5, "crosshead"],
  // A determiner that points back (这次活动…) goes on from before as much as 如今，… does.
  ["dialogue.attributed", page("全市夜市经济持续升温", "本报记者 陈某", "近日，记者走访了全市多个夜市，看到一派热闹景象。", "“生意比去年好多了！”", "摊主王大姐笑着说。"), 3, "paragraph"],
  ["dialogue.continues", page("农村公路通到家门口", "本报记者 陈某", "“快来看，新房子！”", "“真漂亮啊！”", "村民们围在新建的安置房前，脸上洋溢着笑容。"), 3, "paragraph"],
  ["paragraph.notice-detail", page("招聘启事", "因工作需要，我单位现面向社会公开招聘工作人员5名。", "联系人：张某", "联系电话：0731-1234567", "某某市人力资源服务中心", "2024年3月5日"), 3, "paragraph"],
  ["paragraph.sign-off-name", page("关于开展消防安全检查的通知", "各有关单位：", "为切实做好冬季消防安全工作，决定在全市开展消防安全大检查。", "市消防救援支队", "图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点。"), 3, "paragraph"],
  ["credit.names-under-picture", page("图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点，方便读者借阅。", "金秋田野美如画", "连日来，我市各地抢抓晴好天气收割晚稻。图为10月16日，农民在田间收割晚稻。", "本报记者 张某"), 4, "credit"],
  ["crosshead.opening", page("雨润花娇 城市如诗", "于某", "月季盛会", "4月28日，第十三届月季花会在众人的期盼中盛大开幕，中外嘉宾齐聚一堂。"), 2, "crosshead"],
  ["crosshead.heading-pair", page("健康中原行走进巩义", "本报记者 常某", "2月3日，健康中原行志愿服务活动走进巩义，群众迎来了别样的健康年货。", "科普入心提素养", "健康理念成新春年货", "当晚，巩义市人民医院的医务人员登台，把健康科普知识送到群众身边。"), 3, "crosshead"],
  ["crosshead.after-intro", page("盘点江南故事 记录醉美江南", "金秋十月，邕江南岸正是一派好风光。远眺山水，关于江南的故事也在娓娓道来，南宁的采风活动正式启动。", "先有亭子渡后有南宁城", "在南宁，流传着“先有亭子渡，后有南宁城”的说法。亭子渡位于江南，在城市的历史长河中占据了重要的一席之地。"), 2, "crosshead"],
  ["lead.brand-after-byline", page("月季花会赏花地图", "全媒体记者 杨某梅", "龙腾南阳讯 南阳月季，千姿百态，四时常开，作为市花，在公园、街道随处可见。"), 2, "byline"],
  ["credit.maker-under-caption", page("擎气象之笔 赋能经济社会高质量发展", "党的十八大以来，我国大力推进气象现代化建设，气象服务日益适应新时代需要。", "气象业务人员爬上风塔清理观测设备上的积雪。", "图/文 肖某", "防雷技术人员在大桥进行防雷安全检测。", "图/文 刘某"), 3, "credit"],
  ["credit.reporters-under-caption", page("撒盐机上路！交通部门开启扫雪模式", "2月7日全市开始降雪，凌晨六时许，公路管理站的撒盐机开始上路工作。", "本报记者 冯某", "图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点。"), 2, "credit"],
  ["credit.photo-heading", page("图片新闻", "3月24日，市民在湖畔公园赏花踏青，感受春日美景。", "本报记者 张某"), 2, "credit"],
  ["credit.second-line", page("图片新闻", "3月24日，市民在湖畔公园赏花踏青，感受春日美景。", "本报记者 张某", "本报通讯员 李某"), 3, "credit"],
  ["continuation.clause-over-byline", page("中国旅游日", "本报讯 今年的中国旅游日，各地推出了丰富多彩的惠民措施。今天让我们一起看一看那些曾经举办过主会场活", "动的地方，有着怎样的精彩吧！", "畅游神州大地", "本报记者 杨某", "十月一日，北京南站人山人海，游客排起长队。"), 2, "continuation"],
  ["paragraph.list-item", page("人事任免", "本报讯 市人大常委会日前决定：", "张某为市财政局局长", "李某为市教育局局长", "王某为市交通局局长"), 2, "paragraph"],
  ["paragraph.after-caption", page(...REPORT, "农民在田间收割稻谷。 本报记者 李某 摄", "另据了解，全市秋粮收购工作也已同步启动，各收购点运转正常。"), 3, "paragraph"],
  ["crosshead.clauses", page("读者节昨日举行", "本报讯（记者 张某）昨日，第三届读者节在市文化广场举行，数千名读者参加。", "文艺演出，演绎精彩时刻", "祥狮舞瑞，拉开了读者节现场活动的大幕，也点燃了现场读者的激情。"), 2, "crosshead"],
  // (Narrative clauses a column cut are no heading: an adverbial opening, an aspect particle, a clause longer than a heading's.)
  ["continuation.column-break", page("秋收时节玉米黄", "本报讯（记者 张某）秋分将至，各地玉米陆续进入收获期。", "在商河县一处晾晒场，村民将刚收下的玉米", "摊开晾晒，一片金黄。"), 3, "continuation"],
  ["continuation.column-break", page("万某会见台湾客人", "本报讯（记者 张某）全国政协副主席万某昨天在京会见了台湾客人。", "会见中，万某向客人介绍了", "祖国大陆改革开放和社会主义现代化建设的最新情况。"), 3, "continuation"],
  ["continuation.column-break", page("新区累计引进产业项目超千个", "本报讯（记者 张某）新区累计引进产业项目超过千个。", "今年前三季度，新区规模以上工业增加值同比增长", "9.6%，高新技术企业数量达到1200余家。"), 3, "continuation"],
  ["byline.after-pictures", page("沃野千里喜丰收", "丰收乐开怀。 李某 摄", "颗粒归仓。 王某 摄", "冯某娜", "金秋时节，我州处处洋溢着丰收的喜悦。连日来，各县纷纷进入秋收时段，田野上一派繁忙。"), 3, "byline"],
  ["crosshead.shape", page("关于停水的通告", "因管网维修，明日全市停水一天，请市民做好储水准备。", "市水业集团有限公司", "2023年11月7日"), 2, "crosshead"],
  ["group.clauses-over-byline", page("超1.8亿关注！全媒体采访团见证湖南，“湘”当火热", "某某女报/某网记者 郭某 李某", "10月28日至11月1日，湖南迎来了一批超人气全媒体采访团。"), 0, "title"],
  ["crosshead.named-in-text", page("来，一起开启某城“追叶之旅”！", "天气由暖转寒，某城的银杏树迎来了一年中最美的时刻。", "提起银杏，某城人常会想起九华中路上的老朋友。", "若想寻觅更多惊喜，不妨开启一场浪漫的“追叶之旅”。", "长江南路", "长江南路金鹰世界中心路段的银杏树与现代化建筑相映成趣。"), 4, "crosshead"],
  ["byline.given-name", page("某某学校举行新教学楼落成剪彩仪式", "记者：嘉某", "（金边讯）某某省某某市某某学校两座新教学楼正式落成，并于15日举行剪彩仪式。"), 1, "byline"],
  ["crosshead.clauses-over-dated-text", page("老师们在长沙“播种知识”", "（本报讯）过去期间，本着“一切为了亲爱的学生”精神，某省教师们前往长沙岛各学校任教。", "克服困难，“播种知识”", "近年来，某省长沙岛县始终在大长沙岛和西礁东岛维持着教学活动，教师们克服困难坚持上课。"), 2, "crosshead"],
  ["caption.arrowed-run", page("华人社协扮鬼扮马筹款", "【某报专讯】华人社区协会昨日举办万圣节化妆筹款餐舞会，一众市议员及社区人士均以别出心裁的打扮出现。", "▲这名宾客的造型可算是极具惊吓性。", "▲市长某某（左）与护士打扮的市议员（中）合照。", "（陈某茵摄）"), 2, "caption"],
  ["caption.arrowed", page("《某某》特种邮票正式发行", "▲ 市民现场欣赏《某某》特种邮票", "□ 记者 石某嫣 摄影 吴某", "本报讯 中国邮政于1月5日正式发行《某某》特种邮票，即马年生肖邮票。"), 1, "caption"],
  ["caption.over-credit-under-title", page("“房车”扰乱居民生活", "“房车”让附近的居民苦不堪言", "新报记者王某摄", "新报讯（记者 王某）一辆破旧汽车停在停车场里，白天当水果批发站，晚上又成了住处。"), 1, "caption"],
  ["caption.uncredited-after-text", page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "他是于昨晚在会馆举行的新春团拜晚宴上致词时，如此表示。", "张某明（左2）移交拨款支票予某某公会会长李某华时摄。"), 3, "caption"],
];

describe("each named rule, on a page of its own", () => {
  for (const [rule, text, block, role] of CASES) {
    it(`${rule}: line ${at(block)} is a ${role}`, () => {
      const d = decisionAt(text, at(block));
      expect(RULES).toHaveProperty(rule);
      expect({ role: d.role, rule: d.opens === rule ? rule : d.rule }).toEqual({ role, rule });
    });
  }

  it("every rule in RULES has a test in this file", () => {
    const here = readFileSync(new URL(import.meta.url), "utf8");
    expect(Object.keys(RULES).filter((rule) => !here.includes(`"${rule}"`))).toEqual([]);
  });

  it("every optional rule can be switched off, and then does not fire", () => {
    for (const [rule, text, block] of CASES) {
      if (!(RULES as Record<string, { optional: boolean }>)[rule]?.optional) continue;
      const off = parsePage(text, { explain: true, disabled: [rule] }).decisions ?? [];
      expect(off.some((d) => d.rule === rule || d.opens === rule), rule).toBe(false);
    }
  });
});

describe("two-line headlines are weighed, and the weights are shown", () => {
  it("a place's office alone over what it did is a kicker; a line that reports setting one up states the news itself", () => {
    expect(weighTwoLines("甘肃省某西县人武部", "组织抢险救灾课目演练").some((e) => e.feature === "headline.kicker-place")).toBe(true);
    for (const [a, b] of [["某县建成养老服务中心", "百余老人就近享受照护"], ["某市组建文旅集团", "整合全市文旅资源"], ["全市新增一家上市公司", "募资逾十亿元"]]) {
      expect(weighTwoLines(a!, b!).some((e) => e.feature === "headline.kicker-place"), a).toBe(false);
    }
  });

  it("a first line closing on 的 modifies the next and frames it, unless 是 makes it a sentence of its own", () => {
    expect(weighTwoLines("参加法国总统竞选的", "最小华裔“小选民”").some((e) => e.feature === "headline.kicker-cue")).toBe(true);
    expect(parsePage(page("参加某国总统竞选的", "最小华裔“小选民”", BODY)).articles[0]).toMatchObject({ kicker: "参加某国总统竞选的", title: "最小华裔“小选民”" });
    expect(weighTwoLines("幸福都是奋斗出来的", "某某村十年巨变").some((e) => e.feature === "headline.kicker-cue")).toBe(false);
  });

  it("a line an arrow opens between a headline and its byline is a picture's caption, never the subtitle (caption.arrowed)", () => {
    const text = page("《某某》特种邮票正式发行", "▲ 市民现场欣赏《某某》特种邮票", "□ 记者 石某嫣 摄影 吴某", "本报讯 中国邮政于1月5日正式发行《某某》特种邮票，即马年生肖邮票。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a).toMatchObject({ title: "《某某》特种邮票正式发行", subtitle: null, byline: "记者 石某嫣 摄影 吴某 本报讯" });
    expect(a!.photos).toEqual([{ caption: "市民现场欣赏《某某》特种邮票", credit: "", photographers: [] }]);
    expect(parsePage(text, { disabled: ["caption.arrowed"] }).articles[0]!.subtitle).toBe("市民现场欣赏《某某》特种邮票");
    // (A line another glyph opens, ■ or ●, or an arrow pointing elsewhere, ▶ ►, may be a deck or a digest's item: only an arrow
    // pointing up points at a picture.)
    for (const glyph of ["■", "▶", "►", "▼"]) expect(parsePage(text.replace("▲", glyph)).articles[0]!.photos, glyph).toEqual([]);
    const digest = page("本地简讯", "▶全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。");
    expect(parsePage(digest).articles[0]).toMatchObject({ kicker: "本地简讯", title: "全市秋收进展顺利" });
  });

  it("a role, a colon and a given name sign the story only right under a headline: inside a text, an interview's turn (byline.given-name)", () => {
    const signed = page("某某学校举行新教学楼落成剪彩仪式", "记者：嘉某", "（金边讯）某某省某某市某某学校两座新教学楼正式落成，并于15日举行剪彩仪式。");
    expect(parsePage(signed).articles[0]).toMatchObject({ byline: "记者：嘉某 （金边讯）", authors: [{ role: "记者", name: "嘉某" }] });
    expect(parsePage(signed, { disabled: ["byline.given-name"] }).articles[0]!.authors).toEqual([]);
    const interview = page("对话老校长", "本报记者 王某", "记者：您在这所学校工作了多少年？", "李某：整整三十年了，从青年到白头。", "记者：请讲", "李某：那时候学校只有两间土房，一到下雨天就漏水。");
    const [a] = parsePage(interview).articles;
    expect(a!.authors).toEqual([{ role: "记者", name: "王某" }]);
    expect(a!.paragraphs).toContain("记者：请讲");
    // (Never under a speaker's turn or a quotation closed by its stop: an interview goes on.)
    const quoted = page("对话老校长", "本报记者 王某", "李某笑着说：“欢迎你们常来学校看看。”", "记者：某某", "李某：那时候学校只有两间土房。");
    expect(parsePage(quoted).articles).toHaveLength(1);
    // (Never under an interview's turn with no stop, `王某：还行吧` / `记者：多少钱`, nor a greeting, `记者：大家好`.)
    const turns = page("对话老农", "记者：今年收成怎么样？", "王某：还行吧", "记者：某某", "王某：一斤两块。");
    expect(parsePage(turns).articles[0]!.byline).toBeNull();
    expect(readGivenNameByline("记者：大家好")).toBeNull();
    // (Under a headline opening on a column's label and a colon too, `专访：…`.)
    const labelled = page("专访：某某华校校长谈开学", "记者：嘉某", "（金边讯）金边各华校昨日迎来新学期开学，学生们陆续返校，校园里又响起了琅琅读书声。");
    expect(parsePage(labelled).articles[0]).toMatchObject({ byline: "记者：嘉某 （金边讯）" });
    // (Under a headline that closes on a cry, as overseas papers' often do, too.)
    const cried = page("金边华校迎来开学季！", "记者：嘉某", "（金边讯）金边各华校昨日迎来新学期开学，学生们陆续返校，校园里又响起了琅琅读书声。");
    expect(parsePage(cried).articles[0]).toMatchObject({ title: "金边华校迎来开学季！", byline: "记者：嘉某 （金边讯）" });
  });

  it("inside a signed report, a heading in clauses over text that opens on when is its crosshead where the evidence does not weigh against it (crosshead.clauses-over-dated-text)", () => {
    const text = page("老师们在长沙“播种知识”", "（本报讯）过去期间，本着“一切为了亲爱的学生”精神，某省教师们前往长沙岛各学校任教。", "克服困难，“播种知识”", "近年来，某省长沙岛县始终在大长沙岛和西礁东岛维持着教学活动，教师们克服困难坚持上课。");
    expect(parsePage(text).articles).toHaveLength(1);
    expect(parsePage(text, { disabled: ["crosshead.clauses-over-dated-text"] }).articles).toHaveLength(2);
    // (Never after a jump line, which ends the story above; nor where the next of a series echoes the title whole.)
    const jumped = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，产量与去年持平。", "（下转第2版）", "晴好天气，晾晒稻谷", "昨天，某镇农户趁着晴好天气晾晒稻谷，到处一派丰收景象，农户们脸上洋溢着笑容。");
    expect(parsePage(jumped).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "晴好天气，晾晒稻谷"]);
    const series = page("产业兴旺，某县农民增收", "本报讯（记者 张某）近年来，某县大力发展特色产业，农民收入稳步增长，日子越过越红火。", "产业兴旺，某镇农民增收", "目前，某镇已形成茶叶、水果两大产业，带动农民增收致富，全镇农民人均收入明显提高。");
    expect(parsePage(series).articles.map((a) => a.title)).toEqual(["产业兴旺，某县农民增收", "产业兴旺，某镇农民增收"]);
  });

  it("a person named by office across a break runs on only where the text above named them: else the line titles the next story", () => {
    const named = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情方面作出了许多贡献。", "某某区州议员张某明", "今日共移交拨款予27个社团公会，总额为8万7000令吉。");
    expect(parsePage(named).articles.map((a) => a.paragraphs.length)).toEqual([2]);
    const other = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情方面作出了许多贡献。", "某某社区党委书记刘建华", "近日获评全省优秀党务工作者。他扎根社区十余年，办实事上百件。");
    expect(parsePage(other).articles.map((a) => a.title)).toEqual(["某某会馆办新春团拜", "某某社区党委书记刘建华"]);
  });

  it("a line ending on what wants a figure after it (斥资逾, 投资约, 逾) is a sentence's start, never a headline's line", () => {
    for (const line of ["由某某基金会斥资逾", "项目总投资约", "全年接待游客逾"]) expect(endsMidPhrase(line), line).toBe(true);
    // (A noun of money a headline ends on as often: 扩大有效投资, 零售总额, 年夜饭的花费.)
    for (const line of ["小城斥资建公园", "积极扩大有效投资", "全市社会消费品零售总额", "年夜饭的花费"]) expect(endsMidPhrase(line), line).toBe(false);
    const text = page("超人超级寺", "开放预约参观 每日限五百人", "由某某基金会斥资逾", "15亿元兴建的慈山寺，终正式开放予公众预约参观，每日限五百人。");
    expect(parsePage(text).articles[0]!.paragraphs).toEqual(["由某某基金会斥资逾15亿元兴建的慈山寺，终正式开放予公众预约参观，每日限五百人。"]);
  });

  it("a line opening on 图为 is a picture's caption, never a headline's line", () => {
    const text = page("感动某地60年的事件和人物评选活动", "图为居民现场评选投票", "16日上午，“感动某地60年的事件和人物”评选活动在某社区举行，居民们踊跃投票。", "记者甲 通讯员乙摄");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ title: "感动某地60年的事件和人物评选活动", subtitle: null });
  });

  it("a writer's name alone under the title signs the piece, whatever word its last character makes with the text's first", () => {
    const text = page("某某乡应保有1席县议员", "蔡永雄", "花莲县13个乡镇市中，除了某某乡，每个乡镇市都有1席或1席以上的在籍县议员。");
    expect(parsePage(text).articles[0]).toMatchObject({ title: "某某乡应保有1席县议员", byline: "蔡永雄", authors: [{ role: null, name: "蔡永雄" }] });
  });

  it("a viewpoint (从…看) frames the title; a line that reports an outcome (…出炉) states the news itself", () => {
    expect(weighTwoLines("从南京明后湖黄册库遗址展馆看", "明代的“税收大数据库”").some((e) => e.feature === "headline.kicker-cue")).toBe(true);
    // The anniversary a piece marks, under a short title, is its deck (a column's label over a longer line weighs the other way).
    expect(weighTwoLines("青春澎湃", "纪念《某某青年报》创刊六十周年")).toEqual(expect.arrayContaining([{ feature: "subtitle.anniversary", weight: -4 }]));
    expect(parsePage(page("青春澎湃", "纪念《某某青年报》创刊六十周年", "本报评论员", "60年一个轮回，花甲又如何？我们照样做着青春的事。")).articles[0]).toMatchObject({ kicker: null, title: "青春澎湃", subtitle: "纪念《某某青年报》创刊六十周年" });
    expect(weighTwoLines("奋斗百年路 启航新征程", "庆祝中国共产党成立100周年").some((e) => e.feature === "subtitle.anniversary")).toBe(false);
    // What the paper's reporters did frames the news under it as its kicker; under the title, the same line is the subtitle.
    expect(weighTwoLines("记者跟访我省交警“冬季行动”第一天", "省内交通违法，随时可能被抓")).toEqual(expect.arrayContaining([{ feature: "headline.kicker-reporters", weight: 3 }]));
    expect(weighTwoLines("省内交通违法，随时可能被抓", "记者跟访我省交警“冬季行动”第一天").some((e) => e.feature === "headline.kicker-reporters")).toBe(false);
    // (Over a deck of phrases set apart by a space, or one line of news with no clauses, the reporters' line is the title.)
    for (const [a, b] of [["记者探访我市首家24小时城市书房", "全天开放 刷脸借书"], ["本报记者暗访城区部分无证诊所", "卫生条件堪忧收费随意"], ["记者跟随环卫工人体验一天", "凌晨4点出门 一天步行三万步"]]) {
      expect(weighTwoLines(a!, b!).some((e) => e.feature === "headline.kicker-reporters"), a).toBe(false);
    }
    expect(weighTwoLines("第二批省3A级景区村庄出炉", "莲都3个村入选").reduce((s, e) => s + e.weight, 0)).toBeLessThan(0);
    // the day a piece marks over a slogan frames it; under the title, or over a line that states news, it does not
    expect(weighTwoLines("喜迎建党百年华诞", "奋斗百年路 启航新征程").some((e) => e.feature === "headline.kicker-occasion")).toBe(true);
    for (const [a, b] of [["青春澎湃", "纪念《某某青年报》创刊六十周年"], ["纪念建党百年", "全市举行文艺汇演"], ["庆祝教师节", "纪念建校九十周年"]]) {
      expect(weighTwoLines(a!, b!).some((e) => e.feature === "headline.kicker-occasion"), a).toBe(false);
    }
    // a place down to its street over the news; a line that names a street a place built states the news itself
    expect(weighTwoLines("源汇区老街街道新华街社区东安街", "居民齐添力 老巷大变样").some((e) => e.feature === "headline.kicker-place")).toBe(true);
    expect(weighTwoLines("某市某区建成新公园", "居民齐添力 老巷大变样").some((e) => e.feature === "headline.kicker-place")).toBe(false);
    // a question of the title's own heads its deck: only one put to the reader frames the news as a kicker
    for (const [a, b] of [["年轻人为何爱上夜校？", "低成本高情绪价值成主要原因"], ["房价还会涨吗？", "专家解读今年楼市走势"]]) {
      expect(weighTwoLines(a!, b!).some((e) => e.feature === "headline.kicker-question"), a).toBe(false);
    }
    // any occasion 喜迎 welcomes frames the title
    expect(weighTwoLines("喜迎党代会 奋进这五年", "果业兴 果农乐").some((e) => e.feature === "headline.kicker-occasion")).toBe(true);
    // a festival by its 节, however named; 细节, 季节, 环节 name none
    expect(weighTwoLines("喜迎第十一届中国艺术节", "全市文艺精品展演启幕").some((e) => e.feature === "headline.kicker-occasion")).toBe(true);
    // a festival by its name: 细节, 季节 name none
    expect(weighTwoLines("纪念馆里的动人细节", "一件件文物诉说峥嵘岁月").some((e) => e.feature === "headline.kicker-occasion")).toBe(false);
    // a question over another question is the title
    expect(weighTwoLines("“卡脖子”路卡在哪儿？", "打通广场至赤山路咋就这么难？").some((e) => e.feature === "headline.kicker-question")).toBe(false);
    // a scene over who did what: 开启 states the news
    expect(weighTwoLines("“最美家庭”当导游 “第二故乡”享年味", "留榕“新市民”开启“寻福之旅”").some((e) => e.feature === "headline.kicker-scene")).toBe(true);
    // a slogan over a meeting's news is no exhortation under news
    expect(weighTwoLines("扎实做好各项工作", "市政府召开第七次全体会议").some((e) => e.feature === "headline.kicker-over-exhortation")).toBe(false);
  });

  it("who or where and a colon open the title under a frame; a detail's label or a clause before the colon does not", () => {
    const roles = (a: string, b: string, disabled: string[] = []) => parsePage(page(a, b, BODY), { disabled: disabled as never }).articles.map((x) => [x.kicker, x.title, x.subtitle])[0];
    expect(roles("复刊30周年 在一起·再争先", "某街道：宜业宜居宜游的现代化街区正在加速崛起")).toEqual(["复刊30周年 在一起·再争先", "某街道：宜业宜居宜游的现代化街区正在加速崛起", null]);
    expect(roles("复刊30周年 在一起·再争先", "某街道：宜业宜居宜游的现代化街区正在加速崛起", ["headline.kicker-over-speaker"])).toEqual([null, "复刊30周年 在一起·再争先", "某街道：宜业宜居宜游的现代化街区正在加速崛起"]);
    expect(roles("这处人行道冒水一个多月了", "地点：光明路与联盟路交叉口西北侧")).toEqual([null, "这处人行道冒水一个多月了", "地点：光明路与联盟路交叉口西北侧"]);
    expect(weighTwoLines("春节氛围组已就位", "这个时节的忙碌都是充满喜悦的：到年货节置办年货").map((e) => e.feature)).not.toContain("headline.kicker-over-speaker");
    // (Nor a verb of saying before the colon.)
    for (const b of ["他说：今年的收成不错", "气象部门提醒：出行注意防寒保暖"]) expect(weighTwoLines("秋收时节", b).map((e) => e.feature), b).not.toContain("headline.kicker-over-speaker");
  });

  it("a speech frame weighs for the kicker, who attended for the subtitle", () => {
    expect(weighTwoLines("曹某在有关会议上强调", "推动工作").some((e) => e.feature === "headline.kicker-cue" && e.weight > 0)).toBe(true);
    expect(weighTwoLines("习近平会见代表", "蔡奇李希参加会见").reduce((s, e) => s + e.weight, 0)).toBeLessThan(0);
    // What the paper's reporters did is the deck under the title, even under a place-and-theme title.
    expect(weighTwoLines("商贸大市：农业的困扰和生机", "本报记者聚焦义乌农业").reduce((s, e) => s + e.weight, 0)).toBeLessThan(0);
    expect(weighTwoLines("看电视怎么这么费劲", "记者调查智能电视使用“套路”").some((e) => e.feature === "subtitle.reporters-deck")).toBe(true);
    // A second line ending on a dash leads into the text: the deck, though the first line sets the scene with a comma.
    expect(weighTwoLines("供暖首日，我家为何冷冰冰？", "昨日百余个电话打进本报热线——")).toContainEqual({ feature: "subtitle.leads-into-text", weight: -2 });
    // (Under a kicker's own form, a column's label or an occasion, the dash line is still the title.)
    for (const [a, b] of [["新春走基层", "坚守在岗位上的他们——"], ["庆祝建党100周年", "百年辉煌看变化——"]] as const) expect(weighTwoLines(a, b).reduce((n, e) => n + e.weight, 0), a).toBeGreaterThan(0);
    expect(parsePage(page("供暖首日，我家为何冷冰冰？", "昨日百余个电话打进本报热线——", BODY)).articles[0]).toMatchObject({ kicker: null, title: "供暖首日，我家为何冷冰冰？", subtitle: "昨日百余个电话打进本报热线——" });
    // The kind of piece named at the second line's end (侧记, 走笔, 纪实…) makes it the deck, though the first line sets a scene.
    expect(weighTwoLines("贺州人民企盼已久的希望路", "某某高速公路开工动员大会侧记")).toContainEqual({ feature: "subtitle.genre-label", weight: -4 });
    expect(parsePage(page("贺州人民企盼已久的希望路", "某某高速公路开工动员大会侧记", BODY)).articles[0]).toMatchObject({ kicker: null, title: "贺州人民企盼已久的希望路", subtitle: "某某高速公路开工动员大会侧记" });
    expect(weighTwoLines("某县两会侧记", "代表委员共话发展").some((e) => e.feature === "subtitle.genre-label")).toBe(false);
    // (Under a column's label, the label is the kicker over that title: `图片新闻` / `田间地头丰收特写`, `简讯` / `…扫描`.)
    for (const [a, b] of [["图片新闻", "田间地头丰收特写"], ["简讯", "我市文化活动扫描"]] as const) expect(weighTwoLines(a, b).some((e) => e.feature === "subtitle.genre-label"), a).toBe(false);
    // Leaders who toured, under the title, are who attended; a slogan over visitors who toured is a kicker.
    expect(weighTwoLines("某某产品经贸洽谈会展品丰富", "甲某乙某丙某参观").some((e) => e.feature === "subtitle.attendance")).toBe(true);
    expect(weighTwoLines("喜看渭河治理点赞陕西发展", "某某等省级离退休干部来某市参观").reduce((s, e) => s + e.weight, 0)).toBeGreaterThan(0);
    // An exhortation (努力打造…) urges, it states no news: over an inspection, it is the kicker; a subject doing the same states news.
    expect(weighTwoLines("努力打造某某样板", "全省全域无垃圾督查组来我市督查").reduce((s, e) => s + e.weight, 0)).toBeGreaterThan(0);
    expect(weighTwoLines("某市打造某某样板", "全省全域无垃圾督查组来我市督查").reduce((s, e) => s + e.weight, 0)).toBeLessThanOrEqual(0);
  });

  it("the explanation carries the evidence on the headline's lines", () => {
    const d = decisionAt(page("简讯", "经济责任制使工效提高", BODY), 1);
    expect(d.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ feature: "headline.kicker-label" })]));
  });
});

describe("where the rules for names under a title and for dashes stop", () => {
  const roles = (text: string) => (parsePage(text, { explain: true }).decisions ?? []).map((d) => `${d.role}:${d.rule}`);
  const titles = (text: string) => parsePage(text).articles.map((a) => a.title);

  it("a crosshead over words set apart by commas stays a crosshead; the words are text", () => {
    const story = page("某县抗旱保苗", "本报讯（记者 张某）入夏以来，某县各地旱情露头，全县全力抗旱保苗，确保秋粮丰收。", "各县区组织干部群众抗旱保苗，打井修渠，保障灌溉用水，旱情得到缓解。", "抗旱保苗见成效", "高温，干旱", "面对持续高温天气，各县区组织干部群众抗旱保苗，保障灌溉用水。");
    expect(titles(story)).toEqual(["某县抗旱保苗"]);
    expect(parsePage(story).articles[0]!.authors).toEqual([{ role: "记者", name: "张某" }]);
    const marked = page("某县评出最美家庭", "本报讯（记者 张某）近日，某县评出十户最美家庭，家风家训在全县传为佳话。", "■最美家庭代表", "王某，李某杰", "王某和李某杰结婚三十年，孝老爱亲，邻里和睦。");
    expect(titles(marked)).toEqual(["某县评出最美家庭"]);
  });

  it("a line ending in a dash leads on only right after a story's paragraph: after a signature or an end mark it starts the next story", () => {
    const after = (...between: string[]) => page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，确保应收尽收。", ...between, "我的老师——", "乡村教师王某在山里教书三十年，送出了一批又一批学生。");
    for (const text of [after("（张某）"), after("各地还组织农机手跨区作业。 ■")]) expect(titles(text)).toHaveLength(2);
    for (const text of [after("（张某）"), after("各地还组织农机手跨区作业。 ■"), after("责任编辑：李某"), after("", "", "")]) expect(roles(text)).not.toContain("paragraph:paragraph.leads-on");
    expect(roles(after())).toContain("paragraph:paragraph.leads-on");
  });

  it("speech after a dash opens a paragraph, however short; a quoted name with its words goes on", () => {
    const said = (quote: string) => parsePage(page("阵地上的冲锋", "本报讯（记者 张某）战斗打响后，连长站起来大声喊道——", quote)).articles[0]!.paragraphs.length;
    expect(said("“冲啊！”战士们跟着他冲上了阵地。")).toBe(2);
    expect(said("“人民至上。”这是他常说的话。")).toBe(2);
    expect(said("“一村一品”。各村因地制宜发展产业。")).toBe(2);
    expect(said("“永绩舰”的照片。编辑调阅了大量资料。")).toBe(1);
  });
});

describe("a dash and who said the words above (paragraph.attribution)", () => {
  const remarks = (said: string) => page("市民建言城市建设", "本报讯（记者 张某）近日，本报邀请市民为城市建设建言。", "这个城市的绿太少了，树木种类少，夏天很难见到树荫。", said, "我觉得公共设施很需要改进，公交站头要建挡雨棚。");
  const paragraphs = (text: string, disabled: string[] = []) => parsePage(text, { disabled: disabled as never }).articles[0]!.paragraphs;

  it("stands as a line of its own: the words under it open a paragraph", () => {
    for (const said of ["——市区老人 刘某书", "——摘自《某某日报》"]) expect(paragraphs(remarks(said))).toHaveLength(4);
    // Switched off, the line is read as before: here, the title of a next story.
    expect(parsePage(remarks("——市区老人 刘某书"), { disabled: ["paragraph.attribution"] }).articles.map((a) => a.title)).toEqual(["市民建言城市建设", "——市区老人 刘某书"]);
  });

  it("is no attribution when no name closes it, or when the text above runs on", () => {
    const roles = (text: string) => (parsePage(text, { explain: true }).decisions ?? []).map((d) => d.rule);
    // (A name alone after a dash cannot be told from a subtitle, `——张家界`; `——记…`, `——访…` are a subtitle's forms.)
    for (const said of ["——这是他们共同的心声", "——刘某书", "——张家界", "——记全国劳动模范 王某明"]) expect(roles(remarks(said))).not.toContain("paragraph.attribution");
    // Over a lead, the dash line is the next story's, whoever it names.
    const interview = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻。", "——市农业农村局局长 王某明", "本报讯（记者 李某）近日，记者专访了市农业农村局局长王某明。");
    expect(parsePage(interview).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "——市农业农村局局长 王某明"]);
    const open = page("市民建言城市建设", "本报讯（记者 张某）近日，本报邀请市民为城市建设建言，大家纷纷表示", "——市区老人 刘某书", "说得很对，公交站头要建挡雨棚。");
    expect(paragraphs(open)).toHaveLength(1);
  });
});

describe("schools and pupils one under another", () => {
  it("are a list in the text, not a byline each", () => {
    const text = page("全市中学生作文大赛揭晓", "本报讯（记者 张某）近日，全市中学生作文大赛评选揭晓，获奖名单如下：", "一等奖", "市第一中学 王某明", "实验小学 李某华", "城南中学 赵某强", "二等奖", "市第二中学 刘某军", "希望小学 孙某芳");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.title)).toEqual(["全市中学生作文大赛揭晓"]);
    expect(articles[0]!.authors).toEqual([{ role: "记者", name: "张某" }]);
  });
});

describe("who said the words, closing a text, weighs for a new story (story.after-attribution)", () => {
  it("a line after it that shares the text's words is the next story's title", () => {
    const text = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，社区志愿者也来帮忙。", "“今年的收成真不错，每亩能多收一百斤。”", "——种粮大户 王某明", "社区志愿者在行动", "近日，市城管局开展宣传活动，上门讲解分类知识，居民纷纷点赞。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "社区志愿者在行动"]);
    const d = parsePage(text, { explain: true }).decisions!.find((x) => x.line === 9)!;
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.after-attribution", weight: -2 }]));
    // Switched off, the shared words keep it a crosshead.
    expect(parsePage(text, { disabled: ["story.after-attribution"] }).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利"]);
  });
});

describe("one line closing a sentence the column cut, over a byline (continuation.clause-over-byline)", () => {
  it("ends the text's sentence; the byline under it signs the text", () => {
    const text = page("我的家乡", "东莞是“智造”之城。这就是东莞，历史与现代交融，潮流与传统", "共绽光彩的活力之城！", "作者：某某市运河小学 二年级 3班 陈某贤");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect([a!.paragraphs, a!.authors]).toEqual([["东莞是“智造”之城。这就是东莞，历史与现代交融，潮流与传统共绽光彩的活力之城！"], [{ role: "作者", name: "陈某贤" }]]);
    // Over a lead, over a byline with text under it, after a jump line, or under text already signed: the next story's title.
    const cut = ["全市秋收进展顺利", "本报讯（记者 张某）近日，全市秋收工作进展顺利，各地抢抓晴好天气，收割晚稻"];
    const next = ["近日，市城管局在全市开展垃圾分类宣传活动。"];
    for (const text of [page(...cut, "为城市文明点赞！", "本报讯（记者 李某）近日，市城管局在全市开展垃圾分类宣传活动。"), page(...cut, "为城市文明点赞！", "本报记者 李某", ...next), page(...cut, "（下转第三版）", "为城市文明点赞！", "本报记者 李某"), page("月光", "文/张某", "月光洒在窗前，照亮了归途，思念化作星辰，点亮了夜空", "谁是最可爱的人？", "文/王某华")]) {
      expect(parsePage(text).articles.length).toBe(2);
    }
    // A lead that names no one leaves the signing to the end; the sentence may close on a quotation mark.
    const unsigned = page("二十爱", "重庆晚报讯 代表们读得津津有味。陈某云代表看后灵感一动：“云南有十八怪，", "咱重庆可有二十爱！”", "特派记者 朱某跃 曹某 李某");
    const [signed, ...others] = parsePage(unsigned).articles;
    expect(others).toEqual([]);
    expect([signed!.paragraphs, signed!.authors.map((p) => p.name)]).toEqual([["代表们读得津津有味。陈某云代表看后灵感一动：“云南有十八怪，咱重庆可有二十爱！”"], ["朱某跃", "曹某", "李某"]]);
    // Under text with no clause the column may have left (a label, a list), the line titles the next piece.
    expect(parsePage(page("我的家乡", "东莞是“智造”之城。各地游客来到图书馆参观", "潮玩之城欢迎你！", "作者：某某市运河小学 二年级 3班 陈某贤", "东莞的潮玩店遍布街头，吸引了很多年轻人。")).articles.map((x) => x.title)).toEqual(["我的家乡", "潮玩之城欢迎你！"]);
  });
});

describe("a line that opens and closes on quotation marks", () => {
  it("is a title when it holds two quoted phrases and no sentence; speech when its speaker interrupts it", () => {
    const title = parsePage(page("“某某精神”讨论可概括为 「敢干善创」", "无论概括一个“企业精神”或一个“城市精神”，应提炼其先进的东西。")).articles[0]!;
    expect(title.title).toBe("“某某精神”讨论可概括为 「敢干善创」");
    const speech = parsePage(page("全市夜市经济持续升温", "本报记者 陈某", "近日，记者走访了全市多个夜市。", "“8年前我来过这里，这次来，我简直找不到路了。”朱某说，“变化太大了。”", "夜市里人头攒动。")).articles;
    expect(speech).toHaveLength(1);
  });
});

describe("a run of labelled details (paragraph.field-run)", () => {
  const fields = ["报料人：于先生", "报料时间：昨天下午", "报料内容：一老太经过花坛边，发现一只“血淋淋”的手。"];
  const report = ["中央门立交下护栏快被偷光啦", "晨报讯 昨日，一位游客致电晨报反映，立交桥下的护栏快被偷光了。", "记者来到现场，看到护栏只剩下几根立柱。"];

  it("is the text of the title over it, each detail a paragraph, never a headline's lines", () => {
    const text = page(...report, "花坛现“血手”老太大喊杀人了", ...fields, "记者核实：昨天下午，沈老太走到花坛边，往花坛内一看，顿时大喊起来。");
    const articles = parsePage(text).articles;
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({ kicker: null, title: "花坛现“血手”老太大喊杀人了", subtitle: null });
    expect(articles[1]!.paragraphs.slice(0, 3)).toEqual(fields);
    // (Switched off, the details are the headline's lines.)
    expect(parsePage(text, { disabled: ["paragraph.field-run"] }).articles[1]!.title).not.toBe("花坛现“血手”老太大喊杀人了");
  });

  it("two lines make a run when both label a notice's details (报名时间：… / 联系电话：…); other labels need a third", () => {
    const notice = page("招聘启事", "因工作需要，我单位现面向社会公开招聘工作人员3名。", "1.年龄在35周岁以下；", "2.大专及以上学历。", "报名时间：2024年3月1日至3月10日", "联系电话：0731-12345678", "某某县人民医院", "2024年2月25日");
    const [a, ...rest] = parsePage(notice).articles;
    expect(rest).toEqual([]);
    expect(a!.paragraphs.slice(3, 5)).toEqual(["报名时间：2024年3月1日至3月10日", "联系电话：0731-12345678"]);
    expect(decisionAt(notice, at(4)).rule).toBe("paragraph.field-run");
    expect(parsePage(notice, { disabled: ["paragraph.field-run"] }).articles.length).toBeGreaterThan(1);
    // (A speaker's label over another's is no notice's detail: two such lines are weighed as before.)
    const speakers = page(...report, "张某：绵延30年的不解之缘", "李某：到处歌山如旧识", "近日，记者走进某村，看到村里处处是新景象，游客络绎不绝。");
    const read = parsePage(speakers, { explain: true }).decisions!;
    expect(read.length).toBeGreaterThan(0);
    expect(read.some((d) => d.rule === "paragraph.field-run")).toBe(false);
    // (Over a lead or a byline, two detail lines are the headline group's, and the story stays one.)
    for (const below of ["本报讯（记者 张某）6月1日，某某书画作品展在市美术馆开展，共展出书画作品120余幅。", "本报记者 张某"]) {
      const event = page(...report, "某某书画作品展开展", "时间：6月1日至6月30日", "地点：市美术馆一楼展厅", below, "展览免费向市民开放，市民可凭身份证入场参观。");
      expect(parsePage(event).articles.map((a) => a.title).includes("地点：市美术馆一楼展厅"), below).toBe(false);
      expect(parsePage(event).articles, below).toHaveLength(2);
    }
  });

  it("needs a second label under the first: one labelled line may be a headline's (某村：从革命老区到爱情村落)", () => {
    const text = page(...report, "某村：从革命老区到爱情村落", "近日，记者走进某村，看到村里处处是新景象，游客络绎不绝。");
    expect(parsePage(text).articles[1]!.title).toBe("某村：从革命老区到爱情村落");
  });
});

describe("forms the session's rules must leave alone", () => {
  const report = ["中央门立交下护栏快被偷光啦", "晨报讯 昨日，一位游客致电晨报反映，立交桥下的护栏快被偷光了。", "记者来到现场，看到护栏只剩下几根立柱。"];

  it("a colon title over a note's label, and a headline of two colon lines, are no run of labelled details", () => {
    const noted = parsePage(page(...report, "边界行：东村筑巢迎凤来", "编者按：为深入了解边界村庄的发展，本报记者近日走进东村。", "东村地处两县交界，近年来村居环境不断改善，吸引了村民回乡创业。")).articles;
    expect(noted.map((a) => a.title)).toEqual([report[0], "边界行：东村筑巢迎凤来"]);
    const twoLines = parsePage(page(...report, "两会观察：民生温度", "代表委员：让乡村振兴更有温度", "本报讯（记者 王某）连日来，代表委员们围绕乡村振兴建言献策。")).articles;
    expect([twoLines[1]!.kicker, twoLines[1]!.title, twoLines[1]!.subtitle].filter((x) => x !== null)).toEqual(["两会观察：民生温度", "代表委员：让乡村振兴更有温度"]);
  });

  it("a reporters' line between a photo story's pictures heads no text: the captions stay the story's", () => {
    const [a] = parsePage(page("秋收时节稻谷香", "■10月12日，某县农户在田间收割晚稻，到处是一派丰收的繁忙景象。", "崔某妮 摄", "□本报记者 余某新 通讯员 崔某妮", "■10月12日，某镇种粮大户在晾晒场翻晒稻谷，脸上洋溢着丰收的喜悦。", "王某 摄")).articles;
    expect(a!.kind).toBe("photo");
    expect(a!.photos).toHaveLength(2);
  });

  it("a speaker who says so too, and a country whose name holds 也, attribute the quotation above", () => {
    for (const next of ["不少游客也这样说。", "也门外长说。各方应保持克制。"]) {
      const a = parsePage(page("全市夜市经济持续升温", "本报记者 陈某", "“这里的变化太大了。”", next)).articles[0]!;
      expect(a.paragraphs, next).toEqual([`“这里的变化太大了。”${next}`]);
    }
  });

  it("a heading in clauses inside a piece whose text goes on with it stays its crosshead, unsigned or long", () => {
    const commentary = parsePage(page("以担当作为推动高质量发展", "当前，全市上下正以担当作为推动高质量发展，党员干部要走在前、作表率。", "坚持人民至上，厚植为民情怀", "党员干部要始终把人民放在心中最高位置，推动高质量发展，为群众办实事。", "勇于攻坚克难，敢啃硬骨头", "面对推动高质量发展中的难题，党员干部要敢于担当作为，敢啃硬骨头。")).articles;
    expect(commentary).toHaveLength(1);
    const long = ["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒。", "在某镇，种粮大户连夜抢收，稻谷颗粒归仓。", "农技人员走进田间，指导农户做好秸秆还田。", "据介绍，全市晚稻收割已过半，预计月底前全部完成。"];
    const signed = parsePage(page("全市秋收进展顺利", "本报记者 王某", ...long, "抓好冬种，确保来年增收", "秋收过后，全市各地农户抓紧冬种，农技人员走进田间指导农户播种油菜。")).articles;
    expect(signed).toHaveLength(1);
  });

  it("a paper's dated report cited in the middle of a roundup is the roundup's text", () => {
    const articles = parsePage(page("多国媒体关注中国经济", "本报记者 王某", "近期，多国媒体关注中国经济的新动向。", "《某某时报》3月25日报道：中国消费市场持续回暖，节日消费亮点纷呈。", "《某某新闻》3月26日报道：中国制造业景气度回升，新订单指数上涨。", "分析人士认为，中国经济回升向好的态势将持续。")).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toHaveLength(4);
  });
});

describe("forms of round 80's pages", () => {
  it("a lead's label alone on its line and the reporters' brackets opening the text under it are one byline (lead.label-over-reporters)", () => {
    const text = page("状元坊1小时捉了15名小偷", "时报讯", "（记者刘某） 昨天下午3时许，越秀区某街保安员抓获了15名怀疑是集团性的未成年小偷。", "据介绍，这些人的年龄一般在12至15岁之间。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a).toMatchObject({ title: "状元坊1小时捉了15名小偷", byline: "时报讯 （记者刘某）", authors: [{ role: "记者", name: "刘某" }] });
    expect(a!.paragraphs[0]).toBe("昨天下午3时许，越秀区某街保安员抓获了15名怀疑是集团性的未成年小偷。");
    // (A second lead naming its own label is another story's.)
    expect(parsePage(page("状元坊1小时捉了15名小偷", "时报讯", "时报讯（记者刘某） 昨天下午3时许，越秀区某街保安员抓获了15名小偷。")).articles.map((x) => x.byline)).not.toContain("时报讯 时报讯（记者刘某）");
  });

  it("a crosshead's length is counted without its quotation marks; a line ending on 自称 or 声称 runs on; a labelled note in brackets after a brief heads nothing", () => {
    const report = ["某镇“小偷村”的真相调查", "本报讯 为揭开事实真相，本报记者耗时一周，探访了某镇的几个自然村。"];
    const carpenters = ["某镇“小偷村”的真相调查", "本报讯 为揭开真相，本报记者耗时一周，探访了横山村的小木匠家庭，算了算他们靠斧子吃饭的经济帐。"];
    const a = parsePage(page(...carpenters, "“靠斧子吃饭”的小木匠的家庭“经济帐”", "横山村的小木匠们靠斧子吃饭，一家人的经济帐记得清清楚楚，记者走进了村子。")).articles;
    expect(a.map((x) => x.paragraphs.length)).toEqual([3]);
    const b = parsePage(page(...report, "管理处一名自称", "是负责人的中年男子说，这15人是在一个小时内被抓到的。")).articles[0]!;
    expect(b.paragraphs).toEqual(["为揭开事实真相，本报记者耗时一周，探访了某镇的几个自然村。", "管理处一名自称是负责人的中年男子说，这15人是在一个小时内被抓到的。"]);
    const brief = page("河涌涨潮水漫立交桥底", "时报讯（记者 何某）昨晚7时，某立交桥下地面上突然冒出大量的水，行人只能卷起裤角趟水而过。", "（报料人：赫先生，奖50元）", "不穿制服突查出租屋，吓坏老外", "时报讯（记者 黄某）昨日下午，几名身份不明的人员到某村查出租屋。");
    const [first, second] = parsePage(brief).articles;
    expect(first!.paragraphs.at(-1)).toBe("（报料人：赫先生，奖50元）");
    expect(second).toMatchObject({ title: "不穿制服突查出租屋，吓坏老外", subtitle: null });
  });
});

describe("forms of round 82's pages", () => {
  it("a credit in brackets opening a caption's line is printed before it (credit.before-caption-same-line)", () => {
    const text = page("某区：抢抓农时做好田管", "（李某时 摄）2月3日是立春，各地农民抢抓农时翻整田地，积极开展春耕生产。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a).toMatchObject({ kind: "photo", title: "某区：抢抓农时做好田管", photos: [{ credit: "（李某时 摄）", caption: "2月3日是立春，各地农民抢抓农时翻整田地，积极开展春耕生产。" }] });
    // (Inside a report, the text after it on its line is its caption, never the paragraph above; its column may cut it.)
    const report = page("某县春耕忙", "本报讯（记者 张某）连日来，某县各地抓住晴好天气开展春耕生产。", "（汪某 摄）2月4日，在某镇蔬菜种植基地，村民在进行蔬菜育苗管护。早春时节，各地农民抢抓农时", "进行育苗工作，为今年农业生产做好准备。");
    const b = parsePage(report).articles[0]!;
    expect(b.paragraphs).toEqual(["连日来，某县各地抓住晴好天气开展春耕生产。"]);
    expect(b.photos).toEqual([{ caption: "2月4日，在某镇蔬菜种植基地，村民在进行蔬菜育苗管护。早春时节，各地农民抢抓农时进行育苗工作，为今年农业生产做好准备。", credit: "（汪某 摄）", photographers: [{ role: null, name: "汪某" }] }]);
    // (A bracketed aside that names no picture's maker opens text as before.)
    expect(parsePage(page("某区：抢抓农时做好田管", "（记者 李某）2月3日是立春，各地农民抢抓农时翻整田地。")).articles[0]!.photos).toEqual([]);
  });

  it("a byline line that names its role and no one gives that role to the name on the line under it", () => {
    const a = parsePage(page("走在春风里 一起向未来", "□某某农村日报全媒体记者", "杜某兵", "今年春节，我在朋友圈发现一个有趣的现象：留在城里过年的人多了。")).articles[0]!;
    expect([a.byline, a.authors]).toEqual(["某某农村日报全媒体记者 杜某兵", [{ role: "全媒体记者", name: "杜某兵" }]]);
  });

  it("a caption and its credit above the page's first headline are a news photo with no title (group.untitled-photo); a caption's first piece opening on when titles nothing", () => {
    const photo = ["近日，在某河畔，记者看到园林工人手持割草机对沿河绿道的植被进行修剪。", "融媒体记者 傅某昌 摄"];
    const story = ["某地打造特色铸品牌", "春风送暖，向阳花开。连日来，某市各地红色景区游客接踵而至。"];
    const [a, b] = parsePage(page(...photo, ...story)).articles;
    expect(a).toMatchObject({ kind: "photo", title: null, photos: [{ credit: "融媒体记者 傅某昌 摄" }] });
    expect(b!.title).toBe("某地打造特色铸品牌");
    const [c] = parsePage(page("近年来，某县", "利用15000亩耕地改种红薯，亩产红薯达3000公斤，带动了当地村民脱贫增收。", "（本报记者 陈某 摄影报道）", ...story)).articles;
    expect(c).toMatchObject({ kind: "photo", title: null });
    expect(c!.photos[0]!.caption).toBe("近年来，某县利用15000亩耕地改种红薯，亩产红薯达3000公斤，带动了当地村民脱贫增收。");
    // (Text too long for a caption above the first headline, a story jumped from another page, stays unassigned.)
    const long = "近日，某地举行活动。".repeat(30);
    expect(parsePage(page(long, "融媒体记者 傅某昌 摄", ...story)).articles.map((x) => x.title)).toEqual(["某地打造特色铸品牌"]);
  });
});

describe("a title's length", () => {
  it("is counted without its quotation marks where the line reports an event done: an unsigned report's long title between two pieces heads it", () => {
    expect(isBareTitle("纪念某某题词“开发矿业”66周年暨“全国矿业工作者日”座谈会在京召开")).toBe(true);
    expect(isBareTitle("纪念某某题词开发矿业66周年暨全国矿业工作者日座谈会在京召开并发布倡议书")).toBe(false);
    // (Only a line that reports an event done: a sentence its column cut after quoted words counts them.)
    for (const cut of ["今年以来我市深入开展“我为群众办实事”和“党员进社区”主题实践活动", "这些年来社区先后开展了“美丽庭院”“文明楼道”和“邻里守望”三项创建活动", "农技专家张某在某村“农家书屋”为村民讲解“稻虾共作”和“测土配方”种养技术"]) {
      expect(isBareTitle(cut), cut).toBe(false);
    }
    const text = page("红色是矿业文化最亮丽的色彩", "◎ 本报记者 赵某", "中国共产党从成立时起，便与矿业结下不解之缘，矿山成为党最初开展工人运动的重点区域之一。", "纪念某某题词“开发矿业”66周年暨“全国矿业工作者日”座谈会在京召开", "2月17日，在北京国际矿业城举行的座谈会上，与会代表围绕提振信心发出中国矿业好声音。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["红色是矿业文化最亮丽的色彩", "纪念某某题词“开发矿业”66周年暨“全国矿业工作者日”座谈会在京召开"]);
  });
});

describe("round 83's rules, narrowed", () => {
  it("a feature's `写在前面` and a heading opening on 传说 stay headings; 【本报讯】 over a sentence about earlier reports names no one; a short body over its members speaking is a heading", () => {
    const feature = page("老街改造记", "本报记者 张某", "老街改造启动已经半年，街坊们的日子也悄悄变了样。", "写在前面", "这组报道记录的，是老街改造中普通居民的期待与收获。", "居民的期待", "家住老街的李某说，改造后出门方便多了。");
    expect(parsePage(feature).articles.map((a) => a.title)).toEqual(["老街改造记"]);
    expect(readLead("【本报讯】记者连续报道的某某小区电梯故障问题，近日得到解决。")).toMatchObject({ byline: "【本报讯】", authors: [] });
    expect(columnCut("市政协召开专题协商会", "委员们纷纷表示，要把协商成果转化为工作成效。")).toBeNull();
    expect(columnCut("走进社区议事会", "书记张某说，议事会让居民当家作主。")).toBeNull();
    const legend = parsePage(page("古镇寻味", "本报记者 张某", "传说中的白鹤泉", "清晨，古镇的石板路上已有挑水的居民，泉水清冽甘甜。")).articles[0]!;
    expect(legend.paragraphs[0]).toBe("传说中的白鹤泉");
  });
});

describe("forms of round 83's pages", () => {
  it("a day before a reporter's role opens a sentence, no brand; the house's 本报 run in after a name is dropped; a lenticular label's reporters may run into the text", () => {
    expect(readBylineLine("昨天中午记者来到南开")).toBeNull();
    expect(parsePeople("今日桐乡记者 羊某杰").people).toEqual([{ role: "记者", name: "羊某杰" }]);
    expect(parsePeople("实习生付某本报记者曾某").people).toEqual([{ role: "实习生", name: "付某" }, { role: "记者", name: "曾某" }]);
    const a = parsePage(page("暴雨连降一星期，蔬菜价格普遍上涨", "【某某商报报道】 实习生付某本报记者曾某报道记者昨天从各大菜市场了解到，连续一个星期的降雨，使得蔬菜价格飙升。")).articles[0]!;
    expect([a.byline, a.authors, a.paragraphs[0]]).toEqual(["【某某商报报道】 实习生付某本报记者曾某报道", [{ role: "实习生", name: "付某" }, { role: "记者", name: "曾某" }], "记者昨天从各大菜市场了解到，连续一个星期的降雨，使得蔬菜价格飙升。"]);
  });

  it("a follow-up's label (《…》跟踪报道) is a kicker; hearsay opens no feature's heading; an office's body cut from its head's title and name runs on", () => {
    expect(parsePage(page("《人行道边铁箅子塌陷》跟踪报道", "塌陷的铁箅子修好了", "本报记者 张某 摄影报道", "日前，本报报道了人行道边铁箅子塌陷的问题，昨天记者回访时看到，铁箅子已经修好。")).articles[0]).toMatchObject({ kicker: "《人行道边铁箅子塌陷》跟踪报道", title: "塌陷的铁箅子修好了" });
    const essay = parsePage(page("沙溪：一个让你记住乡愁的地方", "□ 张某祎", "听说沙溪古镇名字", "来历奇特，据说明代古镇人曹某在朝中做官，皇帝闲谈时随口问道：“曹爱卿，仙乡何处呀？”")).articles[0]!;
    expect(essay.paragraphs[0]).toBe("听说沙溪古镇名字来历奇特，据说明代古镇人曹某在朝中做官，皇帝闲谈时随口问道：“曹爱卿，仙乡何处呀？”");
    expect(columnCut("库车经济开发区管委会", "主任刘某军介绍，纺织服装领域一直是库车的空白。")).toBe("phrase-open");
    expect(columnCut("库车经济开发区管委会", "近日，纺织服装领域迎来新的发展机遇。")).toBeNull();
  });

  it("who tipped a story off, on a line after its text, closes it and heads nothing (paragraph.tip-off)", () => {
    const text = page("“房车”扰乱居民生活", "新报讯【记者王某】一辆破旧汽车停在停车场里，十来个外地人吃喝拉撒都在这，附近居民苦不堪言。", "报料人：杨某 奖66元", "某县城商业中心一商场昨晚失火", "晨报讯 11月1日晚7时30分左右，某县城商业中心一商场突发大火。");
    const [a, b] = parsePage(text).articles;
    expect(a!.paragraphs.at(-1)).toBe("报料人：杨某 奖66元");
    expect(b!.title).toBe("某县城商业中心一商场昨晚失火");
    expect(decisionAt(text, at(2))).toMatchObject({ role: "paragraph", rule: "paragraph.tip-off" });
  });
});

describe("round 82's rules, narrowed", () => {
  it("a credit printed first heads a report over three paragraphs or more; over a caption cut by its column or with no end mark it keeps its title", () => {
    const report = page("某地按下复工复产快进键", "（本报全媒体记者 张某 摄影报道）8月18日，在某化妆品有限公司车间内，员工正忙着赶制订单。", "据了解，该公司已全面复工。", "目前，全区规上企业复工率达到九成以上。", "区经信局负责人表示，将继续做好服务保障。");
    expect(parsePage(report).articles[0]).toMatchObject({ byline: "（本报全媒体记者 张某 摄影报道）", photos: [] });
    const prev = ["某县春耕忙", "本报讯（记者 张某）连日来，某县各地抓住晴好天气开展春耕生产。"];
    const cut = parsePage(page(...prev, "油菜花海引客来", "（张某 摄影报道）3月10日，在某县", "桃园镇的万亩油菜花竞相开放，吸引游客前来观赏。", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点。")).articles;
    expect(cut.map((a) => a.title)).toEqual(["某县春耕忙", "油菜花海引客来", "图书馆延长开放时间"]);
    const open = parsePage(page("油菜花海引客来", "（记者 张某 摄）游客在花海中拍照留念", "本报讯（记者 赵某）连日来，某县万亩油菜花竞相开放，吸引游客前来观赏。")).articles;
    expect(open.map((a) => [a.title, a.photos.map((p) => p.caption)])).toEqual([["油菜花海引客来", ["游客在花海中拍照留念"]]]);
    // (A byline of words and pictures in brackets, or a caption's own words, is no credit printed first.)
    expect(parsePage(page("油菜花海引客来", "（图为无人机拍摄）今年，某县油菜花种植面积达到两万亩。")).articles[0]!.photos).toEqual([]);
  });

  it("a place's name across a break is a cut only in a sentence, after a preposition or a body, over text; a title over a title is no cut", () => {
    expect(columnCut("全力建设现代化新延安", "市第五次党代会胜利闭幕")).toBeNull();
    expect(columnCut("幸福芙蓉", "区两会代表委员建言献策，共谋发展大计。")).toBeNull();
    expect(columnCut("银川市公安局金凤", "区分局上海西路派出所“义警”巡逻队由夜市从业人员组成。")).toBe("word-across");
  });

  it("a page-top title that opens on a time and says what happened stays a title over its picture; a role alone keeps its qualifier", () => {
    const [a] = parsePage(page("今年，我市新增绿地三百公顷", "记者从市园林局获悉，今年全市新增绿地三百公顷，人均公园绿地面积继续提高。", "图为市民在新建的口袋公园休闲。", "记者 张某 摄", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点。")).articles;
    expect(a!.title).toBe("今年，我市新增绿地三百公顷");
    expect(parsePage(page("今天，我们迎来春分", "市民在公园赏花踏青。", "本报记者 张某 摄")).articles[0]!.title).toBe("今天，我们迎来春分");
    const b = parsePage(page("走在春风里 一起向未来", "□某某日报特派全媒体记者", "张某", "今年春节，我在朋友圈发现一个有趣的现象：留在城里过年的人多了。")).articles[0]!;
    expect(b.authors).toEqual([{ role: "特派全媒体记者", name: "张某" }]);
  });
});

describe("a column's opener between a story's paragraphs", () => {
  it("heads the column's first piece, never a crosshead (story.column-opener)", () => {
    const text = page("安徽发展成就展开幕", "本报讯（记者 张某）昨日，安徽发展成就展在合肥开幕，展示了安徽发展的历史性成就。", "开栏的话", "历史上的安徽，襟江带淮，地腴物博。安徽发展的历史性成就，凝聚着江淮儿女的奋斗。从今天起，本报开设专栏，讲述安徽发展的故事。", "本报编辑部");
    expect(decisionAt(text, at(2))).toMatchObject({ role: "title", article: 1 });
    expect(parsePage(text).articles.map((a) => [a.title, a.byline])).toEqual([["安徽发展成就展开幕", "本报讯（记者 张某）"], ["开栏的话", "本报编辑部"]]);
    expect(decisionAt(text, at(2), ["story.column-opener"]).role).toBe("crosshead");
  });
  it("and so does a column's name over its opening note's label (走社区问民情：开栏语); not a part's heading with a colon", () => {
    const report = ["市政服务进社区", "本报讯（记者 张某）昨日上午，市政服务进社区活动启动，市政工人走进社区为居民义务施工。", "市政服务进社区开展两年来，市政工人已深入200多个社区，为居民解决了道路、排水等难题。"];
    const text = page(...report, "走社区问民情：开栏语", "从今天起，本报开设专栏，走进社区，倾听居民的心声，讲述社区的故事。");
    expect(decisionAt(text, at(3))).toMatchObject({ role: "title", article: 1 });
    expect(decisionAt(text, at(3), ["story.column-opener"]).role).toBe("crosshead");
    expect(decisionAt(page(...report, "展区亮点：科技创新", "市政工人还走进社区，为居民疏通排水管道，修补坑洼路面。"), at(3)).role).toBe("crosshead");
  });
});

describe("round 81's rules, narrowed", () => {
  it("a sentence cut after quoted words counts them as a crosshead's length does not; 自称 as a noun, a series' part in brackets and a bureau of 局 meaning a state of things read as before", () => {
    const report = ["柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。"];
    const cut = parsePage(page(...report, "市民张某在“一站式”“一窗通办”服务窗口", "办理营业执照，前后只用了不到半个小时。"), { explain: true }).decisions!;
    expect(cut.find((d) => d.line === 5)?.role).not.toBe("crosshead");
    expect(endsMidPhrase("古人的谦称与自称")).toBe(false);
    const series = parsePage(page(...report, "（系列报道之三：乡村振兴）", "某村的致富路", "本报讯（记者 李某）近日，记者走进某村。")).articles;
    expect(series.map((a) => a.title)).toEqual(["柳树村的新变化", "某村的致富路"]);
    for (const [a, b] of [["外贸进出口开新局", "前三季度同比增12.5%"], ["小作坊变身上市公司", "一家民营企业的三十年"], ["刷单返利是骗局", "警方提醒：切勿轻信"]]) {
      expect(weighTwoLines(a!, b!).some((e) => e.feature === "headline.kicker-place"), a).toBe(false);
    }
  });

  it("a credit's two-character photo title before the names stays the caption (晨曦 甲 乙 摄)", () => {
    const a = parsePage(page("金秋田野", "晨曦 张某 李某 摄")).articles[0]!;
    expect(a.photos.map((p) => p.credit)).not.toContain("晨曦 张某 李某 摄");
  });
});

describe("forms of round 81's pages", () => {
  it("a credit's names, one of a rare surname among names that read as names, are one credit, never a caption and a credit", () => {
    const a = parsePage(page("某地铁“绿色出行”活动举行", "3月26日，由某市轨道公司主办的“丈量地铁、绿色出行”活动在某地铁站举办。", "候某峰 姜某祥 高某 摄影报道")).articles[0]!;
    expect(a.photos.map((p) => [p.credit, p.photographers.map((x) => x.name)])).toEqual([["候某峰 姜某祥 高某 摄影报道", ["候某峰", "姜某祥", "高某"]]]);
  });

  it("a preposition and a place cut before its ending (…在唐山 / 市交通…) runs on; a company and its branch over the news is the kicker", () => {
    const report = ["某集团与某市推进深度合作", "本报讯 某集团总裁张某和某市市委书记王某近日举行会谈。"];
    const a = parsePage(page(...report, "王某对某集团在唐山", "市交通和城市基础设施建设领域给予的大力支持表示感谢。")).articles[0]!;
    expect(a.paragraphs).toHaveLength(2);
    // (市民 and 区域 open words of their own: a heading ending on a place may stand over them.)
    expect(columnCut("春节前夕走访在唐山", "市民们纷纷走上街头。")).toBeNull();
    expect(parsePage(page("中铁某局一公司", "大湾区各建设工地热切关注全国两会", "本报广州3月8日讯（通讯员 黄某）3月5日，十三届全国人大四次会议开幕，公司所属各建设工地掀起观看学习热潮。")).articles[0]).toMatchObject({ kicker: "中铁某局一公司", title: "大湾区各建设工地热切关注全国两会" });
  });

  it("under a byline line, the text's first piece that restates a headline line is no crosshead", () => {
    const a = parsePage(page("唱歌跳舞献爱心样样行", "晚报社区服务指南第17期新鲜出炉", "□社区记者 卞某 文某", "晚报社区服务", "指南第17期新鲜出炉啦！今天亮相的是新华区的五个社区，这些社区各有特色。")).articles[0]!;
    expect(a.paragraphs[0]).toBe("晚报社区服务指南第17期新鲜出炉啦！今天亮相的是新华区的五个社区，这些社区各有特色。");
  });
});

describe("a closing title mark that closes no title", () => {
  it("opens a list's item as ▶ does, after a sentence's end or a colon; one that closes a title the block above opened goes on with it", () => {
    const items = ["》深化改革成效明显，将对其典型经验予以推广。", "》新型城镇化等项目建设进展较快、成效明显。"];
    const a = parsePage(page("我市四项工作受省政府表彰", "本报记者 陈某", "表彰通报指出：", ...items)).articles[0]!;
    expect(a.paragraphs).toEqual(["表彰通报指出：", ...items]);
    const b = parsePage(page("我市四项工作受省政府表彰", "本报记者 陈某", "人民日报刊发《吉首“摘帽”不摘政策", "》一文，报道我市的做法。")).articles[0]!;
    expect(b.paragraphs).toEqual(["人民日报刊发《吉首“摘帽”不摘政策》一文，报道我市的做法。"]);
  });
});

describe("a speaker named after a quotation", () => {
  const read = (prev: string, next: string) => parsePage(page("全市夜市经济持续升温", "本报记者 陈某", prev, next)).articles[0]!.paragraphs;

  it("goes on with the quotation's paragraph when the sentence ends on the speaker (continuation.quote-attribution)", () => {
    expect(read("“生意比去年好多了。”", "摊主王大姐笑着说。今年客流大增。")).toEqual(["“生意比去年好多了。”摊主王大姐笑着说。今年客流大增。"]);
    expect(read("张某表示，合作社将继续扩大规模，“明年争取再建20个大棚。”", "他说。")).toEqual(["张某表示，合作社将继续扩大规模，“明年争取再建20个大棚。”他说。"]);
    // a speaker named with a quoted word in the phrase (获得“随手拍”奖项的市民)
    expect(read("“阳江是一座很温暖的城市。”", "一位获得“文明随手拍”奖项的市民动情地说。颁奖仪式随后举行。")).toEqual(["“阳江是一座很温暖的城市。”一位获得“文明随手拍”奖项的市民动情地说。颁奖仪式随后举行。"]);
    const off = parsePage(page("全市夜市经济持续升温", "本报记者 陈某", "“生意比去年好多了。”", "摊主王大姐笑着说。今年客流大增。"), { disabled: ["continuation.quote-attribution"] }).articles[0]!;
    expect(off.paragraphs).toHaveLength(2);
  });

  it("opens a paragraph of its own when the block goes on after the speaker (张某说，…; 他表示，…), as print makes it", () => {
    for (const [prev, next] of [
      ["“生意比去年好多了。”", "摊主王大姐说，今年客流大增。"],
      ["“我们维护了老字号的尊严，值！”", "崔某表示，商场近期会组织职工参观。"],
      ["委员崔某说，“我们企业也将积极作为，创造新的业绩。”", "委员钮某说，留住本地人才也非常重要。"],
      ["“生意比去年好多了。”", "他说，要搬场了：“搬到新街，还不知道生意好坏。”"],
      ["“生意比去年好多了。”", "摊主王大姐说：“今年客流大增。”"],
    ]) {
      expect(read(prev!, next!), next).toEqual([prev, next]);
    }
  });

  it("not after a quotation its speaker introduced with a colon (黄某说：“…。” / 他说。): another's turn", () => {
    expect(read("黄某说：“这里很温暖。”", "他说。")).toEqual(["黄某说：“这里很温暖。”", "他说。"]);
  });
});

describe("a brand's 讯 under a byline line", () => {
  it("joins the byline as the lead's label (lead.brand-after-byline); with no byline line above, the text keeps it", () => {
    const [a] = parsePage(page("月季花会赏花地图", "全媒体记者 杨某梅", "龙腾南阳讯 南阳月季，千姿百态，四时常开。")).articles;
    expect([a!.byline, a!.paragraphs]).toEqual(["全媒体记者 杨某梅 龙腾南阳讯", ["南阳月季，千姿百态，四时常开。"]]);
    const [b] = parsePage(page("月季花会赏花地图", "全媒体记者 杨某梅", "龙腾南阳讯 南阳月季，千姿百态，四时常开。"), { disabled: ["lead.brand-after-byline"] }).articles;
    expect(b!.paragraphs).toEqual(["龙腾南阳讯 南阳月季，千姿百态，四时常开。"]);
  });
});

describe("a special issue's page label", () => {
  it("is a paper's name over the issue's label and the years it spans, never news of one (furniture.running-head)", () => {
    for (const label of ["某某日报创刊45周年特刊1980-2025", "某某日报创刊七十周年特刊 1953—2023"]) expect(parsePage(page(label, ...REPORT)).furniture.map((f) => f.text), label).toEqual([label]);
    for (const title of ["本报推出国庆特刊", "晚报推出春节专刊", "老读者珍藏的日报特刊", "献礼日报创刊70周年特刊", "某某晚报特刊"]) expect(parsePage(page(title, ...REPORT)).furniture, title).toEqual([]);
  });
});

describe("journalists a story names, a paper's name before each", () => {
  it("stay its text, never its byline", () => {
    const a = parsePage(page("中央媒体记者走进我市", "本报讯 10月12日至14日，中央媒体采访团一行来我市采访。", "人民日报 记者 王某", "新华社 记者 李某", "采访团先后走访了多家企业和社区。")).articles[0]!;
    expect([a.byline, a.authors]).toEqual(["本报讯", []]);
    expect(a.paragraphs.join("")).toContain("人民日报 记者 王某");
  });
});

describe("a notice's address", () => {
  it("among its detail lines is the notice's own, not the paper's (paragraph.notice-detail)", () => {
    const text = page("关于候选市树市花的公示", "为集中民智，体现民意，现将候选名单予以公示。", "地址：某某市公园路182号园林局", "联系电话：0775-1234567。", "某某市园林局", "2017年4月10日");
    const parsed = parsePage(text);
    expect(parsed.furniture).toEqual([]);
    expect(parsed.articles[0]!.paragraphs).toContain("地址：某某市公园路182号园林局");
    // Alone, the label is the paper's address.
    expect(parsePage(page(...REPORT, "地址：某某市公园路182号")).furniture.map((f) => f.text)).toEqual(["地址：某某市公园路182号"]);
  });
});

describe("a credit the column cut", () => {
  it("takes back its first people from the end of the caption's block (credit.cut-by-column)", () => {
    const text = page("文化进工地", "近日，市总工会举办的文艺晚会在地铁工地上演，为建设者送去精彩节目。记者周某、洪某婷", "通讯员张某燕 摄影报道");
    const [story] = parsePage(text).articles;
    expect(story!.photos).toEqual([{ caption: "近日，市总工会举办的文艺晚会在地铁工地上演，为建设者送去精彩节目。", credit: "记者周某、洪某婷 通讯员张某燕 摄影报道", photographers: [{ role: "记者", name: "周某" }, { role: "记者", name: "洪某婷" }, { role: "通讯员", name: "张某燕" }] }]);
    expect(parsePage(text, { disabled: ["credit.cut-by-column"] }).articles[0]!.photos[0]!.credit).toBe("通讯员张某燕 摄影报道");
    // Words after the last sentence that name no one by a role stay in the caption.
    const [kept] = parsePage(page("文化进工地", "近日，市总工会举办的文艺晚会在地铁工地上演。建设者们纷纷", "通讯员张某燕 摄影报道")).articles;
    expect(kept!.photos[0]!.caption).toBe("近日，市总工会举办的文艺晚会在地铁工地上演。建设者们纷纷");
  });
});

describe("a maker of words and picture under each caption", () => {
  it("credits each picture, and the piece is a photo story (credit.maker-under-caption)", () => {
    const text = page("擎气象之笔", "党的十八大以来，我国大力推进气象现代化建设，气象服务日益适应新时代需要。", "气象业务人员爬上风塔清理观测设备上的积雪。", "图/文 肖某", "防雷技术人员在大桥进行防雷安全检测。", "图/文 刘某");
    const [story, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect(story!.kind).toBe("photo");
    expect(story!.photos.map((p) => [p.caption, p.credit, p.photographers])).toEqual([
      ["气象业务人员爬上风塔清理观测设备上的积雪。", "图/文 肖某", [{ role: "图/文", name: "肖某" }]],
      ["防雷技术人员在大桥进行防雷安全检测。", "图/文 刘某", [{ role: "图/文", name: "刘某" }]],
    ]);
  });
  it("once, under a text's last paragraph, signs the text", () => {
    const [story] = parsePage(page("擎气象之笔", "党的十八大以来，我国大力推进气象现代化建设，气象服务日益适应新时代需要。", "气象部门胸怀梦想，牢记使命，走出了一条更高质量的发展之路。", "图/文 肖某")).articles;
    expect([story!.kind, story!.authors]).toEqual(["article", [{ role: "图/文", name: "肖某" }]]);
  });
});

describe("reporters named under a short unsigned text", () => {
  const caption = "2月7日全市开始降雪，凌晨六时许，公路管理站的撒盐机开始上路工作。";
  const next = ["图书馆延长开放时间", "本报讯（记者 王某）即日起，市图书馆每天开放至夜里九点。"];
  it("took its picture when the story ends there, on one line or two (credit.reporters-under-caption)", () => {
    const [photo, report] = parsePage(page("撒盐机上路", caption, "南京日报/紫金山新闻记者 冯某", "通讯员 刘某", ...next)).articles;
    expect(photo!.kind).toBe("photo");
    expect(photo!.photos).toEqual([{ caption, credit: "南京日报/紫金山新闻记者 冯某 通讯员 刘某", photographers: [{ role: "记者", name: "冯某" }, { role: "通讯员", name: "刘某" }] }]);
    expect(report!.title).toBe(next[0]);
    // At the page's end too.
    expect(parsePage(page("撒盐机上路", caption, "本报记者 冯某")).articles[0]!.kind).toBe("photo");
  });
  it("a commentator, a letter's writer, or reporters over unsigned text that goes on sign the text", () => {
    expect(parsePage(page("让无废城市理念融入日常", "垃圾分类是新时尚，也是每个人的责任。", "本报评论员 谢某", ...next)).articles[0]!.kind).toBe("commentary");
    expect(parsePage(page("街边的花不要采", "路边的花开得正好，却总有人随手采摘。", "读者 薛某玲", ...next)).articles[0]!.kind).toBe("article");
    const intro = parsePage(page("探寻活力中国的泉州实践", "8月18日至20日，主题采访活动在泉州开展，记者深入各地走访座谈。", "融媒体记者 范某林", "文旅赋能消费", "东海之滨，花香四溢，簪花围火爆出圈，游客络绎不绝。")).articles[0]!;
    expect([intro.kind, intro.authors]).toEqual(["article", [{ role: "融媒体记者", name: "范某林" }]]);
    // Text that asks a question is a report's, not a caption: its reporters sign it.
    const [report] = parsePage(page("代表列举家乡二十爱", "咱们的家乡究竟有哪些东西值得骄傲？代表们列举了二十样。", "本报记者 冯某", ...next)).articles;
    expect([report!.kind, report!.byline, report!.photos]).toEqual(["article", "本报记者 冯某", []]);
    // A slogan the people in the picture shout is a caption's.
    const [shouted] = parsePage(page("童心向党迎国庆", "9月28日，某某小学举行主题升旗仪式。孩子们手持国旗，齐声高喊：“祖国妈妈，生日快乐！”", "本报记者 李某", ...next)).articles;
    expect([shouted!.kind, shouted!.photos[0]?.credit]).toEqual(["photo", "本报记者 李某"]);
  });
});

describe("a picture story named by its heading", () => {
  it("under 图片新闻, the people after the text took the picture, on one line or two (credit.photo-heading, credit.second-line)", () => {
    const [story] = parsePage(page("图片新闻", "3月24日，市民在湖畔公园赏花踏青。", "来自多国的留学生体验生态旅游建设成果。", "■ 本报记者 贾某伟", "本报通讯员 王某明")).articles;
    expect(story!.kind).toBe("photo");
    expect(story!.authors).toEqual([]);
    expect(story!.photos).toEqual([{
      caption: "3月24日，市民在湖畔公园赏花踏青。\n来自多国的留学生体验生态旅游建设成果。",
      credit: "本报记者 贾某伟 本报通讯员 王某明",
      photographers: [{ role: "记者", name: "贾某伟" }, { role: "通讯员", name: "王某明" }],
    }]);
  });
  it("under an ordinary title, the same lines sign the text", () => {
    const [story] = parsePage(page("湖畔公园迎来踏青客", "3月24日，市民在湖畔公园赏花踏青。", "公园里的樱花、海棠竞相开放。", "游客们纷纷拍照留念。", "■ 本报记者 贾某伟", "本报通讯员 王某明")).articles;
    expect(story!.kind).toBe("article");
    expect(story!.authors.map((a) => a.name)).toEqual(["贾某伟", "王某明"]);
  });
  it("a credit that says 摄 is whole: people under it are not added to it", () => {
    const articles = parsePage(page("图片新闻", "3月24日，市民在湖畔公园赏花踏青。", "本报记者 贾某伟 摄", "湖畔公园迎来踏青客", "本报记者 王某明", "3月24日，市民在湖畔公园赏花踏青，公园游客量同比增长三成。")).articles;
    expect(articles[0]!.photos[0]!.credit).toBe("本报记者 贾某伟 摄");
  });
});

describe("a title with a comma over a picture", () => {
  it("after wider space than the page uses, titles the photo story under it (group.comma-title)", () => {
    const pictures = ["18:00 风来了 中原西路。 晚报记者 廖某 图", "19:00 雨下了 陇海西路。 晚报记者 常某 图"];
    const spaced = parsePage([...REPORT, "", "听风就是雨，一点不假", ...pictures].join("\n\n")).articles;
    expect(spaced.map((a) => [a.kind, a.title])).toEqual([["article", REPORT[0]], ["photo", "听风就是雨，一点不假"]]);
    // At the page's own spacing the line is the report's picture's caption.
    expect(parsePage(page(...REPORT, "听风就是雨，一点不假", ...pictures)).articles).toHaveLength(1);
  });
});

describe("a block opening on its date under a block with no end mark", () => {
  it("starts a sentence however that block reads: a chronicle's entries, a series of captions (paragraph.opens-on-when)", () => {
    const entries = ["1月5日，县第十六次党代会召开。会议选举产生新一届县委领导班子", "2月10日，县人民医院新院区投入使用。新院区设置床位800张", "3月18日，某某高速公路某某段建成通车。全县迈入高速时代"];
    expect(parsePage(page("2023年某某县大事记", ...entries)).articles[0]!.paragraphs).toEqual(entries);
  });
});

describe("a feature's first crosshead, and what no title is", () => {
  it("a heading of a few characters under the byline opens the text as its first crosshead (crosshead.opening)", () => {
    const text = page("雨润花娇 城市如诗", "于某", "月季盛会", "4月28日，第十三届月季花会在众人的期盼中盛大开幕，中外嘉宾齐聚一堂。");
    expect(parsePage(text).articles[0]!.paragraphs).toEqual(["月季盛会", "4月28日，第十三届月季花会在众人的期盼中盛大开幕，中外嘉宾齐聚一堂。"]);
    // (Text opening on its date never continues a column's cut either: both rules off, the heading runs into it.)
    expect(parsePage(text, { disabled: ["crosshead.opening", "paragraph.opens-on-when"] }).articles[0]!.paragraphs).toHaveLength(1);
    // Text cut by the column after a few characters, going on mid-sentence, stays one paragraph.
    expect(parsePage(page("雨润花娇 城市如诗", "于某", "今年以来我市", "，深入推进月季产业发展，月季种植面积达到二十万亩。")).articles[0]!.paragraphs).toHaveLength(1);
    // (Nor one whose last character and the text's first read likelier as a word across the break than apart, `7月24日傍` /
    // `晚，…`, `解决当前经济生` / `活中…`: on the corpus's pages re-cut, no opening heading reads so, and a column's cut
    // under the byline often does. A heading whose end makes no word with the text stands.)
    for (const [heading, text] of [["7月24日傍", "晚，武汉的江滩成了市民消暑纳凉的好地方，这里人头攒动。"], ["解决当前经济生", "活中突出的矛盾和问题的根本出路，在于深化改革。"], ["一座城在山水间浮", "现，在时间中跳跃，在秋池里落满无数的相思。"]]) {
      expect(parsePage(page("雨润花娇 城市如诗", "于某", heading!, text!)).articles[0]!.paragraphs, heading).toEqual([heading! + text!]);
    }
    // (Nor a heading of a word or two, nor text opening on a word of its own: `老街` / `道路两旁…`, `2023年夏` / `天气炎热…`.)
    for (const [heading, text] of [["初心", "村委会办公室里依然坐满了前来办事的群众。"], ["在希望的田野上", "种粮大户王某某一早就来到了自家的麦田。"], ["老街", "道路两旁的老房子修缮一新，游客络绎不绝。"], ["2023年夏", "天气格外炎热，村里的老人们都聚在大树下乘凉。"]]) {
      expect(parsePage(page("雨润花娇 城市如诗", "于某", heading!, text!)).articles[0]!.paragraphs, heading).toEqual([heading, text]);
    }
  });
  it("a cry in three clauses closes the text above it; a line addressed to its readers is no writer's name", () => {
    const text = page("这些年的美好", "本报记者 顾某", "七十年来，她伴随新中国的建设岁月一起成长，见证了城市的变迁。", "70年，不忘初心，牢记使命，继续前行！", "致读者", "王某某", "感谢所有曾给予她关爱和支持的人们。");
    const articles = parsePage(text).articles;
    expect(articles[0]!.paragraphs.at(-1)).toBe("70年，不忘初心，牢记使命，继续前行！");
    expect(articles[1]!.title).toBe("致读者");
    expect(parsePage(page("致读者", "70年前，她在解放战争的隆隆炮声中诞生，名字叫作《宜昌日报》。")).articles[0]!.authors).toEqual([]);
  });
});

describe("a crosshead and its deck", () => {
  const head = ["健康中原行走进巩义", "本报记者 常某", "2月3日，健康中原行志愿服务活动走进巩义，群众迎来了别样的健康年货。"];
  const body = "当晚，巩义市人民医院的医务人员登台，把健康科普知识送到群众身边。";
  it("a short heading over a second heading line in a signed story: two crosshead paragraphs (crosshead.heading-pair)", () => {
    const [story, ...rest] = parsePage(page(...head, "科普入心提素养", "健康理念成新春年货", body)).articles;
    expect(rest).toEqual([]);
    expect(story!.paragraphs).toEqual([head[2], "科普入心提素养", "健康理念成新春年货", body]);
    expect(parsePage(page(...head, "科普入心提素养", "健康理念成新春年货", body), { disabled: ["crosshead.heading-pair"] }).articles).toHaveLength(2);
  });
  it("a heading's quotation marks do not count to its length (“公铁水空”加快成型: eight characters)", () => {
    expect(parsePage(page(...head, "“健康年货”送上门", "健康理念成新春年货", body)).articles).toHaveLength(1);
    expect(parsePage(page(...head, "“健康年货”送到了家门口", "健康理念成新春年货", body)).articles).toHaveLength(2);
  });
  it("a heading as long as a crosshead over the person who speaks in that part is a heading and its deck (crosshead.speaker-under-heading)", () => {
    const roundup = ["真知灼见献良策", "记者 沈某翔", "昨天，县政协十届五次会议开幕，5名政协委员与大家交流，为县域发展建言献策。"];
    const remark = "加快构建现代产业体系是一项系统工程，需统筹发力、精准施策，为县域发展注入新动能。";
    const part = ["聚焦产业强县优化发展生态", "县政协委员、某县经信局工业投资科科长吴某婷", remark];
    const [story, ...rest] = parsePage(page(...roundup, ...part)).articles;
    expect(rest).toEqual([]);
    expect(story!.paragraphs).toEqual([roundup[2], ...part]);
    expect(parsePage(page(...roundup, ...part), { disabled: ["crosshead.speaker-under-heading"] }).articles).toHaveLength(2);
    // (A line that ends on no name after an office is no person's.)
    expect(parsePage(page(...roundup, "聚焦产业强县优化发展生态", "县政协委员建议加快构建现代产业体系推动发展", remark)).articles).toHaveLength(2);
    expect(parsePage(page(...roundup, "聚焦产业强县优化发展生态", "推行项目经理制度", remark)).articles).toHaveLength(2);
  });
  it("a long first line, a column's label or a dash deck heads the next story", () => {
    expect(parsePage(page(...head, "胡同里有了专属夜生活好去处", "茶余饭后遛小广场赏水景", body)).articles).toHaveLength(2);
    expect(parsePage(page(...head, "漫话", "健康理念成新春年货", body)).articles).toHaveLength(2);
    expect(parsePage(page(...head, "科普入心提素养", "——健康中原行走进巩义侧记", body)).articles).toHaveLength(2);
  });
});

describe("an unsigned piece's intro", () => {
  it("a heading under one or two intro paragraphs that shares their words is a crosshead; after three it is weighed as before (crosshead.after-intro)", () => {
    const intro = "金秋十月，邕江南岸正是一派好风光。远眺山水，关于江南的故事也在娓娓道来，南宁的采风活动正式启动。";
    const part = ["先有亭子渡后有南宁城", "在南宁，流传着“先有亭子渡，后有南宁城”的说法。亭子渡位于江南，在城市的历史长河中占据了重要的一席之地。"];
    expect(parsePage(page("盘点江南故事 记录醉美江南", intro, ...part)).articles).toHaveLength(1);
    expect(parsePage(page("盘点江南故事 记录醉美江南", intro, ...part), { disabled: ["crosshead.after-intro"] }).articles).toHaveLength(2);
    const long = ["今年以来，江南区举办各类文化活动两百余场，吸引游客上百万人次。", "区里还新建了三座公园，市民休闲有了好去处。", "采风团将走遍全区各个街道。"];
    expect(parsePage(page("盘点江南故事 记录醉美江南", intro, ...long, ...part)).articles).toHaveLength(2);
  });
});

describe("a name after an end mark", () => {
  it("splits off the paragraph's line and signs it; a name-like word that is no name stays text (signature.after-end-mark)", () => {
    const [signed] = parsePage(page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。", "各地组织农机手跨区作业。", "秋收工作进展顺利。■ 本报记者 张某明")).articles;
    expect(signed!.paragraphs.at(-1)).toBe("秋收工作进展顺利。");
    expect(signed!.authors).toEqual([{ role: "记者", name: "张某明" }]);
    const [kept] = parsePage(page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。■ 未完待续")).articles;
    expect(kept!.authors).toEqual([]);
    // Switched off, the name stays in the paragraph.
    const [off] = parsePage(page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。■ 张某明"), { disabled: ["signature.after-end-mark"] }).articles;
    expect([off!.authors, off!.paragraphs]).toEqual([[], ["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。■ 张某明"]]);
    // A bare name signs too, when it looks like one.
    const [bare] = parsePage(page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。■ 张某明")).articles;
    expect(bare!.authors).toEqual([{ role: null, name: "张某明" }]);
  });
});

describe("a byline under a headline's intro", () => {
  const intro = ["活力之城的实践", "8月18日至20日，主题采访活动在本市开展。50余名记者走进渔村和园区，探寻文旅消费与产业创新的实践路径。"];
  const parts = ["文旅赋能消费", "东海之滨，花香四溢。近年来，渔村簪花火爆“出圈”，文旅消费一路走高，随处可见簪花拍照的游客。", "产业创新蓄势", "走进园区，产业创新的生产线正在满负荷运转，订单已经排到了年底。"];
  it("reporters on a line a glyph sets off, between the intro and more text, head the report, which goes on (byline.under-intro)", () => {
    const text = page(...intro, "□融媒体记者 范某林 实习生 何某晋", ...parts);
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline, a.paragraphs.length])).toEqual([["活力之城的实践", "融媒体记者 范某林 实习生 何某晋", 5]]);
    expect(articles[0]!.authors).toEqual([{ role: "融媒体记者", name: "范某林" }, { role: "实习生", name: "何某晋" }]);
    expect(decisionAt(text, at(2)).rule).toBe("byline.under-intro");
    // Switched off, the line signs the intro and the heading under it opens a story.
    expect(parsePage(text, { disabled: ["byline.under-intro"] }).articles[0]!.paragraphs).toEqual([intro[1]]);
  });
  it("stays a signature without the glyph, without a reporter's role, or with nothing under it", () => {
    // (A plain line after the text is how a report is signed at its end.)
    expect(parsePage(page(...intro, "本报记者 范某林", ...parts)).articles[0]!.paragraphs).toEqual([intro[1]]);
    // (A reader's voice, `□晓敏（市民）`, is no reporter.)
    expect(decisionAt(page(...intro, "□晓敏（市民）", ...parts), at(2)).rule).not.toBe("byline.under-intro");
    // (Over a line whose text opens on its own time, another report's lead, it signs the brief above: briefs on one topic.)
    const briefs = page("我市秋粮收购启动", "近日，我市秋粮收购工作全面启动，全市设立收购网点八十六个，预计收购秋粮三十万吨。", "■本报记者 张某", "粮食烘干中心投用", "近日，某某镇粮食烘干中心正式投入使用，日烘干粮食三百吨。", "今年以来，全市新建粮食烘干中心十二个。");
    expect(parsePage(briefs).articles.map((a) => [a.title, a.byline])).toEqual([["我市秋粮收购启动", "本报记者 张某"], ["粮食烘干中心投用", null]]);
    const closing = page(...intro, "□融媒体记者 范某林");
    expect(decisionAt(closing, at(2)).rule).not.toBe("byline.under-intro");
    // (Over the next story's headline and byline, it signs the text above.)
    const next = page(...intro, "□本报记者 范某林", "图书馆延长开放时间", "本报记者 李某", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。");
    expect(decisionAt(next, at(2)).rule).not.toBe("byline.under-intro");
    expect(parsePage(next).articles.map((a) => [a.title, a.byline])).toEqual([["活力之城的实践", null], ["图书馆延长开放时间", "本报记者 李某"]]);
  });
});

describe("a name under the byline, before the text", () => {
  const text = "《科技日报》，是我的良师益友。为准确而及时地了解国内外的重大科技动向，我特别倚重这份报纸。";
  it("repeating the writer's name, captions their portrait, with no credit printed (caption.writer-portrait)", () => {
    const page1 = page("许多往事令我感怀", "文·卞某麟", "卞某麟", text);
    const [a] = parsePage(page1).articles;
    expect([a!.authors, a!.photos, a!.paragraphs]).toEqual([[{ role: "文", name: "卞某麟" }], [{ caption: "卞某麟", credit: "", photographers: [] }], [text]]);
    expect(decisionAt(page1, at(2)).rule).toBe("caption.writer-portrait");
    // Switched off, the name is read as a second writer's.
    expect(parsePage(page1, { disabled: ["caption.writer-portrait"] }).articles[0]!.authors).toHaveLength(2);
  });
  it("names a second writer when it is another name, and none when it reads as no name (byline.second-line)", () => {
    expect(parsePage(page("许多往事令我感怀", "文·卞某麟", "张某明", text)).articles[0]!.authors.map((p) => p.name)).toEqual(["卞某麟", "张某明"]);
    const [labelled] = parsePage(page("明星三变", "文/记者 马某 图/记者 陈某菊", "名片", text)).articles;
    expect([labelled!.authors.map((p) => p.name), labelled!.paragraphs[0]]).toEqual([["马某", "陈某菊"], "名片"]);
  });
});

describe("a paper's name and a day", () => {
  it("are the running head's as a line of their own, never a headline that names the paper", () => {
    expect(decisionAt(page("某某日报 2024年3月5日", ...REPORT), at(0)).role).toBe("furniture");
    expect(decisionAt(page("《某某日报》2024年3月5日", ...REPORT), at(0)).role).toBe("furniture");
    for (const line of ["《某某日报》（2022年8月25日）刊发评论引热议", "《某某日报》创刊七十周年"]) expect(decisionAt(page(line, BODY), at(0)).role, line).toBe("title");
  });
});

describe("a masthead's registration number", () => {
  it("makes its line furniture only as a line of its own, never in a sentence", () => {
    const told = page(...REPORT, "经过三年筹备，这份刊物去年获得国内统一刊号CN43-1234。");
    expect(decisionAt(told, at(2)).role).toBe("paragraph");
    // (A quotation, or a sentence a column cut after its comma, is a story's too.)
    for (const line of ["主编王某告诉记者：“拿到国内统一刊号CN43-1234，我们等了整整八年。”", "这份刊物去年获得国内统一刊号CN43-1234，"]) {
      expect(decisionAt(page(...REPORT, line, "成为全省第一家获得刊号的学生期刊。"), at(2)).role).not.toBe("furniture");
    }
    expect(decisionAt(page(...REPORT, "C919国产大飞机首次亮相"), at(2)).role).not.toBe("furniture");
  });
});

describe("a photo spread", () => {
  it("one line and a credit right under a photo story's credit are its next picture (caption.next-picture)", () => {
    const text = page("春节氛围组已就位", "到年货节置办年货，在黄河岸边领取春联，新春的脚步越来越近了。", "“福”字送市民", "本报记者 谭某丽 摄", "“文化下乡”送春联", "本报记者 高某梅 摄", "年货节年味拉满", "本报记者 张某伟 摄");
    const [spread, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect(spread!.photos.map((p) => [p.caption.split("\n").at(-1), p.credit])).toEqual([
      ["“福”字送市民", "本报记者 谭某丽 摄"],
      ["“文化下乡”送春联", "本报记者 高某梅 摄"],
      ["年货节年味拉满", "本报记者 张某伟 摄"],
    ]);
    expect(decisionAt(text, at(4)).rule).toBe("caption.photo-story");
    expect(parsePage(text, { disabled: ["caption.next-picture"] }).articles).toHaveLength(3);
  });
});

describe("an editor's note", () => {
  it("heads its piece as the title; the line over it is the kicker, commas and all (headline.note-under-kicker); it is never a name", () => {
    for (const [kicker, note] of [["记者节特刊", "编者按"], ["第二十个中国记者节：新闻路上，我们一起追梦", "编者按"], ["乡村振兴大家谈", "开栏语"]]) {
      const text = page(kicker!, note!, "心中有信仰，脚下有力量。本报今起推出系列报道，敬请关注。", "收获满满的采访路", "本报记者 高某风", "我从满头青丝到头发日渐花白，一直奔波在采访路上。");
      const articles = parsePage(text).articles;
      expect(articles.map((a) => [a.kicker, a.title, a.byline])).toEqual([[kicker, note, null], [null, "收获满满的采访路", "本报记者 高某风"]]);
      // (A special issue's name, `记者节特刊`, is a kicker by its own cue as well.)
      expect(parsePage(text, { disabled: ["headline.note-under-kicker"] }).articles[0]!.kicker).toBe(kicker!.endsWith("特刊") ? kicker : null);
      expect(parsePage(text, { disabled: ["headline.note-under-kicker", "headline.kicker-cue"] }).articles[0]!.kicker).toBeNull();
    }
    expect(readBareName("编者按")).toBeNull();
  });
});

describe("a short line after a closed piece", () => {
  it("after a notice's dated sign-off is the next story's title (story.after-sign-off), even sharing the notice's words", () => {
    const text = page("关于做好乡村振兴工作的通知", "为做好相关工作，现将有关事项通知如下：", "一、各单位要加强值班值守。", "市乡村振兴局", "2024年6月1日", "乡村振兴展新颜", "近年来，各村持续推进乡村振兴，村容村貌焕然一新，乡村振兴成效明显。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["关于做好乡村振兴工作的通知", "乡村振兴展新颜"]);
    expect(decisionAt(text, at(5)).role).toBe("title");
    expect(parsePage(text, { disabled: ["story.after-sign-off"] }).articles).toHaveLength(1);
  });

  it("after a notice signed by who issued it, with no date, is the next story's title too (story.after-sign-off)", () => {
    const text = page("农村公路志愿者招募启事", "为做好相关服务保障，现面向社会招募志愿者30名。", "联系人：周老师", "联系电话：0731-22886699", "共青团某某市委员会", "农村公路通到家门口", "志愿者去养老院看望老人，理发、量血压、唱红歌。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["农村公路志愿者招募启事", "农村公路通到家门口"]);
    expect(parsePage(text, { disabled: ["story.after-sign-off"] }).articles).toHaveLength(1);
  });

  it("over a lead, ending like an organisation's name, is the next story's title, never a notice's sign-off", () => {
    const text = page("冬季用电安全须知", "入冬以来，用电负荷持续攀升，请广大市民注意用电安全。", "我市再获全国文明城市", "本报讯（记者 王某）近日，全国文明城市复审结果公布，我市顺利通过。");
    expect(parsePage(text).articles.map((a) => [a.title, a.byline])).toEqual([["冬季用电安全须知", null], ["我市再获全国文明城市", "本报讯（记者 王某）"]]);
    // With the title between it and the lead, such a line after a notice is its sign-off.
    const signed = page("冬季用电安全须知", "入冬以来，用电负荷持续攀升，请广大市民注意用电安全。", "国网某某供电公司", "我市再获全国文明城市", "本报讯（记者 王某）近日，全国文明城市复审结果公布，我市顺利通过。");
    expect(parsePage(signed).articles.map((a) => [a.title, a.paragraphs.at(-1)])).toEqual([["冬季用电安全须知", "国网某某供电公司"], ["我市再获全国文明城市", "近日，全国文明城市复审结果公布，我市顺利通过。"]]);
    // A signature under the sign-off signs the notice: the sign-off stays its last paragraph.
    const notice = parsePage(page("关于临时交通管制的通告", "因道路施工，某某路将实行临时交通管制。特此通告。", "某某市公安局", "（本报记者 张某 整理）")).articles;
    expect(notice.map((a) => [a.title, a.paragraphs.at(-1)])).toEqual([["关于临时交通管制的通告", "某某市公安局"]]);
  });

  it("before text that ends on a commentator's signature, after a reporter's byline line, starts the commentary", () => {
    const text = page("全市秋粮收购进展顺利", "本报记者 王某红", "近日，记者走进项目现场，看到一派繁忙景象，项目建设进展顺利。", "项目建设贵在实干", "发展是第一要务，项目建设是发展的基础。", "（执笔：刘某）");
    expect(parsePage(text).articles.map((a) => [a.kind, a.title])).toEqual([["article", "全市秋粮收购进展顺利"], ["commentary", "项目建设贵在实干"]]);
    // A commentator's own byline on top: the signature closes the same piece.
    const own = page("项目建设贵在实干", "本报评论员", "发展是第一要务，项目建设是发展的基础。", "实干出实绩", "抓项目就是抓发展，抓发展就要抓项目。", "（执笔：刘某）");
    expect(parsePage(own).articles).toHaveLength(1);
  });
});

describe("a short line inside a story: crosshead or the next story, weighed", () => {
  it("a picture's title after a finished report starts a photo story (group.photo-after-report), a crosshead without that rule", () => {
    const text = page(...REPORT, "晚稻收割忙", "农民在田间收割晚稻。", "本报记者 李某 摄");
    expect(decisionAt(text, at(2)).role).toBe("title");
    const off = decisionAt(text, at(2), ["group.photo-after-report"]);
    expect(off.role).toBe("crosshead");
  });

  it("in an unsigned piece much shared vocabulary keeps a crosshead (crosshead.overlap), a little does not (story.unsigned-piece)", () => {
    const unsigned = ["全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。"];
    const much = decisionAt(page(...unsigned, "晚稻收割过半", "各地晚稻收割已过半，秋收工作进展顺利。"), at(2));
    expect(much.role).toBe("crosshead");
    expect(much.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ feature: "crosshead.overlap" }), { feature: "story.unsigned-piece", weight: -2 }]));
    const little = decisionAt(page(...unsigned, "图书馆延长开放", "即日起，市图书馆每天开放至夜里九点，方便读者收割知识。"), at(2));
    expect(little.role).toBe("title");
  });

  it("text under the line that shares next to nothing with the article leans to a new story (story.unrelated-text)", () => {
    const signed = ["全市秋粮收购进展顺利", "本报记者 王某", "近日，记者走进全市重点项目工地，看到一派繁忙景象。", "据介绍，该项目总投资约5亿元，建成后将有效带动周边产业发展。"];
    const text = page(...signed, "高新区项目建设如火如荼", "市图书馆新添了一批自助借还设备，读者借书更方便了。");
    const d = decisionAt(text, at(4));
    expect(d.role).toBe("title");
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.unrelated-text", weight: -1 }]));
    // (Nor does it share the article's own words, which weighs for a new story too.)
    const off = decisionAt(text, at(4), ["story.unrelated-text", "story.other-words"]);
    expect(off.role).toBe("crosshead");
  });

  it("a brief about something else under a signed report is another story, though its title shares a word with the report (story.unrelated-text; a generated page found it)", () => {
    // (An interview above them: the page's words then weigh 市民, which the brief shares with the report, as the report's own.)
    const interview = ["全市秋粮收购进展顺利", "本报记者 孙某", "近日，记者就全市秋粮工作专访了相关负责人。", "记者：今年的目标能完成吗？", "李某：没问题！", "问：还有什么打算？", "答：再办两场展销会，让更多群众受益。"];
    const signed = ["市民文化节精彩纷呈", "本报记者 王某", "近日，记者走进市民文化，看到一派繁忙景象。工人们正在加紧施工，确保项目早日建成投用。", "据介绍，该项目总投资约5亿元，建成后将有效带动周边产业发展。"];
    const text = page(...interview, ...signed, "高新区项目建设如火如荼", "一名外卖骑手跳进河里救起落水儿童，被评为见义勇为好市民。");
    expect(decisionAt(text, at(11)).role).toBe("title");
    expect(decisionAt(text, at(11), ["story.unrelated-text"]).role).toBe("crosshead");
  });

  it("text under the line that shares much with the article counts as much only when some of it is the story's own words, not the page's theme", () => {
    const report = ["全市晚稻收割过半", "本报记者 王某", "连日来，全市各地群众抢抓晴好天气收割晚稻，田间一派繁忙，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，全市各地群众忙着装袋、晾晒。"];
    const purchase = ["秋粮收购价格稳定", "本报讯 全市各地群众陆续售粮，各收购点秩序井然，价格保持稳定。", "全市各地群众表示，今年秋粮品质好。"];
    const weights = (under: string) => decisionAt(page(...report, "村里建起文化广场", under, ...purchase), at(4)).evidence!.filter((e) => e.feature === "crosshead.shared-vocabulary").map((e) => e.weight);
    // (全市各地群众 is on every story of the page: five pairs shared, but only the theme's.)
    expect(weights("日前，某村文化广场投入使用，全市各地群众在广场上跳舞。")).toEqual([1]);
    expect(weights("截至昨日，某县晚稻收割已过半，收割机还在稻田里来回穿梭。")).toEqual([3]);
  });

  it("a jump line that sends the story on to another page ends its text here: the line after it heads the next story (story.after-jump-line)", () => {
    const report = ["市人大代表审议政府工作报告", "本报讯（记者 王某）昨日下午，市人大代表分组审议政府工作报告，代表们一致认为报告实事求是。", "代表们围绕产业发展、城乡融合、民生实事等建言献策，审议气氛热烈。"];
    const next = ["主席团举行第二次会议", "市人大会议主席团昨日上午举行第二次会议，听取各代表团审议情况的汇报，代表们围绕产业发展建言。"];
    for (const jump of ["（下转第2版）", "(转第三版)"]) {
      const text = page(...report, jump, ...next);
      expect(decisionAt(text, at(3)).role, jump).toBe("furniture");
      expect(decisionAt(text, at(4)).role, jump).toBe("title");
    }
    const text = page(...report, "（下转第2版）", ...next);
    // (Switched off, the line's shared vocabulary keeps it in the report above, as a crosshead.)
    expect(decisionAt(text, at(4), ["story.after-jump-line"]).role).toBe("crosshead");
  });

  describe("text that shares none of the article's own words leans to a new story (story.other-words)", () => {
    // A page of harvest stories: 全市各地 is every story's, and says nothing about which story a block belongs to.
    const report = ["全市晚稻收割过半", "本报记者 王某", "连日来，全市各地抢抓晴好天气收割晚稻，田间一派繁忙，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，全市各地农户忙着装袋、晾晒。"];
    const square = "某村新建的文化广场投入使用，全市各地群众晚饭后在广场上跳舞、下棋。";
    const purchase = ["秋粮收购价格稳定", "本报讯 全市各地陆续售粮，各收购点秩序井然，价格保持稳定。", "全市各地售粮群众表示，今年秋粮品质好。"];

    it("outweighs the page's theme words the text shares with the article", () => {
      const text = page(...report, "村里建起文化广场", square, ...purchase);
      const d = decisionAt(text, at(4));
      expect(d.role).toBe("title");
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.other-words", weight: -2 }]));
      const off = decisionAt(text, at(4), ["story.other-words"]);
      expect(off.role).toBe("crosshead");
    });

    it("is not weighed when the line itself repeats much of the article's vocabulary", () => {
      const d = decisionAt(page(...report, "晚稻收割过半", square, ...purchase), at(4));
      expect(d.role).toBe("crosshead");
      expect(d.evidence!.some((e) => e.feature === "story.other-words")).toBe(false);
    });

    it("is not weighed over what the line's form says: a part's label, a sibling's shape", () => {
      // (A year in four seasons: each part shares only the page's theme with the intro, and its label says it is a part.)
      const year = ["这一年，我们这样走过", "本报记者 王某", "回望这一年，城市的变化写在街头巷尾，写在每个人的日子里。", "我们从四季里各选一件事，记下这座城市走过的路。"];
      const text = page(...year, "春：地铁三号线开通", "三号线开通那天，全市各地群众赶来试乘，车厢里满是笑脸。", ...purchase);
      const d = decisionAt(text, at(4));
      expect(d.role).toBe("crosshead");
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "crosshead.part-label", weight: 3 }]));
      expect(d.evidence!.some((e) => e.feature === "story.other-words")).toBe(false);
    });

    it("is not weighed over a single paragraph: too little text to judge its words by", () => {
      const d = decisionAt(page(...report.slice(0, 3), "村里建起文化广场", "日前，某村新建的文化广场投入使用，村民晚饭后在广场上跳舞、下棋。", ...purchase), at(3));
      expect(d.evidence!.some((e) => e.feature === "story.other-words")).toBe(false);
    });
  });

  it("after sibling crossheads of one short length, a longer line leans to a new story (story.unlike-crossheads)", () => {
    const feature = ["小山村里的新农人", "本报记者 孙某", "初冬时节，返乡青年王某正在大棚里查看西红柿的长势。", "返乡创业", "2018年，在外打拼多年的王某回到家乡，承包土地种植大棚蔬菜。", "科技助力", "为了种好菜，他请来专家现场指导，还引进了智能温控系统。"];
    const text = page(...feature, "农村公路通到家门口", "志愿者去养老院看望老人，理发、量血压、唱红歌。");
    const d = decisionAt(text, at(7));
    expect(d.role).toBe("title");
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.unlike-crossheads", weight: -2 }]));
    // (The text under it shares none of the story's words either, which weighs for a new story too: −1, not −2, in a piece
    // already cut into parts, whose words change from part to part.)
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.other-words", weight: -1 }]));
    const off = decisionAt(text, at(7), ["story.unlike-crossheads", "story.other-words"]);
    expect(off.role).toBe("crosshead");
  });

  it("after sibling crossheads of a longer length, a line half as long again leans to a new story (story.unlike-crossheads)", () => {
    const meeting = ["区政府举行全体会议", "本报讯 某区政府1月12日举行全体会议，审议政府工作报告。", "抢先抓早，确保实现良好开局", "区长指出，今年是规划的开局之年，要保持定力、接续奋斗。", "守牢底线，保障城区安全稳定", "区长强调，岁末年初，各项安全风险隐患叠加交织，要强化责任。"];
    const d = decisionAt(page(...meeting, "曹某率某区代表团赴郑州市、许昌市、南阳市调研走访企业", "5月25日至29日，区委书记曹某率代表团赴三市调研。"), at(6));
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.unlike-crossheads", weight: -2 }, { feature: "story.dated-lead", weight: -1 }]));
    // (A line not so much longer is weighed as their sibling might be.)
    const near = decisionAt(page(...meeting, "优化服务，持续提升营商环境水平", "区长要求，要持续优化营商环境，服务好企业发展。"), at(6));
    expect((near.evidence ?? []).map((e) => e.feature)).not.toContain("story.unlike-crossheads");
  });

  it("a headline's bulleted points are paragraphs of their own, each, and the last is no title over the byline", () => {
    const text = page("看电视怎么这么费劲", "记者调查智能电视使用“套路”", "● 智能电视机增加了观看节目的可选择范围，但在使用过程中存在不少问题", "● 网络电视付费收看的情况十分普遍，一些消费者也愿意为心仪的节目付费", "□ 本报记者 张某", "今年春节期间，儿子送来一台超大屏液晶智能电视机，老人却吐槽不断。");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect([a!.byline, a!.paragraphs.length]).toEqual(["本报记者 张某", 3]);
  });

  it("a kept crosshead of three characters stands alone: the text under it is a paragraph of its own", () => {
    const unsigned = ["全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。"];
    const text = page(...unsigned, "收割记", "各地晚稻收割已过半，秋收工作进展顺利。");
    expect(decisionAt(text, at(2)).role).toBe("crosshead");
    expect(parsePage(text).articles[0]!.paragraphs).toEqual([unsigned[1], "收割记", "各地晚稻收割已过半，秋收工作进展顺利。"]);
  });

  it("people who reported in pictures (…摄影报道), under the headline and over a report's text, sign the report (byline.photo-report)", () => {
    const text = page("乡村里的“年味儿”", "某某日报记者 赵某秋 通讯员 朵某健 摄影报道", "春节将至，走进某市某区高庙镇，浓郁的年味儿扑面而来。村庄街巷彩灯高挂，社火排练正酣。", "沿着镇上的主街道一眼望去，两条飞龙彩灯便映入眼帘，威猛而瑰丽。");
    const [a] = parsePage(text).articles;
    expect({ kind: a!.kind, byline: a!.byline, authors: a!.authors, photos: a!.photos.length, paragraphs: a!.paragraphs.length }).toEqual({ kind: "article", byline: "某某日报记者 赵某秋 通讯员 朵某健 摄影报道", authors: [{ role: "记者", name: "赵某秋" }, { role: "通讯员", name: "朵某健" }], photos: 0, paragraphs: 2 });
    expect(decisionAt(text, at(1))).toMatchObject({ role: "byline", rule: "byline.photo-report" });
    expect(parsePage(text, { disabled: ["byline.photo-report"] }).articles[0]!.kind).toBe("photo");
    // (Under a byline line, it joins that byline.)
    const twoLines = page("“凤城”纪事", "某某报记者 李某军 王某明", "通讯员 秦某/摄影报道", "为期三天的“第16届中国厨师节”昨日在顺德大良闭幕。本届厨师节吸引了上万名厨师及游客。", "大良街道是区委、区政府所在地，又叫“凤城”，是著名的“中国厨师之乡”。");
    expect(parsePage(twoLines).articles[0]!.authors.map((x) => x.name)).toEqual(["李某军", "王某明", "秦某"]);
    // (Over a picture's short caption, it is the photo story's credit, printed first.)
    const story = page("某地“水中森林”成游客争相打卡地", "本报记者陈某洁李某娜摄影报道", "杉树林。", "近日，某区某街道田园桂花综合体的杉树林红了，迎来不少游客。");
    expect(parsePage(story).articles[0]!.kind).toBe("photo");
    // (Over one caption of a sentence, however long, it is the credit too: a report runs to paragraphs.)
    const one = page("校园银杏美如画", "张某 李某 摄影报道", "10月16日，学生和市民在校园银杏林中拍照留念，金黄的银杏叶铺满小路。");
    expect(parsePage(one).articles[0]!.kind).toBe("photo");
    // (Over the report's lead, `晚报讯 …`, it signs the report as well; the lead's label joins the byline.)
    const led = page("某校在建工地上午发生火灾", "□记者祝某 胡某玲 通讯员闫某荣摄影报道", "晚报讯 今天上午9时左右，某校在建工地发生火灾，所幸工人已全部上工，没有人员伤亡。", "消防人员很快赶到现场，火势在半小时内被扑灭。");
    expect(parsePage(led).articles[0]).toMatchObject({ kind: "article", byline: "记者祝某 胡某玲 通讯员闫某荣摄影报道 晚报讯", authors: [{ role: "记者", name: "祝某" }, { role: "记者", name: "胡某玲" }, { role: "通讯员", name: "闫某荣" }], photos: [] });
  });

  it("officials sign an address under its title, each office the role and the body it speaks for dropped (group.officials-under-title)", () => {
    const address = page(...REPORT, "新春献词", "市委书记 傅某荣", "市长 沃某特", "岁序更替，华章日新。值此新春佳节到来之际，我们向全市人民致以新春的祝福！");
    const a = parsePage(address).articles[1]!;
    expect([a.title, a.subtitle, a.byline, a.authors]).toEqual(["新春献词", null, "市委书记 傅某荣 市长 沃某特", [{ role: "市委书记", name: "傅某荣" }, { role: "市长", name: "沃某特" }]]);
    expect(parsePage(address, { disabled: ["group.officials-under-title"] }).articles[1]!.byline).toBeNull();
    // (Under a subtitle opened by a dash, and with the body the official speaks for before the office.)
    const report = page("某市政府工作报告", "——2024年1月10日在某市第十届人民代表大会第三次会议上", "某市人民政府市长 陈某伟", "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。");
    expect(parsePage(report).articles[0]!.authors).toEqual([{ role: "市长", name: "陈某伟" }]);
    // (An office and a name inside a report's text, or over nothing, sign nothing.)
    expect(parsePage(page("市政府召开常务会议", "市长 张某主持会议。会议研究了近期重点工作。")).articles[0]!.byline).toBeNull();
  });

  it("whom a speech addresses (同志们：) opens its own paragraph, never the rest of an open block above it (paragraph.salutation)", () => {
    const report = (salutation: string) => page("某市政府工作报告", "——2024年1月10日在某市第十届人民代表大会第三次会议上", "政府工作报告全文如下", salutation, "现在，我代表市人民政府向大会报告工作，请予审议。");
    for (const salutation of ["各位代表：", "同志们、朋友们：", "尊敬的各位来宾："]) {
      expect(decisionAt(report(salutation), at(3)), salutation).toMatchObject({ role: "paragraph", rule: "paragraph.salutation" });
      expect(parsePage(report(salutation)).articles[0]!.paragraphs.slice(0, 2), salutation).toEqual(["政府工作报告全文如下", salutation]);
    }
    const off = decisionAt(report("各位代表："), at(3), ["paragraph.salutation"]);
    expect(off.role).toBe("continuation");
    // (Labels closed by a colon address no one: they go on as before.)
    for (const label of ["编者按：", "主持人：", "降水方面：", "作者简介：", "任命：", "激动地告诉我们：", "人们：", "记者们："]) expect(decisionAt(report(label), at(3)).rule, label).not.toBe("paragraph.salutation");
  });

  it("a reader's letter is signed after its text by where its writer lives or works and the name (signature.letter-writer)", () => {
    const letter = ["我们喜爱这份报纸", "编辑同志：多年来，我们厂历任工会主席都十分重视这份报纸的订阅工作。", "今年，厂里又为每个班组订了一份，职工们都说好。"];
    const next = ["全市秋收进展顺利", "本报讯 近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"];
    for (const [line, name] of [["某市66号信箱杨某勇", "杨某勇"], ["某县农机厂 王某明", "王某明"]] as const) {
      const [a, b] = parsePage(page(...letter, line, ...next)).articles;
      expect([a!.byline, a!.authors, b!.title, b!.kicker], line).toEqual([line, [{ role: null, name }], "全市秋收进展顺利", null]);
    }
    // Switched off, the letter is signed by no one.
    expect(parsePage(page(...letter, "某市66号信箱杨某勇", ...next), { disabled: ["signature.letter-writer"] }).articles[0]!.authors).toEqual([]);
    // (Nor over a headline naming the same person: the next story's profile line.)
    expect(parsePage(page(...letter, "某县某村 王某明", "王某明：一个人的收割季", "本报讯 近日，某县某村的王某明又忙碌起来。")).articles[0]!.authors).toEqual([]);
    // (Not after a report, which no reader greets: there the line is the next headline's.)
    const report = ["全市秋收进展顺利", "本报讯 近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"];
    expect(parsePage(page(...report, "某县农机厂 王某明", "王某明：一个人的收割季", "本报讯 近日，某县农机厂的王某明又忙碌起来。")).articles[0]!.authors).toEqual([]);
  });

  it("a line over a salutation, or over one or two more lines and a salutation, heads a speech or a letter: the next story, never a crosshead (story.salutation)", () => {
    const report = ["全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。", "全市各地农机手连日来加班加点，确保颗粒归仓。"];
    for (const below of [["同志们、朋友们："], ["尊敬的市民朋友们："], ["致全市农民朋友的", "一封信", "各位农民朋友们："]]) {
      const text = page(...report, "秋收时节话丰收", ...below, "时光荏苒，岁序更新。值此丰收时节，我们向全市农民朋友致以诚挚的问候！");
      const d = decisionAt(text, at(3));
      expect(d.role, below[0]).toBe("title");
    }
    // (However many words the line shares with the report above it.)
    const signed = ["全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。", "全市各地农机手连日来加班加点收割晚稻，确保秋收颗粒归仓。"];
    const text = page(...signed, "晚稻收割过半", "同志们：", "全市晚稻收割已过半，秋收工作进展顺利，各地农机手加班加点。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "晚稻收割过半"]);
    const off = decisionAt(text, at(3), ["story.salutation"]);
    expect(off.role).toBe("crosshead");
    // (Or opening the text under it, run on after whom it greets in a greeting's form: a reader's letter, `编辑同志：多年来，…`,
    // `尊敬的各位领导：…`. Not a speaker's turn in an interview or a Q&A, `记者：…`, `问：…`, `张老师：…`, `王某明代表：…`, `读者：…`.)
    for (const opening of ["编辑同志：多年来，我们厂的职工都爱读晚稻收割的报道。", "尊敬的各位领导：今年我们村的晚稻收割已过半。"]) {
      expect(parsePage(page(...signed, "晚稻收割过半", opening)).articles.map((a) => a.title), opening).toEqual(["全市秋收进展顺利", "晚稻收割过半"]);
    }
    for (const opening of ["记者：全市晚稻收割已过半，秋收工作进展如何？", "问：全市晚稻收割已过半，秋收工作进展如何？", "张老师：全市晚稻收割已过半，秋收工作进展顺利。", "王某明代表：全市晚稻收割已过半，秋收工作进展顺利。", "读者：全市晚稻收割已过半，秋收工作进展如何？"]) {
      expect(decisionAt(page(...signed, "晚稻收割过半", opening), at(3)).role, opening).toBe("crosshead");
    }
    // (A speech has no intro: a line after its first paragraph that shares a word is no part of it.)
    const speech = page("新春致辞", "同志们、朋友们：", "时光荏苒，岁序更新。值此新春佳节来临之际，我们向全市人民致以新春的祝福！", "农村公路通到家门口", "发展是第一要务，也是解决一切问题的基础和关键。我们要坚持以人民为中心的发展思想，不断增进民生福祉。");
    expect(parsePage(speech).articles.map((a) => a.title)).toEqual(["新春致辞", "农村公路通到家门口"]);
    // (A sentence between them is the story's text going on: the salutation is one it quotes.)
    const quoted = page(...signed, "晚稻收割过半", "书记在会上说：", "同志们：", "全市晚稻收割已过半，秋收工作进展顺利，各地农机手加班加点。");
    expect(decisionAt(quoted, at(3)).role).toBe("crosshead");
  });

  it("a dispatch's place and day in brackets after a story's text dates it and heads nothing, printed in its byline before the signature under it (dateline.dispatch-after-text)", () => {
    const story = ["某市发展备受关注", "今年是某市建市二十五周年，让某市备受各地媒体关注。小组会今日如约而至，会议更是破天荒地设置现场提问环节，这无疑是开放姿态的体现。", "会议安排在下午三时开始，但还未到二时，轮候记者人数就已远远超过十五人，无不显示出各地对某市未来发展的高度关注和期待。", "相信在未来岁月，某市定会以更加开放姿态，确保“一国两制”的成功实践行稳致远。"];
    const text = page(...story, "（北京七日电）", "本报记者 冯某欣");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect({ dateline: a!.dateline, byline: a!.byline, paragraphs: a!.paragraphs.length }).toEqual({ dateline: { agency: null, place: "北京", date: "七日" }, byline: "（北京七日电） 本报记者 冯某欣", paragraphs: 3 });
    expect(parsePage(page(...story, "（本报北京3月7日电）", "本报记者 冯某欣")).articles[0]!.dateline).toEqual({ agency: "本报", place: "北京", date: "3月7日" });
    expect(parsePage(page(...story, "（北京廿五日电）")).articles[0]!.dateline).toEqual({ agency: null, place: "北京", date: "廿五日" });
    expect(parsePage(page(...story, "（据新华社北京3月7日电）")).articles[0]!.dateline).toEqual({ agency: "新华社", place: "北京", date: "3月7日" });
    // (After a story a lead dated, it heads nothing either; the lead's date stands.)
    const wire = parsePage(page("某地发展备受关注", "新华社北京3月6日电（记者 周某）会议安排在下午三时开始，还未到二时，轮候的记者就已远远超过十五人。", "相信在未来岁月，各方定会以更加开放的姿态共谋发展。", "（北京七日电）", "本报记者 冯某欣")).articles;
    expect(wire.map((a) => [a.title, a.dateline])).toEqual([["某地发展备受关注", { agency: "新华社", place: "北京", date: "3月6日" }]]);
    // (A bare name under it signs the report as it would under the text.)
    expect(parsePage(page(...story, "（北京七日电）", "冯某欣")).articles[0]!.byline).toBe("（北京七日电） 冯某欣");
    // (Under a short text too: reporters under a dispatch sign the report it dates, never a picture.)
    const brief = parsePage(page("某地发展备受关注", "会议安排在下午三时开始，还未到二时，轮候的记者就已远远超过十五人。", "（北京七日电）", "本报记者 冯某欣")).articles[0]!;
    expect([brief.kind, brief.byline, brief.photos]).toEqual(["article", "（北京七日电） 本报记者 冯某欣", []]);
    expect(decisionAt(text, at(4))).toMatchObject({ role: "byline", rule: "dateline.dispatch-after-text" });
    expect(parsePage(text, { disabled: ["dateline.dispatch-after-text"] }).articles.map((a) => a.title)).toEqual(["某市发展备受关注", "（北京七日电）"]);
  });

  it("text under the line that opens on its own day and hour is another report's lead (story.dated-lead)", () => {
    const unsigned = ["全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。"];
    const text = page(...unsigned, "田野风光好", "10月10日上午，全市各地晚稻收割已过半，秋收工作进展顺利。");
    const d = decisionAt(text, at(2));
    expect(d.role).toBe("title");
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.dated-lead", weight: -2 }]));
    const off = decisionAt(text, at(2), ["story.dated-lead"]);
    expect(off.role).toBe("crosshead");
  });

  it("a lead that opens on its day and restates the line in its first sentence weighs for another story (story.lead-restates)", () => {
    const report = ["某同乡会举行春节联欢会", "（本报记者徐某境报道）2月11日晚，某同乡会假座三星酒家举行庚子年春节联欢会，同乡会主席、副主席等理事成员以及乡亲们共300余人出席。", "下午6时，乡亲们陆续来到酒家，大家一见面都彼此恭贺祝福，祝愿在新一年里阖家幸福安康。", "晚上7时，春节联欢会正式开始。首先，主席对乡亲们的到来表示欢迎与感谢。", "接着，理事们合唱了会歌，喜爱唱歌的乡亲也纷纷登台献唱。", "是日，筹委会还准备了抽奖活动，奖品都由热心乡亲赞助，晚会在欢乐的气氛中结束。"];
    const text = page(...report, "某某会馆元宵节联欢会", "2024年3月3日，某某会馆假座三星国际酒家举行龙年元宵联欢会。本会顾问、主席及来宾约500人出席。", "中午11时，活动开始。首先由筹委会主席致词，她说，非常感谢筹备组每一位成员的辛勤付出。");
    const d = decisionAt(text, at(6));
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.lead-restates", weight: -2 }]));
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["某同乡会举行春节联欢会", "某某会馆元宵节联欢会"]);
    expect(parsePage(text, { disabled: ["story.lead-restates"] }).articles).toHaveLength(1);
    // (A first sentence that tells something else, under a heading, restates nothing.)
    const part = page(...report, "乡亲同台献艺", "2月11日，乡亲们纷纷登台，合唱、独唱、舞蹈节目轮番上演。");
    expect(decisionAt(part, at(6)).evidence ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ feature: "story.lead-restates" })]));
  });

  it("a day alone opening the text under the line weighs less (−1) than a day and an hour (story.dated-lead)", () => {
    const text = page(...REPORT, "晚稻收割过半", "10月10日，全市晚稻收割已过半，秋收工作进展顺利。");
    expect(decisionAt(text, at(2)).evidence).toEqual(expect.arrayContaining([{ feature: "story.dated-lead", weight: -1 }]));
  });

  it("so does a recent day named in words (近日，…, 昨天，…), but not a span of years (近年来，…), which a part of a feature opens on (story.dated-lead)", () => {
    for (const opening of ["近日", "昨天", "日前", "近几天"]) {
      const text = page(...REPORT, "晚稻收割过半", `${opening}，全市晚稻收割已过半，秋收工作进展顺利。`);
      expect(decisionAt(text, at(2)).evidence, opening).toEqual(expect.arrayContaining([{ feature: "story.dated-lead", weight: -1 }]));
    }
    // (当天，… and 前不久，… point back to a day named before, and 昨天下午，… tells the day hour by hour: a report's parts go on so.)
    for (const back of ["当天", "前不久", "昨天下午"]) expect(decisionAt(page(...REPORT, "晚稻收割过半", `${back}，全市晚稻收割已过半，秋收工作进展顺利。`), at(2)).evidence!.map((e) => e.feature), back).not.toContain("story.dated-lead");
    const trend = page(...REPORT, "晚稻收割过半", "近年来，全市晚稻收割一年早过一年，秋收工作进展顺利。");
    expect(decisionAt(trend, at(2)).evidence!.map((e) => e.feature)).not.toContain("story.dated-lead");
    // (A day in words must open a sentence: `今天的…` names no day the report happened on.)
    const noun = page(...REPORT, "晚稻收割过半", "今天的田野上，全市晚稻收割已过半，秋收工作进展顺利。");
    expect(decisionAt(noun, at(2)).evidence!.map((e) => e.feature)).not.toContain("story.dated-lead");
  });

  it("a day alone under a sibling of earlier crossheads does not cancel the series (crosshead.parallel): only a day and its hour does", () => {
    const feature = ["奋力书写高质量发展新答卷", "本报记者 周某", "今年以来，某区坚持稳中求进工作总基调，经济社会发展呈现稳中有进、进中向好的良好态势。",
      "新兴动能成为强引擎", "走进某区智能制造产业园，一条条自动化生产线高速运转，工人们正在赶制订单。", "园区负责人介绍，今年前三季度，园区规上工业产值同比增长18%。",
      "改革创新激发原动力", "某区持续深化“放管服”改革，企业开办时间压缩至1个工作日。", "一家新落户企业的负责人说，从递交材料到领取执照，只用了半天时间。"];
    const d = decisionAt(page(...feature, "民生事业彰显温度感", "近日，位于某街道的社区养老服务中心正式投用，老人们在这里吃饭、理发、看病。", "家住附近的王大爷说，在家门口就能养老，儿女们也放心了。"), at(9));
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.dated-lead", weight: -1 }, { feature: "crosshead.parallel", weight: 3 }]));
    expect(d.role).toBe("crosshead");
  });

  it("a line that closes on the event it reports weighs for a new story (story.news-title)", () => {
    const report = ["全区广场文化活动启动", "本报讯 近日，全区广场文化活动在市广场启动，群众文化活动丰富多彩，广场文化活动持续到十月。"];
    const text = page(...report, "全区群众合唱比赛颁奖晚会举行", "9月13日，合唱比赛在市体育馆落下帷幕，十支合唱队分获金银铜奖。");
    const d = decisionAt(text, at(2));
    expect(d.role).toBe("title");
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.news-title", weight: -3 }]));
    // (The text under it shares next to nothing with the report and opens on its own day, which weigh for a new story too.)
    const off = decisionAt(text, at(2), ["story.news-title", "story.unrelated-text", "story.dated-lead", "story.long-line"]);
    expect(off.role).toBe("crosshead");
  });

  it("a photo story's label between a story's paragraphs heads the next story, however much the text under it shares (story.photo-label)", () => {
    const report = ["全市秋收进展顺利", "本报记者 王某", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。"];
    const under = "在某县，收割机在稻田里来回穿梭，农户抢抓晴好天气收割晚稻。";
    for (const label of ["图片新闻", "图说"]) expect(decisionAt(page(...report, label, under), at(3)).role, label).toBe("title");
    expect(decisionAt(page(...report, "图片新闻", under), at(3), ["story.photo-label"]).role).toBe("crosshead");
  });

  describe("a line in clauses between a finished text and a text's first block, on a page that never sets stories apart with wider space (story.comma-title-weighed)", () => {
    const report = ["全市晚稻收割过半", "本报讯（记者 王某）连日来，全市各地抢抓晴好天气收割晚稻，田间一派繁忙，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒，预计月底前全部完成。"];
    const letter = "人的一生，总会有一些朋友，相互倾诉、宽慰，而这份报纸就是我每天见面的知心朋友，二十年来从未间断。";

    it("titles the next story when the evidence that weighs a crosshead weighs against one", () => {
      const text = page(...report, "报纸，我的贴心朋友", letter);
      const d = decisionAt(text, at(3));
      expect(d.role).toBe("title");
      expect(d.opens).toBe("story.comma-title-weighed");
      expect(decisionAt(text, at(3), ["story.comma-title-weighed"]).role).toBe("crosshead");
    });

    it("stays the story's heading over text that goes on with it, and on a page that sets stories apart with wider space", () => {
      expect(decisionAt(page(...report, "晚稻丰收，农户笑开颜", "全市各地晚稻收割进展顺利，收割机在稻田里来回穿梭，农户忙着装袋、晾晒晚稻。"), at(3)).role).toBe("crosshead");
      const spaced = `${page("上一篇", "上一篇的正文。")}\n\n\n${page(...report, "报纸，我的贴心朋友", letter)}`;
      expect(parsePage(spaced, { explain: true }).decisions!.filter((x) => x.opens === "story.comma-title-weighed" || x.rule === "story.comma-title-weighed")).toEqual([]);
      // (The same page with no wider space does title it: the filter above can see the rule.)
      expect(parsePage(spaced.replace("\n\n\n", "\n\n"), { explain: true }).decisions!.filter((x) => x.opens === "story.comma-title-weighed")).toHaveLength(1);
    });

    it("never a clause that leads on into the text under it with a dash", () => {
      expect(decisionAt(page(...report, "记者27日获悉，某市6大公园——", "人民公园、东坡公园正装扮一新迎国庆，园内处处张灯结彩，游人络绎不绝，热闹非凡。"), at(3)).role).not.toBe("title");
    });
  });

  describe("a line opening on a running column's name and a colon leans to a story of that column (story.column-title)", () => {
    const first = ["冬日餐桌暖味足", "本报讯（记者 张某）本轮降雪给百姓生活带来不便，全市蔬菜种植基地积极应对，保障蔬菜供应。", "东丽区有关工作人员告诉记者，冬季是本地蔬菜生产的关键期，街道把蔬菜保供基地全部纳入台账管理。"];
    const under = "今天是腊月二十三，俗称小年。为满足市民对优质蔬菜的需求，种植合作社的村民们正忙着采收蔬菜。";

    it("weighs −3, outweighing the text's shared words: the next story's title", () => {
      for (const line of ["新春走基层：让节日餐桌菜香价稳", "聚焦民生·一线观察：让节日餐桌菜香价稳"]) {
        const d = decisionAt(page(...first, line, under), at(3));
        expect(d.role, line).toBe("title");
        expect(d.evidence, line).toEqual(expect.arrayContaining([{ feature: "story.column-title", weight: -3 }]));
      }
      expect(decisionAt(page(...first, "新春走基层：让节日餐桌菜香价稳", under), at(3), ["story.column-title"]).role).toBe("crosshead");
      // (A theme, a speaker or a sector before the colon heads a part as ever, as a report's parts are headed: `民生：…`.)
      for (const line of ["保供：让节日餐桌菜香价稳", "刘某民：让节日餐桌菜香价稳", "民生：让节日餐桌菜香价稳"]) expect(decisionAt(page(...first, line, under), at(3)).role, line).toBe("crosshead");
    });
  });

  describe("a line under the article's own title's series label leans to the series' next story (story.series-title)", () => {
    const first = ["边界行：东村筑巢迎凤来", "东村离市区只要二十分钟车程，近年来村居环境不断改善，吸引了在外打拼的村民回乡创业。", "东村的村民说，家门口就能就业，日子越过越有奔头。", "村里还建起了文化礼堂，村民茶余饭后有了好去处。"];
    const under = "西村的村民也盼着家门口就业，村干部正和群众一道谋划村居环境改善。";

    it("weighs −3, outweighing the text's shared words in an unsigned piece", () => {
      for (const line of ["边界行：西村绣出新图景", "边界行丨西村绣出新图景"]) {
        const d = decisionAt(page(...first, line, under), at(4));
        expect(d.role, line).toBe("title");
        expect(d.evidence, line).toEqual(expect.arrayContaining([{ feature: "story.series-title", weight: -3 }]));
      }
      expect(decisionAt(page(...first, "边界行：西村绣出新图景", under), at(4), ["story.series-title"]).role).toBe("crosshead");
      // (Another label before the colon is a part's heading as ever.)
      expect(decisionAt(page(...first, "回乡：西村绣出新图景", under), at(4)).role).toBe("crosshead");
    });

    it("leaves a signed report's part under a place's label its own when the text goes on with the report", () => {
      const report = ["市北：老旧小区改出新生活", "本报记者 王某", "今年全区持续推进老旧小区改造工作，涉及老旧小区123个，改造后的小区焕然一新，居民纷纷点赞。", "改造工程于3月底开工，目前老旧小区雨污管网改造、小区绿化已基本结束。"];
      expect(decisionAt(page(...report, "市北：改造后焕然一新", "老旧小区改造后，小区绿化焕然一新，居民在改造后的小区里散步、健身，纷纷点赞改造工程。"), at(4)).role).toBe("crosshead");
    });
  });

  describe("a set of stories printed alike: the next one's title worded as the article's own, or its text opening alike (story.title-echo, story.lead-echo)", () => {
    const first = ["甲乙代表团热烈审议报告", "出席某县十六届人大一次会议的甲乙代表团代表分组审议政府工作报告和计划、预算报告等。", "张某代表说，我县作为工业大县，在汽摩制造领域发展很快，但专业市场仍然不足，外流现象严重。", "李某代表说，我县正在大力推进美丽乡村建设，成效明显，但整体规划仍待加强。"];

    it("weighs −3 for a line worded as the article's title, a few words changed", () => {
      const text = page(...first, "丙丁代表团热烈审议报告", "丙丁代表团的代表们认为，政府工作报告实事求是，目标任务明确，令人振奋。");
      const d = decisionAt(text, at(4));
      expect(d.role).toBe("title");
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.title-echo", weight: -3 }]));
      expect(decisionAt(text, at(4), ["story.title-echo"]).role).toBe("crosshead");
    });

    it("weighs −3 for text under the line that opens on the same dozen characters as the article's first paragraph", () => {
      const text = page(...first, "大力推进美丽乡村建设", "出席某县十六届人大一次会议的丙丁代表团代表分组审议了政府工作报告。");
      const d = decisionAt(text, at(4));
      expect(d.role).toBe("title");
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.lead-echo", weight: -3 }]));
      expect(decisionAt(text, at(4), ["story.lead-echo"]).role).toBe("crosshead");
    });

    it("leaves a part's heading that shares a word or two with the title, and text that opens otherwise, a crosshead", () => {
      expect(decisionAt(page(...first, "代表热议乡村建设", "王某代表说，美丽乡村建设要久久为功，规划先行。"), at(4)).role).toBe("crosshead");
      // (A stock phrase at the end of both, 高质量发展, is no echo of the title's wording.)
      const report = ["我县加快推动乡村产业高质量发展", "本报记者 王某", "今年以来，我县加快推动乡村产业发展，特色种养、农产品加工等产业不断壮大。", "全县新建农产品加工项目12个，带动农户增收。"];
      const d = decisionAt(page(...report, "推动文旅产业融合高质量发展", "我县依托山水资源，推动文旅产业融合发展，乡村旅游接待游客突破百万人次。"), at(4));
      expect(d.evidence!.some((e) => e.feature === "story.title-echo")).toBe(false);
    });
  });

  describe("a heading after five paragraphs with no crosshead leans to the next story, on a page that never sets stories apart with wider space (story.long-run)", () => {
    const paragraphs = ["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒。", "在某镇，种粮大户连夜抢收，稻谷颗粒归仓。", "农技人员走进田间，指导农户做好秸秆还田。", "据介绍，全市晚稻收割已过半，预计月底前全部完成。"];
    const report = ["全市秋收进展顺利", "本报记者 王某", ...paragraphs];
    // Text under the line sharing a little of the report's vocabulary (+1): a crosshead, unless the run says otherwise.
    const under = "粮商说，今年稻谷颗粒饱满，价格平稳。";

    it("weighs −1 after five paragraphs", () => {
      const d = decisionAt(page(...report, "金秋好时节", under), at(7));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-run", weight: -1 }]));
      expect(d.role).toBe("title");
      expect(decisionAt(page(...report, "金秋好时节", under), at(7), ["story.long-run"]).role).toBe("crosshead");
    });

    it("not after four", () => {
      const d = decisionAt(page(...report.slice(0, -1), "金秋好时节", under), at(6));
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-run");
    });

    it("not in a piece already cut into parts", () => {
      const parted = ["全市秋收进展顺利", "本报记者 王某", paragraphs[0]!, "晚稻收割", ...paragraphs.slice(1)];
      expect(decisionAt(page(...parted, "金秋好时节", under), at(3)).role).toBe("crosshead");
      const d = decisionAt(page(...parted, "金秋好时节", under), at(8));
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-run");
      expect(d.role).toBe("crosshead");
    });

    it("not over what the line's form says (a part's label)", () => {
      const d = decisionAt(page(...report, "访：金秋好时节", under), at(7));
      expect(d.evidence!.map((e) => e.feature)).toContain("crosshead.part-label");
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-run");
    });

    it("not on a page that sets anything apart with wider space", () => {
      const text = page(...report, "金秋好时节", under) + "\n\n\n\n秋粮收购价格稳定\n\n本报讯 全市各地陆续售粮，各收购点秩序井然，价格保持稳定。";
      expect(decisionAt(text, at(7)).evidence!.map((e) => e.feature)).not.toContain("story.long-run");
    });
  });

  describe("a line as long as a title leans to the next story on a page that never sets stories apart with wider space (story.long-line)", () => {
    // A report under a byline, and text under the line sharing a little of its vocabulary (+1): a crosshead, unless the line's length says title.
    const report = ["全市秋收进展顺利", "本报记者 王某", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒，秋收工作进展顺利。"];
    const under = "粮商说，今年晴好天气多，稻谷品质好。";
    const long = "种粮大户连夜抢收稻谷忙装车";

    it("weighs −1 for a line of thirteen characters or more", () => {
      const d = decisionAt(page(...report, long, under), at(4));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-line", weight: -1 }]));
      expect(d.role).toBe("title");
      expect(decisionAt(page(...report, long, under), at(4), ["story.long-line"]).role).toBe("crosshead");
    });

    it("not for a shorter line", () => {
      const d = decisionAt(page(...report, "种粮大户连夜抢收稻谷装车", under), at(4));
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-line");
      expect(d.role).toBe("crosshead");
    });

    it("blank lines at the top of the file set nothing apart", () => {
      const d = decisionAt("\n\n\n" + page(...report, long, under), at(4) + 3);
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-line", weight: -1 }]));
    });

    it("not on a page that sets anything apart with wider space: there, a line without it is no new story's", () => {
      const text = page(...report, long, under) + "\n\n\n\n秋粮收购价格稳定\n\n本报讯 全市各地陆续售粮，各收购点秩序井然，价格保持稳定。";
      const d = decisionAt(text, at(4));
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-line");
      expect(d.role).toBe("crosshead");
    });

    it("not over what the line's form says (a part's label)", () => {
      const d = decisionAt(page(...report, "访：收割机在稻田里来回穿梭的日子", under), at(4));
      expect(d.evidence!.map((e) => e.feature)).toContain("crosshead.part-label");
      expect(d.evidence!.map((e) => e.feature)).not.toContain("story.long-line");
    });
  });

  describe("phrases set apart by a space lean to the next story (story.spaced-phrases)", () => {
    // A report under a byline, and text under the line sharing a little of its vocabulary (+1): a crosshead, unless the line's form says title.
    const report = ["全市秋收进展顺利", "本报记者 王某", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒，秋收工作进展顺利。"];
    const under = "粮商说，今年晴好天气多，稻谷品质好。";

    it("weighs −1 for two phrases set apart by a space", () => {
      const d = decisionAt(page(...report, "新粮“入库” 心里踏实", under), at(4));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.spaced-phrases", weight: -1 }]));
      expect(d.role).toBe("title");
      expect(decisionAt(page(...report, "新粮“入库” 心里踏实", under), at(4), ["story.spaced-phrases"]).role).toBe("crosshead");
    });

    it("not for one phrase, a numbered line (`1 昔日…`), nor a person's office and name so set apart (`县委书记 张某某`): weighed, without it", () => {
      for (const line of ["新粮入库心里踏实", "1 新粮入库 心里踏实", "县委书记 张某某", "人大代表 张某某"]) {
        const d = decisionAt(page(...report, line, under), at(4));
        expect(d.evidence?.length ?? 0, line).toBeGreaterThan(0);
        expect(d.evidence!.map((e) => e.feature), line).not.toContain("story.spaced-phrases");
        expect(d.role, line).toBe("crosshead");
      }
    });
  });

  describe("two titles side by side, longer than a crosshead, weigh for the next story, less where a strong sign says part (story.long-paired-title)", () => {
    const report = ["全市秋收进展顺利", "本报记者 王某", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，晚稻收割已过半。", "在某县，收割机在稻田里来回穿梭，农户忙着装袋、晾晒，秋收工作进展顺利。"];
    const under = "在某镇，农户忙着装袋、晾晒，收割机在稻田里来回穿梭。";

    it("a part's heading where the line's own words are the story's: −1, and weighed", () => {
      const d = decisionAt(page(...report, "抢抓晴好天气收割晚稻 秋收工作进展顺利", under), at(4));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-paired-title", weight: -1 }]));
      expect(d.role).toBe("crosshead");
    });

    it("the next story's headline where only the text under it shares them, no part's sign: −3; switched off, weighed as any crosshead", () => {
      const text = page(...report, "新粮入库心里踏实 粮商收购价格保持稳定", under);
      const d = decisionAt(text, at(4));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-paired-title", weight: -3 }]));
      expect(d.role).toBe("title");
      expect(decisionAt(text, at(4), ["story.long-paired-title"]).role).toBe("crosshead");
    });

    it("a part's number is a strong sign (`1 新粮入库心里踏实 粮商收购价格保持稳定`)", () => {
      const d = decisionAt(page(...report, "PART1 新粮入库心里踏实 粮商收购价格保持稳定", under), at(4));
      expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.long-paired-title", weight: -1 }]));
    });

    it("joined by a dash, always the next story's headline", () => {
      expect(decisionAt(page(...report, "晴好天气帮大忙——农户忙着抢收晚稻", under), at(4)).role).toBe("title");
    });
  });

  it("outweighs vocabulary the line shares with the story above it (story.news-title −3: no annotated crosshead reports an event done)", () => {
    const report = ["全区广场文化活动启动", "本报讯 近日，全区广场文化活动在市广场启动，合唱比赛、群众文化活动丰富多彩，广场文化活动持续到十月。"];
    const text = page(...report, "全区群众合唱比赛颁奖晚会举行", "9月13日，十支合唱队在市体育馆登台，分获金银铜奖。");
    const d = decisionAt(text, at(2));
    expect(d.role).toBe("title");
    expect(d.evidence!.filter((e) => e.weight > 0).reduce((n, e) => n + e.weight, 0)).toBe(4);
    // (座谈 is no event done: `与企业家代表座谈` heads a part of a leader's visit as often as it titles a story, and `座谈会…`
    // names the meeting.)
    const visit = page("市委书记张某到东城区调研", "本报讯（记者 李某）昨日，市委书记张某到东城区调研，深入企业察看生产经营情况。", "与企业家代表座谈", "在随后召开的座谈会上，张某听取了企业家代表的意见建议，要求各部门主动靠前服务。");
    expect(decisionAt(visit, at(2)).evidence ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ feature: "story.news-title" })]));
    // (A talk between two parties the line names, `某地籍作家与我市文化界代表座谈`, is an event done: the next story's title.)
    const talk = page("我市举行文化工作座谈会", "本报讯（记者 李某）昨日，我市召开文化工作座谈会，总结今年文化工作，部署明年重点任务。", "某地籍知名作家与我市文化界代表座谈", "11月10日，9位某地籍在外知名作家回到家乡，与我市文化界代表座谈交流。");
    expect(decisionAt(talk, at(2)).evidence ?? []).toEqual(expect.arrayContaining([{ feature: "story.news-title", weight: -3 }]));
    // (Not a group's talk, `调研组与基层干部群众座谈`: a visit's part.)
    const group = page("市委书记张某到东城区调研", "本报讯（记者 李某）昨日，市委书记张某到东城区调研，深入企业察看生产经营情况。", "调研组与基层干部群众座谈", "在随后召开的座谈会上，张某听取了基层干部群众的意见建议。");
    expect(decisionAt(group, at(2)).evidence ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ feature: "story.news-title" })]));
  });

  it("an earlier crosshead adds its weight (crosshead.earlier-crosshead)", () => {
    const text = page(...REPORT, "晚稻收割过半", "截至目前，全市晚稻收割已过半。", "早稻已经入库", "各地早稻已经全部入库，秋收工作进展顺利。");
    expect(decisionAt(text, at(4)).evidence).toEqual(expect.arrayContaining([{ feature: "crosshead.earlier-crosshead", weight: 1 }]));
  });

  const CAPTIONS = ["无人机在田上方作业。", "插秧机来回穿梭。", "秧苗排列成行。", "农机手在调试机器。", "现场演示吸引了许多人。"];
  const credit = "本报记者 李某 摄";

  it("a title whose picture's credit comes six caption blocks on starts a photo story, and says why", () => {
    const text = page(...REPORT, "机器帮忙 农忙人不忙", ...CAPTIONS, credit);
    const d = decisionAt(text, at(2));
    expect(d.role).toBe("title");
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.credit-ahead", weight: -3 }]));
    expect(parsePage(text).articles.map((a) => a.kind)).toEqual(["article", "photo"]);
  });

  it("a credit printed on its own caption's line, after plain text blocks, is no credit ahead for the line above them", () => {
    const blocks = ["截至目前，全市晚稻收割已过半，各地抢抓晴好天气组织农机手跨区作业，秋收工作进展顺利。", "农业部门组织技术人员深入田间地头，指导农民抢收晚稻，确保颗粒归仓。", "各地还组织农机手跨区作业，全市秋收工作有序推进，收割进度快于往年。", "全市晚稻收割预计本月底基本结束，秋收工作进展顺利。"];
    const text = page(...REPORT, "晚稻收割进度加快", ...blocks, `农机手在田间收割晚稻。 ${credit}`);
    const d = decisionAt(text, at(2));
    expect(d.role).toBe("crosshead");
    expect(d.evidence!.map((e) => e.feature)).not.toContain("story.credit-ahead");
    // Right under the line, such a caption is the story's own: a photo story.
    expect(parsePage(page(...REPORT, "机器帮忙 农忙人不忙", `农机手在调试机器。 ${credit}`)).articles.map((a) => a.kind)).toEqual(["article", "photo"]);
  });

  it("without the credit-ahead feature, a title over captions that share the report's words is kept as a crosshead", () => {
    const harvest = ["收割机在田里来回作业。", "农民忙着晾晒新收的晚稻。", "秋收现场一片繁忙。", "晚稻颗粒饱满。", "各地抢抓晴好天气。"];
    const text = page(...REPORT, "机器帮忙 农忙人不忙", ...harvest, credit);
    expect(decisionAt(text, at(2)).role).toBe("title");
    // (The line's two phrases set apart by a space lean to a title too: story.spaced-phrases is off with it.)
    const off = decisionAt(text, at(2), ["story.credit-ahead", "story.spaced-phrases"]);
    expect(off.role).toBe("crosshead");
  });

  it("a line after the report's own picture leans to the next story (story.after-picture); a picture's short label over its credit counts as a caption ahead", () => {
    const text = page(...REPORT, "农民在田间收割晚稻。本报记者 李某 摄", "晚稻收割过半", "截至目前，全市晚稻收割已过半，秋收工作进展顺利。");
    const d = decisionAt(text, at(3));
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "story.after-picture", weight: -1 }]));
    const off = decisionAt(text, at(3), ["story.after-picture"]);
    expect(off.evidence ?? []).not.toEqual(expect.arrayContaining([expect.objectContaining({ feature: "story.after-picture" })]));
    // A spread's title after a report: its intro, then a label over each credit.
    const spread = page(...REPORT, "年味渐浓", "新春将至，各地年味渐浓，市民忙着置办年货。", "“福”字送市民", "本报记者 谭某 摄");
    expect(parsePage(spread).articles.map((a) => a.kind)).toEqual(["article", "photo"]);
  });

  it("a crosshead carries its weights in the explanation", () => {
    const d = decisionAt(page(...REPORT, "晚稻收割过半", "截至目前，全市晚稻收割已过半，秋收工作进展顺利。"), at(2));
    expect(d.role).toBe("crosshead");
    expect(d.evidence?.reduce((sum, e) => sum + e.weight, 0)).toBeGreaterThan(0);
  });

  it("an earlier crosshead tips a line with some shared words, never one with none", () => {
    const withSome = page(...REPORT, "晚稻收割过半", "截至目前，全市晚稻收割已过半。", "早稻已经入库", "各地早稻已经全部入库，秋收工作进展顺利。");
    const d = decisionAt(withSome, at(4));
    expect(d.role).toBe("crosshead");
    const unrelated = page(...REPORT, "晚稻收割过半", "截至目前，全市晚稻收割已过半。", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。");
    expect(decisionAt(unrelated, at(4)).role).toBe("title");
  });

  it("after a signature, a short line is the next story", () => {
    const text = page("稳住粮食生产", "本报评论员", "稳住粮食生产，关键在于调动农民种粮积极性。", "（执笔：王某）", "粮食生产再获丰收", "今年全市粮食生产再获丰收，农民种粮积极性高。");
    expect(decisionAt(text, at(4)).role).toBe("title");
  });
});

describe("sentence ends and prose openings", () => {
  it("an end mark after the last sentence (…知识。 ■) is decoration, not text; a ○ zero is kept", async () => {
    const text = page("海洋知识进校园", "6月8日，小朋友在博物馆了解海洋知识。 ■");
    expect(parsePage(text).articles[0]!.paragraphs).toEqual(["6月8日，小朋友在博物馆了解海洋知识。"]);
    expect(parsePage(page("回望一九九○", "那一年，我们在一九九○")).articles[0]!.paragraphs[0]).toBe("那一年，我们在一九九○");
  });

  it("a bracketed note after the last sentence (。（附图片）) ends the paragraph, so a headline may follow", () => {
    const text = page("卢某同志逝世", "新华社北京6月5日电 卢某同志因病医治无效，享年86岁。（附图片）", "某国总统今起访华", "应国家主席的邀请，某国总统将于6月6日抵达北京，开始对我国进行国事访问。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["卢某同志逝世", "某国总统今起访华"]);
  });

  it("a line opening on a discourse connective and a comma (然而，…！) is prose, never a kicker", () => {
    const text = page(...REPORT, "然而，有谁能想到，他走过了一条多么崎岖的道路啊！", "走出一条新路", "本报记者 李某", "联合国会议目前正在举行，出席会议的代表介绍了经验。");
    const d = decisionAt(text, at(2));
    expect(d.role).not.toBe("kicker");
    expect(d.role).not.toBe("title");
  });

  it("a comma line over a plain title and body text is that title's kicker, at the top of a page or after a complete story", () => {
    const body = "昨天晚上，有关方面宣布取消出入证管理，市民出行恢复正常，商场和公园陆续开放。";
    for (const before of [[], REPORT]) {
      const text = page(...before, "上午，记者在城区看到市民生活如往昔", "相信城市不久会恢复热闹", body);
      const a = parsePage(text).articles.at(-1)!;
      expect({ kicker: a.kicker, title: a.title }).toEqual({ kicker: "上午，记者在城区看到市民生活如往昔", title: "相信城市不久会恢复热闹" });
      expect(decisionAt(text, at(before.length)).evidence).toEqual(expect.arrayContaining([{ feature: "headline.kicker-clause", weight: 2 }]));
    }
  });

  it("the first block under a byline is text, never a crosshead, however short", () => {
    const text = page("加快投资体制改革", "本报记者 韩某", "解决当前经济生活中突出的矛盾和问", "题的根本出路，在于深化改革。");
    expect(parsePage(text).articles[0]!.paragraphs).toEqual(["解决当前经济生活中突出的矛盾和问题的根本出路，在于深化改革。"]);
  });
});

describe("bylines and leads in the places real pages put them", () => {
  it("a lead after a headline and its picture opens that headline's text (lead.after-headline-picture)", () => {
    const text = page("井盖破损 树枝站岗", "井盖破损处插上了树枝。 记者/刘某 摄", "本报讯（融媒体记者/刘某）4月20日，有市民反映路边井盖破损。", "目前，相关部门已安排维修。");
    const articles = parsePage(text).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ kind: "article", title: "井盖破损 树枝站岗", byline: "本报讯（融媒体记者/刘某）", paragraphs: ["4月20日，有市民反映路边井盖破损。", "目前，相关部门已安排维修。"] });
    expect(articles[0]!.photos.map((p) => p.caption)).toEqual(["井盖破损处插上了树枝。"]);
    const off = parsePage(text, { disabled: ["lead.after-headline-picture"] }).articles;
    expect(off).toHaveLength(2);
    // A last picture's caption may stand after the credit that covers the pictures; the lead still opens the headline's text.
    const captioned = page("读者节现场活动侧记", "十佳编辑记者合影。", "记者 傅某 仲某竹 摄", "舞狮队在作开场表演。", "本报讯（记者 骆某明）初冬的暖阳一扫深秋的阴霾，读者节在艺术馆北广场举行。");
    expect(parsePage(captioned).articles.map((a) => [a.title, a.byline])).toEqual([["读者节现场活动侧记", "本报讯（记者 骆某明）"]]);
    expect(parsePage(captioned, { disabled: ["lead.after-headline-picture"] }).articles).toHaveLength(2);
  });

  it("a lead right after a headline's own-line byline opens that article, its label joining the byline (lead.after-byline-line)", () => {
    const text = page("这处人行道冒水一个多月了", "记者 范某", "本报讯 “水从人行道砖缝里流出来。”昨天，市民杨女士向本报反映。", "随后，记者致电了市自来水公司客服热线。");
    const articles = parsePage(text).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: "这处人行道冒水一个多月了", byline: "记者 范某 本报讯", authors: [{ role: "记者", name: "范某" }] });
    expect(articles[0]!.paragraphs[0]).toBe("“水从人行道砖缝里流出来。”昨天，市民杨女士向本报反映。");
    expect(parsePage(text, { disabled: ["lead.after-byline-line"] }).articles).toHaveLength(2);
  });

  it("a line ending in —— over a title opens a headline group at the top of the page, commas and all (group.dash-kicker)", () => {
    const text = page("谁不爱自己的母亲，可一些行为在给母亲河抹黑，住手吧——", "别弄脏母亲河的“脸”", "淇河水面上漂浮着很多垃圾。", "晨报记者 李某 摄", "晨报讯（记者 李某）“淇河的水面上漂着很多垃圾。”市民路先生说。");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect({ kicker: a!.kicker, title: a!.title, byline: a!.byline }).toEqual({ kicker: "谁不爱自己的母亲，可一些行为在给母亲河抹黑，住手吧——", title: "别弄脏母亲河的“脸”", byline: "晨报讯（记者 李某）" });
    expect(a!.photos.map((p) => p.caption)).toEqual(["淇河水面上漂浮着很多垃圾。"]);
    expect(parsePage(text, { disabled: ["group.dash-kicker"] }).articles[0]!.title).toBeNull();
  });

  it("under a title, the headline's last line over a picture's credit, the lead or byline under it, is the picture's caption (caption.over-credit-under-title)", () => {
    const lead = "本报记者戴某菁、乐某报道昨天，市委书记某某到东城区代表团参加讨论，与代表们共商发展大计。";
    const text = page("人大各代表团分组讨论", "某某（右二）在东城区代表团", "摄影/本报记者程某良", "某某（右）在崇文区代表团", "摄影/本报记者杨某辉", lead);
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect([a!.title, a!.subtitle, a!.photos.map((p) => [p.caption, p.credit])]).toEqual(["人大各代表团分组讨论", null, [["某某（右二）在东城区代表团", "摄影/本报记者程某良"], ["某某（右）在崇文区代表团", "摄影/本报记者杨某辉"]]]);
    expect(parsePage(text, { disabled: ["caption.over-credit-under-title"] }).articles[0]!.subtitle).toBe("某某（右二）在东城区代表团");
    // (Nor a line that reads as news, no picture's words in it, over a head photo's credit alone: `走村入户察民情` / `市人大开展专题调研`.)
    const head = parsePage(page("走村入户察民情", "市人大开展专题调研", "本报记者 程某良 摄", "本报讯（记者 王某强）近日，市人大常委会组成调研组，深入乡村开展专题调研。")).articles[0]!;
    expect([head.kicker, head.title, head.subtitle].filter((h) => h !== null)).toEqual(["走村入户察民情", "市人大开展专题调研"]);
    // (Not over people who reported in pictures, who sign the story: the subtitle stays.)
    const signed = parsePage(page("人大各代表团分组讨论", "代表发言踊跃屡屡超时", "本报记者 程某良 摄影报道", lead)).articles[0]!;
    expect(signed.subtitle).toBe("代表发言踊跃屡屡超时");
    // (Nor where the credit's picture has its caption under it, a photo story's way: no lead follows the credit.)
    const story = parsePage(page("秋色宜人", "银杏大道迎来最美观赏期", "本报记者 程某良 摄", "深秋时节，市郊的银杏林一片金黄，吸引众多市民前来观赏拍照。")).articles[0]!;
    expect([[story.kicker, story.title, story.subtitle].filter((h) => h !== null), story.photos.map((p) => p.caption)]).toEqual([["秋色宜人", "银杏大道迎来最美观赏期"], ["深秋时节，市郊的银杏林一片金黄，吸引众多市民前来观赏拍照。"]]);
  });

  it("after a report, one line with a credit under it is the report's picture, not a photo story (caption.line-over-credit)", () => {
    const text = page(...REPORT, "众多市民夜间来东湖绿道纳凉锻炼", "长江日报记者胡某某 摄", "冬捕时节 大鱼满网", "1月7日，东大湖上，冬捕正在紧张进行中。", "记者李某某摄");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.title)).toEqual([REPORT[0], "冬捕时节 大鱼满网"]);
    expect(articles[0]!.photos).toEqual([{ caption: "众多市民夜间来东湖绿道纳凉锻炼", credit: "长江日报记者胡某某 摄", photographers: [{ role: "记者", name: "胡某某" }] }]);
    expect(parsePage(text, { disabled: ["caption.line-over-credit"] }).articles).toHaveLength(3);
    // a label (图片新闻) over a credit, its caption printed under the credit, is still a photo story
    const label = parsePage(page(...REPORT, "图片新闻", "本报记者 田某某 摄", "近年来，北京水务部门统筹实施山水林田湖草沙一体化保护和系统治理，河湖还清，生态复苏。")).articles;
    expect(label.map((a) => a.kind)).toEqual(["article", "photo"]);
  });


  it("an unsigned report's paragraphs, then a bare label over a credit: the report and its picture, not a photo story", () => {
    const body = ["金秋时节，来自各地的报界同仁赶到西安，开启采风之旅。", "21日晚，文化新闻年会暨采风活动在西安启动。", "众多嘉宾将在未来几天走进古城的街巷与书院。"];
    const [report, ...rest] = parsePage(page("全国晚报总编西安采风启动", ...body, "会议现场", "记者尚某某 摄")).articles;
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ kind: "article", paragraphs: body, photos: [{ caption: "会议现场", credit: "记者尚某某 摄" }] });
    // captions that are sentences, however many, under one credit are a photo story's
    const story = parsePage(page("全国晚报总编西安采风启动", ...body, "嘉宾在会场合影留念。", "记者尚某某 摄")).articles;
    expect(story.map((a) => a.kind)).toEqual(["photo"]);
    // under paragraphs of a report's length, a short sentence is that picture's caption too
    const essay = ["在我生活的城市有两条美丽的河，沙河和澧河。它们流经平原，地势原因让它们一年四季都缓缓、静静地流动着，并随着季节变换着模样。", "春天的沙澧河是欢快明朗的，柳树最先吐出嫩芽，柔软的身姿随春风摇曳，河堤上的海棠花竞相开放，漫步河堤，沉醉花香中。", "夏天雨水丰沛时期，沙澧河水上涨，但她涨水却不似长江黄河那样奔腾着，河边的台阶被悄悄淹没了，孩子们在浅滩上嬉笑打闹。"];
    const [river, ...none] = parsePage(page("沙澧河", ...essay, "澧河美景。", "本报记者 范某某 摄")).articles;
    expect(none).toEqual([]);
    expect(river).toMatchObject({ kind: "article", paragraphs: essay, photos: [{ caption: "澧河美景。" }] });
    // (So is one sentence of a caption's length: a photo story's captions run on as its text does.)
    const [bank, ...nothing] = parsePage(page("沙澧河", ...essay, "孩子们在沙澧河畔的浅滩上嬉笑打闹，留下一串串笑声。", "本报记者 范某某 摄")).articles;
    expect(nothing).toEqual([]);
    expect(bank).toMatchObject({ kind: "article", paragraphs: essay, photos: [{ caption: "孩子们在沙澧河畔的浅滩上嬉笑打闹，留下一串串笑声。" }] });
    expect(parsePage(page("沙澧河", ...essay, "孩子们在沙澧河畔的浅滩上嬉笑打闹。河水静静流过，岸边柳树成荫。", "本报记者 范某某 摄")).articles[0]!.kind).toBe("photo");
  });
  it("an unsigned text with its pictures between its paragraphs, each over a short caption of its own, is an article with pictures", () => {
    const said = ["在我们这座城市，每一个细节都彰显着文明形象：宽敞明亮的政务大厅，窗口工作人员笑脸相迎；炎炎烈日下的公交站台，市民有序排队候车。", "这一切都源于全市把巩固和提升全国文明城市创建成果作为抓手，多年来不断打造优美环境、优良秩序和优质服务，让成果惠及市民。"];
    const [a, ...rest] = parsePage(page("城市文明之光", said[0]!, "市民有序搭乘公交车。", "杨某川摄", "文明劝导员是街头一道美丽风景。", "网友@空山灵雨摄", said[1]!, "船山区青年志愿者帮助行动不便的市民。", "陈某林摄")).articles;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: "article", paragraphs: said });
    expect(a!.photos.map((p) => p.caption)).toEqual(["市民有序搭乘公交车。", "文明劝导员是街头一道美丽风景。", "船山区青年志愿者帮助行动不便的市民。"]);
    // Captions of more than a short sentence, or one paragraph of text only, keep a photo story.
    expect(parsePage(page("城市文明之光", said[0]!, "市民有序搭乘公交车。", "杨某川摄", "文明劝导员是街头一道美丽风景。", "网友@空山灵雨摄")).articles[0]!.kind).toBe("photo");
    expect(parsePage(page("城市文明之光", said[0]!, "市民有序搭乘公交车，车厢里秩序井然。乘客们自觉排队上车。", "杨某川摄", said[1]!, "文明劝导员是街头一道美丽风景。", "网友@空山灵雨摄")).articles[0]!.kind).toBe("photo");
  });

  it("an editor's note label after a finished article heads a piece of its own, never a crosshead", () => {
    const text = page(...REPORT, "开栏语", "即日起，本报开设专栏，讲述身边劳模的故事。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.title)).toEqual([REPORT[0], "开栏语"]);
  });

  it("a two-character column label over a title is its kicker (headline.kicker-label)", () => {
    const a = parsePage(page(...REPORT, "漫话", "不明之水", "问渠那得清如许，为有源头活水来。", "（张某/文 李某某/图）")).articles[1]!;
    expect({ kicker: a.kicker, title: a.title, byline: a.byline }).toEqual({ kicker: "漫话", title: "不明之水", byline: "（张某/文 李某某/图）" });
    expect(a.authors).toEqual([{ role: "文", name: "张某" }, { role: "图", name: "李某某" }]);
  });

  it("a byline printed on two lines is one byline (byline.second-line)", () => {
    for (const second of ["实习生 代某某", "徐某玲"]) {
      const text = page("二支渠景观带美景遭破坏", "记者 周某楠", second, "新区的二支渠景观带是很多市民休闲散步的首选去处。");
      const [a, ...rest] = parsePage(text).articles;
      expect(rest).toEqual([]);
      expect(a!.byline).toBe(`记者 周某楠 ${second}`);
      expect(a!.authors.map((p) => p.name)).toEqual(["周某楠", second.replace(/^实习生 /, "")]);
      expect(decisionAt(text, at(2)).rule).toBe("byline.second-line");
      expect(parsePage(text, { disabled: ["byline.second-line"] }).articles[0]!.byline).toBe("记者 周某楠");
    }
  });

  it("names alone on a byline's second line go on under its role, one padded for print among them; a line marked as an entry of its own names its writer alone (byline.second-line)", () => {
    const wrapped = page("某县召开全会", "■全媒体记者 周 某 奚某瑶 胡某翔", "蔡某源 熊 冰", "近日，县委召开全体会议，听取和讨论县委常委会工作报告。");
    expect(decisionAt(wrapped, at(2)).rule).toBe("byline.second-line");
    expect(parsePage(wrapped).articles[0]!.authors).toEqual(["周某", "奚某瑶", "胡某翔", "蔡某源", "熊冰"].map((name) => ({ role: "全媒体记者", name })));
    const marked = page("某县召开全会", "■ 某某报记者 丁某伟", "■ 徐某玲", "近日，县委召开全体会议，听取和讨论县委常委会工作报告。");
    expect(parsePage(marked).articles[0]!.authors).toEqual([{ role: "记者", name: "丁某伟" }, { role: null, name: "徐某玲" }]);
    // (One name under the role, or a role printed after its name, shows no list running on.)
    for (const [first, want] of [["本报记者 张某", "记者"], ["张某 文", "文"]] as const) {
      const single = page("某县召开全会", first, "李某", "近日，县委召开全体会议，听取和讨论县委常委会工作报告。");
      expect(parsePage(single).articles[0]!.authors, first).toEqual([{ role: want, name: "张某" }, { role: null, name: "李某" }]);
    }
    // (Two names under it may be the whole byline, the line under it a name the feature opens on: no role is carried.)
    const two = page("青春在乡村绽放", "本报记者 张某 李某", "于某", "2016年大学毕业后，于某放弃了城里的工作，回到家乡种起了蓝莓。");
    expect(parsePage(two).articles[0]!.authors.find((p) => p.name === "于某")?.role ?? null).toBeNull();
  });

  it("a note's marker after a sentence's end leaves the sentence ended; a line closed by a comma goes on", () => {
    const [poem] = parsePage(page("雨中游五台山", "□陆某国", "朦胧暑雨登攀难，", "意兴盎然数旅人。", "古木森森藤网密，", "映山漫漫护栏新。①", "【注】", "①映山漫漫：景区有万亩映山红，每年4月盛开。")).articles;
    expect(poem!.paragraphs.slice(0, 2)).toEqual(["朦胧暑雨登攀难，意兴盎然数旅人。", "古木森森藤网密，映山漫漫护栏新。①"]);
  });

  it("two bracketed names sign the text, one of them padded for print (（廖某来 林 永）)", () => {
    const [a] = parsePage(page("某镇戏台正式投入使用", "近日，某镇投资68万元建设的戏台在歌节当天正式投入使用。（廖某来 林 永）")).articles;
    expect({ byline: a!.byline, authors: a!.authors }).toEqual({ byline: "（廖某来 林 永）", authors: [{ role: null, name: "廖某来" }, { role: null, name: "林永" }] });
  });

  it("a column's label printed over two pieces heads each as its kicker; a title a teaser repeats is no label", () => {
    const text = page(...REPORT, "不文明行为曝光台", "光膀出行 大煞风景", "文/图 记者 张某", "天气炎热，有一小部分市民在公共场所赤膊上阵。", "不文明行为曝光台", "乱丢垃圾，不该！", "近日，记者在城区看到，一堆白色垃圾堆在商场门口。", "记者 张某 摄");
    const pieces = parsePage(text).articles.slice(1).map((a) => [a.kicker, a.title]);
    expect(pieces).toEqual([["不文明行为曝光台", "光膀出行 大煞风景"], ["不文明行为曝光台", "乱丢垃圾，不该！"]]);
    const teaser = page("今日导读", "我市召开秋收工作会议", "详见第二版", "我市召开秋收工作会议", "部署当前重点工作", "本报讯（记者 张某）近日，我市召开秋收工作会议，部署当前重点工作。");
    expect(parsePage(teaser).articles.at(-1)).toMatchObject({ kicker: null, title: "我市召开秋收工作会议", subtitle: "部署当前重点工作" });
  });

  it("a byline printed under the pictures, then a lead, heads the text the lead opens (lead.after-signature)", () => {
    const text = page(...REPORT, "臭水沟藏身杂草丛 建筑垃圾露天放……", "这些地方的环境不咋样", "某区某镇某村隐藏在杂草丛中的臭水沟。", "某区某路口东南角的垃圾桶被装得满满当当。", "文/图 记者 伊某", "通讯员 杨某刚 报道", "晨报某地7月6日讯 7月6日，记者跟随市整治办到各区，对整治不到位的问题进行督查。");
    const [, a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect({ title: a!.title, byline: a!.byline, dateline: a!.dateline }).toEqual({ title: "这些地方的环境不咋样", byline: "文/图 记者 伊某 通讯员 杨某刚 报道 晨报某地7月6日讯", dateline: { agency: "晨报", place: "某地", date: "7月6日" } });
    expect(a!.paragraphs.at(-1)).toBe("7月6日，记者跟随市整治办到各区，对整治不到位的问题进行督查。");
    expect(parsePage(text, { disabled: ["lead.after-signature"] }).articles).toHaveLength(3);
  });

  it("a letter to the public is an announcement, kind other", () => {
    for (const headline of [["争做模范市民 巩固创建成果", "——致广大市民朋友的一封信"], ["致读者"], ["崇农立言 惟仁求真", "——改版致读者"]]) {
      const text = page(...headline, "尊敬的市民朋友们：", "在全市人民的共同努力下，我市去年首次荣获全国文明城市称号。");
      expect(parsePage(text).articles[0]!.kind).toBe("other");
    }
    // (A report headed by its lead is news about a letter, whatever the occasion before it.)
    for (const title of ["致敬最美逆行者", "致癌物质威胁市民", "新春致全市人民的慰问信"]) expect(parsePage(page(title, "本报讯（记者 张某）近日，全市各地医护人员奔赴一线，守护群众健康。")).articles[0]!.kind).toBe("article");
  });

  it("wider space after a sentence a column cut is still the column's cut", () => {
    const text = `${page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，各地农民在田间")}\n\n\n${page("忙着收割", "到处是一片丰收的景象，粮食颗粒归仓，农民喜笑颜开。")}`;
    expect(parsePage(text).articles).toHaveLength(1);
  });

  it("wider space than the page uses ends the text above it (group.after-wide-space)", () => {
    // Picture labels with no end mark, then wider space: a bare-name piece starts there.
    const labels = page(...REPORT, "城市新地标", "记者 张某 摄", "近年来，一大批各具特色的地标建筑不断问世，大大提升了城市的形象。", "悬挑式摩天轮", "星光璀璨体育馆", "阶梯式图书馆");
    const text = `${labels}\n\n\n${page("鳌峰公园的前世今生", "■焦某达", "鳌峰公园是现存最早的人文公园，始建于唐代，一千多年间不断扩建。")}`;
    const last = parsePage(text).articles.at(-1)!;
    expect({ title: last.title, byline: last.byline }).toEqual({ title: "鳌峰公园的前世今生", byline: "焦某达" });
    expect(parsePage(text, { disabled: ["group.after-wide-space"] }).articles.at(-1)!.title).toBe("城市新地标");
    // After wider space, a title over a credit and the caption's text: a photo story, its credit printed first.
    const photo = `${page(...REPORT)}\n\n\n${page("地标性建筑展风采", "■特约摄影记者 胡某余 摄", "近年来，一大批各具特色的地标建筑不断问世，大大提升了城市的形象和品质。")}`;
    const [, story] = parsePage(photo).articles;
    expect({ kind: story?.kind, title: story?.title, credit: story?.photos[0]?.credit }).toEqual({ kind: "photo", title: "地标性建筑展风采", credit: "特约摄影记者 胡某余 摄" });
    expect(parsePage(photo, { explain: true }).decisions?.find((x) => x.role === "title" && x.article === 1)?.opens).toBe("group.after-wide-space");
  });

  it("an untitled news photo ends at its credit when reporters' byline and a lead about something else follow; the byline heads an untitled report (group.untitled-before-report)", () => {
    const photo = ["为保障滩地管理员人身安全，某镇工作队配发16艘铁皮保洁船，专项用于湖泊保护治理工作。", "洪某华 摄"];
    const report = ["●记者 黄某 赵某汁 敖某华", "段某润 钟某", "本报讯 12月16日，某高铁开通之际，某州在省会火车站同步举行旅游推介活动。", "随着高铁开通，某州将进一步加速推动大通道建设。"];
    const text = page(...photo, ...report);
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kind, a.title, a.photos.map((p) => p.credit)])).toEqual([["photo", null, ["洪某华 摄"]], ["article", null, []]]);
    // (The second line's names go on under the first line's role, a list of three having run onto it; the lead's label joins the byline.)
    expect(articles[1]!.authors).toEqual(["黄某", "赵某汁", "敖某华", "段某润", "钟某"].map((name) => ({ role: "记者", name })));
    expect(articles[1]!.byline).toBe("记者 黄某 赵某汁 敖某华 段某润 钟某 本报讯");
    expect(articles[1]!.paragraphs[0]).toBe("12月16日，某高铁开通之际，某州在省会火车站同步举行旅游推介活动。");
    expect(parsePage(text, { explain: true }).decisions?.find((d) => d.article === 1)?.opens).toBe("group.untitled-before-report");
    // (A report about what the picture shows printed its picture first: the caption shares its words, and nothing is split.)
    const own = page("12月16日，某高铁开通，旅游列车从省会火车站首发。", "洪某华 摄", ...report);
    expect(parsePage(own).articles.map((a) => a.kind)).not.toContain("photo");
    // (Reporters named over no text of theirs, the next story's headline under them, head nothing: no empty story.)
    const over = parsePage(page(...photo, "本报记者 王某", "某某大桥建成通车", "近日，某某大桥建成通车，市民出行更加方便。")).articles;
    expect(over.every((a) => a.paragraphs.length > 0), JSON.stringify(over.map((a) => a.title))).toBe(true);
    // (Switched off, the caption stays unassigned and the credit with it.)
    expect(parsePage(text, { disabled: ["group.untitled-before-report"] }).articles.map((a) => a.kind)).toEqual(["article"]);
  });

  it("text above the page's first headline, signed by who made it, is an untitled piece signed at its end (group.untitled-signed)", () => {
    const piece = ["1月20日，由某部和某市政府共同主办的迎春展示活动在京开幕。图为传承人杨某喜正在为观众展示弓箭制作技艺。", "本报记者 王某/摄 张某/文"];
    const next = ["某刊编委会全体会议在京举行", "本报记者 霍某琦", "2月1日，某刊编委会全体会议在京举行，总结过往，规划未来。"];
    const text = page(...piece, ...next);
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([[null, "本报记者 王某/摄 张某/文"], ["某刊编委会全体会议在京举行", "本报记者 霍某琦"]]);
    expect(articles[0]!.paragraphs).toEqual([piece[0]]);
    expect(articles[0]!.authors).toEqual([{ role: "记者", name: "王某" }, { role: "文", name: "张某" }]);
    expect(parsePage(text, { explain: true }).decisions?.find((d) => d.article === 0)?.opens).toBe("group.untitled-signed");
    // (Text carried over from the page before is no piece of its own: under a jump line, or signed by reporters alone, as a
    // continued report ends, however whole its first sentence.)
    expect(parsePage(page("（上接第一版）", ...piece, ...next)).articles.map((a) => a.title)).toEqual(["某刊编委会全体会议在京举行"]);
    expect(parsePage(page(piece[0]!, "本报记者 王某 通讯员 李某", ...next)).articles.map((a) => a.title)).toEqual(["某刊编委会全体会议在京举行"]);
    // (Text carried over from the page before, opening inside a sentence, is no piece of its own.)
    expect(parsePage(page(`，${piece[0]}`, ...piece.slice(1), ...next)).articles.map((a) => a.title)).toEqual(["某刊编委会全体会议在京举行"]);
    // (Switched off, the text is left unassigned.)
    const off = parsePage(text, { disabled: ["group.untitled-signed"] });
    expect(off.articles.map((a) => a.title)).toEqual(["某刊编委会全体会议在京举行"]);
    expect(off.unassigned.map((u) => u.text)).toContain(piece[0]);
  });

  it("a line of two phrases set side by side, however long, is weighed as a crosshead when the text under it goes on with a speaker the story named (crosshead.speaker-named-before)", () => {
    const report = ["某刊编委会全体会议在京举行", "本报记者 霍某琦 潘某斐", "2月1日，某刊编委会全体会议在京举行。院长王某光出席会议并作重要讲话。", "副院长李某林等编委会委员出席会议，秘书长高某主持会议。"];
    const heading = "坚持正确方向  扬起哲学社会科学的风帆";
    const text = page(...report, heading, "王某光在讲话中对杂志社的工作给予充分肯定。他说，杂志处于发展的最好时期。");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    // (The heading is whole, a paragraph of its own; the text under it another.)
    expect(a!.paragraphs.slice(2)).toEqual([heading, "王某光在讲话中对杂志社的工作给予充分肯定。他说，杂志处于发展的最好时期。"]);
    expect(decisionAt(text, at(4)).evidence?.map((e) => e.feature)).toContain("crosshead.speaker-named-before");
    // (A speaker the story has not named is introduced by a new story: two titles side by side head it.)
    expect(parsePage(page(...report, heading, "赵某明在讲话中对杂志社的工作给予充分肯定。")).articles.map((x) => x.title)).toEqual([report[0], heading]);
    expect(parsePage(text, { disabled: ["crosshead.speaker-named-before"] }).articles.map((x) => x.title)).toEqual([report[0], heading]);
    // (Named only further back, the speaker may open a sidebar after the story: two phrases side by side, no strong sign of a
    // part, still title it, story.long-paired-title.)
    const longer = [...report, "会议听取了编辑部的工作汇报，审议了下一年度的工作计划。", "委员们围绕期刊的发展方向和栏目设置展开讨论，提出了意见建议。"];
    const sidebar = page(...longer, heading, "王某光在讲话中对杂志社的工作给予充分肯定。");
    expect(decisionAt(sidebar, at(6)).evidence).toEqual(expect.arrayContaining([{ feature: "story.long-paired-title", weight: -3 }]));
    expect(parsePage(sidebar).articles.map((x) => x.title)).toEqual([report[0], heading]);
  });

  it("after a finished report, a line over people who reported in pictures and their pictures' labels titles a photo report, no caption of the report (group.photo-report-labels)", () => {
    const report = ["王某军：日子越来越有奔头", "本报记者 袁某", "改革开放前，在王某军记忆中，吃饭主要以杂粮为主，玉米面是家里的主食。", "说起村里种植苹果的历史，王某军打开了话匣子，到2000年前后，政府出台政策支持群众大面积种植苹果。"];
    const labels = ["花下漫步", "春风又绿湖两岸", "感受春的气息", "杏花初绽", "绿染渭河畔", "樱花盛开"];
    const text = page(...report, "春风和气如约至 柳俏花开故都美", "本报记者 李某朝 何某虎 摄影报道", ...labels, "走在城里的街道，道路两旁的樱花逐渐开放，市民们也放慢了脚步，仔细观赏这春日美景。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kind, a.title])).toEqual([["article", report[0]], ["photo", "春风和气如约至 柳俏花开故都美"]]);
    expect(articles[1]!.photos.map((p) => p.credit)).toEqual(["本报记者 李某朝 何某虎 摄影报道"]);
    // (A credit that names no photo report, or one label only under it, leaves the line the report's picture's caption.)
    expect(parsePage(page(...report, "春风和气如约至 柳俏花开故都美", "本报记者 李某朝 摄", ...labels)).articles[0]!.photos.map((p) => p.caption)).toContain("春风和气如约至 柳俏花开故都美");
    expect(parsePage(text, { disabled: ["group.photo-report-labels"] }).articles[0]!.photos.map((p) => p.caption)).toContain("春风和气如约至 柳俏花开故都美");
    // (Two short lines under the credit over a lead are the next story's headline; two over text, the report's crosshead and
    // deck: the line over the credit stays the report's caption.)
    for (const under of [["春耕正当时", "我市春播进度过半", "本报讯（记者 张某）近日，全市春播进度已过半。"], ["赏花经济", "民宿生意火", "赏花的游客多了，村里的民宿家家客满，农家乐也忙了起来。"]]) {
      expect(parsePage(page(...report, "游客在花海中拍照留念", "本报记者 张某 李某 摄影报道", ...under)).articles[0]!.photos.map((p) => p.caption), under[0]).toContain("游客在花海中拍照留念");
    }
  });

  it("after a finished story and wider space than the page uses, a caption and its credit with no title are a news photo of their own (group.untitled-photo)", () => {
    const story = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "据了解，全市今年秋粮播种面积稳中有增。");
    const photo = page("4月25日，某某大桥正在加紧施工，建成后将成为区域又一条东西通道。", "本报记者 何某 摄");
    const text = `${story}\n\n\n${photo}\n\n\n${page("图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。")}`;
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kind, a.title])).toEqual([["article", "全市秋收进展顺利"], ["photo", null], ["article", "图书馆延长开放时间"]]);
    expect(articles[1]!.photos.map((p) => p.credit)).toEqual(["本报记者 何某 摄"]);
    expect(parsePage(text, { explain: true }).decisions?.find((d) => d.article === 1)?.opens).toBe("group.untitled-photo");
    // (No wider apart than the story's paragraphs, the picture is the story's own; a byline or a lead under the credit makes it
    // the next story's, printed first; switched off, the story above keeps it.)
    expect(parsePage(`${story}\n\n${photo}`).articles).toHaveLength(1);
    // (Nor a caption undated, `工作中的收割机手。`, nor one that shares the story's words: a report's own picture after all.)
    for (const own of ["工作中的收割机手。", "10月8日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"]) {
      expect(parsePage(`${story}\n\n\n${page(own, "本报记者 何某 摄")}`).articles, own).toHaveLength(1);
    }
    expect(parsePage(`${story}\n\n\n${photo}\n\n本报记者 李某\n\n近日，某大桥建设进入收尾阶段，施工人员加紧作业。`).articles.map((a) => a.title)).not.toContain(null);
    // (A titled photo story's next picture is its own.)
    const harvest = page("金秋丰收季", "10月5日，某镇农民在田间收割水稻。", "本报记者 张某 摄");
    expect(parsePage(`${harvest}\n\n\n${page("10月6日，某村果农在果园采摘苹果。", "本报记者 李某 摄")}`).articles).toHaveLength(1);
    expect(parsePage(text, { disabled: ["group.untitled-photo"] }).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "图书馆延长开放时间"]);
  });

  it("an untitled news photo holds one picture: after its credit, a caption opening on its day with its own credit is the next, evenly spaced too (group.untitled-after-untitled)", () => {
    const first = page("4月7日，某镇组织志愿者来到茶园帮助茶农采春茶，并通过线上直播销售春茶。", "（陈某海 徐 政 摄）");
    for (const opening of ["4月8日，", "近日，"]) {
      const text = `${first}\n\n${page(`${opening}某乡老年人文化活动中心内鼓声铿锵，一支女子打鼓队正紧锣密鼓排练。`, "（陈 瑞 李 玲 摄）")}`;
      const articles = parsePage(text).articles;
      expect(articles.map((a) => [a.kind, a.title, a.photos.map((p) => p.credit)]), opening).toEqual([["photo", null, ["（陈某海 徐 政 摄）"]], ["photo", null, ["（陈 瑞 李 玲 摄）"]]]);
      expect(parsePage(text, { explain: true }).decisions?.find((d) => d.article === 1)?.opens).toBe("group.untitled-photo");
      // (Switched off, nothing ends the first picture on an evenly spaced page: one story of both.)
      expect(parsePage(text, { disabled: ["group.untitled-after-untitled"] }).articles, opening).toHaveLength(1);
    }
    // (Two pictures of one event the same photographer credits, sharing their words, are one story's.)
    const pair = page("3月12日，某区干部群众在某山植树造林。", "记者 李某 摄", "3月12日，某区干部群众在某山植树造林，为新栽的树苗浇水。", "记者 李某 摄");
    expect(parsePage(pair).articles.map((a) => a.photos.length)).toEqual([2]);
    // (However many words the two captions share: two farm photos in a row, each with its own credit, are two.)
    const farm = page("4月3日，某县某村农民驾驶农机翻耕水田，准备机插早稻。", "特约通讯员 傅某斌摄", "4月8日，在某县某乡某村，农民驾驶农机翻耕田地，准备机插早稻。", "特约通讯员 晏 华摄");
    expect(parsePage(farm).articles.map((a) => a.photos.map((p) => p.credit))).toEqual([["特约通讯员 傅某斌摄"], ["特约通讯员 晏 华摄"]]);
    // (A caption undated, or one with no credit of its own, is no next picture; a titled photo story's next picture is its own.)
    expect(parsePage(`${first}\n\n${page("老年人文化活动中心内鼓声铿锵。", "（陈 瑞 李 玲 摄）")}`).articles).toHaveLength(1);
    expect(parsePage(`${page("金秋丰收季", "10月5日，某镇农民在田间收割水稻。", "本报记者 张某 摄")}\n\n${page("10月6日，某村果农在果园采摘苹果。", "本报记者 李某 摄")}`).articles).toHaveLength(1);
  });

  it("after a caption whose credit covers a set (组图/…, 均为…摄), short sentences before the story's text are the set's next captions (caption.set-credit)", () => {
    const lead = "长沙晚报讯（全媒体记者 洪某）时值正月，橘子洲上14个品种的400余树梅花争相盛开，赏梅品梅的游客激增。";
    for (const credit of ["均为通讯员 王某 摄", "组图/记者谢某贵杨某实习生张某峰"]) {
      const text = page("橘子洲400余树梅花开了", `橘子洲梅园内梅花盛开。${credit}`, "空中俯瞰美景。", "游客在与梅花合影。", lead, "记者发现，绝大部分游客都能按照规定文明游园。");
      const [a, ...none] = parsePage(text).articles;
      expect(none).toEqual([]);
      expect(a!.photos.map((p) => [p.caption, p.credit])).toEqual([["橘子洲梅园内梅花盛开。", credit], ["空中俯瞰美景。", ""], ["游客在与梅花合影。", ""]]);
      expect(a!.paragraphs).toHaveLength(2);
    }
    // (One short sentence under the credit, or sentences that open on their day, are the story's opening, as a report's are.)
    for (const opening of [["春节将至，年味渐浓。"], ["昨日，我市迎来今冬首场降雪。", "凌晨三点，气温零下十五度。"]]) {
      const b = parsePage(page("年货市场人气旺", "市民在年货市场选购春联。均为本报记者 张某 摄", ...opening, "连日来，城区各大年货市场人头攒动，春联、灯笼、干果等年货十分抢手，不少市民趁着周末前来选购。")).articles[0]!;
      expect(b.photos, opening[0]).toHaveLength(1);
      expect(b.paragraphs, opening[0]).toHaveLength(opening.length + 1);
    }
    // (A credit for one picture leaves the sentences under it the story's text.)
    const one = parsePage(page("橘子洲400余树梅花开了", "橘子洲梅园内梅花盛开。通讯员 王某 摄", "空中俯瞰美景。", lead)).articles[0]!;
    expect(one.photos).toHaveLength(1);
  });

  it("so is a credit printed first, after wider space, over its dated caption (group.untitled-photo); the page may end under it", () => {
    const story = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "据了解，全市今年秋粮播种面积稳中有增。");
    const photo = page("本报记者 何某 摄影报道", "5月11日，市民在滨江南路风光带观赏金鸡菊，绵延近2公里的花海引来不少游客。");
    for (const text of [`${story}\n\n\n${photo}`, `${story}\n\n\n${photo}\n\n\n${page("图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。")}`]) {
      const articles = parsePage(text).articles;
      expect(articles[0]!.paragraphs).toEqual(["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "据了解，全市今年秋粮播种面积稳中有增。"]);
      expect(articles[1]).toMatchObject({ kind: "photo", title: null, photos: [{ credit: "本报记者 何某 摄影报道", caption: "5月11日，市民在滨江南路风光带观赏金鸡菊，绵延近2公里的花海引来不少游客。" }] });
    }
    // (Under a caption still waiting for its credit, `图为…`, the credit is that picture's, whatever follows it.)
    const pictured = page("全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "图为农民在田间收割晚稻。");
    const [withPicture] = parsePage(`${pictured}\n\n\n${photo}`).articles;
    expect(withPicture!.photos.map((p) => [p.caption, p.credit])).toEqual([["图为农民在田间收割晚稻。", "本报记者 何某 摄影报道"]]);
    // (A credit at the page's foot, nothing under it, closes the story above as its picture's, as ever.)
    expect(parsePage(`${story}\n\n\n本报记者 何某 摄`).articles).toHaveLength(1);
    // (No wider apart than the story's paragraphs, credit and caption are the story's own.)
    expect(parsePage(`${story}\n\n${photo}`).articles).toHaveLength(1);
  });

  it("a lead's label alone on its line and a byline line under it, before any text, are one byline, label first (lead.label-over-byline)", () => {
    const text = page("记者跟车目击 便衣警探捉贼", "某某新闻网-某某晚报讯", "本报记者 李某君 摄影 李某", "昨日上午，记者随同两名便衣警探跟车巡逻，协助抓获犯罪嫌疑人7名。", "7时10分，一辆开往犀浦的公交车进了站台，车上已挤满了乘客。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a).toMatchObject({ byline: "某某新闻网-某某晚报讯 本报记者 李某君 摄影 李某", authors: [{ role: "记者", name: "李某君" }, { role: "摄影", name: "李某" }] });
    expect(decisionAt(text, 5)).toMatchObject({ role: "byline", rule: "lead.label-over-byline" });
    // (Under a title, text that opens on its day and hour, `8月18日晚7时，在某地某`, is the text's first block cut by its column.)
    expect(parsePage(page("某地按下复工复产“快进键”", "8月18日晚7时，在某地某", "化妆品有限公司车间内，员工正忙着赶制订单。")).articles[0]).toMatchObject({ subtitle: null, paragraphs: ["8月18日晚7时，在某地某化妆品有限公司车间内，员工正忙着赶制订单。"] });
  });

  it("a colon line that introduces a list of parks or roads in a sentence's words is no place kicker", () => {
    for (const [intro, ...items] of [["市民可前往以下公园：", "人民公园", "滨江公园", "植物园"], ["我市首批命名的文明示范街：", "解放路", "人民路", "中山路"], ["管制路段为城区人民路：", "中山广场至解放桥段"]]) {
      expect(parsePage(page(...REPORT, intro!, ...items, "园林局提醒，节日期间游客较多，请市民错峰出行。")).articles, intro).toHaveLength(1);
    }
  });

  it("short blocks closing a report that place people in the picture or say when it was taken, no credit printed, are its pictures' captions (caption.uncredited-after-text)", () => {
    const text = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "他说，华社在地方发展中始终扮演着重要的角色。", "张某明（左2）移交拨款支票予某某公会会长李某华。左为某某支部青年团团长许某扬。", "受惠的各单位代表与张某明（中）合照。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a!.paragraphs).toEqual(["某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "他说，华社在地方发展中始终扮演着重要的角色。"]);
    expect(a!.photos).toEqual([
      { caption: "张某明（左2）移交拨款支票予某某公会会长李某华。左为某某支部青年团团长许某扬。", credit: "", photographers: [] },
      { caption: "受惠的各单位代表与张某明（中）合照。", credit: "", photographers: [] },
    ]);
    expect(decisionAt(text, 9)).toMatchObject({ role: "caption", rule: "caption.uncredited-after-text" });
    expect(parsePage(text, { disabled: ["caption.uncredited-after-text"] }).articles[0]!.photos).toEqual([]);
    // (Only closing the text: a sentence placing people between two paragraphs is the text's.)
    const inside = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "张某明（左2）与会长李某华交谈。", "他说，华社在地方发展中始终扮演着重要的角色。");
    expect(parsePage(inside).articles[0]!.photos).toEqual([]);
    // (Nor under a text of one paragraph: a short piece's sentence placing people, `某某（右）与…交流`, may be its whole text.)
    const short = page("好人交流种植经验", "（本报某地16日讯）日前，荣获“某某好人”称号的张某修来到某某镇某某村。", "张某修（右）与种植户交流种植经验。");
    expect(parsePage(short).articles[0]!.photos).toEqual([]);
    // (Nor a report's last sentence closing on a group's picture alone, 合影。, 合照。, 留影。: only a place in the picture makes
    // it a caption; nor names after 左起, which prose lists too.)
    for (const last of ["活动结束后，大家在社区党群服务中心门前集体合影。", "最后，校友们与老师们在校门口合照。", "获奖教师代表（左起）王某、李某、张某分别发言。"]) {
      const closing = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "他说，华社在地方发展中始终扮演着重要的角色。", last);
      expect(parsePage(closing).articles[0]!.paragraphs.at(-1), last).toBe(last);
    }
    // (Nor a sentence with no picture's words: who stood where, or when it was taken.)
    const plain = page("某某会馆办新春团拜", "（本报某地16日讯）某某会馆会长张某明表示，会馆多年来在凝聚乡情、传承文化方面作出了许多贡献。", "他说，华社在地方发展中始终扮演着重要的角色。", "晚宴在欢声笑语中结束。");
    expect(parsePage(plain).articles[0]!.paragraphs).toHaveLength(3);
  });

  it("one short sentence between a headline and its lead, no credit printed, is a picture's caption: the lead opens the headline's text (caption.uncredited-over-lead)", () => {
    const text = page("两岸乡亲欢聚 晒特产庆新年", "某某区某某村跨村年夜活动热闹开场", "“两岸一家亲 乡村同振兴”跨村年夜活动热闹开场。", "某某日报讯（文/图 记者 卢某华 通讯员 韩某）“我是甘蔗哥，我唱甘蔗歌。”2月1日晚，某某村处处欢声笑语。");
    const [a, ...none] = parsePage(text).articles;
    expect(none).toEqual([]);
    expect(a).toMatchObject({ title: "两岸乡亲欢聚 晒特产庆新年", subtitle: "某某区某某村跨村年夜活动热闹开场", byline: "某某日报讯（文/图 记者 卢某华 通讯员 韩某）", paragraphs: ["“我是甘蔗哥，我唱甘蔗歌。”2月1日晚，某某村处处欢声笑语。"] });
    expect(a!.photos).toEqual([{ caption: "“两岸一家亲 乡村同振兴”跨村年夜活动热闹开场。", credit: "", photographers: [] }]);
    expect(decisionAt(text, 5)).toMatchObject({ role: "caption", rule: "caption.uncredited-over-lead" });
    // (Switched off, the lead opens a story with no headline.)
    expect(parsePage(text, { disabled: ["caption.uncredited-over-lead"] }).articles).toHaveLength(2);
    // (So is one between a byline line and the lead: the lead's label joins the byline.)
    const underByline = page("某某会见世华社团联谊大会代表", "记者：嘉某", "方某成勋爵（右）代表某某总会登台接受奖杯。", "（金边讯）第十届世界华侨华人社团联谊大会向某某总会颁发荣誉。");
    const [c, ...others] = parsePage(underByline).articles;
    expect(others).toEqual([]);
    expect(c).toMatchObject({ byline: "记者：嘉某 （金边讯）", paragraphs: ["第十届世界华侨华人社团联谊大会向某某总会颁发荣誉。"] });
    expect(c!.photos).toEqual([{ caption: "方某成勋爵（右）代表某某总会登台接受奖杯。", credit: "", photographers: [] }]);
    // (Nor over a lead naming a reporter the byline line does not: the next brief's.)
    const nextBrief = page("市领导慰问环卫工人", "本报记者 王某", "昨天，市领导走上街头慰问环卫工人。", "本报讯（记者 李某）近日，市图书馆延长开放时间，方便读者借阅。");
    expect(parsePage(nextBrief).articles).toHaveLength(2);
    // (A correspondent named in the lead is the reporter's partner as often: one story.)
    const partner = page("某校举行新教学楼剪彩仪式", "本报记者 张某", "嘉宾为新教学楼剪彩。", "本报讯（通讯员 李某）近日，某校两座新教学楼正式落成，并举行剪彩仪式。");
    expect(parsePage(partner).articles).toHaveLength(1);
    // (One with no picture's words, a standfirst, stays the text's first paragraph; the lead still joins the story.)
    const standfirst = page("某某学校举行新教学楼剪彩仪式", "本报记者 张某", "剪彩仪式现场。", "本报讯 近日，某某学校两座新教学楼正式落成，并举行剪彩仪式。");
    expect(parsePage(standfirst).articles).toEqual([expect.objectContaining({ byline: "本报记者 张某 本报讯", paragraphs: ["剪彩仪式现场。", "近日，某某学校两座新教学楼正式落成，并举行剪彩仪式。"], photos: [] })]);
    // (Two or three such sentences are as many pictures' captions, each uncredited.)
    const two = parsePage(page("某某大学喜迎2009级新生", "陈某生书记与新生亲切交谈。", "学校医务人员为新生及随行人员测量体温。", "本报讯 9月9日，某某大学各校区人声鼎沸，笑语连连。2009级新生陆续报到。")).articles;
    expect(two.map((a) => [a.title, a.byline, a.photos.map((p) => [p.caption, p.credit]), a.paragraphs])).toEqual([["某某大学喜迎2009级新生", "本报讯", [["陈某生书记与新生亲切交谈。", ""], ["学校医务人员为新生及随行人员测量体温。", ""]], ["9月9日，某某大学各校区人声鼎沸，笑语连连。2009级新生陆续报到。"]]]);
    // (Nor sentences that tell the reader what may be done, a brief's text: `市民可持身份证…换领。`.)
    expect(parsePage(page("我市启用新版社保卡", "新版社保卡具备金融支付和电子凭证功能。", "市民可持身份证到各合作银行网点免费换领。", "本报讯（记者 王某强）记者从市医保局获悉，我市城乡居民医保参保登记工作启动。")).articles).toHaveLength(2);
    // (Not when one of them opens on when, a brief's text: the lead under them opens another brief.)
    expect(parsePage(page("“书香之城”再添新地标", "城市书房延长开放时间。", "即日起，“城市书房”每天开放至夜里九点。", "本报讯 10月15日，市交警支队开展城区道路秩序专项整治行动。")).articles).toHaveLength(2);
    // (A sentence that opens on when is a brief's whole text: the lead under it opens another brief.)
    expect(parsePage(page("“书香之城”再添新地标", "即日起，“城市书房”每天开放至夜里九点。", "本报讯 10月15日，市交警支队开展城区道路秩序专项整治行动。")).articles).toHaveLength(2);
    // (A block of any length opening on a picture's label, `图片说明：…`, is the pictures' captions, however many sentences;
    // a body's 讯 and a colon lead the text under it.)
    const labelled = page("某某工商总会理事长率同仁 礼访市长与副市长", "图片说明：上图：礼访市长，并合影留念。下图：礼访副市长。", "某某工商总会讯：本会为强化与地方政府的合作关系，于九月十六日礼访市长。");
    const [b, ...more] = parsePage(labelled).articles;
    expect(more).toEqual([]);
    expect(b).toMatchObject({ byline: "某某工商总会讯：", paragraphs: ["本会为强化与地方政府的合作关系，于九月十六日礼访市长。"] });
    expect(b!.photos.map((p) => p.caption)).toEqual(["图片说明：上图：礼访市长，并合影留念。下图：礼访副市长。"]);
  });

  it("the outlets a byline's reporters work for, on the line above them, begin the byline", () => {
    const text = page("某某：赋能铸魂，文化濡养一座城", "□某某日报/某某晚报/某某新闻", "记者徐某莹", "十年耕耘，“丰”景怡人。文化赋能中的某某，正收获着丰硕成果。");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect({ title: a!.title, byline: a!.byline, authors: a!.authors }).toEqual({ title: "某某：赋能铸魂，文化濡养一座城", byline: "某某日报/某某晚报/某某新闻 记者徐某莹", authors: [{ role: "记者", name: "徐某莹" }] });
    expect(decisionAt(text, at(2)).rule).toBe("byline.second-line");
  });

  it("a column label in lenticular brackets is the kicker; a paper's heads sign its own address", () => {
    const photo = parsePage(page("【来稿选登】", "金秋好丰景", "9月20日，台风过后，渔船扬帆启航，开始新一轮生产。", "本报通讯员 胡某 摄")).articles[0]!;
    expect({ kicker: photo.kicker, title: photo.title }).toEqual({ kicker: "【来稿选登】", title: "金秋好丰景" });
    const address = parsePage(page("立足新起点 迈步从头越", "——新年献辞", "社长 陈某 总编 王某", "一元复始，万象更新。在辞旧迎新的钟声中，我们向读者致以新年的祝福。")).articles[0]!;
    expect(address.authors).toEqual([{ role: "社长", name: "陈某" }, { role: "总编", name: "王某" }]);
    // (Their deputies sign so too, the paper's name before the role dropped.)
    const deputy = parsePage(page("矢志耕耘迎丰景 惟日孜孜争朝夕", "某某日报社副总编辑 信某锋", "转眼间，已入深秋。上一周，在阳光助力下我市气温回升，一派秋高气爽。")).articles[0]!;
    expect([deputy.byline, deputy.authors]).toEqual(["某某日报社副总编辑 信某锋", [{ role: "副总编辑", name: "信某锋" }]]);
    expect(address.subtitle).toBe("——新年献辞");
  });

  it("a byline ending in （图/文） names its reporter", () => {
    const a = parsePage(page("秋天又热闹起来了", "晚报融媒体记者/谢某 （图/文）", "徐徐秋风吻满人间，带给人们阵阵凉爽。")).articles[0]!;
    expect({ byline: a.byline, subtitle: a.subtitle, authors: a.authors }).toEqual({ byline: "晚报融媒体记者/谢某 （图/文）", subtitle: null, authors: [{ role: "融媒体记者", name: "谢某" }] });
  });

  it("names run together after a role are split where each part starts with a surname", () => {
    const a = parsePage(page("长虹巨龙起京城", "本报记者曾坤颜世贵", "古都北京，从来没有今天这么辉煌。")).articles[0]!;
    expect(a.authors).toEqual([{ role: "记者", name: "曾坤" }, { role: "记者", name: "颜世贵" }]);
    expect(splitRunTogether("欧阳小明")).toEqual(["欧阳小明"]);
    expect(splitRunTogether("张三李四")).toEqual(["张三", "李四"]);
    // A compound surname makes a name of three or four characters, first or later in the run.
    expect(splitRunTogether("欧阳明陈静")).toEqual(["欧阳明", "陈静"]);
    expect(splitRunTogether("陈静司马南")).toEqual(["陈静", "司马南"]);
    // Where two splits share their rarest surname, the next rarest decides: 崔 is commoner than 强.
    expect(splitRunTogether("郄某李某张海强崔婉")).toEqual(["郄某", "李某", "张海强", "崔婉"]);
  });

  it("a note after a role and its names (文/图, 报道, 发自…) leaves the role theirs; the note stays in the byline", () => {
    for (const [line, authors] of [
      ["记者 张某 文/图", [{ role: "记者", name: "张某" }]],
      ["晚报记者张某明文/图", [{ role: "记者", name: "张某明" }]],
      ["本报记者 李某 通讯员 刘某 报道", [{ role: "记者", name: "李某" }, { role: "通讯员", name: "刘某" }]],
      ["特派记者 王某 发自北京", [{ role: "特派记者", name: "王某" }]],
    ] as const) {
      const a = parsePage(page("市民夜市热闹非凡", line, "近日，记者走访了全市多个夜市，看到市民们在摊位前挑选商品。")).articles[0]!;
      expect({ byline: a.byline, authors: a.authors }, line).toEqual({ byline: line, authors });
    }
    // Bare names before the note are the note's people, as before: `雍和 图/文`.
    expect(parsePage(page("秋色", "雍和 图/文", "金秋时节，山林尽染。")).articles[0]!.authors).toEqual([{ role: "图/文", name: "雍和" }]);
  });

  it("a role, a pen name and what its bearer made (本报记者 之光/文), then the photographer's line, then the lead: one byline", () => {
    const a = parsePage(page("连战为本报题词问候福建乡亲", "本报记者 之光/文", "王某志/图", "本报讯 昨日，临别福建前一刻，连战先生为本报题词，转达他对福建乡亲的深情问候。")).articles[0]!;
    expect({ subtitle: a.subtitle, byline: a.byline, authors: a.authors }).toEqual({ subtitle: null, byline: "本报记者 之光/文 王某志/图 本报讯", authors: [{ role: "记者", name: "之光" }, { role: "图", name: "王某志" }] });
    // A role word is never a name under a postfix role.
    expect(parsePage(page("秋色", "本报记者 张某/文", "金秋时节，山林尽染。")).articles[0]!.authors).toEqual([{ role: "记者", name: "张某" }]);
  });

  it("a brand joined to its paper by a dash is one organisation before the role", () => {
    const a = parsePage(page("春运路上你我他", "新重庆-重庆日报记者 杨某紫 实习生 秦某悦", "春运的钟声敲响，候车大厅里人来人往。")).articles[0]!;
    expect(a.authors).toEqual([{ role: "记者", name: "杨某紫" }, { role: "实习生", name: "秦某悦" }]);
  });

  it("reporters in brackets after a bracketed label (【本报讯】（记者 甲）) belong to the lead", () => {
    const a = parsePage(page("强力推动狠抓落实", "【本报讯】（记者叶某滨）昨天上午，市委书记先后来到两个代表团参加审议。")).articles[0]!;
    expect({ byline: a.byline, authors: a.authors, first: a.paragraphs[0] }).toEqual({ byline: "【本报讯】（记者叶某滨）", authors: [{ role: "记者", name: "叶某滨" }], first: "昨天上午，市委书记先后来到两个代表团参加审议。" });
  });

  it("names run together after a role printed apart (记者/谢某枫王辉) are split too", () => {
    const a = parsePage(page("会见香港新闻界访问团", "本报讯（记者/谢某枫王辉）昨天，省长会见了香港新闻界访问团。")).articles[0]!;
    expect(a.authors).toEqual([{ role: "记者", name: "谢某枫" }, { role: "记者", name: "王辉" }]);
  });

  it("a paper's own 讯 run together with the text (南方日报讯转眼间，…) is its lead; other words ending in 讯 are not", () => {
    const a = parsePage(page("报人春节在基层", "南方日报讯转眼间，春节长假已经过去。记者们走进基层，写下了一篇篇报道。")).articles[0]!;
    expect({ byline: a.byline, first: a.paragraphs[0]!.slice(0, 4) }).toEqual({ byline: "南方日报讯", first: "转眼间，" });
    const b = parsePage(page("喜讯传来", "传来喜讯全村沸腾，大家奔走相告，喜气洋洋。")).articles[0]!;
    expect(b.byline).toBeNull();
  });

  it("a pointer to another page (更多报道见A6版, （相关新闻见第三、四版）) is furniture; a sentence that says so is not", () => {
    // (A page's code, A3, needs no 版 after it: `详见A3、4`.)
    for (const pointer of ["更多报道见A6版", "（相关新闻见第三、四版）", "详见第5版", "详见A3、4", "（详见B2）"]) {
      const parsed = parsePage(page(...REPORT, pointer));
      expect(parsed.furniture.map((f) => f.text), pointer).toEqual([pointer]);
    }
    expect(parsePage(page(...REPORT, "更多报道见A6版。")).furniture).toEqual([]);
    expect(parsePage(page(...REPORT, "（更多报道见A6版")).furniture).toEqual([]);
    // (A bare number after 见 is no page's code: `详见3、4` may be a list's items; nor is 见 and a code with no 详 or bracket,
    // `…具体赛程请` / `见A3`, a sentence's end a column cut.)
    expect(parsePage(page(...REPORT, "详见3、4")).furniture).toEqual([]);
    expect(parsePage(page(...REPORT, "见A3")).furniture).toEqual([]);
  });

  it("a reporter's bracketed signature at the end of the last paragraph is the byline, and leaves the paragraph", () => {
    const a = parsePage(page("新年三下乡", "昨日，市区两级部门走进乡村送春联。", "副区长也到活动现场为农民们书写春联。（记者 月某红 通讯员 王某）")).articles[0]!;
    expect({ byline: a.byline, authors: a.authors, last: a.paragraphs.at(-1) }).toEqual({
      byline: "（记者 月某红 通讯员 王某）",
      authors: [{ role: "记者", name: "月某红" }, { role: "通讯员", name: "王某" }],
      last: "副区长也到活动现场为农民们书写春联。",
    });
    // Switched off, the signature stays in the paragraph.
    const off = parsePage(page("新年三下乡", "昨日，市区两级部门走进乡村送春联。", "书写春联。（记者 月某红）"), { disabled: ["signature.end-of-paragraph"] }).articles[0]!;
    expect([off.byline, off.paragraphs.at(-1)]).toEqual([null, "书写春联。（记者 月某红）"]);
    // The paper its reporters work for may stand in the brackets before their role, set apart by a space.
    const paper = parsePage(page("黄石：讲好黄石故事", "1月11日至14日，市人大常委会开展专题调研。", "市人大常委会副主任王某祥参加调研。（某某日报 记者 朱某 石某练）")).articles[0]!;
    expect([paper.byline, paper.authors, paper.paragraphs.at(-1)]).toEqual(["（某某日报 记者 朱某 石某练）", [{ role: "记者", name: "朱某" }, { role: "记者", name: "石某练" }], "市人大常委会副主任王某祥参加调研。"]);
    // On the short last line a column left, the signature is read the same.
    const short = parsePage(page("教育项目 加速建设", "市中心城区26个新建和改扩建教育项目正在全力推进，确保早日建成惠", "及人民群众。（记者 弓某静）")).articles[0]!;
    expect([short.byline, short.paragraphs]).toEqual(["（记者 弓某静）", ["市中心城区26个新建和改扩建教育项目正在全力推进，确保早日建成惠及人民群众。"]]);
    // …however short: one character and its stop, then four names.
    const one = parsePage(page("采访活动启动", "11日，采访活动在我市启动。", "希望各界深入理解高质量发展的内涵，共同推动我市在发展道路上行稳致", "远。（张某文 李某明 钱某秀 甘某）")).articles[0]!;
    expect([one.authors.length, one.paragraphs]).toEqual([4, ["11日，采访活动在我市启动。", "希望各界深入理解高质量发展的内涵，共同推动我市在发展道路上行稳致远。"]]);
    // A bracket that names no role is the text's own, unless it names two or more people (of three, one may bear a rare surname).
    expect(parsePage(page("新年三下乡", "昨日，老人们写下了春联。（王某）")).articles[0]!.paragraphs.at(-1)).toBe("昨日，老人们写下了春联。（王某）");
    // A paper's name in title marks before the role; two names run together; a note on the text is no name.
    expect(parsePage(page("为龙都大地增翠添绿", "截至发稿前，绿化任务已完成60%以上。（《某阳日报》记者 王某巍 张某乐）")).articles[0]!.authors).toEqual([{ role: "记者", name: "王某巍" }, { role: "记者", name: "张某乐" }]);
    expect(parsePage(page("五台山错峰游正当时", "这里不仅以诗意画卷迎接八方来客。（宫某欣陈某升）")).articles[0]!.authors).toEqual([{ role: null, name: "宫某欣" }, { role: null, name: "陈某升" }]);
    expect(parsePage(page("座谈会举行", "会上宣读了省委的贺信。（贺信全文另发）")).articles[0]!.paragraphs.at(-1)).toBe("会上宣读了省委的贺信。（贺信全文另发）");
    const names = parsePage(page("公园张灯结彩迎国庆", "最佳赏花期为9月下旬至10月中旬。（蒋某 蔡某丹 秋冰）")).articles[0]!;
    expect([names.byline, names.authors.map((a) => a.name), names.paragraphs]).toEqual(["（蒋某 蔡某丹 秋冰）", ["蒋某", "蔡某丹", "秋冰"], ["最佳赏花期为9月下旬至10月中旬。"]]);
    expect(parsePage(page("公园张灯结彩迎国庆", "游客可以前往拍照留念。（花坛 灯笼）")).articles[0]!.authors).toEqual([]);
    // The reporter's organisation before the role, or the writer's 文/, sign it the same.
    for (const [signature, role] of [["（新华社记者 张某）", "记者"], ["（文/张某）", "文"]] as const) {
      const signed = parsePage(page("新年三下乡", `昨日，老人们写下了春联。${signature}`)).articles[0]!;
      expect([signed.byline, signed.authors, signed.paragraphs.at(-1)]).toEqual([signature, [{ role, name: "张某" }], "昨日，老人们写下了春联。"]);
    }
  });

  it("a line wholly in round brackets after a report notes it (据新华社, 作者单位): a paragraph, never the next story's title", () => {
    for (const note of ["（据新华社）", "（来源：人民日报）", "（作者单位：市农业局）"]) {
      const { articles } = parsePage(page(...REPORT, note, "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"));
      expect(articles.map((a) => [a.title, a.paragraphs.at(-1)])).toEqual([["全市秋收进展顺利", note], ["图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"]]);
    }
  });

  it("a place closed by a colon does not open a list when a title follows it", () => {
    const a = parsePage(page(...REPORT, "某区某镇金星村：", "垃圾堆在渠边群众呼吁整治", "4月7日下午，记者在金星村看到，村里有一个垃圾台，但垃圾却堆在渠边。")).articles[1]!;
    expect({ kicker: a.kicker, title: a.title }).toEqual({ kicker: "某区某镇金星村：", title: "垃圾堆在渠边群众呼吁整治" });
  });

  it("a short title with an exclamation inside it (撒盐机上路！交通部门开启…) is a title; a long line or one with a comma is prose", () => {
    const a = parsePage(page("撒盐机上路！交通部门开启“扫雪模式”", "2月7日南京开始降雪，交通部门全面开启“扫雪模式”，凌晨六时许，撒盐机已经上路作业。")).articles;
    expect(a.map((x) => x.title)).toEqual(["撒盐机上路！交通部门开启“扫雪模式”"]);
    expect(canBeHeadline("太好了！我们终于赢了这场比赛，大家都很高兴")).toBe(false);
    expect(canBeHeadline("他说：快跑！后面的人已经追上来了，我们得赶紧离开这里才行")).toBe(false);
  });

  it("words closed by a quotation's last sentence are speech the text reports; a headline so printed is the quotation alone", () => {
    expect(canBeHeadline("王老师还谈到了南京的一些不足：“我觉得，应该引起重视。”")).toBe(false);
    expect(canBeHeadline("这位老人在采访中反复地对记者说：“日子越过越红火！”")).toBe(false);
    // (a short label, who speaks or what it is, and a colon before the quotation make a headline's form)
    expect(canBeHeadline("钟南山：“武汉一定能赢！”")).toBe(true);
    expect(canBeHeadline("总书记的嘱托：“要把农业搞上去。”")).toBe(true);
    expect(canBeHeadline("“我们也要奔小康！”")).toBe(true);
    expect(canBeHeadline("“我们在有福之州等你来”")).toBe(true);
    // (over a signature, the whole paragraph on one line, as a PDF's text may print it, stays the text's)
    const a = parsePage(page("外地游客“挑刺”南京", "昨夜10点半，记者在汽车站候车大厅巧遇即将回乡的李军。", "王老师还谈到了南京的一些不足：“我觉得，出租车拒载现象应该引起重视。”", "王某海 耿某清", "今晨，上班路上体验“尴尬”", "昨夜一场大雾，使南京清晨的天色格外灰暗，空气中的灰尘也多了起来。")).articles;
    expect(a.map((x) => x.title)).toEqual(["外地游客“挑刺”南京", "今晨，上班路上体验“尴尬”"]);
  });

  it("short clauses each closed by ！ or ？ (稳住！稳住！再稳住！) are a title's beat; long clauses or a comma are prose", () => {
    const a = parsePage(page("稳住！稳住！再稳住！", "本报记者 张某", "昨天上午，全市防汛工作会议召开，会议要求各地守住底线。")).articles;
    expect(a.map((x) => [x.title, x.byline])).toEqual([["稳住！稳住！再稳住！", "本报记者 张某"]]);
    expect(canBeHeadline("为什么？凭什么？")).toBe(true);
    expect(canBeHeadline("我们赢了！全场观众起立鼓掌！")).toBe(false);
    expect(canBeHeadline("快！快！往这边，别走散了！")).toBe(false);
  });

  it("roles after a slash inside a lead's brackets (记者 甲 乙/文 丙/摄), and a bare name in them (本报讯（卢某余）)", () => {
    const a = parsePage(page("书吧正式开放", "本报讯（记者 乐某意 张锐/文 杨某伟/摄）9月6日，城市文体共享空间举行正式开放活动。")).articles[0]!;
    expect(a.authors).toEqual([{ role: "记者", name: "乐某意" }, { role: "记者", name: "张锐" }, { role: "摄", name: "杨某伟" }]);
    expect(a.paragraphs[0]).toBe("9月6日，城市文体共享空间举行正式开放活动。");
    const b = parsePage(page("微电影大赛颁奖", "本报讯（卢某余）3月5日，全国微电影大赛颁奖典礼在淮安市文化馆举行。")).articles[0]!;
    expect([b.byline, b.authors]).toEqual(["本报讯（卢某余）", [{ role: null, name: "卢某余" }]]);
    // Not a name: the bracket stays in the text.
    expect(parsePage(page("微电影大赛颁奖", "本报讯（详见下图）3月5日，全国微电影大赛颁奖典礼在淮安市文化馆举行。")).articles[0]!.authors).toEqual([]);
  });

  it("an unsigned report followed by several pictures, each with its caption and credit, is an article, not a photo story", () => {
    const report = ["四月芳菲，赣南春深，漫山映山红开得分外娇艳。", "历史不会忘记这一刻。4月10日至16日，调研组深入赣南各地调研，走访了大量群众。", "调研和座谈中，调研组一句句铿锵有力的话语，让苏区人民深受鼓舞。"];
    const pictures = ["调研组一行在兴国县走访群众。记者何某 摄", "调研组在瑞金市参观旧址。记者何某 摄"];
    const a = parsePage(page("春暖赣南苏区 播种振兴希望", ...report, ...pictures)).articles[0]!;
    expect(a.kind).toBe("article");
    expect(a.paragraphs).toEqual(report);
    expect(a.photos.map((p) => p.caption)).toEqual(["调研组一行在兴国县走访群众。", "调研组在瑞金市参观旧址。"]);
    // One picture after the text: a photo story, as before.
    expect(parsePage(page("春暖赣南苏区 播种振兴希望", ...report, pictures[0]!)).articles[0]!.kind).toBe("photo");
  });

  it("who speaks, described and named, then a colon (退伍军人、通讯员唐某斌：) is the kicker of what they said", () => {
    const text = page(...REPORT, "退伍军人、通讯员唐某斌：", "《某某日报》是“引路人”", "1988年3月的一天，25岁的唐某斌给报社写了一封读者来信，信中反映了矿区的生态问题。");
    expect(parsePage(text).articles.map((a) => [a.kicker, a.title])).toEqual([[null, "全市秋收进展顺利"], ["退伍军人、通讯员唐某斌：", "《某某日报》是“引路人”"]]);
    // (So is one named by what they are to others, and called as a feature calls a child: 小某芬.)
    const child = page(...REPORT, "脱贫户女儿小某芬：", "离“奔跑梦”已不再遥远", "小某芬是某村一家脱贫户的10岁女儿，9年前因一场意外导致右脚受伤，不能正常行走。");
    expect(parsePage(child).articles.map((a) => [a.kicker, a.title])).toEqual([[null, "全市秋收进展顺利"], ["脱贫户女儿小某芬：", "离“奔跑梦”已不再遥远"]]);
    // Prose that ends on a colon names no one: it stays text.
    expect(parsePage(page(...REPORT, "记者在现场了解到：", "各地农机手跨区作业，确保应收尽收。")).articles).toHaveLength(1);
    expect(parsePage(page(...REPORT, "村里的老人们说起小：", "各地农机手跨区作业，确保应收尽收。")).articles).toHaveLength(1);
    // (A call-name only after who the person is to others: after an office, 小组 is a word.)
    expect(parsePage(page(...REPORT, "人大代表小组：", "各地农机手跨区作业，确保应收尽收。")).articles).toHaveLength(1);
  });

  it("the new rules keep to their forms: a dash subtitle, a short title over a lead, a comma title under a kicker, a reporter's own colon", () => {
    // A name-like word after a dash is a subtitle, not a signature (only a body of writers signs so).
    expect(parsePage(page("秋天的歌", "——黄河颂", "十月的黄河，水落石出，河滩上芦花如雪，渔船三三两两泊在岸边。")).articles[0]!.subtitle).toBe("——黄河颂");
    // A short line over a lead or a byline is the next story's title, never the last one's signature.
    const unsigned = ["敢于担当", "担当是干部的本分，也是干部的责任。"];
    expect(parsePage(page(...unsigned, "金秋", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻。")).articles.map((a) => a.title)).toEqual(["敢于担当", "金秋"]);
    expect(parsePage(page(...unsigned, "高考", "本报记者 张某", "今年全市有三万名考生参加高考。")).articles.map((a) => [a.title, a.byline])).toEqual([["敢于担当", null], ["高考", "本报记者 张某"]]);
    // A comma in the second of two lines does not make it a long subtitle: the cues still weigh.
    expect(parsePage(page("曹某在有关会议上强调", "抓实政法工作，推动再上新台阶", BODY)).articles[0]!.kicker).toBe("曹某在有关会议上强调");
    // A reporter's own line closed by a colon introduces text.
    expect(isColonKicker("记者在采访中了解到：")).toBe(false);
    // (`读者来信：` names no speaker, 读者 and a name of two characters; it is a column's label, a kicker as such: below.)
    expect(isColonKicker("某某在代表团开放活动上诚邀：")).toBe(true);
    // A leader's title and a two-character name before the colon: a speaker's kicker (城市长 is no title).
    expect(isColonKicker("市长张某：")).toBe(true);
    expect(isColonKicker("城市长张某：")).toBe(false);
    // The name first and how the paper addresses its bearer after it: 张某代表：, 李某委员：.
    // A long question in clauses is the writer's, never a title; a short one may be.
    expect(canBeTitle("一个看上去充满神秘色彩的高原省份，如何向世界递出亮眼名片？")).toBe(false);
    expect(canBeTitle("你好，2025！")).toBe(true);
    expect(isColonKicker("张某代表：")).toBe(true);
    expect(isColonKicker("全国政协委员李某某委员：")).toBe(true);
    expect(isColonKicker("人大代表：")).toBe(false);
    expect(isColonKicker("与会代表：")).toBe(false);
  });

  it("a paragraph's first clauses cut by a column go on, in a signed report, whatever their length", () => {
    // (A crosshead in two clauses, 强龙头，市区经济加快发展, reads the same as these: the column's cut wins.)
    const body = ["2005年，是“十五”计划的收官之年。", "这一年，许昌坚持科学发展的决心更加鲜明。"];
    for (const [cut, rest] of [["近年来，我市大力发展", "特色产业，取得明显成效。"], ["目前，全县已建成", "高标准农田十万亩。"], ["会见中，万国权向客人介绍了", "祖国大陆改革开放的最新情况。"], ["他说，这些年村里变化", "太大了，大家都很高兴。"]] as const) {
      const [a, ...rest2] = parsePage(page("市区经济挂上“高速挡”", "本报记者 许某合", ...body, cut, rest)).articles;
      expect(rest2, cut).toEqual([]);
      expect(a!.paragraphs, cut).toEqual([...body, cut + rest]);
    }
  });

  it("a prompt to scan printed between a headline and its lead leaves the headline its lead (furniture.jump-line)", () => {
    const parsed = parsePage(page("市长信箱收到珠海市民来信——", "“被漯河这座城市温暖到了”", "扫码看视频", "本报讯（记者 张某某）8月6日，市长信箱收到了一封来信。"));
    expect(parsed.articles.map((a) => [a.kicker, a.title, a.byline])).toEqual([["市长信箱收到珠海市民来信——", "“被漯河这座城市温暖到了”", "本报讯（记者 张某某）"]]);
    expect(parsed.furniture.map((f) => f.text)).toEqual(["扫码看视频"]);
    // a jump line closing a story stays where it is, and the story's last piece cut by a column stays in it
    const closing = parsePage(page("某县召开经济工作会议", "日前，某县召开经济工作会议，部署了明年的", "全面提升基层治理水平", "（下转第二版）", "本报讯（记者 李某）昨日，市气象台发布寒潮预警。"));
    expect(closing.articles.map((a) => a.paragraphs[0]!.slice(0, 6))).toEqual(["日前，某县召", "昨日，市气象"]);
    expect(closing.articles[0]!.paragraphs[0]).toBe("日前，某县召开经济工作会议，部署了明年的全面提升基层治理水平");
    // a prompt over a signature in brackets lifts nothing: the signature closes the story above
    const signed = parsePage(page("某县召开经济工作会议", "日前，某县召开经济工作会议，部署了明年的重点任务。", "会议强调，要坚持稳中求进，全面提升基层治理水平", "扫码看视频", "（记者 张某 通讯员 李某）"));
    expect(signed.articles.map((a) => [a.title, a.byline, a.paragraphs.length])).toEqual([["某县召开经济工作会议", "（记者 张某 通讯员 李某）", 2]]);
  });

  it("a feature's part labelled by one character and a colon is a crosshead, though the piece is unsigned (crosshead.part-label)", () => {
    const text = page("探访千年茶马古道", "1935年5月31日，红军在飞夺泸定桥后南下冷碛镇，沿茶马古道攻占化林坪。", "2021年，在建党百年之际，记者重走长征路。", "活动从5月31日持续到6月2日，记者徒步重走红军长征路线。", "访：那一段战火纷飞的岁月", "5月31日，记者来到飞越岭下的化林村。这座古朴幽静的村庄，承载着太多长征故事。");
    expect(parsePage(text).articles.map((a) => a.paragraphs.length)).toEqual([5]);
    expect(parsePage(text, { disabled: ["crosshead.part-label"] }).articles).toHaveLength(2);
  });

  it("a kept heading of a label and its words stands alone, however long; narrative that introduces words with a verb of saying goes on", () => {
    const body = "本报讯（记者 柯某）有福之州，给五湖四海宾客留下深刻印象。3位长期生活在福州的居民讲述了他们与福州的故事。";
    const [a] = parsePage(page("“我们在有福之州等你来”", body, "外籍教师程某登：这里有难忘的热情和活力", "来自美国的程某登是一位长期旅居福州的外籍教师。")).articles;
    expect(a!.paragraphs.slice(1)).toEqual(["外籍教师程某登：这里有难忘的热情和活力", "来自美国的程某登是一位长期旅居福州的外籍教师。"]);
    // narrative introducing words (认为：…) is no heading: the block under it goes on with it
    const [b] = parsePage(page("“我们在有福之州等你来”", body, "程某登认为：福州有难忘的热情和活力", "这也是他爱上福州的原因。")).articles;
    expect(b!.paragraphs.slice(1)).toEqual(["程某登认为：福州有难忘的热情和活力这也是他爱上福州的原因。"]);
  });

  it("a feature printed pictures first, then its writer's name and text, is one story the name signs", () => {
    const [a, ...none] = parsePage(page("沃野千里喜丰收", "丰收乐开怀。 李某 摄", "颗粒归仓。 王某 摄", "冯某娜", "金秋时节，我州处处洋溢着丰收的喜悦。连日来，各县纷纷进入秋收时段，田野上一派繁忙。")).articles;
    expect(none).toEqual([]);
    expect(a!.byline).toBe("冯某娜");
    expect(a!.authors).toEqual([{ role: null, name: "冯某娜" }]);
    expect(a!.photos.map((p) => p.credit)).toEqual(["李某 摄", "王某 摄"]);
    expect(a!.paragraphs).toEqual(["金秋时节，我州处处洋溢着丰收的喜悦。连日来，各县纷纷进入秋收时段，田野上一派繁忙。"]);
    // (A name over a title, not text, is another matter: the next story's headline group weighs it.)
    const [b] = parsePage(page("沃野千里喜丰收", "丰收乐开怀。 李某 摄", "冯某娜", "今日塔公景更美")).articles;
    expect(b!.byline).toBeNull();
  });

  it("a line that ends on a verb wanting the news it heard (听说, 得知, 获悉, 告诉) is a column's cut, no crosshead", () => {
    const report = ["柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。"];
    for (const cut of ["村东头的李大伯听说", "村民们从广播里得知", "记者从县交通局获悉"]) {
      const a = parsePage(page(...report, cut, "村里要修通往县城的公路，当天一大早就赶到了开工现场，高兴得合不拢嘴。")).articles;
      expect(a.map((x) => x.paragraphs.length), cut).toEqual([2]);
      expect(a[0]!.paragraphs[1], cut).toBe(`${cut}村里要修通往县城的公路，当天一大早就赶到了开工现场，高兴得合不拢嘴。`);
    }
    // (A headline that ends on a noun of the same characters, `考古新发现`, is none of these; nor an essay's title, `我觉得`.)
    expect(endsMidPhrase("考古新发现")).toBe(false);
    expect(parsePage(page("我觉得", "王 某", "我觉得，生活就像一杯茶，需要慢慢品味，才能品出其中的甘甜与苦涩。")).articles[0]).toMatchObject({ title: "我觉得", byline: "王 某" });
  });

  it("a line that ends on a question's word with no question mark (问其为什么, 是否, 能否) is a column's cut, no crosshead", () => {
    const report = ["柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。"];
    for (const cut of ["执法人员问其为什么", "记者问村民是否", "大家最关心的是能否"]) {
      const a = parsePage(page(...report, cut, "不开启警示灯，也不在车后放置警示标志，驾驶人说车上根本没有这些东西。")).articles;
      expect(a.map((x) => x.paragraphs.length), cut).toEqual([2]);
    }
    // (A question its mark closes is a heading's, `蔬菜为何这么贵？`; and an explainer's parts are headed by the bare question word.)
    expect(endsMidPhrase("蔬菜为何这么贵？")).toBe(false);
    for (const heading of ["为什么", "是什么", "培训费为何"]) {
      const a = parsePage(page(...report, heading, "近年来，学生课外负担越来越重，家长们也苦不堪言。")).articles;
      expect(a.flatMap((x) => x.paragraphs).some((p) => p.startsWith(`${heading}近年来`)), heading).toBe(false);
    }
  });

  it("two clauses are no crosshead where the text reads them as a sentence's: on a narrow column, under a colon, after a setting or a speaker", () => {
    const rulesOf = (...blocks: string[]) => parsePage(page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", ...blocks), { explain: true }).decisions!.map((d) => d.rule);
    // a column twelve to twenty characters wide cut the sentence
    expect(rulesOf("文明新风，吹进家家户户", "干净整洁，家家户户门前栽满了", "鲜花。")).not.toContain("crosshead.clauses");
    // words a colon announces: a slogan, a couplet
    expect(rulesOf("村口的墙上写着一行大字：", "产业兴旺，生活富裕", "村民们说，这是全村人的心愿，也是大家一起奋斗的方向。")).not.toContain("crosshead.clauses");
    // a sentence's setting, a speaker
    expect(rulesOf("连日来，市气象台持续", "发布暴雨预警，提醒市民注意出行安全，做好防汛准备工作。")).not.toContain("crosshead.clauses");
    // (`就此情况，兰州市政工程` / `管理处工作人员表示，…`: 就此 points back at what the text told, as 对此 does: a sentence.)
    expect(rulesOf("就此情况，柳树村村委会", "工作人员表示，将尽快核实市民反映的情况。")).not.toContain("crosshead.clauses");
    // (就此 and a verb, `就此起航，老厂换新颜`, is a slogan's start: a heading in clauses still.)
    expect(rulesOf("就此起航，柳树村新景象", "在柳树村的建设工地上，塔吊林立，机器轰鸣，村里处处是新景象。")).toContain("crosshead.clauses");
    // (An occasion's eve or start, `新春伊始，…`, `春节前夕，…`, opens headings as often as sentences: a heading in clauses still.)
    expect(rulesOf("新春伊始，柳树村新景象", "在柳树村的建设工地上，塔吊林立，机器轰鸣，村里处处是新景象。")).toContain("crosshead.clauses");
    expect(rulesOf("村支书王某说，这几年", "村里变化太大了，路宽了，灯亮了，日子越过越红火。")).not.toContain("crosshead.clauses");
    // a time alone, a short scene or a point of view opens a sentence too
    for (const cut of ["上午，村民们在广场", "上午10点，记者来到村口", "昨天上午，记者来到", "23日中午，村民聚集", "10时30分，活动开始", "2008年，村里修起", "彼时，村里道路泥泞", "交流中，村支书介绍", "午餐后，大家来到", "对村民而言，新路", "那几天，省城的记者", "这天，村里的老人", "记者在走访中发现，此前的", "村支书又称，他和村委"]) {
      expect(rulesOf(cut, "今年全村新修道路十二公里，村民出行方便多了，大家都很高兴。"), cut).not.toContain("crosshead.clauses");
    }
    // (A scene's place or season and a phrase, `春风里，乡村美如画`, `阳光下，产业正兴旺`, and a finding as such, `新发现，…`, head
    // a story or a part as often: a title after finished text, a crosshead in a feature.)
    expect(parsePage(page(...["全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。", "据了解，全市今年秋粮播种面积稳中有增，预计总产量再创新高。"], "春风里，乡村美如画", "走进某村，一排排白墙黛瓦的民居错落有致，宽敞整洁的村道干净平坦，村民们在文化广场上跳起了广场舞。")).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "春风里，乡村美如画"]);
    const sunlit = parsePage(page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", "阳光下，产业正兴旺", "在某村的千亩水稻基地，收割机来回穿梭，金黄的稻谷被源源不断地装进运粮车。"), { explain: true }).decisions!;
    expect(["crosshead", "title"]).toContain(sunlit.find((d) => d.line === 5)?.role);
    // a second clause the column cut short of the first
    expect(rulesOf("为减少车马劳顿，海狮队", "提前坐车到了天津，并按照亨利一贯的作风安排了训练。")).not.toContain("crosshead.clauses");
    expect(rulesOf("20年风雨兼程，20年沧桑", "巨变，如今的海洲不仅拥有独具特色的风景，还有了自己的产业。")).not.toContain("crosshead.clauses");
    // and the heading itself, over a column's full line of text
    expect(rulesOf("文明新风，吹进家家户户", "走进村子，一条条水泥路干净整洁，家家户户门前栽满了鲜花。")).toContain("crosshead.clauses");
    expect(rulesOf("1 两位老太太，三个小探头", "走进村子，一条条水泥路干净整洁，家家户户门前栽满了鲜花。")).toContain("crosshead.clauses");
    expect(rulesOf("产业兴旺，生活富裕", "走进村子，一条条水泥路干净整洁，家家户户门前栽满了鲜花。")).toContain("crosshead.clauses");
  });

  it("a name after a photo story's pictures is no byline when the text under it speaks of it, or a new story's space stands before it", () => {
    const pictures = ["沃野千里喜丰收", "丰收乐开怀。 李某 摄", "颗粒归仓。 王某 摄"];
    const rulesOf = (text: string) => parsePage(text, { explain: true }).decisions!.map((d) => d.rule);
    const body = "金秋时节，我州处处洋溢着丰收的喜悦。连日来，各县纷纷进入秋收时段，田野上一派繁忙。";
    expect(rulesOf(page(...pictures, "冯某娜", body))).toContain("byline.after-pictures");
    // a place the text goes on to describe, a person it profiles
    expect(rulesOf(page(...pictures, "白洋淀", "初秋的白洋淀，芦苇摇曳，荷花飘香，游人如织，处处是一派丰收景象。"))).not.toContain("byline.after-pictures");
    expect(rulesOf(page(...pictures, "张某梅", "她扎根边疆教育一线四十余年，帮助一千多名女孩走出大山，走进大学。"))).not.toContain("byline.after-pictures");
    // two blank lines: the next story
    expect(rulesOf(`${page(...pictures)}\n\n\n${page("冯某娜", body)}`)).not.toContain("byline.after-pictures");
  });

  it("a byline line naming reporters after a titled story's picture heads the text under it: the report's picture was printed first", () => {
    const head = ["老旧小区“改”出新生活", "■更新改造后的小区广场。", "崔某妮 摄"];
    const body = ["今年全区持续推进老旧小区改造工作，涉及小区123个、楼栋804座，惠及居民4.57万户。", "改造工程于3月底开工，目前雨污管网改造、小区绿化已基本结束。"];
    // (The report's second picture after its text.)
    const text = page(...head, "□某某日报记者 余某新 通讯员 崔某妮", ...body, "■居民在新修的健身场地锻炼。", "王某 摄");
    const [a, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: "article", byline: "某某日报记者 余某新 通讯员 崔某妮", paragraphs: body });
    expect(a!.authors).toEqual([{ role: "记者", name: "余某新" }, { role: "通讯员", name: "崔某妮" }]);
    expect(a!.photos.map((p) => p.caption)).toEqual(["更新改造后的小区广场。", "居民在新修的健身场地锻炼。"]);
    // (Switched off, the line signs a photo story whose captions take in the text.)
    expect(parsePage(text, { disabled: ["byline.after-pictures"] }).articles[0]!.kind).toBe("photo");
    // (Under a photo story's pictures, a line naming who made them over no text of its own is no byline.)
    expect(parsePage(page(...head, "□某某日报记者 余某新")).articles[0]!.kind).toBe("photo");
  });

  it("a title may end on 在 that closes a word (魅力何在), never on the preposition", () => {
    const [a] = parsePage(page("盘锦的魅力何在", "欣闻四千多人应聘来盘锦，不胜感慨。", "由此想到，身居外乡的有识有志者，皆能为盘锦出力。")).articles;
    expect(a!.title).toBe("盘锦的魅力何在");
    expect(isBareTitle("科技创新无处不在")).toBe(true);
    // the preposition and a verb wanting its object (存在) still leave the line cut
    expect(isBareTitle("全市干部群众都在")).toBe(false);
    const [b, ...none] = parsePage(page(...REPORT, "但工作中还存在", "一些问题和不足，需要认真加以解决。")).articles;
    expect(none).toEqual([]);
    expect(b!.paragraphs.at(-1)).toBe("但工作中还存在一些问题和不足，需要认真加以解决。");
  });

  it("on a page whose briefs end on their reporters' own line, a last brief's line signs it too, never credits a picture", () => {
    const text = page("关怀社会福利院老人", "由区民政局主办的感恩节关怀老人活动日前在区社会福利院举行，公司向老人捐赠了羊毛裤。", "通讯员 孙某妮", "淀山湖工商所强化食品监管工作", "工商所加强食品监管，强化食品流通许可证的管理，确保食品安全。", "通讯员 陆某");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kind, a.byline, a.photos.length])).toEqual([["article", "通讯员 孙某妮", 0], ["article", "通讯员 陆某", 0]]);
    // alone on its page, such a line under a short unsigned piece is its picture's credit
    expect(parsePage(page(...REPORT, "淀山湖工商所强化食品监管工作", "工商所加强食品监管，强化食品流通许可证的管理，确保食品安全。", "通讯员 陆某")).articles[1]!.kind).toBe("photo");
  });

  it("a report signed at its head and again at its end by others is two stories, split at the crosshead between (story.signed-twice)", () => {
    const text = page("“我们在有福之州等你来”", "福州新闻网11月19日讯（福州日报记者 柯某）有福之州，给五湖四海宾客留下深刻印象。", "3位长期生活在福州的居民讲述了他们与福州的故事，向游客发出邀约。", "恳亲会嘉宾畅游福州：忆往昔 看今朝", "昨日上午，来福州参加恳亲大会的十余名台湾嘉宾参观了林则徐纪念馆。", "“我以前对福州的认识只停留在教科书里。”嘉宾刘某庆告诉记者。（福州日报记者 林某羽/文 郑某/摄）");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([["“我们在有福之州等你来”", "福州新闻网11月19日讯（福州日报记者 柯某）"], ["恳亲会嘉宾畅游福州：忆往昔 看今朝", "（福州日报记者 林某羽/文 郑某/摄）"]]);
    expect(articles[1]!.paragraphs).toHaveLength(2);
    expect(parsePage(text, { disabled: ["story.signed-twice"] }).articles).toHaveLength(1);
    // the same reporters at both ends sign one story, and so does a correspondent at its end
    for (const tail of ["（福州日报记者 柯某）", "（通讯员 李某某）", "（实习生 李某某）"]) {
      const once = text.replace("（福州日报记者 林某羽/文 郑某/摄）", tail);
      expect(once, tail).not.toBe(text);
      expect(parsePage(once).articles, tail).toHaveLength(1);
    }
  });

  it("two reports on one theme, signed each by its reporter, split at the heading between however much they share (story.signed-twice)", () => {
    // (Read evenly spaced: the second report's title shares the first's words, 文明城市 and 社区, and is kept a crosshead on that
    // evidence; its text opens on its own day, and no sentence ends the title, yet the title is one line of its own.)
    const text = page("某县考察团到我市参观考察", "本报讯（记者马某超）8月16日，某县县长带队来我市，就全国文明城市创建工作进行参观考察。", "考察团先后到某某中学、瘟庙街社区等地实地考察文明城市创建和社区建设。", "某市45个社区现场观摩学习文明社区创建", "4月18日，某市组织各城区主管副职观摩瘟庙街社区文明社区创建工作。", "观摩组人员纷纷表示，要学习好经验，为创建全国文明城市奠定坚实基础。（记者张某红）");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.authors.map((p) => p.name)])).toEqual([["某县考察团到我市参观考察", ["马某超"]], ["某市45个社区现场观摩学习文明社区创建", ["张某红"]]]);
    expect(decisionAt(text, at(3)).rule).toBe("story.signed-twice");
  });

  it("a heading in two clauses, kept by its shape, may title the second story of a report signed twice", () => {
    // (A footer under wider space: the page sets things apart with space, so the heading is kept by its shape alone.)
    const text = `${page("蓦然回首在这里", "晨报记者丁某平摄影报道", "人民广场也是本市公路里程的起始地，两条国道的起点都在这里，可零公里到底从何开始？", "昨天，记者在交巡警的配合下，经过一个多小时的寻找，终于找到了零公里铭石碑。", "地铁应急，别忽视乘客知情权", "冬日的早晨，上班族们纷纷钻入地铁，一列列车在刚驶离人民广场站时突发故障，1万多名乘客滞留。", "许多滞留的乘客听到的只是“列车出现故障”的广播，他们也不知道何时修好。", "晨报记者李某秋 倪冬 郭某 钟某")}\n\n\n本版编辑 王某`;
    expect(decisionAt(text, at(4)).rule).toBe("story.signed-twice");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([["蓦然回首在这里", "晨报记者丁某平摄影报道"], ["地铁应急，别忽视乘客知情权", "晨报记者李某秋 倪冬 郭某 钟某"]]);
    expect(articles[1]!.paragraphs).toHaveLength(2);
  });

  it("a report opened by a lead and closed by a dispatch from elsewhere is two stories, split at the crosshead between (story.filed-twice)", () => {
    const text = page("北区社区服务展缤纷参者众", "【本报消息】街坊节系列活动之“北区社区服务展缤纷”昨日下午在公园举行，现场设多个摊位，吸引大批街坊参与社区服务。", "主办单位冀通过活动增加与街坊交流，让居民进一步认识和参与社区服务，共建和谐邻里关系。", "北区发展备受关注", "今年是回归祖国廿五周年，北区街坊早早便抵达驻地大堂排队等候，本报记者也不例外，只能边吃边排队。", "会议安排在下午三时开始，轮候记者人数远超十五人，显示出各地对未来发展的高度关注。", "相信在未来岁月，澳区定会以更加开放姿态，服务国家所需。", "（北京七日电）", "本报记者 冯某欣");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline, a.dateline])).toEqual([["北区社区服务展缤纷参者众", "【本报消息】", null], ["北区发展备受关注", "（北京七日电） 本报记者 冯某欣", { agency: null, place: "北京", date: "七日" }]]);
    expect(decisionAt(text, at(3))).toMatchObject({ role: "title", rule: "story.filed-twice" });
    expect(parsePage(text, { disabled: ["story.filed-twice"] }).articles).toHaveLength(1);
    // (A report with no dispatch at its end is one story, crosshead and all.)
    expect(parsePage(text.replace("（北京七日电）\n\n", "")).articles).toHaveLength(1);
  });

  it("a deck printed as a sentence, under a title and right over its lead, is the headline's (group.deck-before-lead)", () => {
    const text = page(...REPORT, "杭市增产捐献运动继续热烈开展中", "制革鞋业等决定加紧生产，以每月营业额的百分之一捐献。", "（本报讯）本市各阶层人民继续热烈展开增产捐献运动。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.subtitle, a.byline])).toEqual([[REPORT[0], null, "本报讯（记者 张某）"], ["杭市增产捐献运动继续热烈开展中", "制革鞋业等决定加紧生产，以每月营业额的百分之一捐献。", "（本报讯）"]]);
    expect(parsePage(text, { disabled: ["group.deck-before-lead"] }).articles.map((a) => a.subtitle)).not.toContain("制革鞋业等决定加紧生产，以每月营业额的百分之一捐献。");
  });

  it("a sentence under a title and right over a lead whose reporters took the pictures is the picture's caption (group.caption-over-picture-lead)", () => {
    for (const lead of ["某某晨报讯（记者于某艳摄影报道）天气渐热，本市零售摊点陆续出现了海南西瓜。", "（文/图记者肖某雄）12月2日是第8个全国交通安全日，本市启动交通安全宣传活动。"]) {
      const text = page(...REPORT, "天气渐热 海南瓜受宠", "在国际大巴扎，西瓜卖2块钱一牙。", lead);
      const b = parsePage(text).articles[1]!;
      expect([b.title, b.subtitle, b.photos.map((p) => [p.caption, p.credit])], lead).toEqual(["天气渐热 海南瓜受宠", null, [["在国际大巴扎，西瓜卖2块钱一牙。", ""]]]);
      expect(parsePage(text, { explain: true }).decisions?.find((d) => d.article === 1)?.opens).toBe("group.caption-over-picture-lead");
      expect(parsePage(text, { disabled: ["group.caption-over-picture-lead"] }).articles[1]!.subtitle, lead).toBe("在国际大巴扎，西瓜卖2块钱一牙。");
    }
  });

  it("a note wholly in brackets under a title is its subtitle; a note on the writer is no byline", () => {
    expect(weighTwoLines("黑板报", "（欢迎各黑板报采用）").reduce((n, e) => n + e.weight, 0)).toBeLessThan(0);
    const [poem] = parsePage(page("父亲的油田", "沈某万", "一座井架在荒野，要对付大地多少冷", "一个我还没来得及出生的冬天", "（作者来自胜利油田）")).articles;
    expect(poem!.byline).toBe("沈某万");
    expect(poem!.paragraphs.at(-1)).toBe("（作者来自胜利油田）");
  });

  it("a jumped story's headline over its continued-from line heads the continued text (furniture.jump-line)", () => {
    const text = page(...REPORT, "许昌市人代会胜利闭幕", "（上接第一版）", "我们要强化思想引领，提升政治站位。", "下午5时许，大会在雄壮的国歌声中胜利闭幕。");
    const parsed = parsePage(text);
    expect(parsed.articles.map((a) => a.title)).toEqual([REPORT[0], "许昌市人代会胜利闭幕"]);
    expect(parsed.articles[1]!.paragraphs).toEqual(["我们要强化思想引领，提升政治站位。", "下午5时许，大会在雄壮的国歌声中胜利闭幕。"]);
    expect(parsed.furniture.map((f) => f.text)).toEqual(["（上接第一版）"]);
    // `紧接` says the same as `上接`; a circled number says which of the page's jumped stories.
    for (const jump of ["（紧接第一版）", "（上接一版②）"]) {
      const other = parsePage(page(...REPORT, "许昌市人代会胜利闭幕", jump, "我们要强化思想引领，提升政治站位。", "下午5时许，大会在雄壮的国歌声中胜利闭幕。"));
      expect(other.articles.map((a) => a.title)).toEqual([REPORT[0], "许昌市人代会胜利闭幕"]);
      expect(other.furniture.map((f) => f.text)).toEqual([jump]);
    }
  });

  it("two earlier crossheads of one length make a third of that length, however long, their sibling (crosshead.parallel)", () => {
    const report = ["全市经济运行稳中向好", "本报记者 李某", "今年以来，全市工业生产稳步提升，项目建设加速推进，经济运行稳中向好。", "工业生产实现新提升", "全市规模以上工业增加值增长百分之八，工业生产稳步提升。"];
    const series = page(...report, "项目建设跑出加速度", "全市重大项目建设加速推进，项目建设完成投资三百亿元。", "群众获得感持续增强", "新改扩建学校十六所，增加学位三万个，新增养老床位两千张。");
    expect(parsePage(series).articles.map((a) => a.title)).toEqual(["全市经济运行稳中向好"]);
    expect(parsePage(series, { disabled: new Set(["crosshead.parallel"]) }).articles.map((a) => a.title)).toEqual(["全市经济运行稳中向好", "群众获得感持续增强"]);
    // Over a lead that opens on its own day, a line as long is the next story's title all the same.
    expect(parsePage(page(...report, "项目建设跑出加速度", "全市重大项目建设加速推进，项目建设完成投资三百亿元。", "某县举办农民丰收节", "9月23日，某县在某镇举办农民丰收节，展示各地特色农产品。")).articles.map((a) => a.title)).toEqual(["全市经济运行稳中向好", "某县举办农民丰收节"]);
    // One earlier heading of nine characters is no series: a line about something else, as long, is the next story.
    expect(parsePage(page(...report, "群众获得感持续增强", "新改扩建学校十六所，增加学位三万个，新增养老床位两千张。")).articles.map((a) => a.title)).toEqual(["全市经济运行稳中向好", "群众获得感持续增强"]);
  });

  it("a series and its part (…·产业篇) over the title is the kicker", () => {
    expect(weighTwoLines("乡村振兴看株洲·产业篇", "小小茶叶撑起致富梦")).toEqual([{ feature: "headline.kicker-series", weight: 3 }]);
    expect(weighTwoLines("要闻·综合新闻", "小小茶叶撑起致富梦").some((e) => e.feature === "headline.kicker-series")).toBe(false);
  });

  it("a short line with a writer's name right under it and text under that titles the next piece, though it reads as a name itself (group.title-over-writer)", () => {
    const text = page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。", "各地还组织农机手跨区作业，确保应收尽收。", "花山溪", "王 某", "一条溪水", "把花和山都纳进自己的版图，", "该是何等的气魄，又该是何等的壮阔。");
    expect(parsePage(text).articles.map((a) => [a.title, a.byline])).toEqual([["全市秋收进展顺利", null], ["花山溪", "王 某"]]);
    // (Switched off, 花山溪, 花 a surname, signs the report above as a bare name does.)
    expect(decisionAt(text, 7, ["group.title-over-writer"])).toMatchObject({ role: "byline", rule: "signature.bare-name" });
    // (A name of a common surname signs the opinion piece above, though a name stands under it, the next profile's subject,
    // `张某梅`; so does one over a title that is a word, `向阳花`.)
    const opinion = ["莫让“躺平”成为借口", "近来，“躺平”一词在网络上流行起来。有人说，与其拼命奋斗，不如躺平自在。这种想法看似洒脱，实则是对自己人生的不负责任。", "青年人正处在干事创业的黄金时期，理应以奋斗姿态书写青春篇章，莫让“躺平”成为逃避的借口。"];
    expect(parsePage(page(...opinion, "李某华", "张某梅", "张某梅，女，1957年6月出生，某某女子高级中学党支部书记、校长。")).articles.map((a) => [a.title, a.byline])).toEqual([["莫让“躺平”成为借口", "李某华"], ["张某梅", null]]);
    expect(parsePage(page(...opinion, "孙某娟", "向阳花", "小时候，家门口种着向日葵。", "每天清晨，它们都齐刷刷地朝着东方。")).articles.map((a) => [a.title, a.byline])).toEqual([["莫让“躺平”成为借口", "孙某娟"], ["向阳花", null]]);
    // (A name over the next story's title and text still signs the text above.)
    expect(parsePage(page("全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻。", "各地还组织农机手跨区作业，确保应收尽收。", "叶某光", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。")).articles[0]!.byline).toBe("叶某光");
  });

  it("a column's label closed by a colon (民情热线：, 读者来信：) over a title and text is its kicker, after a report or a photo story's credit; a hotline's label is none", () => {
    const letter = ["民情热线：", "村道边集体树木出售大部分树款补偿村民", "最近我们村村干部在催促村民卖掉栽在路边的杨树，所得卖树款村里提取三成，我认为不应该提取。"];
    for (const above of [REPORT, ["莲藕丰收 农民增收", "8月22日，在某县某镇某村千亩莲藕种植基地，农民在忙着收获莲藕，准备销往市场。", "某某报记者 刘某 摄"]]) {
      const [, b] = parsePage(page(...above, ...letter)).articles;
      expect(b, above[0]).toMatchObject({ kicker: "民情热线：", title: "村道边集体树木出售大部分树款补偿村民" });
    }
    expect(isColonKicker("读者来信：")).toBe(true);
    for (const contact of ["服务热线：", "新闻热线：", "服务热线：12345"]) expect(isColonKicker(contact), contact).toBe(false);
    expect(canBeHeadline("服务热线：0731-1234567")).toBe(false);
    // (A report's own parts labelled so, `据初步调查：`, `群众呼声：`, stay in it.)
    for (const label of ["据初步调查：", "群众呼声：", "记者手记："]) {
      expect(parsePage(page("一民房深夜起火 消防及时扑救", "本报讯（记者 王某）昨日凌晨2时许，城区某小区一民房突发火灾，消防救援人员迅速赶到现场，火势很快被扑灭。", label, "火灾系电线老化引起", "目前，相关部门正在对事故原因作进一步调查。")).articles, label).toHaveLength(1);
    }
  });

  it("a poem's parallel lines closed by commas, running on into a line that closes the sentence, are verse, no list; a list's items closed by commas stay items", () => {
    const poem = page("花山溪", "王 某", "它虽然没有长江那样绵延千里，", "但也努力滋养着家乡的父老乡亲。", "有时像男人般那样的勇猛果敢，披荆斩棘，", "有时像女人般那样的温柔体贴，百转千回，", "有时像老人般那样的睿智从容，古井不波，", "有时又像孩子般那样活泼灵动，奔跑雀跃。");
    expect(parsePage(poem).articles[0]!.paragraphs).toEqual([
      "它虽然没有长江那样绵延千里，但也努力滋养着家乡的父老乡亲。",
      "有时像男人般那样的勇猛果敢，披荆斩棘，有时像女人般那样的温柔体贴，百转千回，有时像老人般那样的睿智从容，古井不波，有时又像孩子般那样活泼灵动，奔跑雀跃。",
    ]);
    // (Parallel lines with no comma are a list; with commas and the next story's title after them, a list still.)
    expect(parsePage(page("人事任免", "本报讯 市人大常委会日前决定：", "张某为市财政局局长", "李某为市教育局局长", "王某为市交通局局长")).articles[0]!.paragraphs).toHaveLength(4);
    const appointed = parsePage(page("人事任免", "本报讯 市人大常委会日前决定任命：", "张某为市财政局局长，", "李某为市教育局局长，", "王某为市交通局局长，", "图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。")).articles;
    expect(appointed.map((a) => a.title)).toEqual(["人事任免", "图书馆延长开放时间"]);
  });

  it("a running column named for its form of reporting after a middle dot (…·一线观察), or a campaign's 走基层, over the title is the kicker; a clause that ends on such a word is none", () => {
    for (const column of ["新春走基层", "聚焦高质量发展·一线观察", "乡村振兴·记者调查"]) {
      expect(weighTwoLines(column, "小山村里的“大产业”"), column).toEqual([{ feature: "headline.kicker-series", weight: 3 }]);
      expect(parsePage(page(column, "小山村里的“大产业”", BODY)).articles[0]!.kicker, column).toBe(column);
    }
    // (An institution that held an inquiry states news; who went to the front line, `深入一线`, is no column's name; nor are clauses
    // whose verb is a form's word, `警方已介入调查`, `仍在留院观察`, nor a noun phrase ending on one, `一份迟到三十年的传真`.)
    for (const [a, b] of [["市人大开展执法调查", "推动条例落地见效"], ["市委书记深入一线", "调研秋收工作"], ["警方已介入调查", "涉事培训机构负责人失联"], ["患者病情稳定仍在留院观察", "医院全力救治"], ["一份迟到三十年的传真", "老人寻亲记"]] as const) {
      expect(parsePage(page(a, b, BODY)).articles[0]!, a).toMatchObject({ kicker: null, title: a, subtitle: b });
    }
  });

  it("a couplet title (two titles side by side) under a colon kicker heads the page, its halves kept as one title", () => {
    const a = parsePage(page("某某在代表团开放活动上诚邀：", "欢迎各地朋友走进某市感受山水之美 欢迎各地企业家到某市投资发展", BODY)).articles[0]!;
    expect([a.kicker, a.title]).toEqual(["某某在代表团开放活动上诚邀：", "欢迎各地朋友走进某市感受山水之美 欢迎各地企业家到某市投资发展"]);
    // A colon over a run of short lines still introduces a list, kicker verb or not.
    const list = parsePage(page("人事任免", "本报讯 市人大常委会会议在审议时决定：", "张某为市财政局局长", "李某为市教育局局长", "王某为市交通局局长")).articles;
    expect(list.map((x) => x.title)).toEqual(["人事任免"]);
  });

  it("a long line over a picture is a subtitle only when it reads as one: not a dated caption, a reporter's lead or a line a column cut", () => {
    const title = "疫苗接种进工地";
    const subtitled = (line: string) => parsePage(page(...REPORT, title, line, "建设者在工地接种疫苗。 本报记者 王某 摄", "近日，全市开展送疫苗进工地活动，为一线建设者接种疫苗。")).articles[1]!.subtitle;
    expect(subtitled("为铁路建设者送疫苗送健康，让一线建设者安心投入工程建设")).toBe("为铁路建设者送疫苗送健康，让一线建设者安心投入工程建设");
    expect(subtitled("6月8日，省铁路集团和省卫生健康委在工地开展送疫苗活动")).toBeNull();
    expect(subtitled("记者近日从市经信委获悉，全市去年轨道交通产业产值首次突破")).toBeNull();
  });

  it("a couplet title between paragraphs starts the next story, however much the text under it shares (story.long-paired-title)", () => {
    const text = page("泰达将赴广州冲刺", "本报讯（记者 王某）明天一大早，泰达队将飞往广州备战中超联赛，球迷昨晚为泰达队壮行。", "中超泰达本轮遭遇克星 某某期待队友为自己复仇", "在去年的中超联赛中，泰达队在山东队身上丢足了分，两战皆负。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["泰达将赴广州冲刺", "中超泰达本轮遭遇克星 某某期待队友为自己复仇"]);
  });

  it("a comma title over a text that opens as a lead does (昨天，…) starts a story; 想到 ends a phrase", () => {
    const text = page("晚报，我的朋友", "本报讯（记者 王某）人的一生，总会有一些朋友，相互间倾诉、宽慰。", "家乡变化太大，我再好的想象力都没能想到", "昨天，受邀参加发展大会的无锡籍嘉宾分多路参观考察了家乡的部分景点，看到动情处连声称赞。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["晚报，我的朋友", "家乡变化太大，我再好的想象力都没能想到"]);
  });

  it("an organisation before the roles in a lead's brackets names no one (某报业集团特别报道组 记者 甲 乙)", () => {
    const a = parsePage(page("代表团今日启程赴京", "某新闻网-某日报讯（某日报报业集团特别报道组 记者 陈某勇 庞某涛）今日，代表团将飞赴北京。")).articles[0]!;
    expect(a.byline).toBe("某新闻网-某日报讯（某日报报业集团特别报道组 记者 陈某勇 庞某涛）");
    expect(a.authors).toEqual([{ role: "记者", name: "陈某勇" }, { role: "记者", name: "庞某涛" }]);
    expect(a.paragraphs).toEqual(["今日，代表团将飞赴北京。"]);
  });

  it("a signature after a dash (——本报编辑部, ——张某) signs the piece above it, and the next headline starts a story", () => {
    const text = page("这两年我们一起走过", "今天，晚报版面世整整两年了。", "祝福新年，也祝福你们，亲爱的读者！", "——本报编辑部", "让阳光温暖他人", "本报记者 陈某", "欧洲人文主义学者有一句名言——爱如阳光。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([["这两年我们一起走过", "——本报编辑部"], ["让阳光温暖他人", "本报记者 陈某"]]);
    expect(articles[0]!.authors).toEqual([{ role: null, name: "本报编辑部" }]);
    // A dash before words that are no name is a subtitle, as before.
    expect(parsePage(page("上班是同事 退休做同学", "——记某社区老年学校", "年轻在职时是同事，退休后却成了同学。")).articles[0]!.subtitle).toBe("——记某社区老年学校");
  });

  it("a source's label naming no one (某某网消息) over captions and a credit is a photo story; a paper's 本报讯 is a report", () => {
    const captions = ["深秋时节，古梨园的梨树叶子渐渐变红，游客纷至沓来。", "阳光穿透叶片，一束束光影迎风摇曳。", "某某晚报记者 裴某 摄"];
    const site = parsePage(page("万亩梨园霜叶红了", `某某网消息 ${captions[0]}`, ...captions.slice(1))).articles[0]!;
    expect([site.kind, site.byline]).toEqual(["photo", "某某网消息"]);
    expect(parsePage(page("万亩梨园霜叶红了", `本报讯 ${captions[0]}`, ...captions.slice(1))).articles[0]!.kind).toBe("article");
  });

  it("one picture heading an unsigned text, then two paragraphs of its own, is a report; with one paragraph, a photo story", () => {
    const head = ["全市秋收进展顺利", "农民在田间收割晚稻。 本报记者 李某 摄", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"];
    const report = parsePage(page(...head, "各地还组织农机手跨区作业，确保应收尽收。")).articles[0]!;
    expect([report.kind, report.paragraphs.length, report.photos.length]).toEqual(["article", 2, 1]);
    expect(parsePage(page(...head)).articles[0]!.kind).toBe("photo");
    // Several pictures over the text are a photo spread, as before.
    const spread = parsePage(page(head[0]!, head[1]!, "果农在采摘苹果。 本报记者 王某 摄", head[2]!, "各地还组织农机手跨区作业，确保应收尽收。")).articles[0]!;
    expect(spread.kind).toBe("photo");
  });

  it("a name alone after an unsigned text signs it; a place, or a name after a signed report, does not", () => {
    const unsigned = ["全市秋收进展顺利", "近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"];
    expect(parsePage(page(...unsigned, "叶某光")).articles[0]!.authors).toEqual([{ role: null, name: "叶某光" }]);
    expect(parsePage(page(...unsigned, "柯城区", "长寿面暖心助老", BODY)).articles.map((a) => [a.kicker, a.authors.length])).toEqual([[null, 0], ["柯城区", 1]]);
    expect(parsePage(page(...REPORT, "叶某光")).articles[0]!.authors).toEqual([{ role: "记者", name: "张某" }]);
  });

  it("two names alone after the text sign it, and a comma title after that signature starts the next story", () => {
    const text = page("外地游客挑刺", "昨夜，记者在汽车站候车大厅巧遇即将回乡的李某。", "王某海 耿某清", "今晨，上班路上体验尴尬", "昨夜一场大雾，使南京清晨的天色格外灰暗，空气也格外潮湿，不少市民出行受阻。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([["外地游客挑刺", "王某海 耿某清"], ["今晨，上班路上体验尴尬", null]]);
  });
});

describe("an editor's corrections (seeds/corrections.json) override the cut, line by line", () => {
  const LIBRARY = ["图书馆延长开放时间", "即日起，市图书馆每天开放至夜里九点，方便读者借阅。"];

  it("starts an article where the parser kept a crosshead (correction.starts-article)", () => {
    const text = page(...REPORT, "秋粮收购", "各地秋收工作进展顺利，秋粮收购工作也同步启动，收购点运转正常。");
    const before = parsePage(text).articles;
    expect(before).toHaveLength(1);
    const parsed = parsePage(text, { explain: true, corrections: [{ line: at(2), startsArticle: true }] });
    expect(parsed.articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "秋粮收购"]);
    expect(parsed.decisions!.find((d) => d.line === at(2))).toMatchObject({ role: "title", opens: "correction.starts-article", article: 1 });
  });

  it("joins an article to the one before: its headline becomes paragraphs (correction.joins-previous)", () => {
    const text = page(...REPORT, ...LIBRARY);
    expect(parsePage(text).articles).toHaveLength(2);
    const parsed = parsePage(text, { explain: true, corrections: [{ line: at(3), joinsPrevious: true }] });
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.paragraphs.slice(-2)).toEqual(LIBRARY);
    expect(parsed.articles[0]!.lines).toEqual({ start: 1, end: at(3) });
    expect(parsed.decisions!.find((d) => d.line === at(2))).toMatchObject({ role: "paragraph", rule: "correction.joins-previous", article: 0 });
    expect(parsed.decisions!.every((d) => d.article === null || d.article === 0)).toBe(true);
    // In the first article there is nothing to join to: nothing changes.
    expect(parsePage(text, { corrections: [{ line: 1, joinsPrevious: true }] }).articles).toHaveLength(2);
  });

  it("gives a line its role (correction.role): a kicker over the title, a false headline back to text, furniture, a credit", () => {
    const two = page("秋天的约会", "一位老人的菜园", BODY);
    expect(parsePage(two).articles[0]).toMatchObject({ kicker: null, title: "秋天的约会", subtitle: "一位老人的菜园" });
    const kicked = parsePage(two, { explain: true, corrections: [{ line: 1, role: "kicker" }] });
    expect(kicked.articles[0]).toMatchObject({ kicker: "秋天的约会", title: "一位老人的菜园", subtitle: null });
    expect(kicked.decisions!.slice(0, 2).map((d) => [d.role, d.rule])).toEqual([["kicker", "correction.role"], ["title", "correction.role"]]);

    const text = page(...REPORT, ...LIBRARY);
    const kept = parsePage(text, { explain: true, corrections: [{ line: at(2), role: "paragraph" }] });
    expect(kept.articles).toHaveLength(1);
    // Text, never a headline; with no end mark it runs on into the next block, as any paragraph a column cut.
    expect(kept.articles[0]!.paragraphs.at(-1)).toBe(LIBRARY.join(""));
    expect(kept.decisions!.find((d) => d.line === at(2))).toMatchObject({ role: "paragraph", rule: "correction.role" });

    const furniture = parsePage(text, { corrections: [{ line: at(3), role: "furniture" }] });
    expect(furniture.furniture).toEqual([{ line: at(3), text: LIBRARY[1] }]);
    expect(furniture.articles.flatMap((a) => a.paragraphs)).not.toContain(LIBRARY[1]);

    const credited = parsePage(page(...REPORT, "农民在田间收割稻谷。", "张某"), { corrections: [{ line: at(3), role: "credit" }] });
    expect(credited.articles[0]!.photos).toEqual([{ caption: "农民在田间收割稻谷。", credit: "张某", photographers: [] }]);
  });

  it("a start on a line holding a caption and its credit starts there once; a line made furniture stays furniture", () => {
    const text = page(...REPORT, "市民在公园赏花。 张某 摄", "公园里游人如织，大家纷纷拿起手机拍照留念，春意盎然。");
    const started = parsePage(text, { corrections: [{ line: at(2), startsArticle: true }] });
    expect(started.unassigned).toEqual([]);
    expect(started.articles.at(-1)!.photos.map((p) => p.credit)).toEqual(["张某 摄"]);
    const cut = parsePage(page(...REPORT, "A3", "2024年版面说明"), { corrections: [{ line: at(2), role: "furniture" }] });
    expect(cut.furniture.map((f) => f.text)).toEqual(["A3"]);
  });

  it("a line made a title mid-article starts an article there, with a byline under it", () => {
    const text = page(...REPORT, "外地游客点赞本地服务", "本报记者 李某", "游客们纷纷表示，这里的服务热情周到，下次还会再来。");
    const parsed = parsePage(text, { corrections: [{ line: at(2), role: "title" }] });
    expect(parsed.articles.map((a) => [a.title, a.byline])).toEqual([["全市秋收进展顺利", "本报讯（记者 张某）"], ["外地游客点赞本地服务", "本报记者 李某"]]);
  });
});

describe("the explanation of real pages", () => {
  for (const set of ANNOTATED_SETS.filter((s) => s !== "gold")) {
    it(`${set}: one decision per non-blank line, each with a known rule, tied to an existing article or to none`, () => {
      for (const c of readSet(join(FIXTURES, set))) {
        const parsed = parsePage(c.page, { explain: true });
        const lines = c.page.split(/\r\n|\r|\n/u);
        const nonBlank = lines.flatMap((l, i) => (l.replace(/[\s\u3000\ufeff\u200b■□▲△▼▽◆◇●○◎★☆◀▶►◄※]/gu, "") === "" ? [] : [i + 1]));
        const decisions = parsed.decisions ?? [];
        expect(decisions.map((d) => d.line), c.name).toEqual(nonBlank);
        for (const d of decisions) {
          expect(Object.keys(RULES), c.name).toContain(d.rule);
          if (d.article !== null) expect(d.article).toBeLessThan(parsed.articles.length);
          if (d.role === "furniture" || d.role === "unassigned") expect(d.article).toBeNull();
          else expect(d.article, `${c.name}:${d.line}`).not.toBeNull();
        }
      }
    });

    it(`${set}: explaining a page changes nothing of its reading, as printed and evenly spaced`, () => {
      for (const c of readSet(join(FIXTURES, set))) {
        for (const text of [c.page, evenlySpaced(c.page)]) {
          const { decisions, ...explained } = parsePage(text, { explain: true });
          expect(decisions, c.name).toBeDefined();
          expect(explained, c.name).toEqual(parsePage(text));
        }
      }
    });
  }
});

describe("a heading whose words open the text under it", () => {
  const walk = ["来，一起开启某城“追叶之旅”！", "天气由暖转寒，某城的银杏树迎来了一年中最美的时刻。", "提起银杏，某城人常会想起九华中路上的老朋友。", "若想寻觅更多惊喜，不妨开启一场浪漫的“追叶之旅”。"];
  it("is a part of the piece, the place it heads, not another story (crosshead.named-in-text)", () => {
    const text = page(...walk, "长江南路", "长江南路金鹰世界中心路段的银杏树与现代化建筑相映成趣。", "赭山公园", "赭山公园游船湖与游乐场之间的银杏小道，是自然与童趣的完美结合。");
    expect(parsePage(text).articles.map((a) => a.paragraphs.length)).toEqual([7]);
    const d = decisionAt(text, at(4));
    expect(d.evidence).toEqual(expect.arrayContaining([{ feature: "crosshead.named-in-text", weight: 3 }]));
    // (Switched off, the unsigned piece's first heading opens another story.)
    expect(parsePage(text, { disabled: ["crosshead.named-in-text"] }).articles).toHaveLength(2);
  });
  it("weighs nothing when the text under it opens otherwise, or the line is longer than a name", () => {
    const other = decisionAt(page(...walk, "长江南路", "金鹰世界中心路段的银杏树与现代化建筑相映成趣。"), at(4));
    expect((other.evidence ?? []).map((e) => e.feature)).not.toContain("crosshead.named-in-text");
    const long = decisionAt(page(...walk, "长江南路金鹰世界中心路段的银杏", "长江南路金鹰世界中心路段的银杏树与现代化建筑相映成趣。"), at(4));
    expect((long.evidence ?? []).map((e) => e.feature)).not.toContain("crosshead.named-in-text");
  });
});

describe("a title in clauses over its byline", () => {
  const byline = ["某某女报/某网记者 郭某 李某", "10月28日至11月1日，湖南迎来了一批超人气全媒体采访团。"];
  it("is the title the byline heads, at the page's top or after finished text (group.clauses-over-byline)", () => {
    const top = page("超1.8亿关注！全媒体采访团见证湖南，“湘”当火热", ...byline);
    expect(parsePage(top).articles.map((a) => [a.title, a.authors.length])).toEqual([["超1.8亿关注！全媒体采访团见证湖南，“湘”当火热", 2]]);
    expect(parsePage(top, { disabled: ["group.clauses-over-byline"] }).articles).toHaveLength(0);
    const after = page("某县举办读书节", "本报讯 昨天，某县举办读书节。活动持续一周。", "广东，真·开放大省！外媒首体验“代表团开放日”", ...byline);
    expect(parsePage(after).articles.map((a) => a.title)).toEqual(["某县举办读书节", "广东，真·开放大省！外媒首体验“代表团开放日”"]);
  });
  it("is no title when the text above is open, or the line ends as a clause or a sentence does", () => {
    // (A column cut the sentence above: the line goes on with it, whatever stands under it.)
    const open = parsePage(page("某县举办读书节", "本报讯 昨天，某县举办读书节，市民们", "纷纷走进书店！活动持续一周，效果很好", ...byline)).articles;
    expect(open.map((a) => a.title)).toEqual(["某县举办读书节"]);
    for (const line of ["超1.8亿关注！全媒体采访团见证湖南，", "超1.8亿关注！全媒体采访团见证湖南。"]) {
      expect(parsePage(page(line, ...byline)).articles, line).toHaveLength(0);
    }
  });
});

describe("lines that close, sign or label a piece", () => {
  it("a dash, then the date and page an item was first printed on, closes the item above: a paragraph, never the next story's title (paragraph.attribution)", () => {
    const text = page(
      "年度十大新闻",
      "编者按：本报精选2024年我区文化领域10件大事，与读者共享。",
      "长城脚下的古村落修缮工程近日启动，这段长城将开展研究性修缮，保留长城原有的风貌。",
      "——2024年1月23日第2版",
      "首部长城主题大型情景剧在世园公园演出，以两千余年的长城历史故事为灵感，开创实景演出先河。",
      "——2024年6月28日第4版",
    );
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.title)).toEqual(["年度十大新闻"]);
    expect(articles[0]!.paragraphs.filter((p) => p.startsWith("——"))).toEqual(["——2024年1月23日第2版", "——2024年6月28日第4版"]);
    expect(parsePage(text, { disabled: ["paragraph.attribution"] }).articles.length).toBeGreaterThan(1);
    // (A dash and a date alone, or a source in guillemets and its date, close the item as well.)
    expect(parsePage(page(...[text], "——原载《某某日报》2023年5月4日")).articles).toHaveLength(1);
  });

  it("a credit under a report's paragraphs captions none when the last tells what someone told the reporter", () => {
    const report = ["公园晨练 树木成了“健身器”", "本报记者 杨某", "昨日，记者联系到了市民王先生，他说早上在公园看到有人把小树当健身器。"];
    const told = "公园管理处负责人程先生告诉记者，经过不断治理和宣传，不文明现象已经少了很多。";
    const [article] = parsePage(page(...report, told, "网友供图")).articles;
    expect([article!.paragraphs.at(-1), article!.photos]).toEqual([told, [{ caption: "", credit: "网友供图", photographers: [] }]]);
    // (In a photo story, a caption may quote the people in it: it stays the next picture's caption.)
    const photos = parsePage(page("丰收的喜悦", "村民在田间收割稻谷。", "本报记者 张某 摄", "村民王大姐捧起稻谷，她告诉记者，今年亩产比去年高了一成。", "本报记者 李某 摄")).articles[0]!.photos;
    expect(photos.map((p) => p.caption)).toEqual(["村民在田间收割稻谷。", "村民王大姐捧起稻谷，她告诉记者，今年亩产比去年高了一成。"]);
    // (A paragraph that says what the picture shows is its caption; so is a told paragraph the rule is off for.)
    expect(parsePage(page(...report, "市民在公园里晨练。", "网友供图")).articles[0]!.photos[0]!.caption).toBe("市民在公园里晨练。");
    expect(parsePage(page(...report, told, "网友供图"), { disabled: ["credit.after-told-text"] }).articles[0]!.photos[0]!.caption).toBe(told);
  });

  it("one short sentence between the headline and a marked byline that heads the text is a picture's caption; an intro is not", () => {
    const body = ["金秋九月，秋高气爽，大地处处洋溢着丰收的喜悦。", "9月10日，参加座谈会的嘉宾组成采风团，来到报社融媒体中心参观。"];
    const [article] = parsePage(page("见证融合力量 感受乡村变化", "嘉宾在朝门院子参观。", "□武胜记者站 颜某 实习生 黄某锐 本报记者 龙某帆 文/图", ...body)).articles;
    expect([article!.paragraphs, article!.photos.map((p) => [p.caption, p.credit])]).toEqual([body, [["嘉宾在朝门院子参观。", ""]]]);
    // (A bureau printed apart names where its reporter works, no role.)
    expect(article!.authors).toEqual([{ role: null, name: "颜某" }, { role: "实习生", name: "黄某锐" }, { role: "记者", name: "龙某帆" }]);
    // (Unmarked, a byline that says its people made the pictures too heads the text under the captions as well; the captions
    // begin no text, so a first line in clauses under them, `今年10月，第八届国际`, is no crosshead between paragraphs.)
    const unmarked = parsePage(page("广泛凝聚侨心侨力", "在珀斯市举办的第八届国际深圳社团大会。", "某某侨报记者 柯某波 通讯员 吴某章 文/图", "今年10月，第八届国际", "深圳社团大会在珀斯市举办，以侨搭台，经贸文化唱戏。", "过去一年，市海交会紧紧围绕服务大局，在服务侨胞方面取得新成效。")).articles;
    expect(unmarked.map((a) => [a.byline, a.photos.length, a.paragraphs.length])).toEqual([["某某侨报记者 柯某波 通讯员 吴某章 文/图", 1, 2]]);
    // (Only under a byline that names who made the pictures: over a plain one, a one-sentence intro is the text's.)
    expect(parsePage(page("老兵的坚守", "这是一个关于坚守的故事。", "□本报记者 王某", ...body)).articles[0]!.paragraphs).toEqual(["这是一个关于坚守的故事。", ...body]);
    const intro = "城市让生活更美好，乡村让城市更向往。8月18日至20日，主题采访活动在本市开展。";
    expect(parsePage(page("见证融合力量 感受乡村变化", intro, "□本报记者 龙某帆", ...body)).articles[0]!.paragraphs).toEqual([intro, ...body]);
  });

  it("a line of phrases set apart by a space never runs on into the text under it: a title's form, a word across the break by chance", () => {
    const text = page(...REPORT, "学好调解法 化解千千结", "为更好发挥人民调解在基层社会治理中的积极作用，司法所开展了宣传活动。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "学好调解法 化解千千结"]);
    expect(parsePage(text, { disabled: ["paragraph.spaced-phrases-whole"] }).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利"]);
  });

  it("a line after a gallery of captioned pictures closing a report titles the next story, though it shares the page's words", () => {
    const pictures = ["庆阳苹果因其香甜的口感，受到大众青睐。", "陇东报全媒体特约摄影 俄某平", "庆阳海越农业发展有限公司的优质苹果，吸引了外地客商。", "陇东报全媒体特约摄影 李某琪", "海升万亩苹果基地。", "通讯员 李某陵 摄"];
    const text = page("果业兴 果农乐", "庆阳网讯 过去五年，庆阳市立足区域优势发展苹果产业，全市苹果种植面积稳步扩大。", ...pictures, "陇东粮仓", "以广袤无垠的董志塬为中心，庆阳的苹果和小麦产业形成了以农业为本的经济发展格局。", "20年来，西峰区历届领导班子树立农业固本的思想，稳定粮田面积。");
    const articles = parsePage(text, { explain: true });
    expect(articles.articles.map((a) => a.title)).toEqual(["果业兴 果农乐", "陇东粮仓"]);
    expect(articles.decisions!.find((d) => d.line === at(8))!.evidence).toContainEqual({ feature: "story.after-picture", weight: -3 });
  });

  it("names padded for print in brackets after the text sign it; a line of two clauses ending on a body's name is no heading", () => {
    const text = page("湖南衡东开展大型主题报道活动", "本报讯 近日，衡东县举行庆祝第22个记者节活动，全县新闻工作者参加。", "近两年来，衡东县融媒体中心", "顺应时代发展大势，坚持移动优先，积极推进媒体融合。", "（周 健 刘某野 曹 莉）", "各地护航开学第一餐", "近日，某区多部门执法人员对校园食堂开展联合检查。");
    const [report, next] = parsePage(text).articles;
    expect(report!.authors).toEqual([{ role: null, name: "周健" }, { role: null, name: "刘某野" }, { role: null, name: "曹莉" }]);
    expect(report!.paragraphs[1]).toBe("近两年来，衡东县融媒体中心顺应时代发展大势，坚持移动优先，积极推进媒体融合。");
    expect(next!.title).toBe("各地护航开学第一餐");
  });

  it("reporters' roles and names run together after a lead's label, up to the text's day, are the lead's", () => {
    const [article] = parsePage(page("汉川4个重点项目集中签约", "本报讯全媒体记者贾某红特约记者宋某9月7日，汉川市举行重点招商引资项目签约活动，4个项目集中签约。")).articles;
    expect([article!.byline, article!.authors, article!.paragraphs[0]!.slice(0, 5)]).toEqual(["本报讯全媒体记者贾某红特约记者宋某", [{ role: "全媒体记者", name: "贾某红" }, { role: "特约记者", name: "宋某" }], "9月7日，"]);
    // (Nor a word the dictionary counts before a figure that is no day: `记者连续3天走访…`.)
    expect(parsePage(page("一线调查", "本报讯记者连续3天走访全市各大菜市场，发现蔬菜价格总体平稳。")).articles[0]!.authors).toEqual([]);
    // (Prose about what a reporter learned is no name: `记者从市教育局获悉，…`.)
    expect(parsePage(page("新学期新增学位三千个", "本报讯记者从市教育局获悉，今年秋季全市新增学位三千个。")).articles[0]!.authors).toEqual([]);
  });

  it("a paper printed apart before its reporter's role and name, run into the text, is the lead", () => {
    const [article] = parsePage(page("难以接通的电话", "经济观察报 记者 洪某涵 面对A股市场上数量超过3000家的企业，普通投资者如何与上市公司沟通？")).articles;
    expect([article!.byline, article!.authors, article!.paragraphs[0]!.slice(0, 4)]).toEqual(["经济观察报 记者 洪某涵", [{ role: "记者", name: "洪某涵" }], "面对A股"]);
  });

  it("a line worded as only a sentence is, under a title, is the text's first; a text's first line so worded is no opening heading", () => {
    const under = parsePage(page("深交所发布新规 设置炒新高压线", "证券时报记者从深交所", "获悉，《新股上市初期异常交易行为监控指引》日前正式发布。")).articles[0]!;
    expect([under.subtitle, under.paragraphs]).toEqual([null, ["证券时报记者从深交所获悉，《新股上市初期异常交易行为监控指引》日前正式发布。"]]);
    const opening = parsePage(page("居民齐添力 老巷大变样", "□文/图 本报记者 吴某敏", "走进源汇区老街街道", "新华街社区东安街，温馨的生活气息扑面而来。")).articles[0]!;
    expect(opening.paragraphs).toEqual(["走进源汇区老街街道新华街社区东安街，温馨的生活气息扑面而来。"]);
  });

  it("a couplet of two headings of one length is two crossheads; a heading the column broke is one", () => {
    const head = ["居民齐添力 老巷大变样", "本报记者 吴某敏", "走进老街，温馨的生活气息扑面而来，街道古色古香，路面干净整洁。"];
    const body = "“以前的老街脏乱差，污水横流，居民家门口堆放着杂物。”居民王某说。";
    expect(parsePage(page(...head, "人人参与“创文”", "营造和谐氛围", body)).articles[0]!.paragraphs.slice(1)).toEqual(["人人参与“创文”", "营造和谐氛围", body]);
    expect(parsePage(page(...head, "文明和谐成为家门口", "最好的风景", body)).articles[0]!.paragraphs.slice(1)).toEqual(["文明和谐成为家门口最好的风景", body]);
  });

  it("a kept heading that asks and answers is whole on its line: the text under it is a paragraph of its own", () => {
    const text = page("央视高频聚焦，何以巴中？", "当恩阳河畔的龙舟竞渡点亮央视节目，巴中一次次登上央视屏幕。", "巴中究竟有何魅力，让央视保持如此高的关注度？是诗意山水，是巴中的浪漫。", "何以巴中？在于诗意山水里的浪漫韵味", "“秋日未尽的斑斓与冬日初临的诗意完美交融！”11月18日，央视节目这样展现巴中的诗意之美。");
    expect(parsePage(text).articles[0]!.paragraphs.slice(2, 4)).toEqual(["何以巴中？在于诗意山水里的浪漫韵味", "“秋日未尽的斑斓与冬日初临的诗意完美交融！”11月18日，央视节目这样展现巴中的诗意之美。"]);
  });

  it("a paper's desk on a line a layout glyph marks, under the title, signs the piece as a body; unmarked it does not", () => {
    const under = (line: string) => parsePage(page("初心不改 逐梦前行", line, "在全市上下深入学习宣传的热烈氛围中，第23个中国记者节如期而至。")).articles[0]!;
    expect([under("□张家口日报编辑部").byline, under("□张家口日报编辑部").authors]).toEqual(["张家口日报编辑部", [{ role: null, name: "张家口日报编辑部" }]]);
    expect(under("■ 本报编委会").authors).toEqual([{ role: null, name: "本报编委会" }]);
    // (Unmarked, a paper's desk alone is as often an address to write to; a marked line naming no paper's desk is no signature.)
    expect(under("某某日报编辑部").byline).toBeNull();
    for (const line of ["□ 编辑部的故事", "■ 社区编辑部"]) expect(under(line).byline, line).toBeNull();
  });

  it("a name with where its writer lives in brackets, on a line a layout glyph marks, under the title signs the piece", () => {
    const under = (line: string) => parsePage(page("我与家乡报的故事", line, "上小学时，我家经常订阅一些杂志报刊。那时候，阅读报刊也成了我的一种习惯。")).articles[0]!;
    expect([under("□ 麦某（琼海）").byline, under("□ 麦某（琼海）").authors]).toEqual(["麦某（琼海）", [{ role: null, name: "麦某" }]]);
    expect(under("■王国华（株洲市）").authors).toEqual([{ role: null, name: "王国华" }]);
    // Unmarked, a title's part or a place and its county read the same: no byline; only a name on a common surname, no place,
    // and a division of the country by its name in the bracket vouch for a writer (`陈某福（北京）`).
    expect(under("陈玉福（北京）").authors).toEqual([{ role: null, name: "陈玉福" }]);
    for (const line of ["宏村（黟县）", "岳阳（湖南）", "母亲（上）", "白洋淀（河北）", "杨家岭（延安）"]) expect(under(line).byline, line).toBeNull();
    expect(under("□ 母亲（上）").byline).toBeNull();
    // (Or what the writer is, a standing, a trade or a title: `李某（退休教师）`, as after a space, `李某 退休教师`.)
    expect(under("■ 李某（退休教师）").authors).toEqual([{ role: null, name: "李某" }]);
    // Nor a note on a poem or a province: the bracket must name where the writer lives or what the writer is.
    for (const line of ["■ 云海（外一首）", "◆ 柳絮（组诗）", "● 岳阳（湖南）"]) expect(under(line).byline, line).toBeNull();
  });

  it("a body's name under a subtitle a dash opens is no byline: a profile page's first unit reads the same", () => {
    const text = page("追梦新时代 奋进新征程", "——全市先进基层党组织风采录", "某某市第一人民医院党委", "近年来，该院党委坚持党建引领，推动医疗服务提质增效，群众满意度持续提升。", "某某县供电公司", "该公司聚焦主业，全力保障迎峰度夏电力供应，用电高峰期间未发生拉闸限电。");
    expect(parsePage(text).articles[0]!.byline).toBeNull();
    expect(parsePage(text).articles.flatMap((a) => a.authors)).toEqual([]);
  });

  it("a crosshead of two clauses is counted in words: a quotation's marks and a list's 、 add none (crosshead.clauses)", () => {
    const text = page(
      "漫步滨江 感受百年工业文明",
      "记者 杨某梅",
      "滨江南段2.7公里公共空间将于9月28日同步开放，跑步道、骑行道、漫步道的“三道”贯通，让市民可以走到江边。此外，滨江岸线上还有哪些看点？请跟随记者提前探营。",
      "“开门迎客”，建筑、鲜花相映成趣",
      "在该段滨江岸线上，电站辅机厂东厂、上海制皂厂将成为首批对公众开放的历史建筑，钢结构仓库保留了原有结构。",
      "从“共生构架”空间往东走，就是原上海制皂厂老厂房，现在它已华丽升级为“皂梦空间”，将部分对公众开放。",
    );
    expect(parsePage(text).articles[0]!.paragraphs[1]).toBe("“开门迎客”，建筑、鲜花相映成趣");
    expect(parsePage(text, { disabled: ["crosshead.clauses"] }).articles[0]!.paragraphs[1]).not.toBe("“开门迎客”，建筑、鲜花相映成趣");
  });

  it("the page's name alone on the first line, over another line of the running head, is the running head's", () => {
    const story = ["北外滩航海公园雕塑落成揭幕", "本报讯（记者 耿某彦）9月22日，北外滩航海公园主题雕塑揭幕仪式在上海大厦举行。"];
    const parsed = parsePage(page("综合新闻", "一版责任编辑 何某 本版责任编辑 顾某", ...story));
    expect(parsed.furniture.map((f) => f.text)).toEqual(["综合新闻", "一版责任编辑 何某 本版责任编辑 顾某"]);
    expect(parsed.warnings).toEqual([]);
    // Alone at the top, over a title, a news page's name is the page's too; another page's name, `评论`, may be the first
    // story's column label: left to the headline.
    expect(parsePage(page("综合新闻", ...story)).furniture.map((f) => f.text)).toEqual(["综合新闻"]);
    expect(parsePage(page("评论", ...story)).furniture).toEqual([]);
  });

  it("a column's or a special issue's name over the title is its kicker (headline.kicker-cue)", () => {
    for (const label of ["某某区疾病预防控制中心专栏", "阅读某某·专题", "建党百年特刊"]) {
      const text = page(label, "科学血压管理，如何分级就诊？", "随着分级诊疗工作的推进，各医疗机构对于高血压的诊治有着明确的功能定位。", "首诊在社区卫生服务中心，全科医生才是高血压防治的主力军。");
      const article = parsePage(text).articles[0]!;
      expect([article.kicker, article.title], label).toEqual([label, "科学血压管理，如何分级就诊？"]);
    }
    expect(weighTwoLines("某某区疾病预防控制中心专栏", "科学血压管理，如何分级就诊？").map((e) => e.feature)).toContain("headline.kicker-cue");
    // A news title saying what was done with a column or an issue is no column's name.
    for (const title of ["市图书馆开设非遗专栏", "本报推出两会特刊", "市电视台推出乡村振兴系列报道"]) {
      expect(parsePage(page(title, "集中展示我市非物质文化遗产项目", "本报讯（记者 张某）近日，市图书馆在官网开设非遗专栏，集中展示我市非遗项目。")).articles[0]!.title, title).toBe(title);
    }
  });
});

describe("a line over an editor's note", () => {
  it("titles the next piece, though it shares the story's words (story.editors-note)", () => {
    const text = page(
      "乘势奋进启新程 实干笃行谱新篇",
      "本报讯（记者 段某 张某琦）2月9日至10日，总书记在北京考察并看望慰问基层干部群众。延庆区广大干部群众表示，要把这份关怀转化为干事创业的实际行动，推动延庆文化事业高质量发展。",
      "《延庆报》十大文化新闻",
      "编者按：延庆区依托悠久的历史文化与壮丽自然风光，以长城、生态、冰雪文化为基石，全面提质升级延庆文化事业。本报精选2024年我区文化领域10件大事，与读者共享。",
      "八达岭长城景区西侧，全长700余米的西段长城修缮工程近日启动现场踏勘。",
    );
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["乘势奋进启新程 实干笃行谱新篇", "《延庆报》十大文化新闻"]);
    expect(parsePage(text, { disabled: ["story.editors-note"] }).articles).toHaveLength(1);
  });
});

describe("round 70's forms", () => {
  it("an issue's number before the page's label (`3336 期 / 第1版：…`) is the running head's", () => {
    const parsed = parsePage(page("3336 期 / 第1版：第三届科技学术大会特别报道", "潜心学术研究 引领科技创新", "本报讯 11月18日，第三届科技学术大会在成都举办，来自各地的专家学者齐聚一堂。"));
    expect(parsed.furniture.map((f) => f.text)).toEqual(["3336 期 / 第1版：第三届科技学术大会特别报道"]);
    expect(parsed.articles[0]!.kicker).toBeNull();
  });

  it("a signature naming a writer before the reporters' role signs the text, on its last line or its own (signature.end-of-paragraph)", () => {
    const text = page("市科协举办培训会", "本报讯 4月8日，2021年度市科协系统工作会在干部学院举办。", "会议对如何开展好2021年工作提出了具体意见，一要坚定信心，", "二要强化保障。（何某 本报记者 周某）");
    const article = parsePage(text).articles[0]!;
    expect([article.byline, article.authors]).toEqual(["本报讯 （何某 本报记者 周某）", [{ role: null, name: "何某" }, { role: "记者", name: "周某" }]]);
    // (A writer's surname down the list, 郎, beside a reporter named by role, still names a writer there.)
    const rare = parsePage(page("市科协举办培训会", "本报讯 4月8日，2021年度市科协系统工作会在干部学院举办。", "会议对如何开展好2021年工作提出了具体意见，一要坚定信心，", "二要强化保障。（郎某正 记者 束某）")).articles[0]!;
    expect(rare.authors).toEqual([{ role: null, name: "郎某正" }, { role: "记者", name: "束某" }]);
    expect(article.paragraphs.at(-1)).toBe("会议对如何开展好2021年工作提出了具体意见，一要坚定信心，二要强化保障。");
    // A brief of one block, its lead and its text, signed at its end: the lead's byline takes the signature.
    const brief = page("市科协举办培训会", "本报讯 4月8日，2021年度市科协系统工作会在干部学院举办。会议对如何开展好2021年工作提出了具体意见。（本报记者 周某）");
    expect(parsePage(brief).articles.map((a) => [a.byline, a.paragraphs])).toEqual([["本报讯 （本报记者 周某）", ["4月8日，2021年度市科协系统工作会在干部学院举办。会议对如何开展好2021年工作提出了具体意见。"]]]);
    expect(parsePage(brief, { disabled: ["signature.end-of-paragraph"] }).articles[0]!.byline).toBe("本报讯");
    // Who took a picture, in brackets at a brief's end, is its credit, never the brief's signature.
    expect(parsePage(page("樱花盛开引游人", "本报讯 3月20日，市民在某某公园樱花树下拍照留念。（记者 张某 摄）")).articles[0]!.byline).toBe("本报讯");
    // On a line of its own after the text, it signs as well.
    expect(parsePage(page("市科协举办培训会", "本报讯 4月8日，2021年度市科协系统工作会在干部学院举办。", "（何某 本报记者 周某）")).articles[0]!.authors.map((p) => p.name)).toEqual(["何某", "周某"]);
    // (A word before the role, `（发展 记者 李某）`, names no one: the brackets stay in the text.)
    expect(parsePage(text.replace("何某", "发展")).articles[0]!.paragraphs.at(-1)).toMatch(/（发展 本报记者 周某）$/u);
    expect(parsePage(text, { disabled: ["signature.end-of-paragraph"] }).articles[0]!.authors).toEqual([]);
  });

  it("a paragraph opening on the paper's reporters going somewhere is no wire lead, whatever 电 it runs into", () => {
    const text = page("北广娘子军", "北京广播电视台有一支素质高、战斗力强的女性队伍。", "本报记者走进北京广播电视台，专访了多位女主编、女主播、女记者，被她们的精神所打动。");
    const parsed = parsePage(text);
    expect(parsed.articles.map((a) => [a.title, a.byline])).toEqual([["北广娘子军", null]]);
    expect(parsed.articles[0]!.paragraphs.at(-1)).toBe("本报记者走进北京广播电视台，专访了多位女主编、女主播、女记者，被她们的精神所打动。");
    expect(parsed.warnings).toEqual([]);
    // Dated, a lead with a role before its place is a lead still.
    expect(parsePage(page("全国人大会议开幕", "本报特派记者北京3月4日电 十四届全国人大二次会议新闻发布会今天举行，大会发言人回答记者提问。")).articles[0]!.byline).toBe("本报特派记者北京3月4日电");
  });

  it("a masthead with a dot in the paper's name (`中国•企业家日报`) under the running head is the running head's", () => {
    const parsed = parsePage(page("2011年06月07日 星期二", "国内统一刊号：CN51—0098", "中国•企业家日报", "全国百家主流媒体走进稻花香", "5月26日，采访团走进稻花香集团，参观了生产车间，并感受了独具特色的酿造工艺和企业文化。"));
    expect(parsed.furniture.map((f) => f.text)).toEqual(["2011年06月07日 星期二", "国内统一刊号：CN51—0098", "中国•企业家日报"]);
    expect(parsed.articles.map((a) => [a.title, a.subtitle])).toEqual([["全国百家主流媒体走进稻花香", null]]);
  });
});

describe("round 71's forms", () => {
  it("a lenticular report label naming reporters with no place names them; a run it would split is a name and a place", () => {
    const under = (label: string) => parsePage(page("南竿鄉代會考察西區村落", `${label}南竿鄉民代表會15日進行第1天鄉政考察，前往各村聽取意見。`)).articles[0]!.authors;
    expect(under("【記者吳某榮報導】")).toEqual([{ role: "記者", name: "吳某榮" }]);
    expect(under("【記者曹某偉、馮某夫報導】")).toEqual([{ role: "記者", name: "曹某偉" }, { role: "記者", name: "馮某夫" }]);
    expect(under("【人間社記者涂某龍新竹報導】")).toEqual([{ role: "記者", name: "涂某龍" }]);
    // Two characters alone after the role may be the place: `【記者高雄報導】` names no one.
    expect(under("【記者高雄報導】")).toEqual([]);
  });

  it("in brackets after a caption, `（圖/文：甲）` credits the picture to its maker, who wrote its words too", () => {
    const article = parsePage(page("南竿鄉代會考察西區村落", "南竿鄉代會15日於馬祖村進行鄉政考察，瞭解住戶排水相關問題。（圖/文：吳某榮）", "【記者吳某榮報導】南竿鄉民代表會15日進行第1天鄉政考察，前往各村聽取意見。")).articles;
    expect(article).toHaveLength(1);
    expect(article[0]!.photos).toEqual([{ caption: "南竿鄉代會15日於馬祖村進行鄉政考察，瞭解住戶排水相關問題。", credit: "（圖/文：吳某榮）", photographers: [{ role: "圖/文", name: "吳某榮" }] }]);
    // On a line of its own after a story's text, or after text of more than one sentence, it signs the story: no picture.
    for (const tail of [["（图/文：张某）"], []]) {
      const story = parsePage(page("社区举办邻里节", `本报讯 昨天，某某社区举办第五届邻里节，居民们共享邻里情。活动现场还设置了游戏区，受到居民欢迎。${tail.length ? "" : "（图/文：张某）"}`, ...tail)).articles[0]!;
      expect([story.kind, story.photos, story.paragraphs.length]).toEqual(["article", [], 1]);
    }
  });

  it("a paper's own report in brackets, its writer named with no role and 報道 (`（美南新聞黃某珊報道）…`), is the text's lead", () => {
    const text = page("多元族裔的盛會 美南園遊會開啟農歷中國年", "（美南新聞黃某珊報道）第24屆德州國際新年遊園會，本周六大年初一上午十時起，在美南新聞大樓前廣場舉行。");
    const article = parsePage(text).articles[0]!;
    expect([article.byline, article.authors, article.paragraphs]).toEqual(["（美南新聞黃某珊報道）", [{ role: null, name: "黃某珊" }], ["第24屆德州國際新年遊園會，本周六大年初一上午十時起，在美南新聞大樓前廣場舉行。"]]);
    // (A word in the writer's place names no one.)
    expect(parsePage(text.replace("黃某珊", "發展")).articles[0]!.byline).toBeNull();
  });

  it("a lead label in curly braces (`{本报讯}`) is a lead as in any brackets", () => {
    const article = parsePage(page("休士頓僑社歡送處長榮陞大使", "{本报讯}駐休士頓辦事處處長陳某彥即將榮陞大使，僑社12日下午舉行歡送會。")).articles[0]!;
    expect([article.byline, article.paragraphs[0]]).toEqual(["{本报讯}", "駐休士頓辦事處處長陳某彥即將榮陞大使，僑社12日下午舉行歡送會。"]);
    // A column's label in braces, `{科技资讯}`, opens nothing.
    expect(parsePage(page("科技新品发布", "{科技资讯}近日，某某公司发布了新一代智能手机，搭载自主研发的芯片。")).articles[0]!.byline).toBeNull();
  });

  it("the paper's opinion label and the piece's day (`社評 0721`) heads a commentary as its kicker, never a number a column cut", () => {
    const text = page("休士頓僑社歡送處長榮陞大使", "{本报讯}駐休士頓辦事處處長陳某彥即將榮陞大使，僑社12日下午舉行歡送會。", "社評 0721", "受傷的城市仍然活力充沛", "今天我再次造訪久違的聖安東尼市，從休斯敦出發一百九十九英里，在十號州際公路上一路向西。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.kind, a.kicker, a.title])).toEqual([["article", null, "休士頓僑社歡送處長榮陞大使"], ["commentary", "社評 0721", "受傷的城市仍然活力充沛"]]);
    // (The parser reads Traditional characters as Simplified: its word lists are written so.)
    expect(weighTwoLines("社评 0721", "受伤的城市仍然活力充沛").map((e) => e.feature)).toContain("headline.kicker-cue");
    // A page's head, the label and its page number, is no piece's day.
    expect(weighTwoLines("时评 3", "受伤的城市仍然活力充沛").map((e) => e.feature)).not.toContain("headline.kicker-cue");
  });
});

describe("round 109's forms", () => {
  it("a site's lead label, the paper it speaks for in brackets, then its reporters' brackets: one lead, the reporters its authors", () => {
    const [a] = parsePage(page("某市：爆竹处处闻 禁鞭待加强", "荆楚在线消息（楚天都市报）（记者陈某光）正月初六，记者一踏上某市的土地，身边就不时响起爆竹声。")).articles;
    expect([a!.byline, a!.authors, a!.paragraphs]).toEqual(["荆楚在线消息（楚天都市报）（记者陈某光）", [{ role: "记者", name: "陈某光" }], ["正月初六，记者一踏上某市的土地，身边就不时响起爆竹声。"]]);
  });

  it("a paper of three characters named among a signature's people is no person (`（记者 刘某 大河报）`)", () => {
    const [a] = parsePage(page("西流湖成了“大浴缸”", "本报讯 4月16日下午，记者经过化工路远眺西流湖，被眼前的景象惊呆了。（记者 刘某 大河报）")).articles;
    expect(a!.authors).toEqual([{ role: "记者", name: "刘某" }]);
    // (Straight after a role it is the one named: `（记者 王喜报）`, `（通讯员 王喜报 记者 刘某）`.)
    for (const [sig, authors] of [["（记者 王喜报）", [{ role: "记者", name: "王喜报" }]], ["（通讯员 王喜报 记者 刘某）", [{ role: "通讯员", name: "王喜报" }, { role: "记者", name: "刘某" }]]] as const) {
      expect(parsePage(page("西流湖成了“大浴缸”", `本报讯 4月16日下午，记者经过化工路远眺西流湖，被眼前的景象惊呆了。${sig}`)).articles[0]!.authors, sig).toEqual(authors);
    }
  });
});

describe("round 72's forms", () => {
  const report = (...tail: string[]) =>
    page("金色花海绽放 绘就振兴画卷", "某某网讯 近日，某某街道万亩油菜花进入盛花期，连片金黄与远山、古渠相映成景。", "记者3月4日在景区看到，不少市民漫步花海间观光赏景，拍照留影。", ...tail, "", "乌杨街道：全力打好村庄清洁行动秋冬战役", "某某网讯 连日来，乌杨街道各村、社区陆续组织开展环境卫生大扫除活动。");

  it("reporters named on a line closed by a bracket the copy never opened (`通讯员 余某彪）`) sign the story, as bracketed", () => {
    const articles = parsePage(report("融媒体中心记者 王某国 杨某 谭某灵）")).articles;
    expect(articles.map((a) => [a.title, a.kicker, a.byline])).toEqual([
      ["金色花海绽放 绘就振兴画卷", null, "某某网讯 融媒体中心记者 王某国 杨某 谭某灵）"],
      ["乌杨街道：全力打好村庄清洁行动秋冬战役", null, "某某网讯"],
    ]);
    expect(articles[0]!.authors).toEqual([{ role: "记者", name: "王某国" }, { role: "记者", name: "杨某" }, { role: "记者", name: "谭某灵" }]);
    expect(parsePage(report("通讯员 余某彪）")).articles[0]!.authors).toEqual([{ role: "通讯员", name: "余某彪" }]);
    // Switched off, the line is read as the next story's kicker.
    const off = parsePage(report("通讯员 余某彪）"), { disabled: ["signature.lost-bracket"] }).articles;
    expect(off.map((a) => a.kicker)).toEqual([null, "通讯员 余某彪）"]);
  });

  it("reporters on a line opened by a bracket the copy never closed (`（某报全媒体记者 甲/文 乙/图`) sign the story too", () => {
    const articles = parsePage(report("（某某日报全媒体记者 郑某/文 沈某/图")).articles;
    expect([articles[0]!.byline, articles[0]!.authors]).toEqual(["某某网讯 （某某日报全媒体记者 郑某/文 沈某/图", [{ role: "全媒体记者", name: "郑某" }, { role: "图", name: "沈某" }]]);
    expect(articles[1]!.kicker).toBeNull();
    const off = parsePage(report("（某某日报全媒体记者 郑某/文 沈某/图"), { disabled: ["signature.lost-bracket"] }).articles[0]!;
    expect(off.authors).toEqual([]);
    // The block under it closes the bracket: a column cut the bracket's words, `（记者 甲 通讯员` / `乙）近日，…`.
    const cut = parsePage(page("某市召开安全生产会议", "（记者 张某 通讯员", "李某）近日，某市召开安全生产工作会议，部署下一阶段工作。")).articles[0]!;
    expect(cut.paragraphs.join("")).toContain("（记者 张某 通讯员李某）");
    const twice = parsePage(page("某市召开安全生产会议", "（记者 张某", "通讯员 李某）近日，市委常委会（扩大", "会议）召开。")).articles[0]!;
    expect(twice.authors).not.toContainEqual({ role: "记者", name: "张某" });
    // Officials are no reporters, nor is a team's credit a signature: `（副市长 张某`, `（策划 甲 统筹 乙 记者 丙`.
    expect(parsePage(report("（副市长 张某")).articles[0]!.authors).toEqual([]);
    expect(parsePage(report("（策划 张某 统筹 李某 记者 王某")).articles[0]!.authors).toEqual([]);
  });

  it("a line closed by a bracket opened on the block above, or naming no reporter, is no signature", () => {
    // The column cut the bracket's words: `…参加。（市委常委、` / `副市长 张某）`.
    const cut = parsePage(page("某市召开安全生产会议", "本报讯 昨天，某市召开安全生产工作会议，部署下一阶段工作（市委常委、", "记者 张某）")).articles[0]!;
    expect([cut.authors, cut.paragraphs]).toEqual([[], ["昨天，某市召开安全生产工作会议，部署下一阶段工作（市委常委、记者 张某）"]]);
    // Officials are no reporters: `副市长 张某）` signs nothing.
    expect(parsePage(report("副市长 张某）")).articles[0]!.authors).toEqual([]);
  });

  it("the paper's publisher signs its notice under the title (`《某报》发行人 甲`), as its head (社长) would", () => {
    const notice = parsePage(page("《某某新华侨报》更名启事", "《某某新华侨报》发行人 吴某乐", "《某某新华侨报》，沉甸、饱满、厚实的五个大字，诞生在上个世纪，转眼之间，已经走过了22个春秋。", "自2021年7月1日起，本报更名为《某某华侨报》，特此启事。")).articles[0]!;
    expect([notice.subtitle, notice.byline, notice.authors]).toEqual([null, "《某某新华侨报》发行人 吴某乐", [{ role: "发行人", name: "吴某乐" }]]);
  });
});

describe("round 73's forms", () => {
  it("an earlier report's title and what this one is to it (`《…》后续`) is the kicker over the news", () => {
    const article = parsePage(page("《南湖公园内臭水沟熏人市民盼改善》后续", "恼人臭味没了健身游玩更开心", "环渤海新闻网消息 （记者 晓某 赞某）本报曾报道了南湖公园内臭水沟熏人的情况，近日，记者再次来到这里，臭味已经没有了。")).articles[0]!;
    expect([article.kicker, article.title, article.subtitle]).toEqual(["《南湖公园内臭水沟熏人市民盼改善》后续", "恼人臭味没了健身游玩更开心", null]);
    expect(weighTwoLines("本报《老旧小区加装电梯难》一文见报后", "三个小区电梯开工").map((e) => e.feature)).toContain("headline.kicker-cue");
    // A title that names a book or a law and goes on to its news is no follow-up's label.
    for (const title of ["《民法典》实施后续问题多", "《长津湖》票房破50亿"]) expect(weighTwoLines(title, "业内人士解读").map((e) => e.feature)).not.toContain("headline.kicker-cue");
  });

  it("after finished text, a line over people who reported in pictures (`…摄影报道`) and a lead titles the report they sign", () => {
    const report = page("交警处理交通违法 揪住一名网上逃犯", "□记者 季某颖", "本报讯 近日，某区交警在处理一起行人交通违法时，发现当事人竟是一名网上在逃人员。之后民警巧妙擒获逃犯。");
    const brief = (credit: string) => `${report}\n\n\n冬至祭扫迎高峰 防疫举措不松懈\n\n${credit}\n\n本报讯 这个双休日，沪上各大墓园冬至祭扫迎来了一波高峰。\n\n乘客上车前，公交工作人员严格查验健康码，并测量体温。`;
    const text = brief("□杨某 摄影报道");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline, a.photos.length])).toEqual([
      ["交警处理交通违法 揪住一名网上逃犯", "记者 季某颖 本报讯", 0],
      ["冬至祭扫迎高峰 防疫举措不松懈", "杨某 摄影报道 本报讯", 0],
    ]);
    expect(articles[1]!.authors).toEqual([{ role: null, name: "杨某" }]);
    // Switched off, the line and the credit are the report above's picture.
    expect(parsePage(text, { disabled: ["group.over-photo-report"] }).articles[0]!.photos).toHaveLength(1);
    // A picture's credit (`杨某 摄`) names no one who reported: the line and the credit stay the report above's picture.
    expect(parsePage(brief("□杨某 摄")).articles[0]!.photos).toHaveLength(1);
  });
  it("in a signature's brackets a reporter's role vouches for the one name after it, however rare its surname; a kind of writing names no one", () => {
    const signed = (signature: string) => parsePage(page("游人内急 大寨子公园无法应急", "昨日，笔者游览大寨子公园，见公厕墙壁上并无标识，到处脏乱不堪。", "市民李先生说，公园虽然还在建设中，但每天游览的人很多。", "市民希望公园尽快完善公厕设施，并安排专人管护。", signature)).articles[0]!;
    expect(signed("（见习社区记者谯某）").authors).toEqual([{ role: "见习社区记者", name: "谯某" }]);
    expect(signed("（社区记者 赵某阳）").authors).toEqual([{ role: "社区记者", name: "赵某阳" }]);
    for (const note of ["（记者手记）", "（记者观察）", "（记者暗访）", "（通讯员 供图）", "（记者发自京）"]) expect(signed(note).authors, note).toEqual([]);
  });

  it("a date at the page's top whose weekday the copy lost (`2015年4月13日 星期`) is the running head's, no kicker", () => {
    const parsed = parsePage(page("2015年4月13日 星期", "人民广场 水池漂满垃圾", "市民呼吁快点清洗", "7日上午，家住人民广场附近的吴大妈向记者反映，广场上的水池已变成绿色。"));
    expect(parsed.furniture.map((f) => f.text)).toEqual(["2015年4月13日 星期"]);
    expect([parsed.articles[0]!.kicker, parsed.articles[0]!.title]).toEqual([null, "人民广场 水池漂满垃圾"]);
    // Under the page's first story, a date cut after 星期 is a detail's (`2024年5月20日 星期` / `一至星期五…`): no furniture.
    const notice = parsePage(page("关于缴纳物业费的通知", "各位业主：本小区2024年度物业费开始缴纳，请于下列时间到物业服务中心办理。", "2024年5月20日 星期", "一至星期五上午9:00—11:30。", "某某物业服务中心"));
    expect(notice.furniture).toEqual([]);
  });

  it("after a finished story and wider space, a line that seems to run on into the text under it may still head the next story", () => {
    const photo = (title: string, caption: string, credit: string) => [title, caption, credit].join("\n\n");
    const text = `${photo("“乡村周末大舞台” 点亮村民文化生活", "9月7日，某市博物馆在某镇某村举办乡村周末大舞台活动，为当地村民奉献了一份丰盛的文化大餐。", "某某晚报全媒体记者 姜某璐 摄")}\n\n\n${photo("“过街新模式”试行", "为预防道路交通事故发生，倡导行人养成“二次过街”停一停、不抢行的良好习惯，交警在路口进行劝导。", "通讯员 小某 摄")}`;
    expect(parsePage(text).articles.map((a) => [a.kind, a.title])).toEqual([["photo", "“乡村周末大舞台” 点亮村民文化生活"], ["photo", "“过街新模式”试行"]]);
    // (试行 / 为预防… reads 行为 across the break; with no wider space, the line goes on as the story's text.)
    expect(parsePage(evenlySpaced(text)).articles).toHaveLength(1);
    // A line that ends mid-word, `…落实主体责` / `任，…`, goes on with the story past the wider space (a picture between).
    const jumped = parsePage(`${page("某区开展安全生产大检查", "本报讯（记者 张某）近日，某区组织开展安全生产大检查，重点检查企业消防设施。")}\n\n\n${page("检查组要求企业落实主体责", "任，加强隐患排查，确保安全生产形势稳定。")}`).articles;
    expect(jumped.map((a) => a.paragraphs.at(-1))).toEqual(["检查组要求企业落实主体责任，加强隐患排查，确保安全生产形势稳定。"]);
  });

});

describe("round 74's forms", () => {
  it("a crosshead that states a figure reached (`规上工业增加值增长8.5%`) stays a crosshead of its report: a figure alone makes no news title", () => {
    const report = page("前三季度我市经济运行稳中向好", "本报讯（记者 张某）记者从市统计局获悉，前三季度全市地区生产总值同比增长6.2%，经济运行稳中向好。", "规上工业增加值增长8.5%", "前三季度，全市规模以上工业增加值同比增长8.5%，其中高技术制造业增长较快。", "固定资产投资增长12%", "前三季度，全市固定资产投资同比增长12%，工业投资和民间投资均保持较快增长。");
    const articles = parsePage(report).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toContain("规上工业增加值增长8.5%");
    expect(articles[0]!.paragraphs).toContain("固定资产投资增长12%");
  });
});

describe("pages whose columns cut a paragraph's first words short, evenly spaced", () => {
  const roles = (text: string, disabled: RuleName[] = []) => parsePage(text, { explain: true, disabled }).decisions!.map((d) => `${d.line}:${d.role}`);

  it("a sentence of three clauses after a photo story's signature goes on into the text under it: it heads no story", () => {
    const text = page("万人观展", "聚焦一线（崔某 摄）", "花丛中（康某 摄）", "◎ 都市报记者 曹某兵", "国庆节期间，由某市政协主办，某市诗书画院、市文联", "承办的庆祝中华人民共和国成立70周年摄影展，在江阳区东门口展览馆开展，吸引了数万名市民前来观看。");
    expect(roles(text)).not.toContain(`${at(4)}:title`);
    // (The learned fragment model reads this piece so too: with both off, it heads a story.)
    expect(roles(text, ["paragraph.narrative-line", "paragraph.learned-cut"])).toContain(`${at(4)}:title`);
    // (Two clauses are a title's form, `许愿放灯，别忘安全`; three closed by a dash are a deck's; three over a byline head its story.)
    for (const line of ["许愿放灯，别忘安全", "一次采访，一个相遇，一段记忆——"]) {
      expect(roles(page("万人观展", "聚焦一线（崔某 摄）", "花丛中（康某 摄）", "◎ 都市报记者 曹某兵", line, "近日，市民在千秋广场放飞孔明灯，消防部门提醒注意防火安全，切勿在林区附近燃放。")), line).toContain(`${at(4)}:title`);
    }
    const signed = parsePage(page("许昌香飘四方，建设魅力城市，该如何凭“香”添彩", "本报记者 王某", "近日，记者走访了许昌多家花木企业，听取他们对城市建设的建议。")).articles;
    expect(signed[0]!.title).toBe("许昌香飘四方，建设魅力城市，该如何凭“香”添彩");
  });

  it("under a headline's line, text that opens on a clause of one character or a particle's word is no cut: the line above is the deck", () => {
    // (Only a word across the break ends a headline's group early: `…获得提` / `振，` or `…路段` / `的银杏树` say nothing a deck does not.)
    for (const [title, deck, text] of [["回乡创业的年轻人", "——记柳树村返乡大学生张某的创业故事", "之所以选择回乡创业，是因为家乡有他放不下的乡亲和土地。"], ["家乡的秋天", "记柳树村的四季变化与乡村振兴", "秋，是收获的季节，田野里处处是金黄的稻浪。"], ["的哥的一天", "城东出租车司机张某的平凡坚守", "的哥张某今年五十岁，开出租车已经二十年了。"]]) {
      const [a] = parsePage(page(title!, deck!, text!)).articles;
      expect([a!.title, a!.subtitle], deck).toEqual([title, deck]);
    }
  });

  it("a span of time up to now, a relative year or a meeting's occasion may open a two-clause crosshead as well as a sentence", () => {
    // (The hand rules never glue such a line to the text under it as a sentence's start; the learned fragment model, asked
    // of two clauses as of any line, has its own say: see paragraph.learned-cut.)
    for (const heading of ["十年来，初心不改", "今年5月，茶园迎来丰收", "会上，委员建言"]) {
      const articles = parsePage(page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", heading, "村党支部书记张某带领村民修路架桥，村子变了模样。"), { disabled: ["paragraph.learned-cut"] }).articles;
      expect(articles.flatMap((a) => [a.title, ...a.paragraphs]), heading).toContain(heading);
    }
  });

  it("a line that leaves a date, an hour or a person's name open runs on into the next: it heads nothing", () => {
    const report = (...blocks: string[]) => parsePage(page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", ...blocks)).articles;
    for (const [line, next] of [["截至昨日下午", "5时，到救助管理站申请救助的共有12人，均已妥善安置。"], ["会议由市委书记吴", "某主持，市长王某出席并讲话，各县区负责人参加。"], ["代表团于2018年4月", "2日下午结束在柳树村的访问，启程返回。"]]) {
      const articles = report(line!, next!);
      expect(articles, line).toHaveLength(1);
      expect(articles[0]!.paragraphs.at(-1), line).toBe(line! + next!);
    }
    // (A date alone on its line heads a chronicle's entries: `2月` / `3日 …`.)
    const chronicle = parsePage(page("柳树村大事记", "本报记者 王某", "2023年，柳树村发生了许多变化，以下是一年来的大事。", "1月", "2日 村党支部召开全体党员大会。", "15日 村文化广场开工建设。", "2月", "3日 柳树村文化广场建成使用。")).articles;
    expect(chronicle.flatMap((a) => a.paragraphs)).toEqual(expect.arrayContaining(["2月", "3日 柳树村文化广场建成使用。"]));
  });
});

describe("a web copy's editor line in brackets", () => {
  it("goes to the page's furniture wherever it stands; a bracketed 编辑 under a story still signs it", () => {
    for (const line of ["(责任编辑：王某)", "（责任编辑：王某）", "【责任编辑：王某】", "〔责编 王某〕"]) {
      for (const blocks of [[...REPORT, line], [line, ...REPORT]]) {
        const parsed = parsePage(page(...blocks));
        expect(parsed.furniture.map((f) => f.text), line).toEqual([line]);
        expect(parsed.articles.map((a) => a.title), line).toEqual([REPORT[0]]);
      }
    }
    const signed = parsePage(page(...REPORT, "（编辑 王某）"));
    expect(signed.furniture).toEqual([]);
    expect(signed.articles[0]!.byline).toContain("（编辑 王某）");
  });
});

describe("a lead's reporters whose two-character names are padded for print", () => {
  it("reads `记者 张 某` after a lead's label as one name, as a byline line does, and leaves the text whole", () => {
    for (const lead of ["本报讯 记者 张 某 ", "本报南京12月3日电 记者 张 某 ", "本报北京１月５日讯　记者　张　某　", "本报讯 记者 张 某 通讯员 李 某 "]) {
      const [a] = parsePage(page("全市秋收进展顺利", `${lead}近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。`)).articles;
      expect(a!.authors[0], lead).toEqual({ role: "记者", name: "张某" });
      expect(a!.paragraphs, lead).toEqual(["近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。"]);
    }
    // (One character after a role that is no name's half, a figure after it: not joined.)
    const [b] = parsePage(page("全市秋收进展顺利", "本报讯 记者 张某 近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利。")).articles;
    expect(b!.authors).toEqual([{ role: "记者", name: "张某" }]);
  });
});

describe("a report's parts numbered or labelled as papers print them", () => {
  const REPORT_HEAD = ["全市秋收进展顺利", "本报讯（记者 张某）近日，全市各地抢抓晴好天气收割晚稻，秋收工作进展顺利，田间地头一派繁忙景象。"];
  const PART_ONE = "在东乡镇，农机手驾驶收割机在稻田里来回穿梭，农户们忙着装袋、晾晒，脸上洋溢着丰收的喜悦。";
  const PART_TWO = "市农业农村局组织技术人员深入田间地头，指导农户科学储粮，帮助联系销售渠道，确保颗粒归仓。";
  const parts = (first: string, second: string) => parsePage(page(...REPORT_HEAD, first, PART_ONE, second, PART_TWO), { explain: true });

  it("heads a part with a Han numeral in brackets (（一）…), a part number set off by a space (01 …, PART1 …) or a label in lenticular brackets (【…】)", () => {
    for (const [first, second] of [["（一）抢抓农时保收成", "（二）强化服务促增收"], ["01 抢抓农时", "02 强化服务"], ["1 抢抓农时", "2 强化服务"], ["PART1 抢抓农时", "PART2 强化服务"]]) {
      const parsed = parts(first!, second!);
      expect(parsed.articles.map((a) => a.title), first).toEqual(["全市秋收进展顺利"]);
      expect(parsed.articles[0]!.paragraphs, first).toEqual([REPORT_HEAD[1]!.replace("本报讯（记者 张某）", ""), first, PART_ONE, second, PART_TWO]);
      expect(parsed.decisions!.find((d) => d.line === 5)!.evidence, first).toEqual(expect.arrayContaining([{ feature: "crosshead.part-number", weight: 3 }]));
      expect(parsePage(page(...REPORT_HEAD, first!, PART_ONE, second!, PART_TWO), { disabled: ["crosshead.part-number"] }).articles.length, first).toBeGreaterThan(1);
    }
  });

  it("a single digit and a space before a count's word is a figure, no part's number (`2 名嫌疑人落网`, `5 月份…`)", () => {
    for (const line of ["2 名嫌疑人落网", "5 月份全市经济运行平稳"]) {
      expect(parts(line, "强化服务促增收").decisions!.find((d) => d.line === 5)?.evidence?.map((e) => e.feature) ?? [], line).not.toContain("crosshead.part-number");
    }
  });

  it("a part's number is weighed, not a list's: a series title numbered so heads its story over a byline, and a clause a citation cut stays whole", () => {
    const series = parsePage(page(...REPORT_HEAD, "（一）春耕时节话农事", "本报记者 王某", "春耕时节，记者走进城郊的田间地头，看到农户们正忙着翻地播种。")).articles;
    expect(series.map((a) => a.title)).toEqual(["全市秋收进展顺利", "（一）春耕时节话农事"]);
    const cited = parsePage(page("非法采砂被罚", "本报讯（记者 张某）法院审理认为，被告人的行为符合《某市矿产资源管理条例》第三十条第", "（一）项规定的情形，依法应予处罚。")).articles;
    expect(cited[0]!.paragraphs).toEqual(["法院审理认为，被告人的行为符合《某市矿产资源管理条例》第三十条第（一）项规定的情形，依法应予处罚。"]);
  });

});

describe("dialogue in a feature's text", () => {
  const HEAD = ["菜市场里的年味", "本报记者 王某", "腊月二十八，城东菜市场里人头攒动，年味越来越浓。"];
  it("a quoted line over another, or answering a quotation the paragraph above opened on, is the conversation (dialogue.exchange)", () => {
    for (const lines of [["“这鱼怎么卖？”", "“十五一斤，刚到的！”", "讨价还价声此起彼伏，热闹非凡。"], ["“生意好不好？”记者问。", "“好得很！”", "摊主李大姐笑得合不拢嘴。"]]) {
      const text = page(...HEAD, ...lines);
      expect(parsePage(text).articles.map((a) => a.title), lines[0]).toEqual(["菜市场里的年味"]);
      expect(parsePage(text, { disabled: ["dialogue.exchange"] }).articles.length, lines[0]).toBeGreaterThan(1);
    }
    expect(parsePage(page(...HEAD, "“这鱼怎么卖？”", "“十五一斤，刚到的！”"), { explain: true }).decisions!.some((d) => d.rule === "dialogue.exchange" || d.role === "title" && d.line > 1)).toBe(false);
  });
});

describe("a short line the learned fragment model reads as a paragraph's first piece (paragraph.learned-cut)", () => {
  const report = (...blocks: string[]) => page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", ...blocks);
  it("runs on into the text under it, where it would otherwise head a part of the text", () => {
    for (const [line, next] of [["记者就此事", "采访了柳树村村委会。村委会负责人表示，将尽快组织人员清理。"], ["记者随后来到柳树", "村村委会，村委会负责人表示，将尽快组织人员清理。"]]) {
      const text = report(line!, next!);
      expect(parsePage(text).articles[0]!.paragraphs.at(-1), line).toBe(line! + next!);
      expect(decisionAt(text, at(2)).rule, line).toBe("paragraph.learned-cut");
      expect(decisionAt(text, at(2), ["paragraph.learned-cut"]).role, line).toBe("crosshead");
    }
  });
  it("after a closed paragraph, heads no story with it either; a title over its deck and lead, or a label's title, still heads", () => {
    const unsigned = (...blocks: string[]) => page("柳树村的新变化", "日前，记者来到柳树村，看到村里处处是新景象。", ...blocks);
    const text = unsigned("记者随后来到东", "城区的一家超市，看到货架上摆满了新鲜蔬菜，价格也比上周便宜。");
    expect(parsePage(text).articles.map((a) => a.title)).toEqual(["柳树村的新变化"]);
    expect(decisionAt(text, at(2)).rule).toBe("paragraph.learned-cut");
    expect(decisionAt(text, at(2), ["paragraph.learned-cut"]).role).toBe("title");
    // (Over a deck and a lead, the line is a title: a headline group's form.)
    const grouped = unsigned("记者随后来到东", "城区的一家超市，看到货架上摆满了新鲜蔬菜，价格也比上周便宜", "本报讯（记者 张某）近日，东城区一家超市开业。");
    expect(parsePage(grouped).articles.map((a) => a.title)).toEqual(["柳树村的新变化", "记者随后来到东"]);
    // (A title over a picture's caption and credit is a photo story's; a title of a few words over a brief's text that opens
    // on its subject is a story's: the model scores such lines high, but not beyond doubt.)
    const photo = unsigned("在希望的田野上", "市民在人民公园的花海中拍照留念，园内的樱花、玉兰竞相开放。", "本报记者 李某 摄");
    expect(parsePage(photo).articles.map((a) => a.title)).toEqual(["柳树村的新变化", "在希望的田野上"]);
    for (const [title, text] of [["在希望的田野上", "他叫王某，今年45岁，在这条街上经营一家修鞋铺已经整整二十年。"], ["他们是最可爱的人", "东城区消防救援大队的指战员们在烈日下进行体能训练。"]]) {
      expect(parsePage(unsigned(title!, text!)).articles.map((a) => a.title), title).toEqual(["柳树村的新变化", title]);
    }
    // (A colon labelling the line: a title's form, `新加坡记者：说…`.)
    const labelled = unsigned("记者：随后来到东", "城区的一家超市，看到货架上摆满了新鲜蔬菜，价格也比上周便宜。");
    expect(parsePage(labelled, { explain: true }).decisions!.some((d) => d.rule === "paragraph.learned-cut")).toBe(false);
  });

  it("asks a line of two clauses beyond doubt only: a column's cut after a scene's comma runs on, a crosshead of two slogans stays", () => {
    // (With each tenth of the sets left out, the corpus's claused crossheads, `表彰先进，传播正能量`, all read as headings, and
    // pieces such as `班会课上，刘老师` / `流着泪对…` as pieces; made-up slogans over text, `党员带头，群众跟进`, score high as
    // often, so only TITLE_CUT_THRESHOLD counts.)
    const cut = report("班会课上，刘老师", "流着泪对同学们说：“我们都是一家人，要互相帮助。”同学们纷纷响应。");
    expect(parsePage(cut).articles[0]!.paragraphs.at(-1)).toBe("班会课上，刘老师流着泪对同学们说：“我们都是一家人，要互相帮助。”同学们纷纷响应。");
    expect(decisionAt(cut, at(2)).rule).toBe("paragraph.learned-cut");
    const heading = report("表彰先进，传播正能量", "近年来，柳树村大力发展特色产业，村民收入逐年提高，日子越过越红火。");
    expect(decisionAt(heading, at(2)).role).toBe("crosshead");
    // (A slogan the model scores between the two thresholds stays a heading: it must be sure.)
    const slogans = ["党建引领，激活发展动能", "小切口，大民生", "因地制宜，念好山水经", "活动现场，气氛热烈"];
    const rest = "村党支部书记王某带领村民修路架桥，村子变了模样。";
    for (const line of slogans.filter((l) => fragmentScore(l, rest)! < TITLE_CUT_THRESHOLD)) expect(decisionAt(report(line, rest), at(2)).rule, line).not.toBe("paragraph.learned-cut");
  });

  it("after the article's own crossheads, reads a line as a piece only beyond doubt (TITLE_CUT_THRESHOLD)", () => {
    // (There a line may stand beside the crossheads, or name a speaker under one: `县政协委员、某局科长吴某婷`.)
    const part = ["产业兴旺", "近年来，柳树村大力发展特色产业，村民收入逐年提高，日子越过越红火。"];
    const rest = "告诉记者，村里的路修好了，出行方便多了。";
    // (Lines the committed model scores either side of TITLE_CUT_THRESHOLD over this text; a retrained model moves scores, so
    // each is sorted by its score here, and each band must hold one.)
    const lines = ["村党支部书记", "村民们纷纷", "柳树村的张大爷", "一位村民说", "村里的老党员", "在村文化广场", "据村干部介绍", "村委会主任", "一位老党员", "村里的年轻人"];
    const scored = lines.map((line) => ({ line, score: fragmentScore(line, rest)! }));
    const between = scored.filter((x) => x.score >= FRAGMENT_THRESHOLD && x.score < TITLE_CUT_THRESHOLD);
    const beyond = scored.filter((x) => x.score >= TITLE_CUT_THRESHOLD);
    expect(between.length).toBeGreaterThan(0);
    expect(beyond.length).toBeGreaterThan(0);
    for (const { line } of between) {
      expect(decisionAt(report(line, rest), at(2)).rule, line).toBe("paragraph.learned-cut");
      expect(decisionAt(report(...part, line, rest), at(4)).rule, line).not.toBe("paragraph.learned-cut");
    }
    for (const { line } of beyond) expect(decisionAt(report(...part, line, rest), at(4)).role, line).toBe("paragraph");
  });

  it("under a headline's line, takes a line it reads beyond doubt as the text's first piece for text, no deck", () => {
    const text = page("市委全会召开", "4日，中共", "黄石市委十二届五次全体会议在市委礼堂召开，会议审议通过了有关文件。");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ title: "市委全会召开", subtitle: null });
    expect(a!.paragraphs[0]).toBe("4日，中共黄石市委十二届五次全体会议在市委礼堂召开，会议审议通过了有关文件。");
    expect(decisionAt(text, at(1)).rule).toBe("paragraph.learned-cut");
    expect(parsePage(text, { disabled: ["paragraph.learned-cut"] }).articles[0]!.subtitle).toBe("4日，中共");
    // (A headline's second line stays the headline's: `各地抢抓农时开展春耕生产` over text.)
    const deck = page("春到田间农事忙", "各地抢抓农时开展春耕生产", "连日来，全市各地抢抓晴好天气，组织农机下田作业，春耕生产有序推进。");
    expect(parsePage(deck).articles[0]!.paragraphs[0]).toBe("连日来，全市各地抢抓晴好天气，组织农机下田作业，春耕生产有序推进。");
  });

  it("leaves alone a heading of the text's own, and the forms the hand rules read as headings", () => {
    for (const [line, next] of [
      ["产业兴旺", "近年来，柳树村大力发展特色产业，村民收入逐年提高，日子越过越红火。"],
      // (A part's number, a quotation whole, a date alone: never what a column cut.)
      ["三、管理到位", "村里成立了环境整治小组，每周巡查一次，发现问题及时处理。"],
      ["“姜葱墙门”", "社区干部告诉记者，刚搬进新楼之后，邻里之间互不相识，许多人从不往来。"],
      ["2月", "3日 柳树村文化广场建成使用，村民们有了休闲娱乐的好去处，每天都很热闹。"],
      // (Over text that opens a sentence of its own, whatever the line: a piece's rest goes on with its sentence.)
      ["记者随后来到柳树", "他告诉记者，村委会已组织人员清理，预计本周内完成，村民们十分满意。"],
      ["记者随后来到柳树", "走进村子，一排排新房整齐排列，道路两旁绿树成荫，处处是新景象。"],
    ]) {
      expect(parsePage(report(line!, next!), { explain: true }).decisions?.some((d) => d.rule === "paragraph.learned-cut"), line).toBe(false);
    }
    // (Nor over a line too short to be the rest of a paragraph, that closes no sentence: `晚稻收割过半` / `书记在会上说：`.)
    expect(parsePage(report("记者就此事", "书记在会上说："), { explain: true }).decisions?.some((d) => d.rule === "paragraph.learned-cut")).toBe(false);
  });
});

describe("round 113's rules", () => {
  it("a letter a symbol font printed for a byline's mark, run into its role, leaves a byline a byline", () => {
    expect(readBylineLine("N某都记者 朱某敏 毛某青")).toMatchObject({ byline: "N某都记者 朱某敏 毛某青", authors: [{ role: "记者", name: "朱某敏" }, { role: "记者", name: "毛某青" }] });
    expect(readBylineLine("N某都记者 周某庆/文 黄某瑜/图")?.authors).toEqual([{ role: "记者", name: "周某庆" }, { role: "图", name: "黄某瑜" }]);
    // (Only where the rest names everyone by a role: a letter before a name alone, or before prose, is no mark.)
    expect(readBylineLine("A股市场 记者")).toBeNull();
    expect(readBylineLine("N朱某敏")).toBeNull();
  });

  it("a paper's site set apart before its reporter's role, right under a headline, is the byline", () => {
    const text = page("记者手记：感受新时代的新气息", "中国某某报网 记者 张某", "3月3日下午，11位新一届全国政协委员来到驻地，开始了他们的履职之旅。");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ title: "记者手记：感受新时代的新气息", subtitle: null, byline: "中国某某报网 记者 张某", authors: [{ role: "记者", name: "张某" }] });
    // (In the text, such a line may be one of a list of journalists a story names: there it stays text.)
    const listed = page("各地媒体聚焦我市", "本报讯（记者 李某）近日，多家媒体记者来到我市采访，他们是：", "中国某某报网 记者 张某", "某某日报社 记者 王某");
    expect(parsePage(listed).articles[0]!.byline).toBe("本报讯（记者 李某）");
    // (Nor under a heading over more such lines, nor over a line too short to be text, nor naming a photographer: a list, a
    // photo story's credit.)
    const bylines = (text: string) => parsePage(text).articles.map((a) => a.byline);
    expect(bylines(page("柳树村的新变化", "本报讯（记者 张某）日前，记者来到柳树村，看到村里处处是新景象。", "参加采访的媒体记者", "某某日报 记者 张某", "大某报 记者 王某", "采访团先后走访了多家企业和社区。"))).not.toContain("某某日报 记者 张某");
    expect(bylines(page("柳树村村民在大棚里采摘草莓", "大某报 摄影记者 王某", "市民乐享假日时光", "本报讯 近日，市民纷纷走出家门，乐享假日时光。"))).not.toContain("大某报 摄影记者 王某");
  });

  it("under a byline line, a brand's 讯 run straight into the text's day is the lead's label, over a caption printed first too (lead.brand-after-byline)", () => {
    const text = page("碰到路边小石头 小货车侧翻", "男子站在车尾，赤脚踩在座位上（网友供图）", "N某都记者 毛某青 文/图", "某都讯昨日上午11时左右，福州三环路上一辆小货车侧翻在路边，副驾上一男子受轻伤。");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ byline: "N某都记者 毛某青 文/图 某都讯", authors: [{ role: "记者", name: "毛某青" }] });
    expect(a!.paragraphs).toEqual(["昨日上午11时左右，福州三环路上一辆小货车侧翻在路边，副驾上一男子受轻伤。"]);
    expect(decisionAt(text, at(3)).rule).toBe("lead.brand-after-byline");
    // (Run into anything but a day, 讯 is a word's: `喜讯传来，…` opens text; so does news of something run into its day,
    // `这一喜讯昨日…`, `老人离世的死讯…`, `市教育局发布的资讯…`.)
    for (const opening of ["喜讯传来，福州三环路的改造工程提前完工，市民出行更加方便。", "这一喜讯昨日从省教育厅传来，我市三所学校获评省级示范校。", "期盼已久的喜讯今天终于传来，我市三所学校获评省级示范校。", "市教育局发布的资讯今年起每周更新，方便家长及时了解招生政策。"]) {
      const word = page("我市三所学校获评省级示范校", "N某都记者 毛某青 通讯员 李某", opening);
      expect(parsePage(word).articles[0]!.paragraphs[0], opening).toBe(opening);
    }
  });

  it("thanks for a tip after a story's text closes it and heads nothing (paragraph.tip-off)", () => {
    const text = page("碰到路边小石头 小货车侧翻", "本报讯 昨日上午11时左右，福州三环路上一辆小货车侧翻在路边，副驾上一男子受轻伤。", "感谢黄女士提供线索，奖励20元", "榕城五月 繁花似锦", "本报讯 一分流水，两分繁花。日前，福州的不少市民踏雨赏花。");
    const [a, b] = parsePage(text).articles;
    expect(a!.paragraphs.at(-1)).toBe("感谢黄女士提供线索，奖励20元");
    expect(b).toMatchObject({ kicker: null, title: "榕城五月 繁花似锦" });
    expect(decisionAt(text, at(2))).toMatchObject({ role: "paragraph", rule: "paragraph.tip-off" });
    expect(decisionAt(text, at(2), ["paragraph.tip-off"]).role).not.toBe("paragraph");
    // (Over a lead or a byline, thanks for a tip titles that story: `感谢市民提供线索 警方奖励5000元`.)
    for (const under of ["本报讯 昨日，市公安局向提供线索的市民颁发了5000元奖金。", "本报记者 张某"]) {
      const titled = page("碰到路边小石头 小货车侧翻", "本报讯 昨日上午11时左右，福州三环路上一辆小货车侧翻在路边，副驾上一男子受轻伤。", "感谢市民提供线索 警方奖励5000元", under, "据了解，这是我市今年发出的第三笔举报奖金。");
      expect(parsePage(titled).articles.map((a) => a.title), under).toEqual(["碰到路边小石头 小货车侧翻", "感谢市民提供线索 警方奖励5000元"]);
    }
  });

  it("a pointer to a related story by its title is furniture", () => {
    const text = page("记者采访政协委员分组讨论", "3月4日上午，全国政协十二届三次会议举行分组讨论，记者在会场采访。", "记者 史某舟/摄", "相关报道见：为中国经济建言献策 ——全国政协分组讨论会上的经济界委员");
    const parsed = parsePage(text);
    expect(parsed.furniture.map((f) => f.text)).toContain("相关报道见：为中国经济建言献策 ——全国政协分组讨论会上的经济界委员");
    expect(parsed.articles.flatMap((a) => a.paragraphs).join("")).not.toContain("相关报道见");
    // (A sentence that closes is text: `相关报道见：…。` is none.)
    expect(parsePage(page("某某", "更多新闻见：本报记者走访了全市十个社区，发现问题不少。")).furniture).toEqual([]);
  });
});

describe("a crosshead's own words, weighed against the page (crosshead.shared-vocabulary)", () => {
  it("count as much shared only when the page's theme is not all the line shares with the article", () => {
    const theme = page("某某日报读者见面会在拉萨举行", "本报记者 张某", "7月1日，某某日报读者见面会在拉萨举行，某某日报读者代表畅谈读报体会。", "某某日报读者代表说，希望某某日报读者服务更上一层楼。", "某某日报读者座谈", "座谈会上，大家畅所欲言，纷纷为某某日报读者服务建言献策。", "某某日报读者俱乐部成立", "本报讯 9月3日，某某日报读者俱乐部成立，某某日报读者踊跃报名。", "某某日报读者来信选登", "本报讯 某某日报读者来信，反映某某日报读者服务热线很方便。");
    const weights = (text: string) => (decisionAt(text, at(4)).evidence ?? []).filter((e) => e.feature === "crosshead.shared-vocabulary").map((e) => e.weight);
    // (某某日报读者, on every story of the page, is all the line shares: some, not much.)
    expect(weights(theme)[0]).toBe(1);
    // (The article's own words, 见面会, 代表, shared by the line: much.)
    const own = theme.replace("某某日报读者座谈", "读者代表见面会座谈");
    expect(weights(own)[0]).toBe(3);
  });
});

describe("a page's first line cut mid-word by its column (paragraph.page-top-cut)", () => {
  it("is text whose headline the page does not print, never a title; a line ending on a whole word still heads", () => {
    const text = page("自新闻界开展“走转改”活", "动以来，本报记者编辑深入基层、贴近实际、走进群众，推出一系列调研报道。图为记者在采访。", "本报通讯员 李某根摄", "某某印点受到各界欢迎", "本报讯 7月1日凌晨，某某报首次在拉萨开印，读者当天就能看到报纸。");
    const [a, b] = parsePage(text).articles;
    expect(a!.title).toBeNull();
    expect(a!.paragraphs[0]).toBe("自新闻界开展“走转改”活动以来，本报记者编辑深入基层、贴近实际、走进群众，推出一系列调研报道。图为记者在采访。");
    expect(b!.title).toBe("某某印点受到各界欢迎");
    expect(parsePage(text, { disabled: ["paragraph.page-top-cut"] }).articles[0]!.title).toBe("自新闻界开展“走转改”活");
    expect(parsePage(page(...REPORT)).articles[0]!.title).toBe("全市秋收进展顺利");
  });
});

describe("reporters' brackets opening the text, naming the writer beside the photographer", () => {
  it("are the lead's, each name with the role printed before it; a picture's credit alone in brackets opens no text", () => {
    const lead = (bracket: string) => parsePage(page("市领导参加义务植树", `${bracket}春回大地万物苏，植树播绿正当时。4月12日下午，市领导参加义务植树。`, "大家挥锹铲土、培土围堰，干劲十足。")).articles[0]!;
    expect(lead("（记者 文/姜某勇 图/张某）")).toMatchObject({ byline: "（记者 文/姜某勇 图/张某）", authors: [{ role: "文", name: "姜某勇" }, { role: "图", name: "张某" }] });
    expect(lead("（记者 姜某勇/文 张某/图）").authors).toEqual([{ role: "记者", name: "姜某勇" }, { role: "图", name: "张某" }]);
    expect(lead("（记者 张某 摄）").byline).toBeNull();
  });
});

describe("captions over a writer's own byline of words and pictures (caption.over-byline)", () => {
  it("are the pictures' captions when the byline names one who wrote and took them, with no reporter's role", () => {
    const text = page("列车上的扶贫年货会", "列车工作人员打扫车厢卫生。", "宁强县文艺志愿者龚某明在列车上演唱羌族歌曲。", "黎某华文/图", "1月28日是农历小年，某车务段在列车上举行扶贫年货节，让乘客在列车上体验浓浓年味。", "15年如一日，这列仅有4节车厢的“绿皮小慢车”每天穿行在崇山峻岭间。");
    const [a] = parsePage(text).articles;
    expect(a).toMatchObject({ byline: "黎某华文/图", authors: [{ role: "文/图", name: "黎某华" }] });
    expect(a!.photos.map((p) => [p.caption, p.credit])).toEqual([["列车工作人员打扫车厢卫生。", ""], ["宁强县文艺志愿者龚某明在列车上演唱羌族歌曲。", ""]]);
    expect(decisionAt(text, at(1)).rule).toBe("caption.over-byline");
    // (A bare name, no note of pictures: the sentences are the text's, the name signs them.)
    const signed = page("列车上的扶贫年货会", "列车工作人员打扫车厢卫生。", "宁强县文艺志愿者龚某明在列车上演唱羌族歌曲。", "黎某华", "1月28日是农历小年，某车务段在列车上举行扶贫年货节，让乘客在列车上体验浓浓年味。");
    expect(parsePage(signed).articles.flatMap((x) => x.photos)).toEqual([]);
  });
});

describe("round 116's rules", () => {
  it("the house's place and 讯 closed by a colon is a lead, as with a space after it", () => {
    expect(readLead("本报哈密讯：昨天，北京开往乌鲁木齐的列车上，一名乘客因中途发低烧被隔离。")).toMatchObject({ byline: "本报哈密讯：", authors: [], rest: "昨天，北京开往乌鲁木齐的列车上，一名乘客因中途发低烧被隔离。" });
    expect(readLead("本报哈密讯 昨天，北京开往乌鲁木齐的列车上，一名乘客因中途发低烧被隔离。")?.byline).toBe("本报哈密讯");
  });

  it("a news label printed after the reporters' names, the paper set apart from its place or not, belongs to the lead", () => {
    const text = "昨天，北京开往乌鲁木齐的列车上，一名乘客因中途发低烧，在哈密火车站被紧急隔离。";
    for (const label of ["本报哈密讯：", "某某晨报 哈密讯：", "本报哈密5月12日讯 "]) {
      const [a] = parsePage(page("一名发烧旅客被隔离", `本报特派记者王某 ${label}${text}`, "哈密地区卫生防疫站立即向自治区作了汇报。")).articles;
      expect(a, label).toMatchObject({ byline: `本报特派记者王某 ${label.trim()}`, authors: [{ role: "特派记者", name: "王某" }] });
      expect(a!.paragraphs[0], label).toBe(text);
    }
    const [dated] = parsePage(page("一名发烧旅客被隔离", `本报特派记者王某 本报哈密5月12日讯 ${text}`)).articles;
    expect(dated!.dateline).toEqual({ agency: "本报", place: "哈密", date: "5月12日" });
    // (Prose shaped alike stays text: no place before 讯, a word ending in 报 that names no paper, 电 with no day.)
    for (const prose of ["本报近日收到喜讯：我市选手在全国比赛中获得冠军。", "本报热线电话接到市民反映，小区已停水三天。"]) {
      const [p] = parsePage(page("一名发烧旅客被隔离", `本报特派记者 王某 ${prose}`)).articles;
      expect(p!.paragraphs[0], prose).toBe(prose);
    }
    expect(readLead("本报近日收到喜讯：我市选手在全国比赛中获得冠军。")).toBeNull();
    // (Text that merely opens on a word with 讯 in it stays text: `哈密讯息中心…`.)
    const [prose] = parsePage(page("一名发烧旅客被隔离", `本报特派记者 王某 哈密讯息中心近日发布消息，北京开往乌鲁木齐的列车将加开班次。`)).articles;
    expect(prose!.paragraphs[0]).toBe("哈密讯息中心近日发布消息，北京开往乌鲁木齐的列车将加开班次。");
  });
});

describe("round 117's rules", () => {
  it("a lead's label and reporters closed by a bracket the copy never opened is read with the bracket put back", () => {
    expect(readLead("某某报消息记者 甲某）5月18日，华人华侨联合总会邀请足球俱乐部举行座谈会。")).toMatchObject({ byline: "某某报消息记者 甲某）", authors: [{ role: "记者", name: "甲某" }], rest: "5月18日，华人华侨联合总会邀请足球俱乐部举行座谈会。" });
    expect(readLead("本报讯记者 张某）昨日，记者来到柳树村。")).toMatchObject({ byline: "本报讯记者 张某）", authors: [{ role: "记者", name: "张某" }], rest: "昨日，记者来到柳树村。" });
    // (No news label before the role, or a word for a name: prose, or a sentence's aside.)
    expect(readLead("他说记者 张某）昨日来到柳树村。")).toBeNull();
    expect(readLead("群众来讯记者 李某 核实）后，立即赶到现场。")?.byline).not.toBe("群众来讯记者 李某 核实）");
    expect(readLead("此前本报刊发的消息记者 张某报道）引起关注。")).toBeNull();
    // (So read, the next story's title over it heads its story: without the lead the learned cut took the title for a piece.)
    const text = page("某某侨界代表祝贺某某获人民奖", "本报讯（记者 易某）2月12日下午，某某荣获人民奖，侨界代表前往现场向他表示祝贺。", "其他嘉宾也纷纷在讲话中表示对华人群体的支持。", "阿斯图里亚斯华人华侨联合总会与皇家奥维多足球俱乐部友好洽谈", "某某报消息记者 木某）5月18日，华人华侨联合总会邀请足球俱乐部在协会会议室举行座谈会。");
    expect(parsePage(text).articles.map((a) => [a.title, a.byline])).toEqual([["某某侨界代表祝贺某某获人民奖", "本报讯（记者 易某）"], ["阿斯图里亚斯华人华侨联合总会与皇家奥维多足球俱乐部友好洽谈", "某某报消息记者 木某）"]]);
  });

  it("a paper's 消息 from a place it names, the reporters' brackets after it, is a lead", () => {
    expect(readLead("某某报马德里消息（记者 阳某）2月16日下午，马德里中国春节庙会盛大开幕。")).toMatchObject({ byline: "某某报马德里消息（记者 阳某）", authors: [{ role: "记者", name: "阳某" }], rest: "2月16日下午，马德里中国春节庙会盛大开幕。" });
    // (Only a paper's name and a place: `警方通报最新消息（记者 甲）…`, `天气预报最新消息…` are prose.)
    expect(readLead("警方通报最新消息（记者 王某）昨晚，一名男子被抓获。")).toBeNull();
    expect(readLead("据市民报料最新消息（记者 王某）昨晚，一名男子被抓获。")).toBeNull();
    // (Only with the reporters read: a place and 消息 alone open no lead, `某某报马德里消息灵通…`.)
    expect(readLead("某某报马德里消息（图）2月16日下午，马德里中国春节庙会盛大开幕。")).toBeNull();
  });
});

describe("round 119's rules", () => {
  it("captions an arrow opens, one over the other over a credit, are that credit's captions, one entry (caption.arrowed-run)", () => {
    const text = page("华人社协扮鬼扮马筹款", "【某报专讯】华人社区协会昨日举办万圣节化妆筹款餐舞会，一众市议员及社区人士均以别出心裁的打扮出现。", "大会还设有最佳服装奖，慈善与娱乐兼备，可谓一举两得。", "▲这名宾客的造型可算是极具惊吓性。", "▲市长某某（左）与护士打扮的市议员（中）合照。", "（陈某茵摄）");
    const [a] = parsePage(text).articles;
    expect(a!.paragraphs).toEqual(["华人社区协会昨日举办万圣节化妆筹款餐舞会，一众市议员及社区人士均以别出心裁的打扮出现。", "大会还设有最佳服装奖，慈善与娱乐兼备，可谓一举两得。"]);
    expect(a!.photos).toEqual([{ caption: "这名宾客的造型可算是极具惊吓性。\n市长某某（左）与护士打扮的市议员（中）合照。", credit: "（陈某茵摄）", photographers: [{ role: null, name: "陈某茵" }] }]);
    expect(parsePage(text, { disabled: ["caption.arrowed-run"] }).articles[0]!.paragraphs).toContain("这名宾客的造型可算是极具惊吓性。");
    // (Not a list's items an arrow opens over a picture's caption: no line places people in a picture, a label's colon, a
    // semicolon's close, or a lead-in's colon above them.)
    const caption = ["▲工人在某小区内施工。", "（陈某茵摄）"];
    for (const items of [["▲不要私拉乱接电线。", "▲不要在楼道内堆放杂物。"], ["▲记者：活动什么时候开始？", "▲王某（左）：下周一。"], ["▲加快老旧小区改造；", "▲推进道路微循环（左）；"]]) {
      const [listed] = parsePage(page("老旧小区改造提速", "本报讯（记者 张某）今年，我市将实施一批民生工程，具体包括：", ...items, ...caption)).articles;
      expect(listed!.photos.map((p) => p.caption), items[0]).toEqual(["工人在某小区内施工。"]);
    }
    const [afterColon] = parsePage(page("老旧小区改造提速", "本报讯（记者 张某）今年，我市将实施一批民生工程，具体包括：", "▲市长某某（左）与居民交谈。", "▲居民在新装的电梯前合影。", "（陈某茵摄）")).articles;
    expect(afterColon!.photos.map((p) => p.caption)).toEqual(["居民在新装的电梯前合影。"]);
    // (Only lines an arrow opens: the text's own paragraph above them stays text, and without an arrow on the caption nothing is joined.)
    const plain = page("华人社协扮鬼扮马筹款", "【某报专讯】华人社区协会昨日举办万圣节化妆筹款餐舞会。", "▲这名宾客的造型可算是极具惊吓性。", "市长某某（左）与护士打扮的市议员（中）合照。", "（陈某茵摄）");
    expect(parsePage(plain).articles[0]!.photos.map((p) => p.caption)).toEqual(["市长某某（左）与护士打扮的市议员（中）合照。"]);
  });

  it("a line that opens 除了 and leaves it open, its 之外 to come, was cut inside it: it heads nothing", () => {
    expect(endsMidPhrase("大会除了安排多项精彩歌舞表演")).toBe(true);
    expect(endsMidPhrase("除了读书之外")).toBe(false);
    expect(endsMidPhrase("除了读书，还要行路")).toBe(false);
    // (除 of a verb: `拆除了`, `摘除了`; a frame its clause closes, `还`, `也`, or a headline's space.)
    expect(endsMidPhrase("违章建筑被拆除了")).toBe(false);
    expect(endsMidPhrase("医生为患者摘除了30斤重肿瘤")).toBe(false);
    for (const title of ["除了金牌还有什么", "除了颜值还有实力", "除了坚持 别无选择", "除了爱 一无所有"]) expect(endsMidPhrase(title), title).toBe(false);
    // (Not a photo story's title over the captions and credit under it: the paragraph's first piece.)
    const text = page("华人社协扮鬼扮马筹款", "【某报专讯】华人社区协会昨日举办万圣节化妆筹款餐舞会，一众市议员及社区人士均以别出心裁的打扮出现。", "大会除了安排多项精彩歌舞表演", "及拍卖活动娱宾之外，还设有最佳服装奖，慈善与娱乐兼备，可谓一举两得。", "▲这名宾客的造型可算是极具惊吓性。", "▲市长某某（左）与护士打扮的市议员（中）合照。", "（陈某茵摄）");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.title)).toEqual(["华人社协扮鬼扮马筹款"]);
    expect(articles[0]!.paragraphs[1]).toBe("大会除了安排多项精彩歌舞表演及拍卖活动娱宾之外，还设有最佳服装奖，慈善与娱乐兼备，可谓一举两得。");
  });
});

describe("round 121's rules", () => {
  it("a news page's name alone atop the page is its running head, never the first story's title", () => {
    for (const head of ["地方新闻", "本地新闻", "国际新闻"]) {
      const p = parsePage(page(head, "糖尿病筛查逾千人参与", "由阳明大学教授周某带领的团队将自元月底至二月初，进行为期十日的镇民糖尿病筛查计划。"));
      expect(p.furniture, head).toEqual([{ line: 1, text: head }]);
      expect(p.articles.map((a) => a.title), head).toEqual(["糖尿病筛查逾千人参与"]);
    }
    // (A column's label, `评论`, or a picture's, `图片新闻`, may head the first story: not read so.)
    expect(parsePage(page("图片新闻", "秋收时节稻谷飘香", "市民在田间体验收割的乐趣。", "本报记者 张某 摄")).furniture).toEqual([]);
  });

  it("a title may end on 参与, a verb whole: at the page's top over unsigned text it heads its story", () => {
    expect(endsMidPhrase("糖尿病筛查逾千人参与")).toBe(false);
    expect(endsMidPhrase("记者采访了张某与")).toBe(true);
    const [a] = parsePage(page("糖尿病筛查逾千人参与", "由阳明大学教授周某带领的团队将自元月底至二月初，进行为期十日的镇民糖尿病筛查计划。", "镇卫生所表示，筛查将持续到本周末。")).articles;
    expect(a).toMatchObject({ title: "糖尿病筛查逾千人参与", paragraphs: ["由阳明大学教授周某带领的团队将自元月底至二月初，进行为期十日的镇民糖尿病筛查计划。", "镇卫生所表示，筛查将持续到本周末。"] });
  });

  it("a number in characters cut after its tens runs on across the break: under a title, the text's first line, no deck", () => {
    expect(columnCut("第十六届运动会暨九十", "七年度全国田径菁英赛，发挥得淋漓尽致")).toBe("word-across");
    // (A heading's short line may end on one: `年过五十` / `一位老人…`.)
    expect(columnCut("年过五十", "一位老人在公园晨练")).not.toBe("word-across");
    const [a] = parsePage(page("县运会快报提供及时信息", "第十六届运动会暨九十", "七年度全国田径菁英赛，发挥得淋漓尽致，金城国中的小记者穿梭在各项比赛场地。")).articles;
    expect(a).toMatchObject({ title: "县运会快报提供及时信息", subtitle: null });
    expect(a!.paragraphs[0]).toBe("第十六届运动会暨九十七年度全国田径菁英赛，发挥得淋漓尽致，金城国中的小记者穿梭在各项比赛场地。");
  });
});

describe("round 121's signatures", () => {
  it("a compiled report's signature, `本报综合报道`, after the text closes its story and names no one", () => {
    expect(readBylineLine("本报综合报道")).toEqual({ byline: "本报综合报道", dateline: null, authors: [] });
    expect(readBylineLine("某某商报综合报道")?.authors).toEqual([]);
    expect(readBylineLine("综合报道")?.byline).toBe("综合报道");
    const articles = parsePage(page("蓝营集会逾三百万人", "选举进入最后阶段，蓝绿两营昨日分别举行大型集会，造势声势浩大。", "本报综合报道", "竞选经理中六刀命危", "一名竞选经理昨晚在元朗遇袭，身中六刀，伤势危殆。")).articles;
    expect(articles.map((a) => [a.title, a.byline])).toEqual([["蓝营集会逾三百万人", "本报综合报道"], ["竞选经理中六刀命危", null]]);
    // (Not a sentence that says so: `据本报综合报道，…`.)
    expect(readBylineLine("据本报综合报道，今年以来")).toBeNull();
  });
});

describe("round 122's rules", () => {
  it("a line may end on a noun whole that ends in 向 (动向, 方向, 走向): a column's label over its title is the kicker", () => {
    for (const word of ["动向", "选举凸显民意走向", "坚持正确方向"]) expect(endsMidPhrase(word), word).toBe(false);
    // (向 alone still wants where to: `…记者面向`, `…他们向`.)
    expect(endsMidPhrase("代表团成员纷纷向")).toBe(true);
    const story = ["民建联台湾偷师 选举搞配票", "区议会选举下周日便是投票日，但不少政界老友都奇怪，今时今日，已是选举倒数日。"];
    expect(parsePage(page("动向", ...story)).articles[0]).toMatchObject({ kicker: "动向", title: "民建联台湾偷师 选举搞配票" });
    // (Under text carried over from another page, too: the label and title head the page's first story.)
    expect(parsePage(page("上一篇文章的最后一段。", "动向", ...story)).articles.map((a) => [a.kicker, a.title])).toEqual([["动向", "民建联台湾偷师 选举搞配票"]]);
  });

  it("a columnist's contact line closes the text as a sentence does: the signature under it signs the piece", () => {
    for (const contact of ["e-mail:wuerwen@example.com", "电邮：wuerwen@example.com", "e-mail:[email protected]"]) {
      const articles = parsePage(page("动向", "民建联台湾偷师 选举搞配票", "区议会选举下周日便是投票日，但不少政界老友都奇怪，今时今日，已是选举倒数日。", contact, "■吴尔文", "较上届多48人参选", "为迎战明年立法会选举，各党派积极争取下月区议会选举直选的四百个议席。")).articles;
      expect(articles.map((a) => [a.title, a.byline]), contact).toEqual([["民建联台湾偷师 选举搞配票", "吴尔文"], ["较上届多48人参选", null]]);
      expect(articles[0]!.paragraphs.at(-1), contact).toBe(contact);
    }
  });
});

describe("round 127's rules", () => {
  it("a determiner, measure word or conjunction at a line's end leaves no phrase open over a line that opens on its own time and a comma", () => {
    expect(columnCut("城区新增公共停车位800个", "今年以来，市城管局在城区新建公共停车场六处。")).toBeNull();
    // (Over a noun, the count still wants it; a preposition may take the time, `将于` / `3月15日，`.)
    expect(columnCut("今年全市新建了3个", "示范点，带动周边群众就业。")).toBe("phrase-open");
    expect(columnCut("第十届市民文化节将于", "3月15日，在市文化广场开幕。")).toBe("phrase-open");
    // (A figure and its measure word close a title whose noun stands before them.)
    for (const title of ["城区新增公共停车位800个", "新区累计引进产业项目超千个"]) expect(isBareTitle(title), title).toBe(true);
    const briefs = ["我市新增两家专精特新企业", "近日，工业和信息化部公布第五批名单，我市两家企业榜上有名。", "城区新增公共停车位800个", "今年以来，市城管局在城区新建公共停车场六处，缓解了老城区停车难问题。"];
    expect(parsePage(page(...REPORT, ...briefs)).articles.map((a) => a.title)).toEqual(["全市秋收进展顺利", "我市新增两家专精特新企业", "城区新增公共停车位800个"]);
  });

  it("a credit closed in brackets, `（全媒体记者 甲 摄）`, is whole: reporters named under it are the text's byline", () => {
    const text = page("携民意而来 赴盛会之约", "代表们在熟悉政府工作报告等有关材料。 （全媒体记者 吴某霖 摄）", "●全媒体记者 梁某婷 丁某玉", "冬日渐暖，盛会已至。", "1月13日，出席市人大会议的代表们陆续抵达各代表团驻地报到。");
    const [article] = parsePage(text).articles;
    expect([article!.byline, article!.photos.map((p) => p.credit)]).toEqual(["全媒体记者 梁某婷 丁某玉", ["（全媒体记者 吴某霖 摄）"]]);
    // (A credit that names people by roles with no 摄 is open: the next line of people by roles is its second line.)
    const open = parsePage(page("图片新闻", "3月24日，市民在湖畔公园赏花踏青，感受春日美景。", "本报记者 张某", "本报通讯员 李某")).articles[0]!;
    expect(open.photos.map((p) => p.credit)).toEqual(["本报记者 张某 本报通讯员 李某"]);
  });

  it("three names run together after a role, longer than one name may be, are read apart; words split by surnames are not", () => {
    expect(readBylineLine("湖南日报全媒体记者肖某黄某然易某")?.authors).toEqual([{ role: "全媒体记者", name: "肖某" }, { role: "全媒体记者", name: "黄某然" }, { role: "全媒体记者", name: "易某" }]);
    expect(readBylineLine("本报记者王晓明李大伟张小红")?.authors.map((a) => a.name)).toEqual(["王晓明", "李大伟", "张小红"]);
    // (`来到红` / `海滩` / `国家`: surnames open words too; a reporter's act under a lead is text.)
    expect(readBylineLine("记者来到红海滩国家")).toBeNull();
  });

  it("a name, then what the writer is after a space or in brackets (`某某 民建中央原副秘书长`, `某某（市政协委员）`), is an essay's byline, no subtitle", () => {
    for (const [line, name] of [["李某卓 武汉民革党员、抗战老兵", "李某卓"], ["安冠英 民建中央原副秘书长", "安冠英"], ["张某 市人大代表", "张某"], ["张某（市政协委员）", "张某"], ["李某华（北京大学教授）", "李某华"]] as const) {
      expect(readBareName(line), line).toEqual({ byline: line, dateline: null, authors: [{ role: null, name }] });
      const [article] = parsePage(page("我与报纸的忘年之交", line, "今年报纸满60周岁了，我也已97岁了。回顾自己的一生，与报纸结下了不解之缘。")).articles;
      expect([article!.subtitle, article!.byline], line).toEqual([null, line]);
    }
    // (No praise and no 的: a heading naming someone so, `王某明 最美乡村教师`, is no byline; nor words that are no name.)
    for (const line of ["王某明 最美乡村教师", "春天 来了的党员", "新时代 好党员", "春天（最美的党员）", "王大妈 老党员"]) expect(readBareName(line), line).toBeNull();
    // (Read where a bare name is, never as a byline line: mid-text the same line labels a speaker, and several such lines are
    // the speakers of a piece's parts, no writer of it.)
    const voices = page("代表委员热议政府工作报告", "本报记者 张某 李某", "连日来，出席市两会的代表委员认真审议讨论政府工作报告，大家纷纷表示，报告务实提气。", "王某 市人大代表", "报告提出要加快建设现代化产业体系，我们企业倍感振奋，将加大研发投入。", "李某华 市政协委员", "报告对教育工作着墨很多，我将立足岗位，为办好人民满意的教育贡献力量。");
    expect(parsePage(voices).articles.flatMap((a) => a.authors.map((x) => x.name))).toEqual(["张某", "李某"]);
    const box = page("两会好声音", "王某 市人大代表", "“报告提出要加快建设现代化产业体系，我们企业倍感振奋。”", "李某华 市政协委员", "“报告对教育工作着墨很多，我将立足岗位。”");
    expect(parsePage(box).articles.flatMap((a) => a.authors)).toEqual([]);
  });

  it("a middle dot before a name alone on its line marks a signature: the byline keeps the dot, the author is the name", () => {
    expect(readBareName("·刘某文")).toEqual({ byline: "·刘某文", dateline: null, authors: [{ role: null, name: "刘某文" }] });
    const [article] = parsePage(page("报社一家", "·刘某文", "汕尾报社成立三十年了，我在这里工作了二十多年，见证了报社从小到大的变化。")).articles;
    expect([article!.subtitle, article!.byline, article!.authors]).toEqual([null, "·刘某文", [{ role: null, name: "刘某文" }]]);
    // (A dot inside a name or a title, a column cut before it, is text: `·针织专刊》的诞生…`; nor is a label or a word a name, `·快评`, `·江南`.)
    for (const line of ["·针织专刊》的诞生", "·快评", "·江南"]) expect(readBareName(line), line).toBeNull();
  });

  it("a block glyph (█) leading a name, a space after it, is layout, as ■ is; run into text it marks a character a transcription could not read", () => {
    const [article] = parsePage(page("我与报纸的缘分", "█ 孙某业", "20世纪80年代末，潍坊市委组织部和统战部联合为民主党派公开考选机关干部。")).articles;
    expect([article!.subtitle, article!.byline, article!.authors]).toEqual([null, "孙某业", [{ role: null, name: "孙某业" }]]);
    const old = parsePage(page("接收工作仍呈停顿", "〔本报长春二日电〕东北各部门接收工作，现呈停顿状态。", "██部长昨日由渝飞抵长春，接收工作即将展开。")).articles[0]!;
    expect(old.paragraphs.at(-1)).toBe("██部长昨日由渝飞抵长春，接收工作即将展开。");
  });

  it("a part's label in lenticular brackets under a byline printed after the pictures: the byline heads the text, the label its first paragraph", () => {
    const body = ["清水江奔涌，渠水驰骋，两河在怀化洪江市相拥，沅江干流段由此开始。2014年2月，托口水电站关闸蓄水，清江湖面世。", "崇山峻岭间，电站轰鸣，点亮万家灯火，清江湖蓄洪灌溉，下游洪患不再频发。"];
    const text = page("侗歌飘荡清江湖", "清江湖国家湿地公园。杨某建摄", "夕阳下的清江湖露营基地。杨某滨摄", "本报记者 肖某 黄某然", "【大湖名片】", ...body);
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline, a.photos.length, a.paragraphs])).toEqual([["侗歌飘荡清江湖", "本报记者 肖某 黄某然", 2, ["【大湖名片】", ...body]]]);
    expect(parsePage(text, { disabled: ["byline.after-pictures"] }).articles.length).toBe(2);
  });

  it("a line that is one quotation whole, a pull quote, closes its paragraph; its speaker named under it goes on with it", () => {
    const quote = "“每天最惬意的，就是傍晚和家人在湖边散步，看日落、吹晚风”";
    const next = "盛夏时节，记者来到清江湖，为一睹万顷琉璃风采，也为探寻千年古镇的身世。";
    const lead = "本报讯（记者 张某）清江湖多故事：它的身体里，隐藏着一座千年商埠重镇。";
    expect(parsePage(page("侗歌飘荡清江湖", lead, quote, next)).articles[0]!.paragraphs).toEqual(["清江湖多故事：它的身体里，隐藏着一座千年商埠重镇。", quote, next]);
    expect(parsePage(page("侗歌飘荡清江湖", lead, quote, "村民李某说。")).articles[0]!.paragraphs).toEqual(["清江湖多故事：它的身体里，隐藏着一座千年商埠重镇。", `${quote}村民李某说。`]);
    expect(parsePage(page("侗歌飘荡清江湖", lead, quote, next), { disabled: ["paragraph.pull-quote"] }).articles[0]!.paragraphs).toHaveLength(2);
    // (Where a column cut runs the quotation on into the next line, `…金山银山”` / `的理念在这里…`, it goes on.)
    const slogan = "“绿水青山就是金山银山，冰天雪地也是金山银山”";
    expect(parsePage(page("生态村里好风景", lead, slogan, "的理念在这里深入人心，村民们守护生态的意识越来越强。")).articles[0]!.paragraphs.at(-1)).toBe(`${slogan}的理念在这里深入人心，村民们守护生态的意识越来越强。`);
  });

  it("a line with no clauses under crossheads in clauses (or the other way round) leans a little to another story (story.unlike-crosshead-form)", () => {
    const text = page("五龙渡口的往事", "三峡晚报讯 本报记者 丁某 聂某", "说起五龙，更多的宜昌人第一反应就是农家乐和五龙渡口。", "7日这天下午，我们来到五龙渡口时，只有几名垂钓者坐在江边。老人说，宜昌大撤退时，民生公司的船只曾在五龙渡口停靠装货。", "码头兴旺，渡口繁忙", "随着《敦刻尔克》热映，宜昌大撤退不时被人提起。1938年，民生公司在五龙修建增设码头，宜昌码头船只往来不绝。", "善变沮漳一河碧水入长江", "绵绵冬雨之下，枝江市江口长江大堤水泥路面湿漉漉的，我们从这里开始了沮漳河的探访，宜昌的朋友说这里曾是码头。");
    const evidence = (disabled: RuleName[]) => (parsePage(text, { explain: true, disabled }).decisions?.find((x) => x.line === at(6)) as { evidence?: Array<{ feature: string }> } | undefined)?.evidence?.map((e) => e.feature) ?? [];
    expect(evidence([])).toContain("story.unlike-crosshead-form");
    expect(evidence(["story.unlike-crosshead-form"])).not.toContain("story.unlike-crosshead-form");
  });

  it("a dispatch in round or tortoise-shell brackets opens a lead; a further dispatch of the same house under the article is its next paragraph", () => {
    for (const lead of ["（本报长春二日电）", "〔本报长春二日电〕", "（新华社北京3日电）"]) expect(readLead(`${lead}东北各部门接收工作，现呈停顿状态。`), lead).toMatchObject({ byline: lead, authors: [], rest: "东北各部门接收工作，现呈停顿状态。" });
    // (A reporter named inside is read as a filed report's bracket, `（中央社记者甲台北2日电）`; `〔又电〕` goes on inside the text.)
    for (const text of ["（中央社记者甲台北2日电）正文。", "〔又电〕普兰店中苏将领，六日午会晤。"]) expect(readLead(text), text).toBeNull();
    const roundup = page("接收工作仍呈停顿", "本报长春2月2日电 东北各部门接收工作，现呈停顿状态，苏军撤退亦经延缓。", "本报北平2月2日电 东北阴云低迷，短期难望开朗。", "本报重庆2月3日电 留渝之东北九省二市接收人员，日内启程。");
    expect(parsePage(roundup).articles.map((a) => [a.title, a.paragraphs.length])).toEqual([["接收工作仍呈停顿", 3]]);
    expect(parsePage(roundup, { disabled: ["paragraph.further-dispatch"] }).articles.length).toBe(3);
    // (Another house's lead under it, a brief with no headline, is a story of its own; so is one filed from the same place, or
    // one naming its reporter: `新华社北京3月3日电（记者 甲）` … `新华社北京3月3日电（记者 乙）` are two reports.)
    const other = page("接收工作仍呈停顿", "本报长春2月2日电 东北各部门接收工作，现呈停顿状态。", "新华社北京2月2日电 政协会议今日闭幕。");
    expect(parsePage(other).articles.length).toBe(2);
    const samePlace = page("接收工作仍呈停顿", "本报长春2月2日电 东北各部门接收工作，现呈停顿状态。", "本报长春2月3日电 长春市各界集会。");
    expect(parsePage(samePlace).articles.length).toBe(2);
    const named = page("春运客流持续高位运行", "新华社北京3月3日电（记者 张某）记者3日从交通运输部获悉，春运客流持续高位运行。", "新华社上海3月3日电（记者 李某）上海市3日启动春季植树活动。");
    expect(parsePage(named).articles.map((a) => a.authors.map((x) => x.name))).toEqual([["张某"], ["李某"]]);
    // (A dispatch in brackets alone on its line, closing a reprint, `（新华社北京4日电）`, opens no lead.)
    expect(readLead("（新华社北京4日电）")).toBeNull();
  });

  it("the wider news over what it means for the paper's own place: the local line is the title (headline.kicker-local-news)", () => {
    const lead = "本报讯（记者 孙某）近日，国家文物局公布第二批革命文物保护利用片区分县名单，我市5个县（市）入选。";
    const text = page("第二批革命文物保护利用片区分县名单出炉", "我市有5个县（市）共入选3个片区", lead);
    expect(decisionAt(text, at(0))).toMatchObject({ role: "kicker", rule: "headline.kicker-local-news" });
    expect(parsePage(text, { disabled: ["headline.kicker-local-news"] }).articles[0]).toMatchObject({ title: "第二批革命文物保护利用片区分县名单出炉", subtitle: "我市有5个县（市）共入选3个片区" });
    // (Both lines local, `我市召开…` / `我县…`, weigh nothing for it.)
    expect(weighTwoLines("我市召开安全生产工作会议", "我县部署汛期安全工作").map((e) => e.feature)).not.toContain("headline.kicker-local-news");
  });

  it("reporters named after a caption's sentence on its line, no 摄, whom the next line names signing the text, are the picture's credit (credit.reporter-on-caption-line)", () => {
    const text = page("缪斯的约会", "——两地作协异地采风交流活动侧记", "两地作家在华侨管理区进行书画创作。 某某日报记者 沈某羊", "□某某日报记者 沈某羊", "9月15日，两地作协联合举办的异地采风交流活动在本市登场。", "活动缘起于今年初，两地作家读书和创作并行，加强文学互动。");
    const [article] = parsePage(text).articles;
    expect([article!.byline, article!.photos.map((p) => [p.caption, p.credit])]).toEqual(["某某日报记者 沈某羊", [["两地作家在华侨管理区进行书画创作。", "某某日报记者 沈某羊"]]]);
    expect(parsePage(text, { disabled: ["credit.reporter-on-caption-line"] }).articles[0]!.photos).toEqual([]);
    // (Others named under the caption's line sign nothing of it: the line is a paragraph's, its names the text's own.)
    const other = text.replace("□某某日报记者 沈某羊", "□某某日报记者 王某");
    expect(parsePage(other).articles[0]!.photos).toEqual([]);
  });

  it("a printed speech's speaker under its occasion and a bracketed date heads its text, never a story's title (byline.speaker-under-date)", () => {
    const text = page("某市政协常务委员会工作报告", "——在政协某市第五届委员会第五次会议上", "（2026年2月9日）", "某市政协副主席 左某平", "各位委员，同志们：", "受市政协常务委员会委托，我代表常务委员会向大会报告工作，请予审议。");
    const articles = parsePage(text).articles;
    expect(articles.map((a) => [a.title, a.byline, a.authors])).toEqual([["某市政协常务委员会工作报告", "某市政协副主席 左某平", [{ role: "市政协副主席", name: "左某平" }]]]);
    expect(parsePage(text, { disabled: ["byline.speaker-under-date"] }).articles.length).toBe(2);
    // (A name alone signs so too; a line under a report's text, its date in the lead, is read as before.)
    expect(parsePage(text.replace("某市政协副主席 左某平", "李某明")).articles.map((a) => a.byline)).toEqual(["李某明"]);
  });

  it("who spoke to reporters, over what they said, is the kicker: `某某对记者谈话` / `…全毁灭`", () => {
    expect(parsePage(page("廖耀湘对记者谈话", "共匪计划全毁灭", "〔本报沈阳十三日电〕廖耀湘将军督战南北，来去匆匆。十三日记者遇之某处，据谈：目前战局已趋稳定。")).articles[0]).toMatchObject({ kicker: "廖耀湘对记者谈话", title: "共匪计划全毁灭", byline: "〔本报沈阳十三日电〕" });
  });

  it("a brand printed before the line's first role stands so before the next, `每经记者 甲 每经编辑 乙`: no name", () => {
    expect(readBylineLine("每经记者 李某 每经编辑 陈某")?.authors).toEqual([{ role: "记者", name: "李某" }, { role: "编辑", name: "陈某" }]);
  });

  it("a line kept in the article as a part's heading that the fragment model reads as a heading is a paragraph of its own (crosshead.kept-heading-closes)", () => {
    const heading = "宜昌大撤退时民生公司在五龙增设码头";
    const under = "随着《敦刻尔克》热映，宜昌也跟着“蹭”了一波热点，宜昌大撤退不时被人提起。";
    expect(fragmentScore(heading, under)!).toBeLessThan(0);
    const text = page("五龙渡口的往事", "三峡晚报讯 本报记者 丁某 聂某", "说起五龙，更多的宜昌人第一反应就是农家乐和五龙渡口。", "江南农家乐的兴起是夷陵长江大桥建成后，也恰恰是五龙渡口开始衰败的时候。", "7日这天下午，我们来到五龙渡口时，只有几名垂钓者坐在江边，一艘渔划子系在岸边。老人说，宜昌大撤退时，民生公司的船只曾在五龙渡口停靠装货。", heading, under, "在宜昌大撤退期间，宜昌码头设施简陋，仓库不足，缺乏大型机械，民生公司在五龙增设码头。");
    expect(decisionAt(text, at(5))).toMatchObject({ role: "crosshead", rule: "crosshead.shared-vocabulary" });
    const read = (disabled: RuleName[]) => parsePage(text, { disabled }).articles.flatMap((a) => a.paragraphs);
    expect(read([])).toContain(heading);
    expect(read(["crosshead.kept-heading-closes"])).not.toContain(heading);
    // (Not over a line that opens on a conjunction or a particle: the sentence goes on, `…新建文化广场` / `和农家书屋，…`.)
    const across = text.replace(under, "和民生公司的仓库，宜昌大撤退不时被人提起。");
    expect(parsePage(across).articles.flatMap((a) => a.paragraphs)).toContain(`${heading}和民生公司的仓库，宜昌大撤退不时被人提起。`);
  });
});
