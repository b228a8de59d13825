import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, DatePicker, Empty, Input, InputNumber, Space, Spin, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CodedColumn, TextColumn, TimeColumn } from '@core/data/table/ticket-table';
import type { TicketFilter } from '@core/data/query/ticket-query';
import { DAY_MS, formatLocalDate, parseLocalDate } from '@core/base/time/shanghai';
import { getEngine } from '@renderer/engine/client';
import { t as translateNow, useFormat, useT } from '@renderer/i18n';
import type { GridColumnSpec } from './grid-columns';

type Props = {
  spec: GridColumnSpec;
  current: TicketFilter | undefined;
  onApply(f: TicketFilter): void;
  onClear(): void;
};

/** The filter editor of one column, shown in a popover from its header. */
export function ColumnFilter({ spec, current, onApply, onClear }: Props) {
  switch (spec.filter) {
    case 'text':
      return <TextFilter column={spec.key as TextColumn} current={current} onApply={onApply} onClear={onClear} />;
    case 'in':
      return <ChoiceFilter column={spec.key as CodedColumn} current={current} onApply={onApply} onClear={onClear} />;
    case 'range':
      return <DateRangeFilter column={spec.key as TimeColumn} current={current} onApply={onApply} onClear={onClear} />;
    case 'num':
      return <NumberRangeFilter column={spec.key as 'rejects' | 'reopens'} current={current} onApply={onApply} onClear={onClear} />;
    default:
      return <Typography.Text type="secondary">{translateNow('tickets.colFilter.unsupported')}</Typography.Text>;
  }
}

type EditorProps<C> = { column: C; current: TicketFilter | undefined; onApply(f: TicketFilter): void; onClear(): void };

function Footer({ onClear, onApply, disabled }: { onClear(): void; onApply(): void; disabled?: boolean }) {
  const t = useT();
  return (
    <Space style={{ marginTop: 8, width: '100%', justifyContent: 'flex-end' }}>
      <Button size="small" onClick={onClear} data-testid="filter-clear">{t('tickets.colFilter.clear')}</Button>
      <Button size="small" type="primary" onClick={onApply} disabled={disabled} data-testid="filter-apply">{t('tickets.colFilter.apply')}</Button>
    </Space>
  );
}

function TextFilter({ column, current, onApply, onClear }: EditorProps<TextColumn>) {
  const t = useT();
  const [text, setText] = useState(current?.kind === 'text' ? current.contains : '');
  const apply = () => onApply({ kind: 'text', column, contains: text.trim() });
  return (
    <div style={{ width: 240 }}>
      <Input autoFocus allowClear placeholder={t('tickets.colFilter.contains')} value={text} onChange={(e) => setText(e.target.value)} onPressEnter={apply} />
      <Footer onClear={onClear} onApply={apply} />
    </div>
  );
}

const CHOICES_SHOWN = 300;

