/**
 * Fetching the tile source's manifest (`GET /tiles/manifest.json`; its shape is
 * src/shared/mapManifestSchema.ts) and naming tile URLs.
 */
import type { MapManifest } from '../../shared/mapManifestSchema.ts';
import { ManifestError } from './manifestError.ts';

export type { MapManifest };

/** Where the station serves its map tiles and manifest. */
export const TILES_PATH = '/tiles';

/** Fetches and checks the manifest. */
export async function fetchManifest(fetcher: typeof fetch = fetch): Promise<MapManifest> {
  let response: Response;
  try {
    response = await fetcher(`${TILES_PATH}/manifest.json`, { cache: 'no-cache' });
  } catch {
    throw new ManifestError('E_OFFLINE');
  }
  if (!response.ok) throw new ManifestError('E_MANIFEST');
  const json = await response.json().catch(() => null);
  const { parseManifest } = await import('./manifestSchema.ts');
  return parseManifest(json);
}

/** The URL of one tile. */
export function tileUrl({ z: zoom, x, y }: { z: number; x: number; y: number }): string {
  return `${TILES_PATH}/${zoom}/${x}/${y}.png`;
}
