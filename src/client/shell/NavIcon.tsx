/** The tabs' icons: inline SVG (no icon font, no request), drawn in the text's colour. */
import type { Tab } from '../app/router.ts';

// 24×24 outlines, stroked so one path per icon stays legible at 24 px and at 130% text.
const PATHS: Record<Tab, string> = {
  households: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5',
  map: 'M9 4 3 6.5v13L9 17l6 2.5 6-2.5V4l-6 2.5L9 4Zm0 0v13m6-10.5v13',
  ferries:
    'M4 14h16l-2.5 5h-11L4 14Zm3-1V8h10v5M12 4v4M2 21c2 0 2-1 4-1s2 1 4 1 2-1 4-1 2 1 4 1 2-1 4-1',
  plan: 'M8 5h11M8 12h11M8 19h11M3.5 5l1 1 2-2M3.5 12l1 1 2-2M3.5 19l1 1 2-2',
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-8 8.5c0-3.6 3.6-6 8-6s8 2.4 8 6',
};

/** The icon of `tab`, hidden from screen readers (the tab's label names it). */
export function NavIcon({ tab }: { tab: Tab }) {
  return (
    <svg
      class="nav-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[tab]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
