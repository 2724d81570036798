/**
 * Everything the household list needs, read from the replica in one go: groups for browsing and
 * the search index. Rebuilt once per completed pull, not on each page written.
 */
import { readRegister } from '../../device/db/households.ts';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { groupHouseholds, type VillageGroup } from './group.ts';
import { buildSearchIndex, type SearchIndex } from './search.ts';

/** The list's data: grouped households, search index, household count. */
export interface Directory {
  groups: VillageGroup[];
  index: SearchIndex;
  total: number;
  gridCount: number;
}

/** Reads villages, grids, households and residents and builds the directory. */
export async function loadDirectory(db: FerryBeatDB): Promise<Directory> {
  const { villages, grids, households, residents } = await readRegister(db);
  const groups = groupHouseholds(households, grids, villages);
  const ordered = groups.flatMap((v) => v.grids.flatMap((g) => g.households));
  return {
    groups,
    index: buildSearchIndex(ordered, residents),
    total: households.length,
    gridCount: groups.reduce((n, v) => n + v.grids.length, 0),
  };
}
