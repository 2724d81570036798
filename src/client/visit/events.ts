/**
 * What happens after a visit is saved on the device: the page's sync wiring listens for
 * `ferrybeat:visit-saved` on `window` (to push soon). The household screen's "saved" note
 * travels with the history entry instead (router.ts, `savedVisitId`).
 */

/** The event dispatched on `window` after a visit is committed to IndexedDB. */
export const VISIT_SAVED_EVENT = 'ferrybeat:visit-saved';

/** `detail` of the saved event: the outbox entry's id (also the visit's id). */
export interface VisitSavedDetail {
  id: string;
}

declare global {
  interface WindowEventMap {
    [VISIT_SAVED_EVENT]: CustomEvent<VisitSavedDetail>;
  }
}

/** Called once `recordVisit` has resolved: tells the listeners (the sync triggers). */
export function announceVisitSaved(visitId: string): void {
  window.dispatchEvent(
    new CustomEvent<VisitSavedDetail>(VISIT_SAVED_EVENT, { detail: { id: visitId } }),
  );
}
