/**
 * Saving a visit, tap to committed: the app's `recordVisit` beside its limit, one raw IndexedDB
 * readwrite transaction with strict durability putting one record of the same size into a
 * store with the outbox's key and indexes. The two alternate, so drift hits both alike.
 */

import { recordVisit } from '../../src/device/outbox/record.ts';
import { drop, OUTBOX_STORE, openRaw, putAll } from './rawIdb.ts';
import { signedInDevice, visitInputs } from './visits.ts';

const WARM_UP = 10;

/** Times `calls` saves of each kind; returns every duration in ms, and the record's size. */
export async function saveVisits(
  dbName: string,
  username: string,
  password: string,
  calls: number,
) {
  const { db, userId } = await signedInDevice(dbName, username, password);
  const raw = await openRaw(`${dbName}-raw`, OUTBOX_STORE);
  const inputs = await visitInputs(db, WARM_UP + calls);
  const ours: number[] = [];
  const limit: number[] = [];
  let recordChars = 0;
  for (const [i, input] of inputs.entries()) {
    let started = performance.now();
    const entry = await recordVisit(db, input, { userId });
    const oursMs = performance.now() - started;
    const record = { ...entry, id: `${entry.id}-raw` };
    started = performance.now();
    await putAll(raw, [['outbox', record]], 'strict');
    const limitMs = performance.now() - started;
    if (i < WARM_UP) continue;
    ours.push(oursMs);
    limit.push(limitMs);
    recordChars = JSON.stringify(record).length;
  }
  db.close();
  raw.close();
  await Promise.all([drop(dbName), drop(`${dbName}-raw`)]);
  return { ours, limit, recordChars };
}
