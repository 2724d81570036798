/**
 * Dexie's `liveQuery` as a Preact hook (dexie-react-hooks imports React). The query re-runs
 * whenever a table range it read changes, in this tab or another. Dexie comes with the database
 * module (app/database.ts): a query asked for before it is in runs as soon as it is.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Database, loadDatabase, loadedDatabase } from './database.ts';

/**
 * The query's latest result; `undefined` until the first result (so queries return null for
 * "none"), or `initial` when a read made before the first render already has it. A null query
 * is not run (yet); put what decides that in `deps`.
 */
export function useLiveQuery<T>(
  query: (() => Promise<T>) | null,
  deps: readonly unknown[],
  initial?: { value: T },
): T | undefined {
  const [result, setResult] = useState<{ value: T } | undefined>(initial);
  useEffect(() => {
    if (!query) return;
    let current = true;
    let subscription: { unsubscribe(): void } | null = null;
    const subscribe = ({ liveQuery }: Database) => {
      if (!current) return;
      subscription = liveQuery(query).subscribe({
        // Boxed, so a query returning a function is not taken for a state updater.
        next: (value) => setResult({ value }),
        // A failed read leaves the last good result on screen; the console keeps the cause.
        error: (error: unknown) => console.error('liveQuery failed', error),
      });
    };
    const module = loadedDatabase();
    if (module) subscribe(module);
    else loadDatabase().then(subscribe, (error: unknown) => console.error('no database', error));
    return () => {
      current = false;
      subscription?.unsubscribe();
    };
  }, deps);
  return result?.value;
}
