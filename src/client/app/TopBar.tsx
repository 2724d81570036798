/** The sticky bar on top of every screen: a title, the language toggle, and screen extras. */
import type { ComponentChildren } from 'preact';
import { LanguageToggle } from './LanguageToggle.tsx';

/** Title and language toggle in one row; `children` go in a second row (user, sync, sign out). */
export function TopBar({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="topbar">
      <div class="topbar-row">
        <h1 class="topbar-title">{title}</h1>
        <LanguageToggle />
      </div>
      {children}
    </header>
  );
}
