/** A small good ferry feed to break on purpose: two landings, one route, weekday boats. */
import type { FeedFiles } from '../../../server/gtfs/feed.ts';

/** CSV text from lines, LF-separated. */
export const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

const GOOD: Record<string, string> = {
  'agency.txt': csv(
    'agency_id,agency_name,agency_url,agency_timezone,agency_lang',
    'mz,睦洲渡运,https://muzhou-ferry.example/,Asia/Shanghai,zh',
  ),
  'stops.txt': csv(
    'stop_id,stop_name,stop_lat,stop_lon',
    'n,莲腰渡口·北岸,22.4300,113.1000',
    's,莲腰渡口·南岸,22.4260,113.1000',
  ),
  'routes.txt': csv(
    'route_id,agency_id,route_short_name,route_long_name,route_type',
    'r1,mz,,莲腰渡口,4',
  ),
  'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r1,wk,t2'),
  'stop_times.txt': csv(
    'trip_id,arrival_time,departure_time,stop_id,stop_sequence',
    't1,07:00:00,07:00:00,n,1',
    't1,07:08:00,07:08:00,s,2',
    't2,07:15:00,07:15:00,s,1',
    't2,07:23:00,07:23:00,n,2',
  ),
  'calendar.txt': csv(
    'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
    'wk,1,1,1,1,1,0,0,20260101,20261231',
  ),
};

/** The good feed with some files replaced, or left out when given null. */
export function feedWith(changes: Record<string, string | null> = {}): FeedFiles {
  const files: FeedFiles = new Map(Object.entries(GOOD));
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) files.delete(name);
    else files.set(name, text);
  }
  return files;
}
