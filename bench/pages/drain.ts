/**
 * Draining the outbox: visits recorded with the app's `recordVisit` (not timed), then the app's
 * `syncOnce` with `pull: false` timed until it returns with the outbox empty.
 */

import type { FerryBeatDB } from '../../src/device/db/schema.ts';
import type { Api } from '../../src/device/sync/api.ts';
import { syncOnce } from '../../src/device/sync/engine.ts';
import { drop } from './rawIdb.ts';
import { clearRequests, requestFigures } from './requests.ts';
import { recordVisits, signedInDevice, visitInputs } from './visits.ts';

const devices = new Map<string, { db: FerryBeatDB; api: Api }>();

/** Signs in, pulls, records `count` visits into the outbox; returns their ids. Not timed. */
export async function fillOutbox(
  dbName: string,
  username: string,
  password: string,
  count: number,
): Promise<string[]> {
  const device = await signedInDevice(dbName, username, password);
  devices.set(dbName, device);
  return recordVisits(device.db, device.userId, await visitInputs(device.db, count));
}

/**
 * Times one push-only sync of a filled outbox. `batchSize` is the engine's own option, for
 * trying sizes other than the app's `PUSH_BATCH_SIZE` without changing the app.
 */
export async function drainOutbox(dbName: string, batchSize?: number) {
  const device = devices.get(dbName);
  if (!device) throw new Error(`fillOutbox(${dbName}) first`);
  clearRequests();
  const started = performance.now();
  const report = await syncOnce(
    { db: device.db, api: device.api, ...(batchSize ? { batchSize } : {}) },
    { pull: false },
  );
  const ms = performance.now() - started;
  const left = await device.db.outbox.where('state').anyOf(['waiting', 'sending']).count();
  return { ms, status: report.status, left, ...requestFigures('/api/sync/push') };
}

/** Closes and deletes a device's database. */
export async function dropDevice(dbName: string): Promise<void> {
  devices.get(dbName)?.db.close();
  devices.delete(dbName);
  await drop(dbName);
}
