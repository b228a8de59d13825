import './grid-modules';
import { useMemo } from 'react';
import { Tag, Tooltip } from 'antd';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { GroupChange } from '@core/assess/compare';
import type { GroupResult } from '@core/assess/compute';
import type { Measure } from '@core/assess/explain';
import type { RateName } from '@core/assess/rates';
import { useLocale, useT } from '@renderer/i18n';
import { GRID_LOCALES } from '@renderer/i18n/grid-locale';
import { useThemeMode } from '@renderer/theme';
import { gridTheme } from '@renderer/theme/grid';
import { partsKey, type AssessBase, type RankResponse } from '@renderer/engine/computations/assess';
import { delta, pct, rateTip, score } from './format';
import { groupKeyLabel, rateLabel } from './labels';
import { Sparkline } from './Sparkline';

/** One grid row: a group with its changes and score line. */
export type RankRow = GroupResult & { id: string; prev: GroupChange | null; ly: GroupChange | null; line: (number | null)[] | null };

type Props = {
  data: RankResponse;
  base: AssessBase;
  onDrill(parts: string[], measure: Measure, side: 'numerator' | 'denominator'): void;
  onOpenUnit(unit: string): void;
  height?: number;
};

const linkStyle = { cursor: 'pointer', color: 'var(--duban-primary, #1677ff)' } as const;

function RateCell(p: CustomCellRendererProps<RankRow> & { rate: RateName; onDrill: Props['onDrill'] }) {
  const t = useT();
  const row = p.data;
  if (!row) return null;
  const r = row.rates[p.rate];
  if (r.den === 0) return <span style={{ color: 'var(--duban-text-secondary)' }}>—</span>;
  return (
    <Tooltip title={rateTip(p.rate, r, t)}>
      <span data-testid={`rate-${p.rate}`}>
        <a style={linkStyle} onClick={() => p.onDrill(row.parts, p.rate, 'numerator')}>{pct(r.value)}</a>
        <span style={{ color: 'var(--duban-text-secondary)', fontSize: 11, marginLeft: 4 }}>
          {r.num}/<a style={{ ...linkStyle, fontSize: 11 }} onClick={() => p.onDrill(row.parts, p.rate, 'denominator')} title={t('assess.grid.denominator')}>{r.den}</a>
        </span>
      </span>
    </Tooltip>
  );
}

function CountCell(p: CustomCellRendererProps<RankRow> & { measure: 'dispatched' | 'evaluated'; onDrill: Props['onDrill'] }) {
  const row = p.data;
  if (!row) return null;
  return <a style={linkStyle} onClick={() => p.onDrill(row.parts, p.measure, 'denominator')}>{row[p.measure]}</a>;
}

function RankCell(p: CustomCellRendererProps<RankRow>) {
  const t = useT();
  const row = p.data;
  if (!row) return null;
  if (row.insufficient) return <Tag color="default" data-testid="insufficient">{t('assess.grid.insufficient')}</Tag>;
  if (row.rank === null) return <span>—</span>;
  const d = row.prev?.rankDelta ?? null;
  return (
    <span data-testid="rank">
      <b>{row.rank}</b>
      {d ? <span style={{ marginLeft: 6, fontSize: 11, color: d > 0 ? '#389e0d' : '#cf1322' }}>{d > 0 ? `↑${d}` : `↓${-d}`}</span> : null}
    </span>
  );
}

function ScoreCell(p: CustomCellRendererProps<RankRow>) {
  const t = useT();
  const row = p.data;
  if (!row) return null;
  if (row.score === null) return <span>—</span>;
  const ci = row.scoreCi;
  return (
    <Tooltip title={ci ? t(row.band ? 'assess.grid.scoreRangeBand' : 'assess.grid.scoreRange', { low: score(ci[0]), high: score(ci[1]), band: row.band ?? '' }) : ''}>
      <b style={{ fontVariantNumeric: 'tabular-nums' }}>{score(row.score)}</b>
      {row.band ? <span style={{ marginLeft: 6, fontSize: 11, color: 'var(--duban-text-secondary)' }}>{t('assess.grid.band', { band: row.band })}</span> : null}
    </Tooltip>
  );
}

