/** Page entry: wires database, API and sync runner, and renders the app into #app. */
import { render } from 'preact';
import { db } from '../device/db/db.ts';
import { App } from './app/App.tsx';
import { ServicesContext } from './app/services.ts';
import { readStartStateEarly } from './app/startState.ts';
import { preloadMap } from './map/preload.ts';
import { lazyApi } from './sync/lazyApi.ts';
import { createSyncRunner } from './sync/runner.ts';
import { installSyncTriggers } from './sync/triggers.ts';
import { pagePlan, pageSync, workerHost, workerPlan, workerSync } from './sync/workerBridge.ts';
import './pwa/start.ts';
import './styles.css';

const api = lazyApi(() => import('../device/sync/api.ts').then(({ createApi }) => createApi()));
// Module workers exist in every browser FerryBeat supports (Safari 15+); the page fallbacks
// keep syncing and planning alive where one cannot start.
const host = typeof Worker === 'undefined' ? null : workerHost();
const runner = createSyncRunner({ run: host ? workerSync(host) : pageSync(db, api) });
const plan = host ? workerPlan(host) : pagePlan();

performance.mark('app-start');
// First in IndexedDB's queue: who is signed in, and whether the first pull is done.
const startState = readStartStateEarly(db);
// Open IndexedDB at once, before the first render and the device worker's own connection: every
// screen waits on it, and a cold open is the slowest step of a start without network.
void db.open().then(
  () => performance.mark('db-open'),
  (error: unknown) => console.error('opening the database failed', error),
);
installSyncTriggers(runner);
if (location.hash.startsWith('#/map')) preloadMap(db, new Date());

// Ask the browser not to evict the replica under storage pressure: an officer on a ferry cannot
// download it again. https://developer.mozilla.org/docs/Web/API/StorageManager/persist
void navigator.storage?.persist?.().catch(() => false);

/** Longest the first render waits for the start state; a slow disk shows 正在载入… instead. */
const START_WAIT_MS = 300;

const root = document.getElementById('app');
if (root) {
  const show = () =>
    render(
      <ServicesContext.Provider value={{ db, api, runner, plan }}>
        <App />
      </ServicesContext.Provider>,
      root,
    );
  void Promise.race([startState, new Promise((wait) => setTimeout(wait, START_WAIT_MS))]).then(
    show,
  );
}
