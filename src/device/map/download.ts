/**
 * Downloading an offline map area: every tile of its box and zoom range, a few requests at a
 * time, each tile stored in IndexedDB as it arrives. Resumable by construction: a run first
 * looks up which tiles are already stored (since the area's `since`) and fetches only the rest,
 * so a reload, a lost connection or a closed app costs at most the tiles in flight.
 */

import { type TileCoord, tileKey, tilesCovering } from '../../shared/tiles.ts';
import { beginAreaRun, mapArea, storeTile, tilesByKeys, updateArea } from '../db/mapAreas.ts';
import type { DownloadErrorCode, FerryBeatDB, MapAreaRecord, TileRecord } from '../db/schema.ts';
import { tileUrl } from './manifest.ts';

/** Parallel tile requests: enough to hide latency, few enough for a weak link and the server. */
export const DOWNLOAD_CONCURRENCY = 4;
/** Tiles looked up in IndexedDB per read while planning a run. */
const LOOKUP_BATCH = 500;

/** Injected dependencies and callbacks of `downloadArea`. */
export interface DownloadOptions {
  fetch?: typeof fetch;
  /** Epoch milliseconds (tests control time). */
  now?: () => number;
  concurrency?: number;
  /** Aborting pauses the area; the next run resumes it. */
  signal?: AbortSignal;
  /** Called after each stored tile with the area as it stands. */
  onProgress?: (area: MapAreaRecord) => void;
}

class TileFetchError extends Error {
  constructor(readonly code: DownloadErrorCode) {
    super(code);
  }
}

/** Looks up which tiles of the area are stored and fresh; the rest are due. */
async function sortTiles(db: FerryBeatDB, area: MapAreaRecord) {
  const coords = [...tilesCovering(area.bbox, area.minZoom, area.maxZoom)];
  const due: { coord: TileCoord; areaIds: string[] }[] = [];
  const adopt: string[] = [];
  let stored = 0;
  let bytes = 0;
  for (let i = 0; i < coords.length; i += LOOKUP_BATCH) {
    const batch = coords.slice(i, i + LOOKUP_BATCH);
    const records = await tilesByKeys(
      db,
      batch.map((c) => tileKey(area.source, c)),
    );
    batch.forEach((coord, j) => {
      const record = records[j];
      if (record && record.storedAt >= area.since) {
        stored++;
        bytes += record.bytes;
        if (!record.areaIds.includes(area.id)) adopt.push(record.key);
      } else {
        due.push({ coord, areaIds: record?.areaIds ?? [] });
      }
    });
  }
  return { due, adopt, stored, bytes };
}

/** Fetches one tile: its bytes, or null when the source has no such tile (404). */
async function fetchTile(fetcher: typeof fetch, coord: TileCoord, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetcher(tileUrl(coord), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TileFetchError('E_OFFLINE');
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new TileFetchError('E_SERVER');
  try {
    return await response.blob();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TileFetchError('E_OFFLINE');
  }
}

/**
 * Downloads what area `id` still lacks. Never throws for the network: the returned area says
 * `complete`, or `paused` with `error` (null when aborted) to be resumed by another run.
 */
export async function downloadArea(
  db: FerryBeatDB,
  id: string,
  options: DownloadOptions = {},
): Promise<MapAreaRecord> {
  const { fetch: fetcher = fetch, now = Date.now, signal, onProgress } = options;
  const start = await mapArea(db, id);
  if (!start) throw new Error(`no map area ${id}`);
  const { due, adopt, stored, bytes } = await sortTiles(db, start);
  let area: MapAreaRecord = { ...start, stored, bytes, missing: 0, state: 'downloading' };
  const stamp = () => new Date(now()).toISOString();

  await beginAreaRun(db, { ...area, error: null, updatedAt: stamp() }, adopt);
  onProgress?.(area);

  let next = 0;
  let failure: DownloadErrorCode | null = null;
  const work = async () => {
    while (failure === null && !signal?.aborted && next < due.length) {
      const item = due[next++];
      if (!item) break;
      const blob = await fetchTile(fetcher, item.coord, signal);
      const updatedAt = stamp();
      if (blob === null) {
        area = { ...area, missing: area.missing + 1, updatedAt };
        await updateArea(db, id, { missing: area.missing, updatedAt });
      } else {
        const record: TileRecord = {
          key: tileKey(area.source, item.coord),
          source: area.source,
          ...item.coord,
          blob,
          bytes: blob.size,
          areaIds: item.areaIds.includes(id) ? item.areaIds : [...item.areaIds, id],
          storedAt: now(),
        };
        area = { ...area, stored: area.stored + 1, bytes: area.bytes + blob.size, updatedAt };
        await storeTile(db, record, id, { stored: area.stored, bytes: area.bytes, updatedAt });
      }
      onProgress?.(area);
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? DOWNLOAD_CONCURRENCY);
  const workers = Array.from({ length: concurrency }, () =>
    work().catch((error: unknown) => {
      if (error instanceof TileFetchError) failure ??= error.code;
      // Dexie keeps the DOMException's name: https://dexie.org/docs/DexieErrors/Dexie.QuotaExceededError
      else if (error instanceof Error && error.name === 'QuotaExceededError')
        failure ??= 'E_STORAGE';
      else if (!signal?.aborted) throw error;
    }),
  );
  await Promise.all(workers);

  const finished = failure === null && !signal?.aborted && next >= due.length;
  area = {
    ...area,
    state: finished ? 'complete' : 'paused',
    error: failure,
    updatedAt: stamp(),
  };
  const { state, error, updatedAt } = area;
  await updateArea(db, id, { state, error, updatedAt });
  onProgress?.(area);
  return area;
}
