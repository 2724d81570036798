/** A small station for the plan tests: two cells on two banks, one crossing, two households. */
import type { FerryBeatDB } from '../../../src/device/db/schema.ts';
import type { Crossing, Grid, LngLat, Village } from '../../../src/shared/entities.ts';
import { household, makeDb } from '../fixtures.ts';

/** 08:00 on 30 Nov 2026 at the station (a Monday). */
export const MORNING = Date.parse('2026-11-30T08:00:00+08:00');

const square = (x: number): LngLat[] => [
  [x, 22.4],
  [x + 0.01, 22.4],
  [x + 0.01, 22.41],
  [x, 22.41],
];
const grids: Grid[] = [
  { id: 'g1', name: '一格', villageId: 'v1', bankId: 'b1', polygon: square(113.1) },
  { id: 'g2', name: '二格', villageId: 'v2', bankId: 'b2', polygon: square(113.12) },
];
const villages: Village[] = [
  { id: 'v1', name: '莲腰村', kind: 'village', bankId: 'b1', office: [113.105, 22.405] },
  { id: 'v2', name: '睦洲社区', kind: 'community', bankId: 'b2', office: [113.125, 22.405] },
];
const crossing: Crossing = {
  id: 'c1',
  name: '甲渡口',
  bankIds: ['b1', 'b2'],
  ends: [
    [113.109, 22.405],
    [113.121, 22.405],
  ],
  endNames: ['甲渡口·西岸', '甲渡口·东岸'],
  crossingMinutes: 5,
  timetable: {
    timeZone: 'Asia/Shanghai',
    services: [
      { id: 'd', weekdays: '1111111', start: '20260101', end: '20271231', added: [], removed: [] },
    ],
    runs: ([0, 1] as const).map((from) => ({
      serviceId: 'd',
      from,
      duration: 300,
      times: [9 * 3600, 10 * 3600, 11 * 3600],
      frequencies: [],
    })),
  },
};

/** A database holding the station: cells g1 (bank b1) and g2 (b2), crossing c1, h1 and h2 in g1. */
export async function station(): Promise<FerryBeatDB> {
  const db = makeDb();
  await db.grids.bulkPut(grids);
  await db.villages.bulkPut(villages);
  await db.crossings.put(crossing);
  await db.households.bulkPut([
    household('h1', { gridId: 'g1', location: [113.103, 22.403] }),
    household('h2', { gridId: 'g1', location: [113.107, 22.407] }),
  ]);
  return db;
}
