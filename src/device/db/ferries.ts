/** Ferry crossings and their suspensions (停航), as pulled: what the boards and the planner read. */
import type { Crossing } from '../../shared/entities.ts';
import type { Suspension } from '../../shared/ferry/timetable.ts';
import { gridById } from './grids.ts';
import type { FerryBeatDB } from './schema.ts';

/** Every crossing with every suspension (few; each board keeps those that matter). */
export interface Ferries {
  crossings: Crossing[];
  suspensions: Suspension[];
}

/** Every crossing, in stored order. */
export function allCrossings(db: FerryBeatDB): Promise<Crossing[]> {
  return db.crossings.toArray();
}

/** Every suspension, past ones too: each reader keeps those that matter to it. */
export function allSuspensions(db: FerryBeatDB): Promise<Suspension[]> {
  return db.suspensions.toArray();
}

/** Crossings by name, and every suspension: the ferry screen's boards. */
export async function readFerries(db: FerryBeatDB): Promise<Ferries> {
  const [crossings, suspensions] = await Promise.all([allCrossings(db), allSuspensions(db)]);
  crossings.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { crossings, suspensions };
}

/** A crossing seen from one bank: `end` is the landing on that bank. */
export interface BankCrossing {
  crossing: Crossing;
  end: 0 | 1;
}

/**
 * The crossings that serve the bank of grid cell `gridId`, each with its landing there, and every
 * suspension; none when the cell is not on the device.
 */
export async function bankCrossings(
  db: FerryBeatDB,
  gridId: string,
): Promise<{ crossings: BankCrossing[]; suspensions: Suspension[] }> {
  const grid = await gridById(db, gridId);
  if (!grid) return { crossings: [], suspensions: [] };
  const { crossings, suspensions } = await readFerries(db);
  return {
    crossings: crossings
      .filter((c) => c.bankIds.includes(grid.bankId))
      .map((crossing) => ({ crossing, end: crossing.bankIds.indexOf(grid.bankId) as 0 | 1 })),
    suspensions,
  };
}
