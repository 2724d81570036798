/**
 * The first screen's state, read before the first render. Without signal a cold start waits on
 * IndexedDB for every read, and each read a component makes after rendering costs a render and
 * a round trip more: reading session and sync state at once, before rendering, lets the first
 * render already be the officer's screen (main.tsx waits a short moment for it).
 */
import { type FerryBeatDB, LATEST_VERSION } from '../../device/db/schema.ts';
import { readStartStateDirect, type StartState } from '../../device/db/session.ts';

let read: { value: StartState } | undefined;

/** Starts the read; resolves when it is in (or failed: the screens read for themselves). */
export function readStartStateEarly(db: FerryBeatDB): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return readStartStateDirect(db.name, LATEST_VERSION).then(
    (value) => {
      if (value) read = { value };
    },
    () => undefined,
  );
}

/** The early read's result, once (later renders follow the live queries). */
export function takeStartState(): { value: StartState } | undefined {
  const value = read;
  read = undefined;
  return value;
}
