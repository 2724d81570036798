import { describe, expect, it } from 'vitest';
import type { Resident } from '../../../src/shared/entities.ts';
import { bbox, pointInPolygon } from '../../../src/shared/geo.ts';
import { isValidIdNumber } from '../../../src/shared/idcard.ts';
import { byId, groupBy, station, TODAY } from './fixture.ts';

const { households, residents, grids, villages } = station;
const grid = byId(grids);
const village = byId(villages);
const membersOf = groupBy(residents, (r) => r.householdId);
const PHONE = /^1(3\d|5\d|8\d|9\d)\d{8}$/;

// Age in whole years on TODAY's date in Muzhou (2026-11-20).
function age(r: Resident): number {
  const [y, m, d] = r.birthDate.split('-').map(Number);
  const before = (m ?? 0) * 100 + (d ?? 0) > 11 * 100 + 20;
  return 2026 - (y ?? 0) - (before ? 1 : 0);
}

describe('demo households and residents', () => {
  it('has about 14,000 households and 53,000 residents, about 15% migrants', () => {
    expect(TODAY.toISOString()).toBe('2026-11-20T01:00:00.000Z');
    expect(households.length).toBeGreaterThanOrEqual(13_500);
    expect(households.length).toBeLessThanOrEqual(14_500);
    expect(residents.length).toBeGreaterThanOrEqual(51_000);
    expect(residents.length).toBeLessThanOrEqual(55_000);
    const share = residents.filter((r) => r.registration === 'migrant').length / residents.length;
    expect(share).toBeGreaterThanOrEqual(0.12);
    expect(share).toBeLessThanOrEqual(0.18);
  });

  it('every household lies inside its grid cell, and its village is the cell’s', () => {
    const outside = households.filter((h) => !pointInPolygon(h.location, grid(h.gridId).polygon));
    expect(outside.map((h) => h.id)).toEqual([]);
    const strays = households.filter((h) => h.villageId !== grid(h.gridId).villageId);
    expect(strays.map((h) => h.id)).toEqual([]);
  });

  it('spreads the households of a cell across it rather than stacking them', () => {
    for (const [gridId, own] of groupBy(households, (h) => h.gridId)) {
      const [w, s, e, n] = bbox(grid(gridId).polygon);
      const [hw, hs, he, hn] = bbox(own.map((h) => h.location));
      expect((he - hw) / (e - w), gridId).toBeGreaterThan(0.4);
      expect((hn - hs) / (n - s), gridId).toBeGreaterThan(0.4);
      expect(new Set(own.map((h) => `${h.location}`)).size).toBe(own.length);
    }
  });

  it('houses more households per cell in the community than in the villages', () => {
    const perCell = (kind: string) => {
      const cells = grids.filter((g) => village(g.villageId).kind === kind);
      const ids = new Set(cells.map((g) => g.id));
      return households.filter((h) => ids.has(h.gridId)).length / cells.length;
    };
    expect(perCell('community')).toBeGreaterThan(1.5 * perCell('village'));
  });

  it('gives every household a unique standard address that matches its text', () => {
    const keys = new Set(
      households.map((h) => `${h.address.village}/${h.address.area}/${h.address.number}`),
    );
    expect(keys.size).toBe(households.length);
    const wrong = households.filter(({ villageId, address: a, addressText }) => {
      const v = village(villageId);
      const area = v.kind === 'community' ? /^.{2}[巷路街]$/ : /^第[一二三四五六七八九十]+组$/;
      return (
        a.village !== v.name ||
        addressText !== `${v.name}${a.area}${a.number}号` ||
        !area.test(a.area)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('names the head (户主) as headName and counts residents in residentCount', () => {
    const wrong = households.filter((h) => {
      const members = membersOf.get(h.id) ?? [];
      const heads = members.filter((r) => r.relation === '户主');
      return (
        heads.length !== 1 ||
        heads[0]?.name !== h.headName ||
        h.residentCount !== members.length ||
        !PHONE.test(h.phone) ||
        members.some((r) => r.gridId !== h.gridId)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('issues valid, unique ID numbers matching birth date and sex', () => {
    expect(new Set(residents.map((r) => r.idNumber)).size).toBe(residents.length);
    expect(new Set(residents.map((r) => r.id)).size).toBe(residents.length);
    const wrong = residents.filter(
      (r) =>
        !isValidIdNumber(r.idNumber) ||
        r.idNumber.slice(6, 14) !== r.birthDate.replaceAll('-', '') ||
        (Number(r.idNumber.charAt(16)) % 2 === 1) !== (r.sex === 'male'),
    );
    expect(wrong).toEqual([]);
  });

  it('registers most residents in Xinhui and none of the migrants there', () => {
    const registered = residents.filter((r) => r.registration === 'registered');
    const xinhui = registered.filter((r) => r.idNumber.startsWith('440705')).length;
    expect(xinhui / registered.length).toBeGreaterThan(0.8);
    const local = residents.filter(
      (r) => r.registration === 'migrant' && r.idNumber.startsWith('4407'),
    );
    expect(local).toEqual([]);
  });

  it('gives ages that fit the relations, and no phone to children', () => {
    const implausible = residents.filter((r) => {
      const head = membersOf.get(r.householdId)?.find((m) => m.relation === '户主');
      const years = age(r);
      const gap = head ? age(head) - years : 0;
      return (
        !head ||
        age(head) < 18 ||
        years < 0 ||
        years > 100 ||
        (r.relation === '子女' && gap < 16) ||
        (r.relation === '父母' && gap > -16) ||
        (r.relation === '配偶' && years < 18) ||
        (years < 14 && r.phone !== null) ||
        (r.phone !== null && !PHONE.test(r.phone))
      );
    });
    expect(implausible).toEqual([]);
    const phones = residents.flatMap((r) => (r.phone ? [r.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('marks as elderly alone exactly the one-resident households aged 70 or more', () => {
    const wrong = households.filter((h) => {
      const members = membersOf.get(h.id) ?? [];
      const only = members.length === 1 ? members[0] : undefined;
      return h.elderlyAlone !== (only !== undefined && age(only) >= 70);
    });
    expect(wrong).toEqual([]);
    const alone = households.filter((h) => h.elderlyAlone).length;
    expect(alone).toBeGreaterThan(households.length * 0.03);
  });

  it('houses migrants mostly in rented housing, tenants only there', () => {
    const household = byId(households);
    const migrants = residents.filter((r) => r.registration === 'migrant');
    const renting = migrants.filter((r) => household(r.householdId).housing === 'rented').length;
    expect(renting / migrants.length).toBeGreaterThan(0.8);
    const tenants = residents.filter((r) => r.relation === '租客');
    expect(tenants.length).toBeGreaterThan(0);
    const misplaced = tenants.filter(
      (r) => r.registration !== 'migrant' || household(r.householdId).housing !== 'rented',
    );
    expect(misplaced).toEqual([]);
  });
});
