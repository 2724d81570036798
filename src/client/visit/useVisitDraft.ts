/**
 * The visit form's state, kept as the household's draft: restored on opening, written ~300 ms
 * after the last change and at once when the page is hidden or left (a phone may kill a
 * backgrounded tab without another event). While it holds input the app must not reload under
 * it, so it registers as unsaved input with the update prompt.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { discardDraft, loadDraft, saveDraft } from '../../device/db/drafts.ts';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { setUnsavedInput } from '../pwa/unsaved.ts';
import { restoreVisitForm } from './draftForm.ts';
import { emptyVisitForm, hasInput, type VisitForm } from './formModel.ts';

/** Quiet time after the last change before the draft is written. */
export const DRAFT_DELAY_MS = 300;
/** The key under which the form registers unsaved input. */
export const UNSAVED_KEY = 'visit-form';

/** The form, its edits, and control over the draft around a save or discard. */
export interface VisitDraft {
  /** Null while the draft loads. */
  form: VisitForm | null;
  /** The form came back from a draft (say so on screen). */
  restored: boolean;
  /** The last draft write failed (null once one succeeds). */
  draftError: unknown;
  update(change: (form: VisitForm) => VisitForm): void;
  /** Stops writing the draft (before `recordVisit` deletes it, or a discard). */
  close(): void;
  /** Writes again after a failed save; the form is still on screen. */
  reopen(): void;
}

/** The visit form for `householdId` by `userId`, backed by its draft. */
export function useVisitDraft(db: FerryBeatDB, householdId: string, userId: string): VisitDraft {
  const [form, setForm] = useState<VisitForm | null>(null);
  const [restored, setRestored] = useState(false);
  const [draftError, setDraftError] = useState<unknown>(null);
  const current = useRef<VisitForm | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writing = useRef(true);

  useEffect(() => {
    let live = true;
    const now = new Date();
    loadDraft(db, householdId, userId)
      .then((draft) => (draft ? restoreVisitForm(draft.form, now) : null))
      .catch((error: unknown) => {
        console.error('reading the visit draft failed', error);
        return null;
      })
      .then((fromDraft) => {
        if (!live) return;
        current.current = fromDraft ?? emptyVisitForm(now);
        setForm(current.current);
        setRestored(fromDraft !== null && hasInput(fromDraft));
      });
    return () => {
      live = false;
    };
  }, [db, householdId, userId]);

  const write = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const latest = current.current;
    if (!writing.current || latest === null) return;
    const done = hasInput(latest)
      ? saveDraft(db, { householdId, userId, form: latest })
      : discardDraft(db, householdId);
    done.then(
      () => setDraftError(null),
      (error: unknown) => {
        console.error('writing the visit draft failed', error);
        setDraftError(error);
      },
    );
  }, [db, householdId, userId]);

  // Leaving the page, backgrounding it, or leaving the screen writes a pending change at once.
  useEffect(() => {
    const flush = () => timer.current !== undefined && write();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [write]);

  // Still dirty while a save runs: only leaving the screen (saved or discarded) clears it.
  const dirty = form !== null && hasInput(form);
  useEffect(() => setUnsavedInput(UNSAVED_KEY, dirty), [dirty]);
  useEffect(() => () => setUnsavedInput(UNSAVED_KEY, false), []);

  const update = useCallback(
    (change: (form: VisitForm) => VisitForm) => {
      if (current.current === null) return;
      current.current = change(current.current);
      setForm(current.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(write, DRAFT_DELAY_MS);
    },
    [write],
  );

  const close = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    writing.current = false;
  }, []);

  const reopen = useCallback(() => {
    writing.current = true;
    write();
  }, [write]);

  return { form, restored, draftError, update, close, reopen };
}
