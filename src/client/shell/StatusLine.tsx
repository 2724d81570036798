/**
 * The status line: one row in the header, always in view, that says whether records are safe at
 * the station: online or offline, what is waiting or needs attention, and when the last sync
 * got through. A tap opens 我的, where the detail and 立即同步 are.
 */
import type { SessionRecord } from '../../device/db/schema.ts';
import { Link } from '../app/Link.tsx';
import { tabHref } from '../app/router.ts';
import { formatClock, t } from '../i18n/index.ts';
import { useSyncStatus } from './useSyncStatus.ts';

/** The compact status, as a link to the sync detail. */
export function StatusLine({ session }: { session: SessionRecord }) {
  const { online, sync, waiting, rejected, lastSyncAt } = useSyncStatus(session);
  const parts = [
    online ? t('status.online') : t('status.offline'),
    sync.running
      ? sync.progress
        ? t('sync.progress', { done: sync.progress.applied, total: sync.progress.total })
        : t('sync.running')
      : waiting
        ? t('status.waitingShort', { count: waiting })
        : t('status.allSyncedShort'),
  ];
  if (rejected) parts.push(t('status.attentionShort', { count: rejected }));
  if (!sync.running && lastSyncAt) parts.push(formatClock(lastSyncAt));
  const state = rejected ? 'attention' : online ? 'online' : 'offline';
  return (
    <Link
      href={tabHref('me')}
      replace
      class={`status-line status-${state}`}
      aria-label={t('status.lineLabel', { status: parts.join('，') })}
    >
      <span class="status-dot" aria-hidden="true" />
      <span class="status-text" role="status">
        {parts.join(' · ')}
      </span>
    </Link>
  );
}
