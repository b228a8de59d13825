import type { CampaignStatus, CampaignType, CoUnit } from '../campaigns/campaign';
import { emptySelector, type ProblemSelector } from '../campaigns/selector';
import { monthIndexToString } from '../base/time/month-index';

/**
 * The demo city's campaigns as plain data, relative to the last full month E of the data (2026-10
 * for the default 24 months ending 2026-10-31), so that every size and end date gets the same
 * story: 老楼加装电梯 ran E−8 … E−4 and is 完成; 物业服务 (每月一题) ran E−6 … the middle of E−3 and
 * is in 评估; 停车管理 started in E−1 and is 实施; 南湖区供水 (from the month's hotspot) is in 筹备.
 * The generator plants each problem's `effect` in the tickets (see campaign-effect.ts) and
 * demoCampaigns builds the records through the real campaign operations.
 */
export type TaskSpec = {
  unit: string;
  title: string;
  workingDays: number;
  /** Days after the campaign start it is assigned. */
  assignAfterDays: number;
  /** How it ends by the data end: done before or after its deadline, cancelled, or still open. */
  fate: 'onTime' | 'late' | 'cancelled' | 'open';
};

export type ProblemSpec = {
  title: string;
  selector: ProblemSelector;
  leadUnit: string;
  coUnits: CoUnit[];
  tasks: TaskSpec[];
  /** Share of the problem's tickets that no longer come after the campaign (ramping up during it); 0 = none. */
  drop: number;
};

export type CampaignSpec = {
  /** Sequence number within the year of `from` (id ZX-YYYY-NN). */
  no: number;
  theme: string;
  type: CampaignType;
  from: string;
  to: string;
  leadUnit: string;
  status: CampaignStatus;
  problems: ProblemSpec[];
  milestones: { title: string; afterDays: number }[];
  policies: { title: string; docNo: string; afterDays: number; unit: string }[];
};

const sel = (s: Partial<ProblemSelector>): ProblemSelector => ({ ...emptySelector(), ...s });
const day1 = (m: number): string => `${monthIndexToString(m)}-01`;

