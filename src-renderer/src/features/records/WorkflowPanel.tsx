import { useState } from 'react';
import { Button, Input, Modal, Space, Table, Timeline } from 'antd';
import { subjectLabel, type RecordDraft } from '@core/records/model';
import type { RecordItem } from '@core/records/workflow';
import { formatLocal } from '@core/base/time/shanghai';
import { useT } from '@renderer/i18n';
import { DraftEditor } from './DraftEditor';
import { approve, newDraft, saveDraft, sendBack, signOffAndPublish, submit } from './records-service';
import { BasisText, EvidenceLinks, StateTag } from './record-view';
import { useRecordsState, useReport } from './use-records';

type Ask = { item: RecordItem; kind: 'approve' | 'return' } | null;

/** 草稿与审批: every record on its way to the register, with the workflow buttons (the service decides who may). */
export function WorkflowPanel() {
  const t = useT();
  const report = useReport();
  const state = useRecordsState();
  const [editing, setEditing] = useState<RecordItem | 'new' | null>(null);
  const [ask, setAsk] = useState<Ask>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const items = [...(state?.items ?? [])].reverse();

  const run = async (id: string, f: () => Promise<{ ok: true } | { ok: false; reason: string }>, ok: string) => {
    setBusy(id);
    report(await f(), ok);
    setBusy(null);
  };
  const save = async (d: RecordDraft) => {
    if (editing === 'new') return report(await newDraft(d), t('records.workflow.created'));
    if (editing) return report(await saveDraft(editing.id, d), t('records.workflow.saved'));
    return false;
  };
  const actions = (it: RecordItem) => {
    const loading = busy === it.id;
    switch (it.state) {
      case '起草': return (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(it)}>{t('records.workflow.edit')}</Button>
          <Button size="small" type="primary" loading={loading} onClick={() => void run(it.id, () => submit(it.id), t('records.workflow.submitted'))} data-testid="wf-submit">{t('records.workflow.submit')}</Button>
        </Space>
      );
      case '审核': return (
        <Space size={4}>
          <Button size="small" type="primary" onClick={() => { setNote(''); setAsk({ item: it, kind: 'approve' }); }} data-testid="wf-approve">{t('records.workflow.approve')}</Button>
          <Button size="small" onClick={() => { setNote(''); setAsk({ item: it, kind: 'return' }); }}>{t('records.workflow.return')}</Button>
        </Space>
      );
      case '签发': return (
        <Space size={4}>
          <Button size="small" type="primary" danger loading={loading} onClick={() => void run(it.id, () => signOffAndPublish(it.id), t('records.workflow.published'))} data-testid="wf-signoff">{t('records.workflow.signoff')}</Button>
          <Button size="small" onClick={() => { setNote(''); setAsk({ item: it, kind: 'return' }); }}>{t('records.workflow.return')}</Button>
        </Space>
      );
      case '已发布': return <span data-testid="wf-seq">{t('records.workflow.seq', { seq: it.seq ?? '' })}</span>;
    }
  };
  return (
    <div data-testid="records-workflow">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="wf-new">{t('records.workflow.new')}</Button>
        <span className="records-hint">{t('records.workflow.lead')}</span>
      </Space>
      <Table<RecordItem> size="small" rowKey="id" dataSource={items} pagination={{ pageSize: 15, showSizeChanger: false }} data-testid="workflow-table"
        expandable={{ expandedRowRender: (it) => (
          <div className="records-expand">
            <p><b>{t('records.field.reason')}：</b>{it.draft.reason}</p>
            <p><b>{t('records.field.basis')}：</b><BasisText basis={it.draft.basis} /></p>
            <div><b>{t('records.field.evidence')}：</b><EvidenceLinks evidence={it.draft.evidence} /></div>
            {it.draft.rectification && <p><b>{t('records.field.requirement')}：</b>{it.draft.rectification.requirement}（{t('records.field.deadline', { date: it.draft.rectification.deadline })}）</p>}
            <Timeline style={{ marginTop: 8 }} items={it.history.map((h) => ({ children: `${formatLocal(h.at)} ${h.by.name} ${t(`records.step.${h.action}`)}${h.note ? `：${h.note}` : ''}` }))} />
          </div>
        ) }}
        columns={[
          { title: t('records.workflow.id'), dataIndex: 'id', width: 90 },
          { title: t('records.workflow.state'), dataIndex: 'state', width: 90, render: (s: RecordItem['state']) => <StateTag state={s} /> },
          { title: t('records.field.kind'), width: 130, render: (_: unknown, it) => `${it.draft.kind} · ${it.draft.measure}` },
          { title: t('records.field.subject'), render: (_: unknown, it) => subjectLabel(it.draft.subject) },
          { title: t('records.field.docNo'), width: 150, render: (_: unknown, it) => it.draft.docNo || '—' },
          { title: t('records.workflow.people'), width: 200, render: (_: unknown, it) => [it.drafter.name, it.reviewer?.name, it.approver?.name].filter(Boolean).join(' → ') },
          { title: t('records.workflow.returned'), width: 160, render: (_: unknown, it) => it.returned ?? '' },
          { title: '', width: 190, render: (_: unknown, it) => actions(it) },
        ]} />
      <DraftEditor open={editing !== null} title={editing === 'new' ? t('records.workflow.new') : t('records.workflow.editTitle', { id: editing?.id ?? '' })}
        initial={editing && editing !== 'new' ? editing.draft : null} onCancel={() => setEditing(null)} onSave={save} />
      <Modal open={!!ask} title={ask?.kind === 'approve' ? t('records.workflow.approveTitle') : t('records.workflow.returnTitle')} okText={t('records.ok')} cancelText={t('records.cancel')}
        onCancel={() => setAsk(null)} okButtonProps={{ 'data-testid': 'wf-ask-ok' } as Record<string, string>}
        onOk={() => {
          if (!ask) return;
          const { item, kind } = ask;
          void (kind === 'approve' ? approve(item.id, note) : sendBack(item.id, note)).then((o) => { if (report(o, kind === 'approve' ? t('records.workflow.approved') : t('records.workflow.returnedOk'))) setAsk(null); });
        }}>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={ask?.kind === 'approve' ? t('records.workflow.approveNote') : t('records.workflow.returnNote')} data-testid="wf-note" />
      </Modal>
    </div>
  );
}
