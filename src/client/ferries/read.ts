/** What the ferry boards read from the device: every crossing and every suspension. */
import type { FerryBeatDB } from '../../device/db/schema.ts';

/** Crossings by name, and every suspension (few; each board keeps those that matter). */
export async function readFerries(db: FerryBeatDB) {
  const [crossings, suspensions] = await Promise.all([
    db.crossings.toArray(),
    db.suspensions.toArray(),
  ]);
  crossings.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { crossings, suspensions };
}
