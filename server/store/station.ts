/** Loads a whole station (the demo one, or later an import) into an empty store. */
import type { Kysely, Transaction } from 'kysely';
import type {
  Assignment,
  Crossing,
  Grid,
  Household,
  Resident,
  Village,
  Visit,
} from '../../src/shared/entities.ts';
import { type FeedRecord, putFeedRecords } from './feed.ts';
import type { Database } from './schema.ts';
import type { StaffUser } from './users.ts';
import { insertVisits } from './visits.ts';

/** Everything a station holds, as the demo generator (or an import) produces it. */
export interface StationData {
  villages: Village[];
  grids: Grid[];
  households: Household[];
  residents: Resident[];
  crossings: Crossing[];
  users: StaffUser[];
  assignments: Assignment[];
  visits: Visit[];
}

/** True when no station has been loaded yet. */
export async function isStationEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('grids').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  // Chunks keep each statement under SQLite's bound-variable limit.
  for (let i = 0; i < rows.length; i += 2_000) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 2_000) as never)
      .execute();
  }
}

/**
 * Writes the station in one transaction. All demo accounts share the one demo password, so
 * they share its hash (one scrypt run instead of seventy at every fresh start).
 */
export async function loadStation(
  db: Kysely<Database>,
  station: StationData,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(
      trx,
      'users',
      station.users.map((u) => ({
        id: u.id,
        username: u.username,
        display_name: u.displayName,
        role: u.role,
        password_hash: passwordHash,
        created_at: now.toISOString(),
      })),
    );
    await insertRows(
      trx,
      'villages',
      station.villages.map((v) => ({ id: v.id, name: v.name, bank_id: v.bankId })),
    );
    await insertRows(
      trx,
      'grids',
      station.grids.map((g) => ({ id: g.id, village_id: g.villageId, name: g.name })),
    );
    await insertRows(
      trx,
      'crossings',
      station.crossings.map((c) => ({ id: c.id, name: c.name })),
    );
    await insertRows(
      trx,
      'assignments',
      station.assignments.map((a) => ({ id: a.id, grid_id: a.gridId, user_id: a.userId })),
    );
    await insertRows(
      trx,
      'households',
      station.households.map((h) => ({ id: h.id, grid_id: h.gridId })),
    );
    await insertRows(
      trx,
      'residents',
      station.residents.map((r) => ({ id: r.id, household_id: r.householdId, grid_id: r.gridId })),
    );
    // Station-wide records first, so a device can draw villages and cells while the rest arrives.
    const feed: FeedRecord[] = [
      ...station.villages.map((v) => ({
        entity: 'village' as const,
        id: v.id,
        gridId: null,
        data: v,
      })),
      ...station.grids.map((g) => ({ entity: 'grid' as const, id: g.id, gridId: null, data: g })),
      ...station.crossings.map((c) => ({
        entity: 'crossing' as const,
        id: c.id,
        gridId: null,
        data: c,
      })),
      ...station.assignments.map((a) => ({
        entity: 'assignment' as const,
        id: a.id,
        gridId: null,
        data: a,
      })),
      ...station.households.map((h) => ({
        entity: 'household' as const,
        id: h.id,
        gridId: h.gridId,
        data: h,
      })),
      ...station.residents.map((r) => ({
        entity: 'resident' as const,
        id: r.id,
        gridId: r.gridId,
        data: r,
      })),
    ];
    await putFeedRecords(trx, feed);
    // Receipt times are compared as text by the leader's list: keep them all in UTC ISO form.
    const visits = station.visits.map((v) => ({
      ...v,
      receivedAt: new Date(v.receivedAt).toISOString(),
    }));
    await insertVisits(trx, visits, null);
  });
}
