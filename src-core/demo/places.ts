/**
 * Places of the demo city (a fictional 云州市): districts with their 街道/乡镇, roads,
 * residential compounds and shops. Names follow the patterns of real Chinese cities so that
 * screens and exports read naturally; the city itself does not exist.
 */

export const CITY_NAME = '云州市';

/** Districts and their streets (街道) and towns (镇/乡); `urban` districts draw more calls. */
export const DISTRICTS: readonly { name: string; urban: boolean; streets: readonly string[] }[] = [
  { name: '东城区', urban: true, streets: ['和平街道', '解放街道', '建设街道', '新华街道', '人民路街道', '文化街道', '胜利街道', '东关街道', '鼓楼街道', '钟楼街道', '府前街道', '东华门街道'] },
  { name: '西城区', urban: true, streets: ['西关街道', '长安街道', '民主街道', '复兴街道', '广安街道', '白塔寺街道', '金融街街道', '什刹海街道', '月坛街道', '展览路街道', '德胜街道', '椿树街道'] },
  { name: '南湖区', urban: true, streets: ['南湖街道', '湖滨街道', '望湖街道', '荷花池街道', '莲花街道', '翠湖街道', '南苑街道', '大红门街道', '花园路街道', '青年路街道', '友谊街道', '光明街道'] },
  { name: '北苑区', urban: true, streets: ['北苑街道', '北关街道', '安定街道', '永安街道', '和平里街道', '小关街道', '健翔街道', '亚运村街道', '奥林街道', '北湖街道', '安贞街道', '育新街道'] },
  { name: '滨江区', urban: true, streets: ['滨江街道', '沿江街道', '望江街道', '江滨街道', '码头街道', '长江路街道', '新港街道', '观澜街道', '海棠街道', '浦口街道', '江心洲街道', '白沙洲街道'] },
  { name: '河西区', urban: true, streets: ['河西街道', '河东街道', '桥东街道', '桥西街道', '运河街道', '柳园街道', '中山街道', '振兴街道', '兴华街道', '双桥街道', '太平街道'] },
  { name: '高新区', urban: true, streets: ['科技园街道', '创新街道', '软件园街道', '玉泉街道', '清河街道', '上地街道', '学院路街道', '紫荆街道', '丁香街道', '龙湖街道'] },
  { name: '经开区', urban: false, streets: ['经海路街道', '博兴街道', '荣华街道', '亦庄镇', '马驹桥镇', '瀛海镇', '旧宫镇', '台湖镇'] },
  { name: '城关区', urban: true, streets: ['城东街道', '城西街道', '城南街道', '城北街道', '南关街道', '西大街街道', '团结街道', '红旗街道', '朝阳街道', '向阳街道', '东风街道', '前进街道'] },
  { name: '新城区', urban: true, streets: ['新城街道', '幸福街道', '长青街道', '青山街道', '金山街道', '银湖街道', '龙泉街道', '清泉街道', '白云街道', '芙蓉街道', '牡丹街道', '桂花街道'] },
  { name: '东湖区', urban: false, streets: ['东湖街道', '梅园街道', '兰亭街道', '松林街道', '石桥镇', '柳河镇', '杨柳青镇', '高庄镇', '王村镇', '张湾镇', '宋庄镇', '沙河镇', '马坊镇', '李家庄乡'] },
  { name: '西山区', urban: false, streets: ['西山街道', '香山街道', '八里庄街道', '田村街道', '大台街道', '石龙街道', '永定镇', '潭柘寺镇', '妙峰山镇', '王平镇', '雁翅镇', '斋堂镇', '清水镇', '军庄镇'] },
  { name: '临河区', urban: false, streets: ['临河街道', '胜利桥街道', '东升镇', '西集镇', '永乐店镇', '漷县镇', '于家务乡', '张家湾镇', '潞城镇', '永顺镇', '梨园镇', '宋家庄乡', '牛堡屯镇'] },
  { name: '平原区', urban: false, streets: ['平原街道', '丰收街道', '庄园街道', '大兴庄镇', '黄村镇', '魏善庄镇', '庞各庄镇', '榆垡镇', '礼贤镇', '青云店镇', '采育镇', '长子营镇', '北臧村镇'] },
  { name: '北山区', urban: false, streets: ['北山街道', '泉河街道', '龙山街道', '怀柔镇', '雁栖镇', '庙城镇', '杨宋镇', '桥梓镇', '渤海镇', '九渡河镇', '琉璃庙镇', '汤河口镇', '喇叭沟门满族乡'] },
  { name: '东郊区', urban: false, streets: ['东郊街道', '果园街道', '旺泉街道', '仁和镇', '后沙峪镇', '天竺镇', '杨镇', '牛栏山镇', '南彩镇', '北务镇', '李桥镇', '李遂镇', '赵全营镇', '北小营镇'] },
];