function DeltaCell(p: CustomCellRendererProps<RankRow> & { which: 'prev' | 'ly' }) {
  const ch = p.data?.[p.which];
  const v = ch?.scoreDelta ?? null;
  if (v === null) return <span style={{ color: 'var(--duban-text-secondary)' }}>—</span>;
  return <span style={{ color: v > 0 ? '#389e0d' : v < 0 ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' }}>{delta(v)}</span>;
}

/** Rows of a rank response: groups in the engine's order, joined with 环比/同比 and score lines. */
export function rankRows(data: RankResponse): RankRow[] {
  return data.result.groups.map((g, i) => ({
    ...g,
    id: partsKey(g.parts),
    prev: data.previous[i] ?? null,
    ly: data.lastYear[i] ?? null,
    line: g.parts.length === 1 ? data.sparklines[g.parts[0]!] ?? null : null,
  }));
}

/** 考核排名 grid: rank, key, score with interval and band, changes, score line, counts and the eight rates. */
export function RankingGrid({ data, base, onDrill, onOpenUnit, height = 560 }: Props) {
  const mode = useThemeMode();
  const t = useT();
  const locale = useLocale();
  const rows = useMemo(() => rankRows(data), [data]);
  const by = data.result.by;
  const indicators = base.ruleSet.body.indicators;
  const cols = useMemo<ColDef<RankRow>[]>(() => {
    // English headers are longer than the Chinese ones: those columns are wider in English.
    const w = (zh: number, en: number): number => (locale === 'en' ? en : zh);
    const keyCols: ColDef<RankRow>[] = by.map((k, j) => ({
      colId: `key-${k}`,
      headerName: groupKeyLabel(k, t),
      pinned: 'left',
      width: k === 'unit' || k === 'street' ? 190 : 130,
      valueGetter: (p) => p.data?.parts[j] ?? '',
      cellRenderer: (p: CustomCellRendererProps<RankRow>) => {
        const v = p.data?.parts[j] ?? '';
        const text = v === '' ? t('assess.blank') : v;
        return k === 'unit' && by.length === 1
          ? <a style={linkStyle} onClick={() => onOpenUnit(v)} data-testid="unit-link">{text}</a>
          : <span>{text}</span>;
      },
    }));
    const out: ColDef<RankRow>[] = [
      { colId: 'rank', headerName: t('assess.grid.rank'), width: 96, pinned: 'left', cellRenderer: RankCell, comparator: (a, b) => (a ?? 1e9) - (b ?? 1e9), valueGetter: (p) => p.data?.rank ?? null },
      ...keyCols,
    ];
    if (by.length === 1 && by[0] === 'unit') out.push({ colId: 'tier', headerName: t('assess.grid.tier'), width: 96, valueGetter: (p) => p.data?.ranking ?? '' });
    out.push(
      { colId: 'score', headerName: t('assess.score'), width: 130, cellRenderer: ScoreCell, valueGetter: (p) => p.data?.score ?? null, sort: undefined },
      { colId: 'prev', headerName: t('assess.grid.prev'), width: 80, cellRenderer: (p: CustomCellRendererProps<RankRow>) => <DeltaCell {...p} which="prev" />, valueGetter: (p) => p.data?.prev?.scoreDelta ?? null, headerTooltip: t('assess.grid.prevTip') },
      { colId: 'ly', headerName: t('assess.grid.ly'), width: 80, cellRenderer: (p: CustomCellRendererProps<RankRow>) => <DeltaCell {...p} which="ly" />, valueGetter: (p) => p.data?.ly?.scoreDelta ?? null, headerTooltip: t('assess.grid.lyTip') },
    );
    if (by.length === 1 && by[0] !== 'month') {
      out.push({ colId: 'line', headerName: t('assess.grid.trend', { n: data.months.length }), width: w(120, 150), sortable: false, cellRenderer: (p: CustomCellRendererProps<RankRow>) => (p.data?.line ? <Sparkline values={p.data.line} /> : <span>—</span>) });
    }
    out.push(
      { colId: 'dispatched', headerName: t('assess.dispatched'), width: w(90, 116), cellRenderer: (p: CustomCellRendererProps<RankRow>) => <CountCell {...p} measure="dispatched" onDrill={onDrill} />, valueGetter: (p) => p.data?.dispatched ?? 0 },
      { colId: 'evaluated', headerName: t('assess.evaluated'), width: w(90, 116), cellRenderer: (p: CustomCellRendererProps<RankRow>) => <CountCell {...p} measure="evaluated" onDrill={onDrill} />, valueGetter: (p) => p.data?.evaluated ?? 0 },
      ...indicators.map((r): ColDef<RankRow> => ({
        colId: r,
        headerName: rateLabel(r, t),
        width: 150,
        valueGetter: (p) => p.data?.rates[r].value ?? null,
        cellRenderer: (p: CustomCellRendererProps<RankRow>) => <RateCell {...p} rate={r} onDrill={onDrill} />,
      })),
    );
    return out;
  }, [by, indicators, data.months.length, onDrill, onOpenUnit, t, locale]);

  return (
    <div style={{ height }} data-testid="ranking-grid">
      <AgGridReact<RankRow>
        // AG Grid reads localeText once: a new grid when the language changes.
        key={locale}
        theme={gridTheme(mode)}
        localeText={GRID_LOCALES[locale]}
        rowData={rows}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        defaultColDef={{ sortable: true, resizable: true }}
        rowClassRules={{ 'assess-row-insufficient': (p) => !!p.data?.insufficient }}
        overlayNoRowsTemplate={t('assess.grid.noRows')}
        tooltipShowDelay={300}
      />
    </div>
  );
}
