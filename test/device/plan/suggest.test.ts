/** The households offered to an officer whose plan for today is empty, and the plan screen's read. */
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { addToDayPlan } from '../../../src/device/db/dayPlans.ts';
import { readPlanView } from '../../../src/device/plan/planView.ts';
import { suggestHouseholds } from '../../../src/device/plan/suggest.ts';
import { household, makeDb, outboxEntry, page, putVisit } from '../fixtures.ts';
import { MORNING, station } from './station.ts';

describe('suggested households', () => {
  it("are the officer's cells not yet visited this month, cell by cell, in address order", async () => {
    const db = makeDb();
    await db.households.bulkPut([
      household('a10', { gridId: 'g1', addressText: '莲腰村 第三组 10号' }),
      household('a2', { gridId: 'g1', addressText: '莲腰村 第三组 2号' }),
      household('b1', { gridId: 'g0', addressText: '新沙村 1号' }),
      household('done', { gridId: 'g1', addressText: '莲腰村 第三组 1号' }),
      household('mine', { gridId: 'g1', addressText: '莲腰村 第三组 3号' }),
      household('away', { gridId: 'g9', addressText: '大洲村 1号' }),
    ]);
    await applyPage(db, page([putVisit('v1', 'done', '2026-11-02T09:00:00+08:00')]));
    await db.outbox.put(outboxEntry('o1', 'mine', '2026-11-29T09:00:00+08:00'));
    expect(await suggestHouseholds(db, ['g1', 'g0'], MORNING)).toEqual(['b1', 'a2', 'a10']);
    expect(await suggestHouseholds(db, ['g1', 'g0'], MORNING, 2)).toEqual(['b1', 'a2']);
  });
});

describe('the plan screen', () => {
  it('names the picks and crossings, marks those visited today, and suggests only when empty', async () => {
    const db = await station();
    expect((await readPlanView(db, 'u1', ['g1'], MORNING)).suggested).toEqual(['h1', 'h2']);
    await addToDayPlan(db, 'u1', MORNING, ['h2', 'gone']);
    await applyPage(db, page([putVisit('v1', 'h2', '2026-11-30T07:30:00+08:00')]));
    const view = await readPlanView(db, 'u1', ['g1'], MORNING);
    expect(view.plan.householdIds).toEqual(['h2', 'gone']);
    expect([...view.households.keys()]).toEqual(['h2']);
    expect([...view.crossings.keys()]).toEqual(['c1']);
    expect([...view.visited]).toEqual(['h2']);
    expect(view.suggested).toEqual([]);
  });
});
