/** Live reads of the records tables for the page (the page reads; only records-service.ts writes). */
import { useCallback } from 'react';
import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterEntry } from '@core/records/entry';
import type { RecordsState } from '@core/records/workflow';
import { db } from '@renderer/db';
import { useT } from '@renderer/i18n';
import { loadRecordsState, useRecordsSession, type Outcome } from './records-service';
import { keyStatus, type KeyStatus } from './signing';

/** The whole records state, live (re-read whenever any records table changes). */
export function useRecordsState(): RecordsState | undefined {
  return useLiveQuery(loadRecordsState, []);
}

export type CandidateRow = { key: string; source: string; status: 'open' | 'drafted' | 'dismissed'; itemId?: string | null; ticket?: string; unit?: string; review?: unknown; dismissReason?: string };

export function useCandidateRows(): CandidateRow[] | undefined {
  return useLiveQuery(async () => (await db.recordCandidates.toArray()) as unknown as CandidateRow[], []);
}

export function useKeyStatus(): KeyStatus | undefined {
  // re-read when the key table or the audit (key creation) changes
  return useLiveQuery(async () => { await db.signingKeys.count(); await db.recordAudit.count(); return keyStatus().catch(() => undefined); }, []);
}

export function useSession() {
  return useRecordsSession();
}

/** Shows an outcome: the success text, or the refusal's Chinese reason. Returns whether it succeeded. */
export function useReport(): (o: Outcome<object>, okText: string) => boolean {
  const { message } = App.useApp();
  return useCallback((o, okText) => {
    if (o.ok) void message.success(okText);
    else void message.error({ content: o.reason, duration: 8 });
    return o.ok;
  }, [message]);
}

/** The register entries, live. */
export function useRegister(): RegisterEntry[] | undefined {
  return useLiveQuery(async () => (await db.registerEntries.orderBy('seq').toArray()) as unknown as RegisterEntry[], []);
}

export function useTr() {
  return useT();
}
