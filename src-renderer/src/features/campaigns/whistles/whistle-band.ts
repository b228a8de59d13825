/**
 * The healthy band of 吹哨率 (DOMAIN.md §8: configuration), kept in db.settings under
 * `whistleBand`; a stored band that is missing or no longer valid reads as the default.
 */
import { DEFAULT_WHISTLE_BAND, validateBand, type WhistleBand } from '@core/campaigns/whistle-stats';
import { db } from '@renderer/db';
import { appendAudit } from '@renderer/db/audit';

export const WHISTLE_BAND_KEY = 'whistleBand';

/** A band from a settings row: its low and high when they make a valid band, else the default. */
export function bandFromRow(row: Record<string, unknown> | undefined): WhistleBand {
  if (!row || typeof row.low !== 'number' || typeof row.high !== 'number') return DEFAULT_WHISTLE_BAND;
  const b = { low: row.low, high: row.high };
  return validateBand(b).length ? DEFAULT_WHISTLE_BAND : b;
}

export async function readWhistleBand(): Promise<WhistleBand> {
  return bandFromRow(await db.settings.get(WHISTLE_BAND_KEY));
}

/** Saves a band; refuses an invalid one with its first Chinese reason. Audited. */
export async function saveWhistleBand(b: WhistleBand): Promise<WhistleBand> {
  const bad = validateBand(b);
  if (bad.length) throw new Error(bad[0]);
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = bandFromRow(await db.settings.get(WHISTLE_BAND_KEY));
    await db.settings.put({ key: WHISTLE_BAND_KEY, low: b.low, high: b.high });
    await appendAudit({ action: 'settings.whistleBand', target: WHISTLE_BAND_KEY, detail: { before, after: b } });
  });
  return b;
}
