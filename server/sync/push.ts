/**
 * Applies a push. Each mutation is judged on its own (one bad mutation never stops the good
 * ones) and the batch is written in one transaction. The mutation id is the visit id, so a
 * mutation sent twice (a lost answer, a retry) is stored once and answered `duplicate`.
 */
import type { Kysely } from 'kysely';
import { EMPTY_VISIT_DETAILS, type Visit } from '../../src/shared/entities.ts';
import { ApiError, type ApiErrorBody } from '../../src/shared/errors.ts';
import { firstIssue, mutation, type PushResult, pushEnvelope } from '../../src/shared/protocol.ts';
import { parseOr400 } from '../http/errors.ts';
import type { Database } from '../store/schema.ts';
import type { ActiveSession } from '../store/sessions.ts';
import {
  authorsOfVisits,
  gridsOfHouseholds,
  insertVisits,
  residentsOfHouseholds,
} from '../store/visits.ts';
import { scopeCovers, scopeOf } from './scope.ts';

// Device clocks drift; a visit claimed for more than a day ahead of the server is a wrong clock.
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

function rejected(
  id: string,
  code: ApiErrorBody['code'],
  message: string,
  field?: string,
): PushResult {
  const error = new ApiError(code, message, 400, field).toBody();
  return { id, status: 'rejected', error };
}

/** Validates and stores a push body for a session; answers one result per mutation, in order. */
export async function applyPush(
  db: Kysely<Database>,
  session: ActiveSession,
  body: unknown,
  now: Date,
): Promise<PushResult[]> {
  const envelope = parseOr400(pushEnvelope, body);
  const scope = await scopeOf(db, session.user);
  const receivedAt = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const candidates = envelope.mutations.map((m) => m.id);
    const householdIds = envelope.mutations.flatMap((m) => {
      const id = (m.payload as { householdId?: unknown } | undefined)?.householdId;
      return typeof id === 'string' ? [id] : [];
    });
    const grids = await gridsOfHouseholds(trx, householdIds);
    const residents = await residentsOfHouseholds(trx, householdIds);
    const authors = await authorsOfVisits(trx, candidates);
    const fresh: Visit[] = [];
    const results = envelope.mutations.map((raw): PushResult => {
      const parsed = mutation.safeParse(raw);
      if (!parsed.success) {
        const { field, message } = firstIssue(parsed.error);
        return rejected(raw.id, 'E_INVALID', `${field}: ${message}`, field);
      }
      const m = parsed.data;
      const author = authors.get(m.id);
      if (author !== undefined) {
        return author === session.user.id
          ? { id: m.id, status: 'duplicate' }
          : rejected(m.id, 'E_INVALID', 'this mutation id belongs to another user', 'id');
      }
      const gridId = grids.get(m.payload.householdId);
      if (gridId === undefined) {
        return rejected(m.id, 'E_NOT_FOUND', 'no such household', 'payload.householdId');
      }
      if (!scopeCovers(scope, gridId)) {
        return rejected(
          m.id,
          'E_SCOPE',
          'the household is outside your grid cells',
          'payload.householdId',
        );
      }
      if (Date.parse(m.payload.visitedAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
        return rejected(
          m.id,
          'E_INVALID',
          'visitedAt is in the future; check the phone clock',
          'payload.visitedAt',
        );
      }
      const unknownResident = firstUnknownResident(m.payload, residents.get(m.payload.householdId));
      if (unknownResident) {
        return rejected(m.id, 'E_INVALID', 'not a resident of this household', unknownResident);
      }
      if ((m.payload.antiFraudInstalled ?? 0) > 0 && !m.payload.antiFraudChecked) {
        return rejected(
          m.id,
          'E_INVALID',
          'an installed count needs the anti-fraud check',
          'payload.antiFraudInstalled',
        );
      }
      authors.set(m.id, session.user.id);
      const { householdId: _h, visitedAt: _v, outcome: _o, notes: _n, ...details } = m.payload;
      fresh.push({
        ...EMPTY_VISIT_DETAILS,
        ...details,
        location: details.location ?? null,
        id: m.id,
        householdId: m.payload.householdId,
        gridId,
        userId: session.user.id,
        username: session.user.username,
        deviceName: session.deviceName,
        visitedAt: m.payload.visitedAt,
        receivedAt,
        outcome: m.payload.outcome,
        notes: m.payload.notes,
      });
      return { id: m.id, status: 'applied' };
    });
    await insertVisits(trx, fresh, session.sessionId);
    return results;
  });
}

/** The field path of the first resident id a visit names that is not in the household. */
function firstUnknownResident(
  payload: { presentResidentIds?: string[]; movedOutResidentIds?: string[] },
  known: Set<string> | undefined,
): string | undefined {
  for (const key of ['presentResidentIds', 'movedOutResidentIds'] as const) {
    const index = (payload[key] ?? []).findIndex((id) => !known?.has(id));
    if (index >= 0) return `payload.${key}.${index}`;
  }
  return undefined;
}
