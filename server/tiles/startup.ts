/**
 * Which tiles a starting server serves: the MBTiles file named by MBTILES; else, in demo mode,
 * the demo station's own map, rendered into DATA_DIR first when missing or from another seed;
 * else (production without MBTILES) none.
 */
import type { Config } from '../config.ts';
import { openTileSource, type TileSource } from './source.ts';

/** Opens (rendering first if needed) the tiles to serve; throws with a message to act on. */
export async function prepareTiles(config: Config): Promise<TileSource | undefined> {
  if (config.mbtiles) {
    try {
      return openTileSource(config.mbtiles);
    } catch (error) {
      throw new Error(`MBTILES: ${(error as Error).message}`);
    }
  }
  if (config.production) return undefined;
  // Loaded only here: a production server never needs the renderer.
  const { demoTilesAreCurrent } = await import('./pyramid.ts');
  const { demoTilesPath, renderDemoTilesLoudly } = await import('./renderDemo.ts');
  const path = demoTilesPath(config.dataDir);
  if (!demoTilesAreCurrent(path, config.demoSeed)) renderDemoTilesLoudly(path, config.demoSeed);
  return openTileSource(path);
}
