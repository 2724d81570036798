/** Field schemas that messages and records share: times, ids, trimmed text. */
import { z } from 'zod';
import { isUuidV7 } from './uuidv7.ts';

/** An ISO 8601 instant with its offset (`Z` or `+08:00`): visit times keep the phone's offset. */
export const isoTime = z.iso.datetime({ offset: true });

/** A UUIDv7 in lower case: mutation, visit and suspension ids made on a device. */
export const uuid7 = z.string().refine(isUuidV7, { message: 'must be a UUIDv7 in lower case' });

/** Text typed by a person: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);
