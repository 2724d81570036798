/**
 * The map route's entry: loads the map screen (and Leaflet with it) only when the map is
 * opened, so the household list never pays for the map library.
 */
import { lazyScreen } from '../app/lazyScreen.tsx';

const map = lazyScreen(() => import('./MapScreen.tsx').then((module) => module.MapScreen), {
  className: 'map-screen',
  failedKey: 'map.loadFailed',
});

/** The map screen, once its chunk has loaded. */
export const LazyMapScreen = map.Screen;

/**
 * Starts loading the map screen's chunk. Called at start-up when the app opens on the map, so
 * the chunk loads (from the service worker's cache) while the app reads its session, instead of
 * after it.
 */
export const preloadMapScreen = map.preload;
