import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer } from './fixture.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const login = (body: Record<string, unknown>) =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: body });

describe('sign-in', () => {
  it('answers a token and the officer with their grid cells', async () => {
    const res = await login({ username: 'officer01', password: PASSWORD, deviceName: 'phone' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.user).toEqual({
      id: 'u-officer01',
      username: 'officer01',
      displayName: 'officer01',
      role: 'officer',
      gridIds: ['g1', 'g2'],
    });
  });

  it('refuses a wrong password with E_AUTH and the same answer as an unknown user', async () => {
    const wrong = await login({ username: 'officer01', password: 'nope', deviceName: 'phone' });
    const unknown = await login({ username: 'nobody', password: 'nope', deviceName: 'phone' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('E_AUTH');
  });

  it('throttles a username after five failures, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await login({ username: 'officer01', password: 'bad', deviceName: 'p' })).statusCode,
      ).toBe(401);
    }
    const blocked = await login({ username: 'officer01', password: PASSWORD, deviceName: 'p' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('E_THROTTLED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another user from the same address is not locked out by one user's failures.
    expect(
      (await login({ username: 'officer02', password: PASSWORD, deviceName: 'p' })).statusCode,
    ).toBe(200);
    server.clock.now = new Date(server.clock.now.getTime() + 16 * 60_000);
    expect(
      (await login({ username: 'officer01', password: PASSWORD, deviceName: 'p' })).statusCode,
    ).toBe(200);
  });

  it('names the missing or unknown field of a malformed sign-in', async () => {
    const missing = await login({ username: 'officer01', password: PASSWORD });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'E_INVALID', field: 'deviceName' });
    const extra = await login({
      username: 'officer01',
      password: PASSWORD,
      deviceName: 'p',
      admin: true,
    });
    expect(extra.json().error).toMatchObject({ code: 'E_INVALID', field: 'admin' });
    const wrongType = await login({ username: 42, password: PASSWORD, deviceName: 'p' });
    expect(wrongType.json().error).toMatchObject({ code: 'E_INVALID', field: 'username' });
  });

  it('a token stops working after sign-out', async () => {
    const token = await server.login('officer01');
    const headers = { authorization: `Bearer ${token}` };
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/sync/pull', headers })).statusCode,
    ).toBe(200);
    const out = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(200);
    const after = await server.app.inject({ method: 'GET', url: '/api/sync/pull', headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('E_AUTH');
  });

  it('a token expires after fourteen quiet days', async () => {
    const token = await server.login('officer01');
    server.clock.now = new Date(server.clock.now.getTime() + 15 * 24 * 3600_000);
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const token = await server.login('officer01');
    const rows = await server.ctx.db
      .selectFrom('sessions')
      .select(['token_hash', 'device_name'])
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toBe(token);
    expect(rows[0]?.device_name).toBe('officer01 test phone');
  });
});

describe('production mode', () => {
  it('refuses the demo password', async () => {
    const prod = await startTestServer(undefined, { production: true, password: 'ferrybeat-demo' });
    try {
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'officer01', password: 'ferrybeat-demo', deviceName: 'p' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('E_PRODUCTION');
    } finally {
      await prod.close();
    }
  });
});
