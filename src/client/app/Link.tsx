/**
 * An in-app link: a real `<a href>` (long-press, screen readers and a new tab work as with any
 * link) whose plain tap goes through `navigate`, so the new entry remembers where "back" goes.
 */
import type { ComponentChildren, JSX } from 'preact';
import { navigate, type RouteState } from './router.ts';

type AnchorProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

/** `replace` swaps the current entry (tabs); `onOpen` runs before the route changes. */
export function Link({
  href,
  replace = false,
  state,
  onOpen,
  children,
  ...rest
}: AnchorProps & {
  href: string;
  replace?: boolean;
  state?: RouteState;
  onOpen?: () => void;
  children: ComponentChildren;
}) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        // A modified click (new tab, new window) is the browser's to handle.
        if (
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        onOpen?.();
        navigate(href, { replace, ...(state ? { state } : {}) });
      }}
    >
      {children}
    </a>
  );
}
