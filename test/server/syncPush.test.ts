import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../server/app.ts';
import type { PushResponse } from '../../src/shared/protocol.ts';
import { startTestServer, type TestServer, visitMutation } from './fixture.ts';

let server: TestServer;
let token: string;
beforeEach(async () => {
  server = await startTestServer();
  token = await server.login('officer01');
});
afterEach(() => server.close());

function push(body: unknown, as = token) {
  return server.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: { authorization: `Bearer ${as}` },
    payload: body as object,
  });
}

const visitCount = async () =>
  Number(
    (
      await server.ctx.db
        .selectFrom('visits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('push', () => {
  it('applies a visit once and answers duplicate when the same mutation comes again', async () => {
    const m = visitMutation('h1-1');
    const first = await push({ mutations: [m] });
    expect(first.json()).toEqual({ results: [{ id: m.id, status: 'applied' }] });
    const again = await push({ mutations: [m] });
    expect(again.json()).toEqual({ results: [{ id: m.id, status: 'duplicate' }] });
    expect(await visitCount()).toBe(1);
  });

  it('the same mutation twice in one batch is stored once', async () => {
    const m = visitMutation('h1-1');
    const res = (await push({ mutations: [m, m] })).json() as PushResponse;
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
    expect(await visitCount()).toBe(1);
  });

  it('one bad mutation in a batch is rejected alone and the good ones are applied', async () => {
    const good1 = visitMutation('h1-1');
    const bad = visitMutation('h1-2', {
      payload: {
        householdId: 'h1-2',
        visitedAt: '2026-11-30T09:58:00+08:00',
        outcome: 'asleep',
        notes: '',
      },
    });
    const good2 = visitMutation('h2-1');
    const res = (await push({ mutations: [good1, bad, good2] })).json() as PushResponse;
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(res.results[1]?.error).toMatchObject({ code: 'E_INVALID', field: 'payload.outcome' });
    expect(await visitCount()).toBe(2);
  });

  it('a visit to a household outside the officer’s cells is rejected with E_SCOPE', async () => {
    const m = visitMutation('h3-1');
    const res = (await push({ mutations: [m] })).json() as PushResponse;
    expect(res.results[0]).toMatchObject({ status: 'rejected', error: { code: 'E_SCOPE' } });
    expect(await visitCount()).toBe(0);
  });

  it('the leader may record a visit anywhere in the station', async () => {
    const leader = await server.login('leader');
    const res = (await push({ mutations: [visitMutation('h3-1')] }, leader)).json() as PushResponse;
    expect(res.results[0]?.status).toBe('applied');
  });

  it('names the field of an unknown field, a wrong type or an unknown household', async () => {
    const extra = visitMutation('h1-1', { extra: 1 });
    const wrongType = visitMutation('h1-1', {
      payload: {
        householdId: 'h1-1',
        visitedAt: '2026-11-30T09:58:00+08:00',
        outcome: 'met',
        notes: 5,
      },
    });
    const unknown = visitMutation('nope');
    const future = visitMutation('h1-1', {
      payload: {
        householdId: 'h1-1',
        visitedAt: '2027-01-01T00:00:00+08:00',
        outcome: 'met',
        notes: '',
      },
    });
    const res = (
      await push({ mutations: [extra, wrongType, unknown, future] })
    ).json() as PushResponse;
    expect(res.results.map((r) => r.error?.field)).toEqual([
      'extra',
      'payload.notes',
      'payload.householdId',
      'payload.visitedAt',
    ]);
    expect(res.results[2]?.error?.code).toBe('E_NOT_FOUND');
  });

  it('refuses a batch whose mutation has no usable id, naming it', async () => {
    const res = await push({
      mutations: [visitMutation('h1-1'), { ...visitMutation('h1-1'), id: 'x' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'E_INVALID', field: 'mutations.1.id' });
    expect(await visitCount()).toBe(0);
  });

  it('another user cannot claim a stored mutation id', async () => {
    const m = visitMutation('h1-1');
    await push({ mutations: [m] });
    const aux = await server.login('aux01');
    const res = (await push({ mutations: [m] }, aux)).json() as PushResponse;
    expect(res.results[0]).toMatchObject({ status: 'rejected', error: { field: 'id' } });
  });

  it('a recorded visit reaches the pull of others who hold the cell, with device and receipt time', async () => {
    const m = visitMutation('h1-1');
    await push({ mutations: [m] });
    const aux = await server.login('aux01');
    const page = (
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: { authorization: `Bearer ${aux}` },
      })
    ).json();
    const visit = page.changes.find((c: { entity: string }) => c.entity === 'visit');
    expect(visit.data).toMatchObject({
      id: m.id,
      householdId: 'h1-1',
      gridId: 'g1',
      username: 'officer01',
      deviceName: 'officer01 test phone',
      receivedAt: server.clock.now.toISOString(),
    });
  });
});

describe('push bodies', () => {
  it('answers 413 E_TOO_LARGE for an oversized body', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: `{"mutations":[${'"x",'.repeat(BODY_LIMIT / 4)}"x"]}`,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('E_TOO_LARGE');
  });

  it('answers 400 E_INVALID for malformed JSON', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{"mutations": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'E_INVALID', field: 'body' });
  });

  it('refuses an empty batch and a batch over 1,000 mutations', async () => {
    expect((await push({ mutations: [] })).json().error.field).toBe('mutations');
    const many = Array.from({ length: 1_001 }, () => visitMutation('h1-1'));
    expect((await push({ mutations: many })).json().error.field).toBe('mutations');
  });
});

