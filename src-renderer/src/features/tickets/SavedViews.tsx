import { useState } from 'react';
import { Button, Input, Modal, Popconfirm, Select, Space, Tooltip, message } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@renderer/db';
import { useSession } from '@renderer/app/session';
import { parseSavedView, type SavedView } from './saved-view';
import { useTicketsStore } from './tickets-store';

/**
 * Saved views (名称、筛选、排序、显示的列、固定列) in db.views. The workstation has no login, so
 * a view belongs to the session role (a shared PC used by an operator and a leader keeps their
 * views apart).
 */
export function SavedViews() {
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
      void message.success(existing ? `已更新视图“${name}”` : `已保存视图“${name}”`);
      setNaming(null);
    } catch (e) {
      void message.error(`保存视图失败：${String(e)}。请检查磁盘空间后重试。`);
    }
  };

  return (
    <Space.Compact>
      <Select
        style={{ width: 180 }}
        placeholder="已保存的视图"
        value={current?.id}
        allowClear
        onClear={() => setViewId(null)}
        // onSelect, not onChange: choosing the current view again re-applies it.
        onSelect={(id: number) => {
          const v = views?.find((x) => x.id === id);
          if (v) applyView(v);
        }}
        options={(views ?? []).map((v) => ({ value: v.id!, label: v.name }))}
        notFoundContent="还没有保存的视图"
        data-testid="saved-views"
      />
      <Tooltip title="把当前的筛选、排序和列保存为视图">
        <Button icon={<SaveOutlined />} onClick={() => setNaming(current?.name ?? '')}>保存视图</Button>
      </Tooltip>
      {current && (
        <Popconfirm
          title={`删除视图“${current.name}”？`}
          okText="删除"
          cancelText="取消"
          onConfirm={async () => { await db.views.delete(current.id!); setViewId(null); }}
        >
          <Button icon={<DeleteOutlined />} aria-label="删除视图" />
        </Popconfirm>
      )}
      <Modal
        open={naming !== null}
        title="保存视图"
        okText="保存"
        cancelText="取消"
        onCancel={() => setNaming(null)}
        okButtonProps={{ disabled: !naming?.trim() }}
        onOk={() => void save(naming!.trim())}
        destroyOnHidden
      >
        <Input
          autoFocus
          maxLength={40}
          placeholder="视图名称，例如“本月未办结投诉”"
          value={naming ?? ''}
          onChange={(e) => setNaming(e.target.value)}
          onPressEnter={() => naming?.trim() && void save(naming.trim())}
        />
        {views?.some((v) => v.name === naming?.trim()) && <div style={{ marginTop: 6, color: '#d48806' }}>同名视图将被覆盖。</div>}
      </Modal>
    </Space.Compact>
  );
}
