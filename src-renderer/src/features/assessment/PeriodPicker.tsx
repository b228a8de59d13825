import { Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { formatDay, parsePeriod, periodContaining, type Period, type PeriodUnit } from '@core/assess/period';
import { DAY_MS, epochToLocalParts, localToEpoch, parseLocalDate } from '@core/time/shanghai';

type Props = {
  value: Period;
  unit: PeriodUnit | 'custom';
  /** Years offered (from the data range). */
  years: number[];
  onChange(p: Period, unit: PeriodUnit | 'custom'): void;
};

const UNIT_OPTIONS = [
  { value: 'month', label: '月度' },
  { value: 'quarter', label: '季度' },
  { value: 'year', label: '年度' },
  { value: 'custom', label: '自定义' },
];

/** 考核周期: month / quarter / year shortcuts, or a custom date range (end date included). */
export function PeriodPicker({ value, unit, years, onChange }: Props) {
  const start = epochToLocalParts(value.from);
  const [draft, setDraft] = useState<{ from: string; to: string; error: string | null } | null>(null);
  const setUnit = (u: PeriodUnit | 'custom'): void => {
    if (u === 'custom') { onChange(value, 'custom'); return; }
    onChange(periodContaining(value.from, u), u);
  };
  const pick = (y: number, k: number): void => {
    if (unit === 'custom') return;
    const mo = unit === 'month' ? k : unit === 'quarter' ? (k - 1) * 3 + 1 : 1;
    onChange(periodContaining(localToEpoch(y, mo, 1), unit), unit);
  };
  const sub = unit === 'month' ? start.mo : unit === 'quarter' ? Math.floor((start.mo - 1) / 3) + 1 : 1;
  const lastDay = formatDay(value.to - 1);
  const d = draft ?? { from: formatDay(value.from), to: lastDay, error: null };
  const commit = (from: string, to: string): void => {
    try {
      // The user picks the last day included; the period's `to` is the next midnight.
      const end = parseLocalDate(to);
      if (Number.isNaN(end)) throw new Error(`结束日期「${to}」无效，请选择一个日期`);
      const p = parsePeriod(from, formatDay(end + DAY_MS));
      setDraft(null);
      onChange(p, 'custom');
    } catch (e) {
      setDraft({ from, to, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Space wrap size={8} data-testid="assess-period">
      <Segmented size="middle" options={UNIT_OPTIONS} value={unit} onChange={(v) => setUnit(v as PeriodUnit | 'custom')} />
      {unit !== 'custom' ? (
        <>
          <Select
            aria-label="年份" style={{ width: 96 }} value={start.y}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(y: number) => pick(y, sub)}
          />
          {unit === 'month' ? (
            <Select aria-label="月份" style={{ width: 80 }} value={sub} data-testid="assess-month"
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
              onChange={(m: number) => pick(start.y, m)} />
          ) : null}
          {unit === 'quarter' ? (
            <Select aria-label="季度" style={{ width: 96 }} value={sub}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
              onChange={(q: number) => pick(start.y, q)} />
          ) : null}
        </>
      ) : (
        <Space size={4}>
          <Input type="date" aria-label="开始日期" value={d.from} style={{ width: 150 }}
            onChange={(e) => commit(e.target.value, d.to)} status={d.error ? 'error' : undefined} />
          <span>至</span>
          <Input type="date" aria-label="结束日期（含）" value={d.to} style={{ width: 150 }}
            onChange={(e) => commit(d.from, e.target.value)} status={d.error ? 'error' : undefined} />
          {d.error ? <span style={{ color: 'var(--duban-danger, #d4380d)', fontSize: 12 }}>{d.error}</span> : null}
        </Space>
      )}
    </Space>
  );
}
