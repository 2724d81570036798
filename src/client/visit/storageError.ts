/** Telling "the phone is out of storage" apart from other failures of a save. */

interface Named {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/**
 * True for IndexedDB's `QuotaExceededError`, as a DOMException or as Dexie's error of the same
 * name, also when Dexie wraps it (an aborted transaction's `inner`, an error's `cause`).
 * https://dexie.org/docs/DexieErrors/Dexie.QuotaExceededError
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { name, inner, cause } = error as Named;
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
