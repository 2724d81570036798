/**
 * The screens that are not the app's frame, each in its own chunk (see lazyScreen.tsx). The
 * household list, sign-in and first sync stay in the start-up chunk: one of them is the first
 * screen of nearly every start. The map's chunk brings Leaflet, so the household list never pays
 * for the map library; it is loaded at start-up only when the app opens on the map (main.tsx).
 */

import { whenIdle } from './idle.ts';
import { lazyScreen } from './lazyScreen.tsx';

export const mapScreen = lazyScreen(
  () => import('../map/MapScreen.tsx').then((module) => module.MapScreen),
  { className: 'map-screen', failedKey: 'map.loadFailed' },
);
export const householdScreen = lazyScreen(() =>
  import('../households/HouseholdDetail.tsx').then((module) => module.HouseholdDetail),
);
export const visitScreen = lazyScreen(() =>
  import('../visit/VisitScreen.tsx').then((module) => module.VisitScreen),
);
export const ferryScreen = lazyScreen(() =>
  import('../ferries/FerryScreen.tsx').then((module) => module.FerryScreen),
);
export const planScreen = lazyScreen(() =>
  import('../plan/PlanScreen.tsx').then((module) => module.PlanScreen),
);
export const meScreen = lazyScreen(() =>
  import('../me/MeScreen.tsx').then((module) => module.MeScreen),
);

/** How long after start-up the other screens are loaded: well after any first paint. */
const PRELOAD_AFTER_MS = 3_000;

/**
 * Loads every screen but the map a few seconds after start-up, when the page is idle, so the
 * first tap on a household or 记录走访 opens it at once.
 */
export function preloadScreens(): () => void {
  let cancelIdle = () => {};
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(() => {
      for (const screen of [householdScreen, visitScreen, ferryScreen, planScreen, meScreen]) {
        screen.preload().catch(() => undefined);
      }
    }, PRELOAD_AFTER_MS);
  }, PRELOAD_AFTER_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}
