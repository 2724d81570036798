/** What the map draws from the device: cells, households, who was visited this month. */
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/client/app/router.ts';
import { loadMapData } from '../../../src/client/map/data.ts';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { household, makeDb, outboxEntry, page, putVisit } from '../../device/fixtures.ts';

describe('households visited this month on the map', () => {
  it('marks a household visited by a pulled visit or one still in the outbox', async () => {
    const db = makeDb();
    await db.households.bulkPut([household('h1'), household('h2'), household('h3')]);
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2025-03-02T09:00:00+08:00'),
        putVisit('v0', 'h3', '2025-02-27T09:00:00+08:00'),
      ]),
    );
    await db.outbox.put(outboxEntry('o1', 'h2', '2025-03-03T09:00:00+08:00'));
    const data = await loadMapData(db, ['g1'], new Date('2025-03-04T10:00:00+08:00'));
    expect([...data.visited].sort()).toEqual(['h1', 'h2']);
    expect(data.households.map((h) => h.id).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(data.ownGridIds.has('g1')).toBe(true);
  });

  it('counts a month at the station, whatever offset the visits were written with', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('early', 'h1', '2025-03-01T00:30:00+08:00'),
        putVisit('utc', 'h2', '2025-02-28T16:30:00.000Z'),
        putVisit('before', 'h3', '2025-02-28T23:30:00+08:00'),
        putVisit('old', 'h4', '2024-12-01T09:00:00+08:00'),
      ]),
    );
    const data = await loadMapData(db, [], new Date('2025-03-04T10:00:00+08:00'));
    expect([...data.visited].sort()).toEqual(['h1', 'h2']);
  });

  it('routes #/map, with a household to centre on', () => {
    expect(parseRoute('#/map')).toEqual({ name: 'map', householdId: null });
    expect(parseRoute('#/map?household=h%201')).toEqual({ name: 'map', householdId: 'h 1' });
  });
});
