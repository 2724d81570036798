import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../src/client/households/age.ts';
import { loadDirectory } from '../../../src/client/households/directory.ts';
import { compareNames, groupHouseholds } from '../../../src/client/households/group.ts';
import { relationKey } from '../../../src/client/households/labels.ts';
import { withDigits } from '../../../src/client/households/numerals.ts';
import { grid, household, makeDb, resident, village } from '../../device/fixtures.ts';

const villages = [village('v1', '莲腰村'), village('v2', '大洲村')];
const grids = [
  grid('g1', '莲腰二格', 'v1'),
  grid('g2', '莲腰一格', 'v1'),
  grid('g3', '大洲一格', 'v2'),
];
const at = (id: string, gridId: string, villageId: string, area: string, number: number) =>
  household(id, { gridId, villageId, address: { village: '', area, number } });

describe('household grouping', () => {
  it('groups by village then grid cell with counts, households in address order', () => {
    const groups = groupHouseholds(
      [
        at('a', 'g1', 'v1', '第二组', 10),
        at('b', 'g1', 'v1', '第二组', 2),
        at('c', 'g2', 'v1', '第一组', 1),
        at('d', 'g3', 'v2', '第一组', 1),
      ],
      grids,
      villages,
    );
    expect(groups.map((g) => [g.village.name, g.count])).toEqual([
      ['大洲村', 1],
      ['莲腰村', 3],
    ]);
    const lianyao = groups[1];
    expect(lianyao?.grids.map((g) => g.grid.name)).toEqual(['莲腰一格', '莲腰二格']);
    expect(lianyao?.grids[1]?.households.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('a household whose grid is not on the phone still shows', () => {
    const groups = groupHouseholds([at('x', 'g-missing', 'v-missing', '一组', 1)], [], []);
    expect(groups[0]?.grids[0]?.households.map((h) => h.id)).toEqual(['x']);
  });

  it('the directory reads the replica into groups and a search index', async () => {
    const db = makeDb();
    await db.villages.bulkPut(villages);
    await db.grids.bulkPut(grids);
    await db.households.bulkPut([at('a', 'g1', 'v1', '一组', 1), at('d', 'g3', 'v2', '一组', 1)]);
    await db.residents.put({
      householdId: 'd',
      residentIds: ['r1'],
      residents: [resident('r1', 'd', { name: '周美玲' })],
    });
    const directory = await loadDirectory(db);
    expect(directory.total).toBe(2);
    expect(directory.gridCount).toBe(2);
    expect(directory.index.entries.map((e) => e.household.id)).toEqual(['d', 'a']);
    expect(directory.index.entries[0]?.text).toContain('周美玲');
  });
});

describe('resident labels', () => {
  it('age counts whole years, the birthday itself included', () => {
    expect(ageOn('1960-05-01', new Date(2025, 3, 30))).toBe(64);
    expect(ageOn('1960-05-01', new Date(2025, 4, 1))).toBe(65);
    expect(ageOn('2000-12-31', new Date(2025, 11, 31))).toBe(25);
  });

  it('known relations have a message key, others show as written', () => {
    expect(relationKey('户主')).toBe('relation.head');
    expect(relationKey('租客')).toBe('relation.tenant');
    expect(relationKey('侄子')).toBeNull();
  });
});

describe('register order', () => {
  it('Chinese numerals sort by value, not by pinyin', () => {
    expect(withDigits('第十二组')).toBe('第12组');
    expect(withDigits('第二十三组')).toBe('第23组');
    expect(withDigits('一百零五号')).toBe('105号');
    expect(withDigits('三江村 莲腰一格')).toBe('三江村 莲腰1格');
    const names = ['第十二组', '第二组', '第一组', '第十组'];
    expect(names.sort(compareNames)).toEqual(['第一组', '第二组', '第十组', '第十二组']);
  });
});
