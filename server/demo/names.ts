/** Word lists for generated people and places; nothing here names a real person. */

/** Surnames common in Jiangmen and the Pearl River delta, with rough relative weights. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 14],
  ['李', 10],
  ['黄', 10],
  ['梁', 9],
  ['林', 6],
  ['张', 6],
  ['何', 5],
  ['吴', 5],
  ['谭', 5],
  ['余', 4],
  ['冯', 4],
  ['赵', 3],
  ['区', 3],
  ['莫', 3],
  ['钟', 3],
  ['叶', 3],
  ['罗', 3],
  ['周', 2],
  ['刘', 3],
  ['关', 2],
  ['邓', 2],
  ['麦', 2],
  ['甄', 1],
  ['容', 1],
  ['伍', 2],
  ['汤', 1],
  ['蔡', 1],
];

/** Surnames of migrants from Guangxi, Hunan, Sichuan and Guizhou. */
export const MIGRANT_SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 6],
  ['刘', 5],
  ['杨', 4],
  ['韦', 3],
  ['覃', 2],
  ['蒙', 1],
  ['唐', 2],
  ['彭', 2],
  ['龙', 1],
  ['向', 1],
  ['邓', 2],
  ['罗', 2],
  ['李', 3],
  ['陈', 3],
  ['黄', 2],
  ['吴', 2],
  ['周', 2],
];

/** Given-name characters more usual for men. */
export const MALE_CHARS = [...'伟强明华建国志文军杰俊浩宇轩斌锦荣辉耀健成达勇海涛家铭永坚德祥汉'];

/** Given-name characters more usual for women. */
export const FEMALE_CHARS = [...'丽芳娟敏静燕玲婷霞红梅兰英秀惠珍美雪嘉欣怡颖琪慧莉洁彩凤月桂'];

/** Words for community lanes and roads (巷/路/街) in the town centre. */
export const LANE_WORDS = [
  ...'和平,新华,中山,人民,建设,解放,文昌,兴业,永安,幸福,团结,振兴,朝阳,富民,光明,胜利,民生,长堤,沿江,同德'.split(
    ',',
  ),
];

/** What an officer writes after meeting a household; the station's daily concerns. */
export const MET_NOTES = [
  '宣传反诈，已安装国家反诈中心App',
  '宣传反诈，已讲解冒充客服退款诈骗',
  '核实居住人员，无变化',
  '核实出租屋租客信息，已登记',
  '独居老人身体尚可，已留联系电话',
  '邻里排水纠纷，已现场调解',
  '检查电动车充电，提醒不要飞线充电',
  '汛期提醒，已告知转移路线',
  '新生儿已登记，提醒办理户口',
  '住户反映渡口夜间照明不足，已记录',
  '宣传防溺水，提醒看管好小孩',
  '了解村情民意，无异常',
];

const DIGITS = [...'零一二三四五六七八九'];

/** A small number in Chinese numerals (1–99), as in 第十二组. */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? '' : (DIGITS[ones] ?? '');
  if (tens === 0) return onesText;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${onesText}`;
}
