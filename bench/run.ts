/**
 * `npm run bench`: measures and prints, never passes or fails. In Debian's Chromium against
 * the real station server (loopback): issue 2's first pull; issue 3's save, drain, and sync
 * over an emulated ferry-side link beside PouchDB 9; issue 4's offline map area, the map's
 * first paint without signal and the drawing of the households; the day planner's time for a
 * 30-household day, its days against the brute-force optimum and against the list order, all
 * taken in a module worker the bench page starts (`npx tsx bench/planMain.ts` runs the same
 * in Node, without a browser).
 *
 * Then issue 10's Lighthouse run of the signed-in household list (its own station server and
 * browser profile) and the start-up JavaScript of the built app (no browser).
 *
 * BENCH_ROUNDS (default 3) repeats FerryBeat's runs; BENCH_POUCH_ROUNDS (default 1) PouchDB's;
 * BENCH_MAP_ROUNDS (default 5) the map's cold loads and household drawings;
 * BENCH_LIGHTHOUSE_ROUNDS (default 3) Lighthouse's runs of each page state. BENCH_ONLY runs
 * some parts only, named with commas: pull, save, ferry, drain, map-area, first-paint,
 * households, planner, lighthouse, bundle (for example `BENCH_ONLY=first-paint npm run bench`).
 */
import fastifyStatic from '@fastify/static';
import { PUSH_BATCH_SIZE } from '../src/device/sync/engine.ts';
import { CHROMIUM_PATH, launchChromium, phoneContext } from '../test/support/chromium.ts';
import { startStationServer } from '../test/support/stationServer.ts';
import { printComparisons } from './compare.ts';
import { startCouchServer } from './couchServer.ts';
import { benchDrain } from './drain.ts';
import { comparePull, comparePush } from './ferry.ts';
import { benchMapFirstPaint } from './firstPaint.ts';
import { benchLighthouse } from './lighthouse.ts';
import { emulatedLink } from './link.ts';
import { benchHouseholds, benchMapArea, renderMapTiles } from './map.ts';
import { buildBenchPage, PAGE_DIR } from './page.ts';
import { benchPlannerInWorker } from './planner.ts';
import { benchPull } from './pull.ts';
import { benchSave } from './save.ts';
import { benchStartupJs } from './startupJs.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POUCH_ROUNDS = Number(process.env.BENCH_POUCH_ROUNDS ?? 1);
const MAP_ROUNDS = Number(process.env.BENCH_MAP_ROUNDS ?? 5);
const LIGHTHOUSE_ROUNDS = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 3);
const SAVE_CALLS = 200;
const POUCH_SIZES = [100, 500, 1000, 2000, 5000];
/** Push batch sizes tried beside the app's own; those over the server's maximum are skipped. */
const PUSH_SIZES = [500, 1000].filter((size) => size !== PUSH_BATCH_SIZE);
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
/** Whether the part named `part` runs this time. */
const runs = (part: string) => !ONLY || ONLY.includes(part);
/** The parts that need the bench page, its browser and the map's tiles. */
const PAGE_PARTS = [
  'pull',
  'save',
  'ferry',
  'drain',
  'map-area',
  'first-paint',
  'households',
  'planner',
];

if (PAGE_PARTS.some(runs)) await benchInPage();
if (runs('lighthouse')) {
  // A station of its own: the drain above adds visits to officer01's pull.
  const server = await startStationServer();
  try {
    await benchLighthouse(server, LIGHTHOUSE_ROUNDS);
  } finally {
    await server.close();
  }
}
if (runs('bundle')) benchStartupJs();

/** Issues 2–4 and the planner: the bench page in one browser against one station server. */
async function benchInPage(): Promise<void> {
  await buildBenchPage();
  console.log(`Chromium: ${CHROMIUM_PATH}; rounds: ${ROUNDS} (median shown)`);
  const couch = startCouchServer();
  const tiles = renderMapTiles();
  const server = await startStationServer({
    tilesPath: tiles.path,
    beforeListen: async (app) => {
      await app.register(fastifyStatic, {
        root: PAGE_DIR,
        prefix: '/bench/',
        decorateReply: false,
      });
      couch.mount(app);
    },
  });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}bench/`);
    await page.waitForFunction(() => 'bench' in window);
    const ferry = {
      page,
      server,
      couch,
      rounds: ROUNDS,
      pouchRounds: POUCH_ROUNDS,
      pouchSizes: POUCH_SIZES,
    };

    if (runs('pull')) await benchPull(page, ROUNDS);
    if (runs('save')) await benchSave(page, SAVE_CALLS);
    const overLink = await emulatedLink(page);
    // The pull before any drain: drained visits would join officer01's first pull.
    const pull = runs('ferry') ? await overLink(() => comparePull(ferry)) : null;
    if (runs('drain')) await benchDrain(page, server, ROUNDS);
    if (pull) printComparisons([await overLink(() => comparePush(ferry, PUSH_SIZES)), pull]);

    if (runs('map-area')) await benchMapArea(page, overLink, ROUNDS);
    if (runs('first-paint')) await benchMapFirstPaint(browser, server, MAP_ROUNDS);
    if (runs('households')) {
      const phone = await (await phoneContext(browser)).newPage();
      await phone.goto(`${server.url}bench/`);
      await phone.waitForFunction(() => 'bench' in window);
      await benchHouseholds(phone, MAP_ROUNDS);
    }
    if (runs('planner')) await benchPlannerInWorker(page);
  } finally {
    await browser.close();
    await server.close();
    couch.close();
    tiles.remove();
  }
}
