import { Card, Col, Row } from 'antd';
import { useT } from '@renderer/i18n';
import { NAV_ENTRIES } from './nav-items';
import { navigate } from './navigation';

/** A card per section (from the navigation entries), linking to it. */
export function SectionCards({ testIdPrefix = 'section-card' }: { testIdPrefix?: string }) {
  const t = useT();
  return (
    <Row gutter={[12, 12]}>
      {NAV_ENTRIES.filter((e) => e.route !== 'home').map((e) => (
        <Col xs={24} sm={12} lg={8} xl={6} key={e.route}>
          <Card
            size="small"
            className="duban-section-card"
            onClick={() => navigate(e.route)}
            data-testid={`${testIdPrefix}-${e.route}`}
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
  );
}
