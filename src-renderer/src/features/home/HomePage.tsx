import { CalendarOutlined, DatabaseOutlined, HomeOutlined, ImportOutlined, NodeIndexOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '@renderer/app/PageHeader';
import { SectionCards } from '@renderer/app/SectionCards';
import { navigate } from '@renderer/app/navigation';
import { db } from '@renderer/db';
import type { StoreStats } from '@renderer/engine/api';
import { useFormat, useT, type Formatters, type Translate } from '@renderer/i18n';

/** The 'store' row, or a zero row when nothing was ever imported; undefined while loading. */
function useStoreStats(): StoreStats | null | undefined {
  return useLiveQuery(async () => ((await db.meta.get('store')) as StoreStats | undefined) ?? null, []);
}

const DAY_MS = 86_400_000;

/** How long the accepted dates span: in months from two months on, else in days. */
function spanText(t: Translate, f: Formatters, from: number | null, to: number | null): string {
  if (from === null || to === null) return '—';
  const days = Math.max(1, Math.round((to - from) / DAY_MS) + 1);
  return days >= 60 ? t('home.spanMonths', { n: f.number(Math.round(days / 30.44)) }) : t('home.spanDays', { n: f.number(days) });
}

type StatProps = { icon: ReactNode; title: string; value: string; unit?: string; foot?: string; testId?: string };

/** One figure of the store: a label, a large value and an optional line under it. */
function StatCard({ icon, title, value, unit, foot, testId }: StatProps) {
  return (
    <Card size="small" className="duban-stat-card" data-testid={testId}>
      <div className="duban-stat-title">{icon}<span>{title}</span></div>
      <div className="duban-stat-value"><span data-testid={testId ? `${testId}-value` : undefined}>{value}</span>{unit ? <span className="duban-stat-unit">{unit}</span> : null}</div>
      {foot ? <div className="duban-stat-foot" title={foot}>{foot}</div> : null}
    </Card>
  );
}

/** 工作台: what the store holds (live), and a card for every section. */
export function HomePage() {
  const t = useT();
  const f = useFormat();
  const stats = useStoreStats();
  const empty = stats === null || (stats !== undefined && stats.tickets === 0);

  return (
    <div className="duban-page" data-testid="home-page">
      <PageHeader
        icon={<HomeOutlined />}
        title={t('home.title')}
        subtitle={t('home.subtitle')}
        extra={!empty && stats ? <Button icon={<ImportOutlined />} onClick={() => navigate('import')}>{t('home.importMore')}</Button> : null}
      />
      {stats === undefined ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {empty ? (
        <Card data-testid="home-empty">
          <Empty
            description={
              <div>
                <div style={{ fontSize: 15, fontWeight: 600, marginBottom: 4 }}>{t('home.empty.title')}</div>
                <div style={{ color: 'var(--duban-text-secondary)' }}>{t('home.empty.desc')}</div>
              </div>
            }
          >
            <Button type="primary" onClick={() => navigate('welcome')} data-testid="home-go-welcome">{t('home.empty.button')}</Button>
          </Empty>
        </Card>
      ) : null}
      {stats && stats.tickets > 0 ? (
        <Row gutter={[12, 12]} data-testid="home-stats">
          <Col xs={12} lg={6}>
            <StatCard icon={<DatabaseOutlined />} title={t('home.tickets')} value={f.number(stats.tickets)} unit={t('home.unitPiece')} testId="home-ticket-count" />
          </Col>
          <Col xs={12} lg={6}>
            <StatCard icon={<NodeIndexOutlined />} title={t('home.events')} value={f.number(stats.events)} unit={t('home.unitRecord')} />
          </Col>
          <Col xs={12} lg={6}>
            <StatCard
              icon={<CalendarOutlined />}
              title={t('home.range')}
              value={spanText(t, f, stats.from, stats.to)}
              foot={`${f.date(stats.from)} ${t('common.to')} ${f.date(stats.to)}`}
              testId="home-range"
            />
          </Col>
          <Col xs={12} lg={6}>
            <StatCard
              icon={<SyncOutlined />}
              title={t('home.lastImport')}
              value={stats.lastImportAt ? f.dateTime(stats.lastImportAt) : t('home.noImport')}
              foot={stats.lastImportName ?? undefined}
            />
          </Col>
        </Row>
      ) : null}
      <h2 className="duban-subheading">{t('home.sections')}</h2>
      <SectionCards testIdPrefix="home-card" />
    </div>
  );
}
