/**
 * Web-Mercator map tiles (XYZ, as Leaflet and OpenStreetMap number them): which tiles cover an
 * area, and how big a download that is. MBTiles files number rows the other way up (TMS).
 * https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames · https://github.com/mapbox/mbtiles-spec
 */

/** A tile address: zoom, column, row (row 0 at the top, XYZ). */
export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** West, south, east, north in degrees (WGS-84 or whatever datum the tile source uses). */
export type BBox = [west: number, south: number, east: number, north: number];

/** Web Mercator stops short of the poles. */
const MAX_LAT = 85.051_128_78;

/** The tile containing a point at a zoom. */
export function lngLatToTile(lng: number, lat: number, z: number): TileCoord {
  const n = 2 ** z;
  const clampedLat = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const rad = (clampedLat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The north-west corner of a tile, as [lng, lat]. */
export function tileToLngLat({ z, x, y }: TileCoord): [number, number] {
  const n = 2 ** z;
  const lng = (x / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [lng, lat];
}

/** The bounds of a tile. */
export function tileBBox(tile: TileCoord): BBox {
  const [west, north] = tileToLngLat(tile);
  const [east, south] = tileToLngLat({ z: tile.z, x: tile.x + 1, y: tile.y + 1 });
  return [west, south, east, north];
}

/** The column and row ranges (inclusive) of the tiles covering a box at one zoom. */
export function tileRange(
  bbox: BBox,
  z: number,
): { minX: number; maxX: number; minY: number; maxY: number } {
  const [west, south, east, north] = bbox;
  const nw = lngLatToTile(west, north, z);
  const se = lngLatToTile(east, south, z);
  return { minX: nw.x, maxX: se.x, minY: nw.y, maxY: se.y };
}

/** How many tiles cover a box from `minZoom` to `maxZoom` inclusive. */
export function countTiles(bbox: BBox, minZoom: number, maxZoom: number): number {
  let count = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    count += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
  }
  return count;
}

/** Every tile covering a box over a zoom range, lowest zoom first, row by row. */
export function* tilesCovering(bbox: BBox, minZoom: number, maxZoom: number): Generator<TileCoord> {
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    for (let y = r.minY; y <= r.maxY; y++) {
      for (let x = r.minX; x <= r.maxX; x++) yield { z, x, y };
    }
  }
}

/** MBTiles stores rows bottom-up (TMS): row = 2^z − 1 − y, and back again. */
export function flipRow(z: number, y: number): number {
  return 2 ** z - 1 - y;
}

/** Estimated download size: tile count times the source's average tile size. */
export function estimateBytes(tileCount: number, averageTileBytes: number): number {
  return Math.round(tileCount * averageTileBytes);
}

/** A key naming one tile of one source, for storage. */
export function tileKey(source: string, { z, x, y }: TileCoord): string {
  return `${source}/${z}/${x}/${y}`;
}

/** True for a valid tile address (integers inside the zoom's grid, zoom 0…24). */
export function isTileCoord({ z, x, y }: TileCoord): boolean {
  if (![z, x, y].every(Number.isInteger) || z < 0 || z > 24) return false;
  const n = 2 ** z;
  return x >= 0 && x < n && y >= 0 && y < n;
}
