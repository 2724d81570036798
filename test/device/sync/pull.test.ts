import { describe, expect, it } from 'vitest';
import { residentsOf } from '../../../src/device/db/residents.ts';
import { OfflineError } from '../../../src/device/sync/errors.ts';
import { type PullProgress, pullAll } from '../../../src/device/sync/pull.ts';
import { ApiError } from '../../../src/shared/errors.ts';
import {
  grid,
  household,
  makeDb,
  page,
  putHousehold,
  resident,
  scriptedApi,
  signIn,
  village,
} from '../fixtures.ts';

const clock = () => new Date('2025-03-01T10:00:00Z');

describe('pullAll', () => {
  it('a first pull writes every page and marks the pull complete', async () => {
    const db = makeDb();
    await signIn(db);
    const api = scriptedApi([
      page(
        [
          { entity: 'village', op: 'put', id: 'v1', data: village('v1', '莲腰村') },
          { entity: 'grid', op: 'put', id: 'g1', data: grid('g1', '莲腰一格', 'v1') },
          putHousehold('h1'),
        ],
        { reset: true, hasMore: true, cursor: 'c1', remaining: 2 },
      ),
      page(
        [
          putHousehold('h2'),
          { entity: 'resident', op: 'put', id: 'r1', data: resident('r1', 'h1') },
        ],
        {
          cursor: 'c2',
        },
      ),
    ]);
    const progress: PullProgress[] = [];
    await pullAll({ db, api, onProgress: (p) => progress.push(p), now: clock });

    expect(await db.households.count()).toBe(2);
    expect(await residentsOf(db, 'h1')).toEqual([resident('r1', 'h1')]);
    expect(await db.households.get('h1')).toEqual(household('h1'));
    expect((await db.meta.get('cursor'))?.value).toBe('c2');
    expect((await db.meta.get('syncedAt'))?.value).toBe('2025-03-01T10:00:00.000Z');
    expect(progress).toEqual([
      { applied: 3, total: 5 },
      { applied: 5, total: 5 },
    ]);
    expect(api.requests.map((r) => [r.cursor, r.token])).toEqual([
      [undefined, 'token-1'],
      ['c1', 'token-1'],
    ]);
  });

  it('a reset page drops the old replica before writing', async () => {
    const db = makeDb();
    await signIn(db);
    await db.households.bulkPut([household('old1'), household('old2')]);
    await db.meta.put({ key: 'cursor', value: 'c-old' });
    await pullAll({ db, api: scriptedApi([page([putHousehold('h1')], { reset: true })]) });
    expect((await db.households.toArray()).map((h) => h.id)).toEqual(['h1']);
    // The owner of the replica is not sync state: a reset keeps it.
    expect((await db.meta.get('userId'))?.value).toBe('u-officer');
  });

  it('a second pull continues from the stored cursor', async () => {
    const db = makeDb();
    await signIn(db);
    await pullAll({
      db,
      api: scriptedApi([page([putHousehold('h1')], { reset: true, cursor: 'c1' })]),
    });
    const api = scriptedApi([page([putHousehold('h2')], { cursor: 'c2' })]);
    await pullAll({ db, api });
    expect(api.requests[0]?.cursor).toBe('c1');
    expect(await db.households.count()).toBe(2);
  });

  it('deletes remove records, and only the last change of a record in a page counts', async () => {
    const db = makeDb();
    await signIn(db);
    await db.households.bulkPut([household('h1'), household('h2')]);
    await pullAll({
      db,
      api: scriptedApi([
        page([
          { entity: 'household', op: 'delete', id: 'h1' },
          putHousehold('h3'),
          { entity: 'household', op: 'delete', id: 'h3' },
          { entity: 'household', op: 'delete', id: 'h2' },
          putHousehold('h2', { headName: '回来了' }),
        ]),
      ]),
    });
    expect(await db.households.toArray()).toEqual([household('h2', { headName: '回来了' })]);
  });

  it('the cursor is written in the same transaction as the page', async () => {
    const db = makeDb();
    await signIn(db);
    const broken = { entity: 'resident', op: 'put', id: 'r-bad', data: { name: 'no id' } } as const;
    const api = scriptedApi([
      page([putHousehold('h1')], { reset: true, hasMore: true, cursor: 'c1', remaining: 2 }),
      // The record without its key makes IndexedDB abort the write, as a crash mid-page would.
      page([putHousehold('h2'), broken as never], { cursor: 'c2' }),
    ]);
    await expect(pullAll({ db, api })).rejects.toThrow();
    expect((await db.meta.get('cursor'))?.value).toBe('c1');
    expect((await db.households.toArray()).map((h) => h.id)).toEqual(['h1']);
    expect(await db.meta.get('syncedAt')).toBeUndefined();
  });

  it('a failed reset page keeps the old replica whole', async () => {
    const db = makeDb();
    await signIn(db);
    await db.households.put(household('old'));
    await db.meta.put({ key: 'cursor', value: 'c-old' });
    const broken = { entity: 'household', op: 'put', id: 'x', data: {} } as const;
    await expect(
      pullAll({ db, api: scriptedApi([page([broken as never], { reset: true })]) }),
    ).rejects.toThrow();
    expect(await db.households.get('old')).toBeDefined();
    expect((await db.meta.get('cursor'))?.value).toBe('c-old');
  });

  it('page N+1 is requested before page N is written, and pages commit in order', async () => {
    const db = makeDb();
    await signIn(db);
    const events: string[] = [];
    const steps = [1, 2, 3].map((n) => () => {
      events.push(`fetch ${n}`);
      return Promise.resolve(
        page([putHousehold(`h${n}`)], { cursor: `c${n}`, hasMore: n < 3, remaining: 3 - n }),
      );
    });
    const api = scriptedApi([]);
    api.pull = async (request) => {
      api.requests.push(request);
      const step = steps.shift();
      if (!step) throw new Error('no more pages');
      return step();
    };
    await pullAll({ db, api, onProgress: ({ applied }) => events.push(`written ${applied}`) });
    expect(events).toEqual([
      'fetch 1',
      'fetch 2',
      'written 1',
      'fetch 3',
      'written 2',
      'written 3',
    ]);
    expect((await db.meta.get('cursor'))?.value).toBe('c3');
  });

  it('a 401 on pull keeps local data and the cursor', async () => {
    const db = makeDb();
    await signIn(db);
    const api = scriptedApi([
      page([putHousehold('h1')], { reset: true, hasMore: true, cursor: 'c1', remaining: 1 }),
      new ApiError('E_AUTH', 'login expired', 401),
    ]);
    await expect(pullAll({ db, api })).rejects.toMatchObject({ code: 'E_AUTH' });
    expect(await db.households.count()).toBe(1);
    expect((await db.meta.get('cursor'))?.value).toBe('c1');
  });

  it('going offline mid-pull keeps the pages already written, and the next pull resumes', async () => {
    const db = makeDb();
    await signIn(db);
    await expect(
      pullAll({
        db,
        api: scriptedApi([
          page([putHousehold('h1')], { reset: true, hasMore: true, cursor: 'c1', remaining: 1 }),
          new OfflineError(),
        ]),
      }),
    ).rejects.toBeInstanceOf(OfflineError);
    const api = scriptedApi([page([putHousehold('h2')], { cursor: 'c2' })]);
    await pullAll({ db, api });
    expect(api.requests[0]?.cursor).toBe('c1');
    expect(await db.households.count()).toBe(2);
  });

  it('without a session the pull fails with E_AUTH and asks nothing', async () => {
    const db = makeDb();
    const api = scriptedApi([]);
    await expect(pullAll({ db, api })).rejects.toMatchObject({ code: 'E_AUTH' });
    expect(api.requests).toEqual([]);
  });

  it('an aborted pull stops before writing the next page', async () => {
    const db = makeDb();
    await signIn(db);
    const controller = new AbortController();
    const api = scriptedApi([
      async () => {
        controller.abort();
        return page([putHousehold('h1')], { reset: true, cursor: 'c1' });
      },
    ]);
    await expect(pullAll({ db, api, signal: controller.signal })).rejects.toThrow();
    expect(await db.households.count()).toBe(0);
  });
});
