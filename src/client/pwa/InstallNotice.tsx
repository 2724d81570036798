/**
 * The install offer: a button where the browser can install, a short guide on iOS. On the
 * household list it is a card in the page's flow (it never covers the tabs or the list) with
 * "later"; in 我的 it is offered for as long as the browser can install.
 */
import { t } from '../i18n/index.ts';
import { installOffer, installSnoozed, promptInstall, snoozeInstall } from './install.ts';
import { useStore } from './useStore.ts';
import './pwa.css';

/** Hidden when the browser offers nothing or the app runs installed; `card` also when snoozed. */
export function InstallNotice({ placement }: { placement: 'card' | 'settings' }) {
  const offer = useStore(installOffer);
  const snoozed = useStore(installSnoozed);
  if (offer === 'none' || (placement === 'card' && snoozed)) return null;
  const later = placement === 'card' && (
    <button type="button" class="install-later" onClick={() => snoozeInstall()}>
      {offer === 'ios-guide' ? t('pwa.dismiss') : t('pwa.later')}
    </button>
  );
  if (offer === 'ios-guide') {
    return (
      <section class={`install-notice install-guide install-${placement}`}>
        <p class="install-text">{t('pwa.iosGuide')}</p>
        {later}
      </section>
    );
  }
  return (
    <section class={`install-notice install-offer install-${placement}`}>
      <p class="install-text">{t('pwa.installHint')}</p>
      <div class="install-actions">
        {later}
        <button type="button" class="pwa-notice-action" onClick={() => void promptInstall()}>
          {t('pwa.install')}
        </button>
      </div>
    </section>
  );
}
