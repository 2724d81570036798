/**
 * Map tiles from an MBTiles file: a small file built here with the standard `metadata` and
 * `tiles` tables (rows bottom-up, as MBTiles stores them) served through the real app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { makeContext } from '../../server/context.ts';
import { migrate, openSqlite } from '../../server/store/database.ts';
import { openTileSource, type TileSource } from '../../server/tiles/source.ts';
import { flipRow } from '../../src/shared/tiles.ts';

// Two 1×1 PNGs, red and blue.
const RED = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP8z8DwHwAFBQIAgJbjwgAAAABJRU5ErkJggg==',
  'base64',
);
const BLUE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNkYPj/HwADBwIA73jVcQAAAABJRU5ErkJggg==',
  'base64',
);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Writes an MBTiles file: red at XYZ 2/1/0, blue at XYZ 2/1/3 (TMS rows 3 and 0). */
function writeMbtiles(dir: string, metadata: Record<string, string>): string {
  const path = join(dir, 'station.mbtiles');
  const db = new SQLite(path);
  db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
    CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
    CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);`);
  const meta = db.prepare('INSERT INTO metadata VALUES (?, ?)');
  for (const [name, value] of Object.entries(metadata)) meta.run(name, value);
  const tile = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
  tile.run(2, 1, flipRow(2, 0), RED);
  tile.run(2, 1, flipRow(2, 3), BLUE);
  db.close();
  return path;
}

/** The app over an empty store, serving the tiles of `metadata` (or none when null). */
async function startApp(metadata: Record<string, string> | null): Promise<FastifyInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-tiles-'));
  const handle = openSqlite(join(dir, 'test.sqlite'));
  await migrate(handle.db);
  const tiles: TileSource | undefined = metadata
    ? openTileSource(writeMbtiles(dir, metadata))
    : undefined;
  const ctx = makeContext(handle, { photoDir: join(dir, 'photos'), ...(tiles ? { tiles } : {}) });
  const app = await buildApp(ctx);
  cleanups.push(async () => {
    await app.close();
    tiles?.close();
    await handle.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  return app;
}

const STATION = {
  name: '睦洲 extract',
  format: 'png',
  bounds: '113.05,22.35,113.23,22.5',
  minzoom: '2',
  maxzoom: '2',
  attribution: '© 江门市测绘',
  datum: 'GCJ02',
};

describe('map tiles', () => {
  it('serves the tile at an XYZ address from its bottom-up MBTiles row, cacheable for a day', async () => {
    const app = await startApp(STATION);
    const top = await app.inject('/tiles/2/1/0.png');
    expect(top.statusCode).toBe(200);
    expect(top.headers['content-type']).toBe('image/png');
    expect(top.headers['cache-control']).toBe('public, max-age=86400');
    expect(top.rawPayload.equals(RED)).toBe(true);
    const bottom = await app.inject('/tiles/2/1/3.png');
    expect(bottom.rawPayload.equals(BLUE)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match and the tile to any other', async () => {
    const app = await startApp(STATION);
    const first = await app.inject('/tiles/2/1/0.png');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{8,}"$/);
    expect((await app.inject('/tiles/2/1/3.png')).headers.etag).not.toBe(etag);
    const again = await app.inject({ url: '/tiles/2/1/0.png', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const listed = await app.inject({
      url: '/tiles/2/1/0.png',
      headers: { 'if-none-match': `"other", W/${etag}` },
    });
    expect(listed.statusCode).toBe(304);
    const stale = await app.inject({
      url: '/tiles/2/1/0.png',
      headers: { 'if-none-match': '"stale"' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(RED)).toBe(true);
  });

  it('answers a tile the map does not hold with 404 E_NOT_FOUND', async () => {
    const app = await startApp(STATION);
    for (const url of ['/tiles/2/0/0.png', '/tiles/3/1/0.png', '/tiles/2/1']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('E_NOT_FOUND');
    }
    const revalidate = await app.inject({
      url: '/tiles/2/0/0.png',
      headers: { 'if-none-match': '*' },
    });
    expect(revalidate.statusCode).toBe(404);
  });

  it.each([
    ['/tiles/25/0/0.png', 'z'],
    ['/tiles/a/0/0.png', 'z'],
    ['/tiles/-1/0/0.png', 'z'],
    ['/tiles/2/4/0.png', 'x'],
    ['/tiles/2/1.5/0.png', 'x'],
    ['/tiles/2/1/4.png', 'y'],
    ['/tiles/2/1/0.5.png', 'y'],
    ['/tiles/2/1/x.png', 'y'],
    ['/tiles/2/1/0.jpg', 'format'],
    ['/tiles/2/1/0', 'format'],
  ])('refuses %s with 400 E_INVALID naming %s', async (url, field) => {
    const app = await startApp(STATION);
    const res = await app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'E_INVALID', field });
  });

  it('describes the map in its manifest', async () => {
    const app = await startApp(STATION);
    const res = await app.inject('/tiles/manifest.json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: '睦洲 extract',
      format: 'png',
      tileSize: 256,
      bounds: [113.05, 22.35, 113.23, 22.5],
      minzoom: 2,
      maxzoom: 2,
      attribution: '© 江门市测绘',
      datum: 'GCJ02',
      averageTileBytes: Math.round((RED.length + BLUE.length) / 2),
      tileCount: 2,
    });
  });

  it('takes WGS84 and the zooms present when the metadata does not say', async () => {
    const app = await startApp({ name: 'bare' });
    const manifest = (await app.inject('/tiles/manifest.json')).json();
    expect(manifest).toMatchObject({ datum: 'WGS84', minzoom: 2, maxzoom: 2, attribution: '' });
  });

  it('answers 404 on tiles and on the manifest when no tiles are configured', async () => {
    const app = await startApp(null);
    const tile = await app.inject('/tiles/2/1/0.png');
    expect(tile.statusCode).toBe(404);
    expect(tile.json().error.code).toBe('E_NOT_FOUND');
    const manifest = await app.inject('/tiles/manifest.json');
    expect(manifest.statusCode).toBe(404);
    expect(manifest.json().error).toMatchObject({ code: 'E_NOT_FOUND' });
    expect(manifest.json().error.message).toContain('MBTILES');
  });

  it('refuses to open a file of another datum or format with a message naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-tiles-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    expect(() => openTileSource(writeMbtiles(dir, { datum: 'Beijing54' }))).toThrow(/datum/);
    expect(() => openTileSource(join(dir, 'missing.mbtiles'))).toThrow(/missing\.mbtiles/);
  });
});
