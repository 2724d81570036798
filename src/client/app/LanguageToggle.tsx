/** One tap switches between 中文 and English; shown on every screen. */
import { getLocale, LOCALE_TAGS, setLocale, t } from '../i18n/index.ts';

/** The button names the other language, in that language, so anyone can find it. */
export function LanguageToggle() {
  const next = getLocale() === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      class="lang-toggle"
      lang={LOCALE_TAGS[next]}
      aria-label={t('lang.toggleLabel')}
      onClick={() => setLocale(next)}
    >
      {t('lang.toggle')}
    </button>
  );
}
