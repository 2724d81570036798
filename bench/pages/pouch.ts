/**
 * PouchDB 9 in the page, for comparison: replicating to and from a CouchDB-protocol server
 * (express-pouchdb) served under this origin at /couch/, so both sides cross the same link.
 */

import PouchDB from 'pouchdb-browser';
import { FerryBeatDB } from '../../src/device/db/schema.ts';
import { clearRequests, requestFigures } from './requests.ts';

const remoteUrl = (name: string) => `${location.origin}/couch/${name}`;
let fresh = 0;

/** Times pushing a device's outbox mutations, as documents, into an empty remote database. */
export async function pouchPush(deviceDb: string, remoteName: string, batchSize: number) {
  const device = new FerryBeatDB(deviceDb);
  const docs = (await device.outbox.toArray()).map((e) => ({
    _id: e.id,
    type: e.type,
    createdAt: e.createdAt,
    payload: e.payload,
  }));
  device.close();
  const local = new PouchDB(`pouch-push-${++fresh}`);
  await local.bulkDocs(docs);
  const remote = new PouchDB(remoteUrl(remoteName));
  await remote.info();
  clearRequests();
  const started = performance.now();
  const result = await PouchDB.replicate(local, remote, { batch_size: batchSize });
  const ms = performance.now() - started;
  const { requests } = requestFigures('/couch/');
  const { doc_count } = await remote.info();
  await local.destroy();
  return { ms, requests, written: result.docs_written, docs: doc_count };
}

/** Times pulling a seeded remote database into a fresh local one. */
export async function pouchPull(remoteName: string, batchSize: number) {
  const local = new PouchDB(`pouch-pull-${++fresh}`);
  const remote = new PouchDB(remoteUrl(remoteName));
  clearRequests();
  const started = performance.now();
  const result = await PouchDB.replicate(remote, local, { batch_size: batchSize });
  const ms = performance.now() - started;
  const { requests } = requestFigures('/couch/');
  const { doc_count } = await local.info();
  await local.destroy();
  return { ms, requests, written: result.docs_written, docs: doc_count };
}
