/** Page entry: wires database, API and sync runner, and renders the app into #app. */
// The base styles first: the features' own sheets (shell, pwa) come after and refine them.
import './styles.css';
import { render } from 'preact';
import type { FerryBeatDB } from '../device/db/schema.ts';
import { readStartStateDirect } from '../device/db/session.ts';
import { DB_NAME, LATEST_VERSION } from '../device/db/versions.ts';
import { App } from './app/App.tsx';
import { loadDatabase } from './app/database.ts';
import { handOver } from './app/early.ts';
import { mapScreen } from './app/screens.ts';
import { ServicesContext } from './app/services.ts';
import { lazyApi } from './sync/lazyApi.ts';
import { createSyncRunner } from './sync/runner.ts';
import { installSyncTriggers } from './sync/triggers.ts';
import { pagePlan, pageSync, workerHost, workerPlan, workerSync } from './sync/workerBridge.ts';
import './pwa/start.ts';

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
/**
 * Opening on the map: its chunk and its reads start now (their code stays out of the start-up
 * chunk); the screens wait until the reads are handed over, so the map takes them.
 */
function startMapReads(): Promise<void> {
  void mapScreen.preload().catch(() => undefined);
  return Promise.all([database, import('./map/preload.ts')]).then(([db, { preloadMap }]) =>
    preloadMap(db, new Date()),
  );
}
const mapReads = location.hash.startsWith('#/map') ? startMapReads() : Promise.resolve();

// Ask the browser not to evict the replica under storage pressure: an officer on a ferry cannot
// download it again. https://developer.mozilla.org/docs/Web/API/StorageManager/persist
void navigator.storage?.persist?.().catch(() => false);

/** Longest the first render waits for the start state; a slow disk shows 正在载入… instead. */
const START_WAIT_MS = 300;

const root = document.getElementById('app');
if (root) {
  const show = (db: FerryBeatDB | null, dbFailed = false) =>
    render(
      <ServicesContext.Provider value={{ db, dbFailed, api, runner, plan }}>
        <App />
      </ServicesContext.Provider>,
      root,
    );
  // The frame and the first screen's state first; the screens that read the database follow.
  const first = Promise.race([startState, new Promise((wait) => setTimeout(wait, START_WAIT_MS))]);
  void first.then(() => show(null));
  // Without the database chunk (offline before the app was ever stored) the screens say so.
  void Promise.all([first, database, mapReads.catch(() => undefined)]).then(
    ([, db]) => show(db),
    (error: unknown) => {
      console.error('loading the database failed', error);
      show(null, true);
    },
  );
}
