import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '@core/data/tickets/ticket';
import { actionColor, flowSteps, formatDuration } from '@renderer/features/tickets/flow-steps';

const ev = (at: number, action: FlowEvent['action'], seq: number): FlowEvent => ({ ticket: 'T1', at, action, unit: 'u', target: '', note: '', seq });
const H = 3_600_000;

describe('flowSteps', () => {
  it('orders by time then file order and measures the gap to the previous step', () => {
    const steps = flowSteps([ev(5 * H, '退单', 2), ev(0, '派单', 0), ev(2 * H, '签收', 1), ev(5 * H, '改派', 1)]);
    expect(steps.map((s) => s.event.action)).toEqual(['派单', '签收', '改派', '退单']);
    expect(steps.map((s) => s.sincePrevious)).toEqual([null, 2 * H, 3 * H, 0]);
  });
  it('is empty without events', () => {
    expect(flowSteps([])).toEqual([]);
  });
});

describe('formatDuration', () => {
  it.each([
    [30_000, '不到1分钟'],
    [8 * 60_000, '8分钟'],
    [5 * H + 12 * 60_000, '5小时12分'],
    [3 * H, '3小时'],
    [2 * 24 * H + 3 * H + 59 * 60_000, '2天3小时'],
    [4 * 24 * H, '4天'],
    [-2 * H, '-2小时'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
  it('colours problems red and closure green', () => {
    expect(actionColor('退单')).toBe('red');
    expect(actionColor('办结')).toBe('green');
    expect(actionColor('派单')).toBe('blue');
  });
});
