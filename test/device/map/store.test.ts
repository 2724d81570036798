import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startArea, updateArea } from '../../../src/device/db/mapAreas.ts';
import { FerryBeatDB } from '../../../src/device/db/schema.ts';
import { batchedTileReader, storedTiles } from '../../../src/device/map/store.ts';
import { tileKey } from '../../../src/shared/tiles.ts';
import { makeDb } from '../fixtures.ts';
import { manifest, now, plan } from './helpers.ts';

describe('batched tile reader', () => {
  let db: FerryBeatDB;
  beforeEach(async () => {
    db = new FerryBeatDB(`tiles-${Math.random()}`);
    await db.tiles.bulkPut(
      [1, 2, 3].map((x) => ({
        key: tileKey('station', { z: 14, x, y: 7 }),
        source: 'station',
        z: 14,
        x,
        y: 7,
        blob: new Blob([`tile ${x}`]),
        bytes: 6,
        areaIds: ['a'],
        storedAt: 0,
      })),
    );
  });
  afterEach(() => db.delete());

  it('answers the tiles asked for together from one read, each its own blob or null', async () => {
    const read = batchedTileReader(db);
    const bulkGet = vi.spyOn(db.tiles, 'bulkGet');
    const blobs = await Promise.all([1, 2, 9, 3].map((x) => read('station', { z: 14, x, y: 7 })));
    expect(await Promise.all(blobs.map((b) => b?.text() ?? null))).toEqual([
      'tile 1',
      'tile 2',
      null,
      'tile 3',
    ]);
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it('hands a prefetched tile over once, without reading it again', async () => {
    const read = batchedTileReader(db);
    const bulkGet = vi.spyOn(db.tiles, 'bulkGet');
    read.prefetch(
      'station',
      [1, 2].map((x) => ({ z: 14, x, y: 7 })),
    );
    await Promise.resolve();
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(await (await read('station', { z: 14, x: 2, y: 7 }))?.text()).toBe('tile 2');
    expect(bulkGet).toHaveBeenCalledTimes(1);
    // Handed over: asked again, it is read again.
    expect(await (await read('station', { z: 14, x: 2, y: 7 }))?.text()).toBe('tile 2');
    expect(bulkGet).toHaveBeenCalledTimes(2);
  });
});

describe('what the map draws without signal', () => {
  it('nothing before any offline area was started', async () => {
    expect(await storedTiles(makeDb())).toBeNull();
  });

  it("the freshest area's manifest, and the zooms and box its source's areas hold", async () => {
    const db = makeDb();
    const low = plan({ minZoom: 12, maxZoom: 13 });
    const high = plan({ minZoom: 14, maxZoom: 15 });
    const other = { ...plan({ minZoom: 16, maxZoom: 17 }), id: 'other', source: 'other' };
    await startArea(db, low, manifest(), now);
    await startArea(db, high, manifest(), new Date(now.getTime() + 1_000));
    await startArea(db, other, manifest({ name: 'other' }), new Date(now.getTime() - 1_000));
    await updateArea(db, low.id, { stored: 3 });
    await updateArea(db, other.id, { stored: 3 });
    // Nothing stored yet: the high area does not count towards what the map can draw.
    expect(await storedTiles(db)).toEqual({
      manifest: manifest(),
      coverage: { minZoom: 12, maxZoom: 13, bbox: low.bbox },
    });
  });
});
