/** Re-renders the calling component (the app root, hence everything) on a language switch. */
import { useEffect, useState } from 'preact/hooks';
import { getLocale, LOCALE_TAGS, type Locale, onLocaleChange } from '../i18n/index.ts';

/** The current language, updated on each switch; also keeps `<html lang>` in step. */
export function useLocale(): Locale {
  const [locale, setLocaleState] = useState(getLocale);
  useEffect(() => {
    const apply = (next: Locale) => {
      document.documentElement.lang = LOCALE_TAGS[next];
      setLocaleState(next);
    };
    apply(getLocale());
    return onLocaleChange(apply);
  }, []);
  return locale;
}
