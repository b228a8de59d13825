import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { foldHeader, requiredColumns } from '@core/data/import/headers';
import type { ImportTarget } from '@core/data/import/types';
import { EVENT_COLUMNS, TICKET_COLUMNS } from '@core/data/tickets/columns';
import { t as translateNow, type MessageKey, type Translate } from '@renderer/i18n';

/** Header → ticket key, 'extra' (kept as 额外字段) or 'ignore' — the engine's HeaderMapping. */
export type Mapping = Record<string, string>;

/** Prefix of the db.settings keys that remember a mapping per source (header row). */
export const MAPPING_SETTING_PREFIX = 'mapping:';

/**
 * A signature of a header row: SHA-256 (first 16 hex digits) of the headers compared the way
 * the importer compares them (trimmed, NFKC, case-folded), in order. Files exported by the
 * same system share it, so a mapping chosen once is offered again next month.
 */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map(foldHeader).join('\u001f');
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}

/** The db.settings key under which the mapping of a header row is remembered. */
export function mappingSettingKey(headers: readonly string[]): string {
  return MAPPING_SETTING_PREFIX + headerSignature(headers);
}

/** The choices of a mapping select: every column of the target, then 额外字段 and 忽略. */
export function mappingOptions(target: ImportTarget, t: Translate = translateNow): { value: string; label: string }[] {
  const cols: readonly { key: string; header: string }[] = target === 'tickets' ? TICKET_COLUMNS : EVENT_COLUMNS;
  return [
    ...cols.map((c) => ({ value: c.key, label: fieldLabel(target, c.key, c.header, t) })),
    { value: 'extra', label: t('import.map.extra') },
    { value: 'ignore', label: t('import.map.ignore') },
  ];
}

/** A field's name in the interface language (zh-CN: the canonical header). */
function fieldLabel(target: ImportTarget, key: string, header: string, t: Translate): string {
  const id = target === 'tickets' ? `tickets.col.${key === 'rejectCount' ? 'rejects' : key === 'reopenCount' ? 'reopens' : key}` : `import.event.${key}`;
  const label = t(id as MessageKey);
  return label === id ? header : label;
}

/** Canonical headers of the required columns no header is mapped to (blocks the import). */
export function missingRequired(mapping: Mapping, target: ImportTarget): string[] {
  const used = new Set(Object.values(mapping));
  return requiredColumns(target).filter((c) => !used.has(c.key)).map((c) => c.header);
}

/** Keys mapped from more than one header (the importer keeps the first; later ones become extra). */
export function duplicateTargets(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const v of Object.values(mapping)) if (v !== 'extra' && v !== 'ignore') seen.set(v, (seen.get(v) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

/**
 * The detected mapping with a remembered one laid over it: only headers the file has, and only
 * values that are still valid for the target. Headers the remembered mapping does not know keep
 * their detected value.
 */
export function applyRemembered(detected: Mapping, remembered: unknown, target: ImportTarget): Mapping {
  if (!remembered || typeof remembered !== 'object') return { ...detected };
  const valid = new Set(mappingOptions(target).map((o) => o.value));
  const out: Mapping = { ...detected };
  for (const [h, v] of Object.entries(remembered as Record<string, unknown>)) {
    if (h in out && typeof v === 'string' && valid.has(v)) out[h] = v;
  }
  return out;
}

/** True when the user changed something the detection would not have chosen. */
export function differsFrom(a: Mapping, b: Mapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return true;
  return false;
}

/** The delimiter as a word for the preview, in the interface language. */
export function delimiterLabel(d: string, t: Translate = translateNow): string {
  return d === ',' ? t('import.delim.comma') : d === '\t' ? t('import.delim.tab') : d === ';' ? t('import.delim.semicolon') : d === '' ? '—' : d;
}

/** The encoding as users know it. */
export function encodingLabel(e: string): string {
  const m: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 / GBK' };
  return m[e] ?? (e || '—');
}

/**
 * The key whose masking applies to a preview cell: a ticket column's own key; an extra column's
 * header (the masking module classifies it by words like 电话); in an event file only 说明 is
 * free text that may hold personal data ('content'), the rest is structured ('id': unmasked).
 */
export function previewMaskKey(target: ImportTarget, mapped: string, header: string): string {
  if (target === 'events') return mapped === 'note' ? 'content' : 'id';
  return mapped === 'extra' || mapped === 'ignore' ? header : mapped;
}
