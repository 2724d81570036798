/**
 * Offline map areas and the tiles they hold. A tile two areas want is stored once and names
 * both (`areaIds`), so removing an area deletes only the tiles no other area wants.
 */
import type { MapManifest } from '../../shared/mapManifestSchema.ts';
import type { FerryBeatDB, MapAreaRecord, TileRecord } from './schema.ts';

/** Every offline area, most recently changed first. */
export async function listAreas(db: FerryBeatDB): Promise<MapAreaRecord[]> {
  const areas = await db.mapAreas.toArray();
  return areas.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** Bytes of map tiles the offline areas hold (a tile two areas share counts once per area). */
export async function areasBytes(db: FerryBeatDB): Promise<number> {
  let total = 0;
  await db.mapAreas.each((area) => {
    total += area.bytes;
  });
  return total;
}

/** One area, or undefined when it was removed. */
export function mapArea(db: FerryBeatDB, id: string): Promise<MapAreaRecord | undefined> {
  return db.mapAreas.get(id);
}

/** What an area covers: a box and zoom range of one source, and how many tiles that is. */
export type AreaBox = Pick<MapAreaRecord, 'id' | 'source' | 'bbox' | 'minZoom' | 'maxZoom'> & {
  tileCount: number;
};

/**
 * Records an area, ready for a download. A known area keeps its progress (a plain start resumes
 * it); `refresh` makes every tile older than `now` due again.
 */
export async function startArea(
  db: FerryBeatDB,
  box: AreaBox,
  manifest: MapManifest,
  now: Date,
  { refresh = false }: { refresh?: boolean } = {},
): Promise<MapAreaRecord> {
  return db.transaction('rw', db.mapAreas, async () => {
    const known = await db.mapAreas.get(box.id);
    const area: MapAreaRecord = {
      stored: 0,
      bytes: 0,
      missing: 0,
      since: 0,
      ...known,
      id: box.id,
      source: box.source,
      bbox: box.bbox,
      minZoom: box.minZoom,
      maxZoom: box.maxZoom,
      total: box.tileCount,
      state: 'downloading',
      error: null,
      manifest,
      updatedAt: now.toISOString(),
      ...(refresh ? { since: now.getTime(), stored: 0, bytes: 0, missing: 0 } : {}),
    };
    await db.mapAreas.put(area);
    return area;
  });
}

/** Changes an area's progress or state. */
export async function updateArea(
  db: FerryBeatDB,
  id: string,
  changes: Partial<Omit<MapAreaRecord, 'id'>>,
): Promise<void> {
  await db.mapAreas.update(id, changes);
}

/**
 * Removes an area and the tiles only it wanted; tiles another area also wants stay for that
 * area.
 */
export async function removeArea(db: FerryBeatDB, id: string): Promise<void> {
  await db.transaction('rw', db.tiles, db.mapAreas, async () => {
    await db.tiles
      .where('areaIds')
      .equals(id)
      .modify((tile, ref) => {
        const areaIds = tile.areaIds.filter((other) => other !== id);
        if (areaIds.length === 0) delete (ref as { value?: unknown }).value;
        else tile.areaIds = areaIds;
      });
    await db.mapAreas.delete(id);
  });
}

/** The stored tiles under `keys` (`tileKey`), in that order; undefined for those not stored. */
export function tilesByKeys(db: FerryBeatDB, keys: string[]): Promise<(TileRecord | undefined)[]> {
  return db.tiles.bulkGet(keys);
}

/**
 * Starts a download run of `area`: the stored tiles under `keys` are wanted by it too from now
 * on, and the area is written as the run begins, both in one transaction.
 */
export async function beginAreaRun(
  db: FerryBeatDB,
  area: MapAreaRecord,
  keys: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.tiles, db.mapAreas, async () => {
    await db.tiles
      .where('key')
      .anyOf(keys)
      .modify((tile) => {
        tile.areaIds = [...tile.areaIds, area.id];
      });
    await db.mapAreas.put(area);
  });
}

/** Stores one downloaded tile and the progress of area `id`, in one transaction. */
export async function storeTile(
  db: FerryBeatDB,
  tile: TileRecord,
  id: string,
  progress: Pick<MapAreaRecord, 'stored' | 'bytes' | 'updatedAt'>,
): Promise<void> {
  await db.transaction('rw', db.tiles, db.mapAreas, async () => {
    await db.tiles.put(tile);
    await db.mapAreas.update(id, progress);
  });
}
