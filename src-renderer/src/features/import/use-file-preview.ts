import { useEffect, useState } from 'react';
import { planColumns } from '@core/data/import/headers';
import type { ImportTarget } from '@core/data/import/types';
import { db } from '@renderer/db';
import { getEngine } from '@renderer/engine/client';
import type { FilePreview } from '@renderer/engine/api';
import { applyRemembered, mappingSettingKey, type Mapping } from './mapping';

export type PreviewState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      preview: FilePreview;
      /** What the file looks like to the engine: a ticket file or a flow-event file. */
      looksLike: ImportTarget;
      detected: Mapping;
      mapping: Mapping;
      remembered: boolean;
    };

/** The mapping of `headers` for `target` as the importer would detect it. */
function detect(headers: readonly string[], target: ImportTarget): Mapping {
  const m: Mapping = {};
  for (const c of planColumns(headers, target).columns) m[c.header] = c.key;
  return m;
}

/**
 * Previews `file` for the slot `target`: the engine reads its first 64 KiB (encoding, delimiter,
 * header, first rows); the mapping is detected for the slot and, for ticket files, a mapping
 * remembered for the same header row (db.settings 'mapping:<signature>') is laid over it.
 */
export function useFilePreview(file: File | null, target: ImportTarget): [PreviewState, (m: Mapping) => void] {
  const [state, setState] = useState<PreviewState>({ status: 'none' });
  useEffect(() => {
    if (!file) { setState({ status: 'none' }); return; }
    let alive = true;
    setState({ status: 'loading' });
    (async () => {
      const p = (await getEngine().previewFile(file)) as FilePreview & { target?: ImportTarget };
      const detected = p.format === 'csv' ? detect(p.headers, target) : {};
      let mapping = detected;
      let remembered = false;
      if (target === 'tickets' && p.headers.length > 0) {
        const row = await db.settings.get(mappingSettingKey(p.headers));
        if (row?.mapping) {
          mapping = applyRemembered(detected, row.mapping, target);
          remembered = true;
        }
      }
      if (alive) setState({ status: 'ready', preview: p, looksLike: p.target ?? target, detected, mapping, remembered });
    })().catch((e: unknown) => {
      if (alive) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    });
    return () => { alive = false; };
  }, [file, target]);
  const setMapping = (m: Mapping) => setState((s) => (s.status === 'ready' ? { ...s, mapping: m } : s));
  return [state, setMapping];
}