describe('the leader’s arrivals', () => {
  it('lists visits that arrived since a time, with device, officer and receipt time', async () => {
    const m = visitMutation('h1-1');
    await push({ mutations: [m] });
    const leader = await server.login('leader');
    const res = await server.app.inject({
      method: 'GET',
      url: `/api/visits?since=${encodeURIComponent('2026-11-30T00:00:00Z')}`,
      headers: { authorization: `Bearer ${leader}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().visits).toEqual([
      expect.objectContaining({
        id: m.id,
        username: 'officer01',
        deviceName: 'officer01 test phone',
        receivedAt: server.clock.now.toISOString(),
      }),
    ]);
  });

  it('is refused to an officer with E_SCOPE', async () => {
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/visits',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('E_SCOPE');
  });
});

describe('visit details', () => {
  const details = {
    presentResidentIds: ['r-h1-1'],
    movedOutResidentIds: [],
    newResidents: [{ name: '新住户', sex: 'female', phone: '13900000001', note: '租客' }],
    antiFraudChecked: true,
    antiFraudInstalled: 2,
    topics: ['anti_fraud', 'hazard'],
    followUp: true,
    location: { lat: 22.43, lng: 113.14, accuracy: 12 },
    photos: [],
  };

  it('arrive whole in the pulls of those who hold the cell', async () => {
    const m = visitMutation('h1-1');
    const res = await push({ mutations: [{ ...m, payload: { ...m.payload, ...details } }] });
    expect(res.json().results[0].status).toBe('applied');
    const aux = await server.login('aux01');
    const page = (
      await server.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: { authorization: `Bearer ${aux}` },
      })
    ).json();
    const visit = page.changes.find((c: { entity: string }) => c.entity === 'visit');
    expect(visit.data).toMatchObject(details);
  });

  it('a visit without details gets empty ones', async () => {
    await push({ mutations: [visitMutation('h1-1')] });
    const leader = await server.login('leader');
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/visits',
      headers: { authorization: `Bearer ${leader}` },
    });
    expect(res.json().visits[0]).toMatchObject({ topics: [], location: null, followUp: false });
  });

  it('a resident of another household is refused, naming the entry', async () => {
    const m = visitMutation('h1-1');
    const payload = { ...m.payload, presentResidentIds: ['r-h1-1', 'r-h3-1'] };
    const res = (await push({ mutations: [{ ...m, payload }] })).json() as PushResponse;
    expect(res.results[0]?.error).toMatchObject({
      code: 'E_INVALID',
      field: 'payload.presentResidentIds.1',
    });
  });

  it('an installed count without the anti-fraud check is refused', async () => {
    const m = visitMutation('h1-1');
    const payload = { ...m.payload, antiFraudInstalled: 1 };
    const res = (await push({ mutations: [{ ...m, payload }] })).json() as PushResponse;
    expect(res.results[0]?.error?.field).toBe('payload.antiFraudInstalled');
  });
});
