import { Alert, Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import type { ImportTarget } from '@core/import/types';
import { maskTicketField } from '@core/masking';
import type { FilePreview } from '@renderer/engine/api';
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
  const options = mappingOptions(target);
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  const missing = preview.format === 'xlsx' ? [] : missingRequired(mapping, target);
  const dupes = duplicateTargets(mapping);
  const headers = preview.headers;
  return (
    <Card
      size="small"
      title={<Space>{target === 'tickets' ? '工单文件' : '流转记录文件'}<Typography.Text type="secondary">{preview.fileName}</Typography.Text></Space>}
      data-testid={`preview-${target}`}
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="格式">{preview.format === 'xlsx' ? 'Excel（XLSX）' : 'CSV 文本'}</Descriptions.Item>
        <Descriptions.Item label="编码"><span data-testid={`preview-${target}-encoding`}>{preview.format === 'xlsx' ? '—' : encodingLabel(preview.encoding)}</span></Descriptions.Item>
        <Descriptions.Item label="分隔符"><span data-testid={`preview-${target}-delimiter`}>{preview.format === 'xlsx' ? '—' : delimiterLabel(preview.delimiter)}</span></Descriptions.Item>
      </Descriptions>
      {preview.format === 'xlsx' && (
        <Alert type="info" showIcon title="Excel 文件的表头在导入时识别：标准表头和常见别名自动对应，其他列作为额外字段保留。" />
      )}
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid={`preview-${target}-missing`}
          title={`缺少必需的列：${missing.join('、')}`}
          description={onMapping ? '请在下方把文件中的对应列选为这些字段，或检查是否选错了文件。补齐之前不能导入。' : '请检查是否选错了文件；流转记录需要“工单编号、时间、动作”三列。'}
        />
      )}
      {dupes.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`多列对应了同一字段：${dupes.map((k) => labelOf.get(k) ?? k).join('、')}。导入时只用第一列，其余作为额外字段保留。`} />
      )}
      {remembered && <Typography.Text type="secondary">已按上次导入同一来源文件时的列对应关系填写。</Typography.Text>}
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
                  <Typography.Text ellipsis style={{ maxWidth: 140 }} title={h}>{h || `（第 ${i + 1} 列无表头）`}</Typography.Text>
                  {onMapping ? (
                    <Select
                      size="small"
                      style={{ width: 140 }}
                      value={v}
                      options={options}
                      popupMatchSelectWidth={false}
                      onChange={(nv: string) => onMapping({ ...mapping, [key]: nv })}
                      aria-label={`列“${h}”对应的字段`}
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
