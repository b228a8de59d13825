import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Meeting, MeetingSnapshot } from '@core/meetings';
import { useT } from '@renderer/i18n';
import { ItemFigures } from './figures';
import { agendaKindLabel } from './labels';

/** Presenter view: one agenda item at a time in large type, from the frozen snapshot; ←/→ to move, Esc to leave. */
export function PresenterView({ meeting, snap, onClose }: { meeting: Meeting; snap: MeetingSnapshot; onClose: () => void }) {
  const t = useT();
  const [i, setI] = useState(0);
  const n = meeting.agenda.length;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { e.preventDefault(); setI((x) => Math.min(n - 1, x + 1)); }
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') { e.preventDefault(); setI((x) => Math.max(0, x - 1)); }
      else if (e.key === 'Home') setI(0);
      else if (e.key === 'End') setI(n - 1);
      else if (e.key === 'Escape') { e.preventDefault(); onClose(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [n, onClose]);
  const item = meeting.agenda[i];
  return createPortal(
    <div className="mt-presenter" data-testid="mt-presenter" role="dialog" aria-label={t('mt.presenter.title')}>
      <header><span>{meeting.title}</span><span>{t('mt.presenter.pos', { i: i + 1, n })}</span></header>
      {item ? (
        <main>
          <div className="mt-presenter-kind">{agendaKindLabel(item, t)} · {t('mt.presenter.by', { name: item.presenter })}</div>
          <h1 data-testid="mt-presenter-title">{item.title}</h1>
          <ItemFigures item={item} snap={snap} big />
        </main>
      ) : <main><h1>{t('mt.agenda.empty')}</h1></main>}
      <footer>{t('mt.presenter.keys')} · {t('mt.snapshotHash', { hash: snap.sha256.slice(0, 16) })}</footer>
    </div>,
    document.body,
  );
}
