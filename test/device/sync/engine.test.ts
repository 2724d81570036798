import { describe, expect, it } from 'vitest';
import { recordVisit, type VisitInput } from '../../../src/device/outbox/record.ts';
import { retryDelayMs } from '../../../src/device/sync/backoff.ts';
import { syncOnce } from '../../../src/device/sync/engine.ts';
import { EMPTY_VISIT_DETAILS } from '../../../src/shared/entities.ts';
import { fakeServer } from '../fakeServer.ts';
import { makeDb, signIn } from '../fixtures.ts';

const input = (householdId: string, notes = ''): VisitInput => ({
  ...EMPTY_VISIT_DETAILS,
  householdId,
  visitedAt: new Date('2026-11-30T02:00:00Z'),
  outcome: 'met',
  notes,
  photos: [],
});

/** A clock the test moves by hand. */
function clock(start = Date.parse('2026-11-30T02:00:00Z')) {
  const c = { ms: start, now: () => c.ms };
  return c;
}

async function setup(count: number) {
  const db = makeDb();
  await signIn(db);
  for (let i = 0; i < count; i++) {
    await recordVisit(db, input(`h${i}`, `visit ${i}`), { userId: 'u-officer' });
  }
  return db;
}

const states = async (db: Awaited<ReturnType<typeof setup>>) =>
  (await db.outbox.toArray()).map((e) => e.state);

