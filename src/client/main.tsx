/** Page entry: wires database, API and sync runner, and renders the app into #app. */
import { render } from 'preact';
import type { FerryBeatDB } from '../device/db/schema.ts';
import { readStartStateDirect } from '../device/db/session.ts';
import { DB_NAME, LATEST_VERSION } from '../device/db/versions.ts';
import { App } from './app/App.tsx';
import { loadDatabase } from './app/database.ts';
import { handOver } from './app/early.ts';
import { mapScreen } from './app/screens.ts';
import { ServicesContext } from './app/services.ts';
import { preloadMap } from './map/preload.ts';
import { lazyApi } from './sync/lazyApi.ts';
import { createSyncRunner } from './sync/runner.ts';
import { installSyncTriggers } from './sync/triggers.ts';
import { pagePlan, pageSync, workerHost, workerPlan, workerSync } from './sync/workerBridge.ts';
import './pwa/start.ts';
import './styles.css';

performance.mark('app-start');
// First in IndexedDB's queue: who is signed in, and whether the first pull is done (read on a
// plain IndexedDB connection, before Dexie is even loaded; see readStartStateDirect).
const startState =
  typeof indexedDB === 'undefined'
    ? Promise.resolve(null)
    : readStartStateDirect(DB_NAME, LATEST_VERSION).catch(() => null);
handOver('start', startState);
// Dexie and the database, in their own chunk, fetched beside the first render. Opened at once
// when in, before the device worker's own connection: every screen waits on it, and a cold
// open is the slowest step of a start without network.
const database = loadDatabase().then(({ db }) => db);
void database
  .then((db) => db.open())
  .then(
    () => performance.mark('db-open'),
    (error: unknown) => console.error('opening the database failed', error),
  );

const api = lazyApi(() => import('../device/sync/api.ts').then(({ createApi }) => createApi()));
// Module workers exist in every browser FerryBeat supports (Safari 15+); the page fallbacks
// keep syncing and planning alive where one cannot start.
const host = typeof Worker === 'undefined' ? null : workerHost();
const runner = createSyncRunner({ run: host ? workerSync(host) : pageSync(database, api) });
const plan = host ? workerPlan(host) : pagePlan();

installSyncTriggers(runner);
if (location.hash.startsWith('#/map')) {
  void mapScreen.preload().catch(() => undefined);
  void database.then((db) => preloadMap(db, new Date()));
}

// Ask the browser not to evict the replica under storage pressure: an officer on a ferry cannot
// download it again. https://developer.mozilla.org/docs/Web/API/StorageManager/persist
void navigator.storage?.persist?.().catch(() => false);

/** Longest the first render waits for the start state; a slow disk shows 正在载入… instead. */
const START_WAIT_MS = 300;

const root = document.getElementById('app');
if (root) {
  const show = (db: FerryBeatDB | null) =>
    render(
      <ServicesContext.Provider value={{ db, api, runner, plan }}>
        <App />
      </ServicesContext.Provider>,
      root,
    );
  // The frame and the first screen's state first; the screens that read the database follow.
  const first = Promise.race([startState, new Promise((wait) => setTimeout(wait, START_WAIT_MS))]);
  void first.then(() => show(null));
  void Promise.all([first, database]).then(([, db]) => show(db));
}
