/** The browser's own idea of being online, kept current by the `online`/`offline` events. */
import { useEffect, useState } from 'preact/hooks';

/** True while the browser reports a network connection (no promise the server is reachable). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
