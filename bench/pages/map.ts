/**
 * Issue 4 in the bench page: the app's own planner and downloader fetching officer01's offline
 * area into a fresh FerryBeatDB, and the app's household layer (one canvas) drawn on a Leaflet
 * map in a phone-sized box.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { loadMapData } from '../../src/client/map/data.ts';
import { HouseholdDots } from '../../src/client/map/householdDots.ts';
import type { Project } from '../../src/client/map/overlays.ts';
import { login } from '../../src/client/sync/login.ts';
import { startArea } from '../../src/device/db/mapAreas.ts';
import { FerryBeatDB } from '../../src/device/db/schema.ts';
import { planArea } from '../../src/device/map/areaPlan.ts';
import { downloadArea } from '../../src/device/map/download.ts';
import { fetchManifest, tileUrl } from '../../src/device/map/manifest.ts';
import { createApi } from '../../src/device/sync/api.ts';
import { pullAll } from '../../src/device/sync/pull.ts';
import type { LngLat } from '../../src/shared/entities.ts';
import { tilesCovering } from '../../src/shared/tiles.ts';

/** Signs in and pulls into `dbName` (not timed); returns the user's cells and their outlines. */
export async function mapSignIn(username: string, password: string, dbName: string) {
  const db = new FerryBeatDB(dbName);
  const api = createApi();
  const session = await login({ db, api }, { username, password, deviceName: 'bench' });
  await pullAll({ db, api });
  const grids = await db.grids.bulkGet(session.user.gridIds);
  db.close();
  const polygons = grids.flatMap((grid) => (grid ? [grid.polygon] : []));
  return { gridIds: session.user.gridIds, polygons };
}

/** Plans the area around `polygons` (zooms 12–17), then times its download into `dbName`. */
export async function mapDownload(polygons: LngLat[][], dbName: string) {
  const db = new FerryBeatDB(dbName);
  const manifest = await fetchManifest();
  const plan = planArea(manifest, polygons);
  if (!plan) throw new Error('no area to plan');
  await startArea(db, plan, manifest, new Date());
  const started = performance.now();
  const area = await downloadArea(db, plan.id);
  const ms = performance.now() - started;
  db.close();
  const { minZoom, maxZoom, tileCount, estimatedBytes } = plan;
  const { stored, missing, bytes, state } = area;
  return { minZoom, maxZoom, tileCount, estimatedBytes, stored, missing, bytes, state, ms };
}

/** The limit: the same tiles fetched 4 at a time with plain `fetch`, read, and not stored. */
export async function mapFetchOnly(polygons: LngLat[][]) {
  const plan = planArea(await fetchManifest(), polygons);
  if (!plan) throw new Error('no area to plan');
  const urls = [...tilesCovering(plan.bbox, plan.minZoom, plan.maxZoom)].map(tileUrl);
  const started = performance.now();
  let next = 0;
  const work = async () => {
    while (next < urls.length) await (await fetch(urls[next++] ?? '')).blob();
  };
  await Promise.all([work(), work(), work(), work()]);
  return performance.now() - started;
}

const frame = () =>
  new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));

/**
 * Draws the households of `dbName` with the app's `HouseholdDots` on a 360×740 map showing the
 * user's cells (the whole station for the leader), `rounds` times, each time on a new canvas.
 * The dots are drawn when shown (`buildMs`, the page's own work); `frameMs` runs from adding to
 * the animation frame that puts the canvas on screen, `totalMs` to the frame after it, which
 * begins only once that one has been painted (rasterising the canvas is the browser's work,
 * after the frame's callbacks: stopping at the first frame would leave it out).
 */
export async function drawHouseholds(dbName: string, gridIds: string[], rounds: number) {
  const db = new FerryBeatDB(dbName);
  const data = await loadMapData(db, gridIds, new Date());
  db.close();
  const box = document.createElement('div');
  box.style.cssText = 'width:360px;height:740px;position:relative';
  document.body.append(box);
  const map = L.map(box, { maxZoom: 18 });
  const project: Project = ([lng, lat]) => [lat, lng];
  const own = data.grids.filter((g) => data.ownGridIds.has(g.id));
  const cells = (own.length > 0 ? own : data.grids).flatMap((g) => g.polygon.map(project));
  map.fitBounds(L.latLngBounds(cells), { padding: [12, 12] });
  await frame();
  const samples: { buildMs: number; frameMs: number; totalMs: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const dots = new HouseholdDots().addTo(map);
    dots.show(data, project);
    const built = performance.now();
    const framed = await frame();
    const painted = await frame();
    samples.push({
      buildMs: built - started,
      frameMs: framed - started,
      totalMs: painted - started,
    });
    dots.remove();
    await frame();
  }
  map.remove();
  box.remove();
  return { households: data.households.length, samples };
}
