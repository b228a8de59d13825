import type { ReactNode } from 'react';
import { Alert, Button, Input, Space, Tag } from 'antd';
import type { Versioned } from '@core/base/rules/versioned';
import { useT } from '@renderer/i18n';

/**
 * The frame every rule editor shares (考核 rules, 疑难件 thresholds): which version is being
 * edited, the validation problems, and preview / save-as-new-version / discard. Saving always
 * makes a new version; the old one stays as it was.
 */
export function RuleVersionHeader({ ruleSet, canEdit }: { ruleSet: Versioned<unknown>; canEdit: boolean }) {
  const t = useT();
  return (
    <Space style={{ marginBottom: 12 }} wrap data-testid="rule-version">
      <span>{t('assess.rule.editing')}<b>{ruleSet.id}</b>{t('assess.rule.version', { version: ruleSet.version })}</span>
      <Tag>sha256 {ruleSet.sha256.slice(0, 12)}…</Tag>
      {!canEdit ? <Tag color="orange">{t('assess.rule.previewOnly')}</Tag> : null}
    </Space>
  );
}

type ActionsProps = {
  /** Validation problems in the interface language; saving and preview wait until there are none. */
  errors: string[];
  previewLabel: ReactNode;
  canPreview: boolean;
  onPreview(): void;
  id: string;
  onId(id: string): void;
  canEdit: boolean;
  changed: boolean;
  saving: boolean;
  onSave(): void;
  onDiscard(): void;
};

export function RuleEditorActions(p: ActionsProps) {
  const t = useT();
  return (
    <>
      {p.errors.length > 0 ? (
        <Alert style={{ marginTop: 12 }} type="error" data-testid="rule-errors" title={t('assess.rule.invalid')}
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{p.errors.map((e) => <li key={e}>{e}</li>)}</ul>} />
      ) : null}
      <Space style={{ marginTop: 12 }} wrap>
        <Button onClick={p.onPreview} disabled={p.errors.length > 0 || !p.canPreview} data-testid="rule-preview">{p.previewLabel}</Button>
        <Space size={4}>{t('assess.rule.saveAs')} <Input value={p.id} onChange={(e) => p.onId(e.target.value)} style={{ width: 160 }} aria-label={t('assess.rule.idAria')} data-testid="rule-id" /></Space>
        <Button type="primary" onClick={p.onSave} loading={p.saving} disabled={!p.canEdit || p.errors.length > 0 || !p.changed} data-testid="rule-save">{t('assess.rule.saveVersion')}</Button>
        <Button onClick={p.onDiscard} disabled={!p.changed} data-testid="rule-discard">{t('assess.rule.discard')}</Button>
      </Space>
    </>
  );
}
