/**
 * The foot of every screen: the version line, and the update and install notices pinned to the
 * bottom edge, where a thumb reaches them.
 */
import { t } from '../i18n/index.ts';
import { InstallNotice } from './InstallNotice.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { APP_VERSION } from './version.ts';
import './pwa.css';

/** Version and PWA notices; mounted once below the screens. */
export function AppFooter() {
  return (
    <>
      <footer class="app-footer">
        <span class="app-version">{t('pwa.version', { version: APP_VERSION })}</span>
      </footer>
      <div class="pwa-notices">
        <UpdateBanner />
        <InstallNotice />
      </div>
    </>
  );
}
