/**
 * Everything the app shows about getting records to the station, in one place: the status line
 * and the 我的 screen's sync panel read the same figures. Offline means either the browser says
 * so or the last sync found no server: on a ferry the phone often claims a connection that
 * carries nothing.
 */
import { unsyncedCounts } from '../../device/db/outbox.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { readLastSyncAt } from '../../device/db/session.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import { useAppServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { useOnline } from '../app/useOnline.ts';
import { useSyncState } from '../app/useSyncState.ts';
import type { SyncState } from '../sync/runner.ts';

/** The officer's sync status. Counts are undefined until their first read. */
export interface SyncStatus {
  online: boolean;
  sync: SyncState;
  /** This user's visits not yet acknowledged by the station (waiting or sending). */
  waiting: number | undefined;
  /** This user's visits the station refused, kept with its reason. */
  rejected: number | undefined;
  /** When a sync last pushed and pulled everything; null before the first. */
  lastSyncAt: string | null | undefined;
}

/** Follows the runner, the network and the outbox of `session`'s user. */
export function useSyncStatus(session: SessionRecord): SyncStatus {
  const { db, runner } = useAppServices();
  const sync = useSyncState(runner);
  const browserOnline = useOnline();
  // Read once the database is in (a moment after the first render).
  const counts = useLiveQuery(
    db ? () => unsyncedCounts(db, (author) => author === session.user.id) : null,
    [db, session.user.id],
  );
  const lastSyncAt = useLiveQuery(db ? () => readLastSyncAt(db) : null, [db]);
  return {
    online: browserOnline && !(sync.error instanceof OfflineError),
    sync,
    waiting: counts?.waiting,
    rejected: counts?.rejected,
    lastSyncAt,
  };
}
