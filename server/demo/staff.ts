/**
 * The station's staff and who holds which grid cell: one officer per cell (一格一警), some
 * holding two or three neighbouring cells of one bank; one or two auxiliaries per cell, the
 * busiest cells getting two; the leader holds no cell and sees the whole station.
 */
import type { Assignment, Household, Role } from '../../src/shared/entities.ts';
import type { Sex } from '../../src/shared/vocabulary.ts';
import type { Land } from './geography.ts';
import { createIdentityMaker } from './identity.ts';
import { BANK_PLANS } from './layout.ts';
import type { Rng } from './prng.ts';

/** A member of staff who can sign in. */
export interface StationUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Staff and their grid assignments. */
export interface Staff {
  users: StationUser[];
  assignments: Assignment[];
}

const AUXILIARIES = 49;

function assign(gridId: string, user: StationUser): Assignment {
  const { username, displayName, role } = user;
  return { id: `a-${gridId}-${username}`, gridId, userId: user.id, username, displayName, role };
}

/** Officers `officer01`…`officer20`, auxiliaries `aux01`…`aux49`, one `leader`. */
export function generateStaff(land: Land, households: readonly Household[], rng: Rng): Staff {
  const maker = createIdentityMaker(rng);
  const user = (username: string, role: Role, maleShare: number): StationUser => {
    const sex: Sex = rng.chance(maleShare) ? 'male' : 'female';
    const displayName = maker.name(sex, maker.surname('registered'));
    return { id: `u-${username}`, username, displayName, role };
  };
  const staff: Staff = { users: [], assignments: [] };

  for (const plan of BANK_PLANS) {
    const cells = land.grids.filter((g) => g.bankId === plan.id);
    let next = 0;
    for (const beat of plan.beats) {
      const username = `officer${String(staff.users.length + 1).padStart(2, '0')}`;
      const officer = user(username, 'officer', 0.85);
      staff.users.push(officer);
      for (const grid of cells.slice(next, next + beat))
        staff.assignments.push(assign(grid.id, officer));
      next += beat;
    }
    if (next !== cells.length) throw new Error(`bank ${plan.id}: beats cover ${next} cells`);
  }

  const load = new Map<string, number>();
  for (const h of households) load.set(h.gridId, (load.get(h.gridId) ?? 0) + 1);
  const busiest = [...land.grids]
    .sort((a, b) => (load.get(b.id) ?? 0) - (load.get(a.id) ?? 0) || a.id.localeCompare(b.id))
    .slice(0, AUXILIARIES - land.grids.length)
    .sort((a, b) => a.id.localeCompare(b.id));
  const auxiliaryCells = [...land.grids, ...busiest];
  auxiliaryCells.forEach((grid, i) => {
    const auxiliary = user(`aux${String(i + 1).padStart(2, '0')}`, 'auxiliary', 0.7);
    staff.users.push(auxiliary);
    staff.assignments.push(assign(grid.id, auxiliary));
  });

  staff.users.push(user('leader', 'leader', 0.8));
  return staff;
}
