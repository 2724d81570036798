/**
 * Raw IndexedDB for the benchmarks' limits: the same stores, keys and indexes as FerryBeatDB,
 * written without Dexie, so a ratio against them is what the app's own work costs.
 */

/** A store's primary key path and its indexes (`*` marks a multi-entry index). */
export interface StoreShape {
  key: string;
  indexes: string[];
}

/** The replica stores of FerryBeatDB v1. */
export const REPLICA_STORES: Record<string, StoreShape> = {
  villages: { key: 'id', indexes: [] },
  grids: { key: 'id', indexes: [] },
  households: { key: 'id', indexes: [] },
  residents: { key: 'householdId', indexes: ['*residentIds'] },
  crossings: { key: 'id', indexes: [] },
  assignments: { key: 'id', indexes: [] },
  visits: { key: 'id', indexes: ['householdId'] },
};

/** The outbox store of FerryBeatDB v2. */
export const OUTBOX_STORE: Record<string, StoreShape> = {
  outbox: { key: 'id', indexes: ['state', 'householdId'] },
};

/** Opens (creating) a raw database with the given stores. */
export function openRaw(name: string, stores: Record<string, StoreShape>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const [store, { key, indexes }] of Object.entries(stores)) {
        const os = request.result.createObjectStore(store, { keyPath: key });
        for (const index of indexes) {
          const path = index.replace('*', '');
          os.createIndex(path, path, { multiEntry: index.startsWith('*') });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Puts records in one readwrite transaction and resolves when it has committed. */
export function putAll(
  db: IDBDatabase,
  records: [store: string, record: unknown][],
  durability: IDBTransactionDurability = 'default',
): Promise<void> {
  const stores = [...new Set(records.map(([store]) => store))];
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability });
    for (const [store, record] of records) tx.objectStore(store).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Deletes a database; resolves whatever happens (a benchmark's clean-up). */
export function drop(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