describe('sync engine', () => {
  it('pushes the outbox in batches, oldest first, and marks every entry synced', async () => {
    const db = await setup(7);
    const server = fakeServer();
    const report = await syncOnce({ db, api: server.api, batchSize: 3 }, { pull: false });
    expect(report.status).toBe('done');
    expect(server.batches).toEqual([3, 3, 1]);
    const ids = (await db.outbox.toArray()).map((e) => e.id).sort();
    expect([...server.visits.keys()]).toEqual(ids);
    expect(await states(db)).toEqual(Array(7).fill('synced'));
  });

  it('a dropped connection keeps every entry and backs off with jitter before retrying', async () => {
    const db = await setup(2);
    const server = fakeServer();
    const time = clock();
    server.faults = ['drop-request'];
    const first = await syncOnce(
      { db, api: server.api, now: time.now, random: () => 0.5 },
      { pull: false },
    );
    expect(first.status).toBe('offline');
    expect(await states(db)).toEqual(['waiting', 'waiting']);
    const [entry] = await db.outbox.toArray();
    expect(entry?.nextAttemptAt).toBe(time.ms + retryDelayMs(1, () => 0.5));
    // A timer tick before the delay sends nothing…
    await syncOnce({ db, api: server.api, now: time.now }, { pull: false, ignoreBackoff: false });
    expect(server.visits.size).toBe(0);
    // …after it, the visits go.
    time.ms += 60_000;
    await syncOnce({ db, api: server.api, now: time.now }, { pull: false, ignoreBackoff: false });
    expect(server.visits.size).toBe(2);
  });

  it('backoff grows exponentially to a ceiling, with half of it random', () => {
    expect(retryDelayMs(1, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, () => 0.999_999)).toBe(5_000);
    expect(retryDelayMs(3, () => 0)).toBe(10_000);
    expect(retryDelayMs(30, () => 0)).toBe(300_000);
  });

  it('an answer lost after the server stored the batch ends with each visit stored once', async () => {
    const db = await setup(5);
    const server = fakeServer();
    server.faults = ['lose-answer', 'drop-request', 'lose-answer'];
    for (let i = 0; i < 4; i++) {
      await syncOnce({ db, api: server.api, batchSize: 2 }, { pull: false, ignoreBackoff: true });
    }
    expect(server.visits.size).toBe(5);
    expect(await states(db)).toEqual(Array(5).fill('synced'));
  });

  it('a rejected visit is kept with its reason and the rest of the batch is synced', async () => {
    const db = await setup(3);
    const server = fakeServer();
    const [, second] = await db.outbox.toArray();
    server.refuse.set(second?.id ?? '', { code: 'E_SCOPE', field: 'payload.householdId' });
    const report = await syncOnce({ db, api: server.api }, { pull: false });
    expect(report.push).toMatchObject({ applied: 2, rejected: 1 });
    const kept = await db.outbox.get(second?.id ?? '');
    expect(kept).toMatchObject({ state: 'rejected', lastError: { code: 'E_SCOPE' } });
    // Later syncs never resend it and never drop it.
    await syncOnce({ db, api: server.api }, { pull: false });
    expect(server.batches).toEqual([3]);
    expect(await db.outbox.count()).toBe(3);
  });

  it('an expired sign-in keeps the outbox, forgets the token, and sends after signing in again', async () => {
    const db = await setup(2);
    const server = fakeServer();
    server.faults = ['auth'];
    const report = await syncOnce({ db, api: server.api }, { pull: false });
    expect(report.status).toBe('auth-expired');
    expect(await db.session.get('current')).toBeUndefined();
    expect(await states(db)).toEqual(['waiting', 'waiting']);
    await signIn(db);
    await syncOnce({ db, api: server.api }, { pull: false, ignoreBackoff: false });
    expect(server.visits.size).toBe(2);
  });

  it('sends only the signed-in officer’s own visits', async () => {
    const db = await setup(1);
    await recordVisit(db, input('h9'), { userId: 'u-other' });
    const server = fakeServer();
    await syncOnce({ db, api: server.api }, { pull: false });
    expect(server.visits.size).toBe(1);
    expect((await db.outbox.toArray()).find((e) => e.userId === 'u-other')?.state).toBe('waiting');
  });

  it('uploads a photo after its visit, once, and then drops the blob', async () => {
    const db = makeDb();
    await signIn(db);
    const blob = new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' });
    const entry = await recordVisit(
      db,
      { ...input('h1'), photos: [{ blob, type: 'image/jpeg', width: 4, height: 1 }] },
      { userId: 'u-officer' },
    );
    const server = fakeServer();
    server.faults = ['ok', 'lose-answer'];
    await syncOnce({ db, api: server.api }, { pull: false });
    const [photo] = await db.photos.toArray();
    expect(photo).toMatchObject({ visitId: entry.id, state: 'waiting' });
    expect(entry.payload.photos?.[0]?.hash).toBe(photo?.hash);
    await syncOnce({ db, api: server.api }, { pull: false });
    expect(await db.photos.get(photo?.hash ?? '')).toMatchObject({ state: 'uploaded', blob: null });
    expect(server.photos.size).toBe(1);
  });

  it('a batch the server finds too large is sent again in halves', async () => {
    const db = await setup(5);
    const server = fakeServer();
    server.maxBatch = 2;
    const report = await syncOnce({ db, api: server.api }, { pull: false });
    expect(report.status).toBe('done');
    expect(server.batches).toEqual([2, 2, 1]);
    expect(server.visits.size).toBe(5);
  });

  it('a batch refused as a whole is halved until the refusal lands on one visit alone', async () => {
    const db = await setup(4);
    const server = fakeServer();
    server.faults = ['refuse-batch', 'refuse-batch'];
    await syncOnce({ db, api: server.api }, { pull: false });
    // The batch of 4 is refused, then its first half; then the halves go through.
    expect(server.visits.size).toBe(4);
    expect(await states(db)).toEqual(Array(4).fill('synced'));
  });

  it('a refused photo is kept with its reason and blocks neither other photos nor the pull', async () => {
    const db = makeDb();
    await signIn(db);
    const blob = (b: number) => new Blob([new Uint8Array([b, b, b])], { type: 'image/jpeg' });
    await recordVisit(
      db,
      {
        ...input('h1'),
        photos: [
          { blob: blob(1), type: 'image/jpeg', width: 3, height: 1 },
          { blob: blob(2), type: 'image/jpeg', width: 3, height: 1 },
        ],
      },
      { userId: 'u-officer' },
    );
    const [first, second] = await db.photos.toArray();
    const server = fakeServer();
    server.refusePhotos.add(first?.hash ?? '');
    const report = await syncOnce({ db, api: server.api });
    expect(report.status).toBe('done');
    expect(server.pulls).toBe(1);
    expect(await db.photos.get(first?.hash ?? '')).toMatchObject({
      state: 'rejected',
      lastError: { code: 'E_NOT_FOUND' },
    });
    expect((await db.photos.get(first?.hash ?? ''))?.blob).not.toBeNull();
    expect(await db.photos.get(second?.hash ?? '')).toMatchObject({ state: 'uploaded' });
  });

  it('another officer’s photos wait for their author’s sign-in', async () => {
    const db = makeDb();
    await signIn(db);
    const blob = new Blob([new Uint8Array([9])], { type: 'image/jpeg' });
    await recordVisit(
      db,
      { ...input('h1'), photos: [{ blob, type: 'image/jpeg', width: 1, height: 1 }] },
      { userId: 'u-other' },
    );
    const server = fakeServer();
    await syncOnce({ db, api: server.api });
    expect(server.photos.size).toBe(0);
  });

  it('the same picture picked twice is stored and named once', async () => {
    const db = makeDb();
    const blob = new Blob([new Uint8Array([7, 7])], { type: 'image/jpeg' });
    const photo = { blob, type: 'image/jpeg' as const, width: 2, height: 1 };
    const entry = await recordVisit(
      db,
      { ...input('h1'), photos: [photo, photo] },
      { userId: 'u-officer' },
    );
    expect(entry.payload.photos).toHaveLength(1);
    expect(await db.photos.count()).toBe(1);
  });

  it('a server failure keeps the entries for a later retry', async () => {
    const db = await setup(1);
    const server = fakeServer();
    server.faults = ['server-error'];
    expect((await syncOnce({ db, api: server.api }, { pull: false })).status).toBe('server-error');
    expect(await states(db)).toEqual(['waiting']);
  });
});
