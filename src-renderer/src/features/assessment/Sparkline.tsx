import { t as translateNow } from '@renderer/i18n';

/** A small inline SVG line of scores (null = gap), for grid cells. */
export function Sparkline({ values, width = 96, height = 22 }: { values: readonly (number | null)[]; width?: number; height?: number }) {
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length === 0) return <span style={{ color: 'var(--duban-text-secondary)' }}>—</span>;
  const lo = Math.min(...nums), hi = Math.max(...nums);
  const span = hi - lo || 1;
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const pts: string[] = [];
  let path = '';
  values.forEach((v, i) => {
    if (v === null) { path += ' '; return; }
    const x = 2 + i * step, y = height - 2 - ((v - lo) / span) * (height - 4);
    pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    path += `${path === '' || path.endsWith(' ') ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const last = pts[pts.length - 1]!.split(',');
  return (
    <svg width={width} height={height} role="img" aria-label={translateNow('assess.sparkline', { n: values.length })} style={{ verticalAlign: 'middle' }}>
      <path d={path.trim()} fill="none" stroke="var(--duban-primary, #1677ff)" strokeWidth={1.5} />
      <circle cx={last[0]} cy={last[1]} r={2} fill="var(--duban-primary, #1677ff)" />
    </svg>
  );
}
