/**
 * The database's name and every schema version the app has shipped, without Dexie: the page
 * reads the first screen's state on a plain IndexedDB connection before Dexie is loaded
 * (session.ts, readStartStateDirect), and needs only these to do it.
 */
import type { Transaction } from 'dexie';
import type { Visit } from '../../shared/entities.ts';
import { latestVisits } from './latestVisits.ts';
import type { LastVisitRecord } from './records.ts';

/** The IndexedDB database of the app. */
export const DB_NAME = 'FerryBeatDB';

/**
 * Every schema version the app has shipped, oldest first. Dexie upgrades a phone's database
 * through each step in turn, keeping every table a step doesn't name, so a pending outbox
 * survives any app update. Never edit a shipped step: add one.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  /** Fills what a step adds from what is already stored, in the upgrade's transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      villages: 'id',
      grids: 'id',
      households: 'id',
      // One record per household (see HouseholdResidents); *residentIds: find a resident's
      // household when a pulled change deletes or moves that resident.
      residents: 'householdId, *residentIds',
      crossings: 'id',
      assignments: 'id',
      // householdId: past visits shown on a household's detail screen.
      visits: 'id, householdId',
      meta: 'key',
      session: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // state: the engine's "what is left to send"; householdId: a household's pending visits.
      outbox: 'id, state, householdId',
      drafts: 'householdId',
    },
  },
  {
    version: 3,
    stores: {
      // visitId: a visit's photos; state: the photos still to upload.
      photos: 'hash, visitId, state',
    },
  },
  {
    version: 4,
    stores: {
      // *areaIds: the tiles to delete (or keep, when another area wants them) on an area's
      // removal, and an area's stored tiles on resume.
      tiles: 'key, *areaIds',
      mapAreas: 'id',
    },
  },
  {
    version: 5,
    stores: {
      suspensions: 'id',
      dayPlans: 'key',
      // visitedAt: the visits of this month (the map, today's plan), not a year of them.
      visits: 'id, householdId, visitedAt',
    },
  },
  {
    version: 6,
    stores: {
      // at: who was visited this month (the map) or today (the day plan), read from the index's
      // keys alone. It replaces the visits' visitedAt index, which made the map read thousands
      // of visits.
      lastVisits: 'householdId, at',
      visits: 'id, householdId',
    },
    // The latest visit of every household already on the device.
    async upgrade(tx) {
      const latest = latestVisits(await tx.table<Visit, string>('visits').toArray());
      await tx
        .table<LastVisitRecord, string>('lastVisits')
        .bulkPut([...latest].map(([householdId, at]) => ({ householdId, at })));
    },
  },
];

/** The schema version this build of the app uses. */
export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
