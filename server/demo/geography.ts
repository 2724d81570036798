/** Turns the town plan into banks, villages and grid cells on the map. */
import type { Grid, LngLat, Village, VillageKind } from '../../src/shared/entities.ts';
import { BANK_PLANS, type BankPlan } from './layout.ts';
import { type LatticeRect, latticeRing, type PlaneRect, planeRect, toLngLat } from './plane.ts';

/** A bank (洲) of the delta: land between rivers, reached from the others only by ferry. */
export interface Bank {
  id: string;
  name: string;
}

/** A grid cell with the drawing-board rectangle it was cut from, for placing things inside. */
export interface LandCell {
  grid: Grid;
  kind: VillageKind;
  villageName: string;
  rect: PlaneRect;
}

/** Banks, villages and grid cells of the station. */
export interface Land {
  banks: Bank[];
  villages: Village[];
  grids: Grid[];
  cells: LandCell[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function bankSize(plan: BankPlan): { columns: number; rows: number } {
  const heights = plan.columns.map((c) => c.rows.reduce((sum, h) => sum + h, 0));
  const rows = heights[0] ?? 0;
  if (heights.some((h) => h !== rows)) throw new Error(`bank ${plan.id}: columns differ in height`);
  return { columns: plan.columns.reduce((sum, c) => sum + c.width, 0), rows };
}

function bankPlan(bankId: string): BankPlan {
  const plan = BANK_PLANS.find((b) => b.id === bankId);
  if (!plan) throw new Error(`no bank ${bankId}`);
  return plan;
}

/** The bank's whole lattice rectangle: the land its cells must tile. */
export function bankLattice(plan: BankPlan): LatticeRect {
  const { columns, rows } = bankSize(plan);
  return { i0: 0, j0: 0, i1: columns, j1: rows };
}

/** The bank's rectangle on the drawing board, in km. */
export function bankRect(plan: BankPlan): PlaneRect {
  return planeRect(plan.origin, bankLattice(plan));
}

/** The bank's shore as a ring: cells of the bank must fill it exactly (tests check this). */
export function bankOutline(bankId: string): LngLat[] {
  const plan = bankPlan(bankId);
  return latticeRing(plan.origin, bankLattice(plan)).map(toLngLat);
}

/** A point on a bank at fractions of its width and height, e.g. `(0.5, 0.5)` for its middle. */
export function bankPoint(bankId: string, fx: number, fy: number): LngLat {
  const { x0, y0, x1, y1 } = bankRect(bankPlan(bankId));
  return toLngLat([x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)]);
}

// Snake order: up the even columns, down the odd ones, so consecutive cells touch.
function snakeCells(plan: BankPlan): LatticeRect[] {
  const { rows } = bankSize(plan);
  const cells: LatticeRect[] = [];
  let i0 = 0;
  plan.columns.forEach((column, c) => {
    const inColumn: LatticeRect[] = [];
    let j0 = 0;
    for (const height of column.rows) {
      inColumn.push({ i0, j0, i1: i0 + column.width, j1: j0 + height });
      j0 += height;
    }
    if (j0 !== rows) throw new Error(`bank ${plan.id}: column ${c} is not full height`);
    cells.push(...(c % 2 === 1 ? inColumn.reverse() : inColumn));
    i0 += column.width;
  });
  return cells;
}

/** The middle of a drawing-board rectangle, on the map. */
export function rectCentre(rect: PlaneRect): LngLat {
  return toLngLat([(rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2]);
}

/** Builds the land from the plan; it does not depend on the seed: the town is the town. */
export function buildLand(): Land {
  const land: Land = { banks: [], villages: [], grids: [], cells: [] };
  for (const plan of BANK_PLANS) {
    land.banks.push({ id: plan.id, name: plan.name });
    const rects = snakeCells(plan);
    const wanted = plan.villages.reduce((sum, v) => sum + v.cells, 0);
    if (wanted !== rects.length) throw new Error(`bank ${plan.id}: ${rects.length} cells`);
    let next = 0;
    for (const v of plan.villages) {
      const villageId = `v${pad2(land.villages.length + 1)}`;
      const own = rects.slice(next, next + v.cells);
      next += v.cells;
      own.forEach((lattice, k) => {
        const grid: Grid = {
          id: `g${pad2(land.grids.length + 1)}`,
          name: `${v.name}第${k + 1}网格`,
          villageId,
          bankId: plan.id,
          polygon: latticeRing(plan.origin, lattice).map(toLngLat),
        };
        const rect = planeRect(plan.origin, lattice);
        land.grids.push(grid);
        land.cells.push({ grid, kind: v.kind, villageName: v.name, rect });
      });
      const officeCell = own[Math.floor(own.length / 2)];
      if (!officeCell) throw new Error(`village ${v.name} has no cells`);
      const office = rectCentre(planeRect(plan.origin, officeCell));
      land.villages.push({ id: villageId, name: v.name, kind: v.kind, bankId: plan.id, office });
    }
  }
  return land;
}
