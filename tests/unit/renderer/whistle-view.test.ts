import { describe, expect, it } from 'vitest';
import { localToEpoch } from '@core/base/time/shanghai';
import type { Whistle } from '@core/campaigns/whistle';
import { DEFAULT_WHISTLE_BAND } from '@core/campaigns/whistle-stats';
import { bandFromRow } from '@renderer/features/campaigns/whistles/whistle-band';
import { fromLocalInput, toLocalInput, whistleRow } from '@renderer/features/campaigns/whistles/whistle-view';

const AT = localToEpoch(2026, 10, 20, 9, 0);
const H = 3_600_000;

function whistle(p: Partial<Whistle> = {}): Whistle {
  return {
    id: 'CS-20261020-001', street: '南湖区/湖滨街道', type: '日常', reason: '问题超出街乡解决能力', matter: '湖滨花园水箱渗漏',
    at: AT, deadline: AT + 48 * H, summoned: ['市水务局', '南湖区', '市自来水集团'], reportIns: [], outcome: null, closedAt: null,
    by: '王值班', campaignId: null, problemId: null, ...p,
  };
}

describe('whistleRow: a whistle as the ledger shows it', () => {
  it('a report-in at the deadline is on time, one after it late; before the deadline the rest wait', () => {
    const w = whistle({ reportIns: [{ unit: '市水务局', at: AT + 48 * H, note: '' }, { unit: '南湖区', at: AT + 48 * H + 60_000, note: '迟到' }] });
    const r = whistleRow(w, AT + 47 * H);
    expect(r.units.map((u) => u.status)).toEqual(['onTime', 'late', 'waiting']);
    expect([r.onTime, r.late, r.missing, r.state]).toEqual([1, 1, 0, 'open']);
  });
  it('past the deadline a unit not reported in is missing and the whistle overdue', () => {
    const r = whistleRow(whistle({ reportIns: [{ unit: '市水务局', at: AT + H, note: '' }] }), AT + 49 * H);
    expect(r.units.map((u) => u.status)).toEqual(['onTime', 'missing', 'missing']);
    expect(r.state).toBe('overdue');
  });
  it('a closed whistle is closed; its silent units count as missing even before the deadline', () => {
    const r = whistleRow(whistle({ outcome: '已解决', closedAt: AT + 2 * H }), AT + 3 * H);
    expect(r.state).toBe('closed');
    expect(r.missing).toBe(3);
  });
});

describe('datetime-local values in Asia/Shanghai', () => {
  it('round-trips and reads the local wall clock', () => {
    expect(toLocalInput(AT)).toBe('2026-10-20T09:00');
    expect(fromLocalInput('2026-10-20T09:00')).toBe(AT);
    expect(fromLocalInput('2026-10-20T09:00:30')).toBe(AT + 30_000);
    expect(fromLocalInput(toLocalInput(AT + 5 * 60_000))).toBe(AT + 5 * 60_000);
  });
  it('refuses empty, malformed and impossible values', () => {
    for (const s of ['', '2026-10-20', '2026-02-30T10:00', '2026-10-20T25:00', 'abc']) expect(fromLocalInput(s)).toBeNaN();
  });
});

describe('bandFromRow: the stored healthy band', () => {
  it('reads a valid band and falls back to the default on a missing or invalid one', () => {
    expect(bandFromRow({ key: 'whistleBand', low: 1, high: 8 })).toEqual({ low: 1, high: 8 });
    expect(bandFromRow(undefined)).toEqual(DEFAULT_WHISTLE_BAND);
    expect(bandFromRow({ key: 'whistleBand', low: 5, high: 2 })).toEqual(DEFAULT_WHISTLE_BAND);
    expect(bandFromRow({ key: 'whistleBand', low: -1, high: 2 })).toEqual(DEFAULT_WHISTLE_BAND);
    expect(bandFromRow({ key: 'whistleBand', low: '1', high: 2 })).toEqual(DEFAULT_WHISTLE_BAND);
  });
});
