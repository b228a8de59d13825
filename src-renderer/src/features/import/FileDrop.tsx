import { useRef, useState, type DragEvent } from 'react';
import { Button, Typography, theme } from 'antd';
import { useT } from '@renderer/i18n';
import { CloseOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';

type Props = {
  title: string;
  hint: string;
  file: File | null;
  onFile(file: File | null): void;
  testId: string;
  disabled?: boolean;
};

const ACCEPT = '.csv,.txt,.tsv,.xlsx';

/**
 * A drop zone over a plain <input type=file> (the input carries the test id, so end-to-end tests
 * can set files on it directly). Click or drop; one file.
 */
export function FileDrop({ title, hint, file, onFile, testId, disabled }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { token } = theme.useToken();
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={title}
      onClick={() => !disabled && input.current?.click()}
      onKeyDown={(e) => { if ((e.key === 'Enter' || e.key === ' ') && !disabled) input.current?.click(); }}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        border: `1px dashed ${over ? token.colorPrimary : token.colorBorder}`,
        background: over ? token.colorPrimaryBg : token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: '16px 20px',
        cursor: disabled ? 'not-allowed' : 'pointer',
        textAlign: 'center',
        minHeight: 120,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 4,
      }}
    >
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        data-testid={testId}
        style={{ display: 'none' }}
        disabled={disabled}
        onChange={(e) => { const f = e.target.files?.[0]; if (f) onFile(f); e.target.value = ''; }}
      />
      <InboxOutlined style={{ fontSize: 32, color: token.colorPrimary }} />
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      {file && (
        <div onClick={(e) => e.stopPropagation()} style={{ marginTop: 4 }}>
          <PaperClipOutlined /> <Typography.Text>{file.name}</Typography.Text>{' '}
          <Typography.Text type="secondary">（{formatBytes(file.size)}）</Typography.Text>
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('import.removeFile')} disabled={disabled} onClick={() => onFile(null)} />
        </div>
      )}
    </div>
  );
}

/** Bytes in B/KB/MB for file sizes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
