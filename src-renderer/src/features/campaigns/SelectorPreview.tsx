import { useMemo } from 'react';
import { Alert, Spin, Table, Typography } from 'antd';
import type { ProblemSelector } from '@core/campaigns/selector';
import type { PreviewResponse, PreviewSample } from '@renderer/engine/computations/campaign';
import { useFormat, useT } from '@renderer/i18n';
import { Chart } from './Chart';
import { monthBarOption } from './month-bar-option';
import { useCampaignRun, useDebounced } from './use-campaign';

/**
 * Live preview of a selector while it is edited: the engine's `preview` op (debounced), matching
 * tickets per covered month as a small bar chart, the newest matches (personal data masked) and
 * warnings for values no ticket has.
 */
export function SelectorPreview({ selector }: { selector: ProblemSelector }) {
  const t = useT();
  const f = useFormat();
  const key = useDebounced(JSON.stringify(selector), 300);
  const run = useCampaignRun<PreviewResponse>({ op: 'preview', selector: JSON.parse(key) as unknown, samples: 8 }, key);
  const p = run.data;
  const option = useMemo(() => (p?.ok ? monthBarOption(p.months, t('cmp.preview.count')) : null), [p, t]);
  if (run.error) return <Alert type="error" showIcon title={t('cmp.preview.failed', { message: run.error })} />;
  if (!p) return <Spin />;
  if (!p.ok) return <Alert type="error" showIcon title={p.reason} data-testid="preview-invalid" />;
  return (
    <div data-testid="selector-preview" style={{ opacity: run.loading ? 0.6 : 1 }}>
      <Typography.Text strong data-testid="preview-total">{t('cmp.preview.total', { n: f.number(p.total) })}</Typography.Text>
      {p.warnings.map((w) => <Alert key={`${w.field}:${w.value}`} type="warning" showIcon style={{ marginTop: 6 }} title={t(`cmp.warn.${w.field}`, { value: w.value })} data-testid="preview-warning" />)}
      {option && <Chart option={option} height={120} testId="preview-chart" />}
      <Table<PreviewSample>
        size="small" rowKey="id" pagination={false} dataSource={p.samples} scroll={{ x: 640 }}
        locale={{ emptyText: t('cmp.preview.none') }}
        columns={[
          { title: t('cmp.preview.id'), dataIndex: 'id', width: 150 },
          { title: t('cmp.preview.at'), dataIndex: 'acceptedAt', width: 100, render: (v: number) => f.date(v) },
          { title: t('cmp.preview.category'), dataIndex: 'category', width: 170, ellipsis: true },
          { title: t('cmp.preview.place'), width: 150, ellipsis: true, render: (_: unknown, r) => `${r.district}/${r.street}` },
          { title: t('cmp.preview.content'), dataIndex: 'content', ellipsis: true },
        ]}
      />
    </div>
  );
}
