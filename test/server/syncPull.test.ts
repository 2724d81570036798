import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteFeedRecords, putFeedRecords } from '../../server/store/feed.ts';
import type { PullResponse } from '../../src/shared/protocol.ts';
import { fixtureStation, startTestServer, type TestServer } from './fixture.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

async function pull(token: string, query = ''): Promise<PullResponse> {
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/sync/pull${query}`,
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}

async function pullAll(token: string, limit: number, between?: (page: number) => Promise<void>) {
  const pages: PullResponse[] = [];
  let cursor: string | undefined;
  do {
    const page = await pull(token, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(page);
    cursor = page.cursor;
    await between?.(pages.length);
  } while (pages.at(-1)?.hasMore);
  return pages;
}

const idsOf = (pages: PullResponse[], entity: string) =>
  pages.flatMap((p) => p.changes.filter((c) => c.entity === entity).map((c) => c.id));

describe('pull scope', () => {
  it('an officer pulls the households and residents of their own cells only', async () => {
    const pages = await pullAll(await server.login('officer01'), 1000);
    expect(idsOf(pages, 'household').sort()).toEqual(['h1-1', 'h1-2', 'h1-3', 'h2-1', 'h2-2']);
    expect(idsOf(pages, 'resident')).toHaveLength(5);
    expect(idsOf(pages, 'resident').every((id) => !id.startsWith('r-h3'))).toBe(true);
    // Station-wide records (the map, crossings, who holds which cell) reach everyone.
    expect(idsOf(pages, 'grid')).toHaveLength(3);
    expect(idsOf(pages, 'village')).toHaveLength(2);
    expect(idsOf(pages, 'crossing')).toEqual(['c1']);
    expect(idsOf(pages, 'assignment')).toHaveLength(4);
  });

  it('an auxiliary pulls only the cell assigned to them', async () => {
    const pages = await pullAll(await server.login('aux01'), 1000);
    expect(idsOf(pages, 'household').sort()).toEqual(['h1-1', 'h1-2', 'h1-3']);
  });

  it('the leader pulls the whole station', async () => {
    const pages = await pullAll(await server.login('leader'), 1000);
    expect(idsOf(pages, 'household')).toHaveLength(fixtureStation().households.length);
  });

  it('household data carries its gridId and grid data its name and villageId', async () => {
    const [page] = await pullAll(await server.login('officer01'), 1000);
    const h = page?.changes.find((c) => c.entity === 'household' && c.op === 'put');
    const g = page?.changes.find((c) => c.entity === 'grid' && c.op === 'put');
    expect(h && 'data' in h && h.data).toMatchObject({ gridId: expect.any(String) });
    expect(g && 'data' in g && g.data).toMatchObject({ name: expect.any(String), villageId: 'v1' });
  });

  it('a change of cells resets the device copy on the next pull', async () => {
    const token = await server.login('officer01');
    const first = await pullAll(token, 1000);
    expect(first[0]?.reset).toBe(true);
    const cursor = first.at(-1)?.cursor ?? '';
    expect((await pull(token, `?cursor=${cursor}`)).reset).toBe(false);
    await server.ctx.db.deleteFrom('assignments').where('id', '=', 'a-g2-officer01').execute();
    const after = await pull(token, `?cursor=${cursor}`);
    expect(after.reset).toBe(true);
    expect(
      after.changes
        .filter((c) => c.entity === 'household')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['h1-1', 'h1-2', 'h1-3']);
  });
});

describe('pull paging', () => {
  it('pages neither lose nor repeat a record while writes happen between pages', async () => {
    const station = fixtureStation();
    const token = await server.login('leader');
    const pages = await pullAll(token, 4, async (page) => {
      if (page !== 3) return;
      // Between pages: change a household already sent, one not yet sent, and add a new one.
      const changed = station.households.map((h) => ({ ...h, phone: '13900000000' }));
      const [first, last] = [changed[0], changed.at(-1)];
      if (!first || !last) throw new Error('the fixture station has no households');
      await putFeedRecords(server.ctx.db, [
        { entity: 'household', id: 'h1-1', gridId: 'g1', data: first },
        { entity: 'household', id: 'h3-4', gridId: 'g3', data: last },
        { entity: 'household', id: 'h3-5', gridId: 'g3', data: { ...last, id: 'h3-5' } },
      ]);
    });
    const all = pages.flatMap((p) => p.changes);
    const seen = new Map<string, number>();
    for (const c of all)
      seen.set(`${c.entity}/${c.id}`, (seen.get(`${c.entity}/${c.id}`) ?? 0) + 1);
    // Every record arrives; only the household changed after it was sent arrives twice.
    const expected = 2 + 3 + 1 + 4 + station.households.length * 2 + 1;
    expect(seen.size).toBe(expected);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual(['household/h1-1']);
    const last = all.filter((c) => c.id === 'h1-1').at(-1);
    expect(last && 'data' in last && last.data).toMatchObject({ phone: '13900000000' });
    expect(pages.at(-1)?.remaining).toBe(0);
  });

  it('reports how many changes remain after each page', async () => {
    const token = await server.login('leader');
    const pages = await pullAll(token, 10);
    const total = pages.reduce((n, p) => n + p.changes.length, 0);
    expect(pages[0]?.remaining).toBe(total - 10);
    expect(pages.at(-1)?.hasMore).toBe(false);
  });

  it('a deleted household arrives as a delete', async () => {
    const token = await server.login('officer01');
    const cursor = (await pullAll(token, 1000)).at(-1)?.cursor ?? '';
    await deleteFeedRecords(server.ctx.db, [{ entity: 'household', id: 'h1-2', gridId: 'g1' }]);
    const next = await pull(token, `?cursor=${cursor}`);
    expect(next.changes).toEqual([{ entity: 'household', op: 'delete', id: 'h1-2' }]);
  });
});

describe('pull requests', () => {
  it('answers gzip-compressed pages', async () => {
    const token = await server.login('leader');
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString()).changes.length).toBeGreaterThan(0);
  });

  it.each([
    ['?cursor=bm9wZQ', 'cursor'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?limit=100000', 'limit'],
    ['?since=2026-01-01', 'since'],
  ])('a malformed query %s is refused naming %s', async (query, field) => {
    const token = await server.login('officer01');
    const res = await server.app.inject({
      method: 'GET',
      url: `/api/sync/pull${query}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'E_INVALID', field });
  });

  it('refuses a pull without a token', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/sync/pull' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'E_AUTH', message: expect.any(String) } });
  });
});
