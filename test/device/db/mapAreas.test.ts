/** Offline map areas and their tiles: listing, starting, resuming, removing. */
import { describe, expect, it } from 'vitest';
import {
  areasBytes,
  listAreas,
  removeArea,
  startArea,
  updateArea,
} from '../../../src/device/db/mapAreas.ts';
import { downloadArea } from '../../../src/device/map/download.ts';
import { makeDb } from '../fixtures.ts';
import { manifest, now, plan, tileServer } from '../map/helpers.ts';

describe('offline map areas', () => {
  it('are listed most recently changed first, with the bytes they hold', async () => {
    const db = makeDb();
    const small = plan({ minZoom: 12, maxZoom: 12 });
    const large = plan({ minZoom: 12, maxZoom: 13 });
    await startArea(db, small, manifest(), now);
    await startArea(db, large, manifest(), new Date(now.getTime() + 1_000));
    await updateArea(db, small.id, { bytes: 1_000, updatedAt: '2025-03-04T03:00:00.000Z' });
    await updateArea(db, large.id, { bytes: 2_500 });
    expect((await listAreas(db)).map((a) => a.id)).toEqual([small.id, large.id]);
    expect(await areasBytes(db)).toBe(3_500);
  });

  it('a known area started again resumes its progress; a refresh starts it afresh', async () => {
    const db = makeDb();
    const area = plan();
    await startArea(db, area, manifest(), now);
    await updateArea(db, area.id, { stored: 7, bytes: 700, state: 'paused', error: 'E_OFFLINE' });
    const resumed = await startArea(db, area, manifest(), now);
    expect(resumed).toMatchObject({ stored: 7, bytes: 700, state: 'downloading', error: null });
    const later = new Date(now.getTime() + 86_400_000);
    const refreshed = await startArea(db, area, manifest(), later, { refresh: true });
    expect(refreshed).toMatchObject({ stored: 0, bytes: 0, since: later.getTime() });
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
