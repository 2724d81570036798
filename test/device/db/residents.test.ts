import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { residentsOf } from '../../../src/device/db/residents.ts';
import type { Change, PullResponse } from '../../../src/shared/protocol.ts';
import { makeDb, resident } from '../fixtures.ts';

const pageOf = (changes: Change[], reset = false): PullResponse => ({
  changes,
  cursor: 'c',
  hasMore: true,
  reset,
  remaining: 0,
});
const put = (id: string, householdId: string, name = id): Change => ({
  entity: 'resident',
  op: 'put',
  id,
  data: resident(id, householdId, { name }),
});

describe('residents stored per household', () => {
  it('residents of one household arriving on different pages end up together', async () => {
    const db = makeDb();
    await applyPage(db, pageOf([put('r1', 'h1'), put('r2', 'h2')], true));
    await applyPage(db, pageOf([put('r3', 'h1')]));
    expect((await residentsOf(db, 'h1')).map((r) => r.id).sort()).toEqual(['r1', 'r3']);
    expect(await db.residents.count()).toBe(2);
  });

  it('an updated resident replaces the old version instead of adding a second', async () => {
    const db = makeDb();
    await applyPage(db, pageOf([put('r1', 'h1', '旧名')], true));
    await applyPage(db, pageOf([put('r1', 'h1', '新名')]));
    expect((await residentsOf(db, 'h1')).map((r) => r.name)).toEqual(['新名']);
  });

  it('a resident who moved to another household leaves the old one', async () => {
    const db = makeDb();
    await applyPage(db, pageOf([put('r1', 'h1'), put('r2', 'h1')], true));
    await applyPage(db, pageOf([put('r1', 'h2')]));
    expect((await residentsOf(db, 'h1')).map((r) => r.id)).toEqual(['r2']);
    expect((await residentsOf(db, 'h2')).map((r) => r.id)).toEqual(['r1']);
  });

  it('a deleted resident is found by id and removed; an emptied household record goes too', async () => {
    const db = makeDb();
    await applyPage(db, pageOf([put('r1', 'h1'), put('r2', 'h2'), put('r3', 'h2')], true));
    await applyPage(
      db,
      pageOf([
        { entity: 'resident', op: 'delete', id: 'r1' },
        { entity: 'resident', op: 'delete', id: 'r3' },
      ]),
    );
    expect(await db.residents.get('h1')).toBeUndefined();
    expect((await residentsOf(db, 'h2')).map((r) => r.id)).toEqual(['r2']);
  });

  it('lists the head of household first', async () => {
    const db = makeDb();
    const child: Change = {
      entity: 'resident',
      op: 'put',
      id: 'r1',
      data: resident('r1', 'h1', { relation: '子女', birthDate: '2010-01-01' }),
    };
    const head: Change = {
      entity: 'resident',
      op: 'put',
      id: 'r2',
      data: resident('r2', 'h1', { relation: '户主', birthDate: '1970-01-01' }),
    };
    await applyPage(db, pageOf([child, head], true));
    expect((await residentsOf(db, 'h1')).map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});
