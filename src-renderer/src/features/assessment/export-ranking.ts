import { GROUP_KEY_LABELS } from '@core/assess/dimensions';
import { periodLabel } from '@core/assess/period';
import { RATE_LABELS, RATE_NAMES } from '@core/assess/rates';
import { writeXlsx, type XlsxCell } from '@core/data/xlsx/write-xlsx';
import type { RankResponse } from '@renderer/engine/computations/assess';

const r4 = (v: number | null): XlsxCell => (v === null ? null : Math.round(v * 10000) / 10000);

/**
 * The ranking as an XLSX workbook: one row per group (rank, keys, tier, counts, score and its
 * interval, 环比/同比, the eight rates with their intervals), plus a sheet describing the run.
 */
export function rankingXlsx(data: RankResponse, meta: { ruleSet: string; exemptions: number }): Uint8Array {
  const { result } = data;
  const header = [
    '排名', ...result.by.map((k) => GROUP_KEY_LABELS[k]), '分档', '派单量', '参评量', '综合得分', '得分下限', '得分上限', '档次',
    '环比得分变化', '同比得分变化', '样本不足',
    ...RATE_NAMES.flatMap((r) => [RATE_LABELS[r], `${RATE_LABELS[r]}下限`, `${RATE_LABELS[r]}上限`, `${RATE_LABELS[r]}分子`, `${RATE_LABELS[r]}分母`]),
  ];
  const rows: XlsxCell[][] = result.groups.map((g, i) => [
    g.rank, ...g.parts, g.ranking ?? '', g.dispatched, g.evaluated, r4(g.score), r4(g.scoreCi?.[0] ?? null), r4(g.scoreCi?.[1] ?? null), g.band,
    r4(data.previous[i]?.scoreDelta ?? null), r4(data.lastYear[i]?.scoreDelta ?? null), g.insufficient ? '是' : '否',
    ...RATE_NAMES.flatMap((r) => {
      const v = g.rates[r];
      return [r4(v.value), r4(v.ci?.[0] ?? null), r4(v.ci?.[1] ?? null), v.num, v.den];
    }),
  ]);
  const info: XlsxCell[][] = [
    ['考核周期', periodLabel(result)],
    ['分组', result.by.map((k) => GROUP_KEY_LABELS[k]).join('、')],
    ['规则集', meta.ruleSet],
    ['已同意核减工单数', meta.exemptions],
    ['派单量合计', result.total.dispatched],
    ['参评量合计', result.total.evaluated],
    ['说明', '比率为小数（0.9 = 90%），空白表示分母为 0；区间为 Wilson 95% 置信区间；参评量不足或得分为空的分组不排名'],
  ];
  return writeXlsx([
    { name: '考核排名', header, rows },
    { name: '说明', header: ['项目', '内容'], rows: info },
  ]);
}
