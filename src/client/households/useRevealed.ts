/**
 * A long list rendered as the officer scrolls: the first screenful at once, then a slice more
 * whenever the end of what is rendered comes within a few screens. An officer's 700 households
 * rendered in one go took a task of 600 ms on a phone (Lighthouse's trace of the list, CPU
 * slowed 4×) before the list could be touched, and left 4,400 elements in the page; rows the
 * officer never scrolls to now cost nothing.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Rows rendered at once: more than a tall phone shows. */
export const FIRST_SLICE = 30;
/** Rows added each time the end comes near. */
const NEXT_SLICE = 60;
/** How near: rows are added while the end is less than this below the window. */
const AHEAD = '0px 0px 1500px 0px';

/**
 * How many of `total` rows to render, and the ref of the marker placed after the last one.
 * `initial` rows come at once (coming back to a scrolled list, the rows the officer had scrolled
 * through are there before the position is restored), and `onLeave` hears at unmount how many
 * were shown. Rows once shown stay: a sync that rebuilds the list under the officer's thumb
 * does not take back what was scrolled through.
 */
export function useRevealed(
  total: number,
  initial: number,
  onLeave: (shown: number) => void,
): { shown: number; end: RefObject<HTMLDivElement> } {
  const [shown, setShown] = useState(Math.max(FIRST_SLICE, initial));
  const end = useRef<HTMLDivElement>(null);
  const latest = useRef(shown);
  latest.current = shown;
  useEffect(() => () => onLeave(latest.current), []);
  useEffect(() => {
    const marker = end.current;
    if (shown >= total || !marker || typeof IntersectionObserver === 'undefined') return;
    // Observed afresh after each slice: an observer reports when it starts observing, so an end
    // still in reach after a slice asks for the next one.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setShown((n) => n + NEXT_SLICE);
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(marker);
    return () => observer.disconnect();
  }, [shown, total]);
  return { shown, end };
}
