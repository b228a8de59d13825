import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema';

/** A key/value row of the meta and settings tables. */
export type KeyValue = { key: string; [field: string]: unknown };

/**
 * The one Dexie database of the app. All storage code lives in this folder; tables are typed
 * loosely here and given precise row types by the modules that own them.
 */
export class DubanDb extends Dexie {
  meta!: Table<KeyValue, string>;
  settings!: Table<KeyValue, string>;
  imports!: Table<Record<string, unknown>, number>;
  ticketChunks!: Table<Record<string, unknown>, number>;
  eventChunks!: Table<Record<string, unknown>, number>;
  ticketHistory!: Table<Record<string, unknown>, number>;
  views!: Table<Record<string, unknown>, number>;
  ruleSets!: Table<Record<string, unknown>, [string, number]>;
  exemptions!: Table<Record<string, unknown>, number>;
  snapshots!: Table<Record<string, unknown>, number>;
  cases!: Table<Record<string, unknown>, string>;
  caseEvents!: Table<Record<string, unknown>, number>;
  followUps!: Table<Record<string, unknown>, number>;
  reviews!: Table<Record<string, unknown>, string>;
  evidence!: Table<Record<string, unknown>, string>;
  audit!: Table<Record<string, unknown>, number>;
  calendar!: Table<Record<string, unknown>, number>;
  campaigns!: Table<Record<string, unknown>, string>;
  campaignTasks!: Table<Record<string, unknown>, string>;
  campaignReports!: Table<Record<string, unknown>, string>;
  campaignEvents!: Table<Record<string, unknown>, number>;
  whistles!: Table<Record<string, unknown>, string>;
  meetings!: Table<Record<string, unknown>, string>;
  meetingSnapshots!: Table<Record<string, unknown>, string>;
  meetingItems!: Table<Record<string, unknown>, string>;
  meetingEvents!: Table<Record<string, unknown>, number>;
  recordItems!: Table<Record<string, unknown>, string>;
  registerEntries!: Table<Record<string, unknown>, number>;
  recordUsers!: Table<Record<string, unknown>, string>;
  recordAppeals!: Table<Record<string, unknown>, string>;
  recordReports!: Table<Record<string, unknown>, string>;
  recordAudit!: Table<Record<string, unknown>, number>;
  signingKeys!: Table<Record<string, unknown>, string>;
  recordCandidates!: Table<Record<string, unknown>, string>;

  constructor(name = 'duban') {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      const transforms = v.upgrade;
      const derive = v.derive;
      if (transforms || derive) {
        version.upgrade(async (tx) => {
          const at = Date.now();
          for (const d of derive ?? []) {
            const rows = (await tx.table(d.from).toArray()).map((r: Record<string, unknown>) => d.map(r, at)).filter((r) => r !== null);
            if (rows.length) await tx.table(d.to).bulkPut(rows);
          }
          for (const [table, transform] of Object.entries(transforms ?? {})) {
            await tx.table(table).toCollection().modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
              ref.value = transform(row, at);
            });
          }
        });
      }
    }
  }
}

export const db = new DubanDb();
