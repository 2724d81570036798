import { describe, expect, it } from 'vitest';
import { createSyncRunner } from '../../../src/client/sync/runner.ts';
import { pageSync } from '../../../src/client/sync/workerBridge.ts';
import { readSession } from '../../../src/device/db/session.ts';
import { ApiError } from '../../../src/shared/errors.ts';
import { makeDb, page, putHousehold, scriptedApi, signIn } from '../../device/fixtures.ts';

describe('sync runner', () => {
  it('starts during a sync are queued as one more sync after it, never run in parallel', async () => {
    const db = makeDb();
    await signIn(db);
    const api = scriptedApi([
      page([putHousehold('h1')], { reset: true, cursor: 'c1' }),
      page([], { cursor: 'c1' }),
    ]);
    const runner = createSyncRunner({ run: pageSync(Promise.resolve(db), api) });
    await Promise.all([runner.start(), runner.start(), runner.start({ pull: false })]);
    expect(api.requests.map((r) => r.cursor)).toEqual([undefined, 'c1']);
    expect(runner.state).toMatchObject({ running: false, error: null });
  });

  it('a 401 on pull signs out but keeps local data', async () => {
    const db = makeDb();
    await signIn(db);
    await createSyncRunner({
      run: pageSync(
        Promise.resolve(db),
        scriptedApi([page([putHousehold('h1')], { reset: true })]),
      ),
    }).start();
    const runner = createSyncRunner({
      run: pageSync(Promise.resolve(db), scriptedApi([new ApiError('E_AUTH', 'expired', 401)])),
    });
    await runner.start();
    expect(await readSession(db)).toBeNull();
    expect(await db.households.count()).toBe(1);
    expect((await db.meta.get('syncedAt'))?.value).toBeDefined();
    expect(runner.state.error).toMatchObject({ code: 'E_AUTH' });
  });

  it('progress is published while pages are written', async () => {
    const db = makeDb();
    await signIn(db);
    const api = scriptedApi([
      page([putHousehold('h1')], { reset: true, hasMore: true, cursor: 'c1', remaining: 1 }),
      page([putHousehold('h2')], { cursor: 'c2' }),
    ]);
    const runner = createSyncRunner({ run: pageSync(Promise.resolve(db), api) });
    const seen: string[] = [];
    runner.subscribe((s) => {
      if (s.progress) seen.push(`${s.progress.applied}/${s.progress.total}`);
    });
    await runner.start();
    expect(seen).toEqual(['1/2', '2/2', '2/2']);
  });

  it('cancel stops a running pull without reporting an error', async () => {
    const db = makeDb();
    await signIn(db);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = scriptedApi([
      async () => {
        await gate;
        return page([putHousehold('h1')], { reset: true });
      },
    ]);
    const runner = createSyncRunner({ run: pageSync(Promise.resolve(db), api) });
    const started = runner.start();
    const cancelled = runner.cancel();
    release();
    await Promise.all([started, cancelled]);
    expect(runner.state).toMatchObject({ running: false, error: null });
    expect(await db.households.count()).toBe(0);
  });
});
