import { useState } from 'react';
import { Alert, AutoComplete, Form, Input, Modal, Select } from 'antd';
import { WHISTLE_REASONS, WHISTLE_TYPES, type Whistle, type WhistleReason, type WhistleType } from '@core/campaigns/whistle';
import { useT, type MessageKey } from '@renderer/i18n';
import { addWhistle, nextWhistleId } from './whistle-repo';
import { DEFAULT_DEADLINE_HOURS, fromLocalInput, REASON_KEYS, toLocalInput, TYPE_KEYS } from './whistle-view';

type Values = { street: string; type: WhistleType; reason: WhistleReason; matter: string; at: string; deadline: string; summoned: string[]; by: string };

const HOUR = 3_600_000;

/**
 * 吹哨: a street summons units. The form checks what it can say in the interface language; the
 * record is then validated by the core (validateWhistle) and its first reason shown as it is.
 */
export function NewWhistleModal({ open, streets, units, onClose, onCreated }: { open: boolean; streets: string[]; units: string[]; onClose(): void; onCreated(w: Whistle): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [deadlineTouched, setDeadlineTouched] = useState(false);
  const now = Date.now();
  const initial: Values = { street: '', type: '日常', reason: '问题超出街乡解决能力', matter: '', at: toLocalInput(now), deadline: toLocalInput(now + DEFAULT_DEADLINE_HOURS['日常'] * HOUR), summoned: [], by: '' };

  // The deadline follows the type and time until the user sets it.
  const onValues = (changed: Partial<Values>, all: Values): void => {
    if ('deadline' in changed) setDeadlineTouched(true);
    if (!deadlineTouched && ('type' in changed || 'at' in changed)) {
      const at = fromLocalInput(all.at);
      if (Number.isFinite(at)) form.setFieldValue('deadline', toLocalInput(at + DEFAULT_DEADLINE_HOURS[all.type] * HOUR));
    }
    setError(null);
  };

  const submit = async (): Promise<void> => {
    let v: Values;
    try { v = await form.validateFields(); } catch { return; }
    const at = fromLocalInput(v.at), deadline = fromLocalInput(v.deadline);
    setSaving(true);
    try {
      const id = await nextWhistleId(Number.isFinite(at) ? at : Date.now());
      const w = await addWhistle({ id, street: v.street, type: v.type, reason: v.reason, matter: v.matter, at, deadline, summoned: v.summoned, by: v.by.trim() });
      form.resetFields();
      setDeadlineTouched(false);
      onCreated(w);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const required = (key: MessageKey) => [{ required: true, whitespace: true, message: t(key) }];
  return (
    <Modal open={open} title={t('whistles.new.title')} okText={t('whistles.new.submit')} cancelText={t('whistles.cancel')} onOk={() => void submit()} onCancel={onClose}
      confirmLoading={saving} destroyOnHidden width={640} okButtonProps={{ 'data-testid': 'whistle-submit' } as Record<string, string>}>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onValuesChange={onValues} data-testid="whistle-form" requiredMark>
        <Form.Item name="street" label={t('whistles.col.street')} rules={required('whistles.new.streetRequired')} extra={t('whistles.new.streetHint')}>
          <AutoComplete aria-label={t('whistles.col.street')} options={streets.map((s) => ({ value: s }))} placeholder={t('whistles.new.streetPlaceholder')}
            filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="type" label={t('whistles.col.type')} style={{ flex: 1 }}>
            <Select aria-label={t('whistles.col.type')} options={WHISTLE_TYPES.map((x) => ({ value: x, label: t(`whistles.type.${TYPE_KEYS[x]}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('whistles.col.reason')} style={{ flex: 2 }}>
            <Select aria-label={t('whistles.col.reason')} options={WHISTLE_REASONS.map((x) => ({ value: x, label: t(`whistles.reason.${REASON_KEYS[x]}` as MessageKey) }))} />
          </Form.Item>
        </div>
        <Form.Item name="matter" label={t('whistles.col.matter')} rules={required('whistles.new.matterRequired')}>
          <Input.TextArea aria-label={t('whistles.col.matter')} rows={2} placeholder={t('whistles.new.matterPlaceholder')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="at" label={t('whistles.col.at')} style={{ flex: 1 }} rules={required('whistles.new.atRequired')}>
            <Input type="datetime-local" aria-label={t('whistles.col.at')} />
          </Form.Item>
          <Form.Item name="deadline" label={t('whistles.col.deadline')} style={{ flex: 1 }} rules={required('whistles.new.deadlineRequired')} extra={t('whistles.new.deadlineHint')}>
            <Input type="datetime-local" aria-label={t('whistles.col.deadline')} />
          </Form.Item>
        </div>
        <Form.Item name="summoned" label={t('whistles.col.summoned')} rules={[{ required: true, type: 'array', min: 1, message: t('whistles.new.summonedRequired') }]} extra={t('whistles.new.summonedHint')}>
          <Select mode="tags" aria-label={t('whistles.col.summoned')} options={units.map((u) => ({ value: u, label: u }))} tokenSeparators={['，', ',', '、']} />
        </Form.Item>
        <Form.Item name="by" label={t('whistles.col.by')} rules={required('whistles.new.byRequired')}>
          <Input aria-label={t('whistles.col.by')} placeholder={t('whistles.new.byPlaceholder')} />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid="whistle-error" /> : null}
    </Modal>
  );
}
