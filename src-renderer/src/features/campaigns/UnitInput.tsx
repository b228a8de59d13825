import { AutoComplete } from 'antd';
import { useMemo } from 'react';
import { useDistinct } from './use-campaign';

/** A unit name: picked from the units in the tickets, or typed (city departments may have no tickets). */
export function UnitInput({ value, onChange, placeholder, testId, extra = [] }: {
  value?: string; onChange?: (v: string) => void; placeholder?: string; testId?: string; extra?: readonly string[];
}) {
  const units = useDistinct('unit');
  const options = useMemo(() => {
    const all = [...new Set([...extra, ...units])];
    const q = (value ?? '').trim();
    return (q ? all.filter((u) => u.includes(q)) : all).slice(0, 50).map((u) => ({ value: u }));
  }, [units, extra, value]);
  return <AutoComplete value={value} onChange={onChange} options={options} placeholder={placeholder} data-testid={testId} style={{ width: '100%' }} />;
}
