import { useMemo, useState } from 'react';
import { Alert, Button, Input, Radio, Select, Space } from 'antd';
import { base64ToBytes } from '@core/base/bytes/base64';
import { registerHead } from '@core/records/entry';
import { noticeHtml } from '@core/records/notice-html';
import { buildNotice, liveRecords, type NoticeVersion } from '@core/records/notice-model';
import { useT } from '@renderer/i18n';
import { platform } from '@renderer/platform';
import { touch } from './records-service';
import { useKeyStatus, useRegister } from './use-records';

export const DEFAULT_ISSUER = '12345热线办公室';
export const DEFAULT_RECIPIENTS = '各承办单位';

/**
 * Prints `html` (a whole notice document) as the page: its styles in a print-only stylesheet and
 * its body in a print-only container, the app hidden while printing; removed afterwards. The
 * platform then prints the window (desktop: printToPDF into a file; browser: the print dialog).
 */
async function printNotice(html: string, name: string): Promise<{ saved: boolean; path: string | null }> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  const style = document.createElement('style');
  style.media = 'print';
  // other pages' print rules (e.g. assessment.css hides `body *`) must not hide the notice
  style.textContent = `${css}\n#root { display: none !important; }\n#duban-notice-print { display: block !important; }\n#duban-notice-print, #duban-notice-print * { visibility: visible !important; }`;
  const box = document.createElement('div');
  box.id = 'duban-notice-print';
  box.style.display = 'none';
  box.innerHTML = doc.body.innerHTML;
  const title = document.title;
  document.head.appendChild(style);
  document.body.appendChild(box);
  document.title = doc.title || title;
  try {
    await document.fonts.ready;
    return await platform.printPdf(name);
  } finally {
    style.remove();
    box.remove();
    document.title = title;
  }
}

/** 通报: the notice of the published records of one 文号, internal or public, previewed and printed to PDF. */
export function NoticePanel() {
  const t = useT();
  const reg = useRegister();
  const register = useMemo(() => reg ?? [], [reg]);
  const key = useKeyStatus();
  const { records } = useMemo(() => liveRecords(register), [register]);
  const docNos = useMemo(() => [...new Set(records.map((r) => r.fields.docNo).filter((d): d is string => !!d))].reverse(), [records]);
  const [docNo, setDocNo] = useState<string | null>(null);
  const [version, setVersion] = useState<NoticeVersion>('public');
  const [issuer, setIssuer] = useState(DEFAULT_ISSUER);
  const [recipients, setRecipients] = useState(DEFAULT_RECIPIENTS);
  const [printed, setPrinted] = useState<string | null>(null);
  const chosen = docNo ?? docNos[0] ?? null;

  const html = useMemo(() => {
    if (!chosen || !key?.publicKey || !base64ToBytes(key.publicKey)) return null;
    const bundle = { publicKey: key.publicKey, entries: register, checkpoint: { size: register.length, head: registerHead(register), sig: '' } };
    const content = buildNotice(bundle, { issuer: issuer.trim() || DEFAULT_ISSUER, recipients: recipients.trim() || DEFAULT_RECIPIENTS, docNo: chosen }, version);
    return content.sections.length ? noticeHtml(content) : null;
  }, [chosen, key, register, issuer, recipients, version]);

  if (docNos.length === 0) return <Alert type="info" showIcon message={t('records.notice.empty')} data-testid="records-notice" />;
  return (
    <div className="records-stack" data-testid="records-notice">
      <Space wrap>
        <span>{t('records.field.docNo')}</span>
        <Select style={{ width: 220 }} value={chosen} onChange={setDocNo} options={docNos.map((d) => ({ label: d, value: d }))} data-testid="notice-docno" />
        <Radio.Group value={version} onChange={(e) => setVersion(e.target.value as NoticeVersion)} optionType="button" data-testid="notice-version"
          options={[{ label: t('records.notice.public'), value: 'public' }, { label: t('records.notice.internal'), value: 'internal' }]} />
        <Input style={{ width: 200 }} value={issuer} onChange={(e) => setIssuer(e.target.value)} addonBefore={t('records.notice.issuer')} />
        <Input style={{ width: 220 }} value={recipients} onChange={(e) => setRecipients(e.target.value)} addonBefore={t('records.notice.recipients')} />
        <Button type="primary" disabled={!html} data-testid="notice-print"
          onClick={() => { touch(); if (html) void printNotice(html, `通报-${chosen}-${version === 'public' ? '公开版' : '内部版'}.pdf`).then((r) => setPrinted(r.path)); }}>
          {t('records.notice.print')}
        </Button>
      </Space>
      <p className="records-hint">{version === 'public' ? t('records.notice.publicHint') : t('records.notice.internalHint')}</p>
      {printed && <Alert type="success" showIcon message={t('records.notice.saved', { path: printed })} data-testid="notice-saved" />}
      {html ? <iframe title={t('records.notice.preview')} className="records-notice-frame" srcDoc={html} sandbox="" data-testid="notice-frame" /> : <Alert type="warning" showIcon message={t('records.notice.noKey')} />}
    </div>
  );
}
