/**
 * The manifest's schema, in a file of its own: zod is loaded with it, and the map screen's chunk
 * must not wait for zod (and evaluate it) before a map without signal can paint. `fetchManifest`
 * imports this file only once an answer has arrived.
 */
import { z } from 'zod';
import { ManifestError } from './manifest.ts';

const mapManifest = z.object({
  name: z.string().min(1),
  format: z.literal('png'),
  tileSize: z.number().int().positive(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  minzoom: z.number().int().min(0).max(24),
  maxzoom: z.number().int().min(0).max(24),
  attribution: z.string(),
  datum: z.enum(['WGS84', 'CGCS2000', 'GCJ02']),
  averageTileBytes: z.number().nonnegative(),
  tileCount: z.number().int().nonnegative(),
});

/** The manifest as the device keeps it (with each offline area, for use without signal). */
export type MapManifest = z.infer<typeof mapManifest>;

/** Checks a parsed JSON manifest; throws `ManifestError('E_MANIFEST')` on a wrong shape. */
export function parseManifest(json: unknown): MapManifest {
  const result = mapManifest.safeParse(json);
  if (!result.success) throw new ManifestError('E_MANIFEST');
  return result.data;
}
