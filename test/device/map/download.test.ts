import { describe, expect, it } from 'vitest';
import { startArea } from '../../../src/device/db/mapAreas.ts';
import type { MapAreaRecord } from '../../../src/device/db/schema.ts';
import { downloadArea } from '../../../src/device/map/download.ts';
import { tileKey, tilesCovering } from '../../../src/shared/tiles.ts';
import { makeDb } from '../fixtures.ts';
import { manifest, now, plan, tileServer } from './helpers.ts';

describe('downloading an offline map area', () => {
  it('stores every tile as a blob and reports progress up to the total', async () => {
    const db = makeDb();
    const area = plan();
    await startArea(db, area, manifest(), now);
    const server = tileServer();
    const steps: MapAreaRecord[] = [];
    const done = await downloadArea(db, area.id, {
      fetch: server.fetch,
      now: () => now.getTime(),
      onProgress: (a) => steps.push(a),
    });
    expect(done.state).toBe('complete');
    expect(done.stored).toBe(area.tileCount);
    expect(server.requests).toHaveLength(area.tileCount);
    expect(await db.tiles.count()).toBe(area.tileCount);
    expect((await db.mapAreas.get(area.id))?.stored).toBe(area.tileCount);
    const stored = steps.map((s) => s.stored);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));
    expect(done.bytes).toBeGreaterThan(0);
  });

  it('resumes after a lost connection without fetching stored tiles again', async () => {
    const db = makeDb();
    const area = plan();
    await startArea(db, area, manifest(), now);
    const flaky = tileServer((_url, n) => (n > 10 ? 'throw' : 'ok'));
    const first = await downloadArea(db, area.id, { fetch: flaky.fetch, concurrency: 1 });
    expect(first).toMatchObject({ state: 'paused', error: 'E_OFFLINE', stored: 10 });

    const steady = tileServer();
    const second = await downloadArea(db, area.id, { fetch: steady.fetch });
    expect(second.state).toBe('complete');
    expect(steady.requests).toHaveLength(area.tileCount - 10);
    const firstUrls = new Set(flaky.requests.slice(0, 10));
    expect(steady.requests.some((url) => firstUrls.has(url))).toBe(false);
    expect(second.stored).toBe(area.tileCount);
  });

  it('counts tiles the source lacks (404) as missing and still completes', async () => {
    const db = makeDb();
    const area = plan({ minZoom: 12, maxZoom: 12 });
    await startArea(db, area, manifest(), now);
    const server = tileServer((url) => (url.endsWith('.png') && url.includes('/12/') ? 404 : 'ok'));
    const done = await downloadArea(db, area.id, { fetch: server.fetch });
    expect(done).toMatchObject({ state: 'complete', stored: 0, missing: area.tileCount });
  });

  it('pauses on a server error with a reason', async () => {
    const db = makeDb();
    const area = plan();
    await startArea(db, area, manifest(), now);
    const done = await downloadArea(db, area.id, { fetch: tileServer(() => 500).fetch });
    expect(done).toMatchObject({ state: 'paused', error: 'E_SERVER' });
  });

  it('a refresh downloads every tile again, and resumes past those already renewed', async () => {
    const db = makeDb();
    const area = plan();
    let clock = now.getTime();
    await startArea(db, area, manifest(), new Date(clock));
    await downloadArea(db, area.id, { fetch: tileServer().fetch, now: () => clock });
    clock += 86_400_000;
    await startArea(db, area, manifest(), new Date(clock), { refresh: true });
    const cut = tileServer((_url, n) => (n > 5 ? 'throw' : 'ok'));
    await downloadArea(db, area.id, { fetch: cut.fetch, now: () => clock, concurrency: 1 });
    const rest = tileServer();
    const done = await downloadArea(db, area.id, { fetch: rest.fetch, now: () => clock });
    expect(rest.requests).toHaveLength(area.tileCount - 5);
    expect(done).toMatchObject({ state: 'complete', stored: area.tileCount });
  });
});

describe('the tiles a download stores', () => {
  it('are kept by source and address, as the image the server sent', async () => {
    const db = makeDb();
    const area = plan({ minZoom: 13, maxZoom: 13 });
    await startArea(db, area, manifest(), now);
    await downloadArea(db, area.id, { fetch: tileServer().fetch });
    const [first] = [...tilesCovering(area.bbox, 13, 13)];
    if (!first) throw new Error('no tile');
    const tile = await db.tiles.get(tileKey('station', first));
    expect(tile?.blob.type).toBe('image/png');
    expect(await tile?.blob.text()).toBe(`png:/tiles/13/${first.x}/${first.y}.png`);
    expect(tile?.areaIds).toEqual([area.id]);
    expect(await db.tiles.get(tileKey('other', first))).toBeUndefined();
  });
});
