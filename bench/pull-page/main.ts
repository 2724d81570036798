/**
 * The pull benchmark's page, served from the station server's origin. `ours` runs the app's
 * real sign-in and `pullAll` into a fresh FerryBeatDB; `limit` fetches the very same pages with
 * plain `fetch` and writes the same records with raw IndexedDB in one transaction, into stores
 * with the same keys and indexes. The ratio of the two is what the app's own work costs.
 */

import { login } from '../../src/client/sync/login.ts';
import { FerryBeatDB } from '../../src/device/db/schema.ts';
import { createApi } from '../../src/device/sync/api.ts';
import { pullAll } from '../../src/device/sync/pull.ts';

interface OursResult {
  rows: number;
  ms: number;
  transferBytes: number;
  bodyBytes: number;
  requests: number;
  urls: string[];
  token: string;
}

function pullEntries(): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
    e.name.includes('/api/sync/pull'),
  );
}

async function ours(username: string, password: string, dbName: string): Promise<OursResult> {
  const db = new FerryBeatDB(dbName);
  const api = createApi();
  const session = await login({ db, api }, { username, password, deviceName: 'bench' });
  performance.clearResourceTimings();
  const started = performance.now();
  const { applied } = await pullAll({ db, api });
  const ms = performance.now() - started;
  const entries = pullEntries();
  db.close();
  return {
    rows: applied,
    ms,
    transferBytes: entries.reduce((n, e) => n + e.transferSize, 0),
    bodyBytes: entries.reduce((n, e) => n + e.decodedBodySize, 0),
    requests: entries.length,
    urls: entries.map((e) => e.name),
    token: session.token,
  };
}

/** The stores of FerryBeatDB v1 with the same primary keys and indexes. */
const STORES: Record<string, { key: string; indexes: string[] }> = {
  villages: { key: 'id', indexes: [] },
  grids: { key: 'id', indexes: [] },
  households: { key: 'id', indexes: [] },
  residents: { key: 'householdId', indexes: ['*residentIds'] },
  crossings: { key: 'id', indexes: [] },
  assignments: { key: 'id', indexes: [] },
  visits: { key: 'id', indexes: ['householdId'] },
};
const TABLE: Record<string, string> = {
  village: 'villages',
  grid: 'grids',
  household: 'households',
  resident: 'residents',
  crossing: 'crossings',
  assignment: 'assignments',
  visit: 'visits',
};

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const [store, { key, indexes }] of Object.entries(STORES)) {
        const os = request.result.createObjectStore(store, { keyPath: key });
        for (const index of indexes) {
          const path = index.replace('*', '');
          os.createIndex(path, path, { multiEntry: index.startsWith('*') });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function limit(urls: string[], token: string, dbName: string) {
  const db = await openRaw(dbName);
  const started = performance.now();
  const pages: { changes: { entity: string; data?: unknown }[] }[] = [];
  for (const url of urls) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    pages.push(await response.json());
  }
  const fetched = performance.now();
  // The same records FerryBeat stores: residents as one record per household. Grouping them
  // is the app's work, so it stays outside the limit's clock.
  const records: [string, unknown][] = [];
  const households = new Map<
    string,
    { householdId: string; residentIds: string[]; residents: unknown[] }
  >();
  for (const page of pages) {
    for (const change of page.changes) {
      const store = TABLE[change.entity];
      if (!store || !change.data) continue;
      if (store !== 'residents') records.push([store, change.data]);
      else {
        const resident = change.data as { id: string; householdId: string };
        const record = households.get(resident.householdId) ?? {
          householdId: resident.householdId,
          residentIds: [],
          residents: [],
        };
        record.residentIds.push(resident.id);
        record.residents.push(resident);
        households.set(resident.householdId, record);
      }
    }
  }
  for (const record of households.values()) records.push(['residents', record]);
  const grouped = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(Object.keys(STORES), 'readwrite');
    for (const [store, record] of records) tx.objectStore(store).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const done = performance.now();
  db.close();
  return {
    fetchMs: fetched - started,
    putMs: done - grouped,
    ms: fetched - started + done - grouped,
  };
}

function drop(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

(window as unknown as { bench: unknown }).bench = { ours, limit, drop };
