/** What a household's screen reads: its people, its visits from both sides, the officer's state. */
import { describe, expect, it } from 'vitest';
import { readHousehold } from '../../../src/client/households/detail.ts';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { addToDayPlan } from '../../../src/device/db/dayPlans.ts';
import { saveDraft } from '../../../src/device/db/drafts.ts';
import { household, makeDb, outboxEntry, page, putVisit, resident } from '../../device/fixtures.ts';

const NOW = Date.parse('2026-11-30T10:00:00+08:00');
const OFFICER = { id: 'u-officer', username: 'zhang' };

describe("a household's screen", () => {
  it('shows the household with its residents and its visits pulled and recorded here', async () => {
    const db = makeDb();
    await db.households.put(household('h1'));
    await applyPage(
      db,
      page([
        { entity: 'resident', op: 'put', id: 'r1', data: resident('r1', 'h1') },
        putVisit('v1', 'h1', '2026-11-01T09:00:00+08:00'),
        putVisit('v2', 'h2', '2026-11-02T09:00:00+08:00'),
      ]),
    );
    await db.outbox.put(
      outboxEntry('0190a000-0000-7000-8000-000000000001', 'h1', '2026-11-30T09:00:00+08:00'),
    );
    const view = await readHousehold(db, 'h1', OFFICER, NOW);
    expect(view.household?.id).toBe('h1');
    expect(view.residents.map((r) => r.id)).toEqual(['r1']);
    expect(view.visits.map((v) => [v.id, v.state, v.username])).toEqual([
      ['0190a000-0000-7000-8000-000000000001', 'waiting', 'zhang'],
      ['v1', 'synced', 'zhang'],
    ]);
    expect(view).toMatchObject({ hasDraft: false, inPlan: false });
  });

  it("offers to continue the signed-in officer's own draft, and knows today's plan", async () => {
    const db = makeDb();
    await db.households.put(household('h1'));
    await saveDraft(db, { householdId: 'h1', userId: 'u-other', form: {} });
    expect((await readHousehold(db, 'h1', OFFICER, NOW)).hasDraft).toBe(false);
    await saveDraft(db, { householdId: 'h1', userId: 'u-officer', form: {} });
    await addToDayPlan(db, 'u-officer', NOW, ['h1']);
    expect(await readHousehold(db, 'h1', OFFICER, NOW)).toMatchObject({
      hasDraft: true,
      inPlan: true,
    });
  });

  it('says so when the household is not on the device', async () => {
    const db = makeDb();
    expect(await readHousehold(db, 'gone', OFFICER, NOW)).toMatchObject({
      household: null,
      residents: [],
      visits: [],
      inPlan: false,
    });
  });
});
