/**
 * The foot of the screens before the shell (sign-in, first sync): the version line, and the
 * update banner pinned to the bottom edge, where a thumb reaches it. Signed in, the version is
 * in 我的 and the banner sits above the tabs.
 */
import { t } from '../i18n/index.ts';
import { UpdateBanner } from './UpdateBanner.tsx';
import { APP_VERSION } from './version.ts';
import './pwa.css';

/** Version and update banner. */
export function AppFooter() {
  return (
    <>
      <footer class="app-footer">
        <span class="app-version">{t('pwa.version', { version: APP_VERSION })}</span>
      </footer>
      <div class="pwa-notices">
        <UpdateBanner />
      </div>
    </>
  );
}
