/** The phone's storage as the app uses it: bytes used and still available, and eviction shield. */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../app/idle.ts';

/** What `navigator.storage` says; `persisted` is whether the browser promised not to evict. */
export interface StorageFigures {
  used: number;
  available: number;
  persisted: boolean | null;
}

/** How long the figure waits for an idle moment at most. */
const STORAGE_WAIT_MS = 1_000;

/**
 * Storage used and still available, read again when `version` changes (after each sync).
 * Asked for when the page is idle: the first number format loads the locale's data, which
 * must not land in the middle of a screen's first paint.
 */
export function useStorage(version: unknown): StorageFigures | null {
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  useEffect(() => {
    let current = true;
    const cancel = whenIdle(
      () =>
        void Promise.all([
          navigator.storage?.estimate?.() ?? Promise.resolve(null),
          navigator.storage?.persisted?.() ?? Promise.resolve(null),
        ]).then(([estimate, persisted]) => {
          if (!current || !estimate) return;
          const { usage = 0, quota = 0 } = estimate;
          setFigures({ used: usage, available: Math.max(0, quota - usage), persisted });
        }),
      STORAGE_WAIT_MS,
    );
    return () => {
      current = false;
      cancel();
    };
  }, [version]);
  return figures;
}
