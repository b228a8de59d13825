import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Exemption } from '@core/assess/exemptions';
import type { Measure } from '@core/assess/explain';
import { DEFAULT_RULE_SET, type AssessRuleSet } from '@core/assess/rules';
import { getEngine } from '@renderer/engine/client';
import type { AssessBase, AssessRequest } from '@renderer/engine/computations/assess';
import { approvedIds, listExemptions, listRuleSets } from './assessment-db';
import { useAssessStore } from './assessment-store';

/** Every rule set version (default-v1 first); undefined while loading. */
export function useRuleSets(): AssessRuleSet[] | undefined {
  return useLiveQuery(listRuleSets, []);
}

/** The rule set version chosen in the page (default-v1 when none or not found). */
export function useActiveRuleSet(): AssessRuleSet {
  const sets = useRuleSets();
  const ref = useAssessStore((s) => s.ruleRef);
  return useMemo(() => {
    if (!ref || !sets) return DEFAULT_RULE_SET;
    return sets.find((r) => r.id === ref.id && r.version === ref.version) ?? DEFAULT_RULE_SET;
  }, [sets, ref]);
}

export function useExemptions(): Exemption[] | undefined {
  return useLiveQuery(listExemptions, []);
}

/** Approved exemption ids (stable array identity while the list is unchanged). */
export function useApprovedIds(): string[] {
  const list = useExemptions();
  return useMemo(() => approvedIds(list ?? []), [list]);
}

/** The request base of the current page state, or null before a period is chosen. */
export function useAssessBase(ruleSet?: AssessRuleSet): AssessBase | null {
  const period = useAssessStore((s) => s.period);
  const by = useAssessStore((s) => s.by);
  const active = useActiveRuleSet();
  const exemptIds = useApprovedIds();
  const rs = ruleSet ?? active;
  return useMemo(() => (period ? { from: period.from, to: period.to, by, ruleSet: rs, exemptIds } : null), [period, by, rs, exemptIds]);
}

/** Runs an `assess` request in the engine worker; re-runs when the request or the store changes. */
export function useAssessRun<T>(req: AssessRequest | null, storeVersion: unknown): { data: T | undefined; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ data: T | undefined; loading: boolean; error: string | null }>({ data: undefined, loading: false, error: null });
  const key = req ? JSON.stringify(req) : '';
  useEffect(() => {
    if (!req) { setState({ data: undefined, loading: false, error: null }); return; }
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    getEngine().run<T>('assess', req).then(
      (data) => { if (alive) setState({ data, loading: false, error: null }); },
      (e: unknown) => { if (alive) setState({ data: undefined, loading: false, error: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { alive = false; };
    // `key` stands for `req` (a fresh object each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, storeVersion]);
  return state;
}

/** Ticket ids behind one figure, from the worker. */
export async function explainIds(base: AssessBase, parts: string[], measure: Measure): Promise<{ numeratorIds: string[]; denominatorIds: string[] }> {
  return getEngine().run('assess', { op: 'explain', ...base, parts, measure } satisfies AssessRequest);
}
