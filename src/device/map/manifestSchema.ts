/**
 * Checking a fetched manifest, in a file of its own: zod is loaded with it, and the map screen's
 * chunk must not wait for zod (and evaluate it) before a map without signal can paint.
 * `fetchManifest` imports this file only once an answer has arrived.
 */
import { type MapManifest, mapManifest } from '../../shared/mapManifestSchema.ts';
import { ManifestError } from './manifestError.ts';

export type { MapManifest };

/** Checks a parsed JSON manifest; throws `ManifestError('E_MANIFEST')` on a wrong shape. */
export function parseManifest(json: unknown): MapManifest {
  const result = mapManifest.safeParse(json);
  if (!result.success) throw new ManifestError('E_MANIFEST');
  return result.data;
}
