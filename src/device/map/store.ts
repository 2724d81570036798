/**
 * What the map draws from the offline areas: their tiles, read in batches and ahead of the view,
 * and the manifest and coverage kept with them (the areas themselves: db/mapAreas.ts).
 */

import { type BBox, type TileCoord, tileKey } from '../../shared/tiles.ts';
import { listAreas, tilesByKeys } from '../db/mapAreas.ts';
import type { FerryBeatDB, MapAreaRecord } from '../db/schema.ts';
import type { MapManifest } from './manifest.ts';

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
    tilesByKeys(
      db,
      batch.map((read) => read.key),
    ).then(
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
