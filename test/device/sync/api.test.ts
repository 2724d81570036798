import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/device/sync/api.ts';
import { OfflineError } from '../../../src/device/sync/errors.ts';
import { ApiError } from '../../../src/shared/errors.ts';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return handler(String(input), init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const user = {
  id: 'u1',
  username: 'zhang',
  displayName: '张警官',
  role: 'officer',
  gridIds: ['g1'],
};

describe('api client', () => {
  it('login posts the credentials and returns the validated answer', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { token: 't', user }));
    const api = createApi({ fetch, baseUrl: 'https://station.test/api' });
    const answer = await api.login({ username: 'zhang', password: 'pw', deviceName: 'Android-1' });
    expect(answer).toEqual({ token: 't', user });
    expect(calls[0]?.url).toBe('https://station.test/api/auth/login');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      username: 'zhang',
      password: 'pw',
      deviceName: 'Android-1',
    });
  });

  it('an error body becomes an ApiError with its code, message and field', async () => {
    const { fetch } = fakeFetch(() =>
      json(429, { error: { code: 'E_THROTTLED', message: 'too many', field: 'username' } }),
    );
    const error = await createApi({ fetch })
      .login({ username: 'a', password: 'b', deviceName: 'c' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'E_THROTTLED', status: 429, field: 'username' });
  });

  it('an error page that is not JSON becomes E_INTERNAL with the status', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(createApi({ fetch }).logout('t')).rejects.toMatchObject({
      code: 'E_INTERNAL',
      status: 502,
    });
  });

  it('a network failure becomes an OfflineError, distinct from server errors', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createApi({ fetch }).pull({ token: 't' })).rejects.toBeInstanceOf(OfflineError);
  });

  it('pull sends the bearer token, its protocol version, cursor and limit, and checks the envelope', async () => {
    const body = { changes: [], cursor: 'c2', hasMore: false, reset: false, remaining: 0 };
    const { fetch, calls } = fakeFetch(() => json(200, body));
    const answer = await createApi({ fetch }).pull({ token: 'tok', cursor: 'c1', limit: 5000 });
    expect(answer).toEqual(body);
    expect(calls[0]?.url).toBe('/api/sync/pull?v=2&cursor=c1&limit=5000');
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer tok');
  });

  it('the first pull sends no cursor', async () => {
    const body = { changes: [], cursor: 'c1', hasMore: false, reset: true, remaining: 0 };
    const { fetch, calls } = fakeFetch(() => json(200, body));
    await createApi({ fetch }).pull({ token: 'tok', limit: 10 });
    expect(calls[0]?.url).toBe('/api/sync/pull?v=2&limit=10');
  });

  it('a malformed pull answer is rejected, not written', async () => {
    const { fetch } = fakeFetch(() => json(200, { changes: 'nope' }));
    await expect(createApi({ fetch }).pull({ token: 't' })).rejects.toMatchObject({
      code: 'E_INTERNAL',
    });
  });

  it('a 401 on pull is E_AUTH', async () => {
    const { fetch } = fakeFetch(() => json(401, { error: { code: 'E_AUTH', message: 'expired' } }));
    await expect(createApi({ fetch }).pull({ token: 't' })).rejects.toMatchObject({
      code: 'E_AUTH',
      status: 401,
    });
  });

  it('an aborted request rejects as an abort, not as offline', async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch((_url, init) => {
      controller.abort();
      throw init.signal?.reason;
    });
    const error = await createApi({ fetch })
      .pull({ token: 't' }, controller.signal)
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(OfflineError);
  });

  it("the leader's suspension is posted with the bearer token, and the answer is checked", async () => {
    const suspension = {
      id: 's1',
      crossingId: 'c1',
      from: '2026-11-30T06:00:00.000Z',
      until: null,
      reason: 'fog',
      note: '',
      createdAt: '2026-11-30T06:00:00.000Z',
    };
    const { fetch, calls } = fakeFetch(() => json(201, suspension));
    const api = createApi({ fetch });
    const input = {
      crossingId: 'c1',
      from: suspension.from,
      until: null,
      reason: 'fog' as const,
      note: '',
    };
    expect(await api.suspendCrossing('tok', input)).toEqual(suspension);
    expect(calls[0]?.url).toBe('/api/ferries/suspensions');
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(input);
    await api.reopenCrossing('tok', 's1');
    expect(calls[1]?.url).toBe('/api/ferries/suspensions/s1/end');
    // A malformed answer is a server failure, not a suspension.
    const bad = createApi({ fetch: fakeFetch(() => json(200, { id: 's1' })).fetch });
    await expect(bad.reopenCrossing('tok', 's1')).rejects.toBeInstanceOf(ApiError);
  });
});
