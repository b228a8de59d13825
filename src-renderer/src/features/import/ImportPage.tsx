import { useRef, useState } from 'react';
import { Alert, Button, Col, Row, Space, Spin, Typography, message } from 'antd';
import { CloudUploadOutlined, ImportOutlined } from '@ant-design/icons';
import { PageHeader } from '@renderer/app/PageHeader';
import { useCan } from '@renderer/app/session';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { ImportOutcome, ImportProgress } from '@renderer/engine/api';
import { t as translateNow, useT } from '@renderer/i18n';
import { FileDrop } from './FileDrop';
import { FilePreviewCard } from './FilePreviewCard';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportReport } from './ImportReport';
import { mappingSettingKey, missingRequired } from './mapping';
import { useFilePreview, type PreviewState } from './use-file-preview';

type Stage = { kind: 'setup' } | { kind: 'running'; progress: ImportProgress | null; cancelling: boolean } | { kind: 'report'; outcome: ImportOutcome };

/** True when a preview lets the import start (ready, or no file); missing required columns block it. */
function blocks(p: PreviewState, target: 'tickets' | 'events'): boolean {
  if (p.status === 'none') return false;
  if (p.status !== 'ready') return true;
  return p.preview.format === 'csv' && missingRequired(p.mapping, target).length > 0;
}

/** #/import: pick files, preview and map columns, import with progress and 取消, read the report. */
export function ImportPage() {
  const t = useT();
  const [ticketsFile, setTicketsFile] = useState<File | null>(null);
  const [eventsFile, setEventsFile] = useState<File | null>(null);
  const [tickets, setTicketsMapping] = useFilePreview(ticketsFile, 'tickets');
  const [events] = useFilePreview(eventsFile, 'events');
  const [stage, setStage] = useState<Stage>({ kind: 'setup' });
  const abortRef = useRef<AbortController | null>(null);
  const allowed = useCan('importData');

  const canStart = allowed && (ticketsFile || eventsFile) && !blocks(tickets, 'tickets') && !blocks(events, 'events');

  const start = async () => {
    const mapping = tickets.status === 'ready' && tickets.preview.format === 'csv' ? tickets.mapping : undefined;
    if (mapping && tickets.status === 'ready') {
      // Remember the mapping for files with the same header row (the same source system).
      await db.settings.put({ key: mappingSettingKey(tickets.preview.headers), mapping, headers: tickets.preview.headers, savedAt: Date.now() })
        .catch(() => undefined);
    }
    const ac = new AbortController();
    abortRef.current = ac;
    setStage({ kind: 'running', progress: null, cancelling: false });
    try {
      const outcome = await getEngine().importFiles({
        tickets: ticketsFile ?? undefined,
        events: eventsFile ?? undefined,
        mapping,
        signal: ac.signal,
        onProgress: (p) => setStage((s) => (s.kind === 'running' ? { ...s, progress: p } : s)),
      });
      setStage({ kind: 'report', outcome });
    } catch (e) {
      setStage({ kind: 'setup' });
      void message.error(translateNow('import.failed', { error: e instanceof Error ? e.message : String(e) }), 8);
    } finally {
      abortRef.current = null;
    }
  };

  const cancel = () => {
    abortRef.current?.abort();
    setStage((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
  };

  const again = () => {
    setTicketsFile(null);
    setEventsFile(null);
    setStage({ kind: 'setup' });
  };

  const running = stage.kind === 'running';
  return (
    <div className="duban-page" data-testid="import-page">
      <PageHeader icon={<ImportOutlined />} title={t('nav.import')} subtitle={t('import.subtitle')} />
      {stage.kind === 'report' ? (
        <ImportReport outcome={stage.outcome} onAgain={again} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {!allowed && (
            <Alert type="warning" showIcon title={t('import.notAllowed')} description={t('import.notAllowedHint')} data-testid="import-not-allowed" />
          )}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <FileDrop
                title={t('import.ticketsFile')}
                hint={t('import.ticketsHint')}
                file={ticketsFile}
                onFile={setTicketsFile}
                testId="import-tickets-input"
                disabled={running}
              />
            </Col>
            <Col xs={24} md={12}>
              <FileDrop
                title={t('import.eventsFile')}
                hint={t('import.eventsHint')}
                file={eventsFile}
                onFile={setEventsFile}
                testId="import-events-input"
                disabled={running}
              />
            </Col>
          </Row>
          <PreviewSlot state={tickets} target="tickets" onMapping={running ? null : setTicketsMapping} onSwap={() => { setEventsFile(ticketsFile); setTicketsFile(null); }} />
          <PreviewSlot state={events} target="events" onMapping={null} onSwap={() => { setTicketsFile(eventsFile); setEventsFile(null); }} />
          {stage.kind === 'running' ? (
            <ImportProgressPanel progress={stage.progress} onCancel={cancel} cancelling={stage.cancelling} />
          ) : (
            <Space>
              <Button type="primary" size="large" icon={<CloudUploadOutlined />} disabled={!canStart} onClick={() => void start()} data-testid="import-start">
                {t('import.start')}
              </Button>
              {!ticketsFile && !eventsFile && <Typography.Text type="secondary">{t('import.chooseFirst')}</Typography.Text>}
              {(ticketsFile || eventsFile) && !canStart && (tickets.status === 'ready' || events.status === 'ready') && (
                <Typography.Text type="danger">{t('import.fixFirst')}</Typography.Text>
              )}
            </Space>
          )}
        </Space>
      )}
    </div>
  );
}

function PreviewSlot({ state, target, onMapping, onSwap }: {
  state: PreviewState;
  target: 'tickets' | 'events';
  onMapping: ((m: Record<string, string>) => void) | null;
  onSwap(): void;
}) {
  const t = useT();
  if (state.status === 'none') return null;
  if (state.status === 'loading') return <Spin description={t('import.reading')}><div style={{ height: 60 }} /></Spin>;
  if (state.status === 'error') {
    return <Alert type="error" showIcon title={t('import.unreadable')} description={t('import.unreadableHint', { error: state.message })} />;
  }
  const wrong = state.preview.format === 'csv' && state.looksLike !== target;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {wrong && (
        <Alert
          type="warning"
          showIcon
          title={t(target === 'tickets' ? 'import.looksLikeEvents' : 'import.looksLikeTickets')}
          action={<Button size="small" onClick={onSwap}>{t(target === 'tickets' ? 'import.useAsEvents' : 'import.useAsTickets')}</Button>}
        />
      )}
      <FilePreviewCard preview={state.preview} target={target} mapping={state.mapping} onMapping={onMapping} remembered={state.remembered} />
    </Space>
  );
}
