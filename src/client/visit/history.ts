/**
 * A household's visits as the detail screen lists them: the pulled ones (at the station) and the
 * ones recorded on this device, each once, newest first. The sync engine deletes an outbox entry
 * once its pulled visit has arrived; until then both may exist, and the pulled one wins.
 */

import type { OutboxEntry, OutboxState } from '../../device/db/schema.ts';
import type { Visit, VisitOutcome, VisitTopic } from '../../shared/entities.ts';

/** One visit on the detail screen. */
export interface VisitRow {
  id: string;
  visitedAt: string;
  outcome: VisitOutcome;
  notes: string;
  topics: VisitTopic[];
  followUp: boolean;
  photoCount: number;
  /** Who recorded it, when known (pulled visits carry it). */
  username: string | null;
  /** Where it is on its way to the station; pulled visits are `synced`. */
  state: OutboxState;
  /** Why the station refused it (state `rejected`). */
  error: string | null;
}

function pulledRow(visit: Visit): VisitRow {
  return {
    id: visit.id,
    visitedAt: visit.visitedAt,
    outcome: visit.outcome,
    notes: visit.notes,
    topics: visit.topics ?? [],
    followUp: visit.followUp ?? false,
    photoCount: visit.photos?.length ?? 0,
    username: visit.username,
    state: 'synced',
    error: null,
  };
}

function localRow(entry: OutboxEntry, username: string | null): VisitRow {
  const { payload } = entry;
  return {
    id: entry.id,
    visitedAt: payload.visitedAt,
    outcome: payload.outcome,
    notes: payload.notes,
    topics: payload.topics ?? [],
    followUp: payload.followUp ?? false,
    photoCount: payload.photos?.length ?? 0,
    username,
    state: entry.state,
    error: entry.state === 'rejected' ? (entry.lastError?.message ?? null) : null,
  };
}

/**
 * Pulled and local visits merged by id, newest visit first. `usernameOf` names the author of a
 * local entry (the device knows only its own user's name).
 */
export function visitRows(
  pulled: readonly Visit[],
  local: readonly OutboxEntry[],
  usernameOf: (userId: string) => string | null = () => null,
): VisitRow[] {
  const rows = new Map<string, VisitRow>();
  for (const entry of local) rows.set(entry.id, localRow(entry, usernameOf(entry.userId)));
  for (const visit of pulled) rows.set(visit.id, pulledRow(visit));
  return [...rows.values()].sort(
    (a, b) => Date.parse(b.visitedAt) - Date.parse(a.visitedAt) || (a.id < b.id ? 1 : -1),
  );
}
