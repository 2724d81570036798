/**
 * 我的 (`#/me`): who is signed in on this phone, sync, storage, language, the app itself, and
 * signing out. The status line in the header opens it.
 */
import type { SessionRecord } from '../../device/db/schema.ts';
import { useServices } from '../app/services.ts';
import { useSyncState } from '../app/useSyncState.ts';
import {
  formatDateTime,
  formatNumber,
  getLocale,
  LOCALE_TAGS,
  type Locale,
  setLocale,
  t,
} from '../i18n/index.ts';
import { InstallNotice } from '../pwa/InstallNotice.tsx';
import { APP_VERSION } from '../pwa/version.ts';
import { SyncPanel } from './SyncPanel.tsx';
import { signOut } from './signOut.ts';
import { useStorage } from './useStorage.ts';

const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1024
    ? `${formatNumber(Math.round(mb / 102.4) / 10)} GB`
    : `${formatNumber(Math.ceil(mb))} MB`;
}

/** The 我的 screen for the signed-in `session`. */
export function MeScreen({ session }: { session: SessionRecord }) {
  const services = useServices();
  const sync = useSyncState(services.runner);
  const storage = useStorage(sync.lastReport);
  const { user } = session;
  const locale = getLocale();
  return (
    <main class="screen me-screen">
      <section class="me-section" aria-labelledby="me-account">
        <h2 id="me-account">{t('me.account')}</h2>
        <dl class="facts">
          <dt>{t('me.name')}</dt>
          <dd class="user-name">{user.displayName}</dd>
          <dt>{t('me.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
          <dt>{t('me.username')}</dt>
          <dd>{user.username}</dd>
          {user.role !== 'leader' && (
            <>
              <dt>{t('me.cells')}</dt>
              <dd>{t('me.cellCount', { count: user.gridIds.length })}</dd>
            </>
          )}
          <dt>{t('me.device')}</dt>
          <dd>{session.deviceName}</dd>
          <dt>{t('me.signedInAt')}</dt>
          <dd>{formatDateTime(session.signedInAt)}</dd>
        </dl>
      </section>

      <SyncPanel session={session} />

      <section class="me-section" aria-labelledby="me-storage">
        <h2 id="me-storage">{t('me.storage')}</h2>
        <p class="status-storage">
          {storage
            ? t('status.storage', {
                used: formatBytes(storage.used),
                available: formatBytes(storage.available),
              })
            : t('app.loading')}
        </p>
        {storage?.persisted === false && <p class="hint">{t('me.notPersisted')}</p>}
      </section>

      <section class="me-section" aria-labelledby="me-language">
        <h2 id="me-language">{t('me.language')}</h2>
        <fieldset class="segmented" aria-labelledby="me-language">
          {LANGUAGES.map(({ locale: option, name }) => (
            <button
              key={option}
              type="button"
              lang={LOCALE_TAGS[option]}
              aria-pressed={option === locale}
              onClick={() => setLocale(option)}
            >
              {name}
            </button>
          ))}
        </fieldset>
      </section>

      <section class="me-section" aria-labelledby="me-app">
        <h2 id="me-app">{t('me.app')}</h2>
        <InstallNotice placement="settings" />
        <p class="app-version">{t('pwa.version', { version: APP_VERSION })}</p>
      </section>

      <button
        type="button"
        class="button sign-out"
        onClick={() =>
          void signOut(services, session, (count) =>
            window.confirm(t('me.pendingWarning', { count })),
          )
        }
      >
        {t('me.signOut')}
      </button>
    </main>
  );
}
