/**
 * Reads started at start-up when the app opens on the map (`#/map`): the map screen's chunk, the
 * stored tile manifest, the overlays, and the stored tiles of the view the map was left at. A
 * cold start without signal otherwise runs them one after another (session, then chunk, then
 * each read), and the first paint waits on all of it.
 * No Leaflet here: this file is in the page's main chunk.
 */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { batchedTileReader, storedTiles, type TileReader } from '../../device/map/store.ts';
import { mapScreen } from '../app/screens.ts';
import { loadMapData, type MapData } from './data.ts';
import { readSavedView, tilesInView, type ViewTiles, viewTilesOf } from './view.ts';

type StoredTiles = Awaited<ReturnType<typeof storedTiles>>;

/** What the start-up reads found, each taken once by the first map screen. */
interface Early {
  tiles: Promise<StoredTiles> | null;
  data: Promise<MapData> | null;
  reader: TileReader | null;
}

const early: Early = { tiles: null, data: null, reader: null };

/**
 * The reads' results once they are in: a screen mounting after that renders with them at once,
 * a render and an effect sooner than awaiting the (settled) promise.
 */
const settled: { tiles?: StoredTiles; data?: MapData } = {};

/** Starts the map's chunk and reads; errors surface when the screen takes them. */
export function preloadMap(db: FerryBeatDB, now: Date): void {
  void mapScreen.preload().catch(() => undefined);
  // Own cells are marked by the screen, which has the session; the reads need no user.
  const reader = batchedTileReader(db);
  early.reader = reader;
  const view = readSavedView();
  const prefetch = (tiles: ViewTiles) => {
    if (!view) return;
    const zoom = Math.min(tiles.maxZoom, Math.max(tiles.minZoom, Math.round(view.zoom)));
    reader.prefetch(tiles.source, tilesInView(view, zoom));
  };
  // The view remembers its tile source: the tiles in it are read first of all. Otherwise they
  // wait for the stored manifest.
  if (view?.tiles) prefetch(view.tiles);
  early.tiles = storedTiles(db);
  early.data = loadMapData(db, [], now);
  early.tiles.then(
    (stored) => {
      settled.tiles = stored;
      if (stored && !view?.tiles) prefetch(viewTilesOf(stored));
    },
    // Unhandled rejections would be logged twice; the screen reads again on failure.
    () => undefined,
  );
  early.data.then(
    (data) => (settled.data = data),
    () => undefined,
  );
}

/** The result of the start-up read of `key` if it is in and not taken yet, else undefined. */
export function takeSettled<K extends keyof typeof settled>(key: K): (typeof settled)[K] {
  if (early[key] === null) return undefined;
  const value = settled[key];
  if (value !== undefined) early[key] = null;
  return value;
}

/** The start-up read of `key`, once; null when none was started or it was taken. */
export function takeEarly<K extends keyof Early>(key: K): Early[K] {
  const value = early[key];
  early[key] = null;
  return value;
}
