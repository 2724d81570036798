/**
 * Loads the station's ferry timetable from a GTFS feed (a .zip or a folder): read, check,
 * compile one crossing per ferry route, put each landing on its bank, and replace the
 * station's crossings, which then reach every device at its next pull. `npm run import:gtfs`
 * and the demo station's start both come through here.
 */
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { bankAt, SHORE_KM } from '../../src/shared/banks.ts';
import type { Crossing } from '../../src/shared/entities.ts';
import { checkFeed } from '../gtfs/check.ts';
import { type CompiledCrossing, compileCrossings } from '../gtfs/compile.ts';
import { type FeedProblem, ProblemLog } from '../gtfs/problems.ts';
import { readFeedFiles } from '../gtfs/read.ts';
import { listGrids, replaceCrossings, type TimetableImport } from '../store/ferries.ts';
import type { Database } from '../store/schema.ts';

/** The feed has errors; nothing was changed. `problems` lists every one (and the warnings). */
export class TimetableImportError extends Error {
  override readonly name = 'TimetableImportError';
  constructor(readonly problems: readonly FeedProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    super(`the timetable has ${errors} error${errors === 1 ? '' : 's'}; nothing was imported`);
  }
}

/** What an import did. */
export interface ImportReport {
  record: TimetableImport;
  crossings: Crossing[];
  /** Problems that did not stop the import. */
  warnings: FeedProblem[];
}

/**
 * Puts the compiled crossings on the station's banks; a landing off every bank is an error,
 * logged in `log`.
 */
function placeCrossings(
  compiled: readonly CompiledCrossing[],
  grids: Parameters<typeof bankAt>[0],
  log: ProblemLog,
): Crossing[] {
  const crossings: Crossing[] = [];
  for (const c of compiled) {
    const ends = c.stops.map((s) => [s.lon, s.lat] as [number, number]) as Crossing['ends'];
    const banks = ends.map((end) => bankAt(grids, end));
    c.stops.forEach((stop, i) => {
      if (banks[i] === null) {
        log.error(
          'stops.txt',
          stop.line,
          'stop_lat',
          `stop "${stop.id}" (${stop.name}) of route "${c.routeId}" is more than ${SHORE_KM * 1000} m from every grid cell of the station`,
        );
      }
    });
    const [a, b] = banks;
    if (!a || !b) continue;
    if (a === b) {
      log.error(
        'routes.txt',
        c.line,
        'route_id',
        `route "${c.routeId}" joins two landings on the same bank (${a}); a crossing joins two banks`,
      );
      continue;
    }
    crossings.push({
      id: c.routeId,
      name: c.name,
      bankIds: [a, b],
      ends,
      endNames: [c.stops[0].name, c.stops[1].name],
      crossingMinutes: c.typicalMinutes,
      timetable: c.timetable,
    });
  }
  return crossings;
}

/** Imports the feed at `path`; throws TimetableImportError (nothing changed) when it has errors. */
export async function importTimetable(
  db: Kysely<Database>,
  path: string,
  now: Date,
): Promise<ImportReport> {
  const files = await readFeedFiles(path);
  const checked = checkFeed(files);
  if (!checked.feed) throw new TimetableImportError(checked.problems);
  const compiled = compileCrossings(checked.feed);
  // In the order found: the checker's, the compiler's, then placing's own.
  const log = new ProblemLog();
  log.problems.push(...checked.problems, ...compiled.problems);
  const crossings = placeCrossings(compiled.crossings, await listGrids(db), log);
  // Replacing the crossings with none would wipe every device's ferries: surely a wrong file.
  if (compiled.crossings.length === 0) {
    log.error(
      'routes.txt',
      null,
      'route_type',
      'the feed has no ferry route (route_type 4 or 1200); nothing was imported',
    );
  }
  if (log.hasErrors) throw new TimetableImportError(log.problems);
  const ferryRoutes = new Set(crossings.map((c) => c.id));
  const record = await replaceCrossings(
    db,
    crossings,
    {
      source: basename(path),
      feedVersion: checked.feed.feedInfo?.version ?? null,
      trips: checked.feed.trips.filter((t) => ferryRoutes.has(t.routeId)).length,
    },
    now,
  );
  return { record, crossings, warnings: log.problems };
}
