/**
 * The contract between device and server cannot drift. The types both sides use are read off
 * the schemas, so the checks on types below fail `tsc -b` (which checks this folder) when one
 * side changes alone; the checks at run time hold the server's schemas to the shared lists.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TileSource } from '../../server/tiles/source.ts';
import type { PhotoRecord } from '../../src/device/db/schema.ts';
import type { MapManifest } from '../../src/device/map/manifest.ts';
import type { PhotoInput, VisitInput } from '../../src/device/outbox/record.ts';
import type { Datum } from '../../src/shared/datum.ts';
import {
  type Assignment,
  type Crossing,
  EMPTY_VISIT_DETAILS,
  type EntityTypes,
  type Grid,
  type Household,
  type PhotoRef,
  type Resident,
  type Role,
  type Village,
  type Visit,
  type VisitDetails,
  type VisitOutcome,
} from '../../src/shared/entities.ts';
import type { Exact } from '../../src/shared/exact.ts';
import type { Suspension, SuspensionReason } from '../../src/shared/ferry/timetable.ts';
import {
  firstIssue,
  mutation,
  type SessionUser,
  type SuspensionInput,
  sessionUser,
  type VisitPayload,
  visitPayload,
} from '../../src/shared/protocol.ts';
import { visitDetails, visitOutcome } from '../../src/shared/visitSchema.ts';
import { type PhotoType, ROLES, VISIT_OUTCOMES } from '../../src/shared/vocabulary.ts';

const PAYLOAD = {
  householdId: 'h1',
  visitedAt: '2026-11-30T10:15:00+08:00',
  outcome: 'met',
  notes: '',
} as const;

/** A visit mutation as a device pushes it, around `payload`. */
const pushed = (payload: Record<string, unknown>) => ({
  id: '019ad3c2-4b00-7000-8000-000000000001',
  type: 'visit.record',
  createdAt: '2026-11-30T10:15:00+08:00',
  payload,
});

describe('the visit contract', () => {
  it('gives the device’s details, its input and the server’s payload one set of fields', () => {
    type PayloadDetails = Omit<VisitPayload, 'householdId' | 'visitedAt' | 'outcome' | 'notes'>;
    // The payload's details are optional (devices from before them are still understood).
    expectTypeOf<Partial<VisitDetails>>().toEqualTypeOf<PayloadDetails>();
    expectTypeOf<keyof VisitInput>().toEqualTypeOf<keyof VisitPayload>();
    expectTypeOf<Omit<Visit, keyof VisitPayload>>().toEqualTypeOf<
      Pick<Visit, 'id' | 'gridId' | 'userId' | 'username' | 'deviceName' | 'receivedAt'>
    >();
  });

  it('refuses a detail field the schema lacks, at compile time and at the server alike', () => {
    const details: VisitDetails = {
      ...EMPTY_VISIT_DETAILS,
      // @ts-expect-error: `mood` is not a field of a visit's details
      mood: 'calm',
    };
    const parsed = mutation.safeParse(pushed({ ...PAYLOAD, ...details }));
    expect(parsed.success).toBe(false);
    expect(parsed.error && firstIssue(parsed.error)).toEqual({
      field: 'payload.mood',
      message: 'unknown field "mood"',
    });
  });

  it('makes a field spread in from a wider type a compile error (recordVisit relies on it)', () => {
    type WithMood = Omit<VisitDetails, 'photos'> & { mood: string };
    const wider: WithMood = { ...EMPTY_VISIT_DETAILS, mood: 'calm' };
    // @ts-expect-error: `mood` is not a field of a visit's details
    const exact: Exact<Omit<VisitDetails, 'photos'>, WithMood> = wider;
    expect(exact).toBe(wider);
  });

  it('takes the empty details as a whole payload, and a payload without details', () => {
    expect(visitDetails.safeParse(EMPTY_VISIT_DETAILS).error).toBeUndefined();
    expect(mutation.safeParse(pushed({ ...PAYLOAD, ...EMPTY_VISIT_DETAILS })).error).toBe(
      undefined,
    );
    expect(visitPayload.safeParse(PAYLOAD).error).toBeUndefined();
  });
});

describe('the lists', () => {
  it('are the ones the server validates with', () => {
    expect(visitOutcome.options).toEqual(['met', 'nobody_home', 'refused', 'moved']);
    expect(visitOutcome.options).toEqual([...VISIT_OUTCOMES]);
    expect(sessionUser.shape.role.options).toEqual(['officer', 'auxiliary', 'leader']);
    expect(sessionUser.shape.role.options).toEqual([...ROLES]);
  });

  it('refuses an outcome outside the list, naming the field', () => {
    const parsed = mutation.safeParse(pushed({ ...PAYLOAD, outcome: 'asleep' }));
    expect(parsed.error && firstIssue(parsed.error).field).toBe('payload.outcome');
  });

  it('type every field that holds one of their values', () => {
    expectTypeOf<VisitOutcome>().toEqualTypeOf<VisitPayload['outcome']>();
    expectTypeOf<VisitOutcome>().toEqualTypeOf<Visit['outcome']>();
    expectTypeOf<Role>().toEqualTypeOf<SessionUser['role']>();
    expectTypeOf<Role>().toEqualTypeOf<Assignment['role']>();
    expectTypeOf<SuspensionReason>().toEqualTypeOf<Suspension['reason']>();
    expectTypeOf<SuspensionReason>().toEqualTypeOf<SuspensionInput['reason']>();
    expectTypeOf<PhotoType>().toEqualTypeOf<PhotoRef['type']>();
    expectTypeOf<PhotoType>().toEqualTypeOf<PhotoRecord['type']>();
    expectTypeOf<PhotoType>().toEqualTypeOf<PhotoInput['type']>();
    expectTypeOf<Datum>().toEqualTypeOf<MapManifest['datum']>();
  });
});

describe('the records and the tile manifest', () => {
  it('are the types the device stores and the server writes', () => {
    expectTypeOf<EntityTypes>().toEqualTypeOf<{
      village: Village;
      grid: Grid;
      household: Household;
      resident: Resident;
      crossing: Crossing;
      suspension: Suspension;
      assignment: Assignment;
      visit: Visit;
    }>();
    expectTypeOf<TileSource['manifest']>().toEqualTypeOf<MapManifest>();
  });
});
