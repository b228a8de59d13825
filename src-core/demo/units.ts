import type { UnitType } from '../data/tickets/ticket';
import { DISTRICTS } from './places';
import { Rng, hashString } from './prng';

/** The 12345 center that dispatches, redispatches, surveys and reopens. */
export const CENTER = '市民热线服务中心';

export const CITY_DEPARTMENTS: readonly string[] = [
  '市市场监管局', '市商务局', '市城市管理委', '市邮政管理局', '市住房城乡建设委', '市卫生健康委', '市医保局',
  '市药监局', '市城管执法局', '市水务局', '市园林绿化局', '市规划自然资源委', '市交通委', '市公安交管局',
  '市公安局', '市生态环境局', '市消防救援总队', '市应急管理局', '市人力社保局', '市税务局', '市教委', '市民政局',
  '市政务服务局', '市住房公积金管理中心', '市文化和旅游局', '市体育局', '市农业农村局',
];

export const STATE_ENTERPRISES: readonly string[] = [
  '市热力集团', '市自来水集团', '国网市电力公司', '市燃气集团', '市排水集团', '市公交集团', '市地铁运营公司',
  '中国移动市分公司', '中国联通市分公司', '中国电信市分公司', '市邮政分公司',
];

export const OTHER_UNITS: readonly string[] = ['市消费者协会', '市残联', '市总工会', '市妇联'];

/**
 * How a unit performs: probabilities drawn per survey and per close. Fixed per unit (not per
 * seed) so that the demo's rankings tell the same story every time.
 */
export type UnitProfile = {
  /** P(是否响应 = 是) at a survey. */
  respond: number;
  /** P(the problem is actually solved) at a close. */
  solve: number;
  /** Shift of satisfaction towards 满意 (positive) or 不满意 (negative). */
  satBias: number;
  /** P(closed by the due time). */
  onTime: number;
  /** P(the unit rejects the dispatch, 退单). */
  reject: number;
};

export type DemoUnit = { name: string; type: UnitType; district: string; profile: UnitProfile };

/** Units the demo makes clearly good or clearly bad, so rankings have visible top and bottom. */
const STANDOUTS: Readonly<Record<string, 'good' | 'bad'>> = {
  和平街道: 'good', 望江街道: 'good', 科技园街道: 'good', 东城区: 'good', 高新区: 'good',
  市自来水集团: 'good', 市交通委: 'good', 市医保局: 'good',
  八里庄街道: 'bad', 码头街道: 'bad', 马驹桥镇: 'bad', 潞城镇: 'bad', 临河区: 'bad', 经开区: 'bad',
  市燃气集团: 'bad', 市城管执法局: 'bad', 市住房城乡建设委: 'bad',
};

function profileOf(name: string): UnitProfile {
  const r = new Rng(hashString(name));
  const q = STANDOUTS[name];
  if (q === 'good') {
    return { respond: r.range(0.985, 0.998), solve: r.range(0.9, 0.95), satBias: r.range(0.08, 0.14), onTime: r.range(0.97, 0.995), reject: r.range(0.005, 0.015) };
  }
  if (q === 'bad') {
    return { respond: r.range(0.86, 0.92), solve: r.range(0.5, 0.6), satBias: r.range(-0.16, -0.1), onTime: r.range(0.72, 0.82), reject: r.range(0.08, 0.14) };
  }
  return { respond: r.range(0.94, 0.99), solve: r.range(0.68, 0.88), satBias: r.range(-0.05, 0.06), onTime: r.range(0.86, 0.97), reject: r.range(0.015, 0.05) };
}

/** All handling units, in catalog order: districts, streets, city departments, enterprises, others. */
export function buildUnits(): DemoUnit[] {
  const out: DemoUnit[] = [];
  for (const d of DISTRICTS) out.push({ name: d.name, type: '区', district: d.name, profile: profileOf(d.name) });
  for (const d of DISTRICTS) for (const s of d.streets) out.push({ name: s, type: '街乡镇', district: d.name, profile: profileOf(s) });
  for (const n of CITY_DEPARTMENTS) out.push({ name: n, type: '市级部门', district: '', profile: profileOf(n) });
  for (const n of STATE_ENTERPRISES) out.push({ name: n, type: '国有企业', district: '', profile: profileOf(n) });
  for (const n of OTHER_UNITS) out.push({ name: n, type: '其他', district: '', profile: profileOf(n) });
  return out;
}
