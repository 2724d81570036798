/**
 * `npm run import:gtfs -- <feed.zip or folder>`: loads a ferry timetable into the station's
 * store under DATA_DIR (the server may be running: SQLite lets the two take turns). Prints
 * every problem with file, line and field; exits 1 and changes nothing when any is an error.
 */
import { join, resolve } from 'node:path';
import { formatProblem } from '../gtfs/problems.ts';
import { FeedReadError } from '../gtfs/read.ts';
import { DATABASE_FILE, migrate, openSqlite } from '../store/database.ts';
import { isStationEmpty } from '../store/station.ts';
import { importTimetable, TimetableImportError } from './import.ts';

const path = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!path) {
  console.error('Usage: npm run import:gtfs -- <feed.zip or folder>');
  process.exit(2);
}

// DATA_DIR alone: the server's other settings (PORT, …) are not this command's business.
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const handle = openSqlite(join(dataDir, DATABASE_FILE));
try {
  await migrate(handle.db);
  if (await isStationEmpty(handle.db)) {
    throw new Error(
      `the store in ${dataDir} holds no station yet: start the server once, or set DATA_DIR`,
    );
  }
  const report = await importTimetable(handle.db, path, new Date());
  for (const warning of report.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  const { record } = report;
  console.log(
    `Imported ${record.crossings} crossings and ${record.trips} trips from ${record.source}` +
      `${record.feedVersion ? ` (feed version ${record.feedVersion})` : ''}. ` +
      'Devices receive them at their next sync.',
  );
} catch (error) {
  if (error instanceof TimetableImportError) {
    for (const problem of error.problems) {
      console.error(`${problem.severity}: ${formatProblem(problem)}`);
    }
    console.error(`\n${error.message}.`);
  } else if (error instanceof FeedReadError) {
    console.error(error.message);
  } else {
    console.error(`The import failed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
} finally {
  await handle.db.destroy();
}
