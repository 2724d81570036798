/**
 * MBTiles files: map tiles in one SQLite file, rows numbered bottom-up (TMS) and a `metadata`
 * key/value table. Reading works on any MBTiles 1.x file (a `tiles` table or view); writing
 * stores each distinct image once (`map` + `images`, as the spec allows), since most of a
 * delta's tiles are the same open water. https://github.com/mapbox/mbtiles-spec
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { flipRow, type TileCoord } from '../../src/shared/tiles.ts';

/** What the file holds, counted once when it is opened. */
export interface MbtilesStats {
  tileCount: number;
  averageTileBytes: number;
  /** Lowest and highest zoom present, or null for a file without tiles. */
  minzoom: number | null;
  maxzoom: number | null;
}

/** An MBTiles file open read-only. */
export interface MbtilesReader {
  metadata: Record<string, string>;
  stats: MbtilesStats;
  /** The tile's bytes, addressed XYZ (the flip to TMS happens here), or undefined. */
  tile(coord: TileCoord): Buffer | undefined;
  close(): void;
}

/** Opens an existing MBTiles file read-only; throws if it is missing or not MBTiles. */
export function openMbtiles(path: string): MbtilesReader {
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    const rows = sqlite.prepare('SELECT name, value FROM metadata').all() as {
      name: string;
      value: string;
    }[];
    const stats = sqlite
      .prepare(
        `SELECT count(*) AS tileCount, coalesce(avg(length(tile_data)), 0) AS averageTileBytes,
           min(zoom_level) AS minzoom, max(zoom_level) AS maxzoom FROM tiles`,
      )
      .get() as MbtilesStats;
    const select = sqlite
      .prepare(
        'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
      )
      .pluck();
    return {
      metadata: Object.fromEntries(rows.map((r) => [r.name, r.value])),
      stats: { ...stats, averageTileBytes: Math.round(stats.averageTileBytes) },
      tile: ({ z, x, y }) => select.get(z, x, flipRow(z, y)) as Buffer | undefined,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw new Error(`${path} is not an MBTiles file: ${(error as Error).message}`);
  }
}

/** The metadata of an MBTiles file, or undefined if there is no readable file at `path`. */
export function readMbtilesMetadata(path: string): Record<string, string> | undefined {
  try {
    const reader = openMbtiles(path);
    reader.close();
    return reader.metadata;
  } catch {
    return undefined;
  }
}

/** An MBTiles file being written; it appears at its path only when `finish` succeeds. */
export interface MbtilesWriter {
  /** Stores a tile (XYZ address) under the image's id (equal ids, equal bytes). */
  put(coord: TileCoord, imageId: string, data: Uint8Array): void;
  /** Writes the metadata, commits and moves the file into place. */
  finish(metadata: Record<string, string>): void;
  /** Drops the unfinished file. */
  abort(): void;
}

const SCHEMA = `
  CREATE TABLE metadata (name TEXT, value TEXT);
  CREATE UNIQUE INDEX metadata_name ON metadata (name);
  CREATE TABLE images (tile_id TEXT, tile_data BLOB);
  CREATE UNIQUE INDEX images_id ON images (tile_id);
  CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
  -- the tile lookup: one tile by zoom, column and row
  CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row);
  CREATE VIEW tiles AS
    SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
           map.tile_row AS tile_row, images.tile_data AS tile_data
    FROM map JOIN images ON images.tile_id = map.tile_id;
`;

/** Starts a new MBTiles file at `path` (written beside it, replacing it on `finish`). */
export function createMbtiles(path: string): MbtilesWriter {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  const sqlite = new SQLite(temp);
  // A half-written file is thrown away, never read: no journal needed.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.exec(SCHEMA);
  sqlite.exec('BEGIN');
  const putImage = sqlite.prepare(
    'INSERT OR IGNORE INTO images (tile_id, tile_data) VALUES (?, ?)',
  );
  const putMap = sqlite.prepare(
    'INSERT OR REPLACE INTO map (zoom_level, tile_column, tile_row, tile_id) VALUES (?, ?, ?, ?)',
  );
  const putMeta = sqlite.prepare('INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)');
  return {
    put({ z, x, y }, imageId, data) {
      putImage.run(imageId, data);
      putMap.run(z, x, flipRow(z, y), imageId);
    },
    finish(metadata) {
      for (const [name, value] of Object.entries(metadata)) putMeta.run(name, value);
      sqlite.exec('COMMIT');
      sqlite.close();
      renameSync(temp, path);
    },
    abort() {
      if (sqlite.open) sqlite.close();
      rmSync(temp, { force: true });
    },
  };
}
