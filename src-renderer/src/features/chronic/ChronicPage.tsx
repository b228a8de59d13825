import { Tabs } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { PageHeader } from '@renderer/app/PageHeader';
import { useLocation } from '@renderer/app/router';
import { CaseDetail } from './CaseDetail';
import { CasesGrid } from './CasesGrid';
import { useChronicStore, type ChronicTab } from './chronic-store';
import { DetectionsPanel } from './DetectionsPanel';
import { MyWork } from './MyWork';
import { ReviewQueue } from './ReviewQueue';
import { SignalsPanel } from './SignalsPanel';

/** 疑难件: detections (chronic-v1), cases and their supervision, the review queue, my work, unit signals. */
export function ChronicPage() {
  const { params } = useLocation();
  const { tab, setTab } = useChronicStore();
  return (
    <div className="duban-page" data-testid="chronic-page" style={{ maxWidth: 'none' }}>
      <PageHeader icon={<AlertOutlined />} title="疑难件" subtitle="反复诉求、推诿扯皮、长期未办结的工单：检测、立案、督办、跟进、销号" />
      {params.case ? <CaseDetail id={params.case} /> : (
        <Tabs activeKey={tab} onChange={(k) => setTab(k as ChronicTab)} destroyOnHidden items={[
          { key: 'detect', label: '检测结果', children: <DetectionsPanel /> },
          { key: 'cases', label: '疑难件', children: <CasesGrid /> },
          { key: 'review', label: '不满意复核', children: <ReviewQueue /> },
          { key: 'mine', label: '我的工作', children: <MyWork /> },
          { key: 'signals', label: '单位信号', children: <SignalsPanel /> },
        ]} />
      )}
    </div>
  );
}
