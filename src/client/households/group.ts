/** Groups households by village, then grid cell, for the household list. */
import type { Grid, Household, Village } from '../../shared/entities.ts';
import { withDigits } from './numerals.ts';

/** The households of one grid cell. */
export interface GridGroup {
  grid: Grid;
  households: Household[];
}

/** The grid cells of one village, with its household count. */
export interface VillageGroup {
  village: Village;
  grids: GridGroup[];
  count: number;
}

// Pinyin order for names, numbers by value (第2组 < 第12组) once numerals are digits.
const collator = new Intl.Collator('zh-CN', { numeric: true });
// Few distinct names (groups, lanes, grids), compared ~200,000 times for the leader's list.
const keys = new Map<string, string>();
function sortKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = withDigits(name);
    keys.set(name, key);
  }
  return key;
}

/** Orders names the way a register lists them: 第一组, 第二组, …, 第十二组. */
export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b));
}

/** Household order inside a grid: area (group or lane), then house number. */
export function compareHouseholds(a: Household, b: Household): number {
  return compareNames(a.address.area, b.address.area) || a.address.number - b.address.number;
}

/**
 * Villages (by name) holding grid cells (by name) holding households (by address). A household
 * whose grid or village is missing from the replica still shows, under a stand-in group.
 */
export function groupHouseholds(
  households: readonly Household[],
  grids: readonly Grid[],
  villages: readonly Village[],
): VillageGroup[] {
  const gridById = new Map(grids.map((grid) => [grid.id, grid]));
  const villageById = new Map(villages.map((village) => [village.id, village]));
  const byGrid = new Map<string, Household[]>();
  for (const household of households) {
    const list = byGrid.get(household.gridId);
    if (list) list.push(household);
    else byGrid.set(household.gridId, [household]);
  }
  const byVillage = new Map<string, VillageGroup>();
  for (const [gridId, list] of byGrid) {
    const first = list[0] as Household;
    const grid = gridById.get(gridId) ?? standInGrid(gridId, first.villageId);
    const village = villageById.get(grid.villageId) ?? standInVillage(grid.villageId);
    let group = byVillage.get(village.id);
    if (!group) {
      group = { village, grids: [], count: 0 };
      byVillage.set(village.id, group);
    }
    group.grids.push({ grid, households: list.sort(compareHouseholds) });
    group.count += list.length;
  }
  const groups = [...byVillage.values()].sort((a, b) =>
    compareNames(a.village.name, b.village.name),
  );
  for (const group of groups) group.grids.sort((a, b) => compareNames(a.grid.name, b.grid.name));
  return groups;
}

function standInGrid(id: string, villageId: string): Grid {
  return { id, name: id, villageId, bankId: '', polygon: [] };
}

function standInVillage(id: string): Village {
  return { id, name: id, kind: 'village', bankId: '', office: [0, 0] };
}
