/**
 * The map tiles a server hands out: an MBTiles file, its manifest (what the app needs to plan a
 * download and to line overlays up), and an ETag per tile so that phones revalidate cheaply.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { DATUMS, type Datum } from '../../src/shared/datum.ts';
import type { MapManifest } from '../../src/shared/mapManifestSchema.ts';
import type { BBox, TileCoord } from '../../src/shared/tiles.ts';
import { isOneOf } from '../../src/shared/vocabulary.ts';
import { type MbtilesReader, openMbtiles } from '../store/mbtiles.ts';

/** A tile's bytes and its ETag (quoted, as the header carries it). */
export interface Tile {
  data: Buffer;
  etag: string;
}

/** Tiles and their manifest (`GET /tiles/manifest.json`), served by `routes/tiles.ts`. */
export interface TileSource {
  manifest: MapManifest;
  /** Only the ETag, from memory when the tile was served before; undefined if no such tile. */
  etag(coord: TileCoord): string | undefined;
  tile(coord: TileCoord): Tile | undefined;
  close(): void;
}

const WORLD: BBox = [-180, -85.051_129, 180, 85.051_129];
// ~16 bytes of key and tag each: a few hundred kB at most, enough for a station's tiles.
const ETAG_CACHE = 20_000;

function parseBounds(value: string | undefined): BBox {
  const parts = value?.split(',').map(Number);
  if (parts?.length !== 4 || !parts.every(Number.isFinite)) return WORLD;
  return parts as BBox;
}

/** The declared datum; 'wgs-84', 'GCJ-02' and the like are accepted. */
function parseDatum(value: string | undefined, path: string): Datum {
  if (value === undefined) return 'WGS84';
  const datum = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!isOneOf(DATUMS, datum)) {
    throw new Error(`${path}: metadata datum "${value}" is not one of ${DATUMS.join(', ')}`);
  }
  return datum;
}

function zoomOf(value: string | undefined, fallback: number | null): number {
  const zoom = Number(value ?? Number.NaN);
  return Number.isInteger(zoom) ? zoom : (fallback ?? 0);
}

function manifestOf(reader: MbtilesReader, path: string): MapManifest {
  const { metadata: meta, stats } = reader;
  if (meta.format !== undefined && meta.format !== 'png') {
    throw new Error(`${path} holds ${meta.format} tiles; FerryBeat serves png tiles only`);
  }
  return {
    name: meta.name ?? basename(path, '.mbtiles'),
    format: 'png',
    tileSize: 256,
    bounds: parseBounds(meta.bounds),
    minzoom: zoomOf(meta.minzoom, stats.minzoom),
    maxzoom: zoomOf(meta.maxzoom, stats.maxzoom),
    attribution: meta.attribution ?? '',
    datum: parseDatum(meta.datum, path),
    averageTileBytes: stats.averageTileBytes,
    tileCount: stats.tileCount,
  };
}

/** A short strong ETag of the bytes. */
export function etagOf(data: Uint8Array): string {
  return `"${createHash('sha256').update(data).digest('base64url').slice(0, 22)}"`;
}

/** Opens the MBTiles file at `path`; throws with a message naming the file when it can't. */
export function openTileSource(path: string): TileSource {
  const reader = openMbtiles(path);
  let manifest: MapManifest;
  try {
    manifest = manifestOf(reader, path);
  } catch (error) {
    reader.close();
    throw error;
  }
  // Tile files never change while open, so a tile's tag is computed once (bounded cache).
  const etags = new Map<string, string>();
  const tile = (coord: TileCoord): Tile | undefined => {
    const data = reader.tile(coord);
    if (!data) return undefined;
    const key = `${coord.z}/${coord.x}/${coord.y}`;
    let etag = etags.get(key);
    if (etag === undefined) {
      etag = etagOf(data);
      if (etags.size >= ETAG_CACHE) etags.delete(etags.keys().next().value ?? '');
      etags.set(key, etag);
    }
    return { data, etag };
  };
  return {
    manifest,
    etag: (coord) => etags.get(`${coord.z}/${coord.x}/${coord.y}`) ?? tile(coord)?.etag,
    tile,
    close: () => reader.close(),
  };
}
