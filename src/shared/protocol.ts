/**
 * The sync protocol (versions in PROTOCOL_VERSION below): the one schema source for every message between device and server.
 * The server validates requests with it; the device validates answers with it. Objects are
 * strict: an unknown field is an error naming that field. See docs/sync-protocol.md.
 */
import { z } from 'zod';
import type { EntityTypes } from './entities.ts';
import { isoTime, text, uuid7 } from './schemaFields.ts';
import { VISIT_LIMITS } from './visitLimits.ts';
import { visitDetails, visitOutcome } from './visitSchema.ts';
import { ENTITY_NAMES, type EntityName, ROLES, SUSPENSION_REASONS } from './vocabulary.ts';

export { suspensionRecord } from './ferry/suspensionSchema.ts';
export { PHOTO_MAX_BYTES, photoHash } from './visitSchema.ts';

/** Most changes one pull page may carry, and the page size when the device asks for none. */
export const PULL_LIMIT_MAX = 10_000;
export const PULL_LIMIT_DEFAULT = 2_000;
/** Most mutations in one push. */
export const PUSH_BATCH_MAX = 1_000;

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
  role: z.enum(ROLES),
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
/** A pull page with each change typed by its entity (the schema checks only the envelope). */
export type PullResponse = Omit<z.infer<typeof pullResponse>, 'changes'> & { changes: Change[] };

/**
 * A recorded visit: the outcome and notes, then the details (visitSchema.ts). The details came
 * after protocol v1's first release and are optional, so a device that does not send them is
 * still understood (the server fills in empty details).
 */
export const visitPayload = z.strictObject({
  householdId: text(64),
  visitedAt: isoTime,
  outcome: visitOutcome,
  notes: z.string().max(VISIT_LIMITS.notes),
  ...visitDetails.partial().shape,
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
