import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, visitMutation } from './fixture.ts';

let server: TestServer;
let token: string;
beforeEach(async () => {
  server = await startTestServer();
  token = await server.login('officer01');
});
afterEach(() => server.close());

const bytes = Buffer.from('not really a jpeg, but bytes with a hash all the same');
const hash = createHash('sha256').update(bytes).digest('hex');

function upload(body: Buffer, as = token, name = hash, type = 'image/jpeg') {
  return server.app.inject({
    method: 'PUT',
    url: `/api/photos/${name}`,
    headers: { authorization: `Bearer ${as}`, 'content-type': type },
    payload: body,
  });
}

async function pushVisitWithPhoto() {
  const m = visitMutation('h1-1');
  const payload = {
    ...m.payload,
    photos: [{ hash, type: 'image/jpeg', bytes: bytes.length, width: 1600, height: 1200 }],
  };
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: { authorization: `Bearer ${token}` },
    payload: { mutations: [{ ...m, payload }] },
  });
  expect(res.json().results[0].status).toBe('applied');
}

describe('photo upload', () => {
  it('is refused before the visit naming the photo has been pushed', async () => {
    const res = await upload(bytes);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'E_NOT_FOUND', field: 'hash' });
  });

  it('stores the bytes once and answers duplicate to a retry', async () => {
    await pushVisitWithPhoto();
    expect((await upload(bytes)).json()).toEqual({ status: 'stored' });
    expect((await upload(bytes)).json()).toEqual({ status: 'duplicate' });
    const got = await server.app.inject({
      method: 'GET',
      url: `/api/photos/${hash}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses bytes that do not match their hash, or a wrong type', async () => {
    await pushVisitWithPhoto();
    const mismatch = await upload(Buffer.from('other bytes'));
    expect(mismatch.json().error).toMatchObject({ code: 'E_INVALID', field: 'body' });
    const badName = await upload(bytes, token, 'abc');
    expect(badName.json().error).toMatchObject({ code: 'E_INVALID', field: 'hash' });
    const text = await server.app.inject({
      method: 'PUT',
      url: `/api/photos/${hash}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(400);
  });

  it('shows the photo to staff of the same cell and to nobody else', async () => {
    await pushVisitWithPhoto();
    await upload(bytes);
    const get = async (username: string) =>
      server.app.inject({
        method: 'GET',
        url: `/api/photos/${hash}`,
        headers: { authorization: `Bearer ${await server.login(username)}` },
      });
    expect((await get('aux01')).statusCode).toBe(200);
    expect((await get('leader')).statusCode).toBe(200);
    expect((await get('officer02')).statusCode).toBe(404);
  });
});

describe('photo claims', () => {
  it('naming a known photo in a visit of one’s own does not open another cell’s photo', async () => {
    await pushVisitWithPhoto();
    await upload(bytes);
    const other = await server.login('officer02');
    const m = visitMutation('h3-1');
    const payload = {
      ...m.payload,
      photos: [{ hash, type: 'image/jpeg', bytes: bytes.length, width: 1600, height: 1200 }],
    };
    const pushed = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${other}` },
      payload: { mutations: [{ ...m, payload }] },
    });
    expect(pushed.json().results[0].status).toBe('applied');
    const got = await server.app.inject({
      method: 'GET',
      url: `/api/photos/${hash}`,
      headers: { authorization: `Bearer ${other}` },
    });
    expect(got.statusCode).toBe(404);
  });

  it('a visit naming the same photo twice is refused alone, naming the field', async () => {
    const ref = { hash, type: 'image/jpeg', bytes: bytes.length, width: 1600, height: 1200 };
    const twice = visitMutation('h1-1');
    const good = visitMutation('h1-2');
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        mutations: [{ ...twice, payload: { ...twice.payload, photos: [ref, ref] } }, good],
      },
    });
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'applied',
    ]);
    expect(res.json().results[0].error.field).toBe('payload.photos');
  });

  it('a full batch of visits with many photos each is stored (statements stay under SQLite’s limit)', async () => {
    const mutations = Array.from({ length: 1_000 }, (_, i) => {
      const m = visitMutation(`h1-${(i % 3) + 1}`);
      const photos = Array.from({ length: 9 }, (_, j) => ({
        hash: createHash('sha256').update(`${i}-${j}`).digest('hex'),
        type: 'image/jpeg',
        bytes: 300_000,
        width: 1600,
        height: 1200,
      }));
      return { ...m, payload: { ...m.payload, notes: '', photos } };
    });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { mutations },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
    const { n } = await server.ctx.db
      .selectFrom('visit_photos')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(9_000);
  });
});
