/** A manifest, a planned area and a scripted tile server for the offline-map tests. */
import { type AreaPlan, planArea } from '../../../src/device/map/areaPlan.ts';
import type { MapManifest } from '../../../src/device/map/manifest.ts';
import type { LngLat } from '../../../src/shared/entities.ts';

/** The station's manifest, as the server would send it. */
export function manifest(over: Partial<MapManifest> = {}): MapManifest {
  return {
    name: 'station',
    format: 'png',
    tileSize: 256,
    bounds: [113.0, 22.3, 113.3, 22.6],
    minzoom: 11,
    maxzoom: 17,
    attribution: '© test',
    datum: 'WGS84',
    averageTileBytes: 12_000,
    tileCount: 5_000,
    ...over,
  };
}

/** A fetch answering tile URLs with small PNG-typed bodies; `fail(url)` decides a throw. */
export function tileServer(
  fail: (url: string, n: number) => 'ok' | 'throw' | 404 | 500 = () => 'ok',
) {
  const requests: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const verdict = fail(url, requests.length);
    if (verdict === 'throw') throw new TypeError('Failed to fetch');
    if (verdict !== 'ok') return new Response('no', { status: verdict });
    return new Response(new Blob([`png:${url}`], { type: 'image/png' }), { status: 200 });
  }) as typeof fetch;
  return { fetch: fetcher, requests };
}

/** A cell of the station, about 4 km across. */
export const cell: LngLat[] = [
  [113.1, 22.4],
  [113.14, 22.4],
  [113.14, 22.44],
];

/** The tests' clock. */
export const now = new Date('2025-03-04T10:00:00+08:00');

/** The area around `polygon` on the station's manifest, at `zooms`. */
export function plan(zooms = { minZoom: 12, maxZoom: 14 }, polygon = cell): AreaPlan {
  const planned = planArea(manifest(), [polygon], zooms);
  if (!planned) throw new Error('no plan');
  return planned;
}
