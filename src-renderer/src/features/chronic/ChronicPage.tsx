import { Tabs } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { PageHeader } from '@renderer/app/PageHeader';
import { useLocation } from '@renderer/app/router';
import { useT } from '@renderer/i18n';
import { CaseDetail } from './CaseDetail';
import { CasesGrid } from './CasesGrid';
import { useChronicStore, type ChronicTab } from './chronic-store';
import { DetectionsPanel } from './DetectionsPanel';
import { MyWork } from './MyWork';
import { ReviewQueue } from './ReviewQueue';
import { SignalsPanel } from './SignalsPanel';
import { ThresholdEditor } from './ThresholdEditor';

/** 疑难件: detections (chronic-v1), cases and their supervision, the review queue, my work, unit signals. */
export function ChronicPage() {
  const { params } = useLocation();
  const { tab, setTab } = useChronicStore();
  const t = useT();
  return (
    <div className="duban-page" data-testid="chronic-page" style={{ maxWidth: 'none' }}>
      <PageHeader icon={<AlertOutlined />} title={t('nav.chronic')} subtitle={t('chronic.subtitle')} />
      {params.case ? <CaseDetail id={params.case} /> : (
        <Tabs activeKey={tab} onChange={(k) => setTab(k as ChronicTab)} destroyOnHidden items={[
          { key: 'detect', label: t('chronic.tab.detect'), children: <DetectionsPanel /> },
          { key: 'cases', label: t('chronic.tab.cases'), children: <CasesGrid /> },
          { key: 'review', label: t('chronic.tab.review'), children: <ReviewQueue /> },
          { key: 'mine', label: t('chronic.tab.mine'), children: <MyWork /> },
          { key: 'signals', label: t('chronic.tab.signals'), children: <SignalsPanel /> },
          { key: 'thresholds', label: t('chronic.tab.thresholds'), children: <ThresholdEditor /> },
        ]} />
      )}
    </div>
  );
}
