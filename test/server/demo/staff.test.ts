import { describe, expect, it } from 'vitest';
import { byId, groupBy, station } from './fixture.ts';

const { users, assignments, grids } = station;
const grid = byId(grids);
const byRole = (role: string) => users.filter((u) => u.role === role);

describe('demo staff and grid assignments', () => {
  it('has 20 officers, 49 auxiliaries and one leader with stable ids', () => {
    expect(byRole('officer').map((u) => u.username)).toEqual(
      Array.from({ length: 20 }, (_, i) => `officer${String(i + 1).padStart(2, '0')}`),
    );
    expect(byRole('auxiliary').map((u) => u.username)).toEqual(
      Array.from({ length: 49 }, (_, i) => `aux${String(i + 1).padStart(2, '0')}`),
    );
    expect(byRole('leader').map((u) => u.username)).toEqual(['leader']);
    for (const u of users) {
      expect(u.id).toBe(`u-${u.username}`);
      expect(u.displayName).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    }
  });

  it('assigns every grid cell to exactly one officer and one or two auxiliaries (一格一警)', () => {
    const perGrid = groupBy(assignments, (a) => a.gridId);
    expect([...perGrid.keys()].sort()).toEqual(grids.map((g) => g.id).sort());
    for (const own of perGrid.values()) {
      expect(own.filter((a) => a.role === 'officer')).toHaveLength(1);
      const auxiliaries = own.filter((a) => a.role === 'auxiliary').length;
      expect(auxiliaries).toBeGreaterThanOrEqual(1);
      expect(auxiliaries).toBeLessThanOrEqual(2);
    }
  });

  it('gives each officer one to three cells of one bank, officer01 two or three', () => {
    const perUser = groupBy(assignments, (a) => a.username);
    for (const officer of byRole('officer')) {
      const cells = (perUser.get(officer.username) ?? []).map((a) => grid(a.gridId));
      expect(cells.length).toBeGreaterThanOrEqual(1);
      expect(cells.length).toBeLessThanOrEqual(3);
      expect(new Set(cells.map((g) => g.bankId)).size).toBe(1);
    }
    const first = perUser.get('officer01')?.length ?? 0;
    expect(first === 2 || first === 3).toBe(true);
    const holdingMore = byRole('officer').filter((o) => (perUser.get(o.username)?.length ?? 0) > 1);
    expect(holdingMore.length).toBeGreaterThan(5);
  });

  it('gives every auxiliary a cell and the leader none', () => {
    const assigned = new Set(assignments.map((a) => a.username));
    for (const aux of byRole('auxiliary')) expect(assigned.has(aux.username)).toBe(true);
    expect(assigned.has('leader')).toBe(false);
  });

  it('copies the user onto each assignment under a stable id', () => {
    const user = byId(users);
    expect(new Set(assignments.map((a) => a.id)).size).toBe(assignments.length);
    for (const a of assignments) {
      const u = user(a.userId);
      expect(a).toEqual({
        id: `a-${a.gridId}-${u.username}`,
        gridId: a.gridId,
        userId: u.id,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
      });
    }
  });
});
