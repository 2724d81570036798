import { describe, expect, it } from 'vitest';
import { login, logout } from '../../../src/client/sync/login.ts';
import { expireSession, readSession } from '../../../src/device/db/session.ts';
import type { Api } from '../../../src/device/sync/api.ts';
import type { LoginResponse } from '../../../src/shared/protocol.ts';
import { household, makeDb, scriptedApi, signIn } from '../../device/fixtures.ts';

function loginApi(userId: string): Api & { loggedOut: string[] } {
  const answer: LoginResponse = {
    token: `token-${userId}`,
    user: { id: userId, username: userId, displayName: userId, role: 'officer', gridIds: [] },
  };
  const loggedOut: string[] = [];
  return {
    ...scriptedApi([]),
    loggedOut,
    login: async () => answer,
    logout: async (token) => {
      loggedOut.push(token);
    },
  };
}

const credentials = { username: 'zhang', password: 'pw', deviceName: 'Android-1' };

describe('login and logout', () => {
  it('signing in stores token, user and device name', async () => {
    const db = makeDb();
    await login(
      { db, api: loginApi('u1'), now: () => new Date('2025-03-01T00:00:00Z') },
      credentials,
    );
    expect(await readSession(db)).toMatchObject({
      token: 'token-u1',
      user: { id: 'u1' },
      deviceName: 'Android-1',
      signedInAt: '2025-03-01T00:00:00.000Z',
    });
  });

  it('the same user signing in after an expired login keeps the data and cursor', async () => {
    const db = makeDb();
    await signIn(db, 'u1');
    await db.households.put(household('h1'));
    await db.meta.put({ key: 'cursor', value: 'c9' });
    await expireSession(db);
    expect(await readSession(db)).toBeNull();
    await login({ db, api: loginApi('u1') }, credentials);
    expect(await db.households.count()).toBe(1);
    expect((await db.meta.get('cursor'))?.value).toBe('c9');
  });

  it("another user signing in never sees the previous user's households", async () => {
    const db = makeDb();
    await signIn(db, 'u1');
    await db.households.put(household('h1'));
    await db.meta.put({ key: 'cursor', value: 'c9' });
    await expireSession(db);
    await login({ db, api: loginApi('u2') }, credentials);
    expect(await db.households.count()).toBe(0);
    expect(await db.meta.get('cursor')).toBeUndefined();
    expect((await db.meta.get('userId'))?.value).toBe('u2');
  });

  it('signing out clears the session and the personal data, and tells the server', async () => {
    const db = makeDb();
    await signIn(db, 'u1');
    await db.households.put(household('h1'));
    await db.meta.put({ key: 'syncedAt', value: '2025-03-01T00:00:00Z' });
    const api = loginApi('u1');
    await logout({ db, api });
    expect(await readSession(db)).toBeNull();
    expect(await db.households.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(api.loggedOut).toEqual(['token-1']);
  });

  it('signing out offline still clears the phone', async () => {
    const db = makeDb();
    await signIn(db, 'u1');
    await db.households.put(household('h1'));
    const api = { ...loginApi('u1'), logout: () => Promise.reject(new Error('offline')) };
    await logout({ db, api });
    expect(await db.households.count()).toBe(0);
  });
});
