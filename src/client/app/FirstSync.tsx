/** The first-sync screen: starts the pull and shows its progress; retry after a failure. */
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { syncErrorKey } from './errorMessage.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { useAppServices } from './services.ts';
import { useSyncState } from './useSyncState.ts';

/** Shown until a first pull completes; a pull cut short resumes from its stored cursor. */
export function FirstSync() {
  const { runner } = useAppServices();
  const sync = useSyncState(runner);
  useEffect(() => {
    // Joins the pull sign-in started, or starts one when the app reopens mid-first-sync.
    if (!runner.state.error) void runner.start();
  }, [runner]);
  const failed = !sync.running && sync.error !== null;
  return (
    <>
      <AppHeader title={t('app.title')} />
      <main class="screen first-sync">
        <h2>{t('sync.title')}</h2>
        <p>{t('sync.intro')}</p>
        <ProgressBar progress={sync.progress} />
        {failed && (
          <>
            <p class="error" role="alert">
              {t(syncErrorKey(sync.error))}
            </p>
            <button type="button" class="primary" onClick={() => void runner.start()}>
              {t('sync.retry')}
            </button>
          </>
        )}
      </main>
    </>
  );
}
