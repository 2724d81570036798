/**
 * The header of every screen: one row (the phone's 740 px are for work, not chrome) with the
 * screen's name, what `children` add (the status line, once signed in) and the language toggle.
 * Sticky, clear of the notch (safe area).
 */
import type { ComponentChildren } from 'preact';
import { LanguageToggle } from '../app/LanguageToggle.tsx';

/** The header titled `title`; the title takes the room `children` leave. */
export function AppHeader({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class={children ? 'app-header' : 'app-header app-header-plain'}>
      <h1 class="app-header-title">{title}</h1>
      {children}
      <LanguageToggle />
    </header>
  );
}
