/**
 * The app's one database connection. Only this folder constructs `FerryBeatDB`; other modules
 * import this singleton or take a database as a parameter (tests pass their own).
 */
import { FerryBeatDB } from './schema.ts';

/** The page's shared database. */
export const db = new FerryBeatDB();
