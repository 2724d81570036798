/**
 * Renders the demo station's map into an MBTiles file, zoom 11 (the whole town on a tile or
 * two) to 17 (a lane's width), for the station's extent plus a margin. Open-water tiles are all
 * alike: drawn once and stored once, like every other repeated image.
 */
import { createHash } from 'node:crypto';
import { type BBox, countTiles, type TileCoord, tilesCovering } from '../../src/shared/tiles.ts';
import { createMbtiles, readMbtilesMetadata } from '../store/mbtiles.ts';
import { type DemoMap, demoMap } from './demoMap.ts';
import { tileSvg, waterSvg } from './draw.ts';
import { svgToPng } from './raster.ts';

/** Bump when the drawing changes, so that servers render their demo tiles afresh. */
export const DEMO_TILES_VERSION = '1';
export const DEMO_MIN_ZOOM = 11;
export const DEMO_MAX_ZOOM = 17;

/** Renders one tile of the demo map to PNG bytes. */
export function renderDemoTile(map: DemoMap, tile: TileCoord): Buffer {
  return svgToPng(tileSvg(map, tile) ?? waterSvg());
}

/** Figures of a finished render. */
export interface RenderReport {
  tileCount: number;
  /** Distinct images stored (water and plain land tiles repeat). */
  imageCount: number;
  bbox: BBox;
  ms: number;
}

/** Options of `renderDemoMbtiles`. */
export interface RenderOptions {
  seed: number;
  minZoom?: number;
  maxZoom?: number;
  /** Called now and then with the tiles done so far. */
  onProgress?: (done: number, total: number) => void;
}

const idOf = (png: Uint8Array): string => createHash('sha256').update(png).digest('hex');

/** Renders the demo map into a new MBTiles file at `path` (replacing it when done). */
export function renderDemoMbtiles(path: string, options: RenderOptions): RenderReport {
  const started = performance.now();
  const { seed, minZoom = DEMO_MIN_ZOOM, maxZoom = DEMO_MAX_ZOOM, onProgress } = options;
  const map = demoMap(seed);
  const total = countTiles(map.bbox, minZoom, maxZoom);
  const water = svgToPng(waterSvg());
  const waterId = idOf(water);
  const images = new Set<string>();
  const writer = createMbtiles(path);
  let done = 0;
  try {
    for (const tile of tilesCovering(map.bbox, minZoom, maxZoom)) {
      const svg = tileSvg(map, tile);
      const png = svg ? svgToPng(svg) : water;
      const id = svg ? idOf(png) : waterId;
      writer.put(tile, id, png);
      images.add(id);
      done += 1;
      if (done % 500 === 0) onProgress?.(done, total);
    }
    const [west, south, east, north] = map.bbox;
    writer.finish({
      name: 'FerryBeat demo station',
      type: 'baselayer',
      version: DEMO_TILES_VERSION,
      description: 'Made-up geography of the FerryBeat demo station: banks, grid cells, ferries',
      format: 'png',
      bounds: [west, south, east, north].map((v) => v.toFixed(6)).join(','),
      center: `${((west + east) / 2).toFixed(6)},${((south + north) / 2).toFixed(6)},14`,
      minzoom: String(minZoom),
      maxzoom: String(maxZoom),
      attribution: 'FerryBeat demo map (made-up geography)',
      datum: 'WGS84',
      ferrybeat_seed: String(seed),
      ferrybeat_renderer: DEMO_TILES_VERSION,
    });
  } catch (error) {
    writer.abort();
    throw error;
  }
  onProgress?.(done, total);
  const ms = Math.round(performance.now() - started);
  return { tileCount: done, imageCount: images.size, bbox: map.bbox, ms };
}

/** True when the file at `path` holds the demo tiles of this seed and this renderer. */
export function demoTilesAreCurrent(path: string, seed: number): boolean {
  const meta = readMbtilesMetadata(path);
  return meta?.ferrybeat_seed === String(seed) && meta.ferrybeat_renderer === DEMO_TILES_VERSION;
}
