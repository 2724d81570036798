/** The install offer: a button where the browser can install, a short guide on iOS. */
import { t } from '../i18n/index.ts';
import { dismissInstall, installOffer, promptInstall } from './install.ts';
import { useStore } from './useStore.ts';

/** Hidden when the browser offers nothing or the app runs installed. */
export function InstallNotice() {
  const offer = useStore(installOffer);
  if (offer === 'none') return null;
  if (offer === 'ios-guide') {
    return (
      <div class="pwa-notice install-guide">
        <span class="pwa-notice-text">{t('pwa.iosGuide')}</span>
        <button type="button" class="pwa-notice-dismiss" onClick={dismissInstall}>
          {t('pwa.dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div class="pwa-notice install-offer">
      <span class="pwa-notice-text">{t('pwa.installHint')}</span>
      <button type="button" class="pwa-notice-dismiss" onClick={dismissInstall}>
        {t('pwa.later')}
      </button>
      <button type="button" class="pwa-notice-action" onClick={() => void promptInstall()}>
        {t('pwa.install')}
      </button>
    </div>
  );
}
