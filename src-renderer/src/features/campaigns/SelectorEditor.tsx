import { useMemo } from 'react';
import { Form, Select } from 'antd';
import { SELECTOR_FIELDS, type ProblemSelector, type SelectorField } from '@core/campaigns/selector';
import { KINDS } from '@core/data/tickets/ticket';
import { useT } from '@renderer/i18n';
import { fieldLabel } from './labels';
import { useDistinct } from './use-campaign';

/** Every path prefix of the categories in the data (`公共服务`, `公共服务/供水`, …), sorted. */
function categoryPrefixes(categories: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of categories) {
    const parts = c.split('/');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/**
 * The five lists of a problem selector (DOMAIN.md section 8), each empty meaning "any": category
 * prefixes, districts, streets (`区/街道`), kinds and keywords. Values can be picked from the data
 * or typed; typed values the data does not have show up as warnings in the preview.
 */
export function SelectorEditor({ value, onChange, disabled }: { value: ProblemSelector; onChange: (s: ProblemSelector) => void; disabled?: boolean }) {
  const t = useT();
  const categories = useDistinct('category');
  const districts = useDistinct('district');
  const options = useMemo<Record<SelectorField, string[]>>(() => ({
    categories: categoryPrefixes(categories), districts, streets: [], kinds: [...KINDS], keywords: [],
  }), [categories, districts]);
  return (
    <div data-testid="selector-editor">
      {SELECTOR_FIELDS.map((f) => (
        <Form.Item key={f} label={fieldLabel(f, t)} style={{ marginBottom: 8 }} extra={f === 'streets' ? t('cmp.sel.streetsHint') : undefined}>
          <Select
            mode={f === 'kinds' ? 'multiple' : 'tags'} allowClear disabled={disabled} value={value[f]} tokenSeparators={f === 'keywords' ? [',', '，', ' '] : [',', '，']}
            placeholder={t('cmp.sel.any')} data-testid={`sel-${f}`}
            onChange={(v: string[]) => onChange({ ...value, [f]: v })}
            options={options[f].map((o) => ({ value: o, label: o }))}
          />
        </Form.Item>
      ))}
    </div>
  );
}
