/**
 * The tile source's manifest (`GET /tiles/manifest.json`): what the station's map covers, at
 * which zooms, in which datum, and how big a tile is on average (for download estimates). The
 * server builds it (server/tiles/source.ts) and the device checks it with this schema, so both
 * read the one shape. Not strict: a field a newer server adds is ignored by an older app.
 */
import { z } from 'zod';
import { DATUMS } from './datum.ts';

/** The manifest's schema. */
export const mapManifest = z.object({
  name: z.string().min(1),
  format: z.literal('png'),
  tileSize: z.number().int().positive(),
  /** West, south, east, north in the source's datum. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  minzoom: z.number().int().min(0).max(24),
  maxzoom: z.number().int().min(0).max(24),
  attribution: z.string(),
  datum: z.enum(DATUMS),
  averageTileBytes: z.number().nonnegative(),
  tileCount: z.number().int().nonnegative(),
});

/** The manifest as the server sends it and the device keeps it (with each offline area). */
export type MapManifest = z.infer<typeof mapManifest>;
