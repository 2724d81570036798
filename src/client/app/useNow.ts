/** A clock for screens that show "from now" figures (next boats, minutes left). */
import { useEffect, useState } from 'preact/hooks';

/**
 * Epoch ms at this render. The screen renders again at the start of every minute (boards change
 * by the minute) and when the page becomes visible again (a phone that slept in a pocket shows
 * the right boats at once); a render for any other reason (a suspension just lifted) reads the
 * clock afresh too, never a time from up to a minute ago.
 */
export function useNow(): number {
  const [, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      timer = setTimeout(tick, 60_000 - (time % 60_000) + 50);
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      clearTimeout(timer);
      tick();
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return Date.now();
}
