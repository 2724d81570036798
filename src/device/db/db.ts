/**
 * The app's one database connection. Only this folder constructs `FerryBeatDB`; other modules
 * import this singleton or take a database as a parameter (tests pass their own).
 *
 * The page loads this module on its own, after its first render has begun (Dexie is half of
 * what the page would otherwise parse before drawing anything): it carries Dexie's `liveQuery`
 * too, so the page's live queries come with the database they read.
 */
import { FerryBeatDB } from './schema.ts';

export { liveQuery } from 'dexie';

/** The page's shared database. */
export const db = new FerryBeatDB();
