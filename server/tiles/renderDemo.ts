/**
 * Build step: renders the demo station's map tiles into an MBTiles file.
 * `npm run render:tiles [-- out.mbtiles]`; by default `DATA_DIR/demo-tiles.mbtiles` with
 * `DEMO_SEED`, the file `npm start` serves in demo mode (it renders it itself when missing).
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../config.ts';
import { renderDemoMbtiles } from './pyramid.ts';

/** Where demo mode keeps its rendered tiles. */
export function demoTilesPath(dataDir: string): string {
  return join(dataDir, 'demo-tiles.mbtiles');
}

/** Renders with progress on stdout and a closing line of figures. */
export function renderDemoTilesLoudly(path: string, seed: number): void {
  console.log(`Rendering the demo map tiles (seed ${seed}) into ${path} …`);
  const report = renderDemoMbtiles(path, {
    seed,
    onProgress: (done, total) => console.log(`  ${done}/${total} tiles`),
  });
  const mb = (statSync(path).size / 1e6).toFixed(1);
  console.log(
    `Rendered ${report.tileCount} tiles (${report.imageCount} distinct images, ${mb} MB) ` +
      `in ${(report.ms / 1000).toFixed(1)} s`,
  );
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const config = readConfig(process.env, process.argv);
  const out = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  renderDemoTilesLoudly(out ? resolve(out) : demoTilesPath(config.dataDir), config.demoSeed);
}
