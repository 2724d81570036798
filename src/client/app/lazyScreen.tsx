/**
 * Screens loaded with their own chunk, the first time they are shown (or preloaded). The page's
 * start-up chunk then holds only the app's frame and the screen it opens on: every cold start,
 * on a slow phone without signal, parses and runs less before its first paint. The chunks are
 * precached by the service worker, so a screen opens offline like any other.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/index.ts';

/** A lazily loaded screen and the way to start loading it early. */
export interface LazyScreen<P> {
  Screen: ComponentType<P>;
  preload(): Promise<ComponentType<P>>;
}

/**
 * Wraps `load` (a dynamic import) as a screen. Until the chunk is in, the screen shows
 * 正在载入… in a `<main class="screen {className}">`; if it cannot load, `failedKey`.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
  {
    className = '',
    failedKey = 'app.loadFailed',
  }: { className?: string; failedKey?: MessageKey } = {},
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (screen) => {
        loaded = screen;
        return screen;
      },
      (error: unknown) => {
        // Tried again the next time the screen is shown.
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function Screen(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let current = true;
      preload().then(
        (screen) => current && setLoaded(() => screen),
        (error: unknown) => {
          console.error('loading a screen failed', error);
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, [Loaded]);
    if (Loaded) return <Loaded {...props} />;
    return (
      <main class={`screen ${className}`.trim()}>
        <p>{failed ? t(failedKey) : t('app.loading')}</p>
      </main>
    );
  }

  return { Screen, preload };
}
