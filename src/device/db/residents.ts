/**
 * Residents, stored one record per household (see `HouseholdResidents`). A pulled change names
 * one resident; the device stores whole households, so each touched household is read, edited
 * and written back once per page.
 */
import type { Resident } from '../../shared/entities.ts';
import type { FerryBeatDB, HouseholdResidents } from './schema.ts';

/**
 * Applies resident puts and deletes; run inside the page's transaction. `fresh` says the
 * replica was emptied earlier in this same transaction, so there is nothing to read back.
 */
export async function applyResidentChanges(
  db: FerryBeatDB,
  puts: readonly Resident[],
  deletes: readonly string[],
  fresh: boolean,
): Promise<void> {
  if (puts.length === 0 && deletes.length === 0) return;
  const touched = new Set([...puts.map((r) => r.id), ...deletes]);
  const records = new Map<string, HouseholdResidents>();
  if (!fresh) {
    // Where the touched residents live now (a put may move a resident to another household)…
    const holders = await db.residents
      .where('residentIds')
      .anyOf([...touched])
      .toArray();
    for (const record of holders) records.set(record.householdId, record);
    // …and the households that receive residents.
    const receiving = [...new Set(puts.map((r) => r.householdId))].filter((id) => !records.has(id));
    for (const record of await db.residents.bulkGet(receiving)) {
      if (record) records.set(record.householdId, record);
    }
  }
  for (const record of records.values()) {
    record.residents = record.residents.filter((r) => !touched.has(r.id));
  }
  for (const resident of puts) {
    const record = records.get(resident.householdId);
    if (record) record.residents.push(resident);
    else {
      records.set(resident.householdId, {
        householdId: resident.householdId,
        residentIds: [],
        residents: [resident],
      });
    }
  }
  const kept: HouseholdResidents[] = [];
  const emptied: string[] = [];
  for (const record of records.values()) {
    if (record.residents.length === 0) emptied.push(record.householdId);
    else kept.push({ ...record, residentIds: record.residents.map((r) => r.id) });
  }
  await Promise.all([db.residents.bulkPut(kept), db.residents.bulkDelete(emptied)]);
}

/** The residents of one household, head of household first, then by age. */
export async function residentsOf(db: FerryBeatDB, householdId: string): Promise<Resident[]> {
  const record = await db.residents.get(householdId);
  return [...(record?.residents ?? [])].sort(
    (a, b) =>
      Number(b.relation === '户主') - Number(a.relation === '户主') ||
      a.birthDate.localeCompare(b.birthDate),
  );
}
