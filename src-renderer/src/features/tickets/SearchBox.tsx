import { useEffect, useRef, useState } from 'react';
import { Input, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useT } from '@renderer/i18n';
import { useTicketsStore } from './tickets-store';

const DEBOUNCE_MS = 300;

/** The quick search (诉求内容、地址、办理结果), debounced; Ctrl+F focuses it. */
export function SearchBox() {
  const t = useT();
  const search = useTicketsStore((s) => s.search);
  const setSearch = useTicketsStore((s) => s.setSearch);
  const [text, setText] = useState(search);
  const ref = useRef<InputRef>(null);

  // Follow searches set from outside (a drill-down, a saved view, 清除全部).
  useEffect(() => setText(search), [search]);

  useEffect(() => {
    if (text === search) return;
    const t = window.setTimeout(() => setSearch(text), DEBOUNCE_MS);
    return () => window.clearTimeout(t);
  }, [text, search, setSearch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        ref.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Input
      ref={ref}
      allowClear
      prefix={<SearchOutlined />}
      placeholder={t('tickets.search.placeholder')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onPressEnter={() => setSearch(text)}
      style={{ width: 320 }}
      data-testid="tickets-search"
      aria-label={t('tickets.search.aria')}
    />
  );
}
