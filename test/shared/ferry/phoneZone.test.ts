import { afterEach, describe, expect, it } from 'vitest';
import { crossingBoard, departuresBetween } from '../../../src/shared/ferry/departures.ts';
import { localDate, serviceDayStart } from '../../../src/shared/ferry/serviceDay.ts';
import { at, muzhou, suspension } from './fixtures.ts';

// Phones set to far-apart zones, on both sides of the date line and with daylight saving.
const PHONE_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Europe/London',
];
const originalZone = process.env.TZ;

/** Everything the runtime answers for a few instants around a Friday night in Muzhou. */
function answers() {
  const fog = suspension('fog', '2024-06-15T00:00:00+08:00', '2024-06-15T01:00:00+08:00');
  return [
    '2024-06-14T23:50:00+08:00',
    '2024-06-15T00:30:00+08:00',
    '2024-06-15T05:00:00+08:00',
  ].map((iso) => ({
    date: localDate(at(iso), 'Asia/Shanghai'),
    start: serviceDayStart('20240614', 'America/New_York'),
    board: crossingBoard(muzhou, at(iso), { suspensions: [fog] }),
    day: departuresBetween(muzhou, at(iso), at(iso) + 86_400_000, [fog]).length,
  }));
}

describe("the phone's own time zone", () => {
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it('never changes a board, a date or a service day', (ctx) => {
    const seen = new Set<number>();
    const results = PHONE_ZONES.map((zone) => {
      process.env.TZ = zone;
      seen.add(new Date(at('2024-06-14T00:00:00Z')).getTimezoneOffset());
      return answers();
    });
    // Node applies a changed TZ at once in a forked worker; a runner that cannot is no test.
    if (seen.size < 2) ctx.skip('this runner cannot change the process time zone');
    for (const result of results) expect(result).toEqual(results[0]);
  });
});
