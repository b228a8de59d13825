import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Input, InputNumber, Popconfirm, Space, Table, Tag } from 'antd';
import { BUILTIN_CALENDAR } from '@core/base/calendar/builtin';
import type { CalendarYear } from '@core/base/calendar/types';
import { validateCalendarYear } from '@core/base/calendar/working-days';
import { calendarYears, resetCalendarYear, saveCalendarYear } from './case-repo';

type Entry = { date: string; name: string; kind: '放假' | '调休上班' };

/**
 * 设置 → 工作日历: the holidays and make-up working days per year that working-day deadlines
 * use. Built in for 2024–2026; the office edits or adds years (stored per year).
 */
export function CalendarSettings() {
  const { message } = App.useApp();
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
    year, source: source.trim() || '本单位维护',
    holidays: entries.filter((e) => e.kind === '放假').map(({ date, name }) => ({ date, name })),
    workdays: entries.filter((e) => e.kind === '调休上班').map(({ date, name }) => ({ date, name })),
  });
  const problems = validateCalendarYear(asYear());

  const save = async (): Promise<void> => {
    if (problems.length) { message.error(problems[0]!); return; }
    await saveCalendarYear(asYear());
    message.success(`${year} 年工作日历已保存`);
  };

  return (
    <Card title="工作日历（节假日与调休）" size="small" data-testid="calendar-settings">
      <Space wrap style={{ marginBottom: 8 }}>
        <InputNumber value={year} min={1990} max={2100} onChange={(v) => v && setYear(v)} addonBefore="年份" data-testid="calendar-year" />
        {stored ? <Tag color={builtin ? 'blue' : 'green'}>{source}</Tag> : <Tag color="orange">{year} 年还没有数据：只有周六、周日算休息日</Tag>}
      </Space>
      <Table<Entry> size="small" rowKey={(e) => `${e.kind}${e.date}`} dataSource={entries} pagination={false} scroll={{ y: 300 }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 130 },
          { title: '类型', dataIndex: 'kind', width: 110, render: (k: Entry['kind']) => <Tag color={k === '放假' ? 'red' : 'blue'}>{k}</Tag> },
          { title: '节日', dataIndex: 'name' },
          { title: '', width: 70, render: (_, e) => <a onClick={() => setEntries(entries.filter((x) => x !== e))}>删除</a> },
        ]} />
      <Space wrap style={{ marginTop: 8 }}>
        <Input type="date" value={add.date} onChange={(e) => setAdd({ ...add, date: e.target.value })} style={{ width: 160 }} />
        <Input placeholder="节日名称" value={add.name} onChange={(e) => setAdd({ ...add, name: e.target.value })} style={{ width: 140 }} />
        <Button onClick={() => setAdd({ ...add, kind: add.kind === '放假' ? '调休上班' : '放假' })}>{add.kind}</Button>
        <Button onClick={() => { if (add.date) { setEntries([...entries, add].sort((a, b) => (a.date < b.date ? -1 : 1))); setAdd({ ...add, date: '' }); } }}>添加</Button>
      </Space>
      <div style={{ marginTop: 8 }}>
        <Input addonBefore="依据" value={source} onChange={(e) => setSource(e.target.value)} placeholder="例如：国务院办公厅关于××年部分节假日安排的通知" />
      </div>
      {problems.length > 0 && <Alert type="error" style={{ marginTop: 8 }} message={problems.join('；')} />}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => void save()} disabled={problems.length > 0}>保存 {year} 年</Button>
        <Popconfirm title={builtin ? `恢复 ${year} 年的内置数据？` : `删除 ${year} 年的数据？`} okText="确定" cancelText="取消" onConfirm={() => void resetCalendarYear(year).then(() => message.success('已恢复'))}>
          <Button>{builtin ? '恢复内置数据' : '删除本年数据'}</Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
