import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Input, InputNumber, Popconfirm, Space, Table, Tag } from 'antd';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import type { CalendarYear } from '@core/base/calendar/types';
import { validateCalendarYear } from '@core/base/calendar/working-days';
import { useFormat, useT } from '@renderer/i18n';
import { calendarYears, resetCalendarYear, saveCalendarYear } from './case-repo';
import { dayText } from './labels';

type Entry = { date: string; name: string; kind: '放假' | '调休上班' };

/**
 * 设置 → 工作日历: the holidays and make-up working days per year that working-day deadlines
 * use. Built in for 2024–2026; the office edits or adds years (stored per year).
 */
export function CalendarSettings() {
  const { message } = App.useApp();
  const t = useT();
  const fmt = useFormat();
  const kindLabel = (k: Entry['kind']): string => t(k === '放假' ? 'chronic.calendar.holiday' : 'chronic.calendar.workday');
  const years = useLiveQuery(calendarYears, []);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [entries, setEntries] = useState<Entry[]>([]);
  const [source, setSource] = useState('');
  const [add, setAdd] = useState<Entry>({ date: '', name: '', kind: '放假' });
  const stored = years?.find((y) => y.year === year);
  const builtin = BUILTIN_CALENDAR.some((y) => y.year === year);

  useEffect(() => {
    setEntries(stored ? [...stored.holidays.map((h) => ({ ...h, kind: '放假' as const })), ...stored.workdays.map((w) => ({ ...w, kind: '调休上班' as const }))].sort((a, b) => (a.date < b.date ? -1 : 1)) : []);
    setSource(stored?.source ?? '');
  }, [stored]);

  const asYear = (): CalendarYear => ({
    year, source: source.trim() || t('chronic.calendar.defaultSource'),
    holidays: entries.filter((e) => e.kind === '放假').map(({ date, name }) => ({ date, name })),
    workdays: entries.filter((e) => e.kind === '调休上班').map(({ date, name }) => ({ date, name })),
  });
  const problems = validateCalendarYear(asYear());

  const save = async (): Promise<void> => {
    if (problems.length) { message.error(problems[0]!); return; }
    await saveCalendarYear(asYear());
    message.success(t('chronic.calendar.saved', { year }));
  };

  return (
    <Card title={t('chronic.calendar.title')} size="small" data-testid="calendar-settings">
      <Space wrap style={{ marginBottom: 8 }}>
        <InputNumber value={year} min={1990} max={2100} onChange={(v) => v && setYear(v)} addonBefore={t('chronic.calendar.year')} data-testid="calendar-year" />
        {stored ? <Tag color={builtin ? 'blue' : 'green'}>{source}</Tag> : <Tag color="orange">{t('chronic.calendar.noData', { year })}</Tag>}
      </Space>
      <Table<Entry> size="small" rowKey={(e) => `${e.kind}${e.date}`} dataSource={entries} pagination={false} scroll={{ y: 300 }}
        columns={[
          { title: t('chronic.calendar.col.date'), dataIndex: 'date', width: 150, render: (d: string) => dayText(d, fmt) },
          { title: t('chronic.calendar.col.kind'), dataIndex: 'kind', width: 170, render: (k: Entry['kind']) => <Tag color={k === '放假' ? 'red' : 'blue'}>{kindLabel(k)}</Tag> },
          { title: t('chronic.calendar.col.name'), dataIndex: 'name' },
          { title: '', width: 70, render: (_, e) => <a onClick={() => setEntries(entries.filter((x) => x !== e))}>{t('chronic.calendar.remove')}</a> },
        ]} />
      <Space wrap style={{ marginTop: 8 }}>
        <Input type="date" value={add.date} onChange={(e) => setAdd({ ...add, date: e.target.value })} style={{ width: 160 }} />
        <Input placeholder={t('chronic.calendar.holidayName')} value={add.name} onChange={(e) => setAdd({ ...add, name: e.target.value })} style={{ width: 140 }} />
        <Button onClick={() => setAdd({ ...add, kind: add.kind === '放假' ? '调休上班' : '放假' })}>{kindLabel(add.kind)}</Button>
        <Button onClick={() => { if (add.date) { setEntries([...entries, add].sort((a, b) => (a.date < b.date ? -1 : 1))); setAdd({ ...add, date: '' }); } }}>{t('chronic.calendar.add')}</Button>
      </Space>
      <div style={{ marginTop: 8 }}>
        <Input addonBefore={t('chronic.calendar.source')} value={source} onChange={(e) => setSource(e.target.value)} placeholder={t('chronic.calendar.sourceHint')} />
      </div>
      {problems.length > 0 && <Alert type="error" style={{ marginTop: 8 }} message={problems.join('；')} />}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => void save()} disabled={problems.length > 0}>{t('chronic.calendar.save', { year })}</Button>
        <Popconfirm title={t(builtin ? 'chronic.calendar.resetConfirm' : 'chronic.calendar.deleteConfirm', { year })} okText={t('chronic.ok')} cancelText={t('chronic.cancel')} onConfirm={() => void resetCalendarYear(year).then(() => message.success(t('chronic.calendar.restored')))}>
          <Button>{t(builtin ? 'chronic.calendar.reset' : 'chronic.calendar.deleteYear')}</Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