function ChoiceFilter({ column, current, onApply, onClear }: EditorProps<CodedColumn>) {
  const t = useT();
  const fmt = useFormat();
  const [choices, setChoices] = useState<{ value: string; count: number }[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(() => new Set(current?.kind === 'in' ? current.values : []));
  const [needle, setNeedle] = useState('');
  useEffect(() => {
    let alive = true;
    getEngine().distinct(column).then(
      (list) => { if (alive) setChoices([...list].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))); },
      (e: unknown) => { if (alive) { setChoices([]); void message.error(translateNow('tickets.colFilter.choicesFailed', { error: String(e) })); } },
    );
    return () => { alive = false; };
  }, [column]);
  const shown = useMemo(() => {
    const n = needle.trim().toLowerCase();
    return (choices ?? []).filter((c) => !n || c.value.toLowerCase().includes(n));
  }, [choices, needle]);
  const toggle = (v: string, on: boolean) => setPicked((p) => { const s = new Set(p); if (on) s.add(v); else s.delete(v); return s; });
  return (
    <div style={{ width: 280 }}>
      <Input autoFocus allowClear placeholder={t('tickets.colFilter.searchChoices')} value={needle} onChange={(e) => setNeedle(e.target.value)} />
      <Space size={4} style={{ margin: '6px 0' }}>
        <Button size="small" type="link" onClick={() => setPicked((p) => new Set([...p, ...shown.map((c) => c.value)]))}>{t(needle ? 'tickets.colFilter.selectMatches' : 'tickets.colFilter.selectAll')}</Button>
        <Button size="small" type="link" onClick={() => setPicked(new Set())}>{t('tickets.colFilter.selectNone')}</Button>
        <Typography.Text type="secondary">{t('tickets.colFilter.picked', { count: picked.size })}</Typography.Text>
      </Space>
      <div style={{ maxHeight: 280, overflowY: 'auto' }} data-testid={`choice-list-${column}`}>
        {choices === null ? <Spin size="small" /> : shown.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.colFilter.noMatch')} /> : (
          shown.slice(0, CHOICES_SHOWN).map((c) => (
            <div key={c.value} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '2px 0' }}>
              <Checkbox checked={picked.has(c.value)} onChange={(e) => toggle(c.value, e.target.checked)}>
                {c.value === '' ? <Typography.Text type="secondary">{t('tickets.colFilter.blank')}</Typography.Text> : c.value}
              </Checkbox>
              <Typography.Text type="secondary">{fmt.number(c.count)}</Typography.Text>
            </div>
          ))
        )}
        {shown.length > CHOICES_SHOWN && (
          <Typography.Text type="secondary">{t('tickets.colFilter.more', { count: shown.length - CHOICES_SHOWN })}</Typography.Text>
        )}
      </div>
      <Footer onClear={onClear} onApply={() => (picked.size ? onApply({ kind: 'in', column, values: [...picked] }) : onClear())} />
    </div>
  );
}

const toDay = (t: number | undefined): Dayjs | null => (t === undefined ? null : dayjs(formatLocalDate(t)));

function DateRangeFilter({ column, current, onApply, onClear }: EditorProps<TimeColumn>) {
  const t = useT();
  const init = current?.kind === 'range' ? current : undefined;
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null]>([
    toDay(init?.from), toDay(init?.to !== undefined ? init.to - DAY_MS : undefined),
  ]);
  const [empty, setEmpty] = useState(init?.empty === true);
  const apply = () => {
    const [a, b] = range;
    // Dates are local (Asia/Shanghai) days; `to` is the exclusive midnight after the last day.
    const from = a ? parseLocalDate(a.format('YYYY-MM-DD')) : undefined;
    const to = b ? parseLocalDate(b.format('YYYY-MM-DD')) + DAY_MS : undefined;
    onApply({ kind: 'range', column, from, to, empty: empty || undefined });
  };
  return (
    <div style={{ width: 300 }}>
      <DatePicker.RangePicker
        value={range}
        allowEmpty={[true, true]}
        onChange={(v) => setRange([v?.[0] ?? null, v?.[1] ?? null])}
        placeholder={[t('tickets.colFilter.start'), t('tickets.colFilter.end')]}
        style={{ width: '100%' }}
      />
      <Checkbox style={{ marginTop: 6 }} checked={empty} onChange={(e) => setEmpty(e.target.checked)}>
        {t(range[0] || range[1] ? 'tickets.colFilter.withEmpty' : 'tickets.colFilter.onlyEmpty')}
      </Checkbox>
      <Footer onClear={onClear} onApply={apply} />
    </div>
  );
}

function NumberRangeFilter({ column, current, onApply, onClear }: EditorProps<'rejects' | 'reopens'>) {
  const t = useT();
  const init = current?.kind === 'num' ? current : undefined;
  const [min, setMin] = useState<number | null>(init?.min ?? null);
  const [max, setMax] = useState<number | null>(init?.max ?? null);
  const bad = min !== null && max !== null && min > max;
  return (
    <div style={{ width: 240 }}>
      <Space>
        <InputNumber min={0} precision={0} placeholder={t('tickets.colFilter.min')} value={min} onChange={(v) => setMin(v)} />
        <span>~</span>
        <InputNumber min={0} precision={0} placeholder={t('tickets.colFilter.max')} value={max} onChange={(v) => setMax(v)} />
      </Space>
      {bad && <Typography.Text type="danger" style={{ display: 'block' }}>{t('tickets.colFilter.minAboveMax')}</Typography.Text>}
      <Footer onClear={onClear} disabled={bad} onApply={() => onApply({ kind: 'num', column, min: min ?? undefined, max: max ?? undefined })} />
    </div>
  );
}
