import { useState, type DragEvent } from 'react';
import { Alert, Button, Descriptions, Input, Space } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { verifyBundle, type VerifyResult } from '@core/records/verify';
import { verifyReasonEn } from '@core/records/verify-messages';
import { useLocale, useT } from '@renderer/i18n';

/**
 * 校验: a register bundle someone hands you (pasted or dropped), checked as `cli verify` does:
 * size, head and fingerprint when it holds, else the first failing seq and the reason — never a
 * stack trace (verifyBundle never throws; anything else is caught and said in words).
 */
export function VerifyPanel() {
  const t = useT();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [key, setKey] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [err, setErr] = useState<string | null>(null);

  const check = async (input: string | Uint8Array) => {
    setErr(null);
    const fp = key.trim();
    if (fp && !/^[0-9a-fA-F]{16}$/.test(fp)) { setResult(null); setErr(t('records.verify.badKey')); return; }
    try {
      setResult(await verifyBundle(input, fp ? { key: fp.toLowerCase() } : {}));
    } catch {
      setResult(null);
      setErr(t('records.verify.failed'));
    }
  };
  const onFile = async (f: File) => {
    setName(f.name);
    let bytes = new Uint8Array(await f.arrayBuffer());
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    setText('');
    await check(bytes);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void onFile(f);
  };
  const reason = (r: Exclude<VerifyResult, { ok: true }>) => (locale === 'en' ? verifyReasonEn(r.code, r.params) : r.reason);
  return (
    <div className="records-stack" data-testid="records-verify">
      <p className="records-hint">{t('records.verify.lead')}</p>
      <div className={`records-drop${over ? ' over' : ''}`} role="button" tabIndex={0} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}
        onClick={() => document.getElementById('verify-file')?.click()} onKeyDown={(e) => { if (e.key === 'Enter') document.getElementById('verify-file')?.click(); }}>
        <InboxOutlined style={{ fontSize: 28 }} />
        <div>{name ? t('records.verify.file', { name }) : t('records.verify.drop')}</div>
        <input id="verify-file" type="file" accept=".json,application/json" style={{ display: 'none' }} data-testid="verify-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void onFile(f); e.target.value = ''; }} />
      </div>
      <Input.TextArea rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('records.verify.paste')} data-testid="verify-text" />
      <Space>
        <Input style={{ width: 260 }} value={key} onChange={(e) => setKey(e.target.value)} placeholder={t('records.verify.key')} data-testid="verify-key" />
        <Button type="primary" disabled={!text.trim()} onClick={() => { setName(null); void check(text); }} data-testid="verify-run">{t('records.verify.run')}</Button>
      </Space>
      {err && <Alert type="error" showIcon message={err} />}
      {result?.ok && (
        <Alert type="success" showIcon data-testid="verify-ok" message={t('records.verify.ok', { n: result.size })} description={
          <Descriptions size="small" column={1} items={[
            { key: 's', label: t('records.verify.size'), children: result.size },
            { key: 'h', label: t('records.verify.head'), children: <code data-testid="verify-head">{result.head}</code> },
            { key: 'f', label: t('records.key.fingerprint'), children: <code data-testid="verify-fingerprint">{result.fingerprint}</code> },
          ]} />
        } />
      )}
      {result && !result.ok && (
        <Alert type="error" showIcon data-testid="verify-fail"
          message={result.unreadable ? t('records.verify.unreadable') : result.seq !== null ? t('records.verify.failSeq', { seq: result.seq }) : t('records.verify.failBundle')}
          description={<div><div data-testid="verify-reason">{reason(result)}</div><div className="records-hint">{t('records.verify.code', { code: result.code })}</div></div>} />
      )}
    </div>
  );
}
