/**
 * Reads started at start-up when the app opens on the map (`#/map`): the stored tile manifest,
 * the overlays, and the stored tiles of the view the map was left at, handed to the map screen
 * through app/early.ts. A cold start without signal otherwise runs them one after another
 * (session, then chunk, then each read), and the first paint waits on all of it.
 * No Leaflet here: this file is in the page's main chunk (main.tsx also starts the screen's).
 */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { batchedTileReader, storedTiles } from '../../device/map/store.ts';
import { handOver } from '../app/early.ts';
import { loadMapData } from './data.ts';
import { readSavedView, tilesInView, type ViewTiles, viewTilesOf } from './view.ts';

/** Starts the map's reads; errors surface when the screen takes them. */
export function preloadMap(db: FerryBeatDB, now: Date): void {
  // Own cells are marked by the screen, which has the session; the reads need no user.
  const reader = batchedTileReader(db);
  handOver('tileReader', reader);
  const view = readSavedView();
  const prefetch = (tiles: ViewTiles) => {
    if (!view) return;
    const zoom = Math.min(tiles.maxZoom, Math.max(tiles.minZoom, Math.round(view.zoom)));
    reader.prefetch(tiles.source, tilesInView(view, zoom));
  };
  // The view remembers its tile source: the tiles in it are read first of all. Otherwise they
  // wait for the stored manifest.
  if (view?.tiles) prefetch(view.tiles);
  const tiles = storedTiles(db);
  handOver('mapTiles', tiles);
  handOver('mapData', loadMapData(db, [], now));
  tiles.then(
    (stored) => {
      if (stored && !view?.tiles) prefetch(viewTilesOf(stored));
    },
    () => undefined,
  );
}
