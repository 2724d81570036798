/**
 * Which forms hold input that is not saved yet. The update flow asks before reloading the page:
 * a new version must never cost an officer a half-typed visit record.
 */
import { createStore } from './store.ts';

const dirtyKeys = new Set<string>();

/** True while at least one form holds unsaved input; components may subscribe. */
export const unsavedInput = createStore(false);

/**
 * Marks the form `key` (e.g. `visit:<householdId>`) as holding unsaved input or not. Forms call
 * it on each edit and with `false` after saving or discarding, and when they unmount.
 */
export function setUnsavedInput(key: string, dirty: boolean): void {
  if (dirty) dirtyKeys.add(key);
  else dirtyKeys.delete(key);
  unsavedInput.set(dirtyKeys.size > 0);
}

/** Whether any form holds unsaved input right now. */
export function hasUnsavedInput(): boolean {
  return dirtyKeys.size > 0;
}
