import { Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { formatDay, parsePeriod, periodContaining, type Period, type PeriodUnit } from '@core/assess/period';
import { DAY_MS, epochToLocalParts, localToEpoch, parseLocalDate } from '@core/base/time/shanghai';
import { t as translateNow, useT } from '@renderer/i18n';

type Props = {
  value: Period;
  unit: PeriodUnit | 'custom';
  /** Years offered (from the data range). */
  years: number[];
  onChange(p: Period, unit: PeriodUnit | 'custom'): void;
};

const UNITS = ['month', 'quarter', 'year', 'custom'] as const;

/** 考核周期: month / quarter / year shortcuts, or a custom date range (end date included). */
export function PeriodPicker({ value, unit, years, onChange }: Props) {
  const t = useT();
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
      if (Number.isNaN(end)) throw new Error(translateNow('assess.period.badEnd', { date: to }));
      const p = parsePeriod(from, formatDay(end + DAY_MS));
      setDraft(null);
      onChange(p, 'custom');
    } catch (e) {
      setDraft({ from, to, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Space wrap size={8} data-testid="assess-period">
      <Segmented size="middle" options={UNITS.map((u) => ({ value: u, label: t(`assess.period.unit.${u}`) }))} value={unit} onChange={(v) => setUnit(v as PeriodUnit | 'custom')} />
      {unit !== 'custom' ? (
        <>
          <Select
            aria-label={t('assess.period.yearAria')} style={{ width: 96 }} value={start.y}
            options={years.map((y) => ({ value: y, label: t('assess.period.yearOption', { y }) }))}
            onChange={(y: number) => pick(y, sub)}
          />
          {unit === 'month' ? (
            <Select aria-label={t('assess.period.monthAria')} style={{ width: 80 }} value={sub} data-testid="assess-month"
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('assess.period.monthOption', { m: i + 1 }) }))}
              onChange={(m: number) => pick(start.y, m)} />
          ) : null}
          {unit === 'quarter' ? (
            <Select aria-label={t('assess.period.quarterAria')} style={{ width: 96 }} value={sub}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('assess.period.quarterOption', { q }) }))}
              onChange={(q: number) => pick(start.y, q)} />
          ) : null}
        </>
      ) : (
        <Space size={4}>
          <Input type="date" aria-label={t('assess.period.from')} value={d.from} style={{ width: 150 }}
            onChange={(e) => commit(e.target.value, d.to)} status={d.error ? 'error' : undefined} />
          <span>{t('assess.period.to')}</span>
          <Input type="date" aria-label={t('assess.period.toAria')} value={d.to} style={{ width: 150 }}
            onChange={(e) => commit(d.from, e.target.value)} status={d.error ? 'error' : undefined} />
          {d.error ? <span style={{ color: 'var(--duban-danger, #d4380d)', fontSize: 12 }}>{d.error}</span> : null}
        </Space>
      )}
    </Space>
  );
}
