/**
 * The app's five destinations: a bottom tab bar on a phone, in reach of one thumb, and a side
 * rail on a wide screen (the leader's console, 1024 px and up); the same links, laid out by CSS.
 * Switching tabs replaces the history entry: the phone's back gesture leaves the screen the
 * officer drilled into, not every tab visited on the way.
 */

import { TABS, type Tab, tabHref } from '../app/router.ts';
import { t } from '../i18n/index.ts';
import { NavIcon } from './NavIcon.tsx';

/** The navigation, `current` marked for sight and for screen readers. */
export function AppNav({ current }: { current: Tab }) {
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      {/* Shown on the wide layout only, at the top of the rail. */}
      <p class="app-nav-brand">{t('app.title')}</p>
      <ul class="app-nav-list">
        {TABS.map((tab) => (
          <li key={tab}>
            <a
              href={tabHref(tab)}
              data-replace
              class={`app-nav-link nav-${tab}`}
              aria-current={tab === current ? 'page' : undefined}
            >
              <NavIcon tab={tab} />
              <span class="app-nav-label">{t(`nav.${tab}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
