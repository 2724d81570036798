/**
 * A long list shown a slice at a time: the first screenful at once, the rest in small slices
 * while the page is idle. An officer's 700 households rendered in one go took one task of
 * 600 ms on a phone (Lighthouse's trace of the list, CPU slowed 4×) before the list could be
 * touched; in slices the list answers a tap between any two.
 */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../app/idle.ts';

/** Rows rendered at once: more than a tall phone shows. */
export const FIRST_SLICE = 30;
/** Rows added per idle moment after that. */
export const NEXT_SLICE = 60;

/**
 * How many of `total` rows to render now. `all` renders every row at once (coming back to a
 * scrolled list, the rows up to the old position must be there before it is restored). A new
 * `key` (another search, other open groups) starts again from the first slice.
 */
export function useRevealed(total: number, all: boolean, key: unknown): number {
  const [shown, setShown] = useState(all ? Number.POSITIVE_INFINITY : FIRST_SLICE);
  useEffect(() => {
    if (all) return;
    setShown(FIRST_SLICE);
  }, [key]);
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(() => setShown((n) => n + NEXT_SLICE), 200);
  }, [shown, total]);
  return shown;
}
