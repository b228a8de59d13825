/**
 * Every version of the IndexedDB schema, append-only (GUIDE.md example 6). A new version adds an
 * entry at the end with its stores and, when data must change, a pure upgrade transform in
 * ./migrations/. Never edit a released entry.
 */
import { upgradeV2 } from './migrations/v2-generations';

/** A pure per-row transform of one table, run by Dexie while upgrading to the version. */
export type RowTransform = (row: Record<string, unknown>) => Record<string, unknown>;

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** Table name → transform applied to each existing row when upgrading to this version. */
  upgrade?: Record<string, RowTransform>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: '&key',
      settings: '&key',
      imports: '++id, at, kind',
      // Tickets as column chunks of 10k rows (GUIDE.md: 1M rows written in 2.8 s this way).
      ticketChunks: '&chunk',
      eventChunks: '&chunk',
      ticketHistory: '++id, ticket, at',
      views: '++id, owner, name',
      ruleSets: '[id+version], id',
      exemptions: '++id, ticket, status, unit',
      snapshots: '++id, at, ruleSetId',
      cases: '&id, status, supervisor, deadline, unit',
      caseEvents: '++id, caseId, at',
      followUps: '++id, caseId, at',
      reviews: '&ticket, decision, reviewer',
      evidence: '&sha256',
      audit: '++id, at, action',
      calendar: '&year',
    },
  },
  {
    // Chunks carry the generation they belong to, so an import writes a whole new generation
    // beside the current one and switches to it in one transaction (nothing half-written);
    // the gen index lets start-up delete generations a crash left behind.
    version: 2,
    stores: {
      ticketChunks: '&chunk, gen',
      eventChunks: '&chunk, gen',
      ticketHistory: '++id, ticket, at, importName',
    },
    upgrade: upgradeV2,
  },
  {
    // 专项行动 (DOMAIN.md section 8): campaigns keep their small parts in one record; tasks and
    // progress reports, which a large campaign has hundreds of, are rows of their own; every
    // change is an append-only, hash-chained event; 吹哨报到 whistles are their own ledger.
    version: 3,
    stores: {
      campaigns: '&id, status, from',
      campaignTasks: '&id, campaignId, unit, deadline, state',
      campaignReports: '&id, campaignId, at, unit',
      campaignEvents: '++id, campaignId, at',
      whistles: '&id, street, at, campaignId',
    },
  },
  {
    // 点评会 (issue 12): meetings with their agenda in one record; the snapshot frozen at the
    // start (every figure the meeting shows, hashed); decisions and action items (议定事项) as
    // rows of their own so open ones can be found across meetings; an append-only, hash-chained
    // timeline. Numbered 5 after the records' version 4 (on its own branch when this was written).
    version: 5,
    stores: {
      meetings: '&id, date, state',
      meetingSnapshots: '&id, meetingId',
      meetingItems: '&id, meetingId, state, deadline',
      meetingEvents: '++id, meetingId, at',
    },
  },
];
