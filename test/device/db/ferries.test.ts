/** Crossings and suspensions as the ferry boards and a household's screen read them. */
import { describe, expect, it } from 'vitest';
import { bankCrossings, readFerries } from '../../../src/device/db/ferries.ts';
import type { Crossing } from '../../../src/shared/entities.ts';
import type { Suspension } from '../../../src/shared/ferry/timetable.ts';
import { grid, makeDb } from '../fixtures.ts';

function crossing(id: string, name: string, bankIds: [string, string]): Crossing {
  return {
    id,
    name,
    bankIds,
    ends: [
      [113.1, 22.4],
      [113.2, 22.4],
    ],
    endNames: [`${name}·甲`, `${name}·乙`],
    crossingMinutes: 5,
    timetable: { timeZone: 'Asia/Shanghai', services: [], runs: [] },
  };
}

const fog: Suspension = {
  id: 's1',
  crossingId: 'c2',
  from: '2026-11-30T08:00:00+08:00',
  until: null,
  reason: 'fog',
  note: '',
  createdAt: '2026-11-30T07:00:00+08:00',
};

describe('the ferry boards', () => {
  it('list the crossings by name, with every suspension', async () => {
    const db = makeDb();
    await db.crossings.bulkPut([
      crossing('c1', '新沙渡口', ['b1', 'b2']),
      crossing('c2', '龙泉渡口', ['b2', 'b3']),
      crossing('c3', '大洲渡口', ['b1', 'b3']),
    ]);
    await db.suspensions.put(fog);
    const { crossings, suspensions } = await readFerries(db);
    // 大 (dà), 龙 (lóng), 新 (xīn): pinyin order, as a Chinese reader looks them up.
    expect(crossings.map((c) => c.id)).toEqual(['c3', 'c2', 'c1']);
    expect(suspensions).toEqual([fog]);
  });

  it("on a household's screen, the crossings from its bank, each with the landing there", async () => {
    const db = makeDb();
    await db.grids.put({ ...grid('g1', '一格', 'v1'), bankId: 'b2' });
    await db.crossings.bulkPut([
      crossing('c1', '新沙渡口', ['b1', 'b2']),
      crossing('c2', '龙泉渡口', ['b2', 'b3']),
      crossing('c3', '大洲渡口', ['b1', 'b3']),
    ]);
    await db.suspensions.put(fog);
    const found = await bankCrossings(db, 'g1');
    expect(found.crossings.map(({ crossing, end }) => [crossing.id, end])).toEqual([
      ['c2', 0],
      ['c1', 1],
    ]);
    expect(found.suspensions).toEqual([fog]);
    expect(await bankCrossings(db, 'not-here')).toEqual({ crossings: [], suspensions: [] });
  });
});
