/**
 * The map's last view, remembered on the phone: the map reopens where the officer left it, and
 * because the view is known before anything is read, the tiles in it can be read from
 * IndexedDB while the app is still starting (preload.ts). No Leaflet here: the main chunk
 * imports this file.
 */
import type { MapManifest } from '../../device/map/manifest.ts';
import { type TileCoord, tilesCovering, tileToLngLat } from '../../shared/tiles.ts';

/** A view in the tile source's own coordinates, with the size of the map it was seen in. */
export interface SavedView {
  userId: string;
  /** `[lat, lng]` of the centre, as Leaflet holds it. */
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
  /** The tile source shown and the zooms it holds offline, so its tiles can be read at once. */
  tiles?: ViewTiles;
}

/** A tile source and the zooms a map draws its tiles from. */
export interface ViewTiles {
  source: string;
  minZoom: number;
  maxZoom: number;
}

/** The zooms to draw from: what the offline areas hold, else all the source has. */
export function viewTilesOf({
  manifest,
  coverage,
}: {
  manifest: Pick<MapManifest, 'name' | 'minzoom' | 'maxzoom'>;
  coverage: { minZoom: number; maxZoom: number } | null;
}): ViewTiles {
  return {
    source: manifest.name,
    minZoom: coverage?.minZoom ?? manifest.minzoom,
    maxZoom: coverage?.maxZoom ?? manifest.maxzoom,
  };
}

const KEY = 'ferrybeat.mapView';
const TILE = 256;

/** The view last saved on this phone, or null. */
export function readSavedView(): SavedView | null {
  try {
    const view = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as SavedView | null;
    const ok =
      view !== null &&
      typeof view.userId === 'string' &&
      Array.isArray(view.center) &&
      view.center.every(Number.isFinite) &&
      [view.zoom, view.width, view.height].every(Number.isFinite);
    if (!ok) return null;
    const { tiles } = view;
    const tilesOk =
      tiles !== undefined &&
      typeof tiles.source === 'string' &&
      Number.isFinite(tiles.minZoom) &&
      Number.isFinite(tiles.maxZoom);
    if (tilesOk) return view;
    const { tiles: _, ...rest } = view;
    return rest;
  } catch {
    return null;
  }
}

/** Remembers the view (a private mode that refuses storage just forgets it). */
export function saveView(view: SavedView): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(view));
  } catch {
    // Not remembered: the map fits the officer's cells next time instead.
  }
}

/** Web Mercator world pixels at zoom `z` of a `[lat, lng]`. */
function worldPixel([lat, lng]: [number, number], z: number): [number, number] {
  const scale = TILE * 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return [((lng + 180) / 360) * scale, y * scale];
}

/** The `[lng, lat]` of world pixel `[x, y]` at zoom `z`. */
const lngLatOf = ([x, y]: [number, number], z: number) =>
  tileToLngLat({ z, x: x / TILE, y: y / TILE });

/**
 * The tiles a map showing `view` asks for, at the source zoom `nativeZoom` (a view zoomed past
 * the stored tiles shows them scaled up, as Leaflet's `maxNativeZoom` does).
 */
export function tilesInView(view: SavedView, nativeZoom: number): TileCoord[] {
  const [cx, cy] = worldPixel(view.center, view.zoom);
  const [west, north] = lngLatOf([cx - view.width / 2, cy - view.height / 2], view.zoom);
  const [east, south] = lngLatOf([cx + view.width / 2, cy + view.height / 2], view.zoom);
  return [...tilesCovering([west, south, east, north], nativeZoom, nativeZoom)];
}
