import { Modal, Table } from 'antd';
import { commandLabel, formatKeys, useCommands } from '@renderer/commands';
import { sectionLabel } from '@renderer/commands/sections';
import { useT } from '@renderer/i18n';
import { useShellStore } from './shell-store';

/** Every command that has keys, from the same registry the shortcuts run on (F1). */
export function ShortcutsDialog() {
  const t = useT();
  const open = useShellStore((s) => s.shortcutsOpen);
  const setOpen = useShellStore((s) => s.setShortcutsOpen);
  const commands = useCommands().filter((c) => (c.keys ?? []).length > 0);
  return (
    <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('shortcuts.title')} width={560} destroyOnHidden>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={open ? commands.map((c) => ({ id: c.id, section: sectionLabel(c.section), label: commandLabel(c), keys: formatKeys(c.keys) })) : []}
        columns={[
          { title: t('shortcuts.command'), dataIndex: 'label', render: (label: string, r) => <span>{label} <span style={{ color: 'var(--duban-text-secondary)', fontSize: 12 }}>· {r.section}</span></span> },
          { title: t('shortcuts.keys'), dataIndex: 'keys', width: 200, render: (keys: string[]) => keys.map((k) => <kbd key={k} style={{ marginRight: 4 }}>{k}</kbd>) },
        ]}
      />
    </Modal>
  );
}
