import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { jcs } from '../records/canonical';
import type { MeetingSnapshot, SnapshotContent } from './model';

/** SHA-256 (hex) of the RFC 8785 JSON of a snapshot's content. */
export function snapshotHash(content: SnapshotContent): string {
  return bytesToHex(sha256(utf8ToBytes(jcs(content))));
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The frozen snapshot of a meeting: the content put in a stable order (cases, campaigns and
 * records by id, hotspots by key, ranking rows by rank then unit, overdue ids sorted) and its
 * hash. The same figures always give the same hash, whatever order they were gathered in.
 */
export function freezeSnapshot(id: string, content: SnapshotContent): MeetingSnapshot {
  for (const [k, v] of Object.entries(content.kpis)) {
    if (!Number.isFinite(v)) throw new Error(`指标“${k}”的值不是有效数字，无法冻结，请先检查数据`);
  }
  const ordered: SnapshotContent = {
    meetingId: content.meetingId,
    takenAt: content.takenAt,
    kpis: { ...content.kpis },
    ranking: content.ranking
      ? {
          ...content.ranking,
          rows: [...content.ranking.rows].sort((a, b) => a.rank - b.rank || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
        }
      : null,
    cases: [...content.cases].sort(byId),
    campaigns: content.campaigns.map((c) => ({ ...c, overdueTaskIds: [...c.overdueTaskIds].sort() })).sort(byId),
    hotspots: [...content.hotspots].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    records: [...content.records].sort(byId),
  };
  return { ...ordered, id, sha256: snapshotHash(ordered) };
}

/** Null when the stored snapshot still matches its hash; otherwise a Chinese reason. */
export function verifySnapshot(s: MeetingSnapshot): string | null {
  const { id: _id, sha256: stored, ...content } = s;
  void _id;
  return snapshotHash(content) === stored ? null : '会议快照的内容与校验值不符，数据可能被修改，请勿据此通报';
}
