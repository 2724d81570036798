/**
 * The signed-in header: one row (the phone's 740 px are for work, not chrome) with the screen's
 * name, the status line and the language toggle. Sticky, clear of the notch (safe area).
 */
import type { SessionRecord } from '../../device/db/schema.ts';
import { LanguageToggle } from '../app/LanguageToggle.tsx';
import type { Tab } from '../app/router.ts';
import { t } from '../i18n/index.ts';
import { StatusLine } from './StatusLine.tsx';

/** The header for a screen under `tab`. */
export function AppHeader({ tab, session }: { tab: Tab; session: SessionRecord }) {
  return (
    <header class="app-header">
      <h1 class="app-header-title">{t(`nav.${tab}`)}</h1>
      <StatusLine session={session} />
      <LanguageToggle />
    </header>
  );
}
