/**
 * Checking a GTFS feed before FerryBeat uses it: every file, row and field against the GTFS
 * reference (https://gtfs.org/schedule/reference/), then the links between files and the order
 * of times along each trip. All problems are reported at once, so an operator can fix a feed
 * in one go; a feed with any error is not handed on.
 */
import type { FeedFileName, FeedFiles, FeedRecords, GtfsFeed } from './feed.ts';
import type { FieldReader } from './fields.ts';
import { checkLinks } from './links.ts';
import { type FeedProblem, ProblemLog } from './problems.ts';
import {
  REQUIRED_COLUMNS,
  readAgency,
  readCalendar,
  readCalendarDate,
  readFeedInfo,
  readFrequency,
  readRoute,
  readStop,
  readStopTime,
  readTrip,
} from './records.ts';
import { readTable } from './table.ts';
import { checkTripTimes } from './tripTimes.ts';

const REQUIRED_FILES = ['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'];

/** Checks a feed's files; `feed` is null when any problem is an error. */
export function checkFeed(files: FeedFiles): { feed: GtfsFeed | null; problems: FeedProblem[] } {
  const log = new ProblemLog();
  const read = <T>(file: FeedFileName, row: (r: FieldReader) => T): T[] | null => {
    const rows = readTable(files, file, REQUIRED_COLUMNS[file], log);
    if (rows === null && REQUIRED_FILES.includes(file)) {
      log.error(file, null, null, 'required file is missing from the feed');
    } else if (rows?.length === 0 && REQUIRED_FILES.includes(file)) {
      log.error(file, null, null, 'file has a header but no rows below it');
    }
    return rows?.map(row) ?? null;
  };
  const calendars = read('calendar.txt', readCalendar);
  const calendarDates = read('calendar_dates.txt', readCalendarDate);
  if (calendars === null && calendarDates === null) {
    const message =
      'required file is missing: the feed needs calendar.txt or calendar_dates.txt to say on which days boats run';
    log.error('calendar.txt', null, null, message);
  }
  const records: FeedRecords = {
    agencies: read('agency.txt', readAgency) ?? [],
    stops: read('stops.txt', readStop) ?? [],
    routes: read('routes.txt', readRoute) ?? [],
    trips: read('trips.txt', readTrip) ?? [],
    stopTimes: read('stop_times.txt', readStopTime) ?? [],
    calendars: calendars ?? [],
    calendarDates: calendarDates ?? [],
    frequencies: read('frequencies.txt', readFrequency) ?? [],
    feedInfos: read('feed_info.txt', readFeedInfo) ?? [],
  };
  checkLinks(records, (file) => files.has(file), log);
  checkTripTimes(records.trips, records.stopTimes, records.frequencies, log);
  const problems = log.sorted();
  if (log.hasErrors) return { feed: null, problems };
  const { feedInfos, ...rest } = records;
  const timeZone = records.agencies[0]?.timeZone ?? '';
  return { feed: { timeZone, ...rest, feedInfo: feedInfos[0] ?? null }, problems };
}
