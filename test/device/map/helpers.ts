/** A manifest and a scripted tile server for the offline-map tests. */
import type { MapManifest } from '../../../src/device/map/manifest.ts';

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
