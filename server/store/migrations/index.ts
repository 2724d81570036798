/** Versioned migrations, applied in name order at every start. Never edit one that shipped. */
import type { Migration } from 'kysely';
import * as initial from './001Initial.ts';
import * as visitDetails from './002VisitDetailsPhotos.ts';
import * as ferryTimetables from './003FerryTimetables.ts';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-visit-details-photos': visitDetails,
  '003-ferry-timetables': ferryTimetables,
};
