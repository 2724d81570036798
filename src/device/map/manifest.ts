/**
 * The tile source's manifest (`GET /tiles/manifest.json`): what the station's map covers, at
 * which zooms, in which datum, and how big a tile is on average (for download estimates).
 */
import type { MapManifest } from './manifestSchema.ts';

export type { MapManifest };

/** Where the station serves its map tiles and manifest. */
export const TILES_PATH = '/tiles';

/** A manifest that could not be read: no signal (`E_OFFLINE`) or a bad answer (`E_MANIFEST`). */
export class ManifestError extends Error {
  constructor(readonly code: 'E_OFFLINE' | 'E_MANIFEST') {
    super(code === 'E_OFFLINE' ? 'No network: the map manifest cannot be loaded' : code);
    this.name = 'ManifestError';
  }
}

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
