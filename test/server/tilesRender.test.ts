/**
 * The demo station's own map tiles: single tiles drawn from its geography, and a small zoom
 * range written to an MBTiles file that the server can serve. Not the whole pyramid: that is
 * `npm run render:tiles`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoMap } from '../../server/tiles/demoMap.ts';
import { tileSvg } from '../../server/tiles/draw.ts';
import {
  demoTilesAreCurrent,
  renderDemoMbtiles,
  renderDemoTile,
} from '../../server/tiles/pyramid.ts';
import { openTileSource } from '../../server/tiles/source.ts';
import { countTiles, lngLatToTile } from '../../src/shared/tiles.ts';

const SEED = 20230801;
const map = demoMap(SEED);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const middle = ([w, s, e, n]: readonly number[]) => [
  ((w ?? 0) + (e ?? 0)) / 2,
  ((s ?? 0) + (n ?? 0)) / 2,
];

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('demo map tiles', () => {
  // The middle of a grid cell is land at zoom 16; the margin's south-west corner is river.
  const cell = map.cells[0]?.bbox ?? [0, 0, 0, 0];
  const [cellLng = 0, cellLat = 0] = middle(cell);
  const landTile = lngLatToTile(cellLng, cellLat, 16);
  const waterTile = lngLatToTile(map.bbox[0], map.bbox[1], 16);

  it('draws a 256×256 PNG over land that differs from one over open water', () => {
    const land = renderDemoTile(map, landTile);
    const water = renderDemoTile(map, waterTile);
    expect(pngSize(land)).toEqual({ width: 256, height: 256 });
    expect(pngSize(water)).toEqual({ width: 256, height: 256 });
    expect(land.equals(water)).toBe(false);
    expect(tileSvg(map, waterTile)).toBeNull();
  });

  it('draws every crossing as a dashed line with a ferry symbol', () => {
    const [a, b] = map.crossings[0]?.points ?? [];
    const tile = lngLatToTile(
      ((a?.[0] ?? 0) + (b?.[0] ?? 0)) / 2,
      ((a?.[1] ?? 0) + (b?.[1] ?? 0)) / 2,
      15,
    );
    const svg = tileSvg(map, tile) ?? '';
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('<circle');
  });

  it('draws the same tile to the same bytes every time', () => {
    expect(renderDemoTile(map, landTile).equals(renderDemoTile(map, landTile))).toBe(true);
  });

  it('writes a zoom range into an MBTiles file the server serves, stamped with its seed', () => {
    dir = mkdtempSync(join(tmpdir(), 'ferrybeat-render-'));
    const path = join(dir, 'demo.mbtiles');
    const report = renderDemoMbtiles(path, { seed: SEED, minZoom: 11, maxZoom: 13 });
    expect(report.tileCount).toBe(countTiles(map.bbox, 11, 13));
    expect(report.imageCount).toBeLessThanOrEqual(report.tileCount);
    const source = openTileSource(path);
    try {
      expect(source.manifest).toMatchObject({
        format: 'png',
        minzoom: 11,
        maxzoom: 13,
        datum: 'WGS84',
        tileCount: report.tileCount,
      });
      expect(source.manifest.bounds.map((v) => v.toFixed(4))).toEqual(
        map.bbox.map((v) => v.toFixed(4)),
      );
      const centre = lngLatToTile(cellLng, cellLat, 13);
      const tile = source.tile(centre);
      expect(tile?.data.equals(renderDemoTile(map, centre))).toBe(true);
    } finally {
      source.close();
    }
    expect(demoTilesAreCurrent(path, SEED)).toBe(true);
    expect(demoTilesAreCurrent(path, SEED + 1)).toBe(false);
    expect(demoTilesAreCurrent(join(dir, 'none.mbtiles'), SEED)).toBe(false);
  });
});
