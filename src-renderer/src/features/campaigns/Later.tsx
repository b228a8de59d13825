import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children in a task after the one that mounted it, so a tab's list appears first and
 * its forms and charts follow, instead of one long task doing all of it.
 */
export function Later({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setOn(true), 0);
    return () => clearTimeout(h);
  }, []);
  return <>{on ? children : fallback}</>;
}
