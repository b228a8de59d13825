import { useLayoutEffect, useState } from 'react';

/**
 * Height that lets a page fill the shell's scrolling content area (a grid needs a definite
 * height; the shell wraps pages in a div of auto height). Measured from the nearest <main>.
 * Returns a callback ref for the element to size, and its height (undefined until measured).
 */
export function useFillHeight<T extends HTMLElement>(min = 360): [(el: T | null) => void, number | undefined] {
  const [el, setEl] = useState<T | null>(null);
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const host = el?.closest('main') ?? el?.parentElement;
    if (!el || !host) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top - host.getBoundingClientRect().top + host.scrollTop;
      setHeight(Math.max(min, host.clientHeight - top));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(host);
    return () => ro.disconnect();
  }, [el, min]);
  return [setEl, height];
}
