/**
 * Loads the demo station into an empty store the way a real station is loaded: the records,
 * then the ferry timetable written as a GTFS feed (DATA_DIR/demo-gtfs.zip) and read back
 * through the same importer as `npm run import:gtfs`, so the importer runs at every demo start.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { importTimetable } from '../ferries/import.ts';
import { feedToZip } from '../gtfs/write.ts';
import type { Database } from '../store/schema.ts';
import { loadStation } from '../store/station.ts';
import { demoFerryFeed } from './ferries.ts';
import type { DemoStation } from './station.ts';

/** Where the demo station's GTFS feed is written under the data folder. */
export const DEMO_FEED_FILE = 'demo-gtfs.zip';

/** Writes the station and imports its timetable; returns the crossings imported. */
export async function loadDemoStation(
  db: Kysely<Database>,
  station: DemoStation,
  options: { passwordHash: string; dataDir: string; now: Date },
): Promise<number> {
  await loadStation(db, station, options.passwordHash, options.now);
  await mkdir(options.dataDir, { recursive: true });
  const path = join(options.dataDir, DEMO_FEED_FILE);
  await writeFile(path, feedToZip(demoFerryFeed(station.ferryCrossings, { today: options.now })));
  const report = await importTimetable(db, path, options.now);
  return report.crossings.length;
}
