import { describe, expect, it } from 'vitest';
import type { MapAreaRecord } from '../../../src/device/db/schema.ts';
import { type AreaPlan, planArea } from '../../../src/device/map/areaPlan.ts';
import { downloadArea } from '../../../src/device/map/download.ts';
import { readTile, removeArea, startArea, storedCoverage } from '../../../src/device/map/store.ts';
import type { LngLat } from '../../../src/shared/entities.ts';
import { tilesCovering } from '../../../src/shared/tiles.ts';
import { makeDb } from '../fixtures.ts';
import { manifest, tileServer } from './helpers.ts';

const cell: LngLat[] = [
  [113.1, 22.4],
  [113.14, 22.4],
  [113.14, 22.44],
];
const now = new Date('2025-03-04T10:00:00+08:00');

function plan(zooms = { minZoom: 12, maxZoom: 14 }, polygon = cell): AreaPlan {
  const planned = planArea(manifest(), [polygon], zooms);
  if (!planned) throw new Error('no plan');
  return planned;
}

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

describe('reading and removing stored tiles', () => {
  it('finds a stored tile by source and address, and nothing elsewhere', async () => {
    const db = makeDb();
    const area = plan({ minZoom: 13, maxZoom: 13 });
    await startArea(db, area, manifest(), now);
    await downloadArea(db, area.id, { fetch: tileServer().fetch });
    const [first] = [...tilesCovering(area.bbox, 13, 13)];
    if (!first) throw new Error('no tile');
    const blob = await readTile(db, 'station', first);
    expect(blob?.type).toBe('image/png');
    expect(await blob?.text()).toBe(`png:/tiles/13/${first.x}/${first.y}.png`);
    expect(await readTile(db, 'other', first)).toBeNull();
    expect(await readTile(db, 'station', { z: 13, x: 0, y: 0 })).toBeNull();
    expect(await storedCoverage(db, 'station')).toEqual({
      minZoom: 13,
      maxZoom: 13,
      bbox: area.bbox,
    });
  });

  it('removing an area deletes its tiles but keeps those another area wants', async () => {
    const db = makeDb();
    const small = plan({ minZoom: 12, maxZoom: 13 });
    const large = plan({ minZoom: 12, maxZoom: 14 });
    for (const area of [small, large]) {
      await startArea(db, area, manifest(), now);
      await downloadArea(db, area.id, { fetch: tileServer().fetch });
    }
    expect(await db.tiles.count()).toBe(large.tileCount);
    await removeArea(db, large.id);
    expect(await db.tiles.count()).toBe(small.tileCount);
    expect(await db.mapAreas.get(large.id)).toBeUndefined();
    await removeArea(db, small.id);
    expect(await db.tiles.count()).toBe(0);
    expect(await db.mapAreas.count()).toBe(0);
  });
});
