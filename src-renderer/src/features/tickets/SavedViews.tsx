import { useState } from 'react';
import { Button, Input, Modal, Popconfirm, Select, Space, Tooltip, message } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import { useSession } from '@renderer/app/session';
import { t as translateNow, useT } from '@renderer/i18n';
import { parseSavedView, type SavedView } from './saved-view';
import { useTicketsStore } from './tickets-store';

/**
 * Saved views (名称、筛选、排序、显示的列、固定列) in db.views. The workstation has no login, so
 * a view belongs to the session role (a shared PC used by an operator and a leader keeps their
 * views apart).
 */
export function SavedViews() {
  const t = useT();
  const owner = useSession((s) => s.role);
  const viewId = useTicketsStore((s) => s.viewId);
  const applyView = useTicketsStore((s) => s.applyView);
  const setViewId = useTicketsStore((s) => s.setViewId);
  const [naming, setNaming] = useState<string | null>(null);
  const views = useLiveQuery(
    async () => (await db.views.where('owner').equals(owner).toArray()).map(parseSavedView).filter((v): v is SavedView => v !== null),
    [owner],
  );
  const current = views?.find((v) => v.id === viewId);

  const save = async (name: string) => {
    const s = useTicketsStore.getState();
    const existing = views?.find((v) => v.name === name);
    const row: SavedView = {
      owner, name, filters: s.filters, search: s.search, sort: s.sort, columns: s.columns, pinned: s.pinned, savedAt: Date.now(),
    };
    try {
      const id = existing?.id !== undefined ? (await db.views.put({ ...row, id: existing.id }), existing.id) : await db.views.add({ ...row });
      setViewId(id);
      void message.success(translateNow(existing ? 'tickets.views.updated' : 'tickets.views.saved', { name }));
      setNaming(null);
    } catch (e) {
      void message.error(translateNow('tickets.views.saveFailed', { error: String(e) }));
    }
  };

  return (
    <Space.Compact>
      <Select
        style={{ width: 180 }}
        placeholder={t('tickets.views.placeholder')}
        value={current?.id}
        allowClear
        onClear={() => setViewId(null)}
        // onSelect, not onChange: choosing the current view again re-applies it.
        onSelect={(id: number) => {
          const v = views?.find((x) => x.id === id);
          if (v) applyView(v);
        }}
        options={(views ?? []).map((v) => ({ value: v.id!, label: v.name }))}
        notFoundContent={t('tickets.views.none')}
        data-testid="saved-views"
      />
      <Tooltip title={t('tickets.views.saveHint')}>
        <Button icon={<SaveOutlined />} onClick={() => setNaming(current?.name ?? '')}>{t('tickets.views.save')}</Button>
      </Tooltip>
      {current && (
        <Popconfirm
          title={t('tickets.views.deleteTitle', { name: current.name })}
          okText={t('tickets.views.delete')}
          cancelText={t('tickets.cancel')}
          onConfirm={async () => { await db.views.delete(current.id!); setViewId(null); }}
        >
          <Button icon={<DeleteOutlined />} aria-label={t('tickets.views.deleteAria')} />
        </Popconfirm>
      )}
      <Modal
        open={naming !== null}
        title={t('tickets.views.save')}
        okText={t('tickets.views.ok')}
        cancelText={t('tickets.cancel')}
        onCancel={() => setNaming(null)}
        okButtonProps={{ disabled: !naming?.trim() }}
        onOk={() => void save(naming!.trim())}
        destroyOnHidden
      >
        <Input
          autoFocus
          maxLength={40}
          placeholder={t('tickets.views.namePlaceholder')}
          value={naming ?? ''}
          onChange={(e) => setNaming(e.target.value)}
          onPressEnter={() => naming?.trim() && void save(naming.trim())}
        />
        {views?.some((v) => v.name === naming?.trim()) && <div style={{ marginTop: 6, color: '#d48806' }}>{t('tickets.views.overwrite')}</div>}
      </Modal>
    </Space.Compact>
  );
}
