/**
 * What an officer records at the door, as it travels in a visit mutation and rests in the visit
 * record: the one source of `VisitDetails`, `NewResident`, `GeoFix` and `PhotoRef` (see
 * entities.ts). Objects are strict: the server refuses a field it does not know, naming it.
 */
import { z } from 'zod';
import { text } from './schemaFields.ts';
import { PHONE_PATTERN, VISIT_LIMITS } from './visitLimits.ts';
import { PHOTO_TYPES, SEXES, VISIT_OUTCOMES, VISIT_TOPICS } from './vocabulary.ts';

/** Outcome of a household visit. */
export const visitOutcome = z.enum(VISIT_OUTCOMES);

/** Ids of residents named by a visit. */
const residentIds = z.array(z.string().min(1).max(64)).max(VISIT_LIMITS.residentIds);

/** Someone found living at the household who is not on its register yet. */
export const newResident = z.strictObject({
  name: text(VISIT_LIMITS.newResidentName),
  sex: z.enum(SEXES).nullable(),
  phone: z.string().regex(PHONE_PATTERN, 'must be a phone number').nullable(),
  note: z.string().max(VISIT_LIMITS.newResidentNote),
});

/** A GPS fix taken when the visit was saved; accuracy in metres. */
export const geoFix = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

/** SHA-256 of a photo's bytes, lower-case hex: the photo's name everywhere. */
export const photoHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex');

/** Largest photo the server takes; the device shrinks photos to a few hundred KB first. */
export const PHOTO_MAX_BYTES = 4 * 1024 * 1024;

/** A photo of a visit, named by the SHA-256 of its bytes; the bytes are uploaded separately. */
export const photoRef = z.strictObject({
  hash: photoHash,
  type: z.enum(PHOTO_TYPES),
  bytes: z.number().int().min(1).max(PHOTO_MAX_BYTES),
  width: z.number().int().min(1).max(8000),
  height: z.number().int().min(1).max(8000),
});

/** What the officer recorded at the door, beyond the outcome and notes. */
export const visitDetails = z.strictObject({
  /** Residents present and verified (核查). */
  presentResidentIds: residentIds,
  /** Residents who no longer live here. */
  movedOutResidentIds: residentIds,
  newResidents: z.array(newResident).max(VISIT_LIMITS.newResidents),
  /** Whether the 国家反诈中心 app was checked, and for how many people it is installed. */
  antiFraudChecked: z.boolean(),
  antiFraudInstalled: z.number().int().min(0).max(VISIT_LIMITS.antiFraudInstalled),
  topics: z.array(z.enum(VISIT_TOPICS)).max(VISIT_TOPICS.length),
  followUp: z.boolean(),
  location: geoFix.nullable(),
  photos: z
    .array(photoRef)
    .max(VISIT_LIMITS.photos)
    .refine((photos) => new Set(photos.map((p) => p.hash)).size === photos.length, {
      message: 'the same photo is named twice',
    }),
});
