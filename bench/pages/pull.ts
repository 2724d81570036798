/**
 * The first pull. `ours` runs the app's real sign-in and `pullAll` into a fresh FerryBeatDB;
 * `limit` fetches the very same pages with plain `fetch` and writes the same records with raw
 * IndexedDB in one transaction, into stores with the same keys and indexes.
 */

import { login } from '../../src/client/sync/login.ts';
import { FerryBeatDB } from '../../src/device/db/schema.ts';
import { TABLE_OF } from '../../src/device/db/tables.ts';
import { createApi } from '../../src/device/sync/api.ts';
import { pullAll } from '../../src/device/sync/pull.ts';
import { openRaw, putAll, REPLICA_STORES } from './rawIdb.ts';
import { clearRequests, requestFigures, requestsTo } from './requests.ts';

/** Signs in (not timed), then times the app's first pull. */
export async function pullOurs(username: string, password: string, dbName: string) {
  const db = new FerryBeatDB(dbName);
  const api = createApi();
  const session = await login({ db, api }, { username, password, deviceName: 'bench' });
  clearRequests();
  const started = performance.now();
  const { applied } = await pullAll({ db, api });
  const ms = performance.now() - started;
  db.close();
  const urls = requestsTo('/api/sync/pull').map((e) => e.name);
  return { rows: applied, ms, ...requestFigures('/api/sync/pull'), urls, token: session.token };
}

const TABLE: Record<string, string> = TABLE_OF;

interface Page {
  changes: { entity: string; data?: unknown }[];
}

/** The records FerryBeat stores for some pages: residents as one record per household. */
function recordsOf(pages: Page[]): [string, unknown][] {
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
  return records;
}

/** The limit: plain fetch of the same pages, then one raw put of the same records. */
export async function pullLimit(urls: string[], token: string, dbName: string) {
  const db = await openRaw(dbName, REPLICA_STORES);
  const started = performance.now();
  const pages: Page[] = [];
  for (const url of urls) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    pages.push(await response.json());
  }
  const fetched = performance.now();
  // Grouping residents is the app's work, so it stays outside the limit's clock.
  const records = recordsOf(pages);
  const grouped = performance.now();
  await putAll(db, records);
  const done = performance.now();
  db.close();
  return {
    fetchMs: fetched - started,
    putMs: done - grouped,
    ms: fetched - started + done - grouped,
  };
}
