/**
 * The schema of a suspension record, the one source of `Suspension` (timetable.ts). In a file
 * of its own: the API client parses suspensions, and zod builds every schema of a module it
 * loads, so the timetable's schemas stay out of the client's chunk.
 */
import { z } from 'zod';
import { isoTime } from '../schemaFields.ts';
import { SUSPENSION_REASONS } from '../vocabulary.ts';

/**
 * A temporary stop of a crossing set by the station (停航), as the server answers it and as it
 * travels in the feed: no boat leaves at or after `from` and before `until` (`until` null while
 * the end is not known).
 */
export const suspensionRecord = z.strictObject({
  id: z.string(),
  crossingId: z.string(),
  from: isoTime,
  until: isoTime.nullable(),
  reason: z.enum(SUSPENSION_REASONS),
  /** A short note for officers, e.g. 大雾, 预计午后恢复; no personal data. */
  note: z.string(),
  createdAt: isoTime,
});
