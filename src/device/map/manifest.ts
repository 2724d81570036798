/**
 * The tile source's manifest (`GET /tiles/manifest.json`): what the station's map covers, at
 * which zooms, in which datum, and how big a tile is on average (for download estimates).
 */
import { z } from 'zod';

/** Where the station serves its map tiles and manifest. */
export const TILES_PATH = '/tiles';

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

/** A manifest that could not be read: no signal (`E_OFFLINE`) or a bad answer (`E_MANIFEST`). */
export class ManifestError extends Error {
  constructor(readonly code: 'E_OFFLINE' | 'E_MANIFEST') {
    super(code === 'E_OFFLINE' ? 'No network: the map manifest cannot be loaded' : code);
    this.name = 'ManifestError';
  }
}

/** Checks a parsed JSON manifest; throws `ManifestError('E_MANIFEST')` on a wrong shape. */
export function parseManifest(json: unknown): MapManifest {
  const result = mapManifest.safeParse(json);
  if (!result.success) throw new ManifestError('E_MANIFEST');
  return result.data;
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
  return parseManifest(await response.json().catch(() => null));
}

/** The URL of one tile. */
export function tileUrl({ z: zoom, x, y }: { z: number; x: number; y: number }): string {
  return `${TILES_PATH}/${zoom}/${x}/${y}.png`;
}
