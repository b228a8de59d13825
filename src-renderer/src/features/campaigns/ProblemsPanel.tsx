import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import type { Campaign, CampaignProblem, CampaignTask } from '@core/campaigns/campaign';
import { linkToProblem, removeProblem, unlinkFromProblem } from '@core/campaigns/campaign-ops';
import { MAX_PROBLEMS, MIN_PROBLEMS } from '@core/campaigns/lifecycle';
import { SELECTOR_FIELDS } from '@core/campaigns/selector';
import { parseLocalDate } from '@core/base/time/shanghai';
import { openTickets } from '@renderer/app/navigation';
import { getEngine } from '@renderer/engine/client';
import { listCases } from '@renderer/features/chronic/case-repo';
import { useLocale, useT } from '@renderer/i18n';
import { saveCampaignChange } from './campaign-repo';
import { useCampaignUi } from './campaign-store';
import { fieldLabel, roleLabel } from './labels';
import { ProblemEditor } from './ProblemEditor';
import { punct } from './locale-text';

/** Attaches chronic cases (picked from the 疑难件 list) and tickets (ids, one per line or comma) to a problem. */
function LinkModal({ c, p, onClose }: { c: Campaign; p: CampaignProblem; onClose: () => void }) {
  const t = useT();
  const me = useCampaignUi((s) => s.me);
  const cases = useLiveQuery(listCases, []);
  const [picked, setPicked] = useState<string[]>([]);
  const [ids, setIds] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ok = async (): Promise<void> => {
    const tickets = ids.split(/[\s,，;；]+/).map((s) => s.trim()).filter(Boolean);
    try {
      await saveCampaignChange(linkToProblem(c, p.id, { cases: picked, tickets }, { by: me || t('cmp.defaultActor'), now: Date.now() }));
      onClose();
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
  };
  return (
    <Modal open title={t('cmp.link.title', { title: p.title })} onCancel={onClose} onOk={() => void ok()} okButtonProps={{ 'data-testid': 'link-ok' } as Record<string, string>}>
      <Typography.Paragraph type="secondary">{t('cmp.link.hint')}</Typography.Paragraph>
      <Select mode="multiple" style={{ width: '100%', marginBottom: 12 }} value={picked} onChange={setPicked} placeholder={t('cmp.link.cases')} showSearch optionFilterProp="label"
        options={(cases ?? []).filter((x) => !p.cases.includes(x.id)).map((x) => ({ value: x.id, label: `${x.id} ${x.title}` }))} data-testid="link-cases" />
      <Input.TextArea rows={4} value={ids} onChange={(e) => setIds(e.target.value)} placeholder={t('cmp.link.tickets')} data-testid="link-tickets" />
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} />}
    </Modal>
  );
}

/** The campaign's 2–3 problems: what tickets each covers, who leads and joins, what is attached. */
export function ProblemsPanel({ c, tasks }: { c: Campaign; tasks: readonly CampaignTask[] }) {
  const t = useT();
  const pu = punct(useLocale());
  const { message } = App.useApp();
  const me = useCampaignUi((s) => s.me);
  const [editing, setEditing] = useState<CampaignProblem | 'new' | null>(null);
  const [linking, setLinking] = useState<CampaignProblem | null>(null);
  const a = () => ({ by: me || t('cmp.defaultActor'), now: Date.now() });
  const canEdit = c.status === '筹备' || c.status === '实施';
  const showMatches = async (p: CampaignProblem): Promise<void> => {
    const ids = await getEngine().run<string[]>('campaign', { op: 'matchIds', selector: p.selector, from: parseLocalDate(c.from), to: parseLocalDate(c.to) });
    if (ids.length === 0) { message.info(t('cmp.problem.noMatches')); return; }
    openTickets({ filters: [{ kind: 'ids', ids }], label: t('cmp.problem.matchesLabel', { title: p.title, from: c.from, to: c.to, n: ids.length }) });
  };
  const run = async (p: Promise<unknown>): Promise<void> => { try { await p; } catch (e) { message.error(e instanceof Error ? e.message : String(e)); } };

  return (
    <div data-testid="problems-panel">
      <Space style={{ marginBottom: 12 }} wrap>
        {c.status === '筹备' && c.problems.length < MAX_PROBLEMS && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="problem-add">{t('cmp.problem.add')}</Button>}
        <Typography.Text type="secondary">{t('cmp.problem.count', { n: c.problems.length, min: MIN_PROBLEMS, max: MAX_PROBLEMS })}</Typography.Text>
      </Space>
      {c.problems.length === 0 && <Empty description={t('cmp.problem.empty')} />}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))', gap: 12 }}>
        {c.problems.map((p) => (
          <Card key={p.id} size="small" title={p.title} data-testid="problem-card" extra={(
            <Space>
              <Button size="small" onClick={() => void run(showMatches(p))} data-testid="problem-matches">{t('cmp.problem.matches')}</Button>
              {canEdit && <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid="problem-edit">{t('cmp.edit')}</Button>}
              {c.status !== '完成' && <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(p)} data-testid="problem-link">{t('cmp.link.button')}</Button>}
              {c.status === '筹备' && (
                <Popconfirm title={t('cmp.problem.removeConfirm', { title: p.title })} onConfirm={() => void run(saveCampaignChange(removeProblem(c, p.id, tasks, a())))}>
                  <Button size="small" danger>{t('cmp.remove')}</Button>
                </Popconfirm>
              )}
            </Space>
          )}>
            <Descriptions size="small" column={1} items={[
              ...SELECTOR_FIELDS.filter((f) => p.selector[f].length > 0).map((f) => ({ key: f, label: fieldLabel(f, t), children: p.selector[f].join(pu.list) })),
              { key: 'lead', label: t('cmp.f.problemLead'), children: p.leadUnit },
              { key: 'co', label: t('cmp.f.coUnits'), children: p.coUnits.length ? p.coUnits.map((u) => <Tag key={u.unit}>{u.unit} · {roleLabel(u.role, t)}</Tag>) : '—' },
              {
                key: 'cases', label: t('cmp.f.cases'), children: p.cases.length ? p.cases.map((id) => (
                  <Tag key={id} closable={c.status !== '完成'} onClose={(e) => { e.preventDefault(); void run(saveCampaignChange(unlinkFromProblem(c, p.id, { cases: [id] }, a()))); }}>
                    <a href={`#/chronic?case=${encodeURIComponent(id)}`}>{id}</a>
                  </Tag>
                )) : '—',
              },
              {
                key: 'tickets', label: t('cmp.f.tickets'), children: p.tickets.length ? (
                  <a data-testid="problem-tickets" onClick={() => openTickets({ filters: [{ kind: 'ids', ids: p.tickets }], label: t('cmp.problem.linkedLabel', { title: p.title, n: p.tickets.length }) })}>
                    {t('cmp.problem.linkedTickets', { n: p.tickets.length })}
                  </a>
                ) : '—',
              },
            ]} />
          </Card>
        ))}
      </div>
      <ProblemEditor c={c} problem={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
      {linking && <LinkModal c={c} p={linking} onClose={() => setLinking(null)} />}
    </div>
  );
}
