import { describe, expect, it } from 'vitest';
import {
  countTiles,
  estimateBytes,
  flipRow,
  isTileCoord,
  lngLatToTile,
  tileBBox,
  tileRange,
  tilesCovering,
  tileToLngLat,
} from '../../src/shared/tiles.ts';

describe('tile math', () => {
  it('finds the tile of a point as the slippy-map formula does', () => {
    // Zoom 0 is one tile; the station at zoom 11 and 17.
    expect(lngLatToTile(113.14, 22.43, 0)).toEqual({ z: 0, x: 0, y: 0 });
    expect(lngLatToTile(113.14, 22.43, 11)).toEqual({ z: 11, x: 1667, y: 893 });
    const t = lngLatToTile(113.14, 22.43, 17);
    const [west, south, east, north] = tileBBox(t);
    expect(113.14).toBeGreaterThanOrEqual(west);
    expect(113.14).toBeLessThan(east);
    expect(22.43).toBeGreaterThan(south);
    expect(22.43).toBeLessThanOrEqual(north);
  });

  it('a tile corner converts back to the same tile', () => {
    const [lng, lat] = tileToLngLat({ z: 15, x: 26_678, y: 14_311 });
    expect(lngLatToTile(lng + 1e-9, lat - 1e-9, 15)).toEqual({ z: 15, x: 26_678, y: 14_311 });
  });

  it('the tiles of a bounding box at one zoom and over a zoom range', () => {
    const bbox: [number, number, number, number] = [113.1, 22.4, 113.2, 22.47];
    const r = tileRange(bbox, 12);
    expect(r.maxX - r.minX + 1).toBe(2);
    const count = countTiles(bbox, 11, 13);
    expect([...tilesCovering(bbox, 11, 13)]).toHaveLength(count);
    // Each zoom level roughly quadruples the count of a box this size.
    expect(countTiles(bbox, 17, 17)).toBeGreaterThan(3.5 * countTiles(bbox, 16, 16));
  });

  it('flips MBTiles (TMS) rows to XYZ and back', () => {
    expect(flipRow(0, 0)).toBe(0);
    expect(flipRow(1, 0)).toBe(1);
    expect(flipRow(11, 894)).toBe(2 ** 11 - 1 - 894);
    expect(flipRow(11, flipRow(11, 894))).toBe(894);
  });

  it('estimates a download from the count and the average tile size', () => {
    expect(estimateBytes(1_000, 12_345.6)).toBe(12_345_600);
  });

  it('knows a real tile address from a bad one', () => {
    expect(isTileCoord({ z: 11, x: 1667, y: 894 })).toBe(true);
    expect(isTileCoord({ z: 1, x: 2, y: 0 })).toBe(false);
    expect(isTileCoord({ z: -1, x: 0, y: 0 })).toBe(false);
    expect(isTileCoord({ z: 3, x: 1.5, y: 0 })).toBe(false);
  });
});
