import type { ReactElement } from 'react';
import { Alert, Tabs } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { can } from '@core/records/authorization';
import { PageHeader } from '@renderer/app/PageHeader';
import { formatHash, useLocation } from '@renderer/app/router';
import { useT } from '@renderer/i18n';
import { getBridge } from '@renderer/platform/bridge';
import { AuditPanel } from './AuditPanel';
import { CandidatesPanel } from './CandidatesPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { NoticePanel } from './NoticePanel';
import { RegisterPanel } from './RegisterPanel';
import { useRecordsSession } from './records-service';
import { SessionGate } from './SessionGate';
import { UsersPanel } from './UsersPanel';
import { VerifyPanel } from './VerifyPanel';
import { WorkflowPanel } from './WorkflowPanel';
import './bench-hook';
import './records.css';

export const RECORDS_TABS = ['candidates', 'workflow', 'register', 'followup', 'notice', 'audit', 'verify', 'users'] as const;
export type RecordsTab = (typeof RECORDS_TABS)[number];

function AuditGate() {
  const t = useT();
  const user = useRecordsSession((s) => s.user);
  const d = user ? can(user, 'audit.view') : { ok: false as const, reason: '' };
  return d.ok ? <AuditPanel /> : <Alert type="warning" showIcon message={t('records.audit.noRight')} description={d.reason} />;
}

/**
 * 表彰问责 (issue 14, DOMAIN.md section 11): candidates from the analyses, drafts through
 * 起草 → 审核 → 签发 by two people, the tamper-evident register with corrections, retractions and
 * appeals, 整改 follow-up, the 通报, the audit log, bundle verification and the users and key.
 * The tab is in the route (`#/records?tab=…`). The verify tab works without signing in.
 */
export function RecordsPage() {
  const t = useT();
  const { params } = useLocation();
  const tab: RecordsTab = (RECORDS_TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as RecordsTab) : 'candidates';
  const browser = !getBridge();
  const go = (k: string) => { window.location.hash = formatHash('records', { tab: k }); };
  const signedIn: Record<Exclude<RecordsTab, 'verify'>, ReactElement> = {
    candidates: <CandidatesPanel />, workflow: <WorkflowPanel />, register: <RegisterPanel />, followup: <FollowUpPanel />,
    notice: <NoticePanel />, audit: <AuditGate />, users: <UsersPanel />,
  };
  return (
    <div className="duban-page" data-testid="records-page" style={{ maxWidth: 'none' }}>
      <PageHeader icon={<TrophyOutlined />} title={t('nav.records')} subtitle={t('records.subtitle')} />
      {browser && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('records.browserMode')} description={t('records.browserModeHint')} data-testid="records-browser-mode" />}
      <Tabs activeKey={tab} onChange={go} destroyOnHidden items={RECORDS_TABS.map((k) => ({
        key: k,
        label: <span data-testid={`records-tab-${k}`}>{t(`records.tab.${k}`)}</span>,
        children: k === 'verify' ? <VerifyPanel /> : <SessionGate>{signedIn[k]}</SessionGate>,
      }))} />
    </div>
  );
}
