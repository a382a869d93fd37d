import { useEffect, useState } from 'react';

/**
 * How many of `total` parts to render now: the first at once, then one more on each animation frame
 * until all are shown. The component is keyed by chapter, so a new chapter starts afresh.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(() => Math.min(total, 1));
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => Math.min(total, c + 1)));
    return () => cancelAnimationFrame(frame);
  }, [count, total]);
  return Math.min(count, total);
}