/** Road names; each street gets a few of them (long roads cross several streets, as in life). */
export const ROADS: readonly string[] = [
  '建国路', '朝阳路', '解放大街', '中山路', '人民路', '和平路', '文化路', '青年路', '光华路', '学院路',
  '长安街', '幸福大街', '胜利路', '友谊路', '新华大街', '建设路', '工农路', '团结路', '育才路', '迎宾路',
  '滨河路', '湖滨路', '环城东路', '府前街', '北环路', '南环路', '东环路', '西环路', '花园路', '公园路',
  '体育路', '医院路', '站前路', '车站路', '银河路', '星光大道', '金桥路', '石榴路', '丁香路', '玉兰路',
  '枫林路', '梧桐路', '槐树街', '柳荫街', '杏园路', '桃园路', '梨园路', '枣林街', '桑园路', '松柏路',
  '翠竹路', '芳草路', '百合路', '香樟路', '凤凰路', '龙腾路', '锦绣路', '安康路', '永和路', '康宁街',
  '吉祥路', '富强路', '民安路', '兴业路', '创业路', '科技路', '创新大道', '软件园路', '经海路', '荣华路',
  '宏达路', '同济路', '运河大街', '通惠路', '新源街', '明光路', '红星路', '东风路', '向阳路', '北大街',
];

const COMPOUND_STEMS = [
  '阳光', '金桂', '翠微', '锦绣', '华庭', '明珠', '碧水', '绿洲', '书香', '和谐', '怡景', '康乐', '安华', '惠新',
  '枫林', '橡树', '蓝湾', '金色', '银杏', '丽都', '宏福', '瑞祥', '天鹅', '紫薇', '万象', '青枫', '润泽', '泰和',
  '富华', '嘉禾', '盛世', '景园', '龙湾', '清风', '望京', '天通', '融泽', '荣丰', '新景', '美林', '春晖', '秋实',
];
const COMPOUND_SUFFIXES = ['小区', '家园', '花园', '苑', '新村', '嘉园', '公寓', '雅苑', '北里', '南里', '东区', '西区'];
const OLD_COMPOUNDS = ['机床厂宿舍', '纺织厂家属院', '铁路宿舍', '教委家属院', '电力家属院', '粮食局宿舍', '供销社家属院', '化工厂宿舍'];

const SHOP_STEMS = ['鑫源', '好邻居', '佳惠', '万家', '金鼎', '老街坊', '福满楼', '悦己', '优品', '康健', '启航', '乐享', '美家', '天天'];
const SHOP_TYPES = ['便利店', '超市', '餐厅', '面馆', '烧烤店', '药店', '理发店', '健身房', '培训学校', '洗衣店', '美容院', '火锅店', '水果店', '汽修店'];

/** Fixed, name-derived picks: the same street always has the same roads and compounds. */
function picks<T>(pool: readonly T[], count: number, h: number): T[] {
  const out: T[] = [];
  let x = h;
  for (let i = 0; out.length < count && i < count * 8; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    const v = pool[x % pool.length]!;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

export type StreetPlace = {
  district: string;
  street: string;
  urban: boolean;
  roads: string[];
  compounds: string[];
  shops: string[];
};

/** Every street of the city with its roads, compounds and shops, in catalog order. */
export function buildStreetPlaces(hash: (s: string) => number): StreetPlace[] {
  const out: StreetPlace[] = [];
  for (const d of DISTRICTS) {
    for (const s of d.streets) {
      const h = hash(d.name + s);
      const roads = picks(ROADS, 5, h);
      const compounds = picks(COMPOUND_STEMS, 8, h ^ 0x5bd1e995).map(
        (stem, i) => stem + COMPOUND_SUFFIXES[(h + i * 7) % COMPOUND_SUFFIXES.length]!,
      );
      compounds.push(OLD_COMPOUNDS[h % OLD_COMPOUNDS.length]!);
      const shops = picks(SHOP_STEMS, 6, h ^ 0x1b873593).map((stem, i) => stem + SHOP_TYPES[(h + i * 5) % SHOP_TYPES.length]!);
      out.push({ district: d.name, street: s, urban: d.urban, roads, compounds, shops });
    }
  }
  return out;
}
