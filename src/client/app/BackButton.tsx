/** "‹ 返回": one history step to where the officer came from, else to `fallback`. */
import { goBack } from './router.ts';

/** The back button of a screen below a tab (a household, its visit form, a focused map). */
export function BackButton({ fallback, label }: { fallback: string; label: string }) {
  return (
    <button type="button" class="back" onClick={() => goBack(fallback)}>
      {label}
    </button>
  );
}
