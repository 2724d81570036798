/** The register as the screens read it: households by id, by cell, and the whole of it at once. */
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import {
  householdsByIds,
  householdsInGrids,
  readRegister,
} from '../../../src/device/db/households.ts';
import { grid, household, makeDb, page, resident, village } from '../fixtures.ts';

describe('the register on the device', () => {
  it('is read whole, residents as people rather than as their stored households', async () => {
    const db = makeDb();
    await db.villages.put(village('v1', '莲腰村'));
    await db.grids.put(grid('g1', '一格', 'v1'));
    await db.households.bulkPut([household('h1'), household('h2')]);
    await applyPage(
      db,
      page([
        { entity: 'resident', op: 'put', id: 'r1', data: resident('r1', 'h1') },
        { entity: 'resident', op: 'put', id: 'r2', data: resident('r2', 'h1') },
        { entity: 'resident', op: 'put', id: 'r3', data: resident('r3', 'h2') },
      ]),
    );
    const register = await readRegister(db);
    expect(register.villages.map((v) => v.id)).toEqual(['v1']);
    expect(register.grids.map((g) => g.id)).toEqual(['g1']);
    expect(register.households.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(register.residents.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
  });

  it("gives an officer's cells, or every household to a leader with none", async () => {
    const db = makeDb();
    await db.households.bulkPut([
      household('h1', { gridId: 'g1' }),
      household('h2', { gridId: 'g2' }),
      household('h3', { gridId: 'g3' }),
    ]);
    const ids = async (gridIds: string[]) =>
      (await householdsInGrids(db, gridIds)).map((h) => h.id).sort();
    expect(await ids(['g1', 'g3'])).toEqual(['h1', 'h3']);
    expect(await ids([])).toEqual(['h1', 'h2', 'h3']);
  });

  it('answers ids in the order asked, with a gap for one not on the device', async () => {
    const db = makeDb();
    await db.households.bulkPut([household('h1'), household('h2')]);
    const found = await householdsByIds(db, ['h2', 'gone', 'h1']);
    expect(found.map((h) => h?.id)).toEqual(['h2', undefined, 'h1']);
  });
});