/** The campaign specs for last full month `e` (a month index). */
export function campaignSpecs(e: number): CampaignSpec[] {
  return [
    {
      no: 1, theme: '老楼加装电梯专项行动', type: '专项行动', from: day1(e - 8), to: day1(e - 4), leadUnit: '市住房城乡建设委', status: '完成',
      problems: [
        {
          title: '老楼加装电梯推进难', selector: sel({ categories: ['住房/老旧小区改造/加装电梯'] }), leadUnit: '市住房城乡建设委', drop: 0.45,
          coUnits: [{ unit: '东城区', role: '主责' }, { unit: '西城区', role: '主责' }, { unit: '市规划自然资源委', role: '配合' }, { unit: '市市场监管局', role: '配合' }],
          tasks: [
            { unit: '市住房城乡建设委', title: '制定既有住宅加装电梯指导意见和补贴办法', workingDays: 20, assignAfterDays: 0, fate: 'onTime' },
            { unit: '东城区', title: '摸排辖区老楼加装电梯需求，建立一楼一档台账', workingDays: 15, assignAfterDays: 0, fate: 'onTime' },
            { unit: '西城区', title: '摸排辖区老楼加装电梯需求，建立一楼一档台账', workingDays: 15, assignAfterDays: 0, fate: 'late' },
            { unit: '市规划自然资源委', title: '简化加装电梯规划审批，实行并联办理', workingDays: 20, assignAfterDays: 3, fate: 'onTime' },
            { unit: '东城区', title: '推动首批 30 部加装电梯开工', workingDays: 55, assignAfterDays: 20, fate: 'onTime' },
            { unit: '西城区', title: '推动首批 20 部加装电梯开工', workingDays: 55, assignAfterDays: 20, fate: 'late' },
            { unit: '市市场监管局', title: '加装电梯验收登记一次办结', workingDays: 30, assignAfterDays: 10, fate: 'onTime' },
          ],
        },
        {
          title: '老旧住宅电梯故障频发', selector: sel({ categories: ['市场管理/特种设备/电梯故障'], kinds: ['投诉', '求助'] }), leadUnit: '市市场监管局', drop: 0.4,
          coUnits: [{ unit: '市住房城乡建设委', role: '统筹' }, { unit: '南湖区', role: '主责' }, { unit: '北苑区', role: '主责' }],
          tasks: [
            { unit: '市市场监管局', title: '开展住宅电梯安全专项检查', workingDays: 30, assignAfterDays: 0, fate: 'onTime' },
            { unit: '南湖区', title: '督促物业和维保单位落实电梯维保责任', workingDays: 20, assignAfterDays: 5, fate: 'onTime' },
            { unit: '北苑区', title: '督促物业和维保单位落实电梯维保责任', workingDays: 20, assignAfterDays: 5, fate: 'late' },
            { unit: '市住房城乡建设委', title: '建立老旧电梯更新改造资金使用机制', workingDays: 40, assignAfterDays: 10, fate: 'cancelled' },
          ],
        },
      ],
      milestones: [{ title: '动员部署会', afterDays: 3 }, { title: '完成需求摸排', afterDays: 30 }, { title: '中期推进会', afterDays: 60 }, { title: '总结验收', afterDays: 125 }],
      policies: [
        { title: '云州市既有多层住宅加装电梯工作指导意见', docNo: '云建发〔2026〕12号', afterDays: 28, unit: '市住房城乡建设委' },
        { title: '关于简化既有住宅加装电梯规划审批手续的通知', docNo: '云规自发〔2026〕5号', afterDays: 40, unit: '市规划自然资源委' },
      ],
    },
    {
      no: 2, theme: '物业服务提升（每月一题）', type: '每月一题', from: day1(e - 6), to: `${monthIndexToString(e - 3)}-16`, leadUnit: '市住房城乡建设委', status: '评估',
      problems: [
        {
          title: '物业服务不到位', selector: sel({ categories: ['住房/物业管理/物业服务质量', '住房/物业管理/公共设施维修'] }), leadUnit: '市住房城乡建设委', drop: 0.4,
          coUnits: [{ unit: '城关区', role: '主责' }, { unit: '新城区', role: '主责' }, { unit: '滨江区', role: '主责' }],
          tasks: [
            { unit: '市住房城乡建设委', title: '开展物业服务质量星级评价', workingDays: 25, assignAfterDays: 0, fate: 'onTime' },
            { unit: '城关区', title: '约谈服务不达标的物业企业并限期整改', workingDays: 15, assignAfterDays: 5, fate: 'onTime' },
            { unit: '新城区', title: '约谈服务不达标的物业企业并限期整改', workingDays: 15, assignAfterDays: 5, fate: 'onTime' },
            { unit: '滨江区', title: '约谈服务不达标的物业企业并限期整改', workingDays: 15, assignAfterDays: 5, fate: 'late' },
            { unit: '城关区', title: '楼道灯、门禁等公共设施集中维修', workingDays: 30, assignAfterDays: 20, fate: 'onTime' },
          ],
        },
        {
          title: '物业乱收费', selector: sel({ categories: ['住房/物业管理/物业收费'] }), leadUnit: '市市场监管局', drop: 0.35,
          coUnits: [{ unit: '市住房城乡建设委', role: '统筹' }, { unit: '滨江区', role: '配合' }],
          tasks: [
            { unit: '市市场监管局', title: '物业收费专项价格检查', workingDays: 30, assignAfterDays: 0, fate: 'onTime' },
            { unit: '市住房城乡建设委', title: '推行物业服务收费公示', workingDays: 20, assignAfterDays: 10, fate: 'onTime' },
          ],
        },
        {
          title: '物业撤场小区无人管', selector: sel({ categories: ['住房/物业管理'], keywords: ['撤场', '无人管理'] }), leadUnit: '市住房城乡建设委', drop: 0.3,
          coUnits: [{ unit: '东湖区', role: '主责' }],
          tasks: [
            { unit: '东湖区', title: '为撤场小区落实应急物业服务', workingDays: 10, assignAfterDays: 0, fate: 'onTime' },
            { unit: '市住房城乡建设委', title: '制定物业服务企业退出交接规程', workingDays: 30, assignAfterDays: 10, fate: 'cancelled' },
          ],
        },
      ],
      milestones: [{ title: '动员部署', afterDays: 2 }, { title: '集中整治', afterDays: 45 }, { title: '总结评估', afterDays: 110 }],
      policies: [{ title: '云州市住宅物业服务收费公示管理办法', docNo: '云建发〔2026〕27号', afterDays: 60, unit: '市住房城乡建设委' }],
    },
    {
      no: 3, theme: '停车管理专项行动', type: '专项行动', from: day1(e - 1), to: day1(e + 2), leadUnit: '市交通委', status: '实施',
      problems: [
        {
          title: '小区停车难', selector: sel({ categories: ['住房/物业管理/停车管理'] }), leadUnit: '市住房城乡建设委', drop: 0.3,
          coUnits: [{ unit: '市交通委', role: '统筹' }, { unit: '东城区', role: '主责' }, { unit: '西城区', role: '主责' }],
          tasks: [
            { unit: '市住房城乡建设委', title: '规范小区停车收费和车位管理', workingDays: 20, assignAfterDays: 0, fate: 'onTime' },
            { unit: '东城区', title: '挖潜增设小区周边共享停车位', workingDays: 30, assignAfterDays: 3, fate: 'open' },
            { unit: '西城区', title: '挖潜增设小区周边共享停车位', workingDays: 15, assignAfterDays: 3, fate: 'open' },
          ],
        },
        {
          title: '违章停车堵路', selector: sel({ categories: ['交通管理/交通秩序/违章停车'], districts: ['东城区', '西城区', '南湖区', '北苑区'] }), leadUnit: '市公安交管局', drop: 0.3,
          coUnits: [{ unit: '市城管执法局', role: '配合' }, { unit: '南湖区', role: '主责' }, { unit: '北苑区', role: '主责' }],
          tasks: [
            { unit: '市公安交管局', title: '违停高发路段集中整治', workingDays: 10, assignAfterDays: 0, fate: 'late' },
            { unit: '市城管执法局', title: '占道停车联合执法', workingDays: 10, assignAfterDays: 5, fate: 'open' },
            { unit: '南湖区', title: '消防通道违停清理', workingDays: 40, assignAfterDays: 5, fate: 'open' },
          ],
        },
        {
          title: '停车设施不足', selector: sel({ categories: ['交通管理/道路设施/停车设施'] }), leadUnit: '市交通委', drop: 0,
          coUnits: [{ unit: '市规划自然资源委', role: '配合' }],
          tasks: [{ unit: '市交通委', title: '编制公共停车设施建设计划', workingDays: 60, assignAfterDays: 10, fate: 'open' }],
        },
      ],
      milestones: [{ title: '动员部署', afterDays: 1 }, { title: '中期推进', afterDays: 45 }, { title: '总结评估', afterDays: 100 }],
      policies: [],
    },
    {
      no: 4, theme: '南湖区供水保障（每月一题）', type: '每月一题', from: day1(e + 1), to: day1(e + 4), leadUnit: '市水务局', status: '筹备',
      problems: [
        {
          title: '供水管网爆管停水', selector: sel({ categories: ['公共服务/供水'], districts: ['南湖区'] }), leadUnit: '市自来水集团', drop: 0,
          coUnits: [{ unit: '南湖区', role: '主责' }, { unit: '市水务局', role: '统筹' }], tasks: [],
        },
        {
          title: '二次供水水压不足', selector: sel({ categories: ['公共服务/供水/水压不足'] }), leadUnit: '市自来水集团', drop: 0,
          coUnits: [{ unit: '市住房城乡建设委', role: '配合' }], tasks: [],
        },
      ],
      milestones: [{ title: '动员部署', afterDays: 3 }],
      policies: [],
    },
  ];
}
