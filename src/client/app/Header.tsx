/** The signed-in header: who, when last synced, Sync and Sign out. */

import { countUnsynced } from '../../device/db/outbox.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { t } from '../i18n/index.ts';
import { logout } from '../sync/login.ts';
import { syncErrorKey } from './errorMessage.ts';
import { StatusBar } from './StatusBar.tsx';
import { useServices } from './services.ts';
import { TopBar } from './TopBar.tsx';
import { useSyncState } from './useSyncState.ts';

/** Header with the user's name, last sync time and the two account actions. */
export function Header({ session }: { session: SessionRecord }) {
  const services = useServices();
  const { db, runner } = services;
  const sync = useSyncState(runner);

  const signOut = async () => {
    const pending = await countUnsynced(db, (author) => author === session.user.id);
    // Only unsynced work needs a question; otherwise one tap signs out, as on any shared phone.
    if (pending > 0 && !window.confirm(t('header.pendingWarning', { count: pending }))) return;
    await runner.cancel();
    await logout(services);
    // The next person to sign in starts at the list, not at this user's last household.
    history.replaceState(null, '', '#/households');
  };

  return (
    <TopBar title={t('app.title')}>
      <div class="topbar-row account">
        <div class="who">
          <span class="user-name">{session.user.displayName}</span>
        </div>
        <button
          type="button"
          class="sync-button"
          disabled={sync.running}
          onClick={() => void runner.start()}
        >
          {sync.running ? t('sync.running') : t('sync.now')}
        </button>
        <button type="button" class="sign-out" onClick={() => void signOut()}>
          {t('header.signOut')}
        </button>
      </div>
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
      <StatusBar session={session} />
    </TopBar>
  );
}
