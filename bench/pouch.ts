/**
 * PouchDB 9 for comparison, over the same link: pushing the same 1,000 visit mutations, and
 * pulling the same records as officer01's first pull, at each batch size, fresh databases
 * each time. Seeding the CouchDB side is not timed.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import type { PullResponse } from '../src/shared/protocol.ts';
import type { StationServer } from '../test/support/stationServer.ts';
import type { CouchServer } from './couchServer.ts';
import { DRAIN_VISITS } from './drain.ts';
import { inPage } from './page.ts';

/** One replication's figures; `docs` is what the target holds afterwards. */
export interface PouchRun {
  batchSize: number;
  ms: number;
  requests: number;
  docs: number;
}

/** The records of a user's first pull from the station server, as PouchDB documents. */
export async function firstPullDocs(server: StationServer, username: string) {
  const login = await fetch(`${server.url}api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, deviceName: 'bench-couch-seed' }),
  });
  const { token } = (await login.json()) as { token: string };
  const docs: { _id: string }[] = [];
  let cursor = '';
  // Bounded: the station has under 100,000 records, 10,000 a page.
  for (let page = 0; page < 20; page++) {
    const url = `${server.url}api/sync/pull?limit=10000${cursor ? `&cursor=${cursor}` : ''}`;
    const answer = (await (
      await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as PullResponse;
    for (const change of answer.changes) {
      if (change.op === 'put') docs.push({ _id: `${change.entity}:${change.id}`, ...change.data });
    }
    if (!answer.hasMore) break;
    cursor = encodeURIComponent(answer.cursor);
  }
  return docs;
}

/** PouchDB pushing the outbox of device `source` into a fresh remote database. */
export async function pouchPush(
  page: Page,
  couch: CouchServer,
  source: string,
  batchSize: number,
): Promise<PouchRun> {
  const remote = `push-${batchSize}`;
  const run = await inPage(page, 'pouchPush', source, remote, batchSize);
  const docs = await couch.docCount(remote);
  await couch.destroy(remote);
  if (docs !== DRAIN_VISITS) console.warn(`PouchDB push at ${batchSize}: ${docs} docs arrived`);
  return { batchSize, ms: run.ms, requests: run.requests, docs };
}

/** PouchDB pulling `docs` from a freshly seeded remote database into a fresh local one. */
export async function pouchPull(
  page: Page,
  couch: CouchServer,
  docs: { _id: string }[],
  batchSize: number,
): Promise<PouchRun> {
  const remote = `pull-${batchSize}`;
  await couch.seed(remote, docs);
  const run = await inPage(page, 'pouchPull', remote, batchSize);
  await couch.destroy(remote);
  if (run.docs !== docs.length) console.warn(`PouchDB pull at ${batchSize}: ${run.docs} docs`);
  return { batchSize, ms: run.ms, requests: run.requests, docs: run.docs };
}
