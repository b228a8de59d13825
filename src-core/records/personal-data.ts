import { maskFreeText } from '../data/masking/index';

/**
 * Where a register body holds what looks like citizen personal data (DOMAIN.md section 7):
 * phone numbers, 18-digit ID numbers and other long digit runs, found by the same patterns the
 * masking module hides in free text. The subtrees that hold identifiers by design (`evidence`:
 * ticket and case ids, which are often long digit runs; `basis`: rule set ids and hashes), at any
 * depth (a correction's `changes.evidence` too), are not scanned. Names of citizens have no pattern and cannot be found this way.
 */
export type PersonalDataHit = { path: string; kind: 'phoneOrId' };

const ID_SUBTREES = new Set(['evidence', 'basis']);

export function findPersonalData(body: unknown): PersonalDataHit[] {
  const out: PersonalDataHit[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (maskFreeText(v) !== v) out.push({ path, kind: 'phoneOrId' });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (ID_SUBTREES.has(k)) continue;
        walk(x, path === '' ? k : `${path}.${k}`);
      }
    }
  };
  walk(body, '');
  return out;
}
