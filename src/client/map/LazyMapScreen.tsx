/**
 * The map route's entry: loads the map screen (and Leaflet with it) only when the map is
 * opened, so the household list never pays for the map library.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../../device/db/schema.ts';
import { t } from '../i18n/index.ts';
import type { MapScreenProps } from './MapScreen.tsx';

let loaded: ComponentType<MapScreenProps> | null = null;
let loading: Promise<ComponentType<MapScreenProps>> | null = null;

/**
 * Starts loading the map screen's chunk. Called at start-up when the app opens on the map, so
 * the chunk downloads (from the service worker's cache) while the app reads its session,
 * instead of after it.
 */
export function preloadMapScreen(): Promise<ComponentType<MapScreenProps>> {
  loading ??= import('./MapScreen.tsx').then(
    (module) => {
      loaded = module.MapScreen;
      return module.MapScreen;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The map screen, once its chunk has loaded. */
export function LazyMapScreen(props: { householdId: string | null; session: SessionRecord }) {
  const [Screen, setScreen] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Screen) return;
    preloadMapScreen().then(
      (screen) => {
        setScreen(() => screen);
      },
      (error: unknown) => {
        console.error('loading the map failed', error);
        setFailed(true);
      },
    );
  }, [Screen]);
  if (Screen) return <Screen {...props} />;
  return (
    <main class="screen map-screen">
      <p>{failed ? t('map.loadFailed') : t('app.loading')}</p>
    </main>
  );
}
