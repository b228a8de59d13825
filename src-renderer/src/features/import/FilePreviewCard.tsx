import { Alert, Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import type { ImportTarget } from '@core/data/import/types';
import { maskTicketField } from '@core/data/masking';
import type { FilePreview } from '@renderer/engine/api';
import { useT } from '@renderer/i18n';
import { delimiterLabel, duplicateTargets, encodingLabel, mappingOptions, missingRequired, previewMaskKey, type Mapping } from './mapping';

type Props = {
  preview: FilePreview;
  target: ImportTarget;
  mapping: Mapping;
  /** Null: mapping shown read-only (the engine maps event files itself). */
  onMapping: ((m: Mapping) => void) | null;
  remembered: boolean;
};

/** Preview of a picked file: detected encoding and delimiter, first rows, column mapping. */
export function FilePreviewCard({ preview, target, mapping, onMapping, remembered }: Props) {
  const t = useT();
  const options = mappingOptions(target, t);
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  const missing = preview.format === 'xlsx' ? [] : missingRequired(mapping, target);
  const dupes = duplicateTargets(mapping);
  const headers = preview.headers;
  return (
    <Card
      size="small"
      title={<Space>{t(target === 'tickets' ? 'import.kind.tickets' : 'import.kind.events')}<Typography.Text type="secondary">{preview.fileName}</Typography.Text></Space>}
      data-testid={`preview-${target}`}
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('import.preview.format')}>{t(preview.format === 'xlsx' ? 'import.preview.xlsx' : 'import.preview.csv')}</Descriptions.Item>
        <Descriptions.Item label={t('import.preview.encoding')}><span data-testid={`preview-${target}-encoding`}>{preview.format === 'xlsx' ? '—' : encodingLabel(preview.encoding)}</span></Descriptions.Item>
        <Descriptions.Item label={t('import.preview.delimiter')}><span data-testid={`preview-${target}-delimiter`}>{preview.format === 'xlsx' ? '—' : delimiterLabel(preview.delimiter, t)}</span></Descriptions.Item>
      </Descriptions>
      {preview.format === 'xlsx' && (
        <Alert type="info" showIcon title={t('import.preview.xlsxHeaders')} />
      )}
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid={`preview-${target}-missing`}
          title={t('import.preview.missing', { columns: missing.join(t('import.preview.listSep')) })}
          description={t(onMapping ? 'import.preview.missingMapHint' : 'import.preview.missingEventsHint')}
        />
      )}
      {dupes.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('import.preview.dupes', { fields: dupes.map((k) => labelOf.get(k) ?? k).join(t('import.preview.listSep')) })} />
      )}
      {remembered && <Typography.Text type="secondary">{t('import.preview.remembered')}</Typography.Text>}
      {headers.length > 0 && (
        <Table
          size="small"
          bordered
          pagination={false}
          scroll={{ x: 'max-content', y: 260 }}
          rowKey={(_, i) => String(i)}
          dataSource={preview.rows.slice(0, 10).map((r) => ({ cells: r }))}
          columns={headers.map((h, i) => {
            const key = h.trim();
            const v = mapping[key] ?? mapping[h] ?? 'extra';
            return {
              key: String(i),
              width: 150,
              title: (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Typography.Text ellipsis style={{ maxWidth: 140 }} title={h}>{h || t('import.preview.noHeader', { n: i + 1 })}</Typography.Text>
                  {onMapping ? (
                    <Select
                      size="small"
                      style={{ width: 140 }}
                      value={v}
                      options={options}
                      popupMatchSelectWidth={false}
                      onChange={(nv: string) => onMapping({ ...mapping, [key]: nv })}
                      aria-label={t('import.preview.mapAria', { header: h })}
                      data-testid={`mapping-${i}`}
                    />
                  ) : (
                    <Tag color={v === 'extra' ? 'default' : v === 'ignore' ? 'warning' : 'blue'}>{labelOf.get(v) ?? v}</Tag>
                  )}
                </Space>
              ),
              // Personal data is masked in the preview too (DOMAIN.md section 7: everywhere).
              render: (_: unknown, r: { cells: string[] }) => (
                <Typography.Text ellipsis style={{ maxWidth: 140 }}>
                  {maskTicketField(previewMaskKey(target, v, key), r.cells[i] ?? '')}
                </Typography.Text>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
