/**
 * Sync protocol v1: the one schema source for every message between device and server.
 * The server validates requests with it; the device validates answers with it. Objects are
 * strict: an unknown field is an error naming that field. See docs/sync-protocol.md.
 */
import { z } from 'zod';
import { ENTITY_NAMES, type EntityName, type EntityTypes, VISIT_TOPICS } from './entities.ts';
import { SUSPENSION_REASONS } from './ferry/timetable.ts';
import { isUuidV7 } from './uuidv7.ts';

/** Most changes one pull page may carry, and the page size when the device asks for none. */
export const PULL_LIMIT_MAX = 10_000;
export const PULL_LIMIT_DEFAULT = 2_000;
/** Most mutations in one push. */
export const PUSH_BATCH_MAX = 1_000;

const isoTime = z.iso.datetime({ offset: true });
const uuid7 = z.string().refine(isUuidV7, { message: 'must be a UUIDv7 in lower case' });
const text = (max: number) => z.string().trim().min(1).max(max);

export const loginRequest = z.strictObject({
  username: text(64),
  password: z.string().min(1).max(256),
  deviceName: text(100),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const sessionUser = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['officer', 'auxiliary', 'leader']),
  gridIds: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginResponse = z.strictObject({ token: z.string(), user: sessionUser });
export type LoginResponse = z.infer<typeof loginResponse>;

/**
 * The pull protocol's version. A device says which it speaks (`v`), and the server sends only
 * the entities that version knows, so an app not yet updated never meets a change it cannot
 * store. v2 added `suspension`.
 */
export const PROTOCOL_VERSION = 2;

/** The protocol version that introduced each entity. */
const ENTITY_SINCE: Readonly<Record<EntityName, number>> = {
  village: 1,
  grid: 1,
  household: 1,
  resident: 1,
  crossing: 1,
  suspension: 2,
  assignment: 1,
  visit: 1,
};

/** The entities a device speaking protocol `version` can store. */
export function entitiesOf(version: number): EntityName[] {
  return ENTITY_NAMES.filter((entity) => ENTITY_SINCE[entity] <= version);
}

export const pullQuery = z.strictObject({
  cursor: z.string().max(512).optional(),
  /** The device's protocol version; absent means 1 (apps from before versions were sent). */
  v: z.coerce.number().int().min(1).max(1_000).optional(),
  limit: z.coerce.number().int().min(1).max(PULL_LIMIT_MAX).optional(),
});
export type PullQuery = z.infer<typeof pullQuery>;

/** One change: the record's latest state (`put`) or its removal (`delete`). */
export type Change = {
  [E in EntityName]:
    | { entity: E; op: 'put'; id: string; data: EntityTypes[E] }
    | { entity: E; op: 'delete'; id: string };
}[EntityName];

// Record shapes are the server's own output, so the device checks the envelope of each
// change, not every field of the record: a full check of 70,000 records would double a pull.
const recordData = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'must be an object',
);
const change = z.discriminatedUnion('op', [
  z.strictObject({
    entity: z.enum(ENTITY_NAMES),
    op: z.literal('put'),
    id: z.string(),
    data: recordData,
  }),
  z.strictObject({ entity: z.enum(ENTITY_NAMES), op: z.literal('delete'), id: z.string() }),
]);

export const pullResponse = z.strictObject({
  changes: z.array(change),
  cursor: z.string(),
  hasMore: z.boolean(),
  /** True when the device must drop its copy first: a first pull or a change of scope. */
  reset: z.boolean(),
  /** Changes still waiting after this page, for a progress bar (3,200 / 14,000). */
  remaining: z.number().int().min(0),
});
export interface PullResponse {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
  reset: boolean;
  remaining: number;
}

export const visitOutcome = z.enum(['met', 'nobody_home', 'refused', 'moved']);

const ids = z.array(z.string().min(1).max(64)).max(50);

export const newResident = z.strictObject({
  name: text(40),
  sex: z.enum(['male', 'female']).nullable(),
  phone: z
    .string()
    .regex(/^[0-9+\- ]{5,20}$/, 'must be a phone number')
    .nullable(),
  note: z.string().max(200),
});

