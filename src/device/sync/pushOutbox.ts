/**
 * Sends the outbox in batches. An entry is marked `sending` before its request and leaves the
 * unsynced states only on the server's `applied` or `duplicate`; a refusal is kept with its
 * reason. A request that fails or whose answer is lost leaves the entries to be sent again:
 * the server recognises a resent mutation by its id and stores nothing twice.
 */
import { ApiError, toErrorCode } from '../../shared/errors.ts';
import type { Mutation, PushResult } from '../../shared/protocol.ts';
import { dueEntries, putEntries } from '../db/outbox.ts';
import type { FerryBeatDB, OutboxEntry } from '../db/schema.ts';
import type { Api } from './api.ts';
import { retryDelayMs } from './backoff.ts';
import { OfflineError } from './errors.ts';

/** Injected time, randomness and batch size. */
export interface PushDeps {
  db: FerryBeatDB;
  api: Api;
  token: string;
  userId: string;
  now: () => number;
  random: () => number;
  batchSize: number;
  /** Send entries still backing off too (an officer's "Sync now", the `online` event). */
  ignoreBackoff: boolean;
}

/** How a push ended. */
export type PushStatus = 'done' | 'offline' | 'auth-expired' | 'server-error';

/** Counts of one push run. */
export interface PushReport {
  status: PushStatus;
  requests: number;
  applied: number;
  duplicate: number;
  rejected: number;
}

const toMutation = (e: OutboxEntry): Mutation => ({
  id: e.id,
  type: e.type,
  createdAt: e.createdAt,
  payload: e.payload,
});

/** Pushes every due entry of the user; stops at the first failure that a retry must wait for. */
export async function pushOutbox(deps: PushDeps): Promise<PushReport> {
  const report: PushReport = { status: 'done', requests: 0, applied: 0, duplicate: 0, rejected: 0 };
  let batchSize = deps.batchSize;
  const tried = new Set<string>();
  for (;;) {
    const due = await dueEntries(deps.db, {
      userId: deps.userId,
      now: deps.now(),
      ignoreBackoff: deps.ignoreBackoff,
      limit: batchSize + tried.size,
    });
    const batch = due.filter((e) => !tried.has(e.id));
    if (batch.length === 0) return report;
    const sent = batch
      .slice(0, batchSize)
      .map((e): OutboxEntry => ({ ...e, state: 'sending', attempts: e.attempts + 1 }));
    for (const e of sent) tried.add(e.id);
    await putEntries(deps.db, sent);
    let results: PushResult[];
    try {
      report.requests++;
      ({ results } = await deps.api.push(deps.token, sent.map(toMutation)));
    } catch (error) {
      if (isWholeBatchRefusal(error) && sent.length > 1) {
        // Too large (very long notes), or refused as a whole: halve and send again, so a refusal
        // lands on the one mutation that earns it, never on the good ones beside it.
        batchSize = Math.ceil(sent.length / 2);
        for (const e of sent) tried.delete(e.id);
        await putEntries(
          deps.db,
          sent.map((e) => ({ ...e, state: 'waiting', attempts: e.attempts - 1 })),
        );
        continue;
      }
      const status = failureStatus(error);
      await putEntries(
        deps.db,
        sent.map((e) => ({
          ...e,
          state: status === 'rejected' ? 'rejected' : 'waiting',
          nextAttemptAt:
            status === 'auth-expired' ? 0 : deps.now() + retryDelayMs(e.attempts, deps.random),
          lastError:
            status === 'rejected' && error instanceof ApiError ? error.toBody() : e.lastError,
        })),
      );
      if (status === 'rejected') {
        report.rejected += sent.length;
        continue;
      }
      return { ...report, status };
    }
    await applyResults(deps, sent, results, report);
  }
}

function isWholeBatchRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'E_TOO_LARGE' || error.code === 'E_INVALID');
}

/** What a failed request means for its entries. */
function failureStatus(error: unknown): PushStatus | 'rejected' {
  if (error instanceof OfflineError) return 'offline';
  if (error instanceof ApiError) {
    if (error.code === 'E_AUTH') return 'auth-expired';
    // The whole batch was refused as malformed: retrying it unchanged can never succeed.
    if (error.status >= 400 && error.status < 500 && error.code === 'E_INVALID') return 'rejected';
  }
  return 'server-error';
}

async function applyResults(
  deps: PushDeps,
  sent: OutboxEntry[],
  results: PushResult[],
  report: PushReport,
): Promise<void> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const syncedAt = new Date(deps.now()).toISOString();
  const next = sent.map((e): OutboxEntry => {
    const result = byId.get(e.id);
    if (!result) {
      // Not answered for (a server bug or a cut body): keep it and try again later.
      return {
        ...e,
        state: 'waiting',
        nextAttemptAt: deps.now() + retryDelayMs(e.attempts, deps.random),
      };
    }
    if (result.status === 'rejected') {
      report.rejected++;
      return { ...e, state: 'rejected', lastError: result.error ? toBody(result.error) : null };
    }
    report[result.status]++;
    return { ...e, state: 'synced', syncedAt, lastError: null };
  });
  await putEntries(deps.db, next);
}

function toBody(error: NonNullable<PushResult['error']>) {
  return new ApiError(
    toErrorCode(error.code, 'E_INVALID'),
    error.message,
    400,
    error.field,
  ).toBody();
}
