import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Modal, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '@renderer/i18n';
import { commandLabel, formatKeys, runCommand, useCommands } from './index';
import { filterCommands } from './filter';
import { usePaletteStore } from './palette-store';
import { SECTION_ORDER, sectionLabel } from './sections';

/** The command palette (Ctrl+K / Ctrl+Shift+P): every enabled command, searchable, run with Enter. */
export function CommandPalette() {
  const t = useT();
  const open = usePaletteStore((s) => s.open);
  const setOpen = usePaletteStore((s) => s.setOpen);
  const commands = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<InputRef>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const sorted = useMemo(() => {
    const rank = (s: string) => { const i = SECTION_ORDER.indexOf(s); return i < 0 ? SECTION_ORDER.length : i; };
    return [...commands].map((c, i) => ({ c, i })).sort((a, b) => rank(a.c.section) - rank(b.c.section) || a.i - b.i).map((x) => x.c);
  }, [commands]);
  // Labels follow the language: recompute on every render while open (a few dozen commands).
  const items = open ? filterCommands(sorted, query, sectionLabel) : [];

  useEffect(() => {
    if (open) { setQuery(''); setActive(0); }
  }, [open]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const run = (id: string) => {
    setOpen(false);
    // Let the modal close before the command moves focus or opens another dialog.
    setTimeout(() => { void runCommand(id); }, 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, items.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      const c = items[active];
      if (c) run(c.id);
    }
  };

  let lastSection = '';
  return (
    <Modal
      open={open}
      onCancel={() => setOpen(false)}
      footer={null}
      closable={false}
      width={560}
      style={{ top: 90 }}
      afterOpenChange={(o) => { if (o) inputRef.current?.focus(); }}
      destroyOnHidden
      title={null}
    >
      <div data-testid="command-palette">
        <Input
          ref={inputRef}
          autoFocus
          size="large"
          prefix={<SearchOutlined />}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => { setQuery(e.target.value); setActive(0); }}
          onKeyDown={onKeyDown}
          aria-label={t('palette.title')}
          data-testid="command-palette-input"
        />
        <div className="duban-palette-list" role="listbox" ref={listRef}>
          {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.empty')} /> : null}
          {items.map((c, i) => {
            const header = !query && c.section !== lastSection ? sectionLabel(c.section) : null;
            lastSection = c.section;
            return (
              <div key={c.id}>
                {header ? <div className="duban-palette-section">{header}</div> : null}
                <div
                  className="duban-palette-item"
                  role="option"
                  aria-selected={i === active}
                  data-testid="command-item"
                  data-command-id={c.id}
                  onMouseMove={() => setActive(i)}
                  onClick={() => run(c.id)}
                >
                  <span>{commandLabel(c)}</span>
                  <span className="duban-palette-keys">{formatKeys(c.keys).map((k) => <kbd key={k}>{k}</kbd>)}</span>
                </div>
              </div>
            );
          })}
        </div>
        <div className="duban-palette-hint">{t('palette.hint')}</div>
      </div>
    </Modal>
  );
}
