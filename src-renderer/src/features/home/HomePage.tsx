import { CalendarOutlined, DatabaseOutlined, HomeOutlined, ImportOutlined, NodeIndexOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { PageHeader } from '@renderer/app/PageHeader';
import { NAV_ENTRIES } from '@renderer/app/nav-items';
import { navigate } from '@renderer/app/navigation';
import { db } from '@renderer/db';
import type { StoreStats } from '@renderer/engine/api';
import { useFormat, useT } from '@renderer/i18n';

/** The 'store' row, or a zero row when nothing was ever imported; undefined while loading. */
function useStoreStats(): StoreStats | null | undefined {
  return useLiveQuery(async () => ((await db.meta.get('store')) as StoreStats | undefined) ?? null, []);
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
            <Card size="small">
              <Statistic
                title={t('home.tickets')}
                value={f.number(stats.tickets)}
                prefix={<DatabaseOutlined />}
                suffix={t('home.unitPiece')}
                styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
                data-testid="home-ticket-count"
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic title={t('home.events')} value={f.number(stats.events)} prefix={<NodeIndexOutlined />} suffix={t('home.unitRecord')} />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('home.range')}
                value={`${f.date(stats.from)} ${t('common.to')} ${f.date(stats.to)}`}
                prefix={<CalendarOutlined />}
                styles={{ content: { fontSize: 16, lineHeight: '38px' } }}
                data-testid="home-range"
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('home.lastImport')}
                value={stats.lastImportAt ? f.dateTime(stats.lastImportAt) : t('home.noImport')}
                prefix={<SyncOutlined />}
                styles={{ content: { fontSize: 16, lineHeight: '38px' } }}
              />
              <div className="duban-section-desc" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title={stats.lastImportName ?? ''}>
                {stats.lastImportName ?? ' '}
              </div>
            </Card>
          </Col>
        </Row>
      ) : null}
      <h2 style={{ fontSize: 15, margin: '20px 0 10px', fontWeight: 600 }}>{t('home.sections')}</h2>
      <Row gutter={[12, 12]}>
        {NAV_ENTRIES.filter((e) => e.route !== 'home').map((e) => (
          <Col xs={24} sm={12} lg={8} xl={6} key={e.route}>
            <Card
              size="small"
              className="duban-section-card"
              onClick={() => navigate(e.route)}
              data-testid={`home-card-${e.route}`}
              role="link"
              tabIndex={0}
              onKeyDown={(ev) => { if (ev.key === 'Enter') navigate(e.route); }}
            >
              <div className="duban-section-icon">{e.icon}</div>
              <div style={{ minWidth: 0 }}>
                <div className="duban-section-name">{t(e.label)}</div>
                <div className="duban-section-desc">{t(e.description)}</div>
              </div>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
