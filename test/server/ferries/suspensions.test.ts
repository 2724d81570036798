import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSuspension } from '../../../server/store/ferries.ts';
import type { Suspension } from '../../../src/shared/ferry/timetable.ts';
import { uuidv7 } from '../../../src/shared/uuidv7.ts';
import { startTestServer, type TestServer } from '../fixture.ts';
import { createSuspension, feedSnapshot } from './fixture.ts';

let server: TestServer;
let leader: string;
beforeEach(async () => {
  // The clock reads 2026-11-30T02:00:00Z, 10:00 in Shanghai.
  server = await startTestServer();
  leader = await server.login('leader');
});
afterEach(() => server.close());

/** A fog suspension of c1 from 10:00 to 14:00 Shanghai time on the fixture's day. */
const FOG = {
  crossingId: 'c1',
  from: '2026-11-30T10:00:00+08:00',
  until: '2026-11-30T14:00:00+08:00',
  reason: 'fog',
  note: '大雾',
};

function post(token: string, url: string, payload?: Record<string, unknown>) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}
const suspend = (token: string, payload: Record<string, unknown>) =>
  post(token, '/api/ferries/suspensions', payload);
const end = (token: string, id: string) => post(token, `/api/ferries/suspensions/${id}/end`);

/** Creates a suspension as the leader and returns it. */
const created = (payload: Record<string, unknown> = FOG): Promise<Suspension> =>
  createSuspension(server, leader, payload);

describe('suspending a crossing', () => {
  it('the leader’s suspension is answered with 201 and its instants in UTC', async () => {
    const res = await suspend(leader, { ...FOG, note: '  大雾，预计午后恢复  ' });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Suspension;
    expect(body).toEqual({
      id: expect.any(String),
      crossingId: 'c1',
      from: '2026-11-30T02:00:00.000Z',
      until: '2026-11-30T06:00:00.000Z',
      reason: 'fog',
      note: '大雾，预计午后恢复',
      createdAt: '2026-11-30T02:00:00.000Z',
    });
    expect(await findSuspension(server.ctx.db, body.id)).toEqual(body);
  });

  it('the same id again changes that suspension, answered with 200, keeping when it was made', async () => {
    const id = uuidv7();
    expect((await suspend(leader, { ...FOG, id })).statusCode).toBe(201);
    server.clock.now = new Date('2026-11-30T03:00:00Z');

    const res = await suspend(leader, { ...FOG, id, until: null, reason: 'typhoon', note: '' });

    expect(res.statusCode).toBe(200);
    const expected = {
      id,
      crossingId: 'c1',
      from: '2026-11-30T02:00:00.000Z',
      until: null,
      reason: 'typhoon',
      note: '',
      createdAt: '2026-11-30T02:00:00.000Z',
    };
    expect(res.json()).toEqual(expected);
    expect(await findSuspension(server.ctx.db, id)).toEqual(expected);
    expect(await server.ctx.db.selectFrom('suspensions').select('id').execute()).toHaveLength(1);
  });

  it('an officer may neither suspend nor reopen a crossing', async () => {
    const officer = await server.login('officer01');
    const { id } = await created();
    for (const res of [await suspend(officer, FOG), await end(officer, id)]) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'E_SCOPE' } });
    }
    expect(await server.ctx.db.selectFrom('suspensions').select('id').execute()).toHaveLength(1);
  });

  it.each([
    ['until before from', { until: '2026-11-30T09:00:00+08:00' }, 'until'],
    ['until equal to from', { until: '2026-11-30T02:00:00Z' }, 'until'],
    ['an unknown reason', { reason: 'flood' }, 'reason'],
    ['a note over 200 characters', { note: '雾'.repeat(201) }, 'note'],
    ['a time without its offset', { from: '2026-11-30T10:00:00' }, 'from'],
    ['an id that is not a UUIDv7', { id: 'fog-1' }, 'id'],
    ['an unknown field', { boats: 0 }, 'boats'],
  ])('%s is refused with 400 E_INVALID naming the field', async (_, change, field) => {
    const before = await feedSnapshot(server.ctx.db);
    const res = await suspend(leader, { ...FOG, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'E_INVALID', field } });
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
  });

  it('an unknown crossing is refused with 404 naming crossingId', async () => {
    const res = await suspend(leader, { ...FOG, crossingId: 'c9' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'E_NOT_FOUND', field: 'crossingId' } });
    expect(await server.ctx.db.selectFrom('suspensions').select('id').execute()).toEqual([]);
  });
});

describe('reopening a crossing', () => {
  it('ending a suspension under way sets its until to now', async () => {
    const { id } = await created({ ...FOG, from: '2026-11-30T09:00:00+08:00', until: null });
    server.clock.now = new Date('2026-11-30T03:30:00Z');

    const res = await end(leader, id);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, until: '2026-11-30T03:30:00.000Z' });
    expect(await findSuspension(server.ctx.db, id)).toMatchObject({
      until: '2026-11-30T03:30:00.000Z',
    });
  });

  it('ending one already over changes nothing, not even the feed', async () => {
    const { id } = await created();
    server.clock.now = new Date('2026-11-30T03:30:00Z');
    await end(leader, id);
    const before = await feedSnapshot(server.ctx.db);
    server.clock.now = new Date('2026-11-30T05:00:00Z');

    const res = await end(leader, id);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, until: '2026-11-30T03:30:00.000Z' });
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
  });

  it('ending one that has not begun cancels it: it ends where it starts', async () => {
    const { id } = await created({ ...FOG, from: '2026-11-30T12:00:00+08:00' });
    const res = await end(leader, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      from: '2026-11-30T04:00:00.000Z',
      until: '2026-11-30T04:00:00.000Z',
    });
  });

  it('ending an unknown suspension is 404', async () => {
    const res = await end(leader, uuidv7());
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'E_NOT_FOUND', field: 'id' } });
  });
});
