/** Offline map areas and their tiles in IndexedDB: reading a tile, listing, starting, removing. */

import { type BBox, type TileCoord, tileKey } from '../../shared/tiles.ts';
import type { FerryBeatDB, MapAreaRecord } from '../db/schema.ts';
import type { AreaPlan } from './areaPlan.ts';
import type { MapManifest } from './manifest.ts';

/** The stored image of one tile, or null when no offline area holds it. */
export async function readTile(
  db: FerryBeatDB,
  source: string,
  coord: TileCoord,
): Promise<Blob | null> {
  return (await db.tiles.get(tileKey(source, coord)))?.blob ?? null;
}

/**
 * Reads stored tiles; `prefetch` starts reading tiles the map is about to ask for, and
 * `preparedUrl` hands over the object URL a prefetch already loaded an image from (the page's
 * image cache then draws it at once), or null.
 */
export interface TileReader {
  (source: string, coord: TileCoord): Promise<Blob | null>;
  prefetch(source: string, coords: readonly TileCoord[]): void;
  preparedUrl(blob: Blob): string | null;
}

/**
 * A tile reader that gathers the reads asked for in one go (one turn of the event loop) into
 * one `bulkGet`: the map asks for every tile in view at once, and one IndexedDB transaction for
 * all of them paints sooner than one transaction per tile. A prefetched tile is handed over
 * once, then forgotten, so the reader holds no images for long.
 */
export function batchedTileReader(db: FerryBeatDB): TileReader {
  type Pending = {
    key: string;
    resolve: (blob: Blob | null) => void;
    reject: (e: unknown) => void;
  };
  let pending: Pending[] = [];
  const early = new Map<string, Promise<Blob | null>>();
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    db.tiles.bulkGet(batch.map((read) => read.key)).then(
      (tiles) => {
        for (const [i, read] of batch.entries()) read.resolve(tiles[i]?.blob ?? null);
      },
      (error: unknown) => {
        for (const read of batch) read.reject(error);
      },
    );
  };
  const readKey = (key: string) =>
    new Promise<Blob | null>((resolve, reject) => {
      if (pending.length === 0) queueMicrotask(flush);
      pending.push({ key, resolve, reject });
    });
  const read = (source: string, coord: TileCoord) => {
    const key = tileKey(source, coord);
    const prefetched = early.get(key);
    if (!prefetched) return readKey(key);
    early.delete(key);
    return prefetched;
  };
  // Object URLs of prefetched tiles, each with the image loading from it (kept alive so its
  // decoded copy stays in the page's image cache until the map's own <img> asks for the URL).
  const prepared = new Map<Blob, { url: string; image: unknown }>();
  const prepare = (blob: Blob | null) => {
    const Image = (globalThis as { Image?: new () => { src: string } }).Image;
    if (!blob || !Image) return;
    const url = URL.createObjectURL(blob);
    const image = new Image();
    image.src = url;
    prepared.set(blob, { url, image });
  };
  read.prefetch = (source: string, coords: readonly TileCoord[]) => {
    for (const coord of coords) {
      const key = tileKey(source, coord);
      if (early.has(key)) continue;
      const reading = readKey(key);
      reading.then(prepare, () => undefined);
      early.set(key, reading);
    }
    // Now, not at the end of the task: reads asked for after this one queue behind it.
    if (pending.length > 0) flush();
  };
  read.preparedUrl = (blob: Blob) => {
    const found = prepared.get(blob);
    prepared.delete(blob);
    return found?.url ?? null;
  };
  return read;
}

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

/**
 * Records a planned area, ready for `downloadArea`. A known area keeps its progress (a plain
 * start resumes it); `refresh` makes every tile older than `now` due again.
 */
export async function startArea(
  db: FerryBeatDB,
  plan: AreaPlan,
  manifest: MapManifest,
  now: Date,
  { refresh = false }: { refresh?: boolean } = {},
): Promise<MapAreaRecord> {
  return db.transaction('rw', db.mapAreas, async () => {
    const known = await db.mapAreas.get(plan.id);
    const area: MapAreaRecord = {
      stored: 0,
      bytes: 0,
      missing: 0,
      since: 0,
      ...known,
      id: plan.id,
      source: plan.source,
      bbox: plan.bbox,
      minZoom: plan.minZoom,
      maxZoom: plan.maxZoom,
      total: plan.tileCount,
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

/** What the offline areas hold: zooms and the box around them. */
export interface StoredCoverage {
  minZoom: number;
  maxZoom: number;
  bbox: BBox;
}

/**
 * The freshest stored manifest (kept for use without signal) and what the areas of its source
 * hold, from one read (the map paints from this before any network answer), or null when no
 * area was ever started.
 */
export async function storedTiles(
  db: FerryBeatDB,
): Promise<{ manifest: MapManifest; coverage: StoredCoverage | null } | null> {
  const areas = await listAreas(db);
  const [latest] = areas;
  if (!latest) return null;
  return { manifest: latest.manifest, coverage: coverageOf(areas, latest.manifest.name) };
}

/** What the offline areas of `source` hold (zooms and the box around them), or null if none. */
export async function storedCoverage(
  db: FerryBeatDB,
  source: string,
): Promise<StoredCoverage | null> {
  return coverageOf(await db.mapAreas.toArray(), source);
}

function coverageOf(all: readonly MapAreaRecord[], source: string): StoredCoverage | null {
  const areas = all.filter((a) => a.source === source && a.stored > 0);
  if (areas.length === 0) return null;
  return {
    minZoom: Math.min(...areas.map((a) => a.minZoom)),
    maxZoom: Math.max(...areas.map((a) => a.maxZoom)),
    bbox: [
      Math.min(...areas.map((a) => a.bbox[0])),
      Math.min(...areas.map((a) => a.bbox[1])),
      Math.max(...areas.map((a) => a.bbox[2])),
      Math.max(...areas.map((a) => a.bbox[3])),
    ],
  };
}
