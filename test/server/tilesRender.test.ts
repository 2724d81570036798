/**
 * The demo station's own map tiles: single tiles drawn from its geography, and a small zoom
 * range written to an MBTiles file that the server can serve. Not the whole pyramid: that is
 * `npm run render:tiles`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { demoMap } from '../../server/tiles/demoMap.ts';
import { tileSvg } from '../../server/tiles/draw.ts';
import {
  DEMO_TILES_VERSION,
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

/** The chunks of a PNG (type and data), in order. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.subarray(at + 4, at + 8).toString('ascii'),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return chunks;
}

/**
 * The RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes), unfiltered: what the
 * tile looks like, whatever the encoder's filter and compression choices.
 */
function pngPixels(png: Buffer): Buffer {
  const { width, height } = pngSize(png);
  const chunks = pngChunks(png);
  expect(chunks[0]?.data.subarray(8, 13)).toEqual(Buffer.from([8, 6, 0, 0, 0]));
  const raw = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)),
  );
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prior = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? (row[i - 4] ?? 0) : 0;
      const b = prior[i] ?? 0;
      const c = i >= 4 ? (prior[i - 4] ?? 0) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter ?? 0
      ];
      row[i] = ((line[i] ?? 0) + (predictor ?? 0)) & 0xff;
    }
  }
  return pixels;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

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

  it('draws the same pixels as when the drawing was last changed, into a PNG with nothing time-stamped', () => {
    // Golden values: SHA-256 of the decoded RGBA pixels of two tiles of the seed's map, a plain
    // land tile and the tile of the first crossing (dashes, boat, shore). Pixels, not PNG
    // bytes, so that an encoder change in resvg does not matter; resvg draws with its own
    // rasteriser and no fonts (the tiles carry no text), so they do not depend on the machine.
    // Recorded with @resvg/resvg-js 2.6.2 on x86-64 Linux. Any change to the drawing, the
    // projection or demoMap() changes them: bump DEMO_TILES_VERSION (pyramid.ts) so servers
    // render afresh, then copy the new hashes from this test's failure message.
    const [a, b] = map.crossings[0]?.points ?? [];
    const crossingTile = lngLatToTile(
      ((a?.[0] ?? 0) + (b?.[0] ?? 0)) / 2,
      ((a?.[1] ?? 0) + (b?.[1] ?? 0)) / 2,
      15,
    );
    const land = renderDemoTile(map, landTile);
    const crossing = renderDemoTile(map, crossingTile);
    expect({
      version: DEMO_TILES_VERSION,
      land: sha256(pngPixels(land)),
      crossing: sha256(pngPixels(crossing)),
    }).toEqual({
      version: '1',
      land: '6b8babd1a21ead4e1ba064991e864d965ab5697300c002e8da9ee3f9e26aad19',
      crossing: '461fde9826c49396b9dc59e48c02eb6bf5cf63a7d8f40c30a98589871db7e7ad',
    });
    // Same pixels give the same bytes only if the PNG holds nothing else: no tIME, no text.
    for (const png of [land, crossing]) {
      expect(new Set(pngChunks(png).map((c) => c.type))).toEqual(new Set(['IHDR', 'IDAT', 'IEND']));
    }
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
