/** Test data and doubles for the device tests: a fresh fake IndexedDB, records, a scripted API. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { FerryBeatDB, type OutboxEntry } from '../../src/device/db/schema.ts';
import type { Api, PullRequest } from '../../src/device/sync/api.ts';
import {
  EMPTY_VISIT_DETAILS,
  type Grid,
  type Household,
  type Resident,
  type Village,
  type Visit,
} from '../../src/shared/entities.ts';
import type { Change, PullResponse } from '../../src/shared/protocol.ts';

let dbCount = 0;

/** A new, empty database in fake-indexeddb, unique per call. */
export function makeDb(): FerryBeatDB {
  dbCount++;
  return new FerryBeatDB(`test-${dbCount}-${Math.random()}`, { indexedDB, IDBKeyRange });
}

/** Stores a session, as a successful sign-in would. */
export async function signIn(db: FerryBeatDB, userId = 'u-officer'): Promise<void> {
  await db.session.put({
    key: 'current',
    token: 'token-1',
    user: {
      id: userId,
      username: 'zhang',
      displayName: '张警官',
      role: 'officer',
      gridIds: ['g1'],
    },
    deviceName: 'Android-test',
    signedInAt: '2025-03-01T08:00:00+08:00',
  });
  await db.meta.put({ key: 'userId', value: userId });
}

/** A village record. */
export function village(id: string, name: string): Village {
  return { id, name, kind: 'village', bankId: 'b1', office: [113.1, 22.4] };
}

/** A grid record. */
export function grid(id: string, name: string, villageId: string): Grid {
  return { id, name, villageId, bankId: 'b1', polygon: [] };
}

/** A household record; fields can be overridden. */
export function household(id: string, over: Partial<Household> = {}): Household {
  return {
    id,
    gridId: 'g1',
    villageId: 'v1',
    address: { village: '莲腰村', area: '第三组', number: 12 },
    addressText: '莲腰村 第三组 12号',
    headName: '陈大文',
    phone: '13800000000',
    housing: 'owned',
    elderlyAlone: false,
    location: [113.1, 22.4],
    residentCount: 1,
    ...over,
  };
}

/** A resident record; fields can be overridden. */
export function resident(id: string, householdId: string, over: Partial<Resident> = {}): Resident {
  return {
    id,
    householdId,
    gridId: 'g1',
    name: '陈大文',
    sex: 'male',
    birthDate: '1960-05-01',
    idNumber: '440705196005011234',
    phone: null,
    registration: 'registered',
    relation: '户主',
    ...over,
  };
}

/** A visit record. */
export function visit(id: string, householdId: string, visitedAt: string): Visit {
  return {
    ...EMPTY_VISIT_DETAILS,
    id,
    householdId,
    gridId: 'g1',
    userId: 'u-officer',
    username: 'zhang',
    deviceName: 'Android-test',
    visitedAt,
    receivedAt: visitedAt,
    outcome: 'met',
    notes: '',
  };
}

/** A visit recorded by `u-officer` and waiting in the outbox; fields can be overridden. */
export function outboxEntry(
  id: string,
  householdId: string,
  visitedAt: string,
  over: Partial<OutboxEntry> = {},
): OutboxEntry {
  return {
    id,
    type: 'visit.record',
    createdAt: visitedAt,
    payload: { householdId, visitedAt, outcome: 'met', notes: '' },
    userId: 'u-officer',
    householdId,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    syncedAt: null,
    ...over,
  };
}

/** A `put` change for a visit. */
export function putVisit(id: string, householdId: string, visitedAt: string): Change {
  return { entity: 'visit', op: 'put', id, data: visit(id, householdId, visitedAt) };
}

/** A `put` change for a household. */
export function putHousehold(id: string, over: Partial<Household> = {}): Change {
  return { entity: 'household', op: 'put', id, data: household(id, over) };
}

/** A pull page with defaults: not a reset, nothing more. */
export function page(changes: Change[], over: Partial<PullResponse> = {}): PullResponse {
  return { changes, cursor: 'c-end', hasMore: false, reset: false, remaining: 0, ...over };
}

type PullStep = PullResponse | Error | (() => Promise<PullResponse>);

/** An API that answers pulls from a script, in order, and records every request. */
export function scriptedApi(steps: PullStep[]): Api & { requests: PullRequest[] } {
  const queue = [...steps];
  const requests: PullRequest[] = [];
  return {
    requests,
    async login() {
      throw new Error('login not scripted');
    },
    async logout() {},
    async push() {
      throw new Error('push not scripted');
    },
    async uploadPhoto() {
      throw new Error('upload not scripted');
    },
    async suspendCrossing() {
      throw new Error('suspend not scripted');
    },
    async reopenCrossing() {
      throw new Error('reopen not scripted');
    },
    async pull(request) {
      requests.push(request);
      const step = queue.shift();
      if (step === undefined) throw new Error('no more pages scripted');
      if (step instanceof Error) throw step;
      return typeof step === 'function' ? step() : step;
    },
  };
}
