/**
 * What happens after a visit is saved on the device. The page's sync wiring listens for
 * `ferrybeat:visit-saved` on `window` (to push soon); the household screen shows the saved
 * notice once the form has handed back to it.
 */

/** The event dispatched on `window` after a visit is committed to IndexedDB. */
export const VISIT_SAVED_EVENT = 'ferrybeat:visit-saved';

/** `detail` of the saved event: the outbox entry's id (also the visit's id). */
export interface VisitSavedDetail {
  id: string;
}

declare global {
  interface WindowEventMap {
    'ferrybeat:visit-saved': CustomEvent<VisitSavedDetail>;
  }
}

let notice: { householdId: string; visitId: string } | null = null;

/** Called once `recordVisit` has resolved: remembers the notice and tells the listeners. */
export function afterVisitSaved(householdId: string, visitId: string): void {
  notice = { householdId, visitId };
  window.dispatchEvent(
    new CustomEvent<VisitSavedDetail>(VISIT_SAVED_EVENT, { detail: { id: visitId } }),
  );
}

/** The id of the visit just saved for this household, once: the notice shows on arrival only. */
export function takeSavedNotice(householdId: string): string | null {
  if (notice?.householdId !== householdId) return null;
  const { visitId } = notice;
  notice = null;
  return visitId;
}
