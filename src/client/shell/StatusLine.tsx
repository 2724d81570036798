/**
 * The status line: one row in the header, always in view, that says whether records are safe at
 * the station: online or offline, what is waiting or needs attention, and when the last sync
 * got through. A tap opens 我的, where the detail and 立即同步 are; over the visit form it is
 * text only (leaving a half-recorded visit takes its own buttons).
 */
import type { SessionRecord } from '../../device/db/schema.ts';
import { tabHref } from '../app/router.ts';
import { formatClock, t } from '../i18n/index.ts';
import { type SyncStatus, useSyncStatus } from './useSyncStatus.ts';

/** The parts of the line, in reading order. */
function statusParts({ online, sync, waiting, rejected, lastSyncAt }: SyncStatus): string[] {
  const parts = [online ? t('status.online') : t('status.offline')];
  if (sync.running) {
    parts.push(
      sync.progress
        ? t('sync.progress', { done: sync.progress.applied, total: sync.progress.total })
        : t('sync.running'),
    );
  } else if (waiting === undefined) {
    // Not counted yet (the database arrives a moment after the first render): no "synced" claim.
    parts.push(t('status.counting'));
  } else {
    parts.push(waiting ? t('status.waitingShort', { count: waiting }) : t('status.allSyncedShort'));
  }
  if (rejected) parts.push(t('status.attentionShort', { count: rejected }));
  if (!sync.running && lastSyncAt) parts.push(formatClock(lastSyncAt));
  return parts;
}

/** The compact status; a link to the sync detail unless `linked` is false. */
export function StatusLine({ session, linked }: { session: SessionRecord; linked: boolean }) {
  const status = useSyncStatus(session);
  const parts = statusParts(status);
  const state = status.rejected ? 'attention' : status.online ? 'online' : 'offline';
  const content = (
    <>
      <span class="status-dot" aria-hidden="true" />
      <span class="status-text">{parts.join(' · ')}</span>
    </>
  );
  const label = t('status.lineLabel', { status: parts.join('，') });
  return linked ? (
    <a href={tabHref('me')} data-replace class="status-line" data-state={state} aria-label={label}>
      {content}
    </a>
  ) : (
    <p class="status-line" data-state={state}>
      {content}
    </p>
  );
}
