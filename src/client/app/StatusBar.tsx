/**
 * Always in view: online or offline, how many records wait, when the last sync reached the
 * station, and how much of the phone's storage the app uses. Offline means either the browser
 * says so or the last sync found no server: on a ferry the phone often claims a connection
 * that carries nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { unsyncedCounts } from '../../device/db/outbox.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { readLastSyncAt } from '../../device/db/session.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import { formatDateTime, formatNumber, t } from '../i18n/index.ts';
import { whenIdle } from './idle.ts';
import { useServices } from './services.ts';
import { useLiveQuery } from './useLiveQuery.ts';
import { useOnline } from './useOnline.ts';
import { useSyncState } from './useSyncState.ts';

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024
    ? `${formatNumber(Math.round(mb / 102.4) / 10)} GB`
    : `${formatNumber(Math.ceil(mb))} MB`;
}

/** How long the storage figure waits for an idle moment at most. */
const STORAGE_WAIT_MS = 1_000;

/**
 * Storage used and still available to the app, refreshed after each sync. Asked for when the
 * page is idle: at a cold start its answer (and the first number format, which loads the
 * locale's data) would otherwise land in the middle of the first screen's paint.
 */
function useStorage(version: unknown): { used: number; available: number } | null {
  const [estimate, setEstimate] = useState<{ used: number; available: number } | null>(null);
  useEffect(() => {
    let current = true;
    const cancel = whenIdle(
      () =>
        void navigator.storage?.estimate?.().then(({ usage = 0, quota = 0 }) => {
          if (current) setEstimate({ used: usage, available: Math.max(0, quota - usage) });
        }),
      STORAGE_WAIT_MS,
    );
    return () => {
      current = false;
      cancel();
    };
  }, [version]);
  return estimate;
}

/** The status line under the header. */
export function StatusBar({ session }: { session: SessionRecord }) {
  const { db, runner } = useServices();
  const sync = useSyncState(runner);
  const browserOnline = useOnline();
  const online = browserOnline && !(sync.error instanceof OfflineError);
  const counts = useLiveQuery(() => unsyncedCounts(db, session.user.id), [db, session.user.id]);
  const lastSyncAt = useLiveQuery(() => readLastSyncAt(db), [db]);
  const storage = useStorage(sync.lastReport);

  return (
    <div class="status-bar" role="status" aria-live="polite">
      <span class={online ? 'status-online' : 'status-offline'}>
        {online ? t('status.online') : t('status.offline')}
      </span>
      <span class="status-waiting">
        {counts && counts.waiting > 0
          ? t('status.waiting', { count: counts.waiting })
          : t('status.allSynced')}
      </span>
      {counts && counts.rejected > 0 && (
        <span class="status-attention">{t('status.attention', { count: counts.rejected })}</span>
      )}
      <span class="status-last">
        {lastSyncAt
          ? t('status.lastSync', { time: formatDateTime(lastSyncAt) })
          : t('status.neverSynced')}
      </span>
      {storage && (
        <span class="status-storage">
          {t('status.storage', {
            used: formatBytes(storage.used),
            available: formatBytes(storage.available),
          })}
        </span>
      )}
    </div>
  );
}
