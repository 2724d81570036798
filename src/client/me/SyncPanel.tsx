/** 我的 › 同步: the status line's detail, and 立即同步. */
import type { SessionRecord } from '../../device/db/schema.ts';
import { syncErrorKey } from '../app/errorMessage.ts';
import { useServices } from '../app/services.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { useSyncStatus } from '../shell/useSyncStatus.ts';

/** Online or not, what waits, what was refused, the last sync, and the button to sync now. */
export function SyncPanel({ session }: { session: SessionRecord }) {
  const { runner } = useServices();
  const { online, sync, waiting, rejected, lastSyncAt } = useSyncStatus(session);
  return (
    <section class="me-section sync-panel" aria-labelledby="me-sync">
      <h2 id="me-sync">{t('me.sync')}</h2>
      <dl class="facts">
        <dt>{t('me.network')}</dt>
        <dd class={online ? 'status-online' : 'status-offline'}>
          {online ? t('status.online') : t('status.offline')}
        </dd>
        <dt>{t('me.waiting')}</dt>
        <dd class="status-waiting">
          {waiting ? t('status.waiting', { count: waiting }) : t('status.allSynced')}
        </dd>
        {rejected ? (
          <>
            <dt>{t('me.rejected')}</dt>
            <dd class="status-attention">{t('status.attention', { count: rejected })}</dd>
          </>
        ) : null}
        <dt>{t('me.lastSync')}</dt>
        <dd class="status-last">
          {lastSyncAt ? formatDateTime(lastSyncAt) : t('status.neverSynced')}
        </dd>
      </dl>
      {sync.running && sync.progress && (
        <p class="sync-status" role="status">
          {t('sync.progress', { done: sync.progress.applied, total: sync.progress.total })}
        </p>
      )}
      {!sync.running && sync.error !== null && (
        <p class="sync-status error" role="alert">
          {t(syncErrorKey(sync.error))}
        </p>
      )}
      <button
        type="button"
        class="button primary sync-button"
        disabled={sync.running}
        onClick={() => void runner.start()}
      >
        {sync.running ? t('sync.running') : t('sync.now')}
      </button>
    </section>
  );
}