export const geoFix = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

/** SHA-256 of a photo's bytes, lower-case hex: the photo's name everywhere. */
export const photoHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex');

/** Largest photo the server takes; the device shrinks photos to a few hundred KB first. */
export const PHOTO_MAX_BYTES = 4 * 1024 * 1024;

export const photoRef = z.strictObject({
  hash: photoHash,
  type: z.enum(['image/jpeg', 'image/webp']),
  bytes: z.number().int().min(1).max(PHOTO_MAX_BYTES),
  width: z.number().int().min(1).max(8000),
  height: z.number().int().min(1).max(8000),
});

/**
 * A recorded visit. The fields after `notes` came after protocol v1's first release and are
 * optional, so a device that does not send them is still understood (the server fills in
 * empty details).
 */
export const visitPayload = z.strictObject({
  householdId: text(64),
  visitedAt: isoTime,
  outcome: visitOutcome,
  notes: z.string().max(2000),
  presentResidentIds: ids.optional(),
  movedOutResidentIds: ids.optional(),
  newResidents: z.array(newResident).max(20).optional(),
  antiFraudChecked: z.boolean().optional(),
  antiFraudInstalled: z.number().int().min(0).max(50).optional(),
  topics: z.array(z.enum(VISIT_TOPICS)).max(VISIT_TOPICS.length).optional(),
  followUp: z.boolean().optional(),
  location: geoFix.nullable().optional(),
  photos: z
    .array(photoRef)
    .max(10)
    .refine((photos) => new Set(photos.map((p) => p.hash)).size === photos.length, {
      message: 'the same photo is named twice',
    })
    .optional(),
});
export type VisitPayload = z.infer<typeof visitPayload>;

export const mutation = z.strictObject({
  id: uuid7,
  type: z.literal('visit.record'),
  createdAt: isoTime,
  payload: visitPayload,
});
export type Mutation = z.infer<typeof mutation>;

/**
 * A push is checked in two steps: the envelope (each mutation has an id to answer to), then each
 * mutation on its own, so one bad mutation is rejected alone and the good ones are applied.
 */
export const pushEnvelope = z.strictObject({
  mutations: z
    .array(z.looseObject({ id: uuid7 }))
    .min(1)
    .max(PUSH_BATCH_MAX),
});

export const apiErrorBody = z.strictObject({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

export const pushResult = z.strictObject({
  id: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  error: apiErrorBody.optional(),
});
export type PushResult = z.infer<typeof pushResult>;

export const pushResponse = z.strictObject({ results: z.array(pushResult) });
export type PushResponse = z.infer<typeof pushResponse>;

export const visitsQuery = z.strictObject({ since: isoTime.optional() });

/**
 * The leader stops a crossing for a while (`POST /api/ferries/suspensions`). `id`, a UUIDv7
 * made by the leader's device, makes a retried request land once.
 */
export const suspensionInput = z
  .strictObject({
    id: uuid7.optional(),
    crossingId: text(64),
    from: isoTime,
    until: isoTime.nullable(),
    reason: z.enum(SUSPENSION_REASONS),
    note: z.string().trim().max(200),
  })
  .refine((s) => s.until === null || Date.parse(s.until) > Date.parse(s.from), {
    message: 'must be after from',
    path: ['until'],
  });
export type SuspensionInput = z.infer<typeof suspensionInput>;

/** A suspension as the server answers it (and as it travels in the feed). */
export const suspensionRecord = z.strictObject({
  id: z.string(),
  crossingId: z.string(),
  from: isoTime,
  until: isoTime.nullable(),
  reason: z.enum(SUSPENSION_REASONS),
  note: z.string(),
  createdAt: isoTime,
});

/** The first problem of a failed parse, as the field path and a message for the error body. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'invalid' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { field: [...path, key].join('.'), message: `unknown field "${key}"` };
  }
  return { field: path.join('.'), message: issue.message };
}

/** The answer to a photo upload. */
export const photoUploadResponse = z.strictObject({ status: z.enum(['stored', 'duplicate']) });
export type PhotoUploadResponse = z.infer<typeof photoUploadResponse>;
