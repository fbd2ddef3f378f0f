/**
 * Common Chinese surnames. A bare name printed with no role word (a column
 * signature under a headline, `乔启明摄`) is only read as a name when it starts
 * with one of these, so that a short phrase is not taken for a person.
 */
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪赖郗钮阎鄂郦邴郏郄傅萧候";
const COMPOUND = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
  "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "呼延", "万俟", "闻人", "澹台", "公冶", "申屠",
];

const singles = new Set(Array.from(SINGLE));

export function startsWithCompoundSurname(name: string): boolean {
  return COMPOUND.some((c) => name.startsWith(c));
}

/** How common the name's surname is: 0 for the most common (王), higher for rarer ones; a compound surname counts as common, no surname as Infinity. */
export function surnameRank(name: string): number {
  if (COMPOUND.some((c) => name.startsWith(c))) return 0;
  const at = SINGLE.indexOf(name[0] ?? "");
  return at < 0 ? Infinity : at;
}

export function startsWithSurname(name: string): boolean {
  if (COMPOUND.some((c) => name.startsWith(c))) return true;
  const first = name[0];
  return first !== undefined && singles.has(first);
}

/**
 * A personal name printed with no role word: a known surname and one or two
 * given-name characters (two or three after a compound surname).
 */
export function looksLikeName(name: string): boolean {
  if (looksTransliterated(name)) return true;
  if (!/^[\p{Script=Han}]+$/u.test(name)) return false;
  if (COMPOUND.some((c) => name.startsWith(c))) return name.length >= 3 && name.length <= 4;
  return name.length >= 2 && name.length <= 3 && singles.has(name[0]!);
}

/** Rank below which a surname is common enough that two characters after it read as a name (市长张某, ■张明). */
export const COMMON_SURNAME_RANK = 100;

/** Does the name start with one of the commoner surnames? */
export function hasCommonSurname(name: string): boolean {
  return surnameRank(name) <= COMMON_SURNAME_RANK;
}

/**
 * Characters that spell Mongolian, Tibetan, Uyghur and Kazakh names in Han script (巴特尔, 乌兰其其格,
 * 扎西多吉, 阿不都热合曼·买买提). Such names have no Han surname, and run to four or more characters.
 */
const TRANSLITERATION = new Set(Array.from(
  "阿不巴特尔其格乌兰扎西多吉次仁罗布买提热合曼都拉克木尼古丽娜依达索朗卓玛桑央金德旺堆平措普琼顿珠白孟和苏日图那腾敖斯汗哈朝鲁楞宝音赛罕额吾艾麦努尕牙亚江别沙帕力夏哲玉呼毕勒满赉钦雅敏希萨琪嘎吐穆默瓦迪孜再托塔伊加杰才让毛姆旦贡觉边洛益丹增群培强宗庆曲珍道云琴娃纳扎尼孜买合甫衣斯坎库万吉其勒图伦巴雅斯古楞",
));

/**
 * More letters such names are spelt in (阿拉坦仓, 额尔敦朝鲁, 包·乌尔汗, 阿依古丽·吐尔逊, 斯琴高娃), each common in other words too:
 * believed only where a reporter's role vouches for the name (土库曼斯坦, 卡萨布兰卡, 乌兰浩特 spelt alike are places).
 */
const TRANSLITERATION_VOUCHED = new Set(Array.from("丁久乐仓农决冷列则包南卜卡参叶喜嘉土坚坦套如娅居恩排敦昂明晋更杜来松查根森欧泽洪浩海温照班登祖米美肉肯胡色荣莫赤逊里门降陶雪青顺高皮茹先"));

/** A name spelt out in Han characters, three to eight of them, perhaps in parts joined by `·` (with `vouched`, in more of its letters). */
export function looksTransliterated(name: string, vouched = false): boolean {
  const letters = name.replace(/·/gu, "");
  return letters.length >= 3 && name.length <= 10 && !/^·|·$|··/u.test(name) && Array.from(letters).every((c) => TRANSLITERATION.has(c) || (vouched && TRANSLITERATION_VOUCHED.has(c)));
}

/** A name after a reporter's role, which vouches for more of the letters names are spelt in. */
export function looksLikeVouchedName(name: string): boolean {
  return looksLikeName(name) || looksTransliterated(name, true);
}
