import { cumulative, type Rng } from './prng';

/** Common surnames (百家姓) roughly in order of frequency; weights fall off with rank. */
const SURNAMES = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
).split('').concat(['欧阳', '司马', '上官', '诸葛']);
const SURNAME_CUM = cumulative(SURNAMES.map((_, i) => 1 / (i + 4)));

const GIVEN = (
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌飞宇浩晨欣怡婷雪琳佳嘉子梓轩涵博然雨思瑞晓春海波林峰亮凯俊颖慧丹蕾倩悦琪淑凤梅莉燕彤阳东光荣新成德福永庆宏振安宁泽昊睿航'
).split('');

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189',
  '191', '198', '199',
];

/** A plausible fake name: a weighted surname and one or two given-name characters. */
export function fakeName(rng: Rng): string {
  const s = SURNAMES[rng.pickCum(SURNAME_CUM)]!;
  return rng.chance(0.3) ? s + rng.pick(GIVEN) : s + rng.pick(GIVEN) + rng.pick(GIVEN);
}

/** A plausible fake mobile number `1[3-9]x` + 8 digits. */
export function fakePhone(rng: Rng): string {
  const tail = rng.int(0, 99_999_999);
  return rng.pick(MOBILE_PREFIXES) + String(tail).padStart(8, '0');
}
