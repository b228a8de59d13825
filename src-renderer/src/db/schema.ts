/**
 * Every version of the IndexedDB schema, append-only (GUIDE.md example 6). A new version adds an
 * entry at the end with its stores and, when data must change, a pure upgrade transform in
 * ./migrations/. Never edit a released entry.
 */
import { upgradeV2 } from './migrations/v2-generations';
import { markReviewMoved, reviewToCandidate } from './migrations/v4-accountability';

/** A pure per-row transform of one table, run by Dexie while upgrading to the version (`at`: when the upgrade ran). */
export type RowTransform = (row: Record<string, unknown>, at?: number) => Record<string, unknown>;

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** Table name → transform applied to each existing row when upgrading to this version. */
  upgrade?: Record<string, RowTransform>;
  /**
   * Rows derived into a new table from an existing one, before `upgrade` runs: each row of
   * `from` mapped to a row of `to` (null: none). `at` is when the upgrade ran.
   */
  derive?: readonly { from: string; to: string; map: (row: Record<string, unknown>, at: number) => Record<string, unknown> | null }[];
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
    // 表彰问责 (DOMAIN.md section 11, issue 14): records on their way to the register with their
    // workflow state, the register's entries by seq, local users and roles, appeals, 整改反馈,
    // the hash-chained audit log of sensitive actions, the signing key (browser build: a
    // non-extractable WebCrypto key; desktop: its public part, the secret stays in main) and the
    // record candidates. The 移交问责 hand-offs kept on db.reviews move into the candidates.
    version: 4,
    stores: {
      recordItems: '&id, state, updatedAt',
      registerEntries: '&seq',
      recordUsers: '&id',
      recordAppeals: '&id, seq',
      recordReports: '&id, seq',
      recordAudit: '&seq',
      signingKeys: '&id',
      recordCandidates: '&key, source, status',
    },
    derive: [{ from: 'reviews', to: 'recordCandidates', map: reviewToCandidate }],
    upgrade: { reviews: (row, at) => markReviewMoved(row, at ?? Date.now()) },
  },
  {
    // 点评会 (issue 12): meetings with their agenda in one record; the snapshot frozen at the
    // start (every figure the meeting shows, hashed); decisions and action items (议定事项) as
    // rows of their own so open ones can be found across meetings; an append-only, hash-chained
    // timeline.
    version: 5,
    stores: {
      meetings: '&id, date, state',
      meetingSnapshots: '&id, meetingId',
      meetingItems: '&id, meetingId, state, deadline',
      meetingEvents: '++id, meetingId, at',
    },
  },
];
