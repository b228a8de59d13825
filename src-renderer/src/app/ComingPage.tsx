import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag } from 'antd';
import { useT, type MessageKey } from '@renderer/i18n';
import { EXTRA_ROUTES, NAV_ENTRIES } from './nav-items';
import { navigate, type Route } from './navigation';
import { PageHeader } from './PageHeader';
import { useLocation } from './router';

/** Sections whose page has not landed yet; each has product copy in the catalog (coming.<section>.*). */
export type ComingSection = never;
const COMING: readonly ComingSection[] = [];

function isComing(route: string): route is ComingSection {
  return (COMING as readonly string[]).includes(route);
}

type Props = { section?: Route };

/**
 * The page of a section still being built: what the section will do, and where the related
 * figures can be seen meanwhile. Without `section` it describes the current route.
 */
export function ComingPage({ section }: Props) {
  const t = useT();
  const { route } = useLocation();
  const current = section ?? route ?? 'home';
  const nav = NAV_ENTRIES.find((e) => e.route === current);
  const label = nav?.label ?? EXTRA_ROUTES[current]?.label ?? 'nav.home';
  const icon = nav?.icon ?? EXTRA_ROUTES[current]?.icon;
  const points = isComing(current)
    ? ([1, 2, 3, 4] as const).map((i) => `coming.${current}.p${i}` as MessageKey)
    : [];
  const lead: MessageKey | null = isComing(current) ? (`coming.${current}.lead` as MessageKey) : nav?.description ?? null;

  return (
    <div className="duban-page" data-testid="coming-page">
      <PageHeader icon={icon} title={t(label)} badge={<Tag color="gold" style={{ marginInlineStart: 4 }}>{t('coming.badge')}</Tag>} />
      {lead ? <p className="duban-lead">{t(lead)}</p> : null}
      {points.length > 0 ? (
        <Card title={t('coming.planned')} size="small" style={{ maxWidth: 860 }}>
          <ul className="duban-coming-points">
            {points.map((p) => (
              <li key={p}><CheckCircleOutlined /><span>{t(p)}</span></li>
            ))}
          </ul>
        </Card>
      ) : null}
      <div style={{ marginTop: 16, maxWidth: 860 }}>
        <p className="duban-lead" style={{ marginBottom: 10 }}>{t('coming.meanwhile')}</p>
        <Space>
          <Button onClick={() => navigate('tickets')}>{t('coming.toTickets')}</Button>
          <Button onClick={() => navigate('assessment')}>{t('coming.toAssessment')}</Button>
        </Space>
      </div>
    </div>
  );
}
