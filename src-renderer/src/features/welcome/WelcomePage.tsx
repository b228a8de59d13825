import { CloudUploadOutlined, ExperimentOutlined, LockOutlined, SmileOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Progress, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { navigate } from '@renderer/app/navigation';
import { PageHeader } from '@renderer/app/PageHeader';
import { SectionCards } from '@renderer/app/SectionCards';
import { useRouteParams } from '@renderer/app/router';
import type { ImportProgress } from '@renderer/engine/api';
import { getEngine } from '@renderer/engine/client';
import { useFormat, useT } from '@renderer/i18n';
import { seedDemoCampaigns } from '@renderer/features/campaigns/seed-demo-campaigns';
import { nextPercent } from './demo-progress';

/** The size the demo button loads unless the user (or a test, via `#/welcome?demo=N`) picks another. */
export const DEFAULT_DEMO_TICKETS = 200_000;
export const DEMO_SEED = 12345;
const DEMO_SIZES = [10_000, 50_000, 200_000, 1_000_000];

/** A demo size from the URL (`demo=5000`), clamped to what the generator is meant for. */
function sizeFromParam(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 100 && n <= 2_000_000 ? n : null;
}

type Run =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress | null; percent: number }
  | { state: 'failed'; message: string };

/** First run: load the demo city or import files. */
export function WelcomePage() {
  const t = useT();
  const f = useFormat();
  const { message } = App.useApp();
  const params = useRouteParams();
  const fromUrl = sizeFromParam(params.demo);
  const [size, setSize] = useState<number>(fromUrl ?? DEFAULT_DEMO_TICKETS);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  // A size in the address (a link, or a test) replaces the choice.
  useEffect(() => { if (fromUrl !== null) setSize(fromUrl); }, [fromUrl]);
  const sizes = useMemo(() => [...new Set([...DEMO_SIZES, ...(fromUrl ? [fromUrl] : [])])].sort((a, b) => a - b), [fromUrl]);

  const loadDemo = async () => {
    setRun({ state: 'running', progress: null, percent: 0 });
    try {
      const outcome = await getEngine().loadDemo({
        tickets: size,
        seed: DEMO_SEED,
        onProgress: (progress) => setRun((r) => ({
          state: 'running', progress, percent: nextPercent(r.state === 'running' ? r.percent : 0, progress, size),
        })),
      });
      await seedDemoCampaigns({ tickets: size, seed: DEMO_SEED });
      setRun({ state: 'idle' });
      void message.success(t('welcome.demo.done', { count: f.number(outcome.stats.tickets) }));
      navigate('home');
    } catch (error) {
      setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const running = run.state === 'running';
  const p = running ? run.progress : null;

  return (
    <div className="duban-page duban-welcome" data-testid="welcome-page">
      <PageHeader icon={<SmileOutlined />} title={t('welcome.title')} />
      <p className="duban-lead">{t('welcome.lead')}</p>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card className="duban-welcome-card" title={<Space><ExperimentOutlined />{t('welcome.demo.title')}</Space>}>
            <p>{t('welcome.demo.desc')}</p>
            {running ? (
              <div data-testid="demo-progress">
                <Progress percent={run.percent} status="active" />
                <div className="duban-progress-meta">
                  <span data-testid="demo-phase">{p ? t(`phase.${p.phase}`) : t('welcome.demo.running')}</span>
                  <span>
                    {p && p.rows > 0 ? t('welcome.demo.rows', { rows: f.number(p.rows) }) : ''}
                    {p && p.rows > 0 && p.rowsPerSecond > 0 ? ` · ${t('welcome.demo.rate', { rate: f.number(p.rowsPerSecond) })}` : ''}
                  </span>
                </div>
              </div>
            ) : null}
            {run.state === 'failed' ? (
              <Alert type="error" showIcon title={t('welcome.demo.failed', { message: run.message })} data-testid="demo-error" />
            ) : null}
            <div className="duban-welcome-actions">
              <span>{t('welcome.demo.size')}</span>
              <Select
                value={size}
                onChange={setSize}
                disabled={running}
                style={{ width: 140 }}
                options={sizes.map((n) => ({ value: n, label: t('welcome.demo.sizeOption', { count: f.number(n) }) }))}
                data-testid="demo-size"
              />
              <Button type="primary" onClick={() => void loadDemo()} loading={running} data-testid="load-demo">
                {run.state === 'failed' ? t('common.retry') : t('welcome.demo.button')}
              </Button>
            </div>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card className="duban-welcome-card" title={<Space><CloudUploadOutlined />{t('welcome.import.title')}</Space>}>
            <p>{t('welcome.import.desc')}</p>
            <div className="duban-welcome-actions">
              <Button onClick={() => navigate('import')} disabled={running} data-testid="go-import">{t('welcome.import.button')}</Button>
            </div>
          </Card>
        </Col>
      </Row>
      <p className="duban-lead" style={{ marginTop: 16 }}><LockOutlined /> {t('welcome.privacy')}</p>
      <h2 className="duban-subheading">{t('welcome.sections')}</h2>
      <SectionCards testIdPrefix="welcome-card" />
    </div>
  );
}
