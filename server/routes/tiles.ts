/**
 * Map tiles: `GET /tiles/{z}/{x}/{y}.png` (XYZ numbering, as Leaflet asks) and
 * `GET /tiles/manifest.json`. Tiles are public map imagery without personal data, so no
 * sign-in is needed: the app loads them as plain images. A tile never changes while the server
 * runs, so phones may keep it a day and then revalidate with its ETag.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';
import type { TileCoord } from '../../src/shared/tiles.ts';
import type { ServerContext } from '../context.ts';
import type { TileSource } from '../tiles/source.ts';

const TILE_CACHE = 'public, max-age=86400';
const MAX_ZOOM = 24;

function notConfigured(): ApiError {
  return new ApiError(
    'E_NOT_FOUND',
    'this server has no map tiles; set MBTILES to an MBTiles file and restart it',
    404,
  );
}

function wholeNumber(field: 'z' | 'x' | 'y', text: string, below: number): number {
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value)) {
    throw new ApiError('E_INVALID', `${field} must be a whole number, got "${text}"`, 400, field);
  }
  if (value >= below) {
    throw new ApiError('E_INVALID', `${field} must be 0…${below - 1}, got ${value}`, 400, field);
  }
  return value;
}

/** The tile address from the path, or a 400 naming the field at fault. */
export function parseTilePath(z: string, x: string, file: string): TileCoord {
  const zoom = wholeNumber('z', z, MAX_ZOOM + 1);
  const size = 2 ** zoom;
  const column = wholeNumber('x', x, size);
  const dot = file.lastIndexOf('.');
  const row = wholeNumber('y', dot < 0 ? file : file.slice(0, dot), size);
  if (dot < 0 || file.slice(dot) !== '.png') {
    throw new ApiError('E_INVALID', `tiles are PNG: ask for ${z}/${x}/${row}.png`, 400, 'format');
  }
  return { z: zoom, x: column, y: row };
}

/** True when `If-None-Match` names the tag (a list, weak tags and `*` included). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function sendTile(source: TileSource, coord: TileCoord, req: FastifyRequest, reply: FastifyReply) {
  const missing = () =>
    new ApiError('E_NOT_FOUND', `no tile ${coord.z}/${coord.x}/${coord.y} on this map`, 404);
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) {
    const etag = source.etag(coord);
    if (etag === undefined) throw missing();
    if (matches(ifNoneMatch, etag)) {
      return reply.code(304).header('etag', etag).header('cache-control', TILE_CACHE).send();
    }
  }
  const tile = source.tile(coord);
  if (!tile) throw missing();
  return reply
    .header('content-type', 'image/png')
    .header('etag', tile.etag)
    .header('cache-control', TILE_CACHE)
    .send(tile.data);
}

/** Registers the tile and manifest routes; without tiles in `ctx` both answer 404. */
export function tileRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/tiles/manifest.json', async (_req, reply) => {
    if (!ctx.tiles) throw notConfigured();
    // Small and cheap: revalidated on every load, so a new map file shows at once.
    reply.header('cache-control', 'no-cache');
    return ctx.tiles.manifest;
  });

  app.get<{ Params: { z: string; x: string; file: string } }>(
    '/tiles/:z/:x/:file',
    async (req, reply) => {
      const coord = parseTilePath(req.params.z, req.params.x, req.params.file);
      if (!ctx.tiles) throw notConfigured();
      return sendTile(ctx.tiles, coord, req, reply);
    },
  );

  // Anything else under /tiles/ is a wrong address, not a page of the app.
  app.get('/tiles/*', async (req) => {
    throw new ApiError('E_NOT_FOUND', `no route GET ${req.url.split('?')[0]}`, 404);
  });
}
