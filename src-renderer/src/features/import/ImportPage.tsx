import { useRef, useState } from 'react';
import { Alert, Button, Col, Row, Space, Spin, Typography, message } from 'antd';
import { CloudUploadOutlined, ImportOutlined } from '@ant-design/icons';
import { PageHeader } from '@renderer/app/PageHeader';
import { useCan } from '@renderer/app/session';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { ImportOutcome, ImportProgress } from '@renderer/engine/api';
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
      void message.error(`导入没有完成：${e instanceof Error ? e.message : String(e)}。本机数据未改变，请检查文件后重试。`, 8);
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
      <PageHeader icon={<ImportOutlined />} title="导入数据" subtitle="导入 12345 热线导出的工单文件和流转记录（CSV 或 Excel）。数据只保存在本机。" />
      {stage.kind === 'report' ? (
        <ImportReport outcome={stage.outcome} onAgain={again} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {!allowed && (
            <Alert type="warning" showIcon title="当前角色不能导入数据" description="可以选择文件查看预览；要导入，请在右上角切换为“督办员”或“系统管理员”角色。" data-testid="import-not-allowed" />
          )}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <FileDrop
                title="工单文件（必选）"
                hint="点击或拖入 CSV / Excel 文件；支持 UTF-8、GBK、UTF-16 编码，逗号、制表符、分号分隔"
                file={ticketsFile}
                onFile={setTicketsFile}
                testId="import-tickets-input"
                disabled={running}
              />
            </Col>
            <Col xs={24} md={12}>
              <FileDrop
                title="流转记录文件（可选）"
                hint="派单、签收、退单、改派等记录；有了它，退单次数和重办次数按记录计算"
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
                开始导入
              </Button>
              {!ticketsFile && !eventsFile && <Typography.Text type="secondary">请先选择工单文件。</Typography.Text>}
              {(ticketsFile || eventsFile) && !canStart && (tickets.status === 'ready' || events.status === 'ready') && (
                <Typography.Text type="danger">请先解决上面标红的问题。</Typography.Text>
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
  if (state.status === 'none') return null;
  if (state.status === 'loading') return <Spin description="正在读取文件…"><div style={{ height: 60 }} /></Spin>;
  if (state.status === 'error') {
    return <Alert type="error" showIcon title="无法读取这个文件" description={`${state.message}。请确认它是 CSV 或 Excel（.xlsx）文件，且没有被其他程序占用。`} />;
  }
  const wrong = state.preview.format === 'csv' && state.looksLike !== target;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {wrong && (
        <Alert
          type="warning"
          showIcon
          title={target === 'tickets' ? '这个文件看起来是流转记录，而不是工单文件' : '这个文件看起来是工单文件，而不是流转记录'}
          action={<Button size="small" onClick={onSwap}>{target === 'tickets' ? '改作流转记录文件' : '改作工单文件'}</Button>}
        />
      )}
      <FilePreviewCard preview={state.preview} target={target} mapping={state.mapping} onMapping={onMapping} remembered={state.remembered} />
    </Space>
  );
}
